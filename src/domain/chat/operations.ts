/**
 * chat.*: channels (general, public, private, direct), their members and read marks, messages, reactions and
 * typing indicators. Every read goes through the one visibility rule (./visibility.ts `channelVisible`): a channel
 * exists for a reader who is one of its members and may see its linked project; for anyone else (another
 * organization's channel included) it is NOT_FOUND, and its events never reach them (their audience is the
 * channel's, computed at commit: `chatEventAudiences`). `before` naming a message that is not in the channel is
 * NOT_FOUND, like any other id the reader cannot see.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { ChatChannel } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { AppError, conflict, forbidden, notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Services } from '../../platform/services.js';
import { withTx } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { notifyChatMentions } from '../notifications/notify.js';
import { pageRequest, pagination } from '../pagination.js';
import { memberSeesProject, projectVisible } from '../projects/visibility.js';
import { isEmoji } from './emoji.js';
import { channelColumns, loadMessages, messageColumns, toChannel, toMessage, type ChannelRow, type MessageRow } from './model.js';
import { channelAudiences, channelVisible } from './visibility.js';

/** A visible channel of the caller's organization, or NOT_FOUND; `lock` locks its row for the transaction. */
async function getChannel(sql: AnySql, access: OrgAccess, id: string, lock?: 'share' | 'update'): Promise<ChannelRow> {
  const [row] = await sql<ChannelRow[]>`
    select ${channelColumns(sql)} from chat_channels c
    where c.id = ${id} and ${channelVisible(sql, 'c', access)}
    ${lock === 'update' ? sql`for update` : lock === 'share' ? sql`for share` : sql``}`;
  if (!row) throw notFound('Channel');
  return row;
}

/** The channel's creator, or a holder of `manage_org`. */
function requireManager(access: OrgAccess, channel: ChannelRow): void {
  if (channel.created_by !== access.userId) access.require('manage_org');
}

const nonBlank = (value: string, field: string): string => {
  if (value.trim() === '') throw validationError(`${field} must not be empty or only whitespace`, { field });
  return value;
};

/** Unread messages of `userId` in a channel: by others, after the read mark (a range scan of chat_messages_channel_idx). */
async function unreadCount(sql: AnySql, channelId: string, userId: string): Promise<{ mark: string | null; unread: number }> {
  const [row] = await sql<{ mark: string | null; unread: number }[]>`
    select cm.last_read_message_id as mark, (
      select count(*) from chat_messages um
      where um.channel_id = cm.channel_id and (cm.last_read_message_id is null or um.id > cm.last_read_message_id)
        and um.user_id is distinct from cm.user_id)::int as unread
    from chat_channel_members cm where cm.channel_id = ${channelId} and cm.user_id = ${userId}`;
  return row ?? { mark: null, unread: 0 };
}

/** A message of a channel the caller sees, with its channel, or NOT_FOUND. */
async function getMessage(
  sql: AnySql,
  access: OrgAccess,
  messageId: string,
  channelId?: string,
): Promise<{ message: MessageRow; channel: ChannelRow }> {
  const [row] = await sql<{ channel_id: string }[]>`
    select m.channel_id from chat_messages m where m.id = ${messageId} and m.org_id = ${access.orgId}
    ${channelId ? sql`and m.channel_id = ${channelId}` : sql``}`;
  if (!row) throw notFound('Message');
  const channel = await getChannel(sql, access, row.channel_id).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? notFound('Message') : err;
  });
  const [message] = await sql<MessageRow[]>`
    select ${messageColumns(sql, access.userId)} from chat_messages m left join users u on u.id = m.user_id where m.id = ${messageId}`;
  if (!message) throw notFound('Message');
  return { message, channel };
}

/** Typing throttle: one `UserTyping` per user and channel every 3 s, shared by every instance through Redis when configured. */
const TYPING_WINDOW_MS = 3000;
const localTyping = new Map<string, number>();

async function typingSlot(svc: Services, key: string): Promise<boolean> {
  const redis = svc.redis;
  if (redis && redis.status === 'ready') {
    try {
      return (await redis.set(`${svc.keyPrefix}:typing:${key}`, '1', 'PX', TYPING_WINDOW_MS, 'NX')) === 'OK';
    } catch {
      // Redis unreachable: fall back to this instance's memory (as the rate limiter does).
    }
  }
  const now = Date.now();
  const until = localTyping.get(key);
  if (until !== undefined && until > now) return false;
  if (localTyping.size > 10_000) for (const [k, t] of localTyping) if (t <= now) localTyping.delete(k);
  localTyping.set(key, now + TYPING_WINDOW_MS);
  return true;
}

