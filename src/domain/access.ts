/**
 * Who may do what, where. Organization selection (DESIGN §3): a PAT acts in its organization;
 * a JWT call acts in `org_id` from the input, else the X-Org-Id header, else the user's default
 * organization. Another organization's data is NOT_FOUND, never FORBIDDEN.
 */
import { AppError, forbidden, notFound, unauthorized } from '../platform/errors.js';
import type { Actor, OpContext } from './context.js';

export const ROLES = ['owner', 'admin', 'manager', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'manage_org',
  'manage_members',
  'manage_projects',
  'manage_tasks',
  'track_time',
  'manage_time',
  'view_rates',
  'manage_clients',
  'manage_invoices',
  'view_reports',
  'view_audit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Each role's default permissions; per-member overrides (members.permissions) add or remove. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  manager: ['manage_projects', 'manage_tasks', 'track_time', 'manage_time', 'view_rates', 'manage_clients', 'manage_invoices', 'view_reports'],
  member: ['manage_tasks', 'track_time'],
  viewer: [],
};

export function effectivePermissions(role: Role, overrides: Record<string, boolean> | null | undefined): Permission[] {
  const set = new Set<Permission>(ROLE_PERMISSIONS[role] ?? []);
  for (const [perm, on] of Object.entries(overrides ?? {})) {
    if (!(PERMISSIONS as readonly string[]).includes(perm)) continue;
    if (on) set.add(perm as Permission);
    else set.delete(perm as Permission);
  }
  return PERMISSIONS.filter((p) => set.has(p));
}

/** The caller's standing in one organization. */
export interface OrgAccess {
  orgId: string;
  userId: string;
  role: Role;
  permissions: readonly Permission[];
  can(p: Permission): boolean;
  /** Throws FORBIDDEN naming the missing permission. */
  require(p: Permission): void;
}

export function requireActor(ctx: OpContext): Actor {
  if (!ctx.actor) throw unauthorized('Authentication required');
  return ctx.actor;
}

export function makeAccess(orgId: string, userId: string, role: Role, overrides: Record<string, boolean> | null | undefined): OrgAccess {
  const permissions = effectivePermissions(role, overrides);
  return {
    orgId,
    userId,
    role,
    permissions,
    can: (p) => permissions.includes(p),
    require(p) {
      if (!permissions.includes(p)) throw forbidden(`This requires the ${p} permission`);
    },
  };
}

type MembershipRow = { org_id: string; role: Role; permissions: Record<string, boolean> };

/**
 * Memberships read by `resolveOrg`, kept per server instance for a moment: every call of every
 * transport starts with this lookup, and most calls repeat the previous one. Any membership or
 * organization change on the bus (which reaches every instance) empties the cache at once; the short
 * lifetime bounds staleness should an event be lost (Redis outage between instances).
 */
const MEMBERSHIP_TTL_MS = 2_000;
const MEMBERSHIP_CACHE_MAX = 10_000;
const membershipCaches = new WeakMap<OpContext['svc'], Map<string, { row: MembershipRow; expires: number }>>();

function membershipCache(svc: OpContext['svc']): Map<string, { row: MembershipRow; expires: number }> {
  let cache = membershipCaches.get(svc);
  if (!cache) {
    const created = new Map<string, { row: MembershipRow; expires: number }>();
    svc.bus.subscribe((e) => {
      // Role and permission changes too, not only joins and leaves: any member or organization event.
      const type = e.type === 'EntityChanged' ? e.data.entity_type : undefined;
      if (type === 'member' || type === 'organization') created.clear();
    });
    membershipCaches.set(svc, created);
    cache = created;
  }
  return cache;
}

async function lookupMembership(svc: OpContext['svc'], userId: string, orgId: string | null | undefined): Promise<MembershipRow | undefined> {
  const cache = membershipCache(svc);
  const key = `${userId}\u0000${orgId ?? ''}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.row;
  const sql = svc.db;
  const rows = orgId
    ? await sql<MembershipRow[]>`
        select org_id, role, permissions from members where org_id = ${orgId} and user_id = ${userId}`
    : await sql<MembershipRow[]>`
        select m.org_id, m.role, m.permissions
        from members m join users u on u.id = m.user_id
        where m.user_id = ${userId}
        order by (m.org_id = u.default_org_id) desc, m.created_at asc
        limit 1`;
  const row = rows[0];
  if (row) {
    if (cache.size >= MEMBERSHIP_CACHE_MAX) cache.clear();
    cache.set(key, { row, expires: now + MEMBERSHIP_TTL_MS });
  }
  return row;
}

/**
 * Resolves the organization a call acts in and the caller's membership there.
 * `requested` is the input's `org_id`, when the operation has one.
 */
export async function resolveOrg(ctx: OpContext, requested?: string | null): Promise<OrgAccess> {
  const actor = requireActor(ctx);
  let orgId: string | null | undefined;
  if (actor.patOrgId) {
    const asked = requested ?? ctx.orgHint;
    if (asked && asked !== actor.patOrgId) throw notFound('Organization');
    orgId = actor.patOrgId;
  } else {
    orgId = requested ?? ctx.orgHint;
  }
  const row = await lookupMembership(ctx.svc, actor.userId, orgId);
  if (!row) {
    if (orgId) throw notFound('Organization');
    throw new AppError('NOT_FOUND', 'You are not a member of any organization; create one first');
  }
  return makeAccess(row.org_id, actor.userId, row.role, row.permissions);
}
