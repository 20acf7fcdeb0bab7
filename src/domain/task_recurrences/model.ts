/** The TaskRecurrence entity as the API returns it, from a `task_recurrences` row. */
import type { TaskRecurrence } from '../../../generated/models.js';

export interface RecurrenceRow {
  id: string;
  org_id: string;
  task_id: string;
  recurrence_pattern: string;
  timezone: string;
  next_run_at: string;
  last_run_at: string | null;
  occurrences_created: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export function toRecurrence(row: RecurrenceRow): TaskRecurrence {
  return {
    id: row.id,
    org_id: row.org_id,
    task_id: row.task_id,
    recurrence_pattern: row.recurrence_pattern,
    timezone: row.timezone,
    next_run_at: row.next_run_at,
    last_run_at: row.last_run_at,
    occurrences_created: row.occurrences_created,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
