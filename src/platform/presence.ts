/**
 * Who is connected, across instances: the socket registry behind presence (src/domain/presence/). It counts
 * each user's open sockets (/ws and graphql-ws together, everywhere) and says when a user's FIRST socket opened
 * (`connect` → true: online) and when their LAST one closed (`disconnect` → true: offline), and holds the status
 * a connected user chose (`online` or `away`).
 *
 * With Redis (keys under `<keyPrefix>:presence:`):
 *   count            hash  user → open sockets on every instance
 *   status           hash  user → `online` | `away` (present only while the user has a socket)
 *   sockets:<inst>   set   `user|conn` of each socket open on that instance
 *   alive:<inst>     key   the instance's heartbeat (expires after `ttlMs`)
 *   instances        set   instances that may hold sockets
 * Every change is one Lua script, so counts stay exact when instances race. Each instance refreshes its
 * heartbeat every `heartbeatMs` and looks for instances whose heartbeat expired (died without closing their
 * sockets); the reaping script is atomic and empties the dead instance's set, so exactly one live instance
 * gets the users that went offline (and announces them): within `ttlMs + heartbeatMs` of the death.
 * The heartbeat is a per-process timer on purpose: it says this process is alive, which no shared job can.
 *
 * Without Redis: the same interface over this process's own sockets (one instance: nothing to reap).
 */
import type { Logger } from './logger.js';
import type { Redis } from './redis.js';

export type PresenceStatus = 'online' | 'away';

export interface PresenceRegistry {
  /** Registers a socket; true when it is the user's first anywhere (they came online). */
  connect(userId: string, connId: string): Promise<boolean>;
  /** Unregisters a socket; true when it was the user's last anywhere (they went offline). */
  disconnect(userId: string, connId: string): Promise<boolean>;
  /** Sets a connected user's status; false (nothing changed) when the user has no socket. */
  setStatus(userId: string, status: PresenceStatus): Promise<boolean>;
  /** The status of each connected user among `userIds` (absent: offline). */
  statuses(userIds: readonly string[]): Promise<Map<string, PresenceStatus>>;
  /** Starts the heartbeat; `onOffline` gets the users a dead instance's sockets were the last of. */
  start(onOffline: (userIds: string[]) => void): void;
  /** Runs one heartbeat and reaping round now (tests); resolves with the users it took offline. */
  tick(): Promise<string[]>;
  /** Stops the heartbeat (this instance's sockets are closed by then, through `disconnect`). */
  close(): Promise<void>;
}

export interface PresenceOptions {
  redis: Redis | null;
  keyPrefix: string;
  instanceId: string;
  heartbeatMs: number;
  ttlMs: number;
  log: Pick<Logger, 'warn' | 'error'>;
}

// KEYS: sockets:<me>, count, status, instances. ARGV: member, user, instance.
const CONNECT = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('SADD', KEYS[4], ARGV[3])
if redis.call('HINCRBY', KEYS[2], ARGV[2], 1) == 1 then
  redis.call('HSET', KEYS[3], ARGV[2], 'online')
  return 1
end
return 0`;

// KEYS: sockets:<me>, count, status. ARGV: member, user.
const DISCONNECT = `
if redis.call('SREM', KEYS[1], ARGV[1]) == 0 then return 0 end
if redis.call('HINCRBY', KEYS[2], ARGV[2], -1) <= 0 then
  redis.call('HDEL', KEYS[2], ARGV[2])
  redis.call('HDEL', KEYS[3], ARGV[2])
  return 1
end
return 0`;

// KEYS: count, status. ARGV: user, status. Only a connected user has a status.
const SET_STATUS = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1`;

// KEYS: sockets:<dead>, count, status, instances, alive:<dead>. ARGV: dead instance. Returns the users now offline.
const REAP = `
if redis.call('EXISTS', KEYS[5]) == 1 then return {} end
local offline = {}
for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local user = string.match(m, '^(.-)|')
  if redis.call('HINCRBY', KEYS[2], user, -1) <= 0 then
    redis.call('HDEL', KEYS[2], user)
    redis.call('HDEL', KEYS[3], user)
    table.insert(offline, user)
  end
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[4], ARGV[1])
return offline`;

