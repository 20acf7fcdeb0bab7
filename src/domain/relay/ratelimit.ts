/**
 * The relay's fixed-window limits (relay-api.md §1.2, gaps.md G7): 60 requests / 60 s per machine
 * token on signed routes, 120 / 60 s per client address as a ceiling there, 60 / 60 s per address on
 * the public clone route. A window starts with its first request. With Redis the counters are shared
 * by every instance (INCR + PEXPIRE NX); without, they live in this process.
 * `clearRelayRateLimits` empties every relay counter (the `clear_rate_limits` test hook), including
 * the socket's one-push-per-second marks, which live under the same prefix.
 */
import type { Services } from '../../platform/services.js';

const WINDOW_MS = 60_000;

export interface WindowHit {
  allowed: boolean;
  /** Seconds until the window resets (for `retry-after`). */
  retryAfterSeconds: number;
}

interface MemoryWindow {
  count: number;
  resetAt: number;
}

/** Per-Services memory state (tests run several servers in one process). */
const memory = new WeakMap<Services, Map<string, MemoryWindow>>();

function memoryOf(svc: Services): Map<string, MemoryWindow> {
  let m = memory.get(svc);
  if (!m) memory.set(svc, (m = new Map()));
  return m;
}

/** The Redis key (or memory key) of a relay counter: `<prefix>:relay:<kind>:<id>`. */
export const relayKey = (svc: Services, kind: string, id: string): string => `${svc.keyPrefix}:relay:${kind}:${id}`;

async function hitMemory(svc: Services, key: string, limit: number, windowMs: number): Promise<WindowHit> {
  const map = memoryOf(svc);
  const now = Date.now();
  let w = map.get(key);
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + windowMs };
    map.set(key, w);
    if (map.size > 100_000) for (const [k, v] of map) if (v.resetAt <= now) map.delete(k);
  }
  w.count++;
  return { allowed: w.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - now) / 1000)) };
}

/** Counts one request against `limit` per window for `key`. Redis failures fall back to memory. */
export async function hitWindow(svc: Services, key: string, limit: number, windowMs = WINDOW_MS): Promise<WindowHit> {
  if (svc.redis) {
    try {
      const res = await svc.redis.multi().incr(key).pexpire(key, windowMs, 'NX').pttl(key).exec();
      if (res && !res.some(([err]) => err)) {
        const count = Number(res[0]![1]);
        const ttl = Number(res[2]![1]);
        return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((ttl > 0 ? ttl : windowMs) / 1000)) };
      }
    } catch (err) {
      svc.log.warn({ err }, 'relay rate limit: redis failed, counting in memory');
    }
  }
  return hitMemory(svc, key, limit, windowMs);
}

/**
 * Claims a one-shot mark for `ms` (the push limit: one accepted push per second per token).
 * True when the mark was free; a refused claim does not extend the existing mark.
 */
export async function claimMark(svc: Services, key: string, ms: number): Promise<boolean> {
  if (svc.redis) {
    try {
      return (await svc.redis.set(key, '1', 'PX', ms, 'NX')) === 'OK';
    } catch (err) {
      svc.log.warn({ err }, 'relay mark: redis failed, using memory');
    }
  }
  const map = memoryOf(svc);
  const now = Date.now();
  const w = map.get(key);
  if (w && w.resetAt > now) return false;
  map.set(key, { count: 1, resetAt: now + ms });
  return true;
}

/** Empties every relay counter and mark of this deployment. */
export async function clearRelayRateLimits(svc: Services): Promise<void> {
  memoryOf(svc).clear();
  if (!svc.redis) return;
  const stream = svc.redis.scanStream({ match: `${svc.keyPrefix}:relay:*`, count: 500 });
  for await (const keys of stream as AsyncIterable<string[]>) {
    if (keys.length) await svc.redis.del(...keys);
  }
}
