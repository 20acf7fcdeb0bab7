/** Memberships and invitations: rows, API shapes, and the joins shared with auth.register. */
import type { Invitation, Member } from '../../../generated/models.js';
import type { AnySql, TxSql } from '../../platform/db.js';
import type { Emit, EmittedEvent } from '../../platform/tx.js';
import { effectivePermissions, type Role } from '../access.js';
import { entityChanged, type EntityAction } from '../events.js';
import { toUserSummary } from '../users/model.js';

export interface MemberRow {
  org_id: string;
  user_id: string;
  role: Role;
  /** Per-member overrides, `{ permission: boolean }`. */
  permissions: Record<string, boolean>;
  joined_at: string;
  name: string;
  email: string;
  avatar_url: string | null;
  /** Default client and cost rates (cents per hour), gated by `view_rates` when shaped for a reader. */
  hourly_rate_cents: number | null;
  cost_rate_cents: number | null;
}

/** The columns of a `MemberRow`, from `members m join users u`. */
export const MEMBER_COLUMNS =
  'm.org_id, m.user_id, m.role, m.permissions, m.created_at as joined_at, u.name, u.email, u.avatar_url, m.hourly_rate_cents, m.cost_rate_cents';

export function toMember(row: MemberRow): Member {
  return {
    user_id: row.user_id,
    org_id: row.org_id,
    role: row.role,
    permissions: effectivePermissions(row.role, row.permissions),
    user: toUserSummary({ id: row.user_id, name: row.name, email: row.email, avatar_url: row.avatar_url }),
    joined_at: row.joined_at,
    hourly_rate_cents: row.hourly_rate_cents ?? null,
    cost_rate_cents: row.cost_rate_cents ?? null,
  };
}

/** One membership with its user. */
export async function loadMember(sql: AnySql, orgId: string, userId: string): Promise<MemberRow | undefined> {
  const rows = await sql<MemberRow[]>`
    select ${sql.unsafe(MEMBER_COLUMNS)}
    from members m join users u on u.id = m.user_id
    where m.org_id = ${orgId} and m.user_id = ${userId}`;
  return rows[0];
}

/** Adds the membership (no-op if it exists) and emits `member created`; returns undefined if it existed. */
export async function addMember(
  sql: TxSql,
  emit: Emit,
  m: { orgId: string; userId: string; role: Role; actorId: string },
): Promise<Member | undefined> {
  // clock_timestamp(): joining several organizations in one transaction (registration) keeps their order.
  const inserted = await sql`
    insert into members (org_id, user_id, role, created_at) values (${m.orgId}, ${m.userId}, ${m.role}, clock_timestamp())
    on conflict (org_id, user_id) do nothing
    returning user_id`;
  if (inserted.length === 0) return undefined;
  const row = await loadMember(sql, m.orgId, m.userId);
  const member = toMember(row!);
  emit(memberChanged(m.actorId, 'created', member));
  return member;
}

/**
 * EntityChanged for a membership (entity_id = the member's user_id). The WebSocket layer also uses
 * these to update which users receive an organization's events.
 */
export function memberChanged(actorId: string, action: EntityAction, member: Member, before?: Member): EmittedEvent {
  return entityChanged({
    orgId: member.org_id,
    actorId,
    entityType: 'member',
    action,
    entity: member,
    entityId: member.user_id,
    ...(before ? { before } : {}),
  });
}

export interface InvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: Role;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
}

export function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    org_id: row.org_id,
    email: row.email,
    role: row.role,
    invited_by: row.invited_by,
    created_at: row.created_at,
    expires_at: row.expires_at,
    accepted_at: row.accepted_at,
  };
}

/**
 * Registration joins every organization that has a pending, unexpired invitation for the new
 * user's email (DESIGN: "the invited email joins on register").
 */
export async function joinPendingInvitations(sql: TxSql, emit: Emit, user: { id: string; email: string }): Promise<void> {
  const accepted = await sql<InvitationRow[]>`
    update invitations set accepted_at = now(), accepted_by = ${user.id}
    where lower(email) = ${user.email.toLowerCase()} and accepted_at is null and expires_at > now()
    returning *`;
  for (const inv of accepted.sort((a, b) => a.created_at.localeCompare(b.created_at))) {
    await addMember(sql, emit, { orgId: inv.org_id, userId: user.id, role: inv.role, actorId: user.id });
  }
}
