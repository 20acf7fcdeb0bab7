/**
 * projects.members.* and members-only projects, over REST, WebSocket, MCP and GraphQL: adding, changing and
 * removing project members (bad input, a user outside the organization, twice, the viewer, a stranger, the last
 * lead); a members-only project and what is in it hidden from everyone but its members and holders of
 * manage_projects (reads, filters, writes, nested fields, events); a removed member stops receiving its events at
 * once, also on a second instance sharing Redis.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, orgApi, startServer, startTeam, type Team } from '../projects/fixtures.js';
import { gql, subscribeGql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import type { TestServer } from '../support/server.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let mcp: Client;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  mcp = await connectMcp(team.server, team.owner.token);
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await team?.server.close();
});

const project = async (name: string, visibility?: 'members' | 'organization'): Promise<any> => {
  const res = await team.manager.rest.post('/projects', { name, ...(visibility ? { visibility } : {}) });
  expect(res.status).toBe(201);
  return res.body.data;
};

async function membersTable(projectId: string): Promise<unknown> {
  return team.server.svc.db`select user_id, role from project_members where project_id = ${projectId} order by user_id`;
}

describe('projects.members.*', () => {
  it('add, list, update, remove over REST, WS and MCP; the last lead may go', async () => {
    const p = await project('Staffed');
    expect(p.visibility).toBe('organization');
    const added = await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.member.id, role: 'lead' });
    expect(added.status).toBe(201);
    expect(added.body.data).toEqual({
      id: expect.stringMatching(/^pm_/),
      org_id: team.orgId,
      project_id: p.id,
      user_id: team.member.id,
      role: 'lead',
      user: { id: team.member.id, name: 'Mia Member', email: team.member.user.user.email, avatar_url: null },
      hourly_rate_cents: null,
      cost_rate_cents: null,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const viaWs = await ownerWs.request('projects.members.add', { org_id: team.orgId, project_id: p.id, user_id: team.viewer.id });
    expect(viaWs.status).toBe('ok');
    expect(viaWs.data.role).toBe('member');

    const list = await team.member.rest.get(`/projects/${p.id}/members?per_page=1&page=2`);
    expect(list.status).toBe(200);
    expect(list.body.pagination).toEqual({ total: 2, page: 2, per_page: 1, total_pages: 2 });
    expect(list.body.data.map((m: any) => m.user_id)).toEqual([team.viewer.id]);
    const wsList = await ownerWs.request('projects.members.list', { org_id: team.orgId, project_id: p.id });
    expect(wsList.data.map((m: any) => [m.user_id, m.role])).toEqual([
      [team.member.id, 'lead'],
      [team.viewer.id, 'member'],
    ]);

    const updated = await mcpCall(mcp, 'projects_members_update', { org_id: team.orgId, project_id: p.id, user_id: team.viewer.id, role: 'lead' });
    expect(updated.isError).toBe(false);
    expect(updated.body.data.role).toBe('lead');

    // Both leads go: leads are informational.
    for (const u of [team.member.id, team.viewer.id]) {
      const removed = await team.owner.rest.delete(`/projects/${p.id}/members/${u}`);
      expect(removed.status).toBe(200);
      expect(removed.body.data).toEqual({ project_id: p.id, user_id: u, removed: true });
    }
    expect(await membersTable(p.id)).toEqual([]);
  });

  it('bad input, a user outside the organization, twice, unknown member, the viewer and a stranger: errors that change nothing', async () => {
    const p = await project('Guarded');
    await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.member.id });
    const before = await membersTable(p.id);
    const [events] = await team.server.svc.db`select count(*)::int as n from events`;

    const bad = await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.viewer.id, role: 'boss' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'role' } });
    const missing = await ownerWs.request('projects.members.add', { org_id: team.orgId, project_id: p.id });
    expect(missing.status).toBe('error');
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    const extra = await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.viewer.id, admin: true });
    expect(extra.body.error.code).toBe('VALIDATION_ERROR');
    // The role is optional (rates may change alone), but rates are whole non-negative cents per hour.
    for (const bad of [{ hourly_rate_cents: -1 }, { cost_rate_cents: 2.5 }, { hourly_rate_cents: 100_000_001 }]) {
      const badRate = await team.owner.rest.patch(`/projects/${p.id}/members/${team.member.id}`, bad);
      expect(badRate.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: Object.keys(bad)[0] } });
    }

    const outsider = await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.stranger.id });
    expect(outsider.status).toBe(404);
    expect(outsider.body.error).toMatchObject({ code: 'NOT_FOUND', details: { field: 'user_id' } });
    const twice = await ownerWs.request('projects.members.add', { org_id: team.orgId, project_id: p.id, user_id: team.member.id });
    expect(twice.error).toMatchObject({ code: 'CONFLICT' });
    const notIn = await team.owner.rest.delete(`/projects/${p.id}/members/${team.viewer.id}`);
    expect(notIn.status).toBe(404);
    const notInUpdate = await mcpCall(mcp, 'projects_members_update', {
      org_id: team.orgId,
      project_id: p.id,
      user_id: team.viewer.id,
      role: 'lead',
    });
    expect(notInUpdate.body.error.code).toBe('NOT_FOUND');

    const viewer = await team.viewer.rest.post(`/projects/${p.id}/members`, { user_id: team.viewer.id });
    expect(viewer.status).toBe(403);
    const member = await team.member.rest.delete(`/projects/${p.id}/members/${team.member.id}`);
    expect(member.status).toBe(403);
    // The stranger acts in their own organization: the team's project is not there.
    const stranger = await team.stranger.rest.get(`/projects/${p.id}/members`);
    expect(stranger.status).toBe(404);
    const strangerInTeam = await orgApi(team.server, team.stranger.token, team.orgId).get(`/projects/${p.id}/members`);
    expect(strangerInTeam.status).toBe(404);

    expect(await membersTable(p.id)).toEqual(before);
    const [after] = await team.server.svc.db`select count(*)::int as n from events`;
    expect(after).toEqual(events);
  });

  it('GraphQL: Project.members with users, and the mutations', async () => {
    const p = await project('Graphed');
    const add = await gql(
      team.server,
      team.owner.token,
      `mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { id role user { id name } } }`,
      { input: { org_id: team.orgId, project_id: p.id, user_id: team.member.id, role: 'lead' } },
    );
    expect(add.body.errors).toBeUndefined();
    expect(add.body.data.addProjectMember).toMatchObject({ role: 'lead', user: { id: team.member.id, name: 'Mia Member' } });
    const read = await gql(
      team.server,
      team.member.token,
      `query($id: ID!, $orgId: ID) { project(id: $id, orgId: $orgId) { id visibility members { data { id role user { name } } pagination { total } } } }`,
      {
        id: p.id,
        orgId: team.orgId,
      },
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.project).toMatchObject({
      visibility: 'organization',
      members: { data: [{ role: 'lead', user: { name: 'Mia Member' } }], pagination: { total: 1 } },
    });
    const removed = await gql(
      team.server,
      team.owner.token,
      `mutation($input: RemoveProjectMemberInput!) { removeProjectMember(input: $input) { project_id user_id removed } }`,
      { input: { org_id: team.orgId, project_id: p.id, user_id: team.member.id } },
    );
    expect(removed.body.data.removeProjectMember).toEqual({ project_id: p.id, user_id: team.member.id, removed: true });
  });
});

describe('members-only projects', () => {
  it('the creator becomes its lead; it and everything in it exist only for its members and holders of manage_projects', async () => {
    const p = await project('Secret', 'members');
    expect(p.visibility).toBe('members');
    expect(await membersTable(p.id)).toEqual([{ user_id: team.manager.id, role: 'lead' }]);
    const task = (await team.manager.rest.post('/tasks', { title: 'Hidden task', project_id: p.id })).body.data;
    const other = (await team.manager.rest.post('/tasks', { title: 'Open task', project_id: (await project('Open')).id })).body.data;
    await team.manager.rest.post(`/tasks/${task.id}/comments`, { body: 'psst' });

    const m = team.member.rest;
    expect((await m.get(`/projects/${p.id}`)).status).toBe(404);
    expect((await m.get('/projects?per_page=100')).body.data.map((x: any) => x.id)).not.toContain(p.id);
    expect((await m.get(`/tasks?project_id=${p.id}`)).status).toBe(404);
    expect((await m.get('/tasks?per_page=100')).body.data.map((x: any) => x.id)).not.toContain(task.id);
    expect((await m.get(`/tasks/${task.id}`)).status).toBe(404);
    expect((await m.get(`/tasks/${task.id}/comments`)).status).toBe(404);
    expect((await m.get(`/projects/${p.id}/members`)).status).toBe(404);
    expect((await m.patch(`/tasks/${task.id}`, { title: 'Mine' })).status).toBe(404);
    expect((await m.post(`/tasks/${task.id}/comments`, { body: 'hi' })).status).toBe(404);
    expect((await m.post('/time-entries/start', { task_id: task.id })).status).toBe(404);
    expect((await m.post(`/tasks/${other.id}/dependencies`, { depends_on_id: task.id, dependency_type: 'blocked_by' })).status).toBe(404);
    const memberWs = await connectWs(team.server, team.member.token);
    try {
      expect((await memberWs.request('tasks.get', { org_id: team.orgId, id: task.id })).error).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await memberWs.close();
    }
    const nested = await gql(
      team.server,
      team.member.token,
      `query($orgId: ID) { projects(orgId: $orgId, perPage: 100) { data { id } } tasks(orgId: $orgId, perPage: 100) { data { id } } }`,
      {
        orgId: team.orgId,
      },
    );
    expect(nested.body.data.projects.data.map((x: any) => x.id)).not.toContain(p.id);
    expect(nested.body.data.tasks.data.map((x: any) => x.id)).not.toContain(task.id);

    // The owner (manage_projects) sees it without being a member; its task_count counts for them.
    const owner = await gql(
      team.server,
      team.owner.token,
      `query($id: ID!, $orgId: ID) { project(id: $id, orgId: $orgId) { id task_count tasks { data { id comment_count } } } }`,
      {
        id: p.id,
        orgId: team.orgId,
      },
    );
    expect(owner.body.data.project).toEqual({ id: p.id, task_count: 1, tasks: { data: [{ id: task.id, comment_count: 1 }] } });

    // Once added, the member sees it on the next call; once removed, no more.
    await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.member.id });
    expect((await m.get(`/tasks/${task.id}`)).status).toBe(200);
    expect((await m.get(`/tasks?project_id=${p.id}`)).body.data.map((x: any) => x.id)).toEqual([task.id]);
    await team.owner.rest.delete(`/projects/${p.id}/members/${team.member.id}`);
    expect((await m.get(`/tasks/${task.id}`)).status).toBe(404);

    // Back to organization visibility: everyone sees it again.
    expect((await team.manager.rest.patch(`/projects/${p.id}`, { visibility: 'organization' })).body.data.visibility).toBe('organization');
    expect((await m.get(`/tasks/${task.id}`)).status).toBe(200);
  });

  it("a non-member's sockets get none of its events; a member removed on one instance stops receiving them at once on another", async () => {
    let second: TestServer | undefined;
    const sockets: WsClient[] = [];
    try {
      second = await startServer({ shareWith: team.server });
      const p = await project('Quiet', 'members');
      await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.member.id });
      // Leader on instance 1 (the manager, its lead), member and viewer on instance 2.
      const lead = await connectWs(team.server, team.manager.token);
      const member = await connectWs(second, team.member.token);
      const viewer = await connectWs(second, team.viewer.token);
      sockets.push(lead, member, viewer);
      const about = (title: string) => (e: WsEvent) => e.event === 'EntityChanged' && e.data.entity?.title === title;

      await team.manager.rest.post('/tasks', { title: 'First', project_id: p.id });
      await lead.nextEvent(about('First'));
      await member.nextEvent(about('First'));
      expect(await viewer.noEvent(about('First'), 300)).toBe(true);

      // Removed on instance 1: the member hears of their removal, then nothing more.
      await team.owner.rest.delete(`/projects/${p.id}/members/${team.member.id}`);
      const removal = await member.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_type === 'project_member');
      expect(removal.data).toMatchObject({ action: 'deleted', entity: { user_id: team.member.id } });
      await team.manager.rest.post('/tasks', { title: 'Second', project_id: p.id });
      await lead.nextEvent(about('Second'));
      // The lead on instance 1 got it; by the time a later organization-wide event reaches instance 2, it would have too.
      await team.manager.rest.post('/tasks', { title: 'Marker', project_id: (await project('Public')).id });
      await member.nextEvent(about('Marker'));
      expect(member.messages.some((msg) => msg.event === 'EntityChanged' && msg.data?.entity?.title === 'Second')).toBe(false);
      expect(viewer.messages.some((msg) => msg.event === 'EntityChanged' && msg.data?.entity?.title === 'Second')).toBe(false);
      // Catch-up from the outbox keeps the audience.
      const [row] = await team.server.svc.db`select audience from events where payload->'entity'->>'title' = 'Second'`;
      expect(row!.audience).toEqual([team.manager.id]);
    } finally {
      for (const s of sockets) await s.close();
      await second?.close();
    }
  });

  it('GraphQL subscriptions: a non-member gets none of its events, a member and a holder of manage_projects do', async () => {
    const p = await project('Subscribed', 'members');
    await team.owner.rest.post(`/projects/${p.id}/members`, { user_id: team.viewer.id });
    const query = 'subscription { entityChanged(entityType: "task") { action entity } }';
    const [member, viewer, owner] = await Promise.all([
      subscribeGql(team.server, team.member.token, query),
      subscribeGql(team.server, team.viewer.token, query),
      subscribeGql(team.server, team.owner.token, query),
    ]);
    try {
      await team.manager.rest.post('/tasks', { title: 'Private', project_id: p.id });
      const [v, o] = await Promise.all([viewer.next(), owner.next()]);
      expect(v.data.entityChanged.entity.title).toBe('Private');
      expect(o.data.entityChanged.entity.title).toBe('Private');
      // The next event the member receives is a public one: the private one never came.
      await team.manager.rest.post('/tasks', { title: 'Public', project_id: (await project('Everyone')).id });
      expect((await member.next()).data.entityChanged.entity.title).toBe('Public');
    } finally {
      await Promise.all([member.close(), viewer.close(), owner.close()]);
    }
  });
});
