/**
 * task_statuses.*: the organization's workflow over REST, WebSocket, MCP and GraphQL: the five defaults,
 * positions kept gapless, code uniqueness and the 50 limit, the last `done` status, code renames and
 * deletions moving tasks (one `updated` event per task), bad input, permissions, isolation, and a failed
 * write leaving data and the event log as they were.
 */
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

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Board' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

const codes = async (): Promise<string[]> => (await team.owner.rest.get('/task-statuses?per_page=100')).body.data.map((s: any) => s.code);

async function positionsAreGapless(): Promise<void> {
  const list = (await team.owner.rest.get('/task-statuses?per_page=100')).body.data;
  expect(list.map((s: any) => s.position)).toEqual(list.map((_: unknown, i: number) => i));
}

/** Rows of the domain tables and the event log, to prove a failed write changed nothing. */
async function snapshot(): Promise<unknown> {
  const db = team.server.svc.db;
  const statuses = await db`select * from task_statuses where org_id = ${team.orgId} order by id`;
  const tasks = await db`select id, status, updated_at from tasks where org_id = ${team.orgId} order by id`;
  const [events] = await db`select count(*)::int as n from events`;
  return { statuses, tasks, events };
}

const task = async (status: string, title = `Task ${status}`): Promise<any> => {
  const res = await team.owner.rest.post('/tasks', { title, project_id: projectId, status });
  expect(res.status).toBe(201);
  return res.body.data;
};

describe('the default statuses', () => {
  it('every organization starts with open, in_progress, review, done, cancelled in that order; any member lists', async () => {
    const res = await team.viewer.rest.get('/task-statuses');
    expect(res.status).toBe(200);
    expect(res.body.pagination).toEqual({ total: 5, page: 1, per_page: 25, total_pages: 1 });
    expect(res.body.data.map((s: any) => [s.code, s.category, s.position])).toEqual([
      ['open', 'todo', 0],
      ['in_progress', 'in_progress', 1],
      ['review', 'in_progress', 2],
      ['done', 'done', 3],
      ['cancelled', 'cancelled', 4],
    ]);
    expect(res.body.data[0]).toMatchObject({ id: expect.stringMatching(/^sts_/), org_id: team.orgId, label: 'Open', color: '#94a3b8' });
    // A new organization gets its own five.
    const stranger = await team.stranger.rest.get('/task-statuses');
    expect(stranger.body.data.map((s: any) => s.code)).toEqual(['open', 'in_progress', 'review', 'done', 'cancelled']);
    expect(stranger.body.data[0].id).not.toBe(res.body.data[0].id);
    // The same list over WS, MCP and GraphQL.
    const ws = await memberWs.request('task_statuses.list', { org_id: team.orgId });
    expect({ data: ws.data, pagination: ws.pagination }).toEqual(res.body);
    expect((await mcpCall(mcp, 'task_statuses_list', {})).body).toEqual(res.body);
    const g = await gql(team.server, team.viewer.token, 'query($o: ID) { taskStatuses(orgId: $o) { data { code position } pagination { total } } }', {
      o: team.orgId,
    });
    expect(g.body.data.taskStatuses.pagination.total).toBe(5);
    expect(g.body.data.taskStatuses.data.map((s: any) => s.code)).toEqual(['open', 'in_progress', 'review', 'done', 'cancelled']);
    const tooMany = await team.owner.rest.get('/task-statuses?per_page=101');
    expect(tooMany.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'per_page' } });
  });
});