export function createPresenceRegistry(opts: PresenceOptions): PresenceRegistry {
  return opts.redis ? redisRegistry(opts, opts.redis) : memoryRegistry();
}

function memoryRegistry(): PresenceRegistry {
  const sockets = new Map<string, Set<string>>();
  const status = new Map<string, PresenceStatus>();
  const connect = (userId: string, connId: string): boolean => {
    const set = sockets.get(userId) ?? new Set<string>();
    const first = set.size === 0;
    set.add(connId);
    sockets.set(userId, set);
    if (first) status.set(userId, 'online');
    return first;
  };
  const disconnect = (userId: string, connId: string): boolean => {
    const set = sockets.get(userId);
    if (!set?.delete(connId) || set.size > 0) return false;
    sockets.delete(userId);
    status.delete(userId);
    return true;
  };
  const setStatus = (userId: string, s: PresenceStatus): boolean => {
    if (!sockets.has(userId)) return false;
    status.set(userId, s);
    return true;
  };
  return {
    connect: (userId, connId) => Promise.resolve(connect(userId, connId)),
    disconnect: (userId, connId) => Promise.resolve(disconnect(userId, connId)),
    setStatus: (userId, s) => Promise.resolve(setStatus(userId, s)),
    statuses: (userIds) => Promise.resolve(new Map(userIds.flatMap((u) => (status.has(u) ? [[u, status.get(u)!] as const] : [])))),
    start() {},
    tick: () => Promise.resolve([]),
    close: () => Promise.resolve(),
  };
}

function redisRegistry(opts: PresenceOptions, redis: Redis): PresenceRegistry {
  const base = `${opts.keyPrefix}:presence:`;
  const k = {
    count: `${base}count`,
    status: `${base}status`,
    instances: `${base}instances`,
    sockets: (inst: string) => `${base}sockets:${inst}`,
    alive: (inst: string) => `${base}alive:${inst}`,
  };
  const me = opts.instanceId;
  let timer: NodeJS.Timeout | undefined;
  let onOffline: (userIds: string[]) => void = () => {};
  let running: Promise<string[]> | undefined;

  const beat = async (): Promise<string[]> => {
    await redis.multi().set(k.alive(me), '1', 'PX', opts.ttlMs).sadd(k.instances, me).exec();
    const others = (await redis.smembers(k.instances)).filter((i) => i !== me);
    const offline: string[] = [];
    for (const inst of others) {
      if ((await redis.exists(k.alive(inst))) === 1) continue;
      const users = (await redis.eval(REAP, 5, k.sockets(inst), k.count, k.status, k.instances, k.alive(inst), inst)) as string[];
      offline.push(...users);
    }
    return offline;
  };
  /** One heartbeat and reaping round at a time; the users it took offline are announced once, by the round. */
  const tick = (): Promise<string[]> => {
    running ??= beat()
      .then((users) => {
        if (users.length > 0) onOffline(users);
        return users;
      })
      .catch((err: unknown) => {
        opts.log.warn({ err }, 'presence heartbeat failed');
        return [] as string[];
      })
      .finally(() => (running = undefined));
    return running;
  };

  return {
    async connect(userId, connId) {
      const r = await redis.eval(CONNECT, 4, k.sockets(me), k.count, k.status, k.instances, `${userId}|${connId}`, userId, me);
      return Number(r) === 1;
    },
    async disconnect(userId, connId) {
      const r = await redis.eval(DISCONNECT, 3, k.sockets(me), k.count, k.status, `${userId}|${connId}`, userId);
      return Number(r) === 1;
    },
    async setStatus(userId, s) {
      return Number(await redis.eval(SET_STATUS, 2, k.count, k.status, userId, s)) === 1;
    },
    async statuses(userIds) {
      if (userIds.length === 0) return new Map();
      const values = await redis.hmget(k.status, ...userIds);
      const out = new Map<string, PresenceStatus>();
      userIds.forEach((u, i) => {
        const v = values[i];
        if (v === 'online' || v === 'away') out.set(u, v);
      });
      return out;
    },
    start(cb) {
      onOffline = cb;
      void tick();
      timer = setInterval(() => void tick(), opts.heartbeatMs).unref();
    },
    tick,
    async close() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
