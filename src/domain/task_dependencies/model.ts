/** The TaskDependency entity and the shapes the dependency reads answer with. */
import type { DependencyLink, TaskDependencies, TaskDependency } from '../../../generated/models.js';

/** A `task_dependencies` row: `task_id` waits for `depends_on_id`. */
export interface DependencyRow {
  id: string;
  org_id: string;
  task_id: string;
  depends_on_id: string;
  created_by: string | null;
  created_at: string;
}

export function toDependency(row: DependencyRow): TaskDependency {
  return {
    id: row.id,
    org_id: row.org_id,
    task_id: row.task_id,
    depends_on_id: row.depends_on_id,
    created_by: row.created_by,
    created_at: row.created_at,
  };
}

/** One dependency seen from one of its tasks (`of`): which list it goes in and the other task. */
export interface LinkRow {
  of: string;
  direction: 'blocked_by' | 'blocks';
  dependency_id: string;
  task_id: string;
  title: string;
  status: string;
  project_id: string;
}

export function toLink(row: LinkRow): DependencyLink {
  return { dependency_id: row.dependency_id, task_id: row.task_id, title: row.title, status: row.status, project_id: row.project_id };
}

/** The links of one task (rows already in list order) as its two lists. */
export function toDependencies(rows: readonly LinkRow[]): TaskDependencies {
  const out: TaskDependencies = { blocked_by: [], blocks: [] };
  for (const r of rows) out[r.direction].push(toLink(r));
  return out;
}
