/** Task status lookups and the organization's status lock. */
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { TaskStatusRow } from './model.js';

/** At most this many statuses per organization (a board with more columns is not a board). */
export const MAX_STATUSES = 50;

const statusLockKey = (sql: AnySql, orgId: string) => sql`hashtextextended(${`task_statuses:${orgId}`}, 0)`;

/**
 * Serializes the writers of one organization's statuses (their positions and the last-`done` rule depend on
 * all of them) for the rest of the transaction.
 */
export async function lockStatuses(sql: AnySql, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${statusLockKey(sql, orgId)})`;
}

/**
 * The same lock in shared mode, to the end of the transaction: what a task write holds while it checks and
 * writes a status code. A task write takes it before it locks any task row; a status write takes it
 * exclusively, then locks the tasks it changes, so the two orders agree and cannot deadlock.
 */
export async function shareStatusLock(sql: AnySql, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock_shared(${statusLockKey(sql, orgId)})`;
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
