/**
 * Which tasks a reader may see, for the areas of task detail (comments, checklists, dependencies): a thin
 * use of the one rule in src/domain/projects/visibility.ts (a task is as visible as its project).
 */
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { taskVisible, type Who } from '../projects/visibility.js';

export { taskVisible };

/** Who reads (an operation's `access`, or a batch's reader). */
export type Reader = Who;

/** What the areas of task detail need of a task. */
export interface TaskRef {
  id: string;
  project_id: string;
  title: string;
  status: string;
}

/**
 * The task `id` if the reader may see it, else NOT_FOUND "Task not found" (also for another
 * organization's, and for a task of a members-only project hidden from the reader). `lock`: `share` keeps
 * the task from being deleted until the transaction ends (a comment or a dependency then never points at a
 * task deleted meanwhile); `update` also serializes the writers of the task's checklist (its positions)
 * without blocking foreign-key checks.
 */
export async function getTaskRef(sql: AnySql, reader: Reader, id: string, lock?: 'share' | 'update'): Promise<TaskRef> {
  const [row] = await sql<TaskRef[]>`
    select t.id, t.project_id, t.title, t.status from tasks t
    where t.id = ${id} and ${taskVisible(sql, 't', reader)}
    ${lock === 'share' ? sql`for key share of t` : lock === 'update' ? sql`for no key update of t` : sql``}`;
  if (!row) throw notFound('Task');
  return row;
}