export const chatOperations = {
  'chat.channels.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const archived = input.archived === true;
    const rows = await sql<(ChannelRow & { unread_count: number; last_id: string | null; total: string })[]>`
      select ${channelColumns(sql)}, lm.id as last_id, (
          select count(*) from chat_messages um
          where um.channel_id = c.id and (me.last_read_message_id is null or um.id > me.last_read_message_id)
            and um.user_id is distinct from me.user_id)::int as unread_count,
        count(*) over () as total
      from chat_channels c
      join chat_channel_members me on me.channel_id = c.id and me.user_id = ${access.userId}
      left join lateral (select lm.id, lm.created_at from chat_messages lm where lm.channel_id = c.id order by lm.id desc limit 1) lm on true
      where ${channelVisible(sql, 'c', access)} and ${archived ? sql`c.archived_at is not null` : sql`c.archived_at is null`}
      order by coalesce(lm.created_at, c.created_at) desc, c.id desc
      limit ${page.perPage} offset ${page.offset}`;
    let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
    if (rows.length === 0 && page.offset > 0) {
      const [n] = await sql<{ n: number }[]>`
        select count(*)::int as n from chat_channels c
        where ${channelVisible(sql, 'c', access)} and ${archived ? sql`c.archived_at is not null` : sql`c.archived_at is null`}`;
      total = n!.n;
    }
    const last = await loadMessages(
      sql,
      rows.flatMap((r) => (r.last_id ? [r.last_id] : [])),
      access.userId,
    );
    const data: ChatChannel[] = rows.map((r) => ({
      ...toChannel(r),
      unread_count: r.unread_count,
      last_message: r.last_id ? (last.get(r.last_id) ?? null) : null,
    }));
    return { data, pagination: pagination(total, page) };
  },

  'chat.channels.create': async ({ svc, access }, input) => {
    const name = nonBlank(input.name, 'name');
    const projectId = input.project_id ?? null;
    const channel = await withTx(svc, async (sql, emit) => {
      if (projectId) {
        const [p] = await sql`select p.id from projects p where p.id = ${projectId} and ${projectVisible(sql, 'p', access)} for share`;
        if (!p) throw notFound('Project');
      }
      const others = [...new Set(input.member_ids ?? [])].filter((u) => u !== access.userId);
      if (others.length > 0) {
        const ok = await sql<{ user_id: string }[]>`
          select m.user_id from members m
          left join projects p on p.id = ${projectId}
          where m.org_id = ${access.orgId} and m.user_id = any(${sql.array(others)}::text[])
            ${projectId ? sql`and ${memberSeesProject(sql, 'm', 'p.id')}` : sql``}`;
        const found = new Set(ok.map((r) => r.user_id));
        const bad = others.filter((u) => !found.has(u));
        if (bad.length > 0)
          throw validationError('member_ids must name members of the organization who may see the channel', { field: 'member_ids', user_ids: bad });
      }
      const id = newId('ch');
      await sql`
        insert into chat_channels ${sql({ id, org_id: access.orgId, kind: input.kind, name, topic: input.topic ?? null, project_id: projectId, created_by: access.userId })}`;
      const members = [access.userId, ...others];
      await sql`
        insert into chat_channel_members (channel_id, org_id, user_id)
        select ${id}, ${access.orgId}, u from unnest(${sql.array(members)}::text[]) as u`;
      const [row] = await sql<ChannelRow[]>`select ${channelColumns(sql)} from chat_channels c where c.id = ${id}`;
      const created = toChannel(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_channel', action: 'created', entity: created }));
      return created;
    });
    return { data: channel };
  },

  'chat.channels.update': async ({ svc, access }, input) => {
    const channel = await withTx(svc, async (sql, emit) => {
      const row = await getChannel(sql, access, input.id, 'update');
      if (row.kind === 'direct') throw conflict('A direct channel cannot be changed');
      requireManager(access, row);
      if (input.name !== undefined && row.kind === 'general') throw conflict('The general channel cannot be renamed');
      const name = input.name !== undefined ? nonBlank(input.name, 'name') : row.name;
      const topic = input.topic !== undefined ? input.topic : row.topic;
      const before = toChannel(row);
      if (name === row.name && topic === row.topic) return before;
      const [updated] = await sql<ChannelRow[]>`
        with u as (update chat_channels set name = ${name}, topic = ${topic}, updated_at = now() where id = ${row.id} returning *)
        select ${channelColumns(sql, 'u')} from u`;
      const after = toChannel(updated!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_channel', action: 'updated', entity: after, before }));
      return after;
    });
    return { data: channel };
  },

  'chat.channels.archive': async ({ svc, access }, input) => {
    const channel = await withTx(svc, async (sql, emit) => {
      const row = await getChannel(sql, access, input.id, 'update');
      if (row.kind === 'general' || row.kind === 'direct') throw conflict(`The ${row.kind} channel cannot be archived`);
      requireManager(access, row);
      const before = toChannel(row);
      if (row.archived_at) return before;
      const [updated] = await sql<ChannelRow[]>`
        with u as (update chat_channels set archived_at = now(), updated_at = now() where id = ${row.id} returning *)
        select ${channelColumns(sql, 'u')} from u`;
      const after = toChannel(updated!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_channel', action: 'updated', entity: after, before }));
      return after;
    });
    return { data: channel };
  },

  'chat.channels.members.add': async ({ svc, access }, input) => {
    const result = await withTx(svc, async (sql, emit) => {
      // A public channel exists for every member of the organization who may see its project (to join it);
      // any other only for its members.
      const [row] = await sql<(ChannelRow & { is_member: boolean })[]>`
        select ${channelColumns(sql)}, exists (select 1 from chat_channel_members x where x.channel_id = c.id and x.user_id = ${access.userId}) as is_member
        from chat_channels c
        where c.id = ${input.channel_id} and c.org_id = ${access.orgId}
          and (${channelVisible(sql, 'c', access)} or (c.kind = 'public' and ${projectVisibleFor(sql, access)}))
        for update of c`;
      if (!row) throw notFound('Channel');
      if (row.kind === 'general' || row.kind === 'direct') throw conflict(`The ${row.kind} channel's membership cannot be changed`);
      if (!row.is_member && input.user_id !== access.userId) throw forbidden('Join the channel before adding others');
      const eligible = await sql<{ user_id: string }[]>`
        select m.user_id from members m left join projects p on p.id = ${row.project_id}
        where m.org_id = ${access.orgId} and m.user_id = ${input.user_id}
          ${row.project_id ? sql`and ${memberSeesProject(sql, 'm', 'p.id')}` : sql``}`;
      if (eligible.length === 0) {
        const [isMember] = await sql`select 1 from members where org_id = ${access.orgId} and user_id = ${input.user_id}`;
        if (!isMember) throw notFound('Member');
        throw validationError("user_id must be able to see the channel's project", { field: 'user_id' });
      }
      const inserted = await sql`
        insert into chat_channel_members (channel_id, org_id, user_id) values (${row.id}, ${access.orgId}, ${input.user_id})
        on conflict do nothing returning user_id`;
      const count = Number(row.member_count) + inserted.length;
      if (inserted.length > 0) {
        const before = toChannel(row);
        emit(
          entityChanged({
            orgId: access.orgId,
            actorId: access.userId,
            entityType: 'chat_channel',
            action: 'updated',
            entity: { ...before, member_count: count },
            before,
          }),
        );
      }
      return { channel_id: row.id, user_id: input.user_id, member: true, member_count: count };
    });
    return { data: result };
  },

  'chat.channels.members.remove': async ({ svc, access }, input) => {
    const result = await withTx(svc, async (sql, emit) => {
      const row = await getChannel(sql, access, input.channel_id, 'update');
      if (row.kind === 'general' || row.kind === 'direct') throw conflict(`The ${row.kind} channel's membership cannot be changed`);
      if (input.user_id !== access.userId) requireManager(access, row);
      const audience = (await channelAudiences(sql, [row.id])).get(row.id) ?? [];
      const removed = await sql`delete from chat_channel_members where channel_id = ${row.id} and user_id = ${input.user_id} returning user_id`;
      const count = Number(row.member_count) - removed.length;
      if (removed.length > 0) {
        const before = toChannel(row);
        const event = entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'chat_channel',
          action: 'updated',
          entity: { ...before, member_count: count },
          before,
        });
        // The members before the change: the one who left sees their own removal, and nothing after it.
        if (event.type === 'EntityChanged') event.audience = audience;
        emit(event);
      }
      return { channel_id: row.id, user_id: input.user_id, member: false, member_count: count };
    });
    return { data: result };
  },

  'chat.dm.open': async ({ svc, access }, input) => {
    if (input.user_id === access.userId) throw validationError('You cannot open a direct channel with yourself', { field: 'user_id' });
    const channel = await withTx(svc, async (sql, emit) => {
      const people = await sql<{ id: string; name: string }[]>`
        select u.id, u.name from members m join users u on u.id = m.user_id
        where m.org_id = ${access.orgId} and m.user_id in (${access.userId}, ${input.user_id}) order by u.id`;
      if (!people.some((p) => p.id === input.user_id)) throw notFound('Member');
      const key = [access.userId, input.user_id].sort().join(':');
      // Race-safe: the unique index on (org_id, direct_key) lets one insert win; the others find its row.
      const inserted = await sql<{ id: string }[]>`
        insert into chat_channels (id, org_id, kind, name, direct_key, created_by)
        values (${newId('ch')}, ${access.orgId}, 'direct', ${people.map((p) => p.name).join(', ')}, ${key}, ${access.userId})
        on conflict (org_id, direct_key) where kind = 'direct' do nothing returning id`;
      const [found] =
        inserted.length > 0
          ? inserted
          : await sql<{ id: string }[]>`
        select id from chat_channels where org_id = ${access.orgId} and kind = 'direct' and direct_key = ${key}`;
      await sql`
        insert into chat_channel_members (channel_id, org_id, user_id)
        select ${found!.id}, ${access.orgId}, u from unnest(${sql.array([access.userId, input.user_id])}::text[]) as u
        on conflict do nothing`;
      const [row] = await sql<ChannelRow[]>`select ${channelColumns(sql)} from chat_channels c where c.id = ${found!.id}`;
      const dm = toChannel(row!);
      if (inserted.length > 0)
        emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_channel', action: 'created', entity: dm }));
      return dm;
    });
    return { data: channel };
  },

  'chat.channels.mark_read': async ({ svc, access }, input) => {
    const sql = svc.db;
    const channel = await getChannel(sql, access, input.channel_id);
    const [message] = await sql`select id from chat_messages where id = ${input.message_id} and channel_id = ${channel.id}`;
    if (!message) throw notFound('Message');
    await sql`
      update chat_channel_members set last_read_message_id = ${input.message_id}
      where channel_id = ${channel.id} and user_id = ${access.userId}
        and (last_read_message_id is null or last_read_message_id < ${input.message_id})`;
    const { mark, unread } = await unreadCount(sql, channel.id, access.userId);
    return { data: { channel_id: channel.id, last_read_message_id: mark, unread_count: unread } };
  },

  'chat.messages.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const limit = input.limit ?? 50;
    const channel = await getChannel(sql, access, input.channel_id);
    if (input.before !== undefined) {
      const [b] = await sql`select 1 from chat_messages where id = ${input.before} and channel_id = ${channel.id}`;
      if (!b) throw notFound('Message');
    }
    // One statement on chat_messages_channel_idx (channel_id, id desc), whatever the channel's size.
    const rows = await sql<MessageRow[]>`
      select ${messageColumns(sql, access.userId)}
      from (
        select * from chat_messages
        where channel_id = ${channel.id} ${input.before !== undefined ? sql`and id < ${input.before}` : sql``}
        order by id desc limit ${limit + 1}
      ) m left join users u on u.id = m.user_id
      order by m.id desc`;
    const hasMore = rows.length > limit;
    const page = rows.slice(0, limit).map(toMessage);
    return { data: page, pagination: { limit, has_more: hasMore, next_before: hasMore ? page[page.length - 1]!.id : null } };
  },

  'chat.messages.send': async ({ svc, access }, input) => {
    const content = nonBlank(input.content, 'content');
    const message = await withTx(svc, async (sql, emit) => {
      const channel = await getChannel(sql, access, input.channel_id, 'share');
      if (channel.archived_at) throw conflict('The channel is archived');
      const replyTo = input.reply_to ?? null;
      if (replyTo) {
        const [r] = await sql`select 1 from chat_messages where id = ${replyTo} and channel_id = ${channel.id}`;
        if (!r) throw validationError('reply_to must be a message of the same channel', { field: 'reply_to' });
      }
      const id = newId('msg');
      await sql`
        insert into chat_messages ${sql({ id, org_id: access.orgId, channel_id: channel.id, user_id: access.userId, content, reply_to_id: replyTo })}`;
      const [row] = await sql<MessageRow[]>`
        select ${messageColumns(sql, null)} from chat_messages m left join users u on u.id = m.user_id where m.id = ${id}`;
      const sent = toMessage(row!);
      emit({ type: 'ChatMessage', org_id: access.orgId, user_id: null, data: { channel_id: channel.id, message: sent } });
      if (content.includes('@')) {
        const audience = (await channelAudiences(sql, [channel.id])).get(channel.id) ?? [];
        await notifyChatMentions(sql, emit, { svc, access }, { id, content, channelName: channel.name }, audience);
      }
      return sent;
    });
    return { data: message };
  },

  'chat.messages.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const { message } = await getMessage(sql, access, input.message_id, input.channel_id);
      if (message.user_id !== access.userId) access.require('manage_org');
      const [row] = await sql<MessageRow[]>`
        select ${messageColumns(sql, null)} from chat_messages m left join users u on u.id = m.user_id where m.id = ${message.id}`;
      await sql`delete from chat_messages where id = ${message.id}`;
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_message', action: 'deleted', entity: toMessage(row!) }));
    });
    return { data: { id: input.message_id, deleted: true as const } };
  },

  'chat.reactions.add': async ({ svc, access }, input) => {
    if (!isEmoji(input.emoji)) throw validationError('emoji must be one emoji or a :shortcode: of at most 32 characters', { field: 'emoji' });
    return { data: await react(svc, access, input.message_id, input.emoji, 'add') };
  },

  'chat.reactions.remove': async ({ svc, access }, input) => {
    if (!isEmoji(input.emoji)) throw validationError('emoji must be one emoji or a :shortcode: of at most 32 characters', { field: 'emoji' });
    return { data: await react(svc, access, input.message_id, input.emoji, 'remove') };
  },

  'chat.typing': async ({ svc, access }, input) => {
    const sql = svc.db;
    const channel = await getChannel(sql, access, input.channel_id);
    if (channel.archived_at) throw conflict('The channel is archived');
    if (!(await typingSlot(svc, `${channel.id}:${access.userId}`))) return { data: { sent: false } };
    const [me] = await sql<{ name: string }[]>`select name from users where id = ${access.userId}`;
    const audience = ((await channelAudiences(sql, [channel.id])).get(channel.id) ?? []).filter((u) => u !== access.userId);
    // Stored nowhere: published as it is (seq 0), to this instance at once and to the others through the bus.
    await svc.bus.publish([
      {
        type: 'UserTyping',
        org_id: access.orgId,
        user_id: null,
        data: { channel_id: channel.id, user_id: access.userId, user_name: me?.name ?? '' },
        audience,
        seq: 0,
      },
    ]);
    return { data: { sent: true } };
  },
} satisfies AreaHandlers<'chat', Contexts>;

