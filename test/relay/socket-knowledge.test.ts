/**
 * The `knowledge:<team_id>` channel of the relay socket (reference protocol.md §3–4, gaps.md G9):
 * join authorization and reply, `knowledge:push` with its checks in order (missing content,
 * rate_limited per token across sockets, teams and instances, not_found, content_too_large),
 * the stored merge, and the `knowledge:updated` fan-out — exactly one per joined connection of
 * every other token, none to the pushing token, also for REST updates. Teams are made over REST
 * with signed requests, as the teamrc CLI does.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelayError } from '../../src/domain/relay/errors.js';
import { pushKnowledge } from '../../src/domain/relay/knowledge-channel.js';
import { replyReason } from '../../src/transports/relay/errors.js';
import { createRelaySocket } from '../../src/transports/relay/socket.js';
import {
  connectPhoenix,
  JoinError,
  joinChannel,
  makeKey,
  makeTicket,
  openChannel,
  pushAsync,
  recordEvents,
  relayFetch,
  type RelayKey,
} from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { byEvent, byRef, RawPhoenix, type Frame } from './socket-client.js';

let server: TestServer;
const cleanups: (() => unknown)[] = [];

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
/** data-model.md §3: the knowledge hash is over the text with trailing whitespace replaced by one "\n" ("" when none). */
const hashOf = (knowledge: string): string => (knowledge === '' ? sha256('') : sha256(`${knowledge.trimEnd()}\n`));
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const topicOf = (teamId: string): string => `knowledge:${teamId}`;

/** The reply reason a push would get on the wire: `ok`, or the RelayError's reason. */
const reasonOf = (push: Promise<unknown>): Promise<string> =>
  push.then(
    () => 'ok',
    (err: unknown) => {
      expect(err).toBeInstanceOf(RelayError);
      return replyReason(err as RelayError);
    },
  );

/** `POST /api/teams` (create) signed by `owner`; returns the team id. */
async function createTeam(owner: RelayKey, knowledge?: string): Promise<string> {
  const team = { name: 'Relay Team', members: [{ name: 'dev', role: 'Developer' }], ...(knowledge !== undefined ? { knowledge } : {}) };
  const res = await relayFetch(server.url, owner, 'POST', '/api/teams', { token: owner.token, team });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.team.id as string;
}

/** Associates `joiner` with the team through an invite of `member` (`POST /api/teams/invite`, `POST /api/join`). */
async function addToTeam(member: RelayKey, teamId: string, joiner: RelayKey): Promise<void> {
  const invite = await relayFetch(server.url, member, 'POST', '/api/teams/invite', { token: member.token, team_id: teamId });
  expect(invite.status, JSON.stringify(invite.body)).toBe(200);
  const joined = await relayFetch(server.url, joiner, 'POST', '/api/join', { invite_code: invite.body.invite_code, token: joiner.token });
  expect(joined.status, JSON.stringify(joined.body)).toBe(200);
}

/** The team's knowledge as `GET /api/teams/:token?team_id=` shows it. */
async function storedKnowledge(key: RelayKey, teamId: string): Promise<string | null> {
  const res = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}?team_id=${teamId}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.team.knowledge as string | null;
}

async function raw(key: RelayKey, base = server.url): Promise<RawPhoenix> {
  const c = await RawPhoenix.open(base, { ticket: makeTicket(key) });
  cleanups.push(() => c.close());
  return c;
}

async function phoenix(key: RelayKey, base = server.url) {
  const socket = await connectPhoenix(base, key);
  cleanups.push(() => socket.disconnect());
  return socket;
}

/** Joins the team's topic on a raw connection with `ref` as join_ref and ref; returns the reply. */
const rawJoin = (c: RawPhoenix, teamId: string, ref = '1'): Promise<Frame> => c.request([ref, ref, topicOf(teamId), 'phx_join', {}]);

const rawPush = (c: RawPhoenix, teamId: string, joinRef: string | null, ref: string, payload: object): Promise<Frame> =>
  c.request([joinRef, ref, topicOf(teamId), 'knowledge:push', payload]);

const ok = (response: object) => ({ status: 'ok', response });
const error = (reason: string) => ({ status: 'error', response: { reason } });

