/** Recurrence lookups: a recurrence exists for a caller only if they may see its task's project (visibility.ts). */
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { projectIdVisible, type Reader } from '../projects/visibility.js';
import type { RecurrenceRow } from './model.js';

/** The reader's recurrence `id` (locked with `lock`), or NOT_FOUND "Task recurrence not found". */
export async function getRecurrenceRow(sql: AnySql, reader: Reader, id: string, lock = false): Promise<RecurrenceRow> {
  const [row] = await sql<RecurrenceRow[]>`
    select r.* from task_recurrences r join tasks t on t.id = r.task_id
    where r.id = ${id} and r.org_id = ${reader.orgId} and ${projectIdVisible(sql, 't.project_id', reader)}
    ${lock ? sql`for update of r` : sql``}`;
  if (!row) throw notFound('Task recurrence');
  return row;
}

/** The reader's task `id`, locked, with what a recurrence needs of it; NOT_FOUND "Task not found" otherwise. */
export async function getVisibleTask(
  sql: AnySql,
  reader: Reader,
  id: string,
): Promise<{ id: string; project_id: string; start_date: string | null; due_date: string | null; created_at: string }> {
  const [row] = await sql<{ id: string; project_id: string; start_date: string | null; due_date: string | null; created_at: string }[]>`
    select t.id, t.project_id, t.start_date, t.due_date, t.created_at from tasks t
    where t.id = ${id} and t.org_id = ${reader.orgId} and ${projectIdVisible(sql, 't.project_id', reader)}
    for update of t`;
  if (!row) throw notFound('Task');
  return row;
}

/** The organization's time zone (IANA name). */
export async function orgTimezone(sql: AnySql, orgId: string): Promise<string> {
  const [row] = await sql<{ timezone: string }[]>`select timezone from organizations where id = ${orgId}`;
  return row?.timezone ?? 'UTC';
}
