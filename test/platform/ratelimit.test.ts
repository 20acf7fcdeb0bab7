import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/platform/ratelimit.js';
import { closeRedis, createRedis, waitForRedis } from '../../src/platform/redis.js';
import { TEST_REDIS_URL } from '../../src/platform/testing.js';

describe('rate limiter (memory)', () => {
  it('counts down, blocks at the limit with a retry-after, and resets', async () => {
    const rl = createRateLimiter({ points: 3, durationSeconds: 60, keyPrefix: 'test:mem' });
    const r1 = await rl.consume('u1');
    expect(r1).toMatchObject({ allowed: true, limit: 3, remaining: 2, retryAfterSeconds: 0 });
    expect((await rl.consume('u1')).remaining).toBe(1);
    expect((await rl.consume('u1')).remaining).toBe(0);
    const blocked = await rl.consume('u1');
    expect(blocked.allowed).toBe(false);
    expect(blocked.remaining).toBe(0);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await rl.consume('u2')).allowed).toBe(true); // other keys unaffected
    await rl.reset('u1');
    expect((await rl.consume('u1')).remaining).toBe(2);
  });

  it('consumes several points at once: granted says how many fitted; refund gives points back', async () => {
    const rl = createRateLimiter({ points: 5, durationSeconds: 60, keyPrefix: 'test:mem:multi' });
    expect(await rl.consume('k', 3)).toMatchObject({ allowed: true, remaining: 2, granted: 3 });
    expect(await rl.consume('k', 4)).toMatchObject({ allowed: false, remaining: 0, granted: 2 });
    await rl.refund('k', 4);
    expect(await rl.consume('k', 2)).toMatchObject({ allowed: true, remaining: 0, granted: 2 });
    expect(await rl.consume('k')).toMatchObject({ allowed: false, granted: 0 });
  });

  it('keeps a fixed window: refused requests do not extend it', async () => {
    const rl = createRateLimiter({ points: 1, durationSeconds: 1, keyPrefix: 'test:mem:fixed' });
    const opened = Date.now();
    expect((await rl.consume('k')).allowed).toBe(true);
    await new Promise((r) => setTimeout(r, 600));
    expect((await rl.consume('k')).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, Math.max(0, opened + 1050 - Date.now())));
    expect((await rl.consume('k')).allowed).toBe(true);
  });

  it('clear() forgets every key', async () => {
    const rl = createRateLimiter({ points: 1, durationSeconds: 60, keyPrefix: 'test:mem:clear' });
    await rl.consume('a');
    await rl.consume('b');
    expect((await rl.consume('a')).allowed).toBe(false);
    await rl.clear();
    expect((await rl.consume('a')).allowed).toBe(true);
    expect((await rl.consume('b')).allowed).toBe(true);
  });
});

describe('rate limiter (redis)', () => {
  it('is shared by two limiter instances on the same Redis', async () => {
    const r1 = createRedis(TEST_REDIS_URL);
    const r2 = createRedis(TEST_REDIS_URL);
    try {
      expect(await waitForRedis(r1)).toBe(true);
      expect(await waitForRedis(r2)).toBe(true);
      const prefix = `test:rl:${Date.now()}:${Math.random()}`;
      const a = createRateLimiter({ points: 4, durationSeconds: 60, keyPrefix: prefix, redis: r1 });
      const b = createRateLimiter({ points: 4, durationSeconds: 60, keyPrefix: prefix, redis: r2 });
      expect((await a.consume('user')).remaining).toBe(3);
      expect((await b.consume('user')).remaining).toBe(2);
      expect((await a.consume('user')).remaining).toBe(1);
      expect((await b.consume('user')).remaining).toBe(0);
      const blockedA = await a.consume('user');
      const blockedB = await b.consume('user');
      expect(blockedA.allowed).toBe(false);
      expect(blockedB.allowed).toBe(false);
      expect(blockedB.retryAfterSeconds).toBeGreaterThanOrEqual(59);
      expect(blockedB.retryAfterSeconds).toBeLessThanOrEqual(60);
      // the counter really is in Redis
      expect(Number(await r1.get(`${prefix}:user`))).toBe(6);
      await a.reset('user');
      expect((await b.consume('user')).remaining).toBe(3);
      await r1.del(`${prefix}:user`);
    } finally {
      await closeRedis(r1);
      await closeRedis(r2);
    }
  });

  it('clear() deletes the Redis keys of its prefix only, on every instance', async () => {
    const r1 = createRedis(TEST_REDIS_URL);
    const r2 = createRedis(TEST_REDIS_URL);
    try {
      expect(await waitForRedis(r1)).toBe(true);
      expect(await waitForRedis(r2)).toBe(true);
      const prefix = `test:rl:clear:${Date.now()}:${Math.random()}`;
      const a = createRateLimiter({ points: 1, durationSeconds: 60, keyPrefix: prefix, redis: r1 });
      const b = createRateLimiter({ points: 1, durationSeconds: 60, keyPrefix: prefix, redis: r2 });
      const other = createRateLimiter({ points: 1, durationSeconds: 60, keyPrefix: `${prefix}x`, redis: r1 });
      await a.consume('k1');
      await a.consume('k2');
      await other.consume('k1');
      expect((await b.consume('k1')).allowed).toBe(false);
      await a.clear();
      expect(await r1.keys(`${prefix}:*`)).toEqual([]);
      expect((await b.consume('k1')).allowed).toBe(true);
      expect((await b.consume('k2')).allowed).toBe(true);
      expect((await other.consume('k1')).allowed).toBe(false);
      await r1.del(`${prefix}:k1`, `${prefix}:k2`, `${prefix}x:k1`);
    } finally {
      await closeRedis(r1);
      await closeRedis(r2);
    }
  });

  it('falls back to memory, without stalling, when Redis is down', async () => {
    const down = createRedis('redis://127.0.0.1:1');
    try {
      const rl = createRateLimiter({ points: 2, durationSeconds: 60, keyPrefix: 'test:down', redis: down });
      const t0 = Date.now();
      expect((await rl.consume('k')).allowed).toBe(true);
      expect((await rl.consume('k')).allowed).toBe(true);
      const third = await rl.consume('k');
      expect(third.allowed).toBe(false);
      expect(third.retryAfterSeconds).toBeGreaterThan(0);
      expect(Date.now() - t0).toBeLessThan(500);
    } finally {
      await closeRedis(down);
    }
  });
});
