/** The chat entities as the API returns them (ChatChannel, ChatMessage), and the SQL that reads them. */
import type { ChatChannel, ChatMessage, ChatReaction } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** A `chat_channels` row with its member count (`select c.*, … as member_count`). */
export interface ChannelRow {
  id: string;
  org_id: string;
  kind: ChatChannel['kind'];
  name: string;
  topic: string | null;
  project_id: string | null;
  direct_key: string | null;
  created_by: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  member_count: number | string;
}

export function toChannel(row: ChannelRow): ChatChannel {
  return {
    id: row.id,
    org_id: row.org_id,
    kind: row.kind,
    name: row.name,
    topic: row.topic,
    project_id: row.project_id,
    created_by: row.created_by,
    member_count: Number(row.member_count),
    archived_at: row.archived_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** `c.*` of a channel plus its member count. */
export const channelColumns = (sql: AnySql, alias = 'c'): Fragment =>
  sql`${sql(alias)}.*, (select count(*) from chat_channel_members mc where mc.channel_id = ${sql(alias)}.id)::int as member_count`;

/** A message row as `messageColumns` selects it. */
export interface MessageRow {
  id: string;
  org_id: string;
  channel_id: string;
  content: string;
  user_id: string | null;
  user_name: string | null;
  reply_to: string | null;
  reactions: ChatReaction[] | null;
  created_at: string;
  updated_at: string;
}

export function toMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    org_id: row.org_id,
    channel_id: row.channel_id,
    content: row.content,
    user_id: row.user_id,
    user_name: row.user_name,
    reply_to: row.reply_to,
    reactions: row.reactions ?? [],
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/**
 * The reaction summary of the message aliased `alias`: one entry per emoji in the order first used, with the
 * first 20 users; `reacted_by_me` only for a reader (`me`), never for events (their payload is shared).
 */
export function reactionSummary(sql: AnySql, alias: string, me: string | null): Fragment {
  return sql`coalesce((
    select json_agg(json_build_object('emoji', r.emoji, 'count', r.n, 'user_ids', to_json(r.user_ids)
      ${me === null ? sql`` : sql`, 'reacted_by_me', r.mine`}) order by r.first, r.emoji)
    from (
      select cr.emoji, count(*)::int as n, (array_agg(cr.user_id order by cr.created_at, cr.user_id))[1:20] as user_ids,
        ${me === null ? sql`false` : sql`bool_or(cr.user_id = ${me})`} as mine, min(cr.created_at) as first
      from chat_reactions cr where cr.message_id = ${sql(alias)}.id group by cr.emoji
    ) r), '[]'::json)`;
}

/** What to select of a message aliased `m` (with `users u` left-joined on its author) for `toMessage`. */
export function messageColumns(sql: AnySql, me: string | null): Fragment {
  return sql`m.id, m.org_id, m.channel_id, m.content, m.user_id, u.name as user_name, m.reply_to_id as reply_to,
    m.created_at, m.updated_at, ${reactionSummary(sql, 'm', me)} as reactions`;
}

/** Messages by id (any order of `ids`; unknown ones are absent), with their reactions for `me` (null: for events). */
export async function loadMessages(sql: AnySql, ids: readonly string[], me: string | null): Promise<Map<string, ChatMessage>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<MessageRow[]>`
    select ${messageColumns(sql, me)} from chat_messages m left join users u on u.id = m.user_id
    where m.id = any(${sql.array([...ids])}::text[])`;
  return new Map(rows.map((r) => [r.id, toMessage(r)]));
}
