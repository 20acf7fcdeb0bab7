/** The TimeEntry entity as the API returns it, built from a `time_entries` row. */
import type { TimeEntry } from '../../../generated/models.js';

/**
 * A `time_entries` row. The row must have the columns id, org_id, user_id, project_id, task_id,
 * description, billable, hourly_rate_cents, started_at, stopped_at, created_at, updated_at
 * (`select te.* from time_entries te` has them); timestamps as the db layer returns them
 * (RFC 3339 UTC strings, whole seconds).
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
  created_at: string;
  updated_at: string;
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
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
