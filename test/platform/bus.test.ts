import { describe, expect, it } from 'vitest';
import { createMemoryBus, createRedisBus, type BusEvent } from '../../src/platform/bus.js';
import { TEST_REDIS_URL } from '../../src/platform/testing.js';

const ev = (seq: number, data: Record<string, unknown> = {}): BusEvent =>
  ({ seq, type: 'EntityChanged', org_id: 'org_1', user_id: null, data }) as unknown as BusEvent;

function collector() {
  const got: BusEvent[] = [];
  let waiters: (() => void)[] = [];
  return {
    got,
    fn: (e: BusEvent) => {
      got.push(e);
      waiters.forEach((w) => w());
      waiters = [];
    },
    async waitFor(n: number, ms = 3000) {
      const deadline = Date.now() + ms;
      while (got.length < n && Date.now() < deadline)
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 50);
        });
      return got;
    },
  };
}

describe('memory bus', () => {
  it('delivers asynchronously, in order, and survives a throwing subscriber', async () => {
    const bus = createMemoryBus();
    const c = collector();
    bus.subscribe(() => {
      throw new Error('bad subscriber');
    });
    const unsub = bus.subscribe(c.fn);
    await bus.publish([ev(1), ev(2), ev(3)]);
    expect(c.got).toHaveLength(0); // not delivered inside publish
    await c.waitFor(3);
    expect(c.got.map((e) => e.seq)).toEqual([1, 2, 3]);
    unsub();
    await bus.publish([ev(4)]);
    await new Promise((r) => setTimeout(r, 20));
    expect(c.got).toHaveLength(3);
    await bus.close();
  });
});

describe('redis bus', () => {
  it('delivers an event published on one instance to subscribers of another (and locally)', async () => {
    const channel = `trcr:test:${Date.now()}:${Math.random()}`;
    const a = createRedisBus(TEST_REDIS_URL, { channel, instanceId: 'a' });
    const b = createRedisBus(TEST_REDIS_URL, { channel, instanceId: 'b' });
    try {
      expect(await a.ready()).toBe(true);
      expect(await b.ready()).toBe(true);
      const ca = collector();
      const cb = collector();
      a.subscribe(ca.fn);
      b.subscribe(cb.fn);
      await a.publish([ev(10, { hello: 'world' }), ev(11)]);
      await cb.waitFor(2);
      await ca.waitFor(2);
      expect(cb.got).toEqual([ev(10, { hello: 'world' }), ev(11)]);
      // the publisher's own subscribers get it exactly once (no echo through Redis)
      await new Promise((r) => setTimeout(r, 100));
      expect(ca.got.map((e) => e.seq)).toEqual([10, 11]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('does not hang or throw when Redis is unreachable', async () => {
    const bus = createRedisBus('redis://127.0.0.1:1', { channel: 'trcr:test:down' });
    const c = collector();
    bus.subscribe(c.fn);
    const t0 = Date.now();
    await bus.publish([ev(1)]);
    expect(Date.now() - t0).toBeLessThan(500);
    await c.waitFor(1);
    expect(c.got).toHaveLength(1); // local delivery still works
    await bus.close();
  });
});
