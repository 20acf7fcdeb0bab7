/**
 * The per-user cap on open sockets (`config.wsMaxConnectionsPerUser`, 5), shared by both socket kinds:
 * an authenticated /ws connection and an acknowledged graphql-ws connection each hold one slot, so a
 * user has at most 5 of them together, on every instance together. One `ConnectionSlots` per process
 * (src/server.ts) is handed to both transports.
 */
import type { Logger } from '../../platform/logger.js';
import type { Redis } from '../../platform/redis.js';

/**
 * Open authenticated connections per user. With Redis: a sorted set per user (member = connection
 * id, score = expiry in ms), so every instance counts the same connections; entries of a crashed
 * instance expire because live connections refresh theirs on each heartbeat. Without Redis (or while
 * it is unreachable): this process's own connections.
 */
export interface ConnectionSlots {
  /** Takes a slot for `connId`; false when the user already has `max` live connections. */
  acquire(userId: string, connId: string): Promise<boolean>;
  /** Extends the slot's expiry (called on the heartbeat). */
  refresh(userId: string, connId: string): void;
  release(userId: string, connId: string): void;
}

const KEY_PREFIX = 'trcr:ws:conns:';

// Prune expired entries, count, add if there is room: atomic, so two instances cannot both take the last slot.
const ACQUIRE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

export function createConnectionSlots(opts: { redis: Redis | null; max: number; ttlMs: number; log: Pick<Logger, 'warn'> }): ConnectionSlots {
  const { redis, max, ttlMs, log } = opts;
  const local = new Map<string, Set<string>>();

  const acquireLocal = (userId: string, connId: string): boolean => {
    const set = local.get(userId) ?? new Set<string>();
    if (set.size >= max) return false;
    set.add(connId);
    local.set(userId, set);
    return true;
  };
  const releaseLocal = (userId: string, connId: string): void => {
    const set = local.get(userId);
    if (!set) return;
    set.delete(connId);
    if (set.size === 0) local.delete(userId);
  };
  const warn = (err: unknown, what: string): void => log.warn({ err }, `socket connection count: ${what} failed in redis`);

  return {
    async acquire(userId, connId) {
      if (redis) {
        const now = Date.now();
        try {
          const ok = await redis.eval(ACQUIRE_SCRIPT, 1, KEY_PREFIX + userId, now, now + ttlMs, max, connId, ttlMs * 2);
          if (Number(ok) !== 1) return false;
          // Tracked locally too, so a Redis outage later still counts this connection.
          local.set(userId, (local.get(userId) ?? new Set<string>()).add(connId));
          return true;
        } catch (err) {
          warn(err, 'acquire');
        }
      }
      return acquireLocal(userId, connId);
    },
    refresh(userId, connId) {
      if (!redis) return;
      redis
        .multi()
        .zadd(KEY_PREFIX + userId, Date.now() + ttlMs, connId)
        .pexpire(KEY_PREFIX + userId, ttlMs * 2)
        .exec()
        .catch((err: unknown) => warn(err, 'refresh'));
    },
    release(userId, connId) {
      releaseLocal(userId, connId);
      if (!redis) return;
      redis.zrem(KEY_PREFIX + userId, connId).catch((err: unknown) => warn(err, 'release'));
    },
  };
}

/** What a socket's life means beyond its slot: presence (src/domain/presence/announce.ts `presenceHooks`). */
export interface SocketHooks {
  /** A socket of `userId` was accepted (awaited before the socket is answered). */
  opened(userId: string, connId: string): Promise<void>;
  /** That socket ended. */
  closed(userId: string, connId: string): void;
}

/** `slots` that also report every accepted socket and its end to `hooks`: one place for /ws and graphql-ws. */
export function withSocketHooks(slots: ConnectionSlots, hooks: SocketHooks): ConnectionSlots {
  return {
    async acquire(userId, connId) {
      const ok = await slots.acquire(userId, connId);
      if (ok) await hooks.opened(userId, connId);
      return ok;
    },
    refresh: (userId, connId) => slots.refresh(userId, connId),
    release(userId, connId) {
      slots.release(userId, connId);
      hooks.closed(userId, connId);
    },
  };
}
