/**
 * The bus → async iterator adapter behind GraphQL subscriptions (on the real in-process bus): it
 * yields selected events in order, and stopping it (the client completes or disconnects) unsubscribes
 * at once, even while a `next()` is waiting.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBus, type BusEvent } from '../../src/platform/bus.js';
import { busIterator } from '../../src/transports/graphql/subscriptions.js';

const event = (seq: number, type: BusEvent['type'] = 'EntityChanged'): BusEvent =>
  ({ seq, type, org_id: 'org_1', user_id: null, data: { seq } }) as unknown as BusEvent;

describe('busIterator', () => {
  it('yields the selected events in order, buffering those that arrive before next()', async () => {
    const bus = createMemoryBus();
    const it = busIterator(bus, (e) => (e.type === 'EntityChanged' ? e.seq : undefined));
    await bus.publish([event(1), event(2, 'TimerUpdate'), event(3)]);
    await new Promise((r) => setImmediate(r));
    expect(await it.next()).toEqual({ value: 1, done: false });
    expect(await it.next()).toEqual({ value: 3, done: false });
    const pending = it.next();
    await bus.publish([event(4)]);
    expect(await pending).toEqual({ value: 4, done: false });
    await it.return!();
    await bus.close();
  });

  it('return() ends a waiting next() and stops listening', async () => {
    const bus = createMemoryBus();
    const seen: number[] = [];
    const it = busIterator(bus, (e) => {
      seen.push(e.seq);
      return e.seq;
    });
    const pending = it.next();
    expect(await it.return!()).toEqual({ value: undefined, done: true });
    expect(await pending).toEqual({ value: undefined, done: true });
    await bus.publish([event(5)]);
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([]);
    expect(await it.next()).toEqual({ value: undefined, done: true });
    await bus.close();
  });
});
