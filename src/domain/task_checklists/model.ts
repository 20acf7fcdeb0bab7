/** The ChecklistItem entity as the API returns it, built from a `task_checklist_items` row. */
import type { ChecklistItem } from '../../../generated/models.js';

/** A `task_checklist_items` row (`select i.*`); timestamps as the db layer returns them (RFC 3339 UTC). */
export interface ChecklistItemRow {
  id: string;
  org_id: string;
  task_id: string;
  title: string;
  position: number;
  completed: boolean;
  completed_by: string | null;
  completed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export function toChecklistItem(row: ChecklistItemRow): ChecklistItem {
  return {
    id: row.id,
    org_id: row.org_id,
    task_id: row.task_id,
    title: row.title,
    position: row.position,
    completed: row.completed,
    completed_by: row.completed_by,
    completed_at: row.completed_at,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
