/** Task group lookups shared by the task group operations and their GraphQL fields. */
import type { AnySql, postgres } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { projectIdVisible, readerOf, type Who } from '../projects/visibility.js';
import type { TaskGroupRow } from './model.js';

/** A project holds at most this many groups (task_groups.create refuses more; a page of 100 holds them all). */
export const MAX_GROUPS_PER_PROJECT = 100;

/** `<alias>.*` plus `collapsed`: whether `userId` folded the group away. */
export function groupColumns(sql: AnySql, alias: string, userId: string): postgres.PendingQuery<postgres.Row[]> {
  const g = sql(alias);
  return sql`${g}.*,
    exists(select 1 from task_group_collapsed c where c.group_id = ${g}.id and c.user_id = ${userId}) as collapsed`;
}

/**
 * Group `groupId` of project `projectId` (a project the reader may see), with the reader's collapsed flag, or
 * NOT_FOUND "Task group not found" (also for another project's or another organization's group). `lock` locks the row.
 */
export async function getGroupRow(sql: AnySql, who: Who, projectId: string, groupId: string, lock = false): Promise<TaskGroupRow> {
  const reader = readerOf(who);
  const [row] = await sql<TaskGroupRow[]>`
    select ${groupColumns(sql, 'g', reader.userId)} from task_groups g
    where g.id = ${groupId} and g.project_id = ${projectId} and g.org_id = ${reader.orgId} and ${projectIdVisible(sql, 'g.project_id', reader)}
    ${lock ? sql`for update of g` : sql``}`;
  if (!row) throw notFound('Task group');
  return row;
}

/** The project's groups by position, with `userId`'s flags. */
export async function groupsOfProject(sql: AnySql, projectId: string, userId: string): Promise<TaskGroupRow[]> {
  return sql<TaskGroupRow[]>`
    select ${groupColumns(sql, 'g', userId)} from task_groups g
    where g.project_id = ${projectId}
    order by g.position, g.id`;
}
