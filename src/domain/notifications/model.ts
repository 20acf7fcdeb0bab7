/** The Notification entity as the API returns it (also the `data` of `NotificationCreated`), built from a `notifications` row. */
import type { Notification } from '../../../generated/models.js';

/** A `notifications` row with its actor's name (`n.*, a.name as actor_name`). */
export interface NotificationRow {
  id: string;
  org_id: string;
  user_id: string;
  type: Notification['type'];
  title: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  actor_name: string | null;
  created_at: string;
  read_at: string | null;
}

/** Where a notification's entity lives on this server: its REST resource (the server has no web app of its own). */
export function entityUrl(publicUrl: string, entityType: string, entityId: string): string {
  const collection = entityType === 'task' ? 'tasks' : `${entityType}s`;
  return `${publicUrl}/api/v1/${collection}/${encodeURIComponent(entityId)}`;
}

export function toNotification(row: NotificationRow, publicUrl: string): Notification {
  return {
    id: row.id,
    org_id: row.org_id,
    type: row.type,
    title: row.title,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    url: entityUrl(publicUrl, row.entity_type, row.entity_id),
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    created_at: row.created_at,
    read_at: row.read_at,
  };
}