/** The caller may see the project of the channel aliased `c` (or it has none). */
function projectVisibleFor(sql: AnySql, access: OrgAccess) {
  return sql`(c.project_id is null or exists (select 1 from projects vp where vp.id = c.project_id and ${projectVisible(sql, 'vp', access)}))`;
}

/** Adds or removes the caller's reaction; pushes the message's reaction summary when that changed something. */
async function react(svc: Services, access: OrgAccess, messageId: string, emoji: string, how: 'add' | 'remove') {
  return withTx(svc, async (sql, emit) => {
    const { message } = await getMessage(sql, access, messageId);
    const changed =
      how === 'add'
        ? await sql`
            insert into chat_reactions (message_id, org_id, user_id, emoji) values (${message.id}, ${access.orgId}, ${access.userId}, ${emoji})
            on conflict do nothing returning 1`
        : await sql`delete from chat_reactions where message_id = ${message.id} and user_id = ${access.userId} and emoji = ${emoji} returning 1`;
    if (changed.length > 0) {
      const shared = (await loadMessages(sql, [message.id], null)).get(message.id)!;
      const before = { ...shared, reactions: (message.reactions ?? []).map(({ reacted_by_me: _mine, ...r }) => r) };
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'chat_message', action: 'updated', entity: shared, before }));
    }
    const mine = (await loadMessages(sql, [message.id], access.userId)).get(message.id)!;
    return { message_id: message.id, changed: changed.length > 0, reactions: mine.reactions };
  });
}
