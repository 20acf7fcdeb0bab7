/** GraphQL for chat: the batch queries behind `ChatChannel.members` and `ChatMessage.reply_to_message`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { ChatMessage } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import type { Reader } from '../projects/visibility.js';
import { messageColumns, toMessage, type MessageRow } from './model.js';
import { channelVisible } from './visibility.js';

interface MemberItem {
  user_id: string;
  name: string;
  joined_at: string;
}

/** One page of each channel's members (by name), for channels the reader sees, in one statement. */
const membersOfChannels = (sql: AnySql, reader: Reader, channelIds: readonly string[], req: PageRequest): Promise<Page<MemberItem>[]> =>
  childPages(
    sql,
    channelIds,
    req,
    {
      columns: sql`cm.user_id, u.name, cm.joined_at`,
      from: sql`chat_channel_members cm join chat_channels c on c.id = cm.channel_id join users u on u.id = cm.user_id`,
      key: sql`cm.channel_id`,
      where: (keys) => sql`cm.channel_id = any(${keyArray(sql, keys)}::text[]) and ${channelVisible(sql, 'c', reader)}`,
      order: sql`u.name, cm.user_id`,
    },
    (r: MemberItem) => ({ user_id: r.user_id, name: r.name, joined_at: r.joined_at }),
  );

/** Messages by id, of channels the reader sees (others: null), with the reader's `reacted_by_me`. */
const messagesByIds: Batch<ChatMessage | null> = async (sql, reader, ids) => {
  const rows = await sql<MessageRow[]>`
    select ${messageColumns(sql, reader.userId)}
    from chat_messages m join chat_channels c on c.id = m.channel_id left join users u on u.id = m.user_id
    where m.id = any(${keyArray(sql, ids)}::text[]) and ${channelVisible(sql, 'c', reader)}`;
  return byKey(ids, rows.map(toMessage), (m) => m.id, null);
};

export const chatResolvers = {
  ChatChannel: {
    members: (c, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('chatChannelMembers', c.org_id, (sql, reader, ids) => membersOfChannels(sql, reader, ids, req), { variant: pageVariant(req) })
        .load(c.id);
    },
  },
  ChatMessage: {
    // A reply to a deleted message, or to one the reader may not see, resolves to null (the field is nullable).
    reply_to_message: (m, _args, ctx) => (m.reply_to ? ctx.loaders.of('chatMessage', m.org_id, messagesByIds).load(m.reply_to) : null),
  },
} satisfies Pick<Resolvers, 'ChatChannel' | 'ChatMessage'>;
