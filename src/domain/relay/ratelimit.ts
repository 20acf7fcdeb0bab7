/**
 * The relay's limits, each a fixed-window limiter of the platform (src/platform/ratelimit.ts,
 * rate-limiter-flexible): a window starts with its key's first request and is not extended by later
 * ones, refused ones included. With Redis the counters are shared by every instance (memory insures
 * a Redis failure); without, they live in this process.
 *
 *   token      per machine token on signed routes: RELAY_RATE_LIMIT_PER_MINUTE / 60 s (relay-api.md §1.2)
 *   ip         per client address on signed routes, a ceiling: max(120, 2 × that) / 60 s
 *   ip-public  per client address on public and session routes: RELAY_RATE_LIMIT_PER_MINUTE / 60 s (gaps.md G7)
 *   verify     device confirmations per TRCR user: 10 / 60 s
 *   push       accepted knowledge pushes per token: 1 / s, across sockets and instances (protocol.md §4.2)
 *
 * Keys are `<svc.keyPrefix>:relay:<limit>:<id>`. `clearRelayRateLimits` empties them all (the
 * `clear_rate_limits` test hook).
 */
import type { Config } from '../../platform/config.js';
import { createRateLimiter, type RateLimiter } from '../../platform/ratelimit.js';
import type { Services } from '../../platform/services.js';
import { relayError } from './errors.js';

/** Ceiling per client address on signed routes (at least twice the per-token limit). */
export const MAX_SIGNED_PER_IP = 120;
/** Confirmation attempts one user may make per minute (brute-force guard on user codes). */
export const CONFIRMS_PER_USER_PER_MINUTE = 10;
/** Minimum time between two accepted pushes of one token, seconds. */
export const PUSH_INTERVAL_SECONDS = 1;

interface LimitSpec {
  points: (config: Config) => number;
  durationSeconds: number;
}

const LIMITS = {
  token: { points: (c) => c.relayRateLimitPerMinute, durationSeconds: 60 },
  ip: { points: (c) => Math.max(MAX_SIGNED_PER_IP, c.relayRateLimitPerMinute * 2), durationSeconds: 60 },
  'ip-public': { points: (c) => c.relayRateLimitPerMinute, durationSeconds: 60 },
  verify: { points: () => CONFIRMS_PER_USER_PER_MINUTE, durationSeconds: 60 },
  push: { points: () => 1, durationSeconds: PUSH_INTERVAL_SECONDS },
} as const satisfies Record<string, LimitSpec>;

export type RelayLimit = keyof typeof LIMITS;

/** One set of limiters per Services (tests run several servers, each its own deployment, in one process). */
const limiters = new WeakMap<Services, Record<RelayLimit, RateLimiter>>();

function limitersOf(svc: Services): Record<RelayLimit, RateLimiter> {
  let set = limiters.get(svc);
  if (!set) {
    const entries = Object.entries(LIMITS).map(([name, spec]: [string, LimitSpec]) => [
      name,
      createRateLimiter({
        points: spec.points(svc.config),
        durationSeconds: spec.durationSeconds,
        redis: svc.redis,
        keyPrefix: `${svc.keyPrefix}:relay:${name}`,
        log: svc.log,
      }),
    ]);
    set = Object.fromEntries(entries) as Record<RelayLimit, RateLimiter>;
    limiters.set(svc, set);
  }
  return set;
}

/**
 * Counts one request against each `[limit, id]`, all at once (every counter counts, even when
 * another refuses). Throws `rate_limited` with the seconds left in a refusing window.
 */
export async function enforceLimits(svc: Services, checks: readonly (readonly [RelayLimit, string])[]): Promise<void> {
  const set = limitersOf(svc);
  const hits = await Promise.all(checks.map(([limit, id]) => set[limit].consume(id)));
  const refused = hits.find((hit) => !hit.allowed);
  if (refused) throw relayError('rate_limited', { retryAfterSeconds: refused.retryAfterSeconds });
}

/**
 * Takes this second's push budget of `token`: true when free. A refused claim leaves the window of
 * the accepted push as it is (it does not extend it).
 */
export async function claimPush(svc: Services, token: string): Promise<boolean> {
  return (await limitersOf(svc).push.consume(token)).allowed;
}

/** Empties every relay counter of this deployment, in Redis and in memory. */
export async function clearRelayRateLimits(svc: Services): Promise<void> {
  await Promise.all(Object.values(limitersOf(svc)).map((limiter) => limiter.clear()));
}
