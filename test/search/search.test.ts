/**
 * search: over REST, WebSocket, GraphQL and MCP: accents ignored, prefix match on the last word, ranking (a title
 * beats a description, ties newest first), every kind of entity, HTML snippets, visibility (members-only projects,
 * chat channels the caller is not in, invoices without the permission, another organization: never hit and never
 * counted), bad input answered VALIDATION_ERROR on every transport, and one answer compared across all four.
 *
 * Chat channels and messages are written straight into their tables (migration 012): the chat operations come
 * with the chat part of issue 13; search only reads those rows.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let memberWs: WsClient;
let mcp: Client;

const ids: Record<string, string> = {};
/** `ids[name]`, which beforeAll set. */
const id = (name: string): string => ids[name]!;

const SEARCH_GQL = `query Search($q: String!, $type: String, $limit: Int) {
  search(q: $q, type: $type, limit: $limit) {
    hits { type id title snippet rank project_id task_id channel_id client_id updated_at }
    total
    counts { task project client task_comment chat_message invoice }
  }
}`;

/** GraphQL's `counts` lists every kind (null where not searched); the REST answer leaves those out. */
function withoutNulls(result: any): any {
  return { ...result, counts: Object.fromEntries(Object.entries(result.counts).filter(([, v]) => v !== null)) };
}

const qs = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();

