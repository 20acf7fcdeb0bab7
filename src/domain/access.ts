/**
 * Who may do what, where. The permissions, the roles and each role's defaults are declared once in
 * the specs (`Permission`, `Role` and its `x-role-permissions`) and generated into
 * generated/access.ts; this module applies them.
 *
 * Organization selection (DESIGN §3): a PAT acts in its organization; a JWT call acts in the
 * organization its input names (`org_id`, or the `id` of an organization's own operations), else
 * the X-Org-Id header, else the user's default organization. Another organization's data is
 * NOT_FOUND, never FORBIDDEN.
 */
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission, type Role } from '../../generated/access.js';
import { AppError, forbidden, notFound, unauthorized } from '../platform/errors.js';
import type { Actor, OpContext } from './context.js';

export { PERMISSIONS, ROLES, type Permission, type Role };

export function isPermission(name: string): name is Permission {
  return (PERMISSIONS as readonly string[]).includes(name);
}

/** The role's defaults with the member's overrides (`{ permission: boolean }`) applied, in declaration order. */
export function effectivePermissions(role: Role, overrides: Record<string, boolean> | null | undefined): Permission[] {
  const set = new Set<Permission>(ROLE_PERMISSIONS[role] ?? []);
  for (const [perm, on] of Object.entries(overrides ?? {})) {
    if (!isPermission(perm)) continue;
    if (on) set.add(perm);
    else set.delete(perm);
  }
  return PERMISSIONS.filter((p) => set.has(p));
}

/** The caller's standing in one organization. */
export interface OrgAccess {
  orgId: string;
  userId: string;
  role: Role;
  permissions: readonly Permission[];
  /** A plain function (no `this`): passed on as a `Can` on its own. */
  can: (p: Permission) => boolean;
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
 * Resolves the organization a call acts in and the caller's membership there. `requested` is what
 * the input names; `orFallback` lets the X-Org-Id header and the default organization stand in when
 * it names none (an operation on an organization's own id has no fallback).
 */
export async function resolveOrg(ctx: OpContext, requested?: string | null, orFallback = true): Promise<OrgAccess> {
  const actor = requireActor(ctx);
  const fallback = orFallback ? ctx.orgHint : undefined;
  let orgId: string | null | undefined;
  if (actor.patOrgId) {
    const asked = requested ?? fallback;
    if (asked && asked !== actor.patOrgId) throw notFound('Organization');
    orgId = actor.patOrgId;
  } else {
    orgId = requested ?? fallback;
  }
  const row = await lookupMembership(ctx.svc, actor.userId, orgId);
  if (!row) {
    if (orgId) throw notFound('Organization');
    throw new AppError('NOT_FOUND', 'You are not a member of any organization; create one first');
  }
  return makeAccess(row.org_id, actor.userId, row.role, row.permissions);
}
