/** The TaskGroup entity as the API returns it, built from a `task_groups` row and the reader's collapsed flag. */
import type { TaskGroup } from '../../../generated/models.js';

/**
 * A `task_groups` row (`g.*`: id, org_id, project_id, name, position, created_at, updated_at), with the
 * reader's `collapsed` flag when the query asked for it (`groupColumns` in ./queries.ts).
 */
export interface TaskGroupRow {
  id: string;
  org_id: string;
  project_id: string;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
  collapsed?: boolean;
}

/**
 * The entity for one reader: `collapsed` is theirs (default: the row's flag, else false). Events sent to the
 * whole organization carry `collapsed: false` (the flag is per user; see TaskGroup.collapsed in the specs).
 */
export function toTaskGroup(row: TaskGroupRow, collapsed: boolean = row.collapsed ?? false): TaskGroup {
  return {
    id: row.id,
    org_id: row.org_id,
    project_id: row.project_id,
    name: row.name,
    position: row.position,
    collapsed,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
