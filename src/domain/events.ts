/**
 * Building the real-time events a mutation emits (DESIGN §3). `EntityChanged` goes to every
 * member of the organization; `TimerUpdate` to the acting user's own connections.
 */
import type { EmittedEvent } from '../platform/tx.js';

export type EntityType = 'task' | 'project' | 'time_entry' | 'organization' | 'member' | 'invitation' | 'personal_access_token';
export type EntityAction = 'created' | 'updated' | 'deleted';

/** Fields that change on every write and say nothing about what the user changed. */
const IGNORED_IN_CHANGES = new Set(['updated_at']);

/** `{ field: { from, to } }` for every field whose JSON value differs. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED_IN_CHANGES.has(key)) continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

export interface EntityChange<T extends { id?: string }> {
  orgId: string;
  actorId: string;
  entityType: EntityType;
  action: EntityAction;
  entity: T;
  entityId?: string;
  /** The entity before an update; `changes` is computed from it. */
  before?: T;
}

/** The EntityChanged payload (WS `data`, GraphQL `entityChanged`). */
export function entityChanged<T extends { id?: string }>(c: EntityChange<T>): EmittedEvent {
  const entity = c.entity as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {
    entity_type: c.entityType,
    entity_id: c.entityId ?? c.entity.id,
    action: c.action,
    ...(c.action === 'updated' && c.before ? { changes: diff(c.before as unknown as Record<string, unknown>, entity) } : {}),
    entity,
    user_id: c.actorId,
    org_id: c.orgId,
    timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  return { type: 'EntityChanged', org_id: c.orgId, user_id: null, data };
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
