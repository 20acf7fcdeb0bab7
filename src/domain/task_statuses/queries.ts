/**
 * Task status lookups, and the one way the configuration areas (statuses, labels, milestones) change many
 * tasks at once: `changeTasks` locks the tasks, applies the change and emits an `updated` event per task.
 */
import type { AnySql, postgres, TxSql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { Emit } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import { entityChanged } from '../events.js';
import { toTask, type TaskRow } from '../tasks/model.js';
import { taskColumns } from '../tasks/queries.js';
import type { TaskStatusRow } from './model.js';

/** At most this many statuses per organization (a board with more columns is not a board). */
export const MAX_STATUSES = 50;

/**
 * Serializes the writers of one organization's statuses (their positions and the last-`done` rule depend on
 * all of them) for the rest of the transaction.
 */
export async function lockStatuses(sql: AnySql, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`task_statuses:${orgId}`}, 0))`;
}

/** The organization's status `id`, or NOT_FOUND "Task status not found" (also for another organization's). */
export async function getStatusRow(sql: AnySql, orgId: string, id: string): Promise<TaskStatusRow> {
  const [row] = await sql<TaskStatusRow[]>`select s.* from task_statuses s where s.id = ${id} and s.org_id = ${orgId}`;
  if (!row) throw notFound('Task status');
  return row;
}

/** The organization's status with `code`, if any. */
export async function statusByCode(sql: AnySql, orgId: string, code: string): Promise<TaskStatusRow | undefined> {
  const [row] = await sql<TaskStatusRow[]>`select s.* from task_statuses s where s.org_id = ${orgId} and s.code = ${code}`;
  return row;
}

/** How many of the organization's statuses are of category `done`, leaving out `exceptId`. */
export async function otherDoneCount(sql: AnySql, orgId: string, exceptId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from task_statuses where org_id = ${orgId} and category = 'done' and id <> ${exceptId}`;
  return row!.n;
}

/**
 * Changes the organization's tasks matching `which` (a condition on alias `t`) with `apply` (given their ids,
 * locked), then emits one `updated` EntityChanged per task, with its changes. Returns how many there were.
 */
export async function changeTasks(
  sql: TxSql,
  emit: Emit,
  access: Pick<OrgAccess, 'orgId' | 'userId'>,
  which: postgres.PendingQuery<postgres.Row[]>,
  apply: (ids: string[]) => Promise<unknown>,
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
  for (const row of after) {
    emit(
      entityChanged({
        orgId: access.orgId,
        actorId: access.userId,
        entityType: 'task',
        action: 'updated',
        entity: toTask(row),
        before: toTask(was.get(row.id)!),
      }),
    );
  }
  return before.length;
}
