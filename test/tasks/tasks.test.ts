/** tasks.*: CRUD over REST, WebSocket and MCP; date and assignee rules, list filters and sorting, permissions, isolation, events. */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;
let projectId: string;
let otherProjectId: string;
let strangerProjectId: string;
/** Every SQL statement the server sends (to check how tasks.list queries). */
const statements: string[] = [];

beforeAll(async () => {
  team = await startTeam({ onQuery: (q) => statements.push(q) });
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Tasks home' })).body.data.id;
  otherProjectId = (await team.owner.rest.post('/projects', { name: 'Tasks elsewhere' })).body.data.id;
  strangerProjectId = (await team.stranger.rest.post('/projects', { name: 'Not yours' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

/** A fresh project with its own tasks, so list assertions see only what the test made. */
async function freshProject(name: string): Promise<string> {
  return (await team.owner.rest.post('/projects', { name })).body.data.id;
}

describe('tasks over REST', () => {
  it('create with defaults, placed last in the project; get; delete', async () => {
    const pid = await freshProject('Positions');
    const first = await team.member.rest.post('/tasks', { title: 'First', project_id: pid });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      org_id: team.orgId,
      project_id: pid,
      title: 'First',
      description: null,
      status: 'open',
      priority: 'medium',
      start_date: null,
      due_date: null,
      estimated_hours: null,
      assignee_ids: [],
      position: 0,
      created_by: team.member.id,
    });
    expect(first.body.data.id).toMatch(/^tsk_/);

    const second = await team.owner.rest.post('/tasks', {
      title: 'Second',
      project_id: pid,
      description: 'Login page',
      priority: 'high',
      start_date: '2026-04-01',
      due_date: '2026-04-01',
      estimated_hours: 2.5,
      assignee_ids: [team.member.id, team.owner.id],
    });
    expect(second.status).toBe(201);
    expect(second.body.data).toMatchObject({ position: 1, start_date: '2026-04-01', due_date: '2026-04-01', estimated_hours: 2.5 });
    expect([...second.body.data.assignee_ids].sort()).toEqual([team.member.id, team.owner.id].sort());

    const got = await team.viewer.rest.get(`/tasks/${second.body.data.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(second.body.data);

    const del = await team.member.rest.delete(`/tasks/${first.body.data.id}`);
    expect(del.body).toEqual({ data: { id: first.body.data.id, deleted: true } });
    expect((await team.owner.rest.get(`/tasks/${first.body.data.id}`)).body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Task not found' });
  });

  it('start_date after due_date → VALIDATION_ERROR on start_date, also for the merged values of an update', async () => {
    const { rest } = team.owner;
    const bad = await rest.post('/tasks', { title: 'Backwards', project_id: projectId, start_date: '2026-04-20', due_date: '2026-04-10' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_ERROR');
    expect(bad.body.error.details.field).toBe('start_date');
    expect(bad.body.error.message).toMatch(/start_date.*on or before.*due_date/);

    const t = (await rest.post('/tasks', { title: 'Dated', project_id: projectId, due_date: '2026-04-10' })).body.data;
    const later = await rest.patch(`/tasks/${t.id}`, { start_date: '2026-04-11' });
    expect(later.status).toBe(400);
    expect(later.body.error.details.field).toBe('start_date');
    const earlierDue = await rest.patch(`/tasks/${t.id}`, { start_date: '2026-04-05', due_date: '2026-04-01' });
    expect(earlierDue.status).toBe(400);
    // Nothing changed.
    expect((await rest.get(`/tasks/${t.id}`)).body.data).toEqual(t);

    // Clearing the due date lifts the constraint.
    const cleared = await rest.patch(`/tasks/${t.id}`, { due_date: null, start_date: '2026-05-01' });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data).toMatchObject({ due_date: null, start_date: '2026-05-01' });
  });

  it('rejects bad input with VALIDATION_ERROR naming the field', async () => {
    const { rest } = team.owner;
    const invalidJson = await rest.post('/tasks', '{"title": "x", "project_id": }');
    expect(invalidJson.status).toBe(400);
    expect(invalidJson.body.error.code).toBe('VALIDATION_ERROR');

    const cases: [unknown, string][] = [
      [{ project_id: projectId }, 'title'],
      [{ title: 'x' }, 'project_id'],
      [{ title: '', project_id: projectId }, 'title'],
      [{ title: 5, project_id: projectId }, 'title'],
      [{ title: 'x', project_id: projectId, priority: 'highest' }, 'priority'],
      [{ title: 'x', project_id: projectId, status: 'closed' }, 'status'],
      [{ title: 'x', project_id: projectId, due_date: '2026-02-30' }, 'due_date'],
      [{ title: 'x', project_id: projectId, start_date: '01/04/2026' }, 'start_date'],
      [{ title: 'x', project_id: projectId, estimated_hours: -1 }, 'estimated_hours'],
      [{ title: 'x', project_id: projectId, assignee_ids: 'usr_x' }, 'assignee_ids'],
      [{ title: 'x', project_id: projectId, assignee_ids: [team.owner.id, team.owner.id] }, 'assignee_ids'],
      [{ title: 'x', project_id: projectId, labels: [] }, 'labels'],
    ];
    for (const [body, field] of cases) {
      const res = await rest.post('/tasks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.details.field, JSON.stringify(body)).toBe(field);
    }
  });

  it('assignees must be members of the organization', async () => {
    const res = await team.owner.rest.post('/tasks', { title: 'Assigned', project_id: projectId, assignee_ids: [team.member.id, team.stranger.id] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'assignee_ids' } });
    expect(res.body.error.message).toContain(team.stranger.id);

    const t = (await team.owner.rest.post('/tasks', { title: 'Assigned', project_id: projectId, assignee_ids: [team.member.id] })).body.data;
    const upd = await team.owner.rest.patch(`/tasks/${t.id}`, { assignee_ids: ['usr_01jq3v6z0c8n4m2k7h5g3f1d9b'] });
    expect(upd.status).toBe(400);
    expect(upd.body.error.details.field).toBe('assignee_ids');
    expect((await team.owner.rest.get(`/tasks/${t.id}`)).body.data.assignee_ids).toEqual([team.member.id]);
  });

  it('update: omitted fields stay, null clears, assignee_ids replaces the set, project_id moves the task last', async () => {
    const { rest } = team.owner;
    const pid = await freshProject('Move target');
    await rest.post('/tasks', { title: 'Already there', project_id: pid });
    const t = (
      await rest.post('/tasks', {
        title: 'Movable',
        project_id: projectId,
        description: 'text',
        due_date: '2026-06-01',
        estimated_hours: 3,
        assignee_ids: [team.owner.id, team.member.id],
      })
    ).body.data;

    const res = await rest.patch(`/tasks/${t.id}`, { description: null, assignee_ids: [team.viewer.id], project_id: pid, priority: 'low' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      title: 'Movable',
      description: null,
      due_date: '2026-06-01',
      estimated_hours: 3,
      assignee_ids: [team.viewer.id],
      project_id: pid,
      priority: 'low',
      position: 1,
    });

    const unassigned = await rest.patch(`/tasks/${t.id}`, { assignee_ids: [] });
    expect(unassigned.body.data.assignee_ids).toEqual([]);

    const positioned = await rest.patch(`/tasks/${t.id}`, { position: 0 });
    expect(positioned.body.data.position).toBe(0);
    expect((await rest.patch(`/tasks/${t.id}`, { position: 0.5 })).body.error.details).toMatchObject({ field: 'position' });
    const list = await rest.get(`/tasks?project_id=${pid}&sort=position`);
    expect(list.body.data.map((x: any) => x.title)).toEqual(['Movable', 'Already there']);
  });

  it('update_status changes only the status (PATCH /tasks/{id}/status)', async () => {
    const t = (await team.owner.rest.post('/tasks', { title: 'Status', project_id: projectId, priority: 'urgent' })).body.data;
    const res = await team.member.rest.patch(`/tasks/${t.id}/status`, { status: 'in_progress' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'in_progress', priority: 'urgent', title: 'Status' });
    const bad = await team.member.rest.patch(`/tasks/${t.id}/status`, { status: 'finished' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe('status');
    const missing = await team.member.rest.patch(`/tasks/${t.id}/status`, {});
    expect(missing.body.error.details.field).toBe('status');
  });

  it('writing needs manage_tasks: viewer → FORBIDDEN; reading is open to every member', async () => {
    const t = (await team.member.rest.post('/tasks', { title: 'Member made', project_id: projectId })).body.data;
    const { rest } = team.viewer;
    const attempts = [
      await rest.post('/tasks', { title: 'Nope', project_id: projectId }),
      await rest.patch(`/tasks/${t.id}`, { title: 'Nope' }),
      await rest.patch(`/tasks/${t.id}/status`, { status: 'done' }),
      await rest.delete(`/tasks/${t.id}`),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await rest.get(`/tasks/${t.id}`)).body.data.title).toBe('Member made');
    expect((await rest.get(`/tasks?project_id=${projectId}`)).status).toBe(200);
  });

  it("another organization's tasks and projects are NOT_FOUND", async () => {
    const t = (await team.owner.rest.post('/tasks', { title: 'Team only', project_id: projectId })).body.data;
    const { rest } = team.stranger;
    for (const res of [
      await rest.get(`/tasks/${t.id}`),
      await rest.patch(`/tasks/${t.id}`, { title: 'Mine' }),
      await rest.patch(`/tasks/${t.id}/status`, { status: 'done' }),
      await rest.delete(`/tasks/${t.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Task not found' });
    }
    // The team's project from the stranger's organization, and the stranger's project from the team.
    const intoTeam = await rest.post('/tasks', { title: 'Sneaky', project_id: projectId });
    expect(intoTeam.status).toBe(404);
    expect(intoTeam.body.error.message).toBe('Project not found');
    const fromTeam = await team.owner.rest.post('/tasks', { title: 'Sneaky', project_id: strangerProjectId });
    expect(fromTeam.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
    const move = await team.owner.rest.patch(`/tasks/${t.id}`, { project_id: strangerProjectId });
    expect(move.status).toBe(404);
    const listOther = await team.owner.rest.get(`/tasks?project_id=${strangerProjectId}`);
    expect(listOther.status).toBe(404);
    expect(listOther.body.error.message).toBe('Project not found');
    const byStranger = await team.owner.rest.get(`/tasks?assignee_id=${team.stranger.id}`);
    expect(byStranger.status).toBe(404);
  });

  it('archived projects take no new tasks', async () => {
    const pid = await freshProject('Archived');
    await team.owner.rest.patch(`/projects/${pid}`, { status: 'archived' });
    const res = await team.owner.rest.post('/tasks', { title: 'Late', project_id: pid });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('project_id');
  });

  it('deleting a task keeps its time entries with task_id null', async () => {
    const t = (await team.owner.rest.post('/tasks', { title: 'Tracked', project_id: projectId })).body.data;
    const te = (
      await team.owner.rest.post('/time-entries', { started_at: '2026-03-03T09:00:00Z', stopped_at: '2026-03-03T09:30:00Z', task_id: t.id })
    ).body.data;
    await team.owner.rest.delete(`/tasks/${t.id}`);
    expect((await team.owner.rest.get(`/time-entries/${te.id}`)).body.data).toMatchObject({
      task_id: null,
      project_id: projectId,
      duration_secs: 1800,
    });
  });
});

describe('tasks.list', () => {
  let pid: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    pid = await freshProject('Listing');
    const specs = [
      { title: 'b-low', priority: 'low', due_date: '2026-05-03' },
      { title: 'a-urgent', priority: 'urgent', status: 'done' },
      { title: 'd-high', priority: 'high', due_date: '2026-05-01', assignee_ids: [team.member.id] },
      { title: 'c-medium', priority: 'medium', due_date: '2026-05-02', assignee_ids: [team.member.id, team.owner.id] },
      { title: 'e-urgent', priority: 'urgent' },
    ];
    for (const s of specs) ids[s.title] = (await team.owner.rest.post('/tasks', { ...s, project_id: pid })).body.data.id;
    await team.owner.rest.post('/tasks', { title: 'elsewhere', project_id: otherProjectId, assignee_ids: [team.member.id] });
  });
  const titles = async (query: string) => {
    const res = await team.viewer.rest.get(`/tasks?project_id=${pid}&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data.map((t: any) => t.title);
  };

  it('defaults to created_at ascending; filters by status and assignee', async () => {
    expect(await titles('')).toEqual(['b-low', 'a-urgent', 'd-high', 'c-medium', 'e-urgent']);
    expect(await titles('status=done')).toEqual(['a-urgent']);
    expect(await titles(`assignee_id=${team.member.id}`)).toEqual(['d-high', 'c-medium']);
    expect(await titles(`assignee_id=${team.owner.id}`)).toEqual(['c-medium']);
    // Without a project filter: the whole organization.
    const all = await team.owner.rest.get(`/tasks?assignee_id=${team.member.id}&per_page=100`);
    expect(all.body.data.map((t: any) => t.title)).toContain('elsewhere');
  });

  it('sorts by priority by urgency (desc by default), by due date with undated last, by title', async () => {
    expect(await titles('sort=priority')).toEqual(['a-urgent', 'e-urgent', 'd-high', 'c-medium', 'b-low']);
    expect(await titles('sort=priority&order=asc')).toEqual(['b-low', 'c-medium', 'd-high', 'a-urgent', 'e-urgent']);
    expect(await titles('sort=due_date')).toEqual(['d-high', 'c-medium', 'b-low', 'a-urgent', 'e-urgent']);
    expect(await titles('sort=due_date&order=desc')).toEqual(['b-low', 'c-medium', 'd-high', 'a-urgent', 'e-urgent']);
    expect(await titles('sort=title&order=desc')).toEqual(['e-urgent', 'd-high', 'c-medium', 'b-low', 'a-urgent']);
    expect(await titles('sort=position')).toEqual(['b-low', 'a-urgent', 'd-high', 'c-medium', 'e-urgent']);
  });

  it('paginates with a total', async () => {
    const res = await team.owner.rest.get(`/tasks?project_id=${pid}&per_page=2&page=3`);
    expect(res.body.pagination).toEqual({ total: 5, page: 3, per_page: 2, total_pages: 3 });
    expect(res.body.data.map((t: any) => t.title)).toEqual(['e-urgent']);
    const past = await team.owner.rest.get(`/tasks?project_id=${pid}&per_page=2&page=9`);
    expect(past.body).toEqual({ data: [], pagination: { total: 5, page: 9, per_page: 2, total_pages: 3 } });
    const bad = await team.owner.rest.get(`/tasks?project_id=${pid}&per_page=101`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.field).toBe('per_page');
    const badSort = await team.owner.rest.get(`/tasks?sort=rank`);
    expect(badSort.body.error.details.field).toBe('sort');
  });

  it('answers with ONE statement for rows, total and assignees', async () => {
    statements.length = 0;
    const res = await team.owner.rest.get(`/tasks?project_id=${pid}&per_page=25`);
    expect(res.body.data).toHaveLength(5);
    expect(res.body.data.find((t: any) => t.title === 'c-medium').assignee_ids.sort()).toEqual([team.member.id, team.owner.id].sort());
    const taskStatements = statements.filter((q) => /\btasks\b|task_assignees/.test(q));
    expect(taskStatements).toHaveLength(1);
  });

  it('the same list over WS and MCP', async () => {
    const rest = await team.owner.rest.get(`/tasks?project_id=${pid}&sort=priority`);
    const ws = await ownerWs.request('tasks.list', { org_id: team.orgId, project_id: pid, sort: 'priority' });
    expect(ws.status).toBe('ok');
    expect(ws.data).toEqual(rest.body.data);
    expect(ws.pagination).toEqual(rest.body.pagination);
    const viaMcp = await mcpCall(mcp, 'tasks_list', { project_id: pid, sort: 'priority' });
    expect(viaMcp.body).toEqual(rest.body);
    const wrongType = await ownerWs.request('tasks.list', { org_id: team.orgId, page: '2' });
    expect(wrongType.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'page' } });
  });
});

describe('tasks over WebSocket and MCP', () => {
  it('create, update, update_status, delete over WS', async () => {
    const created = await memberWs.request('tasks.create', { org_id: team.orgId, title: 'WS task', project_id: projectId, due_date: '2026-07-01' });
    expect(created.status).toBe('ok');
    expect(created.data).toMatchObject({ title: 'WS task', created_by: team.member.id, due_date: '2026-07-01' });
    const id = created.data.id;

    const got = await memberWs.request('tasks.get', { org_id: team.orgId, id });
    expect(got.data).toEqual((await team.owner.rest.get(`/tasks/${id}`)).body.data);

    const backwards = await memberWs.request('tasks.update', { org_id: team.orgId, id, start_date: '2026-07-02' });
    expect(backwards.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'start_date' } });

    const updated = await memberWs.request('tasks.update', { org_id: team.orgId, id, title: 'WS task (renamed)', assignee_ids: [team.owner.id] });
    expect(updated.data).toMatchObject({ title: 'WS task (renamed)', assignee_ids: [team.owner.id] });
    const status = await memberWs.request('tasks.update_status', { org_id: team.orgId, id, status: 'review' });
    expect(status.data.status).toBe('review');

    const unknown = await memberWs.request('tasks.update', { org_id: team.orgId, id, colour: 'red' });
    expect(unknown.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'colour' } });
    const missing = await memberWs.request('tasks.create', { org_id: team.orgId, title: 'No project' });
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'project_id' } });
    const foreign = await memberWs.request('tasks.create', { org_id: team.orgId, title: 'x', project_id: strangerProjectId });
    expect(foreign.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });

    expect((await memberWs.request('tasks.delete', { org_id: team.orgId, id })).data).toEqual({ id, deleted: true });
    expect((await memberWs.request('tasks.get', { org_id: team.orgId, id })).error?.code).toBe('NOT_FOUND');
  });

  it('a viewer over WS is FORBIDDEN to write', async () => {
    const viewerWs = await connectWs(team.server, team.viewer.token);
    try {
      const res = await viewerWs.request('tasks.create', { org_id: team.orgId, title: 'x', project_id: projectId });
      expect(res.error?.code).toBe('FORBIDDEN');
    } finally {
      await viewerWs.close();
    }
  });

  it('create, update, update_status, delete over MCP', async () => {
    const created = await mcpCall(mcp, 'tasks_create', { title: 'MCP task', project_id: projectId, priority: 'high' });
    expect(created.isError).toBe(false);
    const id = created.body.data.id;
    expect((await mcpCall(mcp, 'tasks_get', { id })).body.data).toEqual(created.body.data);
    expect((await mcpCall(mcp, 'tasks_update', { id, estimated_hours: 1.25 })).body.data.estimated_hours).toBe(1.25);
    expect((await mcpCall(mcp, 'tasks_update_status', { id, status: 'done' })).body.data.status).toBe('done');
    const bad = await mcpCall(mcp, 'tasks_create', { title: 'x', project_id: projectId, start_date: '2026-01-02', due_date: '2026-01-01' });
    expect(bad.isError).toBe(true);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'start_date' } });
    expect((await mcpCall(mcp, 'tasks_delete', { id })).body.data).toEqual({ id, deleted: true });
  });
});

describe('tasks over GraphQL', () => {
  it('create, list, update_status, delete; rule violations carry the code and field', async () => {
    const token = team.member.token;
    const org = { org_id: team.orgId };
    const created = await gql(
      team.server,
      token,
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id title status assignee_ids position created_by } }',
      {
        input: { ...org, title: 'GraphQL task', project_id: projectId, assignee_ids: [team.member.id] },
      },
    );
    expect(created.body.errors).toBeUndefined();
    const task = created.body.data.createTask;
    expect(task).toMatchObject({ title: 'GraphQL task', status: 'open', assignee_ids: [team.member.id], created_by: team.member.id });

    const listed = await gql(
      team.server,
      token,
      'query($org: ID, $pid: ID) { tasks(orgId: $org, projectId: $pid, sort: "priority", perPage: 100) { data { id } pagination { total } } }',
      {
        org: team.orgId,
        pid: projectId,
      },
    );
    const rest = await team.member.rest.get(`/tasks?project_id=${projectId}&sort=priority&per_page=100`);
    expect(listed.body.data.tasks.data.map((t: any) => t.id)).toEqual(rest.body.data.map((t: any) => t.id));
    expect(listed.body.data.tasks.pagination.total).toBe(rest.body.pagination.total);

    const status = await gql(team.server, token, 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { status } }', {
      input: { ...org, id: task.id, status: 'done' },
    });
    expect(status.body.data.updateTaskStatus.status).toBe('done');

    const backwards = await gql(team.server, token, 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }', {
      input: { ...org, id: task.id, start_date: '2026-09-02', due_date: '2026-09-01' },
    });
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'start_date' } });
    const viewer = await gql(team.server, team.viewer.token, 'mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }', {
      input: { ...org, id: task.id },
    });
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const deleted = await gql(team.server, token, 'mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id deleted } }', {
      input: { ...org, id: task.id },
    });
    expect(deleted.body.data.deleteTask).toEqual({ id: task.id, deleted: true });
  });
});

describe('task events', () => {
  it("another member's socket receives EntityChanged with changes; a no-op update sends nothing", async () => {
    const t = (await team.owner.rest.post('/tasks', { title: 'Watched', project_id: projectId })).body.data;
    const isThis = (action: string) => (e: any) => e.event === 'EntityChanged' && e.data.entity_id === t.id && e.data.action === action;
    const created = await memberWs.nextEvent(isThis('created'));
    expect(created.data).toMatchObject({ entity_type: 'task', user_id: team.owner.id, org_id: team.orgId, entity: t });
    expect(created.data.changes).toBeUndefined();

    await team.owner.rest.patch(`/tasks/${t.id}/status`, { status: 'done' });
    const updated = await memberWs.nextEvent(isThis('updated'));
    expect(updated.data.changes).toEqual({ status: { from: 'open', to: 'done' } });
    expect(updated.data.entity.status).toBe('done');

    await team.owner.rest.patch(`/tasks/${t.id}`, { assignee_ids: [team.member.id], due_date: '2026-08-01' });
    const assigned = await memberWs.nextEvent(isThis('updated'));
    expect(assigned.data.changes).toEqual({ assignee_ids: { from: [], to: [team.member.id] }, due_date: { from: null, to: '2026-08-01' } });

    expect((await team.owner.rest.patch(`/tasks/${t.id}`, { status: 'done', assignee_ids: [team.member.id] })).status).toBe(200);
    expect(await memberWs.noEvent(isThis('updated'), 300)).toBe(true);

    await memberWs.request('tasks.delete', { org_id: team.orgId, id: t.id });
    const deleted = await ownerWs.nextEvent(isThis('deleted'));
    expect(deleted.data).toMatchObject({ user_id: team.member.id, entity: { id: t.id, status: 'done' } });
  });
});