/** A team with knowledge `initial`, its creator and a second associated machine. */
async function teamWithTwoMachines(initial?: string): Promise<{ teamId: string; owner: RelayKey; peer: RelayKey }> {
  const owner = makeKey();
  const peer = makeKey();
  const teamId = await createTeam(owner, initial);
  await addToTeam(owner, teamId, peer);
  return { teamId, owner, peer };
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
  await server?.close();
});

describe('join', () => {
  it('answers with the stored knowledge hash, its UTF-8 size and the cap', async () => {
    const knowledge = 'Some shared knowledge — ü.\n';
    const owner = makeKey();
    const teamId = await createTeam(owner, knowledge);
    const c = await raw(owner);
    const reply = await rawJoin(c, teamId, '2');
    expect(reply).toEqual([
      '2',
      '2',
      topicOf(teamId),
      'phx_reply',
      ok({ knowledge_hash: hashOf(knowledge), knowledge_size: bytes(knowledge), knowledge_cap: 100_000 }),
    ]);
    // The same hash the REST head reports.
    const head = await relayFetch(server.url, owner, 'GET', `/api/teams/${owner.token}/head?team_id=${teamId}`);
    expect(head.body.knowledge_hash).toBe(reply[4].response.knowledge_hash);
  });

  it('answers the hash of "" and size 0 for a team without knowledge (phoenix client)', async () => {
    const owner = makeKey();
    const teamId = await createTeam(owner);
    const socket = await phoenix(owner);
    expect(await joinChannel(socket, topicOf(teamId))).toEqual({
      knowledge_hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      knowledge_size: 0,
      knowledge_cap: 100_000,
    });
  });

  it('refuses a token not associated with the team with not_found', async () => {
    const { teamId } = await teamWithTwoMachines('x\n');
    const stranger = makeKey();
    const socket = await phoenix(stranger);
    const err = await joinChannel(socket, topicOf(teamId)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JoinError);
    expect((err as JoinError).payload).toEqual({ reason: 'not_found' });
  });

  it('a second join of the same topic closes the old membership first; stale join_refs are ignored', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('base\n');
    const c = await raw(peer);
    const topic = topicOf(teamId);
    expect((await rawJoin(c, teamId, '1'))[4].status).toBe('ok');
    c.send(['5', '5', topic, 'phx_join', {}]);
    const close = await c.next(byEvent('phx_close', topic));
    const rejoin = await c.next(byRef('5'));
    expect(close).toEqual(['1', '1', topic, 'phx_close', {}]);
    expect(rejoin).toEqual(['5', '5', topic, 'phx_reply', ok({ knowledge_hash: hashOf('base\n'), knowledge_size: 5, knowledge_cap: 100_000 })]);
    expect(c.frames.indexOf(close)).toBeLessThan(c.frames.indexOf(rejoin));

    // A message of the old membership gets no answer at all; the current one (or a null join_ref) does.
    c.send(['1', '6', topic, 'knowledge:ping', {}]);
    expect(await c.request(['5', '7', topic, 'knowledge:ping', {}])).toEqual(['5', '7', topic, 'phx_reply', error('unknown event')]);
    expect(await c.request([null, '8', topic, 'knowledge:ping', {}])).toEqual(['5', '8', topic, 'phx_reply', error('unknown event')]);
    expect(c.frames.some((f) => f[1] === '6')).toBe(false);

    // Broadcasts reach the connection once, under the new join_ref.
    const o = await raw(owner);
    await rawJoin(o, teamId);
    expect((await rawPush(o, teamId, '1', '2', { content: 'after rejoin\n' }))[4].status).toBe('ok');
    const update = await c.next(byEvent('knowledge:updated'));
    expect(update[0]).toBe('5');
    expect(await c.unmatched(byEvent('knowledge:updated'))).toEqual([]);
  });

  it('leave: ok reply, then phx_close; afterwards the topic is not joined and gets no broadcasts', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('base\n');
    const c = await raw(peer);
    const topic = topicOf(teamId);
    await rawJoin(c, teamId, '3');
    c.send(['3', '4', topic, 'phx_leave', {}]);
    expect(await c.next(byRef('4'))).toEqual(['3', '4', topic, 'phx_reply', ok({})]);
    expect(await c.next(byEvent('phx_close'))).toEqual(['3', '3', topic, 'phx_close', {}]);
    expect(await rawPush(c, teamId, '3', '5', { content: 'x' })).toEqual([null, '5', topic, 'phx_reply', error('unmatched topic')]);

    const o = await raw(owner);
    await rawJoin(o, teamId);
    expect((await rawPush(o, teamId, '1', '2', { content: 'while away\n' }))[4].status).toBe('ok');
    expect(await c.unmatched(byEvent('knowledge:updated'), 500)).toEqual([]);
  });

  it('limits the channels one connection may join (too many channels joined)', async () => {
    // A relay socket allowing one channel, mounted on its own port over the same services.
    const relay = createRelaySocket(server.svc, { maxChannels: 1 });
    const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
    httpServer.on('upgrade', (req, socket, head) => relay.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      await relay.close();
      await new Promise((resolve) => httpServer.close(resolve));
    });
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

    const first = await teamWithTwoMachines();
    const second = await teamWithTwoMachines();
    await addToTeam(second.owner, second.teamId, first.peer);
    const c = await raw(first.peer, base);
    expect((await rawJoin(c, first.teamId, '1'))[4].status).toBe('ok');
    expect(await rawJoin(c, second.teamId, '2')).toEqual(['2', '2', topicOf(second.teamId), 'phx_reply', error('too many channels joined')]);
    // Re-joining the joined topic replaces it and is not refused; after a leave the other one fits.
    expect((await rawJoin(c, first.teamId, '3'))[4].status).toBe('ok');
    await c.request(['3', '4', topicOf(first.teamId), 'phx_leave', {}]);
    expect((await rawJoin(c, second.teamId, '5'))[4].status).toBe('ok');
  });
});