describe('creating and moving statuses', () => {
  it('create at a position shifts the others; default last; positions stay gapless (REST and WS)', async () => {
    const blocked = await team.manager.rest.post('/task-statuses', {
      code: 'blocked',
      label: 'Blocked',
      color: '#dc2626',
      category: 'in_progress',
      position: 1,
    });
    expect(blocked.status).toBe(201);
    expect(blocked.body.data).toMatchObject({
      code: 'blocked',
      label: 'Blocked',
      color: '#dc2626',
      category: 'in_progress',
      position: 1,
      org_id: team.orgId,
    });
    expect(await codes()).toEqual(['open', 'blocked', 'in_progress', 'review', 'done', 'cancelled']);

    const last = await ownerWs.request('task_statuses.create', {
      org_id: team.orgId,
      code: 'archived',
      label: 'Archived',
      color: '#000000',
      category: 'cancelled',
    });
    expect(last.status).toBe('ok');
    expect(last.data.position).toBe(6);
    const beyond = await ownerWs.request('task_statuses.create', {
      org_id: team.orgId,
      code: 'icebox',
      label: 'Icebox',
      color: '#aaaaaa',
      category: 'todo',
      position: 99,
    });
    expect(beyond.data.position).toBe(7);
    await positionsAreGapless();
  });

  it('update moves a status up or down; the others close up', async () => {
    const list = (await team.owner.rest.get('/task-statuses')).body.data;
    const icebox = list.find((s: any) => s.code === 'icebox');
    const watcher = await connectWs(team.server, team.viewer.token);
    const up = await team.owner.rest.patch(`/task-statuses/${icebox.id}`, { position: 0 });
    expect(up.body.data.position).toBe(0);
    expect(await codes()).toEqual(['icebox', 'open', 'blocked', 'in_progress', 'review', 'done', 'cancelled', 'archived']);
    const down = await mcpCall(mcp, 'task_statuses_update', { id: icebox.id, position: 100 });
    expect(down.body.data.position).toBe(7);
    expect(await codes()).toEqual(['open', 'blocked', 'in_progress', 'review', 'done', 'cancelled', 'archived', 'icebox']);
    await positionsAreGapless();
    // Each status a move shifts is announced with its position's change: `done` moved down one, then back.
    const done = list.find((s: any) => s.code === 'done');
    const shifts: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const ev = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === done.id && e.data.action === 'updated');
      shifts.push(ev.data.changes);
    }
    const at = done.position as number;
    expect(shifts).toEqual([{ position: { from: at, to: at + 1 } }, { position: { from: at + 1, to: at } }]);
    await watcher.close();
  });

  it('a code already in use is CONFLICT; bad input is VALIDATION_ERROR naming the field', async () => {
    const before = await snapshot();
    const dup = await team.owner.rest.post('/task-statuses', { code: 'done', label: 'Done again', color: '#00ff00', category: 'done' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
    const cases: [Record<string, unknown>, string][] = [
      [{ label: 'x', color: '#000000', category: 'todo' }, 'code'],
      [{ code: 'x', color: '#000000', category: 'todo' }, 'label'],
      [{ code: 'x', label: 'x', category: 'todo' }, 'color'],
      [{ code: 'x', label: 'x', color: '#000000' }, 'category'],
      [{ code: 'Bad', label: 'x', color: '#000000', category: 'todo' }, 'code'],
      [{ code: '1st', label: 'x', color: '#000000', category: 'todo' }, 'code'],
      [{ code: `a${'b'.repeat(32)}`, label: 'x', color: '#000000', category: 'todo' }, 'code'],
      [{ code: 'x', label: '', color: '#000000', category: 'todo' }, 'label'],
      [{ code: 'x', label: 'y'.repeat(51), color: '#000000', category: 'todo' }, 'label'],
      [{ code: 'x', label: 'x', color: 'red', category: 'todo' }, 'color'],
      [{ code: 'x', label: 'x', color: '#12345', category: 'todo' }, 'color'],
      [{ code: 'x', label: 'x', color: '#000000', category: 'finished' }, 'category'],
      [{ code: 'x', label: 'x', color: '#000000', category: 'todo', position: -1 }, 'position'],
      [{ code: 'x', label: 'x', color: '#000000', category: 'todo', colour: '#000000' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const res = await team.owner.rest.post('/task-statuses', body);
      expect(res.body.error, JSON.stringify(body)).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
      const ws = await ownerWs.request('task_statuses.create', { org_id: team.orgId, ...body });
      expect(ws.error, JSON.stringify(body)).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    }
    const rename = (await team.owner.rest.get('/task-statuses')).body.data.find((s: any) => s.code === 'blocked');
    const taken = await ownerWs.request('task_statuses.update', { org_id: team.orgId, id: rename.id, code: 'review' });
    expect(taken.error).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
    expect(await snapshot()).toEqual(before);
  });

  it('writes need manage_projects (a member and a viewer are FORBIDDEN); another organization’s status is NOT_FOUND', async () => {
    const body = { code: 'nope', label: 'Nope', color: '#000000', category: 'todo' };
    expect((await team.member.rest.post('/task-statuses', body)).body.error.code).toBe('FORBIDDEN');
    expect((await memberWs.request('task_statuses.create', { org_id: team.orgId, ...body })).error?.code).toBe('FORBIDDEN');
    expect((await team.viewer.rest.post('/task-statuses', body)).body.error.code).toBe('FORBIDDEN');
    const foreign = (await team.stranger.rest.get('/task-statuses')).body.data[0];
    expect((await team.owner.rest.patch(`/task-statuses/${foreign.id}`, { label: 'Mine' })).body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Task status not found',
    });
    expect((await team.owner.rest.delete(`/task-statuses/${foreign.id}`)).status).toBe(404);
    expect((await team.stranger.rest.get('/task-statuses')).body.data[0]).toEqual(foreign);
  });

  it('at most 50 statuses per organization: the 51st is CONFLICT', async () => {
    const n = (await team.owner.rest.get('/task-statuses')).body.pagination.total;
    for (let i = n; i < 50; i++) {
      expect(
        (await team.owner.rest.post('/task-statuses', { code: `extra_${i}`, label: `Extra ${i}`, color: '#111111', category: 'todo' })).status,
      ).toBe(201);
    }
    const over = await team.owner.rest.post('/task-statuses', { code: 'one_too_many', label: 'Too many', color: '#111111', category: 'todo' });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'CONFLICT', details: { limit: 50 } });
    const all = await team.owner.rest.get('/task-statuses?per_page=100');
    expect(all.body.data).toHaveLength(50);
    await positionsAreGapless();
    for (const s of all.body.data.filter((x: any) => x.code.startsWith('extra_'))) {
      expect((await team.owner.rest.delete(`/task-statuses/${s.id}`)).status).toBe(200);
    }
    await positionsAreGapless();
  });
});

