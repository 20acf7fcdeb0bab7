/** Task lookups and rules shared by the task operations (and usable by other areas). */
import type { AnySql, postgres, TxSql } from '../../platform/db.js';
import { AppError, notFound, validationError } from '../../platform/errors.js';
import type { Emit } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import { entityChanged } from '../events.js';
import { notifyTaskChanges, type NotifyContext } from '../notifications/notify.js';
import { shareStatusLock } from '../task_statuses/queries.js';
import { taskVisible, type Who } from '../projects/visibility.js';
import { toTask, type TaskRow } from './model.js';

/**
 * `<alias>.*` plus the task's assignees and labels as `assignee_ids` and `label_ids` (sorted, so the sets compare stably):
 * exactly what `toTask` needs.
 */
export function taskColumns(sql: AnySql, alias: string): postgres.PendingQuery<postgres.Row[]> {
  const t = sql(alias);
  return sql`${t}.*,
    array(select a.user_id from task_assignees a where a.task_id = ${t}.id order by a.user_id) as assignee_ids,
    array(select l.label_id from task_labels l where l.task_id = ${t}.id order by l.label_id) as label_ids,
    (select r.id from task_recurrences r where r.task_id = ${t}.id) as repeated_by`;
}

/**
 * The task `id` with its assignees if the reader may see it (projects/visibility.ts), or NOT_FOUND "Task not
 * found" (also for another organization's).
 */
export async function getTaskRow(sql: AnySql, who: Who, id: string, lock = false): Promise<TaskRow> {
  const [row] = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t
    where t.id = ${id} and ${taskVisible(sql, 't', who)}
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

/** The organization's statuses, in order: what `statusOf` picks from. */
export type StatusCodes = { code: string; category: string }[];

/**
 * The organization's status codes, holding its status lock in shared mode until the transaction ends, so a status
 * rename or deletion (task_statuses, exclusive mode) cannot slip in between a task's check and its write. Read
 * once per call: a bulk create checks all its items against one read.
 */
export async function statusCodes(sql: AnySql, orgId: string): Promise<StatusCodes> {
  await shareStatusLock(sql, orgId);
  return sql<StatusCodes>`select code, category from task_statuses where org_id = ${orgId} order by position, code`;
}

/**
 * The status a task gets: `status`, which must be one of the organization's codes (VALIDATION_ERROR listing them
 * otherwise), or when omitted the default: `open`, or, if the organization removed it, its first status of the
 * `todo` category (else its first status).
 */
export function statusOf(statuses: StatusCodes, status: string | undefined): string {
  const codes = statuses.map((r) => r.code);
  if (status === undefined) return codes.includes('open') ? 'open' : (statuses.find((r) => r.category === 'todo') ?? statuses[0])!.code;
  if (!codes.includes(status)) {
    throw validationError(`status must be one of the organization's statuses: ${codes.join(', ')}`, { field: 'status', allowed: codes });
  }
  return status;
}

/** Every label must be a label of the organization (NOT_FOUND naming the missing ones otherwise). */
export async function assertLabels(sql: AnySql, orgId: string, labelIds: readonly string[]): Promise<void> {
  if (labelIds.length === 0) return;
  const rows = await sql<{ id: string }[]>`select id from labels where org_id = ${orgId} and id = any(${sql.array([...labelIds])}::text[])`;
  const found = new Set(rows.map((r) => r.id));
  const missing = labelIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', 'Label not found', { field: 'label_ids', ids: missing });
}

/**
 * A group or milestone a task is put in: it must belong to the task's project. Another organization's (or no
 * such) id is NOT_FOUND; one of another project of the organization is VALIDATION_ERROR on `field`.
 */
export async function assertInProject(
  sql: AnySql,
  orgId: string,
  projectId: string,
  kind: 'group_id' | 'milestone_id',
  id: string | null | undefined,
): Promise<void> {
  if (id == null) return;
  const [row] =
    kind === 'group_id'
      ? await sql<{ project_id: string }[]>`select project_id from task_groups where id = ${id} and org_id = ${orgId}`
      : await sql<{ project_id: string }[]>`select project_id from milestones where id = ${id} and org_id = ${orgId}`;
  const what = kind === 'group_id' ? 'Task group' : 'Milestone';
  if (!row) throw new AppError('NOT_FOUND', `${what} not found`, { field: kind });
  if (row.project_id !== projectId) throw validationError(`${kind} must be a ${what.toLowerCase()} of the task's project`, { field: kind });
}

/** Makes the task's labels exactly `labelIds`. */
export async function setLabels(sql: AnySql, orgId: string, taskId: string, labelIds: readonly string[]): Promise<void> {
  await sql`delete from task_labels where task_id = ${taskId} and not (label_id = any(${sql.array([...labelIds])}::text[]))`;
  if (labelIds.length === 0) return;
  await sql`
    insert into task_labels ${sql(labelIds.map((label_id) => ({ task_id: taskId, label_id, org_id: orgId })))}
    on conflict do nothing`;
}

/**
 * The one way to change many of the organization's tasks at once (a status renamed or deleted, a label or
 * milestone deleted, a group deleted): locks the tasks matching `which` (a condition on alias `t`), runs `apply`
 * on their ids, then emits one `updated` EntityChanged per task with its changes. Returns how many there were.
 * With `notify`, the changes also notify as a task update does (notifications/notify.ts): a change of the tasks'
 * status, not the rename of a status code.
 */
export async function changeTasks(
  sql: TxSql,
  emit: Emit,
  access: Pick<OrgAccess, 'orgId' | 'userId'>,
  which: postgres.PendingQuery<postgres.Row[]>,
  apply: (ids: string[]) => Promise<unknown>,
  notify?: NotifyContext,
): Promise<number> {
  const before = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t
    where t.org_id = ${access.orgId} and ${which}
    order by t.id
    for update of t`;
  if (before.length === 0) return 0;
  const ids = before.map((r) => r.id);
  await apply(ids);
  const after = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t where t.id = any(${sql.array(ids)}::text[]) order by t.id`;
  const was = new Map(before.map((r) => [r.id, r]));
  const changes = after.map((row) => ({ before: toTask(was.get(row.id)!), after: toTask(row) }));
  for (const c of changes) {
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'updated', entity: c.after, before: c.before }));
  }
  if (notify) await notifyTaskChanges(sql, emit, notify, changes);
  return before.length;
}
