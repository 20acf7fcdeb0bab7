/** The conformance cases of the chat area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, expectStatus, type Person, type World } from '../world.js';
import { inOrg, type OpCase } from './shared.js';

/** A public channel of the team made by `p` (with the given other members). */
const newChannel = (w: World, p: Person, name: string, memberIds: string[] = []): Promise<any> =>
  created(p, `/chat/channels${inOrg(w)}`, { name, kind: 'public', ...(memberIds.length ? { member_ids: memberIds } : {}) });

const say = (w: World, p: Person, channelId: string, content: string): Promise<any> =>
  created(p, `/chat/channels/${channelId}/messages${inOrg(w)}`, { content });

const react = async (w: World, p: Person, messageId: string, emoji: string): Promise<void> => {
  expectStatus(await p.rest.post(`/chat/messages/${messageId}/reactions${inOrg(w)}`, { emoji }), 200, 'react');
};

/** The general channel of an organization. */
const generalOf = async (w: World, orgId: string): Promise<string> => {
  const [row] = await w.server.svc.db<{ id: string }[]>`select id from chat_channels where org_id = ${orgId} and kind = 'general'`;
  return row!.id;
};

/** The stranger's general channel and a message of theirs in it (another organization's). */
const foreignChat = async (w: World): Promise<{ channelId: string; messageId: string }> => {
  const channelId = await generalOf(w, w.strangerOrgId);
  const message = await created(w.stranger, `/chat/channels/${channelId}/messages`, { content: 'Not yours' });
  return { channelId, messageId: message.id };
};

