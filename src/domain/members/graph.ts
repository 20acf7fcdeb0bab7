/** GraphQL for members: `Organization.members` and `Member.user`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Member } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { childPages, keyArray, nestedPage, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { must } from '../tasks/graph.js';
import { usersByIds } from '../users/graph.js';
import { ROLE_PERMISSIONS, ROLES, type Permission } from '../../../generated/access.js';
import { toMember } from './model.js';

/** Whether `callerId` holds `perm` in the organization of the member row `m` (role default, then override). */
function callerCan(sql: AnySql, callerId: string, perm: Permission) {
  const roles = ROLES.filter((r) => (ROLE_PERMISSIONS[r] as readonly Permission[]).includes(perm));
  return sql`exists (select 1 from members me where me.org_id = m.org_id and me.user_id = ${callerId}
    and coalesce((me.permissions ->> ${perm})::boolean, me.role = any(${sql.array(roles)}::text[])))`;
}

/** One page of each organization's members, in the order they joined; only organizations `callerId` belongs to. */
export async function membersOfOrgs(sql: AnySql, callerId: string, orgIds: readonly string[], req: PageRequest): Promise<Page<Member>[]> {
  const mine = (keys: readonly string[]) => sql`m.org_id = any(${keyArray(sql, keys)}::text[])
      and exists (select 1 from members me where me.org_id = m.org_id and me.user_id = ${callerId})`;
  return childPages(
    sql,
    orgIds,
    req,
    {
      // Rates only where the caller holds view_rates (their role's default, or their override): one statement for
      // every organization, so the shaping is done here rather than per organization by the loader.
      columns: sql`m.org_id, m.user_id, m.role, m.permissions, m.created_at as joined_at, u.name, u.email, u.avatar_url,
        case when ${callerCan(sql, callerId, 'view_rates')} then m.hourly_rate_cents end as hourly_rate_cents,
        case when ${callerCan(sql, callerId, 'view_rates')} then m.cost_rate_cents end as cost_rate_cents`,
      from: sql`members m join users u on u.id = m.user_id`,
      key: sql`m.org_id`,
      where: mine,
      order: sql`m.created_at, m.user_id`,
    },
    toMember,
  );
}

export const memberResolvers = {
  Organization: {
    // One loader for every organization of the answer (keyed by organization), scoped to the caller's memberships.
    members: (o, args, ctx) => {
      const callerId = ctx.op.actor?.userId ?? '';
      const req = nestedPage(args);
      return ctx.loaders
        .of('membersOf', `caller:${callerId}`, (sql, _scope, orgIds) => membersOfOrgs(sql, callerId, orgIds, req), {
          variant: pageVariant(req),
          unscoped: true,
        })
        .load(o.id);
    },
  },
  Member: {
    user: (m, _args, ctx) => must(ctx.loaders.of('user', m.org_id, usersByIds).load(m.user_id), `user of member ${m.user_id}`),
  },
} satisfies Pick<Resolvers, 'Organization' | 'Member'>;
