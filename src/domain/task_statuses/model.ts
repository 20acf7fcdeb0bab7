/** The TaskStatus entity as the API returns it, built from a `task_statuses` row. */
import type { TaskStatus } from '../../../generated/models.js';

/** A `task_statuses` row (`select s.* from task_statuses s`). */
export interface TaskStatusRow {
  id: string;
  org_id: string;
  code: string;
  label: string;
  color: string;
  category: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export function toTaskStatus(row: TaskStatusRow): TaskStatus {
  return {
    id: row.id,
    org_id: row.org_id,
    code: row.code,
    label: row.label,
    color: row.color,
    category: row.category as TaskStatus['category'],
    position: row.position,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
