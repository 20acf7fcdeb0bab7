/**
 * Fixed-window rate limits via rate-limiter-flexible.
 * With a Redis client the counters live in Redis and are shared by all instances; without, they
 * live in this process. If Redis is unavailable, an in-memory insurance limiter takes over so the
 * request is still limited (per instance) instead of failing or stalling ("fail open"); the operations that
 * must fail closed instead (sign-in, refresh, WS tickets: `x-rate-limit: fail-closed` in the spec) are
 * refused by execute() while `shared()` is false.
 *
 * A window is fixed: it starts with the key's first request and is not extended by later ones
 * (refused ones included). `clear()` forgets every counter of one limiter, in Redis and in memory.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from './logger.js';
import type { Redis } from './redis.js';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window resets. */
  resetSeconds: number;
  /** Seconds to wait before retrying (0 when allowed). Use for `Retry-After`. */
  retryAfterSeconds: number;
  /** How many of the points asked for fitted in the window (`allowed` ⇔ all of them). */
  granted: number;
}

export interface RateLimiter {
  /**
   * Counts `points` calls (default 1) for `key`, atomically. Calls beyond the limit are counted too
   * (a refused call still costs, as ever); `granted` says how many fitted, so a batch can run those
   * and refuse the rest.
   */
  consume(key: string, points?: number): Promise<RateLimitResult>;
  /** Gives back `points` consumed by calls that were then not made (a refused all-or-nothing batch). */
  refund(key: string, points: number): Promise<void>;
  reset(key: string): Promise<void>;
  /** Forgets every key of this limiter: its Redis keys (`<keyPrefix>:*`) and its memory counters. */
  clear(): Promise<void>;
  /**
   * False while the configured Redis is unreachable (its connection is not ready): counters then fall back
   * to this process's memory. Operations that must fail closed (`x-rate-limit: fail-closed`) check it.
   * Always true without Redis (the memory counters are the configured store).
   */
  shared(): boolean;
}

export interface RateLimiterOptions {
  points: number;
  durationSeconds: number;
  redis?: Redis | null;
  /** Namespaces the counters, e.g. `trcr:rl:api`. */
  keyPrefix: string;
  log?: Pick<Logger, 'warn'>;
}

/** `*`, `?`, `[`, `]` and the backslash are glob syntax in a SCAN pattern: a prefix must match literally. */
const globEscape = (s: string): string => s.replace(/[*?[\]\\]/g, '\\$&');

/** Deletes every Redis key starting with `<keyPrefix>:`, a batch at a time. */
async function deleteKeys(redis: Redis, keyPrefix: string): Promise<void> {
  const stream = redis.scanStream({ match: `${globEscape(keyPrefix)}:*`, count: 500 });
  for await (const keys of stream as AsyncIterable<string[]>) {
    if (keys.length) await redis.del(...keys);
  }
}

export function createRateLimiter(opts: RateLimiterOptions): RateLimiter {
  const { points, durationSeconds, keyPrefix } = opts;
  if (!Number.isInteger(points) || points < 1) throw new Error('rate limiter: points must be a positive integer');
  if (!Number.isInteger(durationSeconds) || durationSeconds < 1) throw new Error('rate limiter: durationSeconds must be a positive integer');

  /** The store limiter (Redis insured by memory, or memory alone) and its memory; rebuilt by `clear()`. */
  const build = (): { primary: RateLimiterRedis | RateLimiterMemory; memory: RateLimiterMemory } => {
    const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix });
    const primary = opts.redis
      ? new RateLimiterRedis({
          storeClient: opts.redis,
          points,
          duration: durationSeconds,
          keyPrefix,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return { primary, memory };
  };
  let limiters = build();

  const toResult = (res: RateLimiterRes, allowed: boolean, asked: number): RateLimitResult => {
    const resetSeconds = Math.max(0, Math.ceil(res.msBeforeNext / 1000));
    // Points used before this call: whatever of the window was left then is what this call got.
    const before = Math.max(0, res.consumedPoints - asked);
    return {
      allowed,
      limit: points,
      remaining: allowed ? Math.max(0, res.remainingPoints) : 0,
      resetSeconds,
      retryAfterSeconds: allowed ? 0 : Math.max(1, resetSeconds),
      granted: allowed ? asked : Math.min(asked, Math.max(0, points - before)),
    };
  };

  return {
    shared: () => !opts.redis || opts.redis.status === 'ready',
    async consume(key, asked = 1) {
      if (!Number.isInteger(asked) || asked < 1) throw new Error('rate limiter: consume() takes a positive integer of points');
      try {
        return toResult(await limiters.primary.consume(key, asked), true, asked);
      } catch (rej) {
        if (rej instanceof RateLimiterRes) return toResult(rej, false, asked);
        // A store error the insurance limiter did not absorb: limit in memory rather than fail.
        opts.log?.warn({ err: rej, keyPrefix }, 'rate limiter store failed, using memory');
        try {
          return toResult(await limiters.memory.consume(key, asked), true, asked);
        } catch (rej2) {
          if (rej2 instanceof RateLimiterRes) return toResult(rej2, false, asked);
          return { allowed: true, limit: points, remaining: points, resetSeconds: durationSeconds, retryAfterSeconds: 0, granted: asked };
        }
      }
    },
    async refund(key, given) {
      // With Redis down, the store's insurance limiter takes the refund as it took the consume.
      await limiters.primary.reward(key, given).catch((err: unknown) => opts.log?.warn({ err, keyPrefix }, 'rate limiter refund failed'));
    },
    async reset(key) {
      const { primary, memory } = limiters;
      await Promise.allSettled([primary === memory ? Promise.resolve(true) : primary.delete(key), memory.delete(key)]);
    },
    async clear() {
      // rate-limiter-flexible's memory store cannot be emptied: fresh limiters replace the old ones.
      limiters = build();
      if (opts.redis) await deleteKeys(opts.redis, keyPrefix);
    },
  };
}
