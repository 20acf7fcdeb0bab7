/**
 * Who receives an event, and what each receiver sees of it: the one rule behind /ws pushes and
 * GraphQL subscriptions alike (the transports only keep indexes and write frames).
 *
 * A `Subscriber` is one listening connection or subscription of a user. It knows the user's standing
 * (role and effective permissions) in every organization whose events it receives, and keeps it
 * current from the membership events on the bus, without a database query:
 *   - a member's `created` (or an organization's `created` by this user) counts before the event is
 *     judged, so a new member sees the event that announces them;
 *   - `updated` changes the standing before the event is judged (a demoted member's next events are
 *     shaped for the new role);
 *   - `deleted` (or the organization's `deleted`) counts after, so a leaving member still sees their
 *     removal and nothing more from that organization.
 * A personal access token's subscriber sees only the token's organization and never gains another.
 *
 * What a receiver sees: `EntityChanged` goes to the members of the event's organization (or to one
 * user, for personal access tokens), its entity shaped for the receiver (fields gated by a permission
 * they lack are null, their `changes` left out; an organization carries the receiver's own `role`);
 * an invoice's only to holders of `manage_invoices` or `view_reports` (invoices/readers.ts);
 * an event about something in a members-only project (its `audience`, set at commit: projects/visibility.ts)
 * only to that project's members and to holders of `manage_projects`;
 * `TimerUpdate` goes to the timer's owner only, and `NotificationCreated` to its recipient only, while a
 * member of its organization; `UserPresence` to every member of its organization; `ChatMessage`, `UserTyping`
 * and the `EntityChanged` of chat channels and messages only to the channel's audience computed at commit
 * (chat/visibility.ts), while members of the organization. Relay events
 * belong to the relay's socket.
 */
import type { EntityChanged } from '../../generated/models.js';
import type { BusEvent } from '../platform/bus.js';
import type { Services } from '../platform/services.js';
import { effectivePermissions, isPermission, type Permission, type Role } from './access.js';
import type { Actor } from './context.js';
import { ENTITY_READERS } from './invoices/readers.js';
import { CHAT_ENTITY_TYPES } from './chat/visibility.js';
import { SEES_ALL_PROJECTS } from './projects/visibility.js';
import { isGatedEntity, shapeChange } from './visibility.js';

/** A user's standing in one organization. */
export interface Standing {
  role: Role;
  permissions: readonly Permission[];
}

export type MembershipChange =
  | { kind: 'join' | 'update'; orgId: string; userId: string; standing: Standing }
  | { kind: 'leave'; orgId: string; userId: string }
  | { kind: 'dissolve'; orgId: string };

interface MemberEntity {
  user_id?: unknown;
  role?: unknown;
  permissions?: unknown;
}

function standingOf(member: MemberEntity): Standing {
  const permissions = Array.isArray(member.permissions)
    ? member.permissions.filter((p): p is Permission => typeof p === 'string' && isPermission(p))
    : [];
  return { role: member.role as Role, permissions };
}

/** How an event changes who receives an organization's events, if it does. */
export function membershipChange(e: BusEvent): MembershipChange | undefined {
  if (e.type !== 'EntityChanged') return undefined;
  const d = e.data;
  if (d.entity_type === 'member') {
    const member = d.entity as MemberEntity;
    // A member event's entity_id is the member's user id (the entity also carries it).
    const userId = typeof member.user_id === 'string' ? member.user_id : d.entity_id;
    if (d.action === 'created') return { kind: 'join', orgId: e.org_id, userId, standing: standingOf(member) };
    if (d.action === 'updated') return { kind: 'update', orgId: e.org_id, userId, standing: standingOf(member) };
    return { kind: 'leave', orgId: e.org_id, userId };
  }
  if (d.entity_type === 'organization') {
    // Creating an organization makes its creator the owner without a separate member event.
    if (d.action === 'created')
      return { kind: 'join', orgId: e.org_id, userId: d.user_id, standing: { role: 'owner', permissions: effectivePermissions('owner', null) } };
    if (d.action === 'deleted') return { kind: 'dissolve', orgId: e.org_id };
  }
  return undefined;
}

/** Shaped payloads, per event and per kind of receiver, so each distinct shape is computed (and encoded) once. */
const shapes = new WeakMap<object, Map<string, EntityChanged>>();

