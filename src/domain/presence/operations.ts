/**
 * presence.set (user scope: the status is the user's, the same in every organization they belong to) and
 * presence.list (org scope: the organization's members). Who is connected comes from the socket registry
 * (src/platform/presence.ts, shared by all instances through Redis); `last_seen` from `users.last_seen_at`.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { MemberPresence } from '../../../generated/models.js';
import { rfc3339 } from '../../platform/time.js';
import type { Contexts } from '../context.js';
import { pageRequest, windowPage } from '../pagination.js';
import { announcePresence } from './announce.js';

export const presenceOperations = {
  'presence.set': async ({ svc, actor }, input) => {
    if (!(await svc.presence.setStatus(actor.userId, input.status))) {
      // No socket open anywhere: offline, nothing changes and nobody is told.
      const [row] = await svc.db<{ last_seen_at: string | null }[]>`select last_seen_at from users where id = ${actor.userId}`;
      return { data: { user_id: actor.userId, status: 'offline' as const, last_seen: row?.last_seen_at ?? null } };
    }
    const seen = await announcePresence(svc, [actor.userId], input.status);
    return { data: { user_id: actor.userId, status: input.status, last_seen: seen.get(actor.userId) ?? rfc3339(Date.now()) } };
  },

  'presence.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const rows = await sql<{ id: string; name: string; last_seen_at: string | null; total: number }[]>`
      select u.id, u.name, u.last_seen_at, count(*) over ()::int as total
      from members m join users u on u.id = m.user_id
      where m.org_id = ${access.orgId}
      order by u.name, u.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => (await sql<{ n: number }[]>`select count(*)::int as n from members where org_id = ${access.orgId}`)[0]!.n,
    });
    const statuses = await svc.presence.statuses(result.rows.map((r) => r.id));
    return {
      // `last_seen` is when the presence last changed (announce.ts writes it with every UserPresence).
      data: result.rows.map((r): MemberPresence => ({
        user_id: r.id,
        name: r.name,
        status: statuses.get(r.id) ?? 'offline',
        last_seen: r.last_seen_at,
      })),
      pagination: result.pagination,
    };
  },
} satisfies AreaHandlers<'presence', Contexts>;
