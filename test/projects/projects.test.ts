/** projects.*: CRUD over REST, WebSocket and MCP; validation, permissions, isolation, cascade, events. */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';
import { mcpCall, startTeam, type Team } from './fixtures.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token, { 'x-org-id': team.orgId });
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

describe('projects over REST', () => {
  it('create → get → update → delete, with defaults and null clearing', async () => {
    const { rest } = team.owner;
    const created = await rest.post('/projects', { name: 'Website relaunch', description: 'Q3', color: '#3b82f6', hourly_rate_cents: 15000 });
    expect(created.status).toBe(201);
    const project = created.body.data;
    expect(project).toMatchObject({
      org_id: team.orgId,
      name: 'Website relaunch',
      description: 'Q3',
      color: '#3b82f6',
      billable: true,
      hourly_rate_cents: 15000,
      client_id: null,
      status: 'active',
    });
    expect(project.id).toMatch(/^prj_/);
    expect(project.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const got = await team.viewer.rest.get(`/projects/${project.id}`);
    expect(got.status).toBe(200);
    // A viewer has no view_rates: the same project, its rate hidden.
    expect(got.body.data).toEqual({ ...project, hourly_rate_cents: null });

    const updated = await rest.patch(`/projects/${project.id}`, { name: 'Relaunch', description: null, status: 'archived' });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ name: 'Relaunch', description: null, status: 'archived', color: '#3b82f6', hourly_rate_cents: 15000 });

    const deleted = await rest.delete(`/projects/${project.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ data: { id: project.id, deleted: true } });
    const gone = await rest.get(`/projects/${project.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
  });

  it('lists oldest first, filters by status and name (case-insensitive), paginates', async () => {
    const { rest } = team.owner;
    for (const name of ['Alpha ONE', 'beta one', 'Gamma two', 'delta 100%']) {
      expect((await rest.post('/projects', { name, ...(name.startsWith('Gamma') ? { status: 'archived' } : {}) })).status).toBe(201);
    }
    const search = await rest.get('/projects?search=ONE');
    expect(search.status).toBe(200);
    expect(search.body.data.map((p: any) => p.name)).toEqual(['Alpha ONE', 'beta one']);

    // `%` is a plain character, not a wildcard.
    expect((await rest.get('/projects?search=' + encodeURIComponent('0%'))).body.data.map((p: any) => p.name)).toEqual(['delta 100%']);

    const archived = await rest.get('/projects?status=archived');
    expect(archived.body.data.map((p: any) => p.name)).toContain('Gamma two');
    expect(archived.body.data.every((p: any) => p.status === 'archived')).toBe(true);

    const all = await rest.get('/projects?per_page=100');
    const total = all.body.pagination.total;
    expect(total).toBe(all.body.data.length);
    const created = all.body.data.map((p: any) => p.created_at);
    expect([...created].sort()).toEqual(created);

    const page2 = await rest.get('/projects?per_page=2&page=2');
    expect(page2.body.pagination).toEqual({ total, page: 2, per_page: 2, total_pages: Math.ceil(total / 2) });
    expect(page2.body.data).toEqual(all.body.data.slice(2, 4));

    const past = await rest.get('/projects?per_page=2&page=50');
    expect(past.body).toEqual({ data: [], pagination: { total, page: 50, per_page: 2, total_pages: Math.ceil(total / 2) } });
  });

  it('rejects bad input with VALIDATION_ERROR naming the field', async () => {
    const { rest } = team.owner;
    const invalidJson = await rest.post('/projects', '{"name": ');
    expect(invalidJson.status).toBe(400);
    expect(invalidJson.body.error.code).toBe('VALIDATION_ERROR');

    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 42 }, 'name'],
      [{ name: 'x', billable: 'yes' }, 'billable'],
      [{ name: 'x', color: 'blue' }, 'color'],
      [{ name: 'x', hourly_rate_cents: -1 }, 'hourly_rate_cents'],
      [{ name: 'x', hourly_rate_cents: 1.5 }, 'hourly_rate_cents'],
      [{ name: 'x', status: 'deleted' }, 'status'],
      [{ name: 'x', colour: '#ffffff' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const res = await rest.post('/projects', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.details.field, JSON.stringify(body)).toBe(field);
    }
    const p = (await rest.post('/projects', { name: 'Valid' })).body.data;
    const badUpdate = await rest.patch(`/projects/${p.id}`, { name: null });
    expect(badUpdate.status).toBe(400);
    expect(badUpdate.body.error.details.field).toBe('name');
    expect((await rest.get(`/projects/${p.id}`)).body.data.name).toBe('Valid');
  });

  it('a client of another organization (or none) is NOT_FOUND', async () => {
    const res = await team.owner.rest.post('/projects', { name: 'Billed', client_id: 'cli_01jq3v7a1b2c3d4e5f6g7h8j9k' });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Client not found' });
  });

  it('writing needs manage_projects: member, viewer → FORBIDDEN; they can read', async () => {
    const p = (await team.owner.rest.post('/projects', { name: 'Guarded' })).body.data;
    for (const who of [team.member, team.viewer]) {
      const create = await who.rest.post('/projects', { name: 'Nope' });
      expect(create.status).toBe(403);
      expect(create.body.error.code).toBe('FORBIDDEN');
      expect((await who.rest.patch(`/projects/${p.id}`, { name: 'Nope' })).status).toBe(403);
      expect((await who.rest.delete(`/projects/${p.id}`)).status).toBe(403);
      expect((await who.rest.get(`/projects/${p.id}`)).status).toBe(200);
      expect((await who.rest.get('/projects')).status).toBe(200);
    }
    const byManager = await team.manager.rest.patch(`/projects/${p.id}`, { name: 'Managed' });
    expect(byManager.status).toBe(200);
    expect(byManager.body.data.name).toBe('Managed');
  });

  it("another organization's project is NOT_FOUND, never FORBIDDEN", async () => {
    const p = (await team.owner.rest.post('/projects', { name: 'Private' })).body.data;
    const { rest } = team.stranger;
    for (const res of [
      await rest.get(`/projects/${p.id}`),
      await rest.patch(`/projects/${p.id}`, { name: 'Mine' }),
      await rest.delete(`/projects/${p.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
    }
    expect((await rest.get('/projects')).body.data.map((x: any) => x.id)).not.toContain(p.id);
    // Asking for the team's organization outright: not a member → NOT_FOUND.
    const asked = await rest.get(`/projects/${p.id}`, { 'x-org-id': team.orgId });
    expect(asked.status).toBe(404);
    expect((await team.owner.rest.get(`/projects/${p.id}`)).body.data.name).toBe('Private');
  });

  it('deleting a project deletes its tasks and keeps its time entries, detached', async () => {
    const { rest } = team.owner;
    const p = (await rest.post('/projects', { name: 'Doomed' })).body.data;
    const t = (await rest.post('/tasks', { title: 'Doomed task', project_id: p.id })).body.data;
    const te = await rest.post('/time-entries', { started_at: '2026-03-02T09:00:00Z', stopped_at: '2026-03-02T10:00:00Z', task_id: t.id });
    expect(te.status).toBe(201);
    expect(te.body.data).toMatchObject({ project_id: p.id, task_id: t.id });

    expect((await rest.delete(`/projects/${p.id}`)).status).toBe(200);
    expect((await rest.get(`/tasks/${t.id}`)).status).toBe(404);
    const kept = await rest.get(`/time-entries/${te.body.data.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.data).toMatchObject({ project_id: null, task_id: null, duration_secs: 3600 });
  });
});

describe('projects over WebSocket and MCP', () => {
  it('the same operations answer over WS with REST-shaped data', async () => {
    const created = await ownerWs.request('projects.create', { org_id: team.orgId, name: 'Over WS', billable: false });
    expect(created.status).toBe('ok');
    expect(created.data).toMatchObject({ name: 'Over WS', billable: false, org_id: team.orgId });
    const id = created.data.id;

    const viaRest = await team.owner.rest.get(`/projects/${id}`);
    expect((await ownerWs.request('projects.get', { org_id: team.orgId, id })).data).toEqual(viaRest.body.data);

    const list = await ownerWs.request('projects.list', { org_id: team.orgId, search: 'over ws' });
    expect(list.status).toBe('ok');
    expect(list.data.map((p: any) => p.id)).toEqual([id]);
    expect(list.pagination).toMatchObject({ total: 1, page: 1, per_page: 25, total_pages: 1 });

    const updated = await ownerWs.request('projects.update', { org_id: team.orgId, id, color: '#000000' });
    expect(updated.data.color).toBe('#000000');

    const forbidden = await memberWs.request('projects.delete', { org_id: team.orgId, id });
    expect(forbidden).toMatchObject({ status: 'error', error: { code: 'FORBIDDEN' } });

    const bad = await ownerWs.request('projects.create', { org_id: team.orgId, name: 'x', extra: 1 });
    expect(bad).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field: 'extra' } } });
    const missing = await ownerWs.request('projects.create', { org_id: team.orgId });
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });

    const deleted = await ownerWs.request('projects.delete', { org_id: team.orgId, id });
    expect(deleted).toMatchObject({ status: 'ok', data: { id, deleted: true } });
    expect((await ownerWs.request('projects.get', { org_id: team.orgId, id })).error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Project not found',
    });
  });

  it('the same operations answer over MCP', async () => {
    const created = await mcpCall(mcp, 'projects_create', { name: 'Over MCP', hourly_rate_cents: 9000 });
    expect(created.isError).toBe(false);
    expect(created.body.data).toMatchObject({ name: 'Over MCP', hourly_rate_cents: 9000, org_id: team.orgId });
    const id = created.body.data.id;

    const list = await mcpCall(mcp, 'projects_list', { search: 'over mcp' });
    expect(list.body.data.map((p: any) => p.id)).toEqual([id]);
    expect(list.body.pagination.total).toBe(1);
    expect((await mcpCall(mcp, 'projects_get', { id })).body.data).toEqual(created.body.data);
    expect((await mcpCall(mcp, 'projects_update', { id, name: 'Renamed over MCP' })).body.data.name).toBe('Renamed over MCP');

    const bad = await mcpCall(mcp, 'projects_create', { name: 7 });
    expect(bad.isError).toBe(true);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });

    expect((await mcpCall(mcp, 'projects_delete', { id })).body.data).toEqual({ id, deleted: true });
    const gone = await mcpCall(mcp, 'projects_get', { id });
    expect(gone.isError).toBe(true);
    expect(gone.body.error.code).toBe('NOT_FOUND');
  });
});

