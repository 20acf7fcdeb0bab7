/**
 * Building the real-time events a mutation emits (DESIGN §3). The events, the entity types and the
 * entity each type carries are declared in the AsyncAPI document and generated into
 * generated/events.ts: `entityChanged` takes only those. Who receives them is decided in audience.ts.
 */
import type { EntityAction, EntityOf, EntityType } from '../../generated/events.js';
import type { FieldChange } from '../../generated/models.js';
import type { EmittedEvent } from '../platform/tx.js';
import { rfc3339 } from '../platform/time.js';

export type { EntityAction, EntityType };

/** Fields that change on every write and say nothing about what the user changed. */
const IGNORED_IN_CHANGES = new Set(['updated_at']);

/** `{ field: { from, to } }` for every field whose JSON value differs. */
export function diff(before: object, after: object): Record<string, FieldChange> {
  const b = before as Record<string, FieldChange['from'] | undefined>;
  const a = after as Record<string, FieldChange['from'] | undefined>;
  const changes: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED_IN_CHANGES.has(key)) continue;
    const from = b[key] ?? null;
    const to = a[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/**
 * The entity an event carries. An organization travels without `role`: each receiver's own role is
 * added when the event is shaped for them (audience.ts).
 */
export type EventEntity<T extends EntityType> = T extends 'organization' ? Omit<EntityOf[T], 'role'> : EntityOf[T];

export interface EntityChange<T extends EntityType> {
  orgId: string;
  actorId: string;
  entityType: T;
  action: EntityAction;
  entity: EventEntity<T>;
  /** Defaults to `entity.id` (a member is identified by its `user_id`). */
  entityId?: string;
  /** The entity before an update; `changes` is computed from it. */
  before?: EventEntity<T>;
  /** Only this user receives the event (personal access tokens); default: every member who may see it. */
  onlyUser?: string;
}

/** The EntityChanged event (WS `data`, GraphQL `entityChanged`). */
export function entityChanged<T extends EntityType>(c: EntityChange<T>): EmittedEvent {
  const entity = c.entity as Record<string, unknown>;
  return {
    type: 'EntityChanged',
    org_id: c.orgId,
    user_id: c.onlyUser ?? null,
    data: {
      entity_type: c.entityType,
      entity_id: c.entityId ?? String(entity.id),
      action: c.action,
      ...(c.action === 'updated' && c.before ? { changes: diff(c.before, c.entity) } : {}),
      entity,
      user_id: c.actorId,
      org_id: c.orgId,
      timestamp: rfc3339(Date.now()),
    },
  };
}

export interface TimerEntry {
  id: string;
  description: string | null;
  project_id: string | null;
  task_id: string | null;
  started_at: string;
  stopped_at: string | null;
  duration_secs: number | null;
}

/** TimerUpdate for the owner's own connections (other tabs and devices). */
export function timerUpdate(orgId: string, userId: string, entry: TimerEntry, running: boolean): EmittedEvent {
  return {
    type: 'TimerUpdate',
    org_id: orgId,
    user_id: userId,
    data: {
      running,
      time_entry: {
        id: entry.id,
        description: entry.description,
        project_id: entry.project_id,
        task_id: entry.task_id,
        start_time: entry.started_at,
        started_at: entry.started_at,
        stopped_at: entry.stopped_at,
        duration_secs: entry.duration_secs,
      },
    },
  };
}