function shapeFor(data: EntityChanged, standing: Standing): EntityChanged {
  const isOrg = data.entity_type === 'organization';
  if (!isOrg && !isGatedEntity(data.entity_type)) return data;
  const key = isOrg ? standing.role : standing.permissions.join(',');
  let byKey = shapes.get(data);
  if (!byKey) shapes.set(data, (byKey = new Map<string, EntityChanged>()));
  let shaped = byKey.get(key);
  if (!shaped) {
    shaped = isOrg ? { ...data, entity: { ...data.entity, role: standing.role } } : shapeChange(data, (p) => standing.permissions.includes(p));
    byKey.set(key, shaped);
  }
  return shaped;
}

/** Audiences as sets, built once per event for all of its receivers (a channel of 1,000 members: no linear scan per socket). */
const audienceSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function inAudience(audience: readonly string[] | null | undefined, userId: string): boolean {
  if (!audience) return false;
  if (audience.length < 16) return audience.includes(userId);
  let set = audienceSets.get(audience);
  if (!set) audienceSets.set(audience, (set = new Set(audience)));
  return set.has(userId);
}

export class Subscriber {
  private constructor(
    readonly userId: string,
    private readonly standings: Map<string, Standing>,
    /** A personal access token's organization: the only one, ever. */
    private readonly onlyOrg: string | undefined,
  ) {}

  /** The subscriber of `actor`, with its standing in each of its organizations (oldest membership first). */
  static async load(svc: Services, actor: Actor): Promise<Subscriber> {
    const rows = await svc.db<{ org_id: string; role: Role; permissions: Record<string, boolean> }[]>`
      select org_id, role, permissions from members
      where user_id = ${actor.userId} ${actor.patOrgId ? svc.db`and org_id = ${actor.patOrgId}` : svc.db``}
      order by created_at`;
    const standings = new Map(rows.map((r) => [r.org_id, { role: r.role, permissions: effectivePermissions(r.role, r.permissions) }]));
    return new Subscriber(actor.userId, standings, actor.patOrgId);
  }

  /** The organizations whose events this subscriber receives. */
  get orgIds(): string[] {
    return [...this.standings.keys()];
  }

  has(orgId: string): boolean {
    return this.standings.has(orgId);
  }

  /**
   * What this subscriber receives of `e` (its `data`, shaped for it), or undefined; follows membership
   * changes. `change` is `membershipChange(e)`, passed by a caller that judges one event for many.
   */
  receive(e: BusEvent, change = membershipChange(e)): unknown {
    const mine = change !== undefined && (change.kind === 'dissolve' || change.userId === this.userId);
    if (mine && (change.kind === 'join' || change.kind === 'update') && (!this.onlyOrg || this.onlyOrg === change.orgId)) {
      this.standings.set(change.orgId, change.standing);
    }
    const out = this.judge(e);
    if (mine && (change.kind === 'leave' || change.kind === 'dissolve')) this.standings.delete(change.orgId);
    return out;
  }

  private judge(e: BusEvent): unknown {
    if (e.type === 'TimerUpdate' || e.type === 'NotificationCreated')
      return e.user_id === this.userId && this.standings.has(e.org_id) ? e.data : undefined;
    // Chat: exactly the channel's members who may see it, as computed at commit (chat/visibility.ts).
    if (e.type === 'ChatMessage' || e.type === 'UserTyping')
      return this.standings.has(e.org_id) && inAudience(e.audience, this.userId) ? e.data : undefined;
    // A member's presence: every member of the organization (one event per organization the user is in).
    if (e.type === 'UserPresence') return this.standings.has(e.org_id) ? e.data : undefined;
    if (e.type !== 'EntityChanged') return undefined;
    const standing = this.standings.get(e.org_id);
    if (!standing || (e.user_id !== null && e.user_id !== this.userId)) return undefined;
    // A chat channel's or message's events: its audience only, whatever the receiver's permissions.
    if (CHAT_ENTITY_TYPES.has(e.data.entity_type) && !inAudience(e.audience, this.userId)) return undefined;
    // Something in a members-only project: its members and holders of manage_projects only (projects/visibility.ts).
    if (e.audience && !inAudience(e.audience, this.userId) && !standing.permissions.includes(SEES_ALL_PROJECTS)) return undefined;
    // Entities only some members read (invoices: invoices/readers.ts).
    const readers = ENTITY_READERS[e.data.entity_type];
    if (readers && !readers.some((p) => standing.permissions.includes(p))) return undefined;
    return shapeFor(e.data, standing);
  }
}
