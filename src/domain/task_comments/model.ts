/** The TaskComment entity as the API returns it, built from a `task_comments` row. */
import type { TaskComment } from '../../../generated/models.js';

/** A `task_comments` row (`select c.*`); timestamps as the db layer returns them (RFC 3339 UTC). */
export interface CommentRow {
  id: string;
  org_id: string;
  task_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

export function toComment(row: CommentRow): TaskComment {
  return {
    id: row.id,
    org_id: row.org_id,
    task_id: row.task_id,
    author_id: row.author_id,
    body: row.body,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
