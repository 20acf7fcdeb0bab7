/** GraphQL for users: the batch query behind every nested field that returns a user. */
import type { User } from '../../../generated/models.js';
import { byKey, keyArray, type Batch } from '../graph.js';
import { toUser, type UserRow } from './model.js';

/**
 * Users the organization knows: its members, and people whose time entries or assignments it keeps
 * (former members). Anyone else is `null`.
 */
export const usersByIds: Batch<User | null> = async (sql, { orgId }, ids) => {
  const rows = await sql<UserRow[]>`
    select u.* from users u
    where u.id = any(${keyArray(sql, ids)}::text[])
      and (exists (select 1 from members m where m.user_id = u.id and m.org_id = ${orgId})
        or exists (select 1 from task_assignees a where a.user_id = u.id and a.org_id = ${orgId})
        or exists (select 1 from time_entries te where te.user_id = u.id and te.org_id = ${orgId}))`;
  return byKey(ids, rows.map(toUser), (u) => u.id, null);
};
