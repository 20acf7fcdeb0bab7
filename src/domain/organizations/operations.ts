/**
 * The organizations the caller belongs to. User-scoped: the organization is the operation's `id`,
 * not the X-Org-Id selection. A PAT caller only ever sees its own organization.
 */
import type { OperationHandlers } from '../../../generated/operations.js';
import { pgCode } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { makeAccess, requireActor, type Role } from '../access.js';
import type { Actor, OpContext } from '../context.js';
import { entityChanged } from '../events.js';
import { loadMember, memberChanged, toMember } from '../members/model.js';
import { checkTimezone, createOrganization, findMembership, orgEntity, slugTaken, toOrganization, type OrgRow } from './model.js';

/** The organization with the caller's membership; NOT_FOUND for non-members and outside a PAT's organization. */
async function visibleOrg(ctx: OpContext, actor: Actor, orgId: string) {
  if (actor.patOrgId && actor.patOrgId !== orgId) throw notFound('Organization');
  const org = await findMembership(ctx.svc.db, orgId, actor.userId);
  if (!org) throw notFound('Organization');
  return org;
}

export const organizationOperations = {
  async 'organizations.list'(ctx) {
    const actor = requireActor(ctx);
    const rows = await ctx.svc.db<(OrgRow & { role: Role })[]>`
      select o.*, m.role
      from members m join organizations o on o.id = m.org_id
      where m.user_id = ${actor.userId}
        ${actor.patOrgId ? ctx.svc.db`and o.id = ${actor.patOrgId}` : ctx.svc.db``}
      order by m.created_at, o.id`;
    return { data: rows.map((r) => toOrganization(r, r.role)) };
  },

  async 'organizations.get'(ctx, input) {
    const org = await visibleOrg(ctx, requireActor(ctx), input.id);
    return { data: toOrganization(org, org.role) };
  },

  async 'organizations.create'(ctx, input) {
    const actor = requireActor(ctx);
    if (actor.patOrgId) throw forbidden('A personal access token is bound to its organization and cannot create organizations');
    const timezone = input.timezone === undefined ? undefined : checkTimezone(input.timezone);
    const org = await withTx(ctx.svc, async (sql, emit) => {
      const row = await createOrganization(sql, { ...input, timezone, createdBy: actor.userId });
      // A user left without a default organization (it was deleted) gets this one.
      await sql`update users set default_org_id = ${row.id} where id = ${actor.userId} and default_org_id is null`;
      emit(entityChanged({ orgId: row.id, actorId: actor.userId, entityType: 'organization', action: 'created', entity: orgEntity(row) }));
      const owner = await loadMember(sql, row.id, actor.userId);
      emit(memberChanged(actor.userId, 'created', toMember(owner!)));
      return row;
    });
    return { data: toOrganization(org, 'owner') };
  },

  async 'organizations.update'(ctx, input) {
    const actor = requireActor(ctx);
    const current = await visibleOrg(ctx, actor, input.id);
    makeAccess(current.id, actor.userId, current.role, current.permissions).require('manage_org');
    const timezone = input.timezone === undefined ? undefined : checkTimezone(input.timezone);
    const { name, slug, currency } = input;
    if ([name, slug, timezone, currency].every((v) => v === undefined)) return { data: toOrganization(current, current.role) };
    const org = await withTx(ctx.svc, async (sql, emit) => {
      const [before] = await sql<OrgRow[]>`select * from organizations where id = ${input.id} for update`;
      if (!before) throw notFound('Organization');
      let after: OrgRow | undefined;
      try {
        [after] = await sql<OrgRow[]>`
          update organizations set
            name = ${name ?? before.name},
            slug = ${slug ?? before.slug},
            timezone = ${timezone ?? before.timezone},
            currency = ${currency ?? before.currency},
            updated_at = now()
          where id = ${input.id}
          returning *`;
      } catch (err) {
        if (pgCode(err) === '23505') throw slugTaken(slug ?? before.slug);
        throw err;
      }
      emit(
        entityChanged({
          orgId: before.id,
          actorId: actor.userId,
          entityType: 'organization',
          action: 'updated',
          entity: orgEntity(after!),
          before: orgEntity(before),
        }),
      );
      return after!;
    });
    return { data: toOrganization(org, current.role) };
  },

  async 'organizations.delete'(ctx, input) {
    const actor = requireActor(ctx);
    const current = await visibleOrg(ctx, actor, input.id);
    if (current.role !== 'owner') throw forbidden('Only an owner can delete the organization');
    await withTx(ctx.svc, async (sql, emit) => {
      const [row] = await sql<OrgRow[]>`delete from organizations where id = ${input.id} returning *`;
      if (!row) throw notFound('Organization');
      // Everything in it goes with it (foreign keys cascade); users whose default it was keep null.
      emit(entityChanged({ orgId: row.id, actorId: actor.userId, entityType: 'organization', action: 'deleted', entity: orgEntity(row) }));
    });
    return { data: { id: input.id, deleted: true } };
  },
} satisfies Pick<
  OperationHandlers<OpContext>,
  'organizations.list' | 'organizations.get' | 'organizations.create' | 'organizations.update' | 'organizations.delete'
>;
