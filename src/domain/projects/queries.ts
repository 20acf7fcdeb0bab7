/** Project lookups shared by the task and time-entry operations. */
import type { AnySql } from '../../platform/db.js';
import { notFound, validationError } from '../../platform/errors.js';
import type { ProjectRow } from './model.js';

/**
 * The organization's project `id`, or NOT_FOUND "Project not found" (also for another organization's).
 * `lock` takes a row lock that serializes writers that depend on the project (task positions) without
 * blocking foreign-key checks.
 */
export async function getProjectRow(sql: AnySql, orgId: string, id: string, lock = false): Promise<ProjectRow> {
  const [row] = lock
    ? await sql<ProjectRow[]>`select * from projects where id = ${id} and org_id = ${orgId} for no key update`
    : await sql<ProjectRow[]>`select * from projects where id = ${id} and org_id = ${orgId}`;
  if (!row) throw notFound('Project');
  return row;
}

/** Archived projects are kept for history: they take no new tasks and no new time. */
export function assertActive(project: ProjectRow): void {
  if (project.status !== 'active') {
    throw validationError(`Project "${project.name}" is archived; restore it (status: active) first`, { field: 'project_id' });
  }
}