describe('knowledge:push', () => {
  it('merges the content into the stored knowledge and replies with its hash and size', async () => {
    const { teamId, owner } = await teamWithTwoMachines('Some shared knowledge.\n');
    const c = await raw(owner);
    await rawJoin(c, teamId, '2');
    const merged = 'Some shared knowledge.\nNew finding\n';
    expect(await rawPush(c, teamId, '2', '3', { content: 'Some shared knowledge.\nNew finding\n' })).toEqual([
      '2',
      '3',
      topicOf(teamId),
      'phx_reply',
      ok({ knowledge_hash: hashOf(merged), knowledge_size: 35 }),
    ]);
    expect(await storedKnowledge(owner, teamId)).toBe(merged);
  });

  it('refuses a missing or non-string content with "missing content", without using the rate budget', async () => {
    const { teamId, owner } = await teamWithTwoMachines('a\n');
    const socket = await phoenix(owner);
    const { channel } = await openChannel(socket, topicOf(teamId));
    for (const payload of [{}, { content: 5 }, { content: null }, { content: ['a'] }, { content: { a: 1 } }]) {
      expect(await pushAsync(channel, 'knowledge:push', payload)).toEqual({ status: 'error', response: { reason: 'missing content' } });
    }
    expect((await pushAsync(channel, 'knowledge:push', { content: 'b\n' })).status).toBe('ok');
  });

  it('accepts one push per second per token; a refused push does not reset the timer', async () => {
    const { teamId, owner } = await teamWithTwoMachines('a\n');
    const socket = await phoenix(owner);
    const { channel } = await openChannel(socket, topicOf(teamId));
    const sent = Date.now();
    expect((await pushAsync(channel, 'knowledge:push', { content: 'one\n' })).status).toBe('ok');
    const accepted = Date.now(); // the budget was taken between `sent` and now
    expect(await pushAsync(channel, 'knowledge:push', { content: 'two\n' })).toEqual({ status: 'error', response: { reason: 'rate_limited' } });
    await sleep(Math.max(0, sent + 600 - Date.now()));
    expect((await pushAsync(channel, 'knowledge:push', { content: 'three\n' })).response).toEqual({ reason: 'rate_limited' });
    // One second after the accepted push, but less than one after the refused ones (if they reset the timer, this would fail).
    await sleep(Math.max(0, accepted + 1050 - Date.now()));
    expect((await pushAsync(channel, 'knowledge:push', { content: 'four\n' })).status).toBe('ok');
    expect(await storedKnowledge(owner, teamId)).toBe('a\none\nfour\n');
  });

  it('shares the budget between all sockets and all teams of a token', async () => {
    const { teamId, owner } = await teamWithTwoMachines('a\n');
    const other = await teamWithTwoMachines('b\n');
    await addToTeam(other.owner, other.teamId, owner);
    const s1 = await phoenix(owner);
    const s2 = await phoenix(owner);
    const c1 = (await openChannel(s1, topicOf(teamId))).channel;
    const c2 = (await openChannel(s2, topicOf(teamId))).channel;
    const c3 = (await openChannel(s2, topicOf(other.teamId))).channel;
    expect((await pushAsync(c1, 'knowledge:push', { content: 'x\n' })).status).toBe('ok');
    expect((await pushAsync(c2, 'knowledge:push', { content: 'y\n' })).response).toEqual({ reason: 'rate_limited' });
    expect((await pushAsync(c3, 'knowledge:push', { content: 'z\n' })).response).toEqual({ reason: 'rate_limited' });
    // Another token is not affected.
    const p = (await openChannel(await phoenix(other.peer), topicOf(other.teamId))).channel;
    expect((await pushAsync(p, 'knowledge:push', { content: 'w\n' })).status).toBe('ok');
  });

  it('refuses content over 100,000 bytes with content_too_large (the push still used the second’s budget)', async () => {
    const { teamId, owner } = await teamWithTwoMachines('a\n');
    const c = await raw(owner);
    await rawJoin(c, teamId);
    const tooLarge = `${'é'.repeat(50_000)}x`; // 100,001 bytes, 50,001 characters
    expect(await rawPush(c, teamId, '1', '2', { content: tooLarge })).toEqual(['1', '2', topicOf(teamId), 'phx_reply', error('content_too_large')]);
    expect((await rawPush(c, teamId, '1', '3', { content: 'small\n' }))[4]).toEqual(error('rate_limited'));
    await sleep(1100);
    expect((await rawPush(c, teamId, '1', '4', { content: 'small\n' }))[4].status).toBe('ok');
    expect(await storedKnowledge(owner, teamId)).toBe('a\nsmall\n');
  });

  it('prunes a merged result over the cap, oldest ## sections first', async () => {
    const section = (i: number): string => `## Section ${i}\n${String(i).padStart(3, '0')}${'x'.repeat(9_000)}\n`;
    const { teamId, owner } = await teamWithTwoMachines('Preamble\n');
    const c = await raw(owner);
    await rawJoin(c, teamId);
    const content = `Preamble\n${Array.from({ length: 10 }, (_, i) => section(i)).join('')}`;
    const reply = await rawPush(c, teamId, '1', '2', { content });
    expect(reply[4].status).toBe('ok');
    const stored = (await storedKnowledge(owner, teamId))!;
    expect(reply[4].response).toEqual({ knowledge_hash: hashOf(stored), knowledge_size: bytes(stored) });
    expect(bytes(content)).toBeLessThan(100_000);
    // 10 sections of ~9 KB fit under the cap as sent; a second push of 3 more exceeds it.
    await sleep(1100);
    const more = Array.from({ length: 3 }, (_, i) => section(10 + i)).join('');
    const second = await rawPush(c, teamId, '1', '3', { content: more });
    expect(second[4].status).toBe('ok');
    const pruned = (await storedKnowledge(owner, teamId))!;
    expect(bytes(pruned)).toBeLessThanOrEqual(80_000);
    // The preamble stays; the newest sections that fit in 80 % of the cap (8 of ~9 KB) remain.
    expect(pruned.startsWith('Preamble\n')).toBe(true);
    expect(pruned.match(/^## Section \d+$/gm)).toEqual([5, 6, 7, 8, 9, 10, 11, 12].map((i) => `## Section ${i}`));
    expect(second[4].response).toEqual({ knowledge_hash: hashOf(pruned), knowledge_size: bytes(pruned) });
  });

  it('erasing the association ends the membership: phx_close, then pushes are unmatched and a rejoin is not_found', async () => {
    const { teamId, peer } = await teamWithTwoMachines('a\n');
    const c = await raw(peer);
    await rawJoin(c, teamId);
    const erased = await relayFetch(server.url, peer, 'DELETE', `/api/token/${peer.token}/erase?team_id=${teamId}`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await c.next(byEvent('phx_close'))).toEqual(['1', '1', topicOf(teamId), 'phx_close', {}]);
    expect((await rawPush(c, teamId, '1', '2', { content: 'late\n' }))[4]).toEqual(error('unmatched topic'));
    expect((await rawJoin(c, teamId, '3'))[4]).toEqual(error('not_found'));
  });

  it('checks in order: not associated (not_found) before too large, and both after the rate limit', async () => {
    // Without an open membership this order is only reachable in a race with an erase, so it is
    // checked on the domain operation the channel calls.
    const { teamId, owner } = await teamWithTwoMachines('a\n');
    const stranger = makeKey();
    const tooLarge = 'x'.repeat(100_001);
    expect(await reasonOf(pushKnowledge(server.svc, stranger.token, teamId, tooLarge, 'test'))).toBe('not_found');
    expect(await reasonOf(pushKnowledge(server.svc, stranger.token, teamId, tooLarge, 'test'))).toBe('rate_limited');
    expect(await reasonOf(pushKnowledge(server.svc, stranger.token, 'not-a-uuid', 5, 'test'))).toBe('missing content');
    expect(await reasonOf(pushKnowledge(server.svc, owner.token, teamId, tooLarge, 'test'))).toBe('content_too_large');
  });

  it('RelayTokenRevoked with a team_id ends only that team’s membership (phx_close); the socket stays open', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('a\n');
    const other = await teamWithTwoMachines('b\n');
    await addToTeam(other.owner, other.teamId, peer);
    const c = await raw(peer);
    await rawJoin(c, teamId, '1');
    await rawJoin(c, other.teamId, '2');
    await server.svc.bus.publish([{ seq: 0, type: 'RelayTokenRevoked', org_id: null, user_id: null, data: { token: peer.token, team_id: teamId } }]);
    expect(await c.next(byEvent('phx_close'))).toEqual(['1', '1', topicOf(teamId), 'phx_close', {}]);
    // No more updates of that team; the other team's membership is untouched.
    const o = await raw(owner);
    await rawJoin(o, teamId);
    expect((await rawPush(o, teamId, '1', '2', { content: 'after\n' }))[4].status).toBe('ok');
    expect((await rawPush(c, other.teamId, '2', '3', { content: 'still here\n' }))[4].status).toBe('ok');
    expect(await c.unmatched(byEvent('knowledge:updated'), 400)).toEqual([]);
    expect(c.socket.readyState).toBe(c.socket.OPEN);
  });

  it('answers any other event on the channel with "unknown event"', async () => {
    const { teamId, owner } = await teamWithTwoMachines();
    const c = await raw(owner);
    await rawJoin(c, teamId, '4');
    expect(await c.request(['4', '9', topicOf(teamId), 'knowledge:pull', {}])).toEqual([
      '4',
      '9',
      topicOf(teamId),
      'phx_reply',
      error('unknown event'),
    ]);
  });
});

describe('knowledge:updated', () => {
  it('reaches every other joined connection exactly once (another socket of the same token too), never the pushing one', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('Some shared knowledge.\n');
    const third = makeKey();
    await addToTeam(owner, teamId, third);
    const pusher = await raw(owner);
    const sameToken = await raw(owner);
    const peerConn = await raw(peer);
    const thirdConn = await raw(third);
    await rawJoin(pusher, teamId, '1');
    await rawJoin(sameToken, teamId, '11');
    await rawJoin(peerConn, teamId, '21');
    await rawJoin(thirdConn, teamId, '31');

    const reply = await rawPush(pusher, teamId, '1', '2', { content: 'New finding\n' });
    const merged = 'Some shared knowledge.\nNew finding\n';
    const payload = { content: merged, knowledge_hash: hashOf(merged), knowledge_size: bytes(merged) };
    expect(reply[4]).toEqual(ok({ knowledge_hash: payload.knowledge_hash, knowledge_size: payload.knowledge_size }));
    expect(await peerConn.next(byEvent('knowledge:updated'))).toEqual(['21', null, topicOf(teamId), 'knowledge:updated', payload]);
    expect(await thirdConn.next(byEvent('knowledge:updated'))).toEqual(['31', null, topicOf(teamId), 'knowledge:updated', payload]);
    await sleep(400);
    expect(peerConn.frames.filter(byEvent('knowledge:updated'))).toHaveLength(1);
    expect(thirdConn.frames.filter(byEvent('knowledge:updated'))).toHaveLength(1);
    // A second daemon of the same machine (another checkout, its own knowledge file) needs it as well.
    expect(await sameToken.next(byEvent('knowledge:updated'))).toEqual(['11', null, topicOf(teamId), 'knowledge:updated', payload]);
    expect(sameToken.frames.filter(byEvent('knowledge:updated'))).toHaveLength(1);
    expect(pusher.frames.filter(byEvent('knowledge:updated'))).toEqual([]);
  });

  it('is not sent when a push changes nothing', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('Known line\n');
    const socket = await phoenix(owner);
    const { channel } = await openChannel(socket, topicOf(teamId));
    const peerChannel = (await openChannel(await phoenix(peer), topicOf(teamId))).channel;
    const updates = recordEvents(peerChannel, 'knowledge:updated');
    const reply = await pushAsync(channel, 'knowledge:push', { content: '  Known line  \n\n' });
    expect(reply).toEqual({ status: 'ok', response: { knowledge_hash: hashOf('Known line\n'), knowledge_size: 11 } });
    await sleep(400);
    expect(updates.events).toEqual([]);
  });

  it('is sent once to every joined connection for a REST update that changes the knowledge (phoenix client)', async () => {
    const { teamId, owner, peer } = await teamWithTwoMachines('Start\n');
    const ownerChannel = (await openChannel(await phoenix(owner), topicOf(teamId))).channel;
    const peerChannel = (await openChannel(await phoenix(peer), topicOf(teamId))).channel;
    const ownerUpdates = recordEvents(ownerChannel, 'knowledge:updated');
    const peerUpdates = recordEvents(peerChannel, 'knowledge:updated');
    const res = await relayFetch(server.url, owner, 'POST', '/api/teams', {
      token: owner.token,
      team_id: teamId,
      team: { name: 'Relay Team', members: [{ name: 'dev', role: 'Developer' }], knowledge: 'From REST\n' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const merged = 'Start\nFrom REST\n';
    expect(await peerUpdates.next()).toEqual({ content: merged, knowledge_hash: hashOf(merged), knowledge_size: bytes(merged) });
    await sleep(400);
    expect(peerUpdates.events).toHaveLength(1);
    // A REST push has no connection of its own: the machine's daemon learns the merged result too.
    expect(ownerUpdates.events).toEqual([{ content: merged, knowledge_hash: hashOf(merged), knowledge_size: bytes(merged) }]);
  });

  it('crosses server instances, and so does the rate limit', async () => {
    const second = await startTestServer({}, { shareWith: server });
    cleanups.push(() => second.close());
    const { teamId, owner, peer } = await teamWithTwoMachines('one\n');
    const onFirst = await raw(owner);
    const peerOnSecond = await raw(peer, second.url);
    const ownerOnSecond = await raw(owner, second.url);
    await rawJoin(onFirst, teamId);
    await rawJoin(peerOnSecond, teamId);
    await rawJoin(ownerOnSecond, teamId);
    expect((await rawPush(onFirst, teamId, '1', '2', { content: 'two\n' }))[4].status).toBe('ok');
    expect((await peerOnSecond.next(byEvent('knowledge:updated')))[4].content).toBe('one\ntwo\n');
    expect((await rawPush(ownerOnSecond, teamId, '1', '2', { content: 'three\n' }))[4]).toEqual(error('rate_limited'));
    // The same token's socket on the other instance is another connection: it gets the first push once.
    expect((await ownerOnSecond.next(byEvent('knowledge:updated')))[4].content).toBe('one\ntwo\n');
    await sleep(300);
    expect(ownerOnSecond.frames.filter(byEvent('knowledge:updated'))).toHaveLength(1);
    expect(onFirst.frames.filter(byEvent('knowledge:updated'))).toEqual([]);
  });
});