export const chatCases = {
  'chat.channels.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      'my channels': { org_id: w.orgId },
      'archived ones': { org_id: w.orgId, archived: true },
      'page 2 of 1 per page': { org_id: w.orgId, page: 2, per_page: 1 },
    }),
  },
  'chat.channels.create': {
    sample: (w) => ({ org_id: w.orgId, name: 'sample', kind: 'public' }),
    write: {
      input: ({ w, tag }) => ({ org_id: w.orgId, name: `room-${tag}`, kind: 'private', member_ids: [w.viewer.id], topic: `About ${tag}` }),
      notEchoed: ['member_ids'],
    },
  },
  'chat.channels.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newChannel(w, w.owner, 'sample')).id, topic: 'Sample' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newChannel(w, actor!, `old-${tag}`)).id,
        name: `new-${tag}`,
        topic: `Now ${tag}`,
      }),
    },
    foreign: async (w) => ({ "another organization's channel": { org_id: w.orgId, id: (await foreignChat(w)).channelId, topic: 'Sneaky' } }),
    // The viewer is a member of the owner's channel but neither its creator nor a holder of manage_org.
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newChannel(w, w.owner, 'kept', [w.viewer.id])).id, topic: 'Mine now' }),
  },
  'chat.channels.archive': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newChannel(w, w.owner, 'sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newChannel(w, actor!, `done-${tag}`)).id }) },
    foreign: async (w) => ({ "another organization's channel": { org_id: w.orgId, id: (await foreignChat(w)).channelId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newChannel(w, w.owner, 'kept', [w.viewer.id])).id }),
  },
  'chat.channels.members.add': {
    sample: async (w) => ({ org_id: w.orgId, channel_id: (await newChannel(w, w.owner, 'sample')).id, user_id: w.viewer.id }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, channel_id: (await newChannel(w, actor!, `join-${tag}`)).id, user_id: w.viewer.id }),
    },
    foreign: async (w) => ({
      "another organization's channel": { org_id: w.orgId, channel_id: (await foreignChat(w)).channelId, user_id: w.owner.id },
    }),
  },
  'chat.channels.members.remove': {
    sample: async (w) => ({ org_id: w.orgId, channel_id: (await newChannel(w, w.owner, 'sample', [w.viewer.id])).id, user_id: w.viewer.id }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        channel_id: (await newChannel(w, actor!, `leave-${tag}`, [w.viewer.id])).id,
        user_id: w.viewer.id,
      }),
    },
    foreign: async (w) => ({
      "another organization's channel": { org_id: w.orgId, channel_id: (await foreignChat(w)).channelId, user_id: w.owner.id },
    }),
    // The viewer may leave, not remove the owner from the owner's channel.
    forbidden: async (w) => ({ org_id: w.orgId, channel_id: (await newChannel(w, w.owner, 'kept', [w.viewer.id])).id, user_id: w.owner.id }),
  },
  'chat.dm.open': {
    sample: (w) => ({ org_id: w.orgId, user_id: w.viewer.id }),
    write: {
      input: async ({ w, tag }) => ({ org_id: w.orgId, user_id: (await w.newPerson(`Dee ${tag}`, 'member')).id }),
      // A direct channel is named after both members.
      volatile: ['name'],
    },
  },
  'chat.channels.mark_read': {
    sample: async (w) => {
      const channel = await newChannel(w, w.owner, 'sample');
      return { org_id: w.orgId, channel_id: channel.id, message_id: (await say(w, w.owner, channel.id, 'Sample')).id };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const channel = await newChannel(w, actor!, `read-${tag}`);
        return { org_id: w.orgId, channel_id: channel.id, message_id: (await say(w, actor!, channel.id, `Read ${tag}`)).id };
      },
      silent: true,
    },
    foreign: async (w) => {
      const theirs = await foreignChat(w);
      return { "another organization's channel and message": { org_id: w.orgId, channel_id: theirs.channelId, message_id: theirs.messageId } };
    },
  },
  'chat.messages.list': {
    sample: async (w) => ({ org_id: w.orgId, channel_id: await generalOf(w, w.orgId) }),
    reads: (w, _r, d) => ({
      'the general channel': { org_id: w.orgId, channel_id: d.chatChannelId },
      'the newest two': { org_id: w.orgId, channel_id: d.chatChannelId, limit: 2 },
    }),
    foreign: async (w) => ({ "another organization's channel": { org_id: w.orgId, channel_id: (await foreignChat(w)).channelId } }),
  },
  'chat.messages.send': {
    sample: async (w) => ({ org_id: w.orgId, channel_id: (await newChannel(w, w.owner, 'sample')).id, content: 'Sample' }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, channel_id: (await newChannel(w, actor!, `talk-${tag}`)).id, content: `Hello ${tag}` }),
    },
    foreign: async (w) => ({
      "another organization's channel": { org_id: w.orgId, channel_id: (await foreignChat(w)).channelId, content: 'Sneaky' },
    }),
  },
  'chat.messages.delete': {
    sample: async (w) => {
      const channel = await newChannel(w, w.owner, 'sample');
      return { org_id: w.orgId, channel_id: channel.id, message_id: (await say(w, w.owner, channel.id, 'Sample')).id };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const channel = await newChannel(w, actor!, `oops-${tag}`);
        return { org_id: w.orgId, channel_id: channel.id, message_id: (await say(w, actor!, channel.id, `Regret ${tag}`)).id };
      },
      notEchoed: ['channel_id'],
    },
    foreign: async (w) => {
      const theirs = await foreignChat(w);
      const mine = await newChannel(w, w.owner, 'mine');
      const other = await newChannel(w, w.owner, 'other');
      const onOther = await say(w, w.owner, other.id, 'On another channel');
      return {
        "another organization's channel and message": { org_id: w.orgId, channel_id: theirs.channelId, message_id: theirs.messageId },
        "another organization's message in my channel": { org_id: w.orgId, channel_id: mine.id, message_id: theirs.messageId },
        'a message of another channel': { org_id: w.orgId, channel_id: mine.id, message_id: onOther.id },
      };
    },
    // The viewer may delete their own messages, not the owner's.
    forbidden: async (w) => {
      const channel = await newChannel(w, w.owner, 'kept', [w.viewer.id]);
      return { org_id: w.orgId, channel_id: channel.id, message_id: (await say(w, w.owner, channel.id, 'Kept')).id };
    },
  },
  'chat.reactions.add': {
    sample: async (w) => {
      const channel = await newChannel(w, w.owner, 'sample');
      return { org_id: w.orgId, message_id: (await say(w, w.owner, channel.id, 'Sample')).id, emoji: '👍' };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const channel = await newChannel(w, actor!, `like-${tag}`);
        return { org_id: w.orgId, message_id: (await say(w, actor!, channel.id, `Like ${tag}`)).id, emoji: '🎉' };
      },
    },
    foreign: async (w) => ({ "another organization's message": { org_id: w.orgId, message_id: (await foreignChat(w)).messageId, emoji: '👍' } }),
  },
  'chat.reactions.remove': {
    sample: async (w) => {
      const channel = await newChannel(w, w.owner, 'sample');
      return { org_id: w.orgId, message_id: (await say(w, w.owner, channel.id, 'Sample')).id, emoji: '👍' };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const channel = await newChannel(w, actor!, `unlike-${tag}`);
        const message = await say(w, actor!, channel.id, `Unlike ${tag}`);
        await react(w, actor!, message.id, ':tada:');
        return { org_id: w.orgId, message_id: message.id, emoji: ':tada:' };
      },
    },
    foreign: async (w) => ({ "another organization's message": { org_id: w.orgId, message_id: (await foreignChat(w)).messageId, emoji: '👍' } }),
  },
  'chat.typing': {
    sample: async (w) => ({ org_id: w.orgId, channel_id: (await newChannel(w, w.owner, 'sample')).id }),
    // UserTyping goes to the channel's other members only: the typist's own connection receives nothing.
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, channel_id: (await newChannel(w, actor!, `type-${tag}`)).id }), silent: true },
    foreign: async (w) => ({ "another organization's channel": { org_id: w.orgId, channel_id: (await foreignChat(w)).channelId } }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
