/** GraphQL for members: `Organization.members` and `Member.user`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Member } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { keyArray, nestedPage, pageBounds, pagesByKey, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { must } from '../tasks/graph.js';
import { usersByIds } from '../users/graph.js';
import { toMember, type MemberRow } from './model.js';

/** One page of each organization's members, in the order they joined; only organizations `callerId` belongs to. */
export async function membersOfOrgs(sql: AnySql, callerId: string, orgIds: readonly string[], req: PageRequest): Promise<Page<Member>[]> {
  const mine = (keys: readonly string[]) => sql`m.org_id = any(${keyArray(sql, keys)}::text[])
      and exists (select 1 from members me where me.org_id = m.org_id and me.user_id = ${callerId})`;
  const { from, to } = pageBounds(req);
  const rows = await sql<(MemberRow & { total: string })[]>`
    select * from (
      select m.org_id, m.user_id, m.role, m.permissions, m.created_at as joined_at, u.name, u.email, u.avatar_url,
        count(*) over (partition by m.org_id) as total,
        row_number() over (partition by m.org_id order by m.created_at, m.user_id) as rn
      from members m join users u on u.id = m.user_id
      where ${mine(orgIds)}
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.org_id, x.rn`;
  return pagesByKey(
    orgIds,
    rows,
    (r) => r.org_id,
    toMember,
    req,
    (keys) => sql<{ key: string; n: string }[]>`select m.org_id as key, count(*) as n from members m where ${mine(keys)} group by m.org_id`,
  );
}

export const memberResolvers = {
  Organization: {
    // One loader for every organization of the answer (keyed by organization), scoped to the caller's memberships.
    members: (o, args, ctx) => {
      const callerId = ctx.op.actor?.userId ?? '';
      const req = nestedPage(args);
      return ctx.loaders
        .of('membersOf', `caller:${callerId}`, (sql, _scope, orgIds) => membersOfOrgs(sql, callerId, orgIds, req), { variant: pageVariant(req) })
        .load(o.id);
    },
  },
  Member: {
    user: (m, _args, ctx) => must(ctx.loaders.of('user', m.org_id, usersByIds).load(m.user_id), `user of member ${m.user_id}`),
  },
} satisfies Pick<Resolvers, 'Organization' | 'Member'>;
