/** GraphQL for members: `Organization.members` and `Member.user`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Member } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { groupByKey, keyArray } from '../graph.js';
import { must } from '../tasks/graph.js';
import { usersByIds } from '../users/graph.js';
import { toMember, type MemberRow } from './model.js';

/** Members of the organizations, in the order they joined; only organizations `callerId` belongs to. */
export async function membersOfOrgs(sql: AnySql, callerId: string, orgIds: readonly string[]): Promise<Member[][]> {
  const rows = await sql<MemberRow[]>`
    select m.org_id, m.user_id, m.role, m.permissions, m.created_at as joined_at, u.name, u.email, u.avatar_url
    from members m join users u on u.id = m.user_id
    where m.org_id = any(${keyArray(sql, orgIds)}::text[])
      and exists (select 1 from members me where me.org_id = m.org_id and me.user_id = ${callerId})
    order by m.created_at, m.user_id`;
  return groupByKey(orgIds, rows.map(toMember), (m) => m.org_id);
}

export const memberResolvers = {
  Organization: {
    // One loader for every organization of the answer (keyed by organization), scoped to the caller's memberships.
    members: (o, _args, ctx) => {
      const callerId = ctx.op.actor?.userId ?? '';
      return ctx.loaders.of('membersOf', `caller:${callerId}`, (sql, _scope, orgIds) => membersOfOrgs(sql, callerId, orgIds)).load(o.id);
    },
  },
  Member: {
    user: (m, _args, ctx) => must(ctx.loaders.of('user', m.org_id, usersByIds).load(m.user_id), `user of member ${m.user_id}`),
  },
} satisfies Pick<Resolvers, 'Organization' | 'Member'>;
