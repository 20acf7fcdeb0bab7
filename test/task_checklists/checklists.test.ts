/** tasks.checklist.* over REST, WebSocket and GraphQL: positions, toggling by anyone, the 100-item limit, permissions, events. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let viewerWs: WsClient;
let projectId: string;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  viewerWs = await connectWs(team.server, team.viewer.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Checked' })).body.data.id;
});
afterAll(async () => {
  await ownerWs?.close();
  await viewerWs?.close();
  await team?.server.close();
});

async function newTask(title: string): Promise<string> {
  const res = await team.owner.rest.post('/tasks', { title, project_id: projectId });
  expect(res.status).toBe(201);
  return res.body.data.id;
}

const eventCount = async (): Promise<number> => Number((await team.server.svc.db<{ n: string }[]>`select count(*) as n from events`)[0]!.n);
const positions = async (taskId: string) =>
  (await team.viewer.rest.get(`/tasks/${taskId}/checklist?per_page=100`)).body.data.map((i: any) => [i.title, i.position]);

describe('checklists', () => {
  it('items are appended last (REST and WS), listed by position; GraphQL Task.checklist pages them', async () => {
    const taskId = await newTask('Steps');
    const a = await team.member.rest.post(`/tasks/${taskId}/checklist`, { title: 'Alpha' });
    expect(a.status).toBe(201);
    expect(a.body.data).toMatchObject({
      org_id: team.orgId,
      task_id: taskId,
      title: 'Alpha',
      position: 0,
      completed: false,
      completed_by: null,
      completed_at: null,
      created_by: team.member.id,
    });
    expect(a.body.data.id).toMatch(/^chk_/);
    const b = await ownerWs.request('tasks.checklist.create', { task_id: taskId, title: 'Beta' });
    expect(b).toMatchObject({ status: 'ok', data: { title: 'Beta', position: 1 } });
    await team.owner.rest.post(`/tasks/${taskId}/checklist`, { title: 'Gamma' });
    expect(await positions(taskId)).toEqual([
      ['Alpha', 0],
      ['Beta', 1],
      ['Gamma', 2],
    ]);
    const page = await viewerWs.request('tasks.checklist.list', { org_id: team.orgId, task_id: taskId, page: 2, per_page: 2 });
    expect(page).toMatchObject({ status: 'ok', pagination: { total: 3, page: 2, total_pages: 2 } });
    expect(page.data.map((i: any) => i.title)).toEqual(['Gamma']);
    const q = await gql(
      team.server,
      team.viewer.token,
      `query($id: ID!, $org: ID) { task(id: $id, orgId: $org) { checklist(perPage: 2) { data { title position } pagination { total } } } }`,
      { id: taskId, org: team.orgId },
    );
    expect(q.body).toEqual({
      data: {
        task: {
          checklist: {
            data: [
              { title: 'Alpha', position: 0 },
              { title: 'Beta', position: 1 },
            ],
            pagination: { total: 3 },
          },
        },
      },
    });
  });

  it('concurrent appends get distinct, gapless positions', async () => {
    const taskId = await newTask('Busy');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? team.owner.rest.post(`/tasks/${taskId}/checklist`, { title: `Item ${i}` })
          : ownerWs.request('tasks.checklist.create', { task_id: taskId, title: `Item ${i}` }),
      ),
    );
    // REST answers 201, WS `ok`.
    for (const r of results) expect([201, 'ok']).toContain(r.status);
    expect((await positions(taskId)).map((p: any[]) => p[1])).toEqual([...Array(12).keys()]);
  });

  it('anyone may toggle (viewers too): completed_by and completed_at recorded, cleared when unchecked; events carry the changes', async () => {
    const taskId = await newTask('Toggled');
    const item = (await team.owner.rest.post(`/tasks/${taskId}/checklist`, { title: 'Check me' })).body.data;
    const on = await viewerWs.request('tasks.checklist.toggle', { org_id: team.orgId, item_id: item.id });
    expect(on).toMatchObject({ status: 'ok', data: { id: item.id, completed: true, completed_by: team.viewer.id } });
    expect(Date.now() - Date.parse(on.data.completed_at)).toBeLessThan(60_000);
    const event = await ownerWs.nextEvent(
      (e) => e.data?.entity_type === 'checklist_item' && e.data.entity_id === item.id && e.data.action === 'updated',
    );
    expect(event.data.changes).toEqual({
      completed: { from: false, to: true },
      completed_by: { from: null, to: team.viewer.id },
      completed_at: { from: null, to: on.data.completed_at },
    });
    const off = await team.viewer.rest.post(`/checklist-items/${item.id}/toggle`);
    expect(off.status).toBe(200);
    expect(off.body.data).toMatchObject({ completed: false, completed_by: null, completed_at: null });
    const g = await gql(
      team.server,
      team.member.token,
      `mutation($i: ToggleChecklistItemInput!) { toggleChecklistItem(input: $i) { completed completed_by } }`,
      {
        i: { org_id: team.orgId, item_id: item.id },
      },
    );
    expect(g.body).toEqual({ data: { toggleChecklistItem: { completed: true, completed_by: team.member.id } } });
  });

  it('deleting closes the gap (each moved item gets an updated event); creating and deleting need manage_tasks', async () => {
    const taskId = await newTask('Pruned');
    const items: any[] = [];
    for (const title of ['One', 'Two', 'Three', 'Four']) items.push((await team.owner.rest.post(`/tasks/${taskId}/checklist`, { title })).body.data);

    const before = await eventCount();
    expect((await team.viewer.rest.post(`/tasks/${taskId}/checklist`, { title: 'Nope' })).status).toBe(403);
    expect((await viewerWs.request('tasks.checklist.delete', { org_id: team.orgId, item_id: items[0].id })).error?.code).toBe('FORBIDDEN');
    expect(await eventCount()).toBe(before);

    const del = await ownerWs.request('tasks.checklist.delete', { item_id: items[1].id });
    expect(del).toMatchObject({ status: 'ok', data: { id: items[1].id, deleted: true } });
    expect(await positions(taskId)).toEqual([
      ['One', 0],
      ['Three', 1],
      ['Four', 2],
    ]);
    const moved = await ownerWs.nextEvent(
      (e) => e.data?.entity_type === 'checklist_item' && e.data.entity_id === items[3].id && e.data.action === 'updated',
    );
    expect(moved.data.changes).toEqual({ position: { from: 3, to: 2 } });
    expect((await team.owner.rest.delete(`/checklist-items/${items[1].id}`)).status).toBe(404);
  });

  it('a task holds at most 100 items: the 101st is VALIDATION_ERROR on task_id, and nothing changes', async () => {
    const taskId = await newTask('Long');
    await team.server.svc.db`
      insert into task_checklist_items (id, org_id, task_id, title, position)
      select 'chk_seed' || i || ${taskId}, ${team.orgId}, ${taskId}, 'Seeded ' || i, i from generate_series(0, 98) i`;
    const hundredth = await team.owner.rest.post(`/tasks/${taskId}/checklist`, { title: 'Hundredth' });
    expect(hundredth.body.data.position).toBe(99);
    const before = await eventCount();
    const over = await team.owner.rest.post(`/tasks/${taskId}/checklist`, { title: 'One too many' });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'task_id', limit: 100 } });
    expect(await eventCount()).toBe(before);
    expect((await team.owner.rest.get(`/tasks/${taskId}/checklist?per_page=100`)).body.pagination.total).toBe(100);
  });

  it('bad input is VALIDATION_ERROR naming the field; unknown and foreign ids are NOT_FOUND', async () => {
    const taskId = await newTask('Strict');
    for (const [body, field] of [
      [{}, 'title'],
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(501) }, 'title'],
      [{ title: ['a'] }, 'title'],
      [{ title: 'ok', done: true }, 'done'],
    ] as const) {
      const rest = await team.owner.rest.post(`/tasks/${taskId}/checklist`, body);
      expect(rest.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(rest.body.error.details)).toContain(field);
      const ws = await ownerWs.request('tasks.checklist.create', { task_id: taskId, ...body });
      expect(ws.error?.code).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(ws.error?.details)).toContain(field);
    }
    expect((await ownerWs.request('tasks.checklist.toggle', {})).error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'item_id' } });
    expect((await team.owner.rest.get(`/tasks/${taskId}/checklist?per_page=101`)).status).toBe(400);

    const theirProject = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
    const theirTask = (await team.stranger.rest.post('/tasks', { title: 'Theirs', project_id: theirProject })).body.data.id;
    const theirItem = (await team.stranger.rest.post(`/tasks/${theirTask}/checklist`, { title: 'Theirs' })).body.data;
    expect((await team.owner.rest.get(`/tasks/${theirTask}/checklist`)).status).toBe(404);
    expect((await team.owner.rest.post(`/checklist-items/${theirItem.id}/toggle`)).status).toBe(404);
    expect((await ownerWs.request('tasks.checklist.delete', { item_id: theirItem.id })).error?.code).toBe('NOT_FOUND');
    expect((await team.stranger.rest.get(`/tasks/${theirTask}/checklist`)).body.data).toEqual([theirItem]);
  });
});
