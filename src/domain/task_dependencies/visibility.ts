/**
 * Which tasks a reader may see, as SQL: the one place the areas of task detail (comments, checklists,
 * dependencies) ask it. Today every task of the organization is visible to each of its members; when
 * projects can be private (DESIGN §3, Visibility), this condition is where they are left out, and every
 * query of these areas (lookups, lists, nested GraphQL fields, `tasks.dependencies.list_all`) follows.
 */
import type { AnySql, postgres } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';

/** Who reads: the organization and the user (the user is unused until projects can be private). */
export interface Reader {
  orgId: string;
  userId: string;
}

/** A condition on the `tasks` row aliased `alias`: the reader may see that task. */
export function taskVisible(sql: AnySql, alias: string, reader: Reader): postgres.PendingQuery<postgres.Row[]> {
  return sql`${sql(alias)}.org_id = ${reader.orgId}`;
}

/** What the areas of task detail need of a task. */
export interface TaskRef {
  id: string;
  project_id: string;
  title: string;
  status: string;
}

/**
 * The task `id` if the reader may see it, else NOT_FOUND "Task not found" (also for another
 * organization's). `lock`: `share` keeps the task from being deleted until the transaction ends (a
 * comment or a dependency then never points at a task deleted meanwhile); `update` also serializes the
 * writers of the task's checklist (its positions) without blocking foreign-key checks.
 */
export async function getTaskRef(sql: AnySql, reader: Reader, id: string, lock?: 'share' | 'update'): Promise<TaskRef> {
  const [row] = await sql<TaskRef[]>`
    select t.id, t.project_id, t.title, t.status from tasks t
    where t.id = ${id} and ${taskVisible(sql, 't', reader)}
    ${lock === 'share' ? sql`for key share` : lock === 'update' ? sql`for no key update` : sql``}`;
  if (!row) throw notFound('Task');
  return row;
}
