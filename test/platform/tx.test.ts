import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryBus, type BusEvent, type EventBus } from '../../src/platform/bus.js';
import { createDb, type Sql } from '../../src/platform/db.js';
import { silentLogger } from '../../src/platform/logger.js';
import { migrate } from '../../src/platform/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../src/platform/testing.js';
import { afterCommit, withTx } from '../../src/platform/tx.js';
import type { EmittedEvent } from '../../src/platform/tx.js';
import { AppError } from '../../src/platform/errors.js';

describe('withTx', () => {
  let db: TestDatabase;
  let sql: Sql;
  let bus: EventBus;
  let received: BusEvent[];
  const log = silentLogger();
  const svc = () => ({ db: sql, bus, log });

  beforeAll(async () => {
    db = await createTestDatabase('tx');
    sql = createDb(db.url, { max: 4 });
    await migrate(sql);
    await sql`create table scratch (id text primary key, v int not null default 0)`;
    bus = createMemoryBus();
    bus.subscribe((e) => received.push(e));
  });
  afterAll(async () => {
    await bus?.close();
    await sql?.end({ timeout: 5 });
    await db?.drop();
  });
  beforeEach(() => {
    received = [];
  });

  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('writes rows and events in one commit, then publishes in seq order', async () => {
    let seenInside = -1;
    const out = await withTx(svc(), async (tx, emit) => {
      await tx`insert into scratch (id) values ('a')`;
      emit({
        type: 'EntityChanged',
        org_id: 'org_1',
        user_id: null,
        data: { entity: 'scratch', id: 'a', action: 'created' },
      } as unknown as EmittedEvent);
      emit({ type: 'TimerUpdate', org_id: 'org_1', user_id: 'usr_1', data: { n: 2 } } as unknown as EmittedEvent);
      emit({ type: 'EntityChanged', org_id: null, user_id: null, data: { n: 3 } } as unknown as EmittedEvent);
      // Nothing is visible outside the transaction yet.
      const [c] = await sql`select count(*) as c from events`;
      seenInside = c!.c as number;
      return 'done';
    });
    expect(out).toBe('done');
    expect(seenInside).toBe(0);
    const rows = await sql<{ seq: number; type: string; org_id: string | null; user_id: string | null; payload: Record<string, unknown> }[]>`
      select seq, type, org_id, user_id, payload from events order by seq`;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.type)).toEqual(['EntityChanged', 'TimerUpdate', 'EntityChanged']);
    expect(rows[0]!.payload).toEqual({ entity: 'scratch', id: 'a', action: 'created' });
    expect(typeof rows[0]!.seq).toBe('number');

    await settle();
    expect(received.map((e) => e.seq)).toEqual(rows.map((r) => r.seq));
    expect(received[1]).toEqual({ seq: rows[1]!.seq, type: 'TimerUpdate', org_id: 'org_1', user_id: 'usr_1', data: { n: 2 } });
  });

  it('publishes only after commit', async () => {
    const order: string[] = [];
    const unsub = bus.subscribe(() => order.push('event'));
    await withTx(svc(), async (tx, emit) => {
      emit({ type: 'EntityChanged', org_id: 'org_1', user_id: null, data: {} } as unknown as EmittedEvent);
      await tx`insert into scratch (id) values ('b')`;
      await new Promise((r) => setTimeout(r, 30)); // a publish-before-commit would land here
      order.push('body-done');
    });
    order.push('committed');
    await settle();
    unsub();
    expect(order).toEqual(['body-done', 'committed', 'event']);
  });

  it('rolls back rows and events and publishes nothing when fn throws', async () => {
    const before = (await sql`select count(*) as c from events`)[0]!.c as number;
    let ran = false;
    await expect(
      withTx(svc(), async (tx, emit) => {
        await tx`insert into scratch (id) values ('c')`;
        emit({ type: 'EntityChanged', org_id: 'org_1', user_id: null, data: {} } as unknown as EmittedEvent);
        afterCommit(tx, () => {
          ran = true;
        });
        throw new AppError('CONFLICT', 'nope');
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await settle();
    expect(received).toEqual([]);
    expect(ran).toBe(false);
    expect((await sql`select count(*) as c from scratch where id = 'c'`)[0]!.c).toBe(0);
    expect((await sql`select count(*) as c from events`)[0]!.c).toBe(before);
  });

  it('runs afterCommit callbacks after commit', async () => {
    let ran = false;
    await withTx(svc(), (tx) => {
      expect(
        afterCommit(tx, () => {
          ran = true;
        }),
      ).toBe(true);
      expect(ran).toBe(false);
      return Promise.resolve();
    });
    expect(ran).toBe(true);
    expect(afterCommit(sql, () => {})).toBe(false);
  });

  it('retries the whole transaction on a serialization failure', async () => {
    await sql`create table skew (v int not null)`;
    let attempts = 0;
    let arrived = 0;
    let release!: () => void;
    const barrier = new Promise<void>((r) => (release = r));
    const op = () =>
      withTx(
        svc(),
        async (tx, emit) => {
          const first = attempts++ < 2;
          const [s] = await tx`select coalesce(sum(v), 0) as s from skew`;
          if (first) {
            if (++arrived === 2) release();
            await barrier; // both transactions have read before either writes
          }
          await tx`insert into skew (v) values (${(s!.s as number) + 1})`;
          emit({ type: 'EntityChanged', org_id: null, user_id: null, data: { s: s!.s } } as unknown as EmittedEvent);
        },
        { mode: 'isolation level serializable' },
      );
    await Promise.all([op(), op()]);
    expect(attempts).toBe(3);
    const rows = await sql`select v from skew order by v`;
    expect(rows.map((r) => r.v)).toEqual([1, 2]);
    await settle();
    // Only the committed attempts published.
    expect(received).toHaveLength(2);
  });
});
