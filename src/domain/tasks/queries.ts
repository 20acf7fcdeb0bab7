/** Task lookups and rules shared by the task operations (and usable by other areas). */
import type { AnySql, postgres } from '../../platform/db.js';
import { notFound, validationError } from '../../platform/errors.js';
import type { TaskRow } from './model.js';

/**
 * `<alias>.*` plus the task's assignees and labels as `assignee_ids` and `label_ids` (sorted, so the sets compare stably):
 * exactly what `toTask` needs.
 */
export function taskColumns(sql: AnySql, alias: string): postgres.PendingQuery<postgres.Row[]> {
  const t = sql(alias);
  return sql`${t}.*,
    array(select a.user_id from task_assignees a where a.task_id = ${t}.id order by a.user_id) as assignee_ids,
    array(select l.label_id from task_labels l where l.task_id = ${t}.id order by l.label_id) as label_ids`;
}

/** The organization's task `id` with its assignees, or NOT_FOUND "Task not found". */
export async function getTaskRow(sql: AnySql, orgId: string, id: string, lock = false): Promise<TaskRow> {
  const [row] = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t
    where t.id = ${id} and t.org_id = ${orgId}
    ${lock ? sql`for update of t` : sql``}`;
  if (!row) throw notFound('Task');
  return row;
}

/** start_date must be on or before due_date (both `YYYY-MM-DD`, so string order is date order). */
export function assertDateOrder(startDate: string | null | undefined, dueDate: string | null | undefined): void {
  if (startDate && dueDate && startDate > dueDate) {
    throw validationError(`start_date (${startDate}) must be on or before due_date (${dueDate})`, { field: 'start_date' });
  }
}

/** Every assignee must be a member of the organization. */
export async function assertMembers(sql: AnySql, orgId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await sql<{ user_id: string }[]>`
    select user_id from members where org_id = ${orgId} and user_id = any(${sql.array([...userIds])}::text[])`;
  const found = new Set(rows.map((r) => r.user_id));
  const missing = userIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw validationError(`Not a member of this organization: ${missing.join(', ')}`, { field: 'assignee_ids', user_ids: missing });
  }
}

/** Sort key of a new (or moved) task: after every task of the project. */
export async function nextPosition(sql: AnySql, projectId: string): Promise<number> {
  const [row] = await sql<{ position: number }[]>`
    select coalesce(max(position), 0) + 1 as position from tasks where project_id = ${projectId}`;
  return row!.position;
}