async function rest(p: Person, params: Record<string, string | number>): Promise<any> {
  const res = await p.rest.get(`/search?${qs(params)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

const created = async (p: Person, path: string, body: Record<string, unknown>): Promise<any> => {
  const res = await p.rest.post(path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
};

beforeAll(async () => {
  team = await startTeam();
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.member.token, { 'x-org-id': team.orgId });
  const { owner } = team;
  const site = await created(owner, '/projects', { name: 'Website relaunch', description: 'Café branding and the new look' });
  const secret = await created(owner, '/projects', { name: 'Zebra merger', visibility: 'members' });
  ids.site = site.id;
  ids.secret = secret.id;
  ids.review = (await created(owner, '/tasks', { title: 'Design review', project_id: site.id })).id;
  ids.copy = (await created(owner, '/tasks', { title: 'Write copy', description: 'Follow the design guide', project_id: site.id })).id;
  ids.dessert = (await created(owner, '/tasks', { title: 'Crème brûlée menu', project_id: site.id })).id;
  ids.escaped = (await created(owner, '/tasks', { title: 'Escaping', description: 'Tom & Jerry\'s "zebra" <plan>', project_id: site.id })).id;
  ids.secretTask = (await created(owner, '/tasks', { title: 'Zebra design secret', project_id: secret.id })).id;
  ids.comment = (await created(owner, `/tasks/${ids.review}/comments`, { body: 'The zebra pattern looks great' })).id;
  ids.secretComment = (await created(owner, `/tasks/${ids.secretTask}/comments`, { body: 'Zebra numbers are confidential' })).id;
  ids.client = (await created(owner, '/clients', { name: 'Zebra Corp', email: 'ap@zebra.example', notes: 'Pays late' })).id;
  ids.invoice = (await created(owner, '/invoices', { client_id: ids.client, due_date: '2035-01-31', notes: 'Zebra stripes retainer' })).id;
  // Chat: a message in the general channel (every member is in it) and one in a private channel of the owner alone.
  const db = team.server.svc.db;
  const [general] = await db<{ id: string }[]>`select id from chat_channels where org_id = ${team.orgId} and kind = 'general'`;
  const [room] = await db<{ id: string }[]>`
    insert into chat_channels (id, org_id, kind, name, created_by) values (new_typeid('ch'), ${team.orgId}, 'private', 'board-room', ${owner.id})
    returning id`;
  await db`insert into chat_channel_members (channel_id, org_id, user_id) values (${room!.id}, ${team.orgId}, ${owner.id})`;
  ids.general = general!.id;
  ids.room = room!.id;
  const say = async (channel: string, content: string) =>
    (
      await db<{ id: string }[]>`
      insert into chat_messages (id, org_id, channel_id, user_id, content) values (new_typeid('msg'), ${team.orgId}, ${channel}, ${owner.id}, ${content})
      returning id`
    )[0]!.id;
  ids.hello = await say(general!.id, 'Zebra crossing at noon, everyone welcome');
  ids.whisper = await say(room!.id, 'Zebra private plans for the board');
  // Another organization's task with the same words.
  await created(team.stranger, '/projects', { name: 'Stranger zebra design' });
});

afterAll(async () => {
  await mcp?.close();
  await memberWs?.close();
  await team?.server.close();
});

describe('search', () => {
  it('ignores accents and case: `cafe` finds "Café", `CREME brulee` finds "Crème brûlée", with the original text highlighted', async () => {
    const cafe = await rest(team.member, { q: 'cafe' });
    expect(cafe.hits.map((h: any) => h.id)).toEqual([ids.site]);
    expect(cafe.hits[0]).toMatchObject({ type: 'project', title: 'Website relaunch', project_id: ids.site });
    expect(cafe.hits[0].snippet).toContain('<mark>Café</mark>');
    const dessert = await rest(team.member, { q: 'CREME brulee', type: 'task' });
    expect(dessert.hits.map((h: any) => h.id)).toEqual([ids.dessert]);
    expect(dessert.hits[0].snippet).toBe('<mark>Crème</mark> <mark>brûlée</mark> menu');
  });

  it('matches the last word as a prefix, unless it is quoted', async () => {
    const desig = await rest(team.member, { q: 'desig', type: 'task' });
    expect(desig.hits.map((h: any) => h.id)).toEqual([ids.review, ids.copy]);
    expect((await rest(team.member, { q: '"desig"', type: 'task' })).total).toBe(0);
    // A last word under 3 letters is matched whole (`de` is no prefix of everything starting with it).
    expect((await rest(team.member, { q: 'de', type: 'task' })).total).toBe(0);
    expect((await rest(team.member, { q: 'des', type: 'task' })).total).toBe(2);
    // Only the last word: `desig review` needs the word `desig`.
    expect((await rest(team.member, { q: 'desig review', type: 'task' })).total).toBe(0);
    expect((await rest(team.member, { q: 'design revi', type: 'task' })).hits.map((h: any) => h.id)).toEqual([ids.review]);
  });

  it('ranks a title match above a description match; or, phrases and exclusions work', async () => {
    const design = await rest(team.member, { q: 'design', type: 'task' });
    expect(design.hits.map((h: any) => h.id)).toEqual([ids.review, ids.copy]);
    expect(design.hits[0].rank).toBeGreaterThan(design.hits[1].rank);
    expect(design.hits[1].snippet).toBe('Follow the <mark>design</mark> guide');
    expect((await rest(team.member, { q: 'design -review', type: 'task' })).hits.map((h: any) => h.id)).toEqual([ids.copy]);
    expect((await rest(team.member, { q: '"design guide"', type: 'task' })).hits.map((h: any) => h.id)).toEqual([ids.copy]);
    expect((await rest(team.member, { q: 'brulee or guide', type: 'task' })).total).toBe(2);
  });

  it('finds every kind, with its context, and counts only what the caller may see', async () => {
    // The owner sees everything: the members-only project, its task and comment, both channels, the invoice.
    const owner = await rest(team.owner, { q: 'zebra', limit: 50 });
    expect(owner.counts).toEqual({ task: 2, project: 1, client: 1, task_comment: 2, chat_message: 2, invoice: 1 });
    expect(owner.total).toBe(9);
    const byId = new Map(owner.hits.map((h: any) => [h.id, h]));
    expect(byId.get(ids.comment)).toMatchObject({ type: 'task_comment', title: 'Design review', task_id: ids.review, project_id: ids.site });
    expect(byId.get(ids.hello)).toMatchObject({ type: 'chat_message', title: 'general', channel_id: ids.general, task_id: null });
    expect(byId.get(ids.invoice)).toMatchObject({ type: 'invoice', title: 'INV-0001', client_id: ids.client });
    expect(byId.get(ids.client)).toMatchObject({ type: 'client', title: 'Zebra Corp', client_id: ids.client });
    expect(byId.get(ids.secretTask)).toMatchObject({ type: 'task', project_id: ids.secret, task_id: ids.secretTask });
    expect(byId.get(ids.invoice)).toMatchObject({ snippet: '<mark>Zebra</mark> stripes retainer' });

    // A member outside the members-only project and the private channel, without the invoice permission.
    for (const p of [team.member, team.viewer]) {
      const seen = await rest(p, { q: 'zebra', limit: 50 });
      expect(seen.counts).toEqual({ task: 1, project: 0, client: 1, task_comment: 1, chat_message: 1, invoice: 0 });
      expect(seen.total).toBe(4);
      expect(seen.hits.map((h: any) => h.id).sort()).toEqual([ids.escaped, ids.client, ids.comment, ids.hello].sort());
    }
    // Asking for the hidden kinds only: nothing, and nothing counted.
    expect(await rest(team.member, { q: 'zebra', type: 'invoice' })).toEqual({ hits: [], total: 0, counts: { invoice: 0 } });
    expect(await rest(team.member, { q: 'confidential' })).toMatchObject({ hits: [], total: 0 });
    expect(await rest(team.member, { q: 'board', type: 'chat_message' })).toEqual({ hits: [], total: 0, counts: { chat_message: 0 } });
    // Joining the channel shows its message.
    await team.server.svc.db`insert into chat_channel_members (channel_id, org_id, user_id) values (${id('room')}, ${team.orgId}, ${team.member.id})`;
    expect((await rest(team.member, { q: 'board', type: 'chat_message' })).hits.map((h: any) => h.id)).toEqual([ids.whisper]);
    await team.server.svc.db`delete from chat_channel_members where channel_id = ${id('room')} and user_id = ${team.member.id}`;
    // The manager (manage_projects, manage_invoices) sees the members-only project but is not in the private channel.
    const manager = await rest(team.manager, { q: 'zebra', limit: 50 });
    expect(manager.counts).toEqual({ task: 2, project: 1, client: 1, task_comment: 2, chat_message: 1, invoice: 1 });
  });

  it('never reaches another organization', async () => {
    // The stranger searches their own organization: only their project.
    const own = await rest(team.stranger, { q: 'zebra' });
    expect(own.hits.map((h: any) => h.title)).toEqual(['Stranger zebra design']);
    expect(own.total).toBe(1);
    // …and cannot act in the team's.
    const res = await team.stranger.rest.get(`/search?q=zebra&org_id=${team.orgId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    // The team never sees the stranger's project.
    expect((await rest(team.owner, { q: 'stranger' })).total).toBe(0);
  });

  it('limits, orders ties newest first, and escapes snippets as HTML', async () => {
    const two = await rest(team.owner, { q: 'zebra', limit: 2 });
    expect(two.hits).toHaveLength(2);
    expect(two.total).toBe(9);
    const all = await rest(team.owner, { q: 'zebra', limit: 50 });
    for (let i = 1; i < all.hits.length; i++) {
      const [a, b] = [all.hits[i - 1], all.hits[i]];
      expect(a.rank > b.rank || (a.rank === b.rank && a.updated_at >= b.updated_at)).toBe(true);
    }
    const escaped = all.hits.find((h: any) => h.id === ids.escaped);
    expect(escaped.snippet).toContain('Tom &amp; Jerry');
    expect(escaped.snippet).toContain('&quot;<mark>zebra</mark>');
    expect(escaped.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('answers the same over REST, WebSocket, GraphQL and MCP', async () => {
    const input = { q: 'zebra or design', type: 'task,task_comment,project,chat_message', limit: 10 };
    const viaRest = await rest(team.member, input);
    const viaWs = await memberWs.request('search', { ...input, org_id: team.orgId });
    expect(viaWs.status).toBe('ok');
    const viaGql = await gql(team.server, team.member.token, SEARCH_GQL, input, { headers: { 'x-org-id': team.orgId } });
    expect(viaGql.body.errors).toBeUndefined();
    const viaMcp = await mcpCall(mcp, 'search', input);
    expect(viaMcp.isError).toBe(false);
    expect(viaRest.total).toBeGreaterThan(0);
    expect(viaWs.data).toEqual(viaRest);
    expect(withoutNulls(viaGql.body.data.search)).toEqual(viaRest);
    expect(viaMcp.body.data).toEqual(viaRest);
  });

  it('answers VALIDATION_ERROR naming the field for bad input, on every transport', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{}, 'q'],
      [{ q: '' }, 'q'],
      [{ q: '   ' }, 'q'],
      [{ q: 'x'.repeat(10_000) }, 'q'],
      [{ q: 'a'.repeat(201) }, 'q'],
      [{ q: '--- OR "" -' }, 'q'],
      [{ q: '-zebra' }, 'q'],
      [{ q: '!!! ??? ...' }, 'q'],
      [{ q: 'design', type: 'tasks' }, 'type'],
      [{ q: 'design', type: 'task,' }, 'type'],
      [{ q: 'design', limit: 0 }, 'limit'],
      [{ q: 'design', limit: 51 }, 'limit'],
      [{ q: 'design', limit: 'x' }, 'limit'],
    ];
    for (const [input, field] of bad) {
      const res = await team.member.rest.get(`/search?${qs(input as Record<string, string>)}`);
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.details.field, JSON.stringify(input)).toBe(field);

      const ws = await memberWs.request('search', { org_id: team.orgId, ...input });
      expect(ws.status, JSON.stringify(input)).toBe('error');
      expect(ws.error!.code).toBe('VALIDATION_ERROR');
      expect(ws.error!.details!.field).toBe(field);

      const m = await mcpCall(mcp, 'search', input);
      expect(m.isError, JSON.stringify(input)).toBe(true);
      expect(m.body.error.code).toBe('VALIDATION_ERROR');
    }
    const noWords = await team.member.rest.get(`/search?${qs({ q: '--- OR "" -' })}`);
    expect(noWords.body.error.message).toMatch(/no searchable words/);
    // GraphQL: the schema requires `q`; a value the spec refuses is the same VALIDATION_ERROR.
    for (const [variables, field] of [
      [{ q: '--- OR "" -' }, 'q'],
      [{ q: 'design', limit: 51 }, 'limit'],
      [{ q: 'design', type: 'nope' }, 'type'],
    ] as const) {
      const res = await gql(team.server, team.member.token, SEARCH_GQL, variables, { headers: { 'x-org-id': team.orgId } });
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('VALIDATION_ERROR');
      expect(res.body.errors[0].extensions.details.field).toBe(field);
    }
  });
});
