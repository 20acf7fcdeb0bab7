/** The Task entity as the API returns it, built from a `tasks` row plus its assignees. */
import type { Task } from '../../../generated/models.js';

/**
 * A `tasks` row with its assignees. The row must have the columns id, org_id, project_id, title,
 * description, status, priority, start_date, due_date, estimated_hours, position, created_by,
 * created_at, updated_at, group_id, milestone_id, recurrence_id (`t.*`), `assignee_ids`, `label_ids` (text[]) and `repeated_by`
 * (see `taskColumns` in ./queries.ts).
 */
export interface TaskRow {
  id: string;
  org_id: string;
  project_id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  start_date: string | null;
  due_date: string | null;
  estimated_hours: number | null;
  position: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  assignee_ids: string[];
  label_ids: string[];
  group_id: string | null;
  milestone_id: string | null;
  /** The recurrence that created the task (column `tasks.recurrence_id`): the API's `source_recurrence_id`. */
  recurrence_id: string | null;
  /** The recurrence that repeats the task (`task_recurrences.task_id`): the API's `recurrence_id`. */
  repeated_by: string | null;
}

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    org_id: row.org_id,
    project_id: row.project_id,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority as Task['priority'],
    start_date: row.start_date,
    due_date: row.due_date,
    estimated_hours: row.estimated_hours,
    assignee_ids: row.assignee_ids,
    label_ids: row.label_ids,
    group_id: row.group_id,
    milestone_id: row.milestone_id,
    recurrence_id: row.repeated_by,
    source_recurrence_id: row.recurrence_id,
    position: row.position,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
