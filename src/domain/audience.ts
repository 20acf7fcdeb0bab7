/**
 * How an event changes who receives an organization's events: a new member (or an organization's
 * creator) joins; a removed member leaves; a deleted organization is dissolved. Used by the /ws hub
 * and by GraphQL subscriptions, so real-time audiences follow membership without a database query.
 */
import type { BusEvent } from '../platform/bus.js';

export type MembershipChange =
  | { kind: 'join'; orgId: string; userId: string }
  | { kind: 'leave'; orgId: string; userId: string }
  | { kind: 'dissolve'; orgId: string };

interface ChangeData {
  entity_type?: unknown;
  action?: unknown;
  entity_id?: unknown;
  user_id?: unknown;
  entity?: { user_id?: unknown } | null;
}

export function membershipChange(e: BusEvent): MembershipChange | undefined {
  if (e.type !== 'EntityChanged' || !e.org_id) return undefined;
  const d = e.data as ChangeData;
  // A member event's entity_id is the member's user id (the entity also carries it).
  const memberId = d.entity?.user_id ?? d.entity_id;
  if (d.entity_type === 'member' && typeof memberId === 'string') {
    if (d.action === 'created') return { kind: 'join', orgId: e.org_id, userId: memberId };
    if (d.action === 'deleted') return { kind: 'leave', orgId: e.org_id, userId: memberId };
  }
  if (d.entity_type === 'organization') {
    // Creating an organization makes its creator the owner without a separate member event.
    if (d.action === 'created' && typeof d.user_id === 'string') return { kind: 'join', orgId: e.org_id, userId: d.user_id };
    if (d.action === 'deleted') return { kind: 'dissolve', orgId: e.org_id };
  }
  return undefined;
}
