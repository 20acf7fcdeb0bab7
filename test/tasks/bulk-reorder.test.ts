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
    // The two it jumped over moved down one place, each announced.
    for (const [id, from, to] of [
      [ids[1], 1, 2],
      [ids[2], 2, 3],
    ] as const) {
      const shifted = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === id && e.data.action === 'updated');
      expect(shifted.data.changes).toEqual({ position: { from, to } });
    }

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

describe('tasks in groups, with labels and milestones', () => {
  const group = async (projectId: string, name: string): Promise<string> =>
    (await team.owner.rest.post(`/projects/${projectId}/task-groups`, { name })).body.data.id;

  it('create puts a task last in its group; reorder moves it across groups keeping both sequences gapless', async () => {
    const p = await newProject('Grouped');
    const [todo, doing] = [await group(p, 'Todo'), await group(p, 'Doing')];
    const made = (
      await team.owner.rest.post('/tasks/bulk', {
        tasks: [
          { title: 'a', project_id: p, group_id: todo },
          { title: 'b', project_id: p, group_id: todo },
          { title: 'c', project_id: p, group_id: todo },
          { title: 'x', project_id: p, group_id: doing },
          { title: 'u', project_id: p },
        ],
      })
    ).body.data;
    expect(made.map((t: any) => `${t.title}${t.position}`)).toEqual(['a0', 'b1', 'c2', 'x0', 'u0']);
    const [a] = made;

    const moved = await ws.request('tasks.reorder', { task_id: a.id, position: 1, group_id: doing });
    expect(moved).toMatchObject({ status: 'ok', data: { group_id: doing, position: 1 } });
    const ev = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === a.id && e.data.action === 'updated');
    expect(ev.data.changes).toEqual({ group_id: { from: todo, to: doing }, position: { from: 0, to: 1 } });
    const byGroup = (rows: Awaited<ReturnType<typeof board>>, g: string | null): string[] =>
      rows.filter((t) => t.group_id === g).map((t) => `${t.title}${t.position}`);
    let rows = await board(p);
    expect(byGroup(rows, todo)).toEqual(['b0', 'c1']);
    expect(byGroup(rows, doing)).toEqual(['x0', 'a1']);

    // group_id: null takes it out of every group; tasks.update with a group_id puts it last there.
    await team.owner.rest.put(`/tasks/${a.id}/position`, { position: 0, group_id: null });
    await team.owner.rest.patch(`/tasks/${made[4].id}`, { group_id: todo });
    rows = await board(p);
    expect(byGroup(rows, null)).toEqual(['a0']);
    expect(byGroup(rows, todo)).toEqual(['b0', 'c1', 'u2']);
    expect(byGroup(rows, doing)).toEqual(['x0']);

    // Another project's group is VALIDATION_ERROR; another organization's NOT_FOUND.
    const elsewhere = await group(await newProject('Elsewhere'), 'Theirs');
    expect((await team.owner.rest.put(`/tasks/${a.id}/position`, { position: 0, group_id: elsewhere })).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'group_id' },
    });
    const strangerProject = (await team.stranger.rest.post('/projects', { name: 'S' })).body.data.id;
    const strangerGroup = (await team.stranger.rest.post(`/projects/${strangerProject}/task-groups`, { name: 'G' })).body.data.id;
    expect((await team.owner.rest.patch(`/tasks/${a.id}`, { group_id: strangerGroup })).status).toBe(404);
  });

  it('takes label_ids and milestone_id of the organization and the project; tasks.list filters by them', async () => {
    const p = await newProject('Labelled');
    const label = (await team.owner.rest.post('/labels', { name: `Bug ${Date.now()}`, color: '#ff0000' })).body.data.id;
    const other = (await team.owner.rest.post('/labels', { name: `Idea ${Date.now()}`, color: '#00ff00' })).body.data.id;
    const milestone = (await team.owner.rest.post(`/projects/${p}/milestones`, { title: 'Beta', target_date: '2026-09-01' })).body.data.id;
    const t = (await team.owner.rest.post('/tasks', { title: 'Crash', project_id: p, label_ids: [other, label], milestone_id: milestone })).body.data;
    expect(t).toMatchObject({ label_ids: [label, other].sort(), milestone_id: milestone });
    const plain = (await team.owner.rest.post('/tasks', { title: 'Plain', project_id: p })).body.data;

    const listed = async (q: string): Promise<string[]> =>
      (await team.owner.rest.get(`/tasks?project_id=${p}&${q}`)).body.data.map((x: any) => x.title);
    expect(await listed(`label_id=${label}`)).toEqual(['Crash']);
    expect(await listed(`milestone_id=${milestone}`)).toEqual(['Crash']);

    const updated = await ws.request('tasks.update', { id: plain.id, label_ids: [label] });
    expect(updated).toMatchObject({ status: 'ok', data: { label_ids: [label] } });
    const ev = await watcher.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === plain.id && e.data.action === 'updated');
    expect(ev.data.changes).toEqual({ label_ids: { from: [], to: [label] } });
    expect(await listed(`label_id=${label}`)).toEqual(['Crash', 'Plain']);
    expect((await team.owner.rest.patch(`/tasks/${t.id}`, { label_ids: [], milestone_id: null })).body.data).toMatchObject({
      label_ids: [],
      milestone_id: null,
    });

    // Another project's milestone: VALIDATION_ERROR; unknown or another organization's label or milestone: NOT_FOUND.
    const foreignMilestone = (
      await team.owner.rest.post(`/projects/${await newProject('M2')}/milestones`, { title: 'Other', target_date: '2026-09-01' })
    ).body.data.id;
    expect((await team.owner.rest.post('/tasks', { title: 'x', project_id: p, milestone_id: foreignMilestone })).body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { field: 'milestone_id' },
    });
    const theirLabel = (await team.stranger.rest.post('/labels', { name: 'Theirs', color: '#000000' })).body.data.id;
    const refused = await team.owner.rest.post('/tasks', { title: 'x', project_id: p, label_ids: [theirLabel] });
    expect(refused.status).toBe(404);
    expect(refused.body.error.details).toMatchObject({ field: 'label_ids', ids: [theirLabel] });
    expect((await team.owner.rest.get(`/tasks?label_id=${theirLabel}`)).status).toBe(404);
    expect((await team.owner.rest.get(`/tasks?milestone_id=mst_nope`)).status).toBe(404);
  });

  it('moving a task to another project leaves its group and milestone behind', async () => {
    const p = await newProject('From');
    const q = await newProject('To');
    const g = await group(p, 'G');
    const m = (await team.owner.rest.post(`/projects/${p}/milestones`, { title: 'M', target_date: '2026-10-01' })).body.data.id;
    const t = (await team.owner.rest.post('/tasks', { title: 'Traveller', project_id: p, group_id: g, milestone_id: m })).body.data;
    const moved = (await team.owner.rest.patch(`/tasks/${t.id}`, { project_id: q })).body.data;
    expect(moved).toMatchObject({ project_id: q, group_id: null, milestone_id: null, position: 0 });
  });
});
