/**
 * Presence on one instance: `UserPresence` when a user's first socket opens (/ws or graphql-ws, counted
 * together) and when the last one closes, `presence.set` (away / online; offline without a socket),
 * `presence.list`, and who receives the events (members of the user's organizations only, one event per
 * organization).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql, subscribeGql, type GqlSubscription } from '../support/graphql.js';
import { api } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let team: Team;
let owner: WsClient;
let stranger: WsClient;
let ownerSub: GqlSubscription;

const presenceOf = (userId: string, status?: string) => (e: WsEvent) =>
  e.event === 'UserPresence' && e.data.user_id === userId && (status === undefined || e.data.status === status);

beforeAll(async () => {
  team = await startTeam();
  owner = await connectWs(team.server, team.owner.token);
  stranger = await connectWs(team.server, team.stranger.token);
  ownerSub = await subscribeGql(team.server, team.owner.token, `subscription($o: ID) { userPresence(orgId: $o) { user_id status last_seen } }`, {
    o: team.orgId,
  });
});
afterAll(async () => {
  await ownerSub?.close();
  await owner?.close();
  await stranger?.close();
  await team?.server.close();
});

async function listed(p: Person = team.owner): Promise<Map<string, { status: string; last_seen: string | null; name: string }>> {
  const res = await p.rest.get('/presence?per_page=100');
  expect(res.status).toBe(200);
  return new Map(res.body.data.map((m: any) => [m.user_id, m]));
}

describe('online and offline', () => {
  it('is online once for two sockets (/ws and graphql-ws), offline after the last closes', async () => {
    const before = (await listed()).get(team.member.id);
    expect(before).toMatchObject({ status: 'offline', last_seen: null, name: 'Mia Member' });

    const first = await connectWs(team.server, team.member.token);
    const online = await owner.nextEvent(presenceOf(team.member.id, 'online'));
    expect(online.data).toEqual({ user_id: team.member.id, status: 'online', last_seen: expect.stringMatching(/Z$/) });
    const viaGql = await ownerSub.next();
    expect(viaGql.data.userPresence).toEqual(online.data);

    const second = await subscribeGql(team.server, team.member.token, 'subscription { timerUpdate { running } }');
    expect((await listed()).get(team.member.id)!.status).toBe('online');
    await first.close();
    expect(await owner.noEvent(presenceOf(team.member.id), 400)).toBe(true);
    expect((await listed()).get(team.member.id)!.status).toBe('online');

    await second.close();
    const offline = await owner.nextEvent(presenceOf(team.member.id, 'offline'));
    expect(offline.data.last_seen).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await ownerSub.next()).data.userPresence.status).toBe('offline');
    const after = (await listed()).get(team.member.id)!;
    expect(after).toMatchObject({ status: 'offline', last_seen: offline.data.last_seen });
    // Exactly one online and one offline reached the owner.
    expect(owner.messages.filter((m) => m.event === 'UserPresence' && m.data.user_id === team.member.id)).toHaveLength(2);
  });

  it("another organization's member receives nothing", async () => {
    const s = await connectWs(team.server, team.manager.token);
    await owner.nextEvent(presenceOf(team.manager.id, 'online'));
    await s.close();
    await owner.nextEvent(presenceOf(team.manager.id, 'offline'));
    expect(stranger.messages.some((m) => m.event === 'UserPresence' && m.data.user_id === team.manager.id)).toBe(false);
    // The stranger's own presence list is their organization's.
    const theirs = await team.stranger.rest.get('/presence');
    expect(theirs.body.data.map((m: any) => m.user_id)).toEqual([team.stranger.id]);
    expect(theirs.body.data[0].status).toBe('online');
  });
});

describe('presence.set', () => {
  it('away and back online, on every transport, seen by members', async () => {
    const socket = await connectWs(team.server, team.member.token);
    await owner.nextEvent(presenceOf(team.member.id, 'online'));

    const away = await team.member.rest.put('/presence', { status: 'away' });
    expect(away.status).toBe(200);
    expect(away.body.data).toMatchObject({ user_id: team.member.id, status: 'away' });
    expect((await owner.nextEvent(presenceOf(team.member.id, 'away'))).data.status).toBe('away');
    expect((await listed()).get(team.member.id)!.status).toBe('away');

    const back = await socket.request('presence.set', { status: 'online' });
    expect(back.data.status).toBe('online');
    await owner.nextEvent(presenceOf(team.member.id, 'online'));

    const g = await gql(team.server, team.member.token, 'mutation { setPresence(input: { status: "away" }) { user_id status last_seen } }');
    expect(g.body.data.setPresence.status).toBe('away');
    await owner.nextEvent(presenceOf(team.member.id, 'away'));
    const mcp = await connectMcp(team.server, team.member.token);
    const m = await mcpCall(mcp, 'presence_set', { status: 'online' });
    expect(m.body.data.status).toBe('online');
    await owner.nextEvent(presenceOf(team.member.id, 'online'));
    const list = await mcpCall(mcp, 'presence_list', { org_id: team.orgId });
    expect(list.body.data.find((x: any) => x.user_id === team.member.id).status).toBe('online');
    await mcp.close();

    await socket.close();
    await owner.nextEvent(presenceOf(team.member.id, 'offline'));
  });

  it('without a socket: offline, nothing sent; bad input is VALIDATION_ERROR', async () => {
    const res = await team.viewer.rest.put('/presence', { status: 'away' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ user_id: team.viewer.id, status: 'offline', last_seen: null });
    expect(await owner.noEvent(presenceOf(team.viewer.id), 300)).toBe(true);
    for (const body of [{ status: 'offline' }, { status: 'busy' }, {}, { status: 'away', extra: 1 }]) {
      const bad = await team.viewer.rest.put('/presence', body);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_ERROR');
    }
    expect((await api(team.server).put('/presence', { status: 'away' })).status).toBe(401);
  });
});

describe('presence.list', () => {
  it('lists every member by name, paginated, and refuses strangers to the organization', async () => {
    const all = await team.owner.rest.get('/presence');
    expect(all.body.data.map((m: any) => m.name)).toEqual(['Manny Manager', 'Mia Member', 'Olivia Owner', 'Vic Viewer']);
    expect(all.body.data.find((m: any) => m.user_id === team.owner.id).status).toBe('online');
    const page = await team.viewer.rest.get('/presence?per_page=1&page=2');
    expect(page.body.pagination).toEqual({ total: 4, page: 2, per_page: 1, total_pages: 4 });
    expect(page.body.data[0].name).toBe('Mia Member');
    expect((await team.owner.rest.get('/presence?per_page=101')).status).toBe(400);
    expect((await api(team.server, team.stranger.token).get(`/presence?org_id=${team.orgId}`)).status).toBe(404);
    const ws = await owner.request('presence.list', { org_id: team.orgId, per_page: 100 });
    expect(ws.data.map((m: any) => m.user_id)).toEqual(all.body.data.map((m: any) => m.user_id));
    const g = await gql(
      team.server,
      team.viewer.token,
      `query { presence(orgId: "${team.orgId}") { data { user_id status } pagination { total } } }`,
    );
    expect(g.body.data.presence.pagination.total).toBe(4);
  });
});
