/**
 * notifications.*: the caller's own notifications (made by notify.ts in the transaction of their cause) and the
 * caller's mail preferences. A notification belongs to one recipient in one organization: every query here
 * filters by the caller's user id and organization, so nobody ever reads or marks anyone else's.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { NotificationPreferences } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import type { Contexts } from '../context.js';
import { pageRequest, pagination } from '../pagination.js';
import { toNotification, type NotificationRow } from './model.js';
import { MAIL_TYPES } from './notify.js';

async function preferencesOf(sql: AnySql, userId: string): Promise<NotificationPreferences> {
  const [row] = await sql<{ email: Record<string, boolean> }[]>`select email from notification_preferences where user_id = ${userId}`;
  const on = (t: (typeof MAIL_TYPES)[number]): boolean => row?.email[t] ?? true;
  return { email: { task_assigned: on('task_assigned'), task_status_changed: on('task_status_changed') } };
}

export const notificationOperations = {
  /** One statement: the page (with its total by a window) beside the unread count, which is there even for an empty page. */
  'notifications.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const mine = sql`n.user_id = ${access.userId} and n.org_id = ${access.orgId}`;
    const filter = input.unread === undefined ? sql`` : input.unread ? sql`and n.read_at is null` : sql`and n.read_at is not null`;
    const rows = await sql<(Omit<NotificationRow, 'id'> & { id: string | null; total: number | null; unread: number })[]>`
      select u.unread, p.*
      from (select count(*)::int as unread from notifications n where ${mine} and n.read_at is null) u
      left join lateral (
        select n.*, a.name as actor_name, count(*) over ()::int as total
        from notifications n left join users a on a.id = n.actor_id
        where ${mine} ${filter}
        order by n.created_at desc, n.id desc
        limit ${page.perPage} offset ${page.offset}
      ) p on true`;
    const found = rows.filter((r): r is typeof r & NotificationRow & { total: number } => r.id !== null);
    let total = found[0]?.total ?? 0;
    if (found.length === 0 && page.offset > 0) {
      const [count] = await sql<{ total: number }[]>`select count(*)::int as total from notifications n where ${mine} ${filter}`;
      total = count!.total;
    }
    return {
      data: found.map((r) => toNotification(r, svc.config.publicUrl)),
      pagination: pagination(total, page),
      unread_count: rows[0]?.unread ?? 0,
    };
  },

  'notifications.mark_read': async ({ svc, access }, input) => {
    const ids = input.ids;
    const changed = await svc.db`
      update notifications set read_at = now()
      where user_id = ${access.userId} and org_id = ${access.orgId} and read_at is null
        ${ids !== undefined ? svc.db`and id = any(${svc.db.array([...ids])}::text[])` : svc.db``}
      returning id`;
    return { data: { updated: changed.length } };
  },

  'notifications.preferences.get': async ({ svc, actor }) => ({ data: await preferencesOf(svc.db, actor.userId) }),

  'notifications.preferences.update': async ({ svc, actor }, input) => {
    const sql = svc.db;
    const change: Record<string, boolean> = {};
    for (const type of MAIL_TYPES) if (input.email[type] !== undefined) change[type] = input.email[type];
    await sql`
      insert into notification_preferences (user_id, email) values (${actor.userId}, ${sql.json(change)})
      on conflict (user_id) do update set email = notification_preferences.email || excluded.email, updated_at = now()`;
    return { data: await preferencesOf(sql, actor.userId) };
  },
} satisfies AreaHandlers<'notifications', Contexts>;
