/**
 * The socket registry behind presence (src/platform/presence.ts), without a server: the in-process twin and the
 * Redis one answer alike; a dead instance's sockets are reaped by exactly one of the live instances.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createPresenceRegistry, type PresenceRegistry } from '../../src/platform/presence.js';
import { createRedis, type Redis } from '../../src/platform/redis.js';
import { silentLogger } from '../../src/platform/logger.js';
import { TEST_REDIS_URL } from '../support/server.js';

const redis: Redis = createRedis(TEST_REDIS_URL, { log: silentLogger(), name: 'presence-test' });
const prefix = `trcr:presence-test-${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

const registry = (instanceId: string, withRedis: boolean, ttlMs = 300): PresenceRegistry =>
  createPresenceRegistry({ redis: withRedis ? redis : null, keyPrefix: prefix, instanceId, heartbeatMs: 50, ttlMs, log: silentLogger() });

describe.each([
  ['in process', false],
  ['Redis', true],
])('%s', (_name, withRedis) => {
  it('first socket online, last socket offline, status only while connected', async () => {
    const r = registry(`one-${String(withRedis)}`, withRedis);
    const user = `usr_${randomBytes(4).toString('hex')}`;
    expect(await r.setStatus(user, 'away')).toBe(false);
    expect(await r.connect(user, 'c1')).toBe(true);
    expect(await r.connect(user, 'c1')).toBe(false); // the same socket twice counts once
    expect(await r.connect(user, 'c2')).toBe(false);
    expect(await r.setStatus(user, 'away')).toBe(true);
    expect((await r.statuses([user, 'usr_nobody'])).get(user)).toBe('away');
    expect(await r.disconnect(user, 'c1')).toBe(false);
    expect(await r.disconnect(user, 'c1')).toBe(false);
    expect(await r.disconnect(user, 'c2')).toBe(true);
    expect((await r.statuses([user])).size).toBe(0);
    await r.close();
  });
});

it("a dead instance's sockets are reaped once, by one live instance; users with other sockets stay online", async () => {
  const dead = registry('dead', true);
  const live1 = registry('live1', true);
  const live2 = registry('live2', true);
  const [u1, u2] = ['usr_reap1', 'usr_reap2'];
  await dead.tick(); // registers its heartbeat (ttl 300 ms)
  await dead.connect(u1, 'a');
  await dead.connect(u2, 'b');
  await live1.connect(u2, 'c');
  await new Promise((r) => setTimeout(r, 400)); // the dead instance's heartbeat expires
  const [r1, r2] = await Promise.all([live1.tick(), live2.tick()]);
  expect([...r1, ...r2]).toEqual([u1]);
  expect((await live2.statuses([u1, u2])).get(u2)).toBe('online');
  expect((await live2.statuses([u1])).size).toBe(0);
  // The dead instance's late close changes nothing.
  expect(await dead.disconnect(u1, 'a')).toBe(false);
  expect(await dead.disconnect(u2, 'b')).toBe(false);
  expect((await live2.statuses([u2])).get(u2)).toBe('online');
  await Promise.all([dead.close(), live1.close(), live2.close()]);
});
