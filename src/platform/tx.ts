/**
 * The transaction helper every mutating domain operation uses.
 *
 *   const task = await withTx(ctx.svc, async (sql, emit) => {
 *     const [row] = await sql`insert into tasks ... returning *`;
 *     emit(entityChanged({ orgId, actorId, entityType: 'task', action: 'created', entity: task }));
 *     return row;
 *   });
 *
 * - `fn` runs inside one transaction (`sql` is the transaction: use it, not `svc.db`).
 * - Emitted events are inserted into the `events` outbox in the SAME transaction (one multi-row
 *   insert returning `seq`), so a rolled-back operation leaves no events.
 * - After COMMIT they are published on `svc.bus` in seq order; if `fn` throws, nothing is written
 *   and nothing is published.
 * - Serialization failures and deadlocks (40001, 40P01) rerun the whole function (up to 2 retries):
 *   `fn` must not have side effects outside the database (use `afterCommit` for those).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BusEvent, BusMessage, EventBus } from './bus.js';
import { pgCode, QueryTimeoutError, type postgres, type Sql, type TxSql } from './db.js';
import type { Logger } from './logger.js';

export type { TxSql };

/** An event a transaction records; published once it commits (see bus.ts for the declared kinds). */
export type EmittedEvent = BusMessage;

export type Emit = (e: EmittedEvent) => void;

/** What withTx needs from Services (a full `Services` fits). */
export interface TxServices {
  db: Sql;
  bus: EventBus;
  log?: Pick<Logger, 'warn' | 'error'>;
}

export interface TxOptions {
  /** Retries on 40001/40P01 (default 2). */
  retries?: number;
  /** e.g. 'isolation level serializable' (passed to BEGIN). */
  mode?: string;
}

interface TxState {
  afterCommit: (() => void | Promise<void>)[];
}

/**
 * The events of every transaction a call committed, in commit order: `execute()` opens one list per mutation
 * (`committedEvents.run([], …)`) and reads the audit row's entity and changes from it (src/domain/audit/record.ts).
 */
export const committedEvents = new AsyncLocalStorage<EmittedEvent[]>();

const states = new WeakMap<object, TxState>();

/**
 * Registers `fn` to run after the transaction `sql` commits (not at all on rollback).
 * Returns false (and does not run `fn`) if `sql` is not a `withTx` transaction.
 */
export function afterCommit(sql: unknown, fn: () => void | Promise<void>): boolean {
  const st = typeof sql === 'function' || (typeof sql === 'object' && sql !== null) ? states.get(sql) : undefined;
  if (!st) return false;
  st.afterCommit.push(fn);
  return true;
}

/**
 * Who receives each event of a transaction (null: everyone the organization and `user_id` allow), asked at
 * commit inside the transaction. The domain registers it (src/domain/projects/visibility.ts `eventAudiences`,
 * through src/domain/index.ts); the platform knows nothing of projects.
 */
export type AudienceHook = (sql: TxSql, events: readonly EmittedEvent[]) => Promise<(readonly string[] | null)[]>;

let audienceHook: AudienceHook | undefined;

export function setEventAudience(hook: AudienceHook): void {
  audienceHook = hook;
}

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * postgres.js can fail a pool's BEGIN under heavy pipelining with UNSAFE_TRANSACTION (the BEGIN's
 * completion arrives after the connection was handed back); it then drops that connection, so the
 * server rolls the empty transaction back. Nothing of `fn` ran yet: safe to try again.
 */
const failedAtBegin = (err: unknown, started: boolean): boolean =>
  !started && typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'UNSAFE_TRANSACTION';

export async function withTx<T>(svc: TxServices, fn: (sql: TxSql, emit: Emit) => Promise<T>, opts: TxOptions = {}): Promise<T> {
  const maxRetries = opts.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    const emitted: EmittedEvent[] = [];
    const state: TxState = { afterCommit: [] };
    let published: BusEvent[] = [];
    let started = false;
    // A query that timed out (QUERY_TIMEOUT: the server is frozen or gone) leaves its connection busy, so
    // postgres.js's ROLLBACK would wait behind it: fail the transaction at once instead (the server
    // rolls it back when the session ends, or by idle_in_transaction_session_timeout).
    let abort: (err: unknown) => void = () => {};
    const aborted = new Promise<never>((_, reject) => (abort = reject));
    aborted.catch(() => {});
    try {
      const run = async (tx: TxSql): Promise<{ value: T }> => {
        try {
          return await body(tx);
        } catch (err) {
          if (err instanceof QueryTimeoutError) abort(err);
          throw err;
        }
      };
      const body = async (tx: TxSql): Promise<{ value: T }> => {
        started = true;
        states.set(tx, state);
        const emit: Emit = (e) => {
          emitted.push(e);
        };
        const value = await fn(tx, emit);
        if (emitted.length > 0) {
          const audiences = audienceHook ? await audienceHook(tx, emitted) : emitted.map(() => null);
          for (const [i, e] of emitted.entries()) {
            const audience = audiences[i] ?? null;
            if (e.type === 'EntityChanged' || e.type === 'ChatMessage' || e.type === 'UserTyping') {
              if (audience) e.audience = audience;
              else delete e.audience;
            }
          }
          const rows = emitted.map((e, i) => ({
            org_id: e.org_id,
            user_id: e.user_id,
            type: e.type,
            payload: tx.json(e.data as postgres.JSONValue), // jsonb: postgres.js serializes by the described parameter type (do not stringify)
            audience: audiences[i] ? tx.array([...audiences[i]]) : null,
          }));
          const inserted = await tx<{ seq: number }[]>`
            insert into events ${tx(rows)}
            returning seq`;
          published = emitted.map((e, i) => ({ ...e, seq: Number(inserted[i]!.seq) }));
          published.sort((a, b) => a.seq - b.seq);
        }
        // Wrapped in an object so postgres.js never treats an array result as a query list.
        return { value };
      };
      const running = opts.mode ? svc.db.begin(opts.mode, run) : svc.db.begin(run);
      running.catch(() => {}); // settles later when `aborted` won the race
      const result = await Promise.race([running, aborted]);
      if (emitted.length > 0) committedEvents.getStore()?.push(...emitted);

      if (published.length > 0) {
        try {
          await svc.bus.publish(published);
        } catch (err) {
          svc.log?.error({ err }, 'event publish failed after commit');
        }
      }
      for (const cb of state.afterCommit) {
        try {
          await cb();
        } catch (err) {
          svc.log?.error({ err }, 'afterCommit callback failed');
        }
      }
      return result.value;
    } catch (err) {
      const code = pgCode(err);
      if (((code && RETRYABLE.has(code)) || failedAtBegin(err, started)) && attempt < maxRetries) {
        svc.log?.warn({ code, attempt: attempt + 1 }, 'transaction conflict, retrying');
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}
