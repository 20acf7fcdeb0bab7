/**
 * chat.* over REST, WebSocket, GraphQL (queries, mutations, subscriptions) and MCP: channels and their visibility,
 * ChatMessage delivered exactly once to each socket of each member, unread counts and read marks, keyset
 * pagination, reactions, typing throttle, mentions, and bad input that changes nothing.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinOrg, mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { registerUser } from '../support/http.js';
import { gql, subscribeGql, type GqlSubscription } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let ownerWs2: WsClient;
let memberWs: WsClient;
let viewerWs: WsClient;
let strangerWs: WsClient;
let mcp: Client;

beforeAll(async () => {
  team = await startTeam();
  [ownerWs, ownerWs2, memberWs, viewerWs, strangerWs] = await Promise.all([
    connectWs(team.server, team.owner.token),
    connectWs(team.server, team.owner.token),
    connectWs(team.server, team.member.token),
    connectWs(team.server, team.viewer.token),
    connectWs(team.server, team.stranger.token),
  ]);
  mcp = await connectMcp(team.server, team.member.token);
});
afterAll(async () => {
  await mcp?.close();
  await Promise.all([ownerWs, ownerWs2, memberWs, viewerWs, strangerWs].map((s) => s?.close()));
  await team?.server.close();
});

const db = () => team.server.svc.db;

async function channel(p: Person, body: Record<string, unknown>): Promise<any> {
  const res = await p.rest.post('/chat/channels', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function send(p: Person, channelId: string, content: string, extra: Record<string, unknown> = {}): Promise<any> {
  const res = await p.rest.post(`/chat/channels/${channelId}/messages`, { content, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

const chatOf = (ws: WsClient, messageId: string): WsEvent[] =>
  ws.messages.filter((m) => m?.event === 'ChatMessage' && m.data?.message?.id === messageId);

const messageCount = async (): Promise<number> => Number((await db()<{ n: string }[]>`select count(*) as n from chat_messages`)[0]!.n);

describe('channels', () => {
  it('the general channel holds every member; it cannot be renamed or archived', async () => {
    const list = await team.member.rest.get('/chat/channels');
    expect(list.status).toBe(200);
    const gen = list.body.data.find((c: any) => c.kind === 'general');
    expect(gen).toMatchObject({ name: 'general', member_count: 4, unread_count: 0, last_message: null, archived_at: null });
    expect((await team.owner.rest.patch(`/chat/channels/${gen.id}`, { name: 'random' })).body.error.code).toBe('CONFLICT');
    expect((await team.owner.rest.post(`/chat/channels/${gen.id}/archive`)).body.error.code).toBe('CONFLICT');
    expect((await team.member.rest.post(`/chat/channels/${gen.id}/members`, { user_id: team.member.id })).body.error.code).toBe('CONFLICT');
    // A topic may change (the owner holds manage_org); a member who did not create it may not.
    expect((await team.owner.rest.patch(`/chat/channels/${gen.id}`, { topic: 'Everyone' })).body.data.topic).toBe('Everyone');
    expect((await team.member.rest.patch(`/chat/channels/${gen.id}`, { topic: 'Mine' })).body.error.code).toBe('FORBIDDEN');
  });

  it('a private channel exists only for its members: NOT_FOUND and no events for others, strangers included', async () => {
    const secret = await channel(team.owner, { name: 'secret', kind: 'private', member_ids: [team.member.id] });
    expect(secret).toMatchObject({ kind: 'private', member_count: 2, created_by: team.owner.id });
    const msg = await send(team.owner, secret.id, 'psst');
    await memberWs.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === msg.id);
    for (const p of [team.viewer, team.manager]) {
      expect((await p.rest.get(`/chat/channels/${secret.id}/messages`)).status).toBe(404);
      expect((await p.rest.post(`/chat/channels/${secret.id}/messages`, { content: 'hi' })).status).toBe(404);
      expect((await p.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji: '👍' })).status).toBe(404);
      expect((await p.rest.post(`/chat/channels/${secret.id}/members`, { user_id: p.id })).status).toBe(404);
      expect((await p.rest.get('/chat/channels')).body.data.map((c: any) => c.id)).not.toContain(secret.id);
    }
    const stranger = await team.stranger.rest.get(`/chat/channels/${secret.id}/messages?org_id=${team.stranger.user.orgId}`);
    expect(stranger.status).toBe(404);
    const viaWs = await viewerWs.request('chat.messages.list', { org_id: team.orgId, channel_id: secret.id });
    expect(viaWs).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } });
    expect(chatOf(viewerWs, msg.id)).toEqual([]);
    expect(chatOf(strangerWs, msg.id)).toEqual([]);
    expect(viewerWs.messages.some((m) => m?.event === 'EntityChanged' && m.data.entity_id === secret.id)).toBe(false);
  });

  it('a channel linked to a members-only project is hidden with its project', async () => {
    const project = (await team.owner.rest.post('/projects', { name: 'Skunkworks', visibility: 'members' })).body.data;
    expect((await team.owner.rest.post(`/projects/${project.id}/members`, { user_id: team.member.id })).status).toBe(201);
    // The viewer may not see the project: they cannot be made a member.
    const refused = await team.owner.rest.post('/chat/channels', {
      name: 'skunk',
      kind: 'public',
      project_id: project.id,
      member_ids: [team.viewer.id],
    });
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'member_ids' } });
    expect((await team.viewer.rest.post('/chat/channels', { name: 'peek', kind: 'public', project_id: project.id })).status).toBe(404);
    const linked = await channel(team.owner, { name: 'skunk', kind: 'public', project_id: project.id, member_ids: [team.member.id] });
    expect((await team.viewer.rest.post(`/chat/channels/${linked.id}/members`, { user_id: team.viewer.id })).status).toBe(404);
    const msg = await send(team.member, linked.id, 'secret plans');
    await ownerWs.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === msg.id);
    expect(chatOf(viewerWs, msg.id)).toEqual([]);
    // Removed from the project: the channel is gone for the member at once, events included.
    expect((await team.owner.rest.delete(`/projects/${project.id}/members/${team.member.id}`)).status).toBe(200);
    expect((await team.member.rest.get(`/chat/channels/${linked.id}/messages`)).status).toBe(404);
    const after = await send(team.owner, linked.id, 'without you');
    await ownerWs.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === after.id);
    expect(await memberWs.noEvent((e) => e.event === 'ChatMessage' && e.data.message.id === after.id, 200)).toBe(true);
  });

  it('public channels: anyone joins, members add others, leaving stops events at once; archive refuses sends', async () => {
    const pub = await channel(team.owner, { name: 'random', kind: 'public', topic: 'Anything' });
    // The member is not in it yet: joining themselves is allowed, adding others is not.
    expect((await team.member.rest.post(`/chat/channels/${pub.id}/members`, { user_id: team.viewer.id })).status).toBe(403);
    const joined = await memberWs.request('chat.channels.members.add', { org_id: team.orgId, channel_id: pub.id, user_id: team.member.id });
    expect(joined).toMatchObject({ status: 'ok', data: { channel_id: pub.id, user_id: team.member.id, member: true, member_count: 2 } });
    const again = await team.member.rest.post(`/chat/channels/${pub.id}/members`, { user_id: team.member.id });
    expect(again.body.data.member_count).toBe(2);
    // Someone outside the organization: NOT_FOUND.
    expect((await team.member.rest.post(`/chat/channels/${pub.id}/members`, { user_id: team.stranger.id })).status).toBe(404);

    const left = await mcpCall(mcp, 'chat_channels_members_remove', { org_id: team.orgId, channel_id: pub.id, user_id: team.member.id });
    expect(left).toMatchObject({ isError: false, body: { data: { member: false, member_count: 1 } } });
    const msg = await send(team.owner, pub.id, 'anyone there?');
    await ownerWs.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === msg.id);
    expect(await memberWs.noEvent((e) => e.event === 'ChatMessage' && e.data.message.id === msg.id, 200)).toBe(true);
    // Only the creator or manage_org removes others.
    await team.member.rest.post(`/chat/channels/${pub.id}/members`, { user_id: team.member.id });
    expect((await team.member.rest.delete(`/chat/channels/${pub.id}/members/${team.owner.id}`)).status).toBe(403);

    const archived = await gql(
      team.server,
      team.owner.token,
      'mutation($i: ArchiveChatChannelInput!) { archiveChatChannel(input: $i) { id archived_at } }',
      {
        i: { id: pub.id, org_id: team.orgId },
      },
    );
    expect(archived.body.data.archiveChatChannel.archived_at).toMatch(/Z$/);
    expect((await team.owner.rest.post(`/chat/channels/${pub.id}/messages`, { content: 'late' })).body.error.code).toBe('CONFLICT');
    expect((await team.owner.rest.get('/chat/channels')).body.data.map((c: any) => c.id)).not.toContain(pub.id);
    expect((await team.owner.rest.get('/chat/channels?archived=true')).body.data.map((c: any) => c.id)).toEqual([pub.id]);
  });

  it('chat.dm.open: one direct channel per pair, the same under concurrent calls; not with yourself', async () => {
    const opened = await Promise.all([
      team.owner.rest.post('/chat/dm', { user_id: team.viewer.id }),
      team.owner.rest.post('/chat/dm', { user_id: team.viewer.id }),
      team.viewer.rest.post('/chat/dm', { user_id: team.owner.id }),
      ownerWs.request('chat.dm.open', { user_id: team.viewer.id }),
    ]);
    const ids = new Set(opened.map((r: any) => (r.body ?? r).data.id));
    expect(ids.size).toBe(1);
    expect(opened[0].body.data).toMatchObject({ kind: 'direct', member_count: 2 });
    const self = await team.owner.rest.post('/chat/dm', { user_id: team.owner.id });
    expect(self.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'user_id' } });
    expect((await team.owner.rest.post('/chat/dm', { user_id: team.stranger.id })).status).toBe(404);
    const dm = [...ids][0]!;
    expect((await team.owner.rest.post(`/chat/channels/${dm}/members`, { user_id: team.member.id })).body.error.code).toBe('CONFLICT');
    expect((await team.member.rest.get(`/chat/channels/${dm}/messages`)).status).toBe(404);
  });
});

describe('messages', () => {
  it('ChatMessage reaches each socket of each member exactly once (WS and graphql-ws), nobody else', async () => {
    const room = await channel(team.owner, { name: 'fanout', kind: 'private', member_ids: [team.member.id] });
    const subOwner: GqlSubscription = await subscribeGql(
      team.server,
      team.owner.token,
      'subscription { chatMessage { channel_id message { id content user_name } } }',
    );
    const subViewer: GqlSubscription = await subscribeGql(
      team.server,
      team.viewer.token,
      'subscription { chatMessage { channel_id message { id } } }',
    );
    try {
      const sent = await ownerWs.request('chat.messages.send', { channel_id: room.id, content: 'Hello team!' });
      expect(sent.status).toBe('ok');
      const id = sent.data.id;
      expect(sent.data).toMatchObject({
        channel_id: room.id,
        content: 'Hello team!',
        user_id: team.owner.id,
        user_name: 'Olivia Owner',
        reply_to: null,
        reactions: [],
      });
      await Promise.all([ownerWs, ownerWs2, memberWs].map((ws) => ws.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === id)));
      const result = await subOwner.next();
      expect(result.data.chatMessage).toEqual({ channel_id: room.id, message: { id, content: 'Hello team!', user_name: 'Olivia Owner' } });
      await new Promise((r) => setTimeout(r, 250));
      for (const ws of [ownerWs, ownerWs2, memberWs]) expect(chatOf(ws, id)).toHaveLength(1);
      expect(chatOf(ownerWs, id)[0]!.data).toEqual({ channel_id: room.id, message: sent.data });
      expect(chatOf(viewerWs, id)).toHaveLength(0);
      expect(subOwner.results).toHaveLength(1);
      expect(await subViewer.nothing(100)).toBe(true);
    } finally {
      await subOwner.close();
      await subViewer.close();
    }
  });

  it('unread counts follow the read mark, which never moves backwards', async () => {
    const room = await channel(team.owner, { name: 'unread', kind: 'public', member_ids: [team.member.id] });
    const a = await send(team.owner, room.id, 'one');
    const b = await send(team.owner, room.id, 'two');
    await send(team.member, room.id, 'mine do not count');
    const c = await send(team.owner, room.id, 'three');
    const find = async () => (await team.member.rest.get('/chat/channels')).body.data.find((x: any) => x.id === room.id);
    const before = await find();
    expect(before).toMatchObject({ unread_count: 3, last_message: { id: c.id, content: 'three' } });
    // Most recent activity first.
    expect((await team.member.rest.get('/chat/channels')).body.data[0].id).toBe(room.id);
    const marked = await team.member.rest.post(`/chat/channels/${room.id}/read`, { message_id: b.id });
    expect(marked.body.data).toEqual({ channel_id: room.id, last_read_message_id: b.id, unread_count: 1 });
    const back = await memberWs.request('chat.channels.mark_read', { org_id: team.orgId, channel_id: room.id, message_id: a.id });
    expect(back.data).toEqual({ channel_id: room.id, last_read_message_id: b.id, unread_count: 1 });
    const other = await channel(team.owner, { name: 'elsewhere', kind: 'public' });
    const foreign = await send(team.owner, other.id, 'not here');
    expect((await team.member.rest.post(`/chat/channels/${room.id}/read`, { message_id: foreign.id })).status).toBe(404);
    expect((await find()).unread_count).toBe(1);
  });

  it('keyset pagination over 120 messages: newest first, no gaps or repeats, one page at a time', async () => {
    const room = await channel(team.owner, { name: 'busy', kind: 'public', member_ids: [team.member.id] });
    for (let i = 0; i < 120; i += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, j) => send(team.owner, room.id, `m${i + j}`)));
    }
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    for (;;) {
      const q: string = before ? `&before=${before}` : '';
      const res = await team.member.rest.get(`/chat/channels/${room.id}/messages?limit=50${q}`);
      expect(res.status).toBe(200);
      pages++;
      seen.push(...res.body.data.map((m: any) => m.id));
      expect(res.body.pagination.limit).toBe(50);
      if (!res.body.pagination.has_more) {
        expect(res.body.pagination.next_before).toBeNull();
        break;
      }
      before = res.body.pagination.next_before;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort().reverse()).toEqual(seen);
    // GraphQL: the same first page; an unknown `before` is NOT_FOUND.
    const g = await gql(
      team.server,
      team.member.token,
      'query($c: ID!, $o: ID) { chatMessages(channelId: $c, orgId: $o, limit: 3) { data { id } pagination { limit has_more next_before } } }',
      { c: room.id, o: team.orgId },
    );
    expect(g.body.data.chatMessages).toEqual({
      data: seen.slice(0, 3).map((id) => ({ id })),
      pagination: { limit: 3, has_more: true, next_before: seen[2] },
    });
    const other = await channel(team.owner, { name: 'quiet', kind: 'public' });
    const elsewhere = await send(team.owner, other.id, 'x');
    expect((await team.member.rest.get(`/chat/channels/${room.id}/messages?before=${elsewhere.id}`)).status).toBe(404);
    expect((await team.member.rest.get(`/chat/channels/${room.id}/messages?limit=101`)).status).toBe(400);
  });

  it('replies stay in their channel; GraphQL resolves reply_to_message and members', async () => {
    const room = await channel(team.owner, { name: 'threads', kind: 'public', member_ids: [team.member.id] });
    const q = await send(team.owner, room.id, 'Question?');
    const a = await send(team.member, room.id, 'Answer.', { reply_to: q.id });
    expect(a.reply_to).toBe(q.id);
    const g = await gql(
      team.server,
      team.owner.token,
      'query($c: ID!) { chatMessages(channelId: $c) { data { content reply_to_message { content } } } chatChannels { data { id members(perPage: 1) { data { name } pagination { total } } } } }',
      { c: room.id },
    );
    expect(g.body.errors).toBeUndefined();
    expect(g.body.data.chatMessages.data).toEqual([
      { content: 'Answer.', reply_to_message: { content: 'Question?' } },
      { content: 'Question?', reply_to_message: null },
    ]);
    const listed = g.body.data.chatChannels.data.find((c: any) => c.id === room.id);
    expect(listed.members).toEqual({ data: [{ name: 'Mia Member' }], pagination: { total: 2 } });
  });

  it('deleting: the author, or manage_org; members get EntityChanged (chat_message, deleted)', async () => {
    const room = await channel(team.member, { name: 'deletions', kind: 'public', member_ids: [team.owner.id, team.viewer.id] });
    const mine = await send(team.member, room.id, 'mine');
    const viewers = await send(team.viewer, room.id, 'viewer says');
    expect((await team.member.rest.delete(`/chat/channels/${room.id}/messages/${viewers.id}`)).status).toBe(403);
    expect((await team.member.rest.delete(`/chat/channels/${room.id}/messages/${mine.id}`)).body.data).toEqual({ id: mine.id, deleted: true });
    const ev = await viewerWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === mine.id);
    expect(ev.data).toMatchObject({ entity_type: 'chat_message', action: 'deleted', entity: { content: 'mine', channel_id: room.id } });
    expect((await team.owner.rest.delete(`/chat/channels/${room.id}/messages/${viewers.id}`)).status).toBe(200);
  });

  it('mentions notify channel members only', async () => {
    const room = await channel(team.owner, { name: 'mentions', kind: 'private', member_ids: [team.member.id] });
    const msg = await send(team.owner, room.id, 'Ping @Mia Member and @Vic Viewer, please');
    const n = await memberWs.nextEvent((e) => e.event === 'NotificationCreated' && e.data.entity_id === msg.id);
    expect(n.data).toMatchObject({ type: 'mentioned', entity_type: 'chat_message', actor_id: team.owner.id });
    const rows = await db()<{ user_id: string }[]>`select user_id from notifications where entity_id = ${msg.id}`;
    expect(rows.map((r) => r.user_id)).toEqual([team.member.id]);
  });
});

describe('reactions and typing', () => {
  it('one reaction per user, message and emoji; the summary is pushed to members without per-reader fields', async () => {
    const room = await channel(team.owner, { name: 'reactions', kind: 'public', member_ids: [team.member.id] });
    const msg = await send(team.owner, room.id, 'React to me');
    const first = await team.member.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji: '👍' });
    expect(first.body.data).toEqual({
      message_id: msg.id,
      changed: true,
      reactions: [{ emoji: '👍', count: 1, user_ids: [team.member.id], reacted_by_me: true }],
    });
    const ev = await ownerWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === msg.id);
    expect(ev.data.entity.reactions).toEqual([{ emoji: '👍', count: 1, user_ids: [team.member.id] }]);
    const again = await memberWs.request('chat.reactions.add', { org_id: team.orgId, message_id: msg.id, emoji: '👍' });
    expect(again.data.changed).toBe(false);
    expect(await ownerWs.noEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === msg.id, 200)).toBe(true);
    await team.owner.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji: '👍' });
    await team.owner.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji: ':tada:' });
    const list = await team.owner.rest.get(`/chat/channels/${room.id}/messages`);
    expect(list.body.data[0].reactions).toEqual([
      { emoji: '👍', count: 2, user_ids: [team.member.id, team.owner.id], reacted_by_me: true },
      { emoji: ':tada:', count: 1, user_ids: [team.owner.id], reacted_by_me: true },
    ]);
    const removed = await team.member.rest.delete(`/chat/messages/${msg.id}/reactions?emoji=${encodeURIComponent('👍')}`);
    expect(removed.body.data.reactions[0]).toEqual({ emoji: '👍', count: 1, user_ids: [team.owner.id], reacted_by_me: false });
    const twice = await team.member.rest.delete(`/chat/messages/${msg.id}/reactions?emoji=${encodeURIComponent('👍')}`);
    expect(twice.body.data.changed).toBe(false);
  });

  it('typing: five quick calls give the other members one UserTyping, the typist none', async () => {
    const room = await channel(team.owner, { name: 'typing', kind: 'public', member_ids: [team.member.id] });
    const sub = await subscribeGql(
      team.server,
      team.member.token,
      'subscription($c: ID) { userTyping(channelId: $c) { channel_id user_id user_name } }',
      { c: room.id },
    );
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await team.owner.rest.post(`/chat/channels/${room.id}/typing`));
      expect(answers.map((a) => a.body.data.sent)).toEqual([true, false, false, false, false]);
      const ev = await memberWs.nextEvent((e) => e.event === 'UserTyping' && e.data.channel_id === room.id);
      expect(ev.data).toEqual({ channel_id: room.id, user_id: team.owner.id, user_name: 'Olivia Owner' });
      expect((await sub.next()).data.userTyping).toEqual(ev.data);
      await new Promise((r) => setTimeout(r, 200));
      expect(memberWs.messages.filter((m) => m?.event === 'UserTyping' && m.data.channel_id === room.id)).toHaveLength(1);
      expect(ownerWs.messages.filter((m) => m?.event === 'UserTyping' && m.data.channel_id === room.id)).toHaveLength(0);
      expect(viewerWs.messages.filter((m) => m?.event === 'UserTyping' && m.data.channel_id === room.id)).toHaveLength(0);
      expect(sub.results).toHaveLength(1);
    } finally {
      await sub.close();
    }
  });
});

describe('bad input changes nothing, on every transport', () => {
  it('content, replies, emoji and unknown fields', async () => {
    const room = await channel(team.owner, { name: 'strict', kind: 'public', member_ids: [team.member.id] });
    const other = await channel(team.owner, { name: 'strict-other', kind: 'public' });
    const foreignMsg = await send(team.owner, other.id, 'elsewhere');
    const msg = await send(team.owner, room.id, 'target');
    const count = await messageCount();
    const contents: [unknown, string][] = [
      ['', 'content'],
      ['   \n\t ', 'content'],
      ['x'.repeat(4001), 'content'],
      [42, 'content'],
    ];
    for (const [content, field] of contents) {
      const rest = await team.owner.rest.post(`/chat/channels/${room.id}/messages`, { content });
      expect(rest.body.error, JSON.stringify(content).slice(0, 20)).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
      const ws = await ownerWs.request('chat.messages.send', { channel_id: room.id, content });
      expect(ws).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field } } });
    }
    // 4,000 characters are fine, counted as characters (each emoji is one, whatever its bytes).
    expect((await team.owner.rest.post(`/chat/channels/${room.id}/messages`, { content: '😀'.repeat(4000) })).status).toBe(201);
    const reply = await ownerWs.request('chat.messages.send', { channel_id: room.id, content: 'hi', reply_to: foreignMsg.id });
    expect(reply).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field: 'reply_to' } } });
    const unknown = await team.owner.rest.post(`/chat/channels/${room.id}/messages`, { content: 'hi', colour: 'red' });
    expect(unknown.body.error.code).toBe('VALIDATION_ERROR');
    const g = await gql(team.server, team.owner.token, 'mutation($i: SendChatMessageInput!) { sendChatMessage(input: $i) { id } }', {
      i: { channel_id: room.id, content: '  ' },
    });
    expect(g.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
    const viaMcp = await mcpCall(mcp, 'chat_messages_send', { org_id: team.orgId, channel_id: room.id, content: '' });
    expect(viaMcp.isError).toBe(true);
    expect(await messageCount()).toBe(count + 1);

    for (const emoji of ['abc', '👍👍', `:${'x'.repeat(31)}:`, ':Nope:', '', 'a👍']) {
      const rest = await team.member.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji });
      expect(rest.body.error, emoji).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'emoji' } });
      const ws = await memberWs.request('chat.reactions.add', { org_id: team.orgId, message_id: msg.id, emoji });
      expect(ws, emoji).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR' } });
    }
    for (const emoji of ['👍🏽', '🇩🇪', '1️⃣', '👩‍👩‍👧', ':+1:', '❤️']) {
      expect((await team.member.rest.post(`/chat/messages/${msg.id}/reactions`, { emoji })).body.data?.changed, emoji).toBe(true);
    }
    const reactions = Number((await db()<{ n: string }[]>`select count(*) as n from chat_reactions where message_id = ${msg.id}`)[0]!.n);
    expect(reactions).toBe(6);
    expect((await team.owner.rest.post('/chat/channels', { name: ' ', kind: 'public' })).body.error.details.field).toBe('name');
    expect((await team.owner.rest.post('/chat/channels', { name: 'x'.repeat(81), kind: 'public' })).body.error.details.field).toBe('name');
    expect((await ownerWs.request('chat.channels.create', { name: 'ok', kind: 'direct' })).error?.code).toBe('VALIDATION_ERROR');
  });
});

describe('leaving the organization', () => {
  it('stops chat events at once', async () => {
    const user = await registerUser(team.server, { name: 'Lee Leaver' });
    await joinOrg(team.server, team.orgId, user.user.id, 'member');
    const ws = await connectWs(team.server, user.access_token);
    try {
      const generalId = (await db()<{ id: string }[]>`select id from chat_channels where org_id = ${team.orgId} and kind = 'general'`)[0]!.id;
      const before = await send(team.owner, generalId, 'welcome Lee');
      await ws.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === before.id);
      expect((await team.owner.rest.delete(`/members/${user.user.id}`)).status).toBe(200);
      const after = await send(team.owner, generalId, 'bye Lee');
      await ownerWs.nextEvent((e) => e.event === 'ChatMessage' && e.data.message.id === after.id);
      expect(await ws.noEvent((e) => e.event === 'ChatMessage' && e.data.message.id === after.id, 200)).toBe(true);
      const members = await db()`select 1 from chat_channel_members where user_id = ${user.user.id} and org_id = ${team.orgId}`;
      expect(members).toHaveLength(0);
    } finally {
      await ws.close();
    }
  });
});
