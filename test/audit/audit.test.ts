/**
 * The audit log: one row per successful mutation on each of the four interfaces (with transport, user, action,
 * entity, IP and user agent), the token id of a PAT call, nothing for failed calls or reads, no secret ever
 * (password reset, login, PAT creation), `audit.list` (permission, organization, filters, pagination, every
 * transport) and the append-only trigger.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { api, registerUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ws: WsClient;
let mcp: Client;

beforeAll(async () => {
  team = await startTeam();
  ws = await connectWs(team.server, team.owner.token, { headers: { 'user-agent': 'audit-ws/1' } });
  mcp = await connectMcp(team.server, team.owner.token, { 'user-agent': 'audit-mcp/1' });
});
afterAll(async () => {
  await mcp?.close();
  await ws?.close();
  await team?.server.close();
});

const db = () => team.server.svc.db;

interface Row {
  id: string;
  org_id: string | null;
  user_id: string | null;
  pat_id: string | null;
  transport: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  changes: any;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

const rowsFor = (entityId: string) => db()<Row[]>`select * from audit_log where entity_id = ${entityId} order by created_at, id`;
const count = async (): Promise<number> => (await db()<{ n: number }[]>`select count(*)::int as n from audit_log`)[0]!.n;
const LOCAL = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

describe('one row per successful mutation, on every transport', () => {
  it('REST', async () => {
    const res = await team.owner.rest.post('/projects', { name: 'Audit REST' }, { 'user-agent': 'audit-rest/1' });
    expect(res.status).toBe(201);
    const rows = await rowsFor(res.body.data.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      org_id: team.orgId,
      user_id: team.owner.id,
      pat_id: null,
      transport: 'rest',
      action: 'projects.create',
      entity_type: 'project',
      user_agent: 'audit-rest/1',
      request_id: res.headers.get('x-request-id'),
    });
    expect(rows[0]!.ip).toMatch(LOCAL);
    // A creation records the created entity.
    expect(rows[0]!.changes).toMatchObject({ id: res.body.data.id, name: 'Audit REST' });
  });

  it('WebSocket (an update records its field diffs)', async () => {
    const project = (await team.owner.rest.post('/projects', { name: 'Audit WS' })).body.data;
    const reply = await ws.request('projects.update', { org_id: team.orgId, id: project.id, name: 'Audit WS renamed' });
    expect(reply.status, JSON.stringify(reply)).toBe('ok');
    const rows = (await rowsFor(project.id)).filter((r) => r.action === 'projects.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ org_id: team.orgId, user_id: team.owner.id, transport: 'ws', entity_type: 'project', user_agent: 'audit-ws/1' });
    expect(rows[0]!.ip).toMatch(LOCAL);
    expect(rows[0]!.changes).toEqual({ name: { from: 'Audit WS', to: 'Audit WS renamed' } });
  });

  it('GraphQL', async () => {
    const res = await gql(
      team.server,
      team.owner.token,
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: { org_id: team.orgId, name: 'Audit GraphQL' },
      },
      { headers: { 'user-agent': 'audit-graphql/1' } },
    );
    expect(res.body.errors).toBeUndefined();
    const rows = await rowsFor(res.body.data.createProject.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: team.owner.id, transport: 'graphql', action: 'projects.create', user_agent: 'audit-graphql/1' });
    expect(rows[0]!.ip).toMatch(LOCAL);
  });

  it('MCP (a deletion records only the id)', async () => {
    const project = (await team.owner.rest.post('/projects', { name: 'Audit MCP' })).body.data;
    const res = await mcpCall(mcp, 'projects_delete', { org_id: team.orgId, id: project.id });
    expect(res.isError, JSON.stringify(res.body)).toBe(false);
    const rows = (await rowsFor(project.id)).filter((r) => r.action === 'projects.delete');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: team.owner.id, transport: 'mcp', entity_type: 'project', user_agent: 'audit-mcp/1' });
    expect(rows[0]!.changes).toEqual({ id: project.id });
    expect(rows[0]!.ip).toMatch(LOCAL);
  });

  it('a personal access token: its id, and never its plaintext', async () => {
    const created = await team.owner.rest.post('/personal-access-tokens', { name: 'audit bot' });
    expect(created.status).toBe(201);
    const { id: patId, token } = created.body.data;
    const res = await api(team.server, token).post('/projects', { name: 'Made by a PAT' });
    expect(res.status).toBe(201);
    const rows = await rowsFor(res.body.data.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: team.owner.id, pat_id: patId, transport: 'rest' });
    const leaks = await db()`select id from audit_log a where a::text like ${'%' + token + '%'}`;
    expect(leaks).toHaveLength(0);
    const [pat] = await db()<Row[]>`select * from audit_log where action = 'personal_access_tokens.create' and entity_id = ${patId}`;
    expect(pat).toBeDefined();
  });
});

describe('what is not recorded', () => {
  it('failed calls (validation, forbidden, conflict, not found) and reads write nothing', async () => {
    const before = await count();
    expect((await team.owner.rest.post('/projects', {})).status).toBe(400);
    expect((await team.viewer.rest.post('/projects', { name: 'Nope' })).status).toBe(403);
    expect((await team.owner.rest.patch('/projects/prj_nope', { name: 'x' })).status).toBe(404);
    const dup = await api(team.server).post('/auth/register', { email: team.owner.user.email, password: 'whatever-123', name: 'Dup' });
    expect(dup.status).toBe(409);
    expect((await ws.request('projects.create', { org_id: team.orgId })).status).toBe('error');
    expect((await mcpCall(mcp, 'projects_update', { org_id: team.orgId, id: 'prj_nope', name: 'x' })).isError).toBe(true);
    expect((await team.owner.rest.get('/projects')).status).toBe(200);
    expect((await team.owner.rest.get('/audit')).status).toBe(200);
    expect(await count()).toBe(before);
  });

  it('chat.typing stores nothing, not even an audit row (x-audit: false); a sent message writes one', async () => {
    const general = (await team.owner.rest.get('/chat/channels')).body.data.find((c: { kind: string }) => c.kind === 'general');
    const before = await count();
    const typing = await ws.request('chat.typing', { org_id: team.orgId, channel_id: general.id });
    expect(typing.status).toBe('ok');
    expect(await count()).toBe(before);
    const sent = await ws.request('chat.messages.send', { org_id: team.orgId, channel_id: general.id, content: 'audited' });
    expect(sent.status).toBe('ok');
    expect(await count()).toBe(before + 1);
    const [row] = await db()<Row[]>`select * from audit_log order by created_at desc, id desc limit 1`;
    expect(row).toMatchObject({ action: 'chat.messages.send', transport: 'ws', user_id: team.owner.user.user.id });
    expect(row).toMatchObject({ entity_type: 'chat_message', entity_id: sent.data.id });
    expect(row!.changes).toMatchObject({ id: sent.data.id, content: 'audited', channel_id: general.id });
  });

  it('a password reset and a sign-in store no password, reset token or session token', async () => {
    const anon = api(team.server);
    const someone = await registerUser(team.server, { name: 'Resetting Rita' });
    const email = someone.email;
    expect((await anon.post('/auth/forgot-password', { email })).status).toBe(200);
    const [mail] = await db()<{ body_text: string }[]>`
      select body_text from mail_outbox where to_address = ${email} and kind = 'password_reset' order by created_at desc limit 1`;
    const resetToken = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail!.body_text)![1]!);
    const newPassword = 'Brand-new-secret-4711';
    expect((await anon.post('/auth/reset-password', { token: resetToken, password: newPassword })).status).toBe(200);
    const login = await anon.post('/auth/login', { email, password: newPassword });
    expect(login.status).toBe(200);
    const refreshed = await anon.post('/auth/refresh', { refresh_token: login.body.refresh_token });
    expect(refreshed.status).toBe(200);

    const rows = await db()<Row[]>`
      select * from audit_log where action in ('auth.register', 'auth.reset_password', 'auth.login', 'auth.refresh') order by created_at`;
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.reset_password', 'auth.login', 'auth.refresh']));
    expect(rows.find((r) => r.action === 'auth.login' && r.user_id === someone.user.id)).toBeDefined();
    for (const secret of [
      someone.password,
      someone.refresh_token,
      newPassword,
      resetToken,
      login.body.refresh_token,
      login.body.access_token,
      refreshed.body.refresh_token,
    ]) {
      const leaks = await db()`select id, action from audit_log a where a::text like ${'%' + secret + '%'}`;
      expect(leaks, `secret found in ${JSON.stringify(leaks)}`).toHaveLength(0);
    }
    expect(rows.find((r) => r.action === 'auth.reset_password')!.changes).toEqual({ token: '[redacted]', password: '[redacted]' });
  });
});

describe('audit.list', () => {
  it('needs view_audit: owner yes, member and viewer FORBIDDEN on every transport', async () => {
    expect((await team.owner.rest.get('/audit')).status).toBe(200);
    for (const p of [team.member, team.viewer, team.manager]) {
      const res = await p.rest.get('/audit');
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    const viewerWs = await connectWs(team.server, team.viewer.token);
    expect((await viewerWs.request('audit.list', { org_id: team.orgId })).error?.code).toBe('FORBIDDEN');
    await viewerWs.close();
    const g = await gql(team.server, team.member.token, `query { auditLog(orgId: "${team.orgId}") { data { id } } }`);
    expect(g.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("lists only the caller's organization", async () => {
    await team.stranger.rest.post('/projects', { name: 'Stranger project' });
    const mine = await team.stranger.rest.get('/audit?per_page=100');
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((e: any) => e.org_id === team.stranger.user.orgId)).toBe(true);
    expect(mine.body.data.some((e: any) => e.user_id === team.owner.id)).toBe(false);
    const team_ = await team.owner.rest.get('/audit?per_page=100');
    expect(team_.body.data.every((e: any) => e.org_id === team.orgId)).toBe(true);
    expect(team_.body.data.some((e: any) => e.user_id === team.stranger.id)).toBe(false);
    // Naming the stranger's organization is NOT_FOUND for the owner.
    expect((await team.owner.rest.get(`/audit?org_id=${team.stranger.user.orgId}`)).status).toBe(404);
  });

  it('filters, newest first, paginated; the same on REST, WS, GraphQL and MCP', async () => {
    const project = (await team.owner.rest.post('/projects', { name: 'Filtered' })).body.data;
    for (const name of ['F1', 'F2', 'F3']) await team.owner.rest.patch(`/projects/${project.id}`, { name });
    const all = await team.owner.rest.get(`/audit?entity_id=${project.id}`);
    expect(all.body.data.map((e: any) => e.action)).toEqual(['projects.update', 'projects.update', 'projects.update', 'projects.create']);
    expect(all.body.data[0].changes).toEqual({ name: { from: 'F2', to: 'F3' } });
    expect(all.body.timezone).toBe('UTC');

    const page2 = await team.owner.rest.get(`/audit?entity_id=${project.id}&per_page=1&page=2`);
    expect(page2.body.pagination).toEqual({ total: 4, page: 2, per_page: 1, total_pages: 4 });
    expect(page2.body.data[0].id).toBe(all.body.data[1].id);

    const updates = await team.owner.rest.get(`/audit?entity_id=${project.id}&action=projects.update&user_id=${team.owner.id}&entity_type=project`);
    expect(updates.body.pagination.total).toBe(3);
    expect((await team.owner.rest.get(`/audit?entity_id=${project.id}&user_id=${team.member.id}`)).body.pagination.total).toBe(0);
    expect((await team.owner.rest.get(`/audit?entity_id=${project.id}&entity_type=task`)).body.pagination.total).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    expect((await team.owner.rest.get(`/audit?entity_id=${project.id}&from=${today}&to=${today}`)).body.pagination.total).toBe(4);
    expect((await team.owner.rest.get(`/audit?entity_id=${project.id}&to=2020-01-01`)).body.pagination.total).toBe(0);
    const soon = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
    expect((await team.owner.rest.get(`/audit?entity_id=${project.id}&from=${soon}`)).body.pagination.total).toBe(0);
    expect((await team.owner.rest.get(`/audit?from=yesterday`)).status).toBe(400);
    expect((await team.owner.rest.get(`/audit?per_page=101`)).status).toBe(400);

    const viaWs = await ws.request('audit.list', { org_id: team.orgId, entity_id: project.id });
    expect(viaWs.data).toEqual(all.body.data);
    expect(viaWs.pagination).toEqual(all.body.pagination);
    const viaMcp = await mcpCall(mcp, 'audit_list', { org_id: team.orgId, entity_id: project.id });
    expect(viaMcp.body.data).toEqual(all.body.data);
    const viaGql = await gql(
      team.server,
      team.owner.token,
      `query($e: ID) { auditLog(entityId: $e) { data { id action changes transport } pagination { total } timezone } }`,
      { e: project.id },
      { headers: { 'x-org-id': team.orgId } },
    );
    expect(viaGql.body.data.auditLog.data.map((e: any) => e.id)).toEqual(all.body.data.map((e: any) => e.id));
    expect(viaGql.body.data.auditLog.timezone).toBe('UTC');
  });
});

describe('append-only', () => {
  it('UPDATE, DELETE and TRUNCATE run directly in SQL are refused, and the row is unchanged', async () => {
    const [row] = await db()<Row[]>`select * from audit_log order by created_at limit 1`;
    await expect(db()`update audit_log set action = 'forged' where id = ${row!.id}`).rejects.toThrow(/append-only/);
    await expect(db()`delete from audit_log where id = ${row!.id}`).rejects.toThrow(/append-only/);
    await expect(db()`truncate audit_log`).rejects.toThrow(/append-only/);
    const [after] = await db()<Row[]>`select * from audit_log where id = ${row!.id}`;
    expect(after).toEqual(row);
  });

  it('deleting an organization keeps its audit rows', async () => {
    const org = await team.owner.rest.post('/organizations', { name: 'Short lived' });
    expect(org.status).toBe(201);
    const orgId = org.body.data.id;
    await api(team.server, team.owner.token).post('/projects', { name: 'In short lived' }, { 'x-org-id': orgId });
    const del = await api(team.server, team.owner.token).delete(`/organizations/${orgId}`);
    expect(del.status).toBe(200);
    const rows = await db()<Row[]>`select action from audit_log where org_id = ${orgId} order by created_at, id`;
    expect(rows.map((r) => r.action)).toEqual(['organizations.create', 'projects.create', 'organizations.delete']);
  });
});