describe('projects over GraphQL', () => {
  const FIELDS = 'id org_id name description color billable hourly_rate_cents client_id status visibility created_at updated_at';

  it('create, read, list, update, delete; errors carry the code', async () => {
    const token = team.owner.token;
    const created = await gql(team.server, token, `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`, {
      input: { name: 'Over GraphQL', color: '#123456' },
    });
    expect(created.body.errors).toBeUndefined();
    const project = created.body.data.createProject;
    expect(project).toMatchObject({ name: 'Over GraphQL', color: '#123456', org_id: team.orgId, status: 'active' });
    expect(project).toEqual((await team.owner.rest.get(`/projects/${project.id}`)).body.data);

    const read = await gql(
      team.server,
      token,
      `query($id: ID!) { project(id: $id) { ${FIELDS} } projects(search: "over graphql") { data { id } pagination { total } } }`,
      { id: project.id },
    );
    expect(read.body.data.project).toEqual(project);
    expect(read.body.data.projects).toEqual({ data: [{ id: project.id }], pagination: { total: 1 } });

    const updated = await gql(team.server, token, 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { name description } }', {
      input: { id: project.id, name: 'GraphQL renamed', description: null },
    });
    expect(updated.body.data.updateProject).toEqual({ name: 'GraphQL renamed', description: null });

    const forbidden = await gql(team.server, team.viewer.token, 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: { org_id: team.orgId, name: 'Nope' },
    });
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await gql(team.server, team.stranger.token, 'query($id: ID!) { project(id: $id) { id } }', { id: project.id });
    expect(foreign.body.data?.project ?? null).toBeNull();
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const deleted = await gql(team.server, token, 'mutation($input: DeleteProjectInput!) { deleteProject(input: $input) { id deleted } }', {
      input: { id: project.id },
    });
    expect(deleted.body.data.deleteProject).toEqual({ id: project.id, deleted: true });
  });
});

