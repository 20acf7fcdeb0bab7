/**
 * The bus's in-order delivery (InOrderDelivery, bus.ts) against the real `events` table: a gap whose number
 * belongs to a transaction that has not committed yet waits for it (then both arrive in sequence order),
 * a number of a rolled-back transaction is skipped once no transaction that could hold it is running, and
 * an event arriving by several paths is delivered once. The two-instance Redis outage is the fault test
 * test/fault/redis-outage.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InOrderDelivery, type BusEvent } from '../../src/platform/bus.js';
import { createEventLog } from '../../src/platform/outbox.js';
import type { Services } from '../../src/platform/services.js';
import { createTestServices } from '../../src/platform/testing.js';
import type { TxSql } from '../../src/platform/tx.js';

let svc: Services;
beforeAll(async () => {
  svc = await createTestServices({ prefix: 'catchup' });
});
afterAll(async () => {
  await svc?.close();
});

const tokens = (events: BusEvent[]): unknown[] => events.map((e) => (e.data as { token?: string }).token);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function insertEvent(sql: TxSql | Services['db'], token: string): Promise<BusEvent> {
  const [row] = await sql<{ seq: number }[]>`
    insert into events (org_id, user_id, type, payload) values (null, null, 'RelayTokenRevoked', ${sql.json({ token })}) returning seq`;
  return { type: 'RelayTokenRevoked', org_id: null, user_id: null, data: { token }, seq: Number(row!.seq) };
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(20);
}

function delivery(): { inOrder: InOrderDelivery; got: BusEvent[] } {
  const got: BusEvent[] = [];
  const inOrder = new InOrderDelivery(createEventLog(svc.db), (events) => got.push(...events), undefined, { settleMs: 50 });
  return { inOrder, got };
}

/** Opens a transaction that inserts one event and stays open until `finish(commit)`. */
async function openTransaction(token: string): Promise<{ seq: number; finish(commit: boolean): Promise<void> }> {
  let finish!: (commit: boolean) => void;
  const decided = new Promise<boolean>((r) => (finish = r));
  let inserted!: (seq: number) => void;
  const seq = new Promise<number>((r) => (inserted = r));
  const done = svc.db
    .begin(async (tx) => {
      inserted((await insertEvent(tx, token)).seq);
      if (!(await decided)) throw new Error('rollback');
    })
    .catch((err: Error) => {
      if (err.message !== 'rollback') throw err;
    });
  return { seq: await seq, finish: (commit) => (finish(commit), done) };
}

describe('in-order delivery from the events table', () => {
  it('holds a later event while an earlier number is still uncommitted, then delivers both in order', async () => {
    const { inOrder, got } = delivery();
    await inOrder.start();
    const slow = await openTransaction('slow');
    const fast = await insertEvent(svc.db, 'fast');
    expect(fast.seq).toBeGreaterThan(slow.seq);

    inOrder.accept([fast]); // the live path brings the later event first
    await sleep(500); // several settle periods: the table has no row for slow.seq yet
    expect(got).toEqual([]);

    await slow.finish(true); // commits; its publish is "lost": only the table has it
    await until(() => got.length === 2);
    expect(tokens(got)).toEqual(['slow', 'fast']);
    expect(got.map((e) => e.seq)).toEqual([slow.seq, fast.seq]);
    expect(inOrder.stats.skipped).toBe(0);
    inOrder.close();
  });

  it('skips the number of a rolled-back transaction and does not wait for it', async () => {
    const { inOrder, got } = delivery();
    await inOrder.start();
    const doomed = await openTransaction('doomed');
    const later = await insertEvent(svc.db, 'later');
    inOrder.accept([later]);
    await sleep(300);
    expect(got).toEqual([]); // the doomed transaction is still running: its number may yet commit

    await doomed.finish(false);
    await until(() => got.length === 1);
    expect(tokens(got)).toEqual(['later']);
    expect(inOrder.stats.skipped).toBe(1);
    inOrder.close();
  });

  it('delivers an event once whether it comes live, again live, or from the table', async () => {
    const { inOrder, got } = delivery();
    await inOrder.start();
    const e1 = await insertEvent(svc.db, 'one');
    const e2 = await insertEvent(svc.db, 'two');
    const e3 = await insertEvent(svc.db, 'three');
    inOrder.accept([e1, e3]);
    inOrder.accept([e1]);
    await inOrder.fill(); // reads e2 and e3 from the table
    inOrder.accept([e2, e3]);
    expect(tokens(got)).toEqual(['one', 'two', 'three']);
    expect(inOrder.stats.duplicates).toBe(3);
    inOrder.close();
  });
});
