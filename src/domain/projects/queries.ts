/** Project lookups shared by the task and time-entry operations. */
import type { AnySql } from '../../platform/db.js';
import { notFound, validationError } from '../../platform/errors.js';
import type { ProjectRow } from './model.js';
import { projectVisible, type Who } from './visibility.js';

/**
 * The project `id` if the reader may see it, or NOT_FOUND "Project not found" (also for another organization's,
 * and for a members-only project the reader is not in without `manage_projects`). `lock` takes a row lock that
 * serializes writers that depend on the project (task positions) without blocking foreign-key checks.
 */
export async function getProjectRow(sql: AnySql, who: Who, id: string, lock = false): Promise<ProjectRow> {
  const [row] = await sql<ProjectRow[]>`
    select p.* from projects p where p.id = ${id} and ${projectVisible(sql, 'p', who)}
    ${lock ? sql`for no key update of p` : sql``}`;
  if (!row) throw notFound('Project');
  return row;
}

/** Archived projects are kept for history: they take no new tasks and no new time. */
export function assertActive(project: ProjectRow): void {
  if (project.status !== 'active') {
    throw validationError(`Project "${project.name}" is archived; restore it (status: active) first`, { field: 'project_id' });
  }
}
