/**
 * tasks.create_bulk, tasks.reorder and the task rules of boards: custom status codes, gapless positions per group
 * (also under 20 concurrent reorders), all-or-nothing bulk creates whose errors name the item.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ws: WsClient;
let watcher: WsClient;

beforeAll(async () => {
  team = await startTeam();
  ws = await connectWs(team.server, team.owner.token);
  watcher = await connectWs(team.server, team.member.token);
});
afterAll(async () => {
  await ws?.close();
  await watcher?.close();
  await team?.server.close();
});

const newProject = async (name: string): Promise<string> => (await team.owner.rest.post('/projects', { name })).body.data.id;

/** Titles of the project's tasks in list order, with their positions. */
async function board(projectId: string): Promise<{ title: string; position: number; group_id: string | null }[]> {
  const res = await team.owner.rest.get(`/tasks?project_id=${projectId}&sort=position&per_page=100`);
  expect(res.status).toBe(200);
  return res.body.data.map((t: any) => ({ title: t.title, position: t.position, group_id: t.group_id }));
}

const eventCount = async (): Promise<number> => Number((await team.server.svc.db`select count(*)::int as n from events`)[0]!.n);

describe('tasks.create_bulk', () => {
  it('creates every item in order, each placed last in its project, with one EntityChanged per task', async () => {
    const a = await newProject('Bulk A');
    const b = await newProject('Bulk B');
    await team.owner.rest.post('/tasks', { title: 'Already here', project_id: a });
    const res = await team.owner.rest.post('/tasks/bulk', {
      tasks: [
        { title: 'One', project_id: a, start_date: '2026-04-01' },
        { title: 'Two', project_id: b, status: 'review', assignee_ids: [team.member.id] },
        { title: 'Three', project_id: a, due_date: '2026-05-01', priority: 'urgent' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.map((t: any) => [t.title, t.project_id, t.position])).toEqual([
      ['One', a, 1],
      ['Two', b, 0],
      ['Three', a, 2],
    ]);
    expect(res.body.data[0]).toMatchObject({ start_date: '2026-04-01', status: 'open', label_ids: [], group_id: null, milestone_id: null });
    const created = new Set(res.body.data.map((t: any) => t.id));
    const seen = new Set<string>();
    while (seen.size < 3) {
      const ev = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.action === 'created' && created.has(e.data.entity_id));
      expect(seen.has(ev.data.entity_id)).toBe(false);
      seen.add(ev.data.entity_id);
    }
  });

  it('is all or nothing: an invalid item names its index and field, and nothing is written (data and events)', async () => {
    const p = await newProject('Bulk atomic');
    const theirs = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
    const before = await eventCount();
    const missing = await ws.request('tasks.create_bulk', {
      tasks: [{ title: 'Fine', project_id: p }, { title: 'Fine too', project_id: p }, { project_id: p }],
    });
    expect(missing).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { index: 2, field: 'title' } } });

    const badStatus = await team.owner.rest.post('/tasks/bulk', {
      tasks: [
        { title: 'Fine', project_id: p },
        { title: 'Odd', project_id: p, status: 'nonsense' },
      ],
    });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { index: 1, field: 'status' } });
    expect(badStatus.body.error.details.allowed).toEqual(['open', 'in_progress', 'review', 'done', 'cancelled']);

    const dates = await team.owner.rest.post('/tasks/bulk', {
      tasks: [
        { title: 'Fine', project_id: p },
        { title: 'Fine', project_id: p },
        { title: 'Backwards', project_id: p, start_date: '2026-05-02', due_date: '2026-05-01' },
      ],
    });
    expect(dates.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { index: 2, field: 'start_date' } });

    const foreign = await team.owner.rest.post('/tasks/bulk', {
      tasks: [
        { title: 'Fine', project_id: p },
        { title: 'Sneaky', project_id: theirs },
      ],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error).toMatchObject({ code: 'NOT_FOUND', details: { index: 1 } });

    expect(await board(p)).toEqual([]);
    expect(await eventCount()).toBe(before);
  });

  it('takes 1 to 100 items; the viewer is FORBIDDEN', async () => {
    const p = await newProject('Bulk limits');
    expect((await team.owner.rest.post('/tasks/bulk', { tasks: [] })).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'tasks' },
    });
    const many = Array.from({ length: 101 }, (_, i) => ({ title: `T${i}`, project_id: p }));
    expect((await team.owner.rest.post('/tasks/bulk', { tasks: many })).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'tasks' },
    });
    const hundred = await team.owner.rest.post('/tasks/bulk', { tasks: many.slice(0, 100) });
    expect(hundred.status).toBe(201);
    expect(hundred.body.data.map((t: any) => t.position)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect((await team.viewer.rest.post('/tasks/bulk', { tasks: [{ title: 'No', project_id: p }] })).status).toBe(403);
    const unknown = await team.owner.rest.post('/tasks/bulk', { tasks: [{ title: 'x', project_id: p, colour: 'red' }] });
    expect(unknown.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { index: 0, field: 'colour' } });
  });

  it('answers the same over GraphQL', async () => {
    const p = await newProject('Bulk gql');
    const res = await gql(team.server, team.owner.token, 'mutation($input: CreateTasksInput!) { createTasks(input: $input) { title position } }', {
      input: {
        tasks: [
          { title: 'G1', project_id: p },
          { title: 'G2', project_id: p },
        ],
      },
    });
    expect(res.body.data.createTasks).toEqual([
      { title: 'G1', position: 0 },
      { title: 'G2', position: 1 },
    ]);
  });
});