describe('project events', () => {
  it('members receive created / updated (with changes) / deleted; a no-op update sends nothing', async () => {
    const p = (await team.owner.rest.post('/projects', { name: 'Evented' })).body.data;
    const isThis = (action: string) => (e: any) => e.event === 'EntityChanged' && e.data.entity_id === p.id && e.data.action === action;

    const created = await memberWs.nextEvent(isThis('created'));
    expect(created.data).toMatchObject({ entity_type: 'project', user_id: team.owner.id, org_id: team.orgId, entity: p });

    await team.owner.rest.patch(`/projects/${p.id}`, { name: 'Evented 2', billable: false });
    const updated = await memberWs.nextEvent(isThis('updated'));
    expect(updated.data.changes).toEqual({ name: { from: 'Evented', to: 'Evented 2' }, billable: { from: true, to: false } });
    expect(updated.data.entity).toMatchObject({ name: 'Evented 2', billable: false });

    const same = await team.owner.rest.patch(`/projects/${p.id}`, { name: 'Evented 2' });
    expect(same.status).toBe(200);
    expect(await memberWs.noEvent(isThis('updated'), 300)).toBe(true);

    await team.owner.rest.delete(`/projects/${p.id}`);
    const deleted = await ownerWs.nextEvent(isThis('deleted'));
    expect(deleted.data.entity).toMatchObject({ id: p.id, name: 'Evented 2' });
  });

  it("a stranger's socket receives nothing of the team's projects", async () => {
    const strangerWs = await connectWs(team.server, team.stranger.token);
    try {
      const p = (await team.owner.rest.post('/projects', { name: 'Secret' })).body.data;
      await memberWs.nextEvent((e) => e.data?.entity_id === p.id);
      expect(await strangerWs.noEvent((e) => e.data?.entity_id === p.id, 300)).toBe(true);
    } finally {
      await strangerWs.close();
    }
  });
});