describe('statuses and their tasks', () => {
  it('renaming a code moves every task using it, with an updated event per task carrying the change', async () => {
    const status = (await team.owner.rest.post('/task-statuses', { code: 'qa', label: 'QA', color: '#8b5cf6', category: 'in_progress' })).body.data;
    const [a, b] = [await task('qa', 'QA one'), await task('qa', 'QA two')];
    const untouched = await task('open', 'Not QA');
    const renamed = await ownerWs.request('task_statuses.update', { org_id: team.orgId, id: status.id, code: 'testing', label: 'Testing' });
    expect(renamed.data).toMatchObject({ id: status.id, code: 'testing', label: 'Testing', position: status.position });

    const ev = await memberWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === status.id && e.data.action === 'updated');
    expect(ev.data).toMatchObject({ entity_type: 'task_status', user_id: team.owner.id, org_id: team.orgId });
    expect(ev.data.changes).toEqual({ code: { from: 'qa', to: 'testing' }, label: { from: 'QA', to: 'Testing' } });
    for (const t of [a, b]) {
      const te = await memberWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === t.id && e.data.action === 'updated');
      expect(te.data.changes).toEqual({ status: { from: 'qa', to: 'testing' } });
      expect((await team.owner.rest.get(`/tasks/${t.id}`)).body.data.status).toBe('testing');
    }
    expect((await team.owner.rest.get(`/tasks/${untouched.id}`)).body.data).toEqual(untouched);
    expect(await memberWs.noEvent((e) => e.data?.entity_id === untouched.id && e.data.action === 'updated', 200)).toBe(true);
  });

  it('deleting a status that tasks use needs replace_with (CONFLICT with the task count); its tasks move to it', async () => {
    const status = (await team.owner.rest.post('/task-statuses', { code: 'parked', label: 'Parked', color: '#64748b', category: 'todo' })).body.data;
    const tasks = [await task('parked'), await task('parked'), await task('parked')];
    const before = await snapshot();
    const bare = await team.owner.rest.delete(`/task-statuses/${status.id}`);
    expect(bare.status).toBe(409);
    expect(bare.body.error).toMatchObject({ code: 'CONFLICT', details: { task_count: 3, field: 'replace_with' } });
    for (const target of ['parked', 'nonexistent']) {
      const bad = await ownerWs.request('task_statuses.delete', { org_id: team.orgId, id: status.id, replace_with: target });
      expect(bad.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'replace_with' } });
    }
    const badPattern = await team.owner.rest.delete(`/task-statuses/${status.id}?replace_with=Not-A-Code`);
    expect(badPattern.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'replace_with' } });
    expect(await snapshot()).toEqual(before);

    const del = await gql(
      team.server,
      team.owner.token,
      'mutation($i: DeleteTaskStatusDefinitionInput!) { deleteTaskStatusDefinition(input: $i) { id deleted } }',
      {
        i: { org_id: team.orgId, id: status.id, replace_with: 'open' },
      },
    );
    expect(del.body.data.deleteTaskStatusDefinition).toEqual({ id: status.id, deleted: true });
    for (const t of tasks) {
      const te = await memberWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === t.id && e.data.action === 'updated');
      expect(te.data.changes).toEqual({ status: { from: 'parked', to: 'open' } });
    }
    const gone = await memberWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === status.id && e.data.action === 'deleted');
    expect(gone.data).toMatchObject({ action: 'deleted', entity_type: 'task_status', entity: { code: 'parked' } });
    expect(await codes()).not.toContain('parked');
    await positionsAreGapless();
    // A status no task uses goes without replace_with.
    const unused = (
      await team.owner.rest.post('/task-statuses', { code: 'unused', label: 'Unused', color: '#64748b', category: 'todo', position: 0 })
    ).body.data;
    expect((await mcpCall(mcp, 'task_statuses_delete', { id: unused.id })).body.data).toEqual({ id: unused.id, deleted: true });
    await positionsAreGapless();
  });

  it('the last status of category done can neither leave its category nor be deleted', async () => {
    const done = (await team.owner.rest.get('/task-statuses')).body.data.find((s: any) => s.code === 'done');
    const before = await snapshot();
    const move = await team.owner.rest.patch(`/task-statuses/${done.id}`, { category: 'cancelled' });
    expect(move.status).toBe(409);
    expect(move.body.error.code).toBe('CONFLICT');
    const del = await ownerWs.request('task_statuses.delete', { org_id: team.orgId, id: done.id, replace_with: 'open' });
    expect(del.error?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);

    // With a second done status, the first may go (its tasks move to the other).
    const shipped = (await team.owner.rest.post('/task-statuses', { code: 'shipped', label: 'Shipped', color: '#16a34a', category: 'done' })).body
      .data;
    const t = await task('done');
    const gql1 = await gql(
      team.server,
      team.owner.token,
      'mutation($i: UpdateTaskStatusDefinitionInput!) { updateTaskStatusDefinition(input: $i) { code category } }',
      {
        i: { org_id: team.orgId, id: done.id, category: 'cancelled' },
      },
    );
    expect(gql1.body.data.updateTaskStatusDefinition).toEqual({ code: 'done', category: 'cancelled' });
    // Now `shipped` is the last done one.
    expect((await team.owner.rest.delete(`/task-statuses/${shipped.id}`)).status).toBe(409);
    expect((await team.owner.rest.patch(`/task-statuses/${done.id}`, { category: 'done' })).status).toBe(200);
    expect((await team.owner.rest.delete(`/task-statuses/${done.id}?replace_with=shipped`)).status).toBe(200);
    expect((await team.owner.rest.get(`/tasks/${t.id}`)).body.data.status).toBe('shipped');
  });

  it('an update that changes nothing writes nothing and sends no event', async () => {
    const open = (await team.owner.rest.get('/task-statuses')).body.data.find((s: any) => s.code === 'open');
    const watcher = await connectWs(team.server, team.member.token);
    const same = await team.owner.rest.patch(`/task-statuses/${open.id}`, { code: 'open', label: open.label, position: open.position });
    expect(same.body.data).toEqual(open);
    expect(await watcher.noEvent((e) => e.data?.entity_id === open.id && e.data.action === 'updated', 300)).toBe(true);
    await watcher.close();
  });
});