describe('custom statuses on task writes', () => {
  it('accepts only the organization status codes on create, update and update_status, listing them', async () => {
    const p = await newProject('Statuses');
    const bad = await team.owner.rest.post('/tasks', { title: 'x', project_id: p, status: 'blocked' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'status', allowed: ['open', 'in_progress', 'review', 'done', 'cancelled'] },
    });
    const t = (await team.owner.rest.post('/tasks', { title: 'x', project_id: p })).body.data;
    expect((await team.owner.rest.patch(`/tasks/${t.id}`, { status: 'blocked' })).body.error.details.field).toBe('status');
    const ws1 = await ws.request('tasks.update_status', { id: t.id, status: 'blocked' });
    expect(ws1).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field: 'status' } } });
    // A code the organization adds becomes valid at once.
    await team.server.svc.db`
      insert into task_statuses (id, org_id, code, label, color, category, position)
      values (${'sts_test_blocked'}, ${team.orgId}, 'blocked', 'Blocked', '#000000', 'in_progress', 5)`;
    const ok = await ws.request('tasks.update_status', { id: t.id, status: 'blocked' });
    expect(ok).toMatchObject({ status: 'ok', data: { status: 'blocked' } });
  });
});

describe('tasks.reorder', () => {
  it('moves a task to an index of its group; the others shift and stay gapless; an index past the end means last', async () => {
    const p = await newProject('Reorder');
    const ids: string[] = (
      await team.owner.rest.post('/tasks/bulk', { tasks: ['a', 'b', 'c', 'd'].map((title) => ({ title, project_id: p })) })
    ).body.data.map((t: any) => t.id);
    const moved = await ws.request('tasks.reorder', { task_id: ids[3], position: 1 });
    expect(moved).toMatchObject({ status: 'ok', data: { title: 'd', position: 1, group_id: null } });
    expect((await board(p)).map((t) => `${t.title}${t.position}`)).toEqual(['a0', 'd1', 'b2', 'c3']);

    const ev = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === ids[3] && e.data.action === 'updated');
    expect(ev.data.changes).toEqual({ position: { from: 3, to: 1 } });

    await team.owner.rest.put(`/tasks/${ids[0]}/position`, { position: 99 });
    expect((await board(p)).map((t) => `${t.title}${t.position}`)).toEqual(['d0', 'b1', 'c2', 'a3']);
    await team.owner.rest.put(`/tasks/${ids[2]}/position`, { position: 0 });
    expect((await board(p)).map((t) => `${t.title}${t.position}`)).toEqual(['c0', 'd1', 'b2', 'a3']);

    // Deleting a task closes its gap.
    await team.owner.rest.delete(`/tasks/${ids[3]}`);
    expect((await board(p)).map((t) => `${t.title}${t.position}`)).toEqual(['c0', 'b1', 'a2']);
  });

  it('validates its input and its ids', async () => {
    const p = await newProject('Reorder bad');
    const t = (await team.owner.rest.post('/tasks', { title: 'x', project_id: p })).body.data;
    expect((await team.owner.rest.put(`/tasks/${t.id}/position`, { position: -1 })).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'position' },
    });
    expect((await team.owner.rest.put(`/tasks/${t.id}/position`, {})).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'position' },
    });
    expect((await team.owner.rest.put(`/tasks/${t.id}/position`, { position: 0, group_id: 'grp_nope' })).status).toBe(404);
    expect((await team.viewer.rest.put(`/tasks/${t.id}/position`, { position: 0 })).status).toBe(403);
    const theirs = (
      await team.stranger.rest.post('/tasks', {
        title: 'theirs',
        project_id: (await team.stranger.rest.post('/projects', { name: 'S' })).body.data.id,
      })
    ).body.data;
    expect((await team.owner.rest.put(`/tasks/${theirs.id}/position`, { position: 0 })).status).toBe(404);
  });

  it('keeps a group gapless 0..n-1 under 20 concurrent reorders', async () => {
    const p = await newProject('Reorder race');
    const tasks = (await team.owner.rest.post('/tasks/bulk', { tasks: Array.from({ length: 20 }, (_, i) => ({ title: `t${i}`, project_id: p })) }))
      .body.data;
    const sockets = [ws, await connectWs(team.server, team.owner.token)];
    // 20 moves at once, over REST and two sockets: each task to a pseudo-random index.
    const results = await Promise.all(
      tasks.map((t: any, i: number) => {
        const position = (i * 7) % 20;
        if (i % 3 === 0) return team.owner.rest.put(`/tasks/${t.id}/position`, { position }).then((r) => r.status);
        return sockets[i % 2]!.request('tasks.reorder', { task_id: t.id, position }).then((r) => (r.status === 'ok' ? 200 : r.error?.code));
      }),
    );
    expect(results.every((s) => s === 200)).toBe(true);
    const after = await board(p);
    expect(after.map((t) => t.position)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(new Set(after.map((t) => t.title)).size).toBe(20);
    await sockets[1]!.close();
  });
});
