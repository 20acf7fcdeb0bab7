/** The TimeEntry entity as the API returns it, built from a `time_entries` row with its rate columns. */
import type { TimeEntry } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { rateColumns, rateJoins } from './rates.js';

/**
 * A `time_entries` row with the rate columns of rates.ts (`select ${entryColumns(sql, 'te')} from time_entries
 * te ${entryJoins(sql, 'te')}` has them all); timestamps as the db layer returns them (RFC 3339 UTC strings,
 * whole seconds).
 */
export interface TimeEntryRow {
  id: string;
  org_id: string;
  user_id: string;
  project_id: string | null;
  task_id: string | null;
  description: string | null;
  billable: boolean;
  hourly_rate_cents: number | null;
  started_at: string;
  stopped_at: string | null;
  invoice_id: string | null;
  created_at: string;
  updated_at: string;
  /** rates.ts `rateColumns`. */
  effective_hourly_rate_cents: number | null;
  effective_rate_source: TimeEntry['effective_rate_source'];
  effective_cost_rate_cents: number | null;
  amount_cents: number | null;
}

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** Every column a `TimeEntryRow` needs, of `time_entries` aliased `alias` joined with `entryJoins`. */
export function entryColumns(sql: AnySql, alias: string): Fragment {
  return sql`${sql(alias)}.*, ${rateColumns(sql, alias)}`;
}

/** The joins `entryColumns` needs (the rate hierarchy's rows: rates.ts). */
export const entryJoins = rateJoins;

/**
 * Runs a write returning `time_entries` rows (`insert … returning *`, `update … returning *`) and answers them
 * with their rate columns, in one statement.
 */
export function writeEntries(sql: AnySql, write: Fragment): Fragment {
  return sql`with w as (${write}) select ${entryColumns(sql, 'w')} from w ${entryJoins(sql, 'w')}`;
}

/** Whole seconds from `startedAt` to `stoppedAt` (RFC 3339 strings). */
export function durationSecs(startedAt: string, stoppedAt: string): number {
  return Math.floor((Date.parse(stoppedAt) - Date.parse(startedAt)) / 1000);
}

export function toTimeEntry(row: TimeEntryRow): TimeEntry {
  return {
    id: row.id,
    org_id: row.org_id,
    user_id: row.user_id,
    project_id: row.project_id,
    task_id: row.task_id,
    description: row.description,
    billable: row.billable,
    hourly_rate_cents: row.hourly_rate_cents,
    started_at: row.started_at,
    start_time: row.started_at,
    stopped_at: row.stopped_at,
    duration_secs: row.stopped_at === null ? null : durationSecs(row.started_at, row.stopped_at),
    running: row.stopped_at === null,
    effective_hourly_rate_cents: row.effective_hourly_rate_cents,
    effective_rate_source: row.effective_rate_source,
    cost_rate_cents: row.effective_cost_rate_cents,
    // A running entry has no amount (also for the `before` of a stop, built from the stopped row).
    amount_cents: row.stopped_at === null ? null : row.amount_cents,
    invoice_id: row.invoice_id,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
