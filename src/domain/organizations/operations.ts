/**
 * The organizations the caller belongs to. `get`, `update` and `delete` act on the organization
 * their `id` names (`x-org-param: id`): execute() resolves the caller's membership there, so a
 * non-member, or a PAT of another organization, gets NOT_FOUND before anything here runs.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { AnySql } from '../../platform/db.js';
import { pgCode } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import type { Role } from '../access.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { loadMember, memberChanged, toMember } from '../members/model.js';
import { checkTimezone, createOrganization, orgEntity, slugTaken, toOrganization, type OrgRow } from './model.js';

async function orgRow(sql: AnySql, id: string, lock = false): Promise<OrgRow> {
  const [row] = lock
    ? await sql<OrgRow[]>`select * from organizations where id = ${id} for update`
    : await sql<OrgRow[]>`select * from organizations where id = ${id}`;
  if (!row) throw notFound('Organization');
  return row;
}

export const organizationOperations = {
  async 'organizations.list'(ctx) {
    const { actor } = ctx;
    const rows = await ctx.svc.db<(OrgRow & { role: Role })[]>`
      select o.*, m.role
      from members m join organizations o on o.id = m.org_id
      where m.user_id = ${actor.userId}
        ${actor.patOrgId ? ctx.svc.db`and o.id = ${actor.patOrgId}` : ctx.svc.db``}
      order by m.created_at, o.id`;
    return { data: rows.map((r) => toOrganization(r, r.role)) };
  },

  async 'organizations.get'({ svc, access }) {
    return { data: toOrganization(await orgRow(svc.db, access.orgId), access.role) };
  },

  async 'organizations.create'(ctx, input) {
    const { actor } = ctx;
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

  async 'organizations.update'({ svc, access }, input) {
    const timezone = input.timezone === undefined ? undefined : checkTimezone(input.timezone);
    const { name, slug, currency } = input;
    if ([name, slug, timezone, currency].every((v) => v === undefined))
      return { data: toOrganization(await orgRow(svc.db, access.orgId), access.role) };
    const org = await withTx(svc, async (sql, emit) => {
      const before = await orgRow(sql, access.orgId, true);
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
          actorId: access.userId,
          entityType: 'organization',
          action: 'updated',
          entity: orgEntity(after!),
          before: orgEntity(before),
        }),
      );
      return after!;
    });
    return { data: toOrganization(org, access.role) };
  },

  async 'organizations.delete'({ svc, access }, input) {
    // A role rule, not a permission: even an admin with every permission may not delete the organization.
    if (access.role !== 'owner') throw forbidden('Only an owner can delete the organization');
    await withTx(svc, async (sql, emit) => {
      const [row] = await sql<OrgRow[]>`delete from organizations where id = ${input.id} returning *`;
      if (!row) throw notFound('Organization');
      // Everything in it goes with it (foreign keys cascade); users whose default it was keep null.
      emit(entityChanged({ orgId: row.id, actorId: access.userId, entityType: 'organization', action: 'deleted', entity: orgEntity(row) }));
    });
    return { data: { id: input.id, deleted: true } };
  },
} satisfies AreaHandlers<'organizations', Contexts>;
