/**
 * Reads the `events` outbox (written by tx.ts in each mutation's transaction) for the bus's catch-up
 * (bus.ts): what an instance missed while Redis was down, or a sequence gap it noticed, is read back
 * here in `seq` order.
 */
import type { BusEvent } from './bus.js';
import type { Sql } from './db.js';

export interface EventLog {
  /** The highest committed sequence (0 when the table is empty). */
  head(): Promise<number>;
  /** Committed events with `seq > after`, in sequence order, at most `limit`. */
  read(after: number, limit: number): Promise<BusEvent[]>;
  /** The database's current snapshot (`pg_current_snapshot()`), as text. */
  snapshot(): Promise<string>;
  /** True once every transaction that was in progress when `snapshot` was taken has ended (committed or rolled back). */
  ended(snapshot: string): Promise<boolean>;
}

interface EventRow {
  seq: number;
  org_id: string | null;
  user_id: string | null;
  type: BusEvent['type'];
  payload: BusEvent['data'];
  audience: string[] | null;
}

export function createEventLog(db: Sql): EventLog {
  return {
    async head() {
      const [row] = await db<{ head: number }[]>`select coalesce(max(seq), 0)::int8 as head from events`;
      return Number(row?.head ?? 0);
    },
    async read(after, limit) {
      const rows = await db<EventRow[]>`
        select seq, org_id, user_id, type, payload, audience from events
        where seq > ${after} order by seq limit ${limit}`;
      return rows.map(
        (r) =>
          ({
            type: r.type,
            org_id: r.org_id,
            user_id: r.user_id,
            data: r.payload,
            seq: Number(r.seq),
            ...(r.audience ? { audience: r.audience } : {}),
          }) as BusEvent,
      );
    },
    async snapshot() {
      const [row] = await db<{ s: string }[]>`select pg_current_snapshot()::text as s`;
      return row!.s;
    },
    async ended(snapshot) {
      // xmin of the current snapshot = the oldest transaction still running; xmax of the old one = the first
      // transaction that had not started then. Every transaction below it has ended once xmin reaches it.
      const [row] = await db<{ ended: boolean }[]>`
        select pg_snapshot_xmin(pg_current_snapshot()) >= pg_snapshot_xmax(${snapshot}::pg_snapshot) as ended`;
      return row?.ended === true;
    },
  };
}
