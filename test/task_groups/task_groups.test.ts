/**
 * task_groups.*: create, rename, list, reorder, delete and fold over REST, WebSocket, MCP and GraphQL; the
 * 100-group limit, positions that stay gapless, a deleted group's tasks appended to the ungrouped ones in
 * their order, per-user collapsed flags, permissions, isolation, events, and failed writes changing nothing.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;
let strangerProjectId: string;
let strangerGroupId: string;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token);
  strangerProjectId = (await team.stranger.rest.post('/projects', { name: 'Not yours' })).body.data.id;
  strangerGroupId = (await team.stranger.rest.post(`/projects/${strangerProjectId}/task-groups`, { name: 'Not yours' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

const newProject = async (name: string): Promise<string> => (await team.owner.rest.post('/projects', { name })).body.data.id;

async function newGroup(projectId: string, name: string, who: Person = team.owner): Promise<any> {
  const res = await who.rest.post(`/projects/${projectId}/task-groups`, { name });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function list(projectId: string, who: Person = team.owner, query = ''): Promise<any[]> {
  const res = await who.rest.get(`/projects/${projectId}/task-groups${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Creates tasks titled `titles` and places them, in that order, at positions 0..n-1 of `groupId` (null: ungrouped). */
async function tasksIn(projectId: string, groupId: string | null, titles: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await team.owner.rest.post('/tasks', { title, project_id: projectId })).body.data.id);
  const sql = team.server.svc.db;
  for (const [i, id] of ids.entries()) await sql`update tasks set group_id = ${groupId}, position = ${i} where id = ${id}`;
  return ids;
}

/** The project's tasks of one sequence, by position: `title@position`. */
async function sequence(projectId: string, groupId: string | null): Promise<string[]> {
  const rows = await team.server.svc.db<{ title: string; position: number }[]>`
    select title, position from tasks where project_id = ${projectId} and group_id is not distinct from ${groupId} order by position, id`;
  return rows.map((r) => `${r.title}@${r.position}`);
}

const eventCount = async (): Promise<number> => (await team.server.svc.db<{ n: number }[]>`select count(*)::int as n from events`)[0]!.n;

const groupEvent = (id: string, action?: string) => (e: WsEvent) =>
  e.event === 'EntityChanged' && e.data.entity_type === 'task_group' && e.data.entity_id === id && (!action || e.data.action === action);

describe('task groups over REST', () => {
  it('create appends with gapless positions; list by position; rename', async () => {
    const pid = await newProject('Board');
    const a = await newGroup(pid, 'Backlog');
    expect(a).toMatchObject({ org_id: team.orgId, project_id: pid, name: 'Backlog', position: 0, collapsed: false });
    expect(a.id).toMatch(/^grp_/);
    const b = await newGroup(pid, 'Doing', team.member);
    const c = await newGroup(pid, 'Done', team.manager);
    expect([b.position, c.position]).toEqual([1, 2]);
    expect(await list(pid, team.viewer)).toEqual([a, b, c]);

    const renamed = await team.member.rest.patch(`/projects/${pid}/task-groups/${b.id}`, { name: 'In progress' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ id: b.id, name: 'In progress', position: 1 });
    expect((await list(pid)).map((g) => g.name)).toEqual(['Backlog', 'In progress', 'Done']);

    const page = await team.owner.rest.get(`/projects/${pid}/task-groups?per_page=2&page=2`);
    expect(page.body).toEqual({ data: [{ ...c }], pagination: { total: 3, page: 2, per_page: 2, total_pages: 2 } });
    const empty = await team.owner.rest.get(`/projects/${await newProject('No groups')}/task-groups`);
    expect(empty.body).toEqual({ data: [], pagination: { total: 0, page: 1, per_page: 25, total_pages: 0 } });
  });

  it('rejects bad input with VALIDATION_ERROR naming the field', async () => {
    const pid = await newProject('Validation');
    const g = await newGroup(pid, 'Valid');
    const { rest } = team.owner;
    const cases: [Promise<any>, string][] = [
      [rest.post(`/projects/${pid}/task-groups`, {}), 'name'],
      [rest.post(`/projects/${pid}/task-groups`, { name: '' }), 'name'],
      [rest.post(`/projects/${pid}/task-groups`, { name: 'x'.repeat(201) }), 'name'],
      [rest.post(`/projects/${pid}/task-groups`, { name: 7 }), 'name'],
      [rest.post(`/projects/${pid}/task-groups`, { name: 'x', color: '#fff' }), 'color'],
      [rest.patch(`/projects/${pid}/task-groups/${g.id}`, {}), 'name'],
      [rest.patch(`/projects/${pid}/task-groups/${g.id}`, { name: 'x', position: 3 }), 'position'],
      [rest.put(`/projects/${pid}/task-groups/order`, {}), 'order'],
      [rest.put(`/projects/${pid}/task-groups/order`, { order: g.id }), 'order'],
      [rest.get(`/projects/${pid}/task-groups?per_page=101`), 'per_page'],
    ];
    for (const [call, field] of cases) {
      const res = await call;
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    }
    expect(await list(pid)).toEqual([g]);
  });

  it('a project holds at most 100 groups: the 101st is VALIDATION_ERROR on project_id; one page of 100 lists them all', async () => {
    const pid = await newProject('Crowded');
    const sql = team.server.svc.db;
    const rows = Array.from({ length: 99 }, (_, i) => ({ id: newId('grp'), org_id: team.orgId, project_id: pid, name: `G${i}`, position: i }));
    await sql`insert into task_groups ${sql(rows)}`;
    const hundredth = await newGroup(pid, 'Hundredth');
    expect(hundredth.position).toBe(99);
    const events = await eventCount();
    const over = await team.owner.rest.post(`/projects/${pid}/task-groups`, { name: 'One too many' });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'project_id' } });
    expect(over.body.error.message).toContain('100');
    expect(await eventCount()).toBe(events);
    const all = await team.owner.rest.get(`/projects/${pid}/task-groups?per_page=100`);
    expect(all.body.pagination).toEqual({ total: 100, page: 1, per_page: 100, total_pages: 1 });
    expect(all.body.data.map((g: any) => g.position)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('writing needs manage_tasks (viewer → FORBIDDEN); listing and folding are open to every member', async () => {
    const pid = await newProject('Permissions');
    const g = await newGroup(pid, 'Guarded');
    const { rest } = team.viewer;
    for (const res of [
      await rest.post(`/projects/${pid}/task-groups`, { name: 'Nope' }),
      await rest.patch(`/projects/${pid}/task-groups/${g.id}`, { name: 'Nope' }),
      await rest.put(`/projects/${pid}/task-groups/order`, { order: [g.id] }),
      await rest.delete(`/projects/${pid}/task-groups/${g.id}`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect(await list(pid, team.viewer)).toEqual([g]);
    const folded = await rest.post(`/projects/${pid}/task-groups/${g.id}/collapse`);
    expect(folded.body.data).toEqual({ group_id: g.id, collapsed: true });
  });

  it("another project's group, another organization's group or project: NOT_FOUND", async () => {
    const pid = await newProject('Mine');
    const other = await newProject('Other');
    const theirs = await newGroup(other, 'Other group');
    const { rest } = team.owner;
    for (const res of [
      await rest.patch(`/projects/${pid}/task-groups/${theirs.id}`, { name: 'x' }),
      await rest.delete(`/projects/${pid}/task-groups/${theirs.id}`),
      await rest.post(`/projects/${pid}/task-groups/${theirs.id}/collapse`),
      await rest.patch(`/projects/${pid}/task-groups/${strangerGroupId}`, { name: 'x' }),
      await rest.post(`/projects/${strangerProjectId}/task-groups/${strangerGroupId}/collapse`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Task group not found' });
    }
    for (const res of [
      await rest.get(`/projects/${strangerProjectId}/task-groups`),
      await rest.post(`/projects/${strangerProjectId}/task-groups`, { name: 'Sneaky' }),
      await rest.put(`/projects/${strangerProjectId}/task-groups/order`, { order: [strangerGroupId] }),
      await rest.delete(`/projects/${strangerProjectId}/task-groups/${strangerGroupId}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
    }
    expect((await list(other)).map((g) => g.name)).toEqual(['Other group']);
  });
});

describe('reorder', () => {
  it('positions become the index in `order`; only moved groups get updated events', async () => {
    const pid = await newProject('Reorder');
    const [a, b, c, d] = [await newGroup(pid, 'A'), await newGroup(pid, 'B'), await newGroup(pid, 'C'), await newGroup(pid, 'D')];
    const res = await memberWs.request('task_groups.reorder', { org_id: team.orgId, project_id: pid, order: [b.id, a.id, c.id, d.id] });
    expect(res.status).toBe('ok');
    expect(res.data.map((g: any) => [g.name, g.position])).toEqual([
      ['B', 0],
      ['A', 1],
      ['C', 2],
      ['D', 3],
    ]);
    expect(await list(pid)).toEqual(res.data);
    const movedB = await ownerWs.nextEvent(groupEvent(b.id, 'updated'));
    expect(movedB.data).toMatchObject({ user_id: team.member.id, changes: { position: { from: 1, to: 0 } }, entity: { name: 'B', position: 0 } });
    const movedA = await ownerWs.nextEvent(groupEvent(a.id, 'updated'));
    expect(movedA.data.changes).toEqual({ position: { from: 0, to: 1 } });
    expect(await ownerWs.noEvent((e) => groupEvent(c.id, 'updated')(e) || groupEvent(d.id, 'updated')(e), 300)).toBe(true);
  });

  it("`order` must be exactly the project's groups: missing, repeated or foreign ids are VALIDATION_ERROR on order, and nothing changes", async () => {
    const pid = await newProject('Strict order');
    const [a, b, c] = [await newGroup(pid, 'A'), await newGroup(pid, 'B'), await newGroup(pid, 'C')];
    const elsewhere = await newGroup(await newProject('Elsewhere'), 'Elsewhere');
    const before = await list(pid);
    const events = await eventCount();
    for (const order of [
      [a.id, b.id],
      [a.id, b.id, c.id, elsewhere.id],
      [a.id, b.id, elsewhere.id],
      [a.id, b.id, c.id, c.id],
      [a.id, b.id, 'grp_nope'],
      [],
    ]) {
      const res = await team.owner.rest.put(`/projects/${pid}/task-groups/order`, { order });
      expect(res.status, JSON.stringify(order)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'order' } });
    }
    const viaMcp = await mcpCall(mcp, 'task_groups_reorder', { project_id: pid, order: [c.id, a.id] });
    expect(viaMcp.isError).toBe(true);
    expect(viaMcp.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'order', missing: [b.id] } });
    expect(await list(pid)).toEqual(before);
    expect(await eventCount()).toBe(events);

    // The same order again is a success that changes nothing.
    const same = await team.owner.rest.put(`/projects/${pid}/task-groups/order`, { order: [a.id, b.id, c.id] });
    expect(same.body.data).toEqual(before);
    expect(await eventCount()).toBe(events);
  });
});

describe('delete', () => {
  it("ungroups the group's tasks after the ungrouped ones, in their order; later groups move up; events for each", async () => {
    const pid = await newProject('Deleting');
    const [a, b, c] = [await newGroup(pid, 'A'), await newGroup(pid, 'B'), await newGroup(pid, 'C')];
    await tasksIn(pid, null, ['u0', 'u1']);
    const moved = await tasksIn(pid, b.id, ['b0', 'b1', 'b2']);
    await tasksIn(pid, c.id, ['c0']);

    const res = await memberWs.request('task_groups.delete', { org_id: team.orgId, project_id: pid, group_id: b.id });
    expect(res).toMatchObject({ status: 'ok', data: { id: b.id, deleted: true } });
    expect(await sequence(pid, null)).toEqual(['u0@0', 'u1@1', 'b0@2', 'b1@3', 'b2@4']);
    expect(await sequence(pid, c.id)).toEqual(['c0@0']);
    expect((await list(pid)).map((g) => [g.name, g.position])).toEqual([
      ['A', 0],
      ['C', 1],
    ]);
    expect((await team.owner.rest.get(`/tasks/${moved[1]}`)).body.data).toMatchObject({ group_id: null, position: 3 });

    for (const [i, id] of moved.entries()) {
      const e = await ownerWs.nextEvent((x) => x.event === 'EntityChanged' && x.data.entity_id === id && x.data.action === 'updated');
      expect(e.data).toMatchObject({ entity_type: 'task', user_id: team.member.id });
      expect(e.data.changes).toEqual({ group_id: { from: b.id, to: null }, position: { from: i, to: 2 + i } });
    }
    const gone = await ownerWs.nextEvent(groupEvent(b.id, 'deleted'));
    expect(gone.data.entity).toMatchObject({ id: b.id, name: 'B' });
    const shifted = await ownerWs.nextEvent(groupEvent(c.id, 'updated'));
    expect(shifted.data.changes).toEqual({ position: { from: 2, to: 1 } });
    expect(await ownerWs.noEvent(groupEvent(a.id, 'updated'), 300)).toBe(true);

    const again = await team.owner.rest.delete(`/projects/${pid}/task-groups/${b.id}`);
    expect(again.status).toBe(404);
  });

  it('a refused delete leaves groups, tasks and the event log as they were', async () => {
    const pid = await newProject('Kept');
    const g = await newGroup(pid, 'Kept');
    await tasksIn(pid, g.id, ['k0', 'k1']);
    const events = await eventCount();
    expect((await team.viewer.rest.delete(`/projects/${pid}/task-groups/${g.id}`)).status).toBe(403);
    expect((await team.stranger.rest.delete(`/projects/${pid}/task-groups/${g.id}`)).status).toBe(404);
    expect(await sequence(pid, g.id)).toEqual(['k0@0', 'k1@1']);
    expect(await list(pid)).toEqual([g]);
    expect(await eventCount()).toBe(events);
  });
});

describe('collapsed is per user', () => {
  it("a toggle changes only the caller's flag; only the caller's own connections hear of it", async () => {
    const pid = await newProject('Folding');
    const g = await newGroup(pid, 'Foldable');
    const otherOwnerTab = await connectWs(team.server, team.owner.token);
    try {
      const folded = await ownerWs.request('task_groups.toggle_collapsed', { org_id: team.orgId, project_id: pid, group_id: g.id });
      expect(folded.data).toEqual({ group_id: g.id, collapsed: true });
      expect((await list(pid, team.owner))[0].collapsed).toBe(true);
      expect((await list(pid, team.member))[0].collapsed).toBe(false);

      const mine = await otherOwnerTab.nextEvent(groupEvent(g.id, 'updated'));
      expect(mine.data).toMatchObject({ user_id: team.owner.id, changes: { collapsed: { from: false, to: true } }, entity: { collapsed: true } });
      expect(await memberWs.noEvent(groupEvent(g.id, 'updated'), 300)).toBe(true);

      // The member folds it too (REST); the owner unfolds theirs (MCP): each keeps their own flag.
      expect((await team.member.rest.post(`/projects/${pid}/task-groups/${g.id}/collapse`)).body.data.collapsed).toBe(true);
      const unfolded = await mcpCall(mcp, 'task_groups_toggle_collapsed', { project_id: pid, group_id: g.id });
      expect(unfolded.body.data).toEqual({ group_id: g.id, collapsed: false });
      expect((await list(pid, team.owner))[0].collapsed).toBe(false);
      expect((await list(pid, team.member))[0].collapsed).toBe(true);

      // A rename reaches everyone with collapsed false (the flag is per reader); the answer carries the caller's.
      const renamed = await team.member.rest.patch(`/projects/${pid}/task-groups/${g.id}`, { name: 'Renamed' });
      expect(renamed.body.data).toMatchObject({ name: 'Renamed', collapsed: true });
      // The member's socket first heard of their own toggle, then of the rename.
      const own = await memberWs.nextEvent(groupEvent(g.id, 'updated'));
      expect(own.data).toMatchObject({ user_id: team.member.id, changes: { collapsed: { from: false, to: true } } });
      const e = await memberWs.nextEvent(groupEvent(g.id, 'updated'));
      expect(e.data.changes).toEqual({ name: { from: 'Foldable', to: 'Renamed' } });
      expect(e.data.entity.collapsed).toBe(false);
    } finally {
      await otherOwnerTab.close();
    }
  });
});

describe('task groups over WebSocket, MCP and GraphQL', () => {
  it('create and list over WS and MCP answer as REST does; created events reach members', async () => {
    const pid = await newProject('Transports');
    const created = await memberWs.request('task_groups.create', { org_id: team.orgId, project_id: pid, name: 'Over WS' });
    expect(created.status).toBe('ok');
    const event = await ownerWs.nextEvent(groupEvent(created.data.id, 'created'));
    expect(event.data).toMatchObject({ entity_type: 'task_group', user_id: team.member.id, entity: created.data });
    const viaMcp = await mcpCall(mcp, 'task_groups_create', { project_id: pid, name: 'Over MCP' });
    expect(viaMcp.body.data).toMatchObject({ name: 'Over MCP', position: 1 });

    const rest = await team.owner.rest.get(`/projects/${pid}/task-groups`);
    const ws = await ownerWs.request('task_groups.list', { org_id: team.orgId, project_id: pid });
    expect({ data: ws.data, pagination: ws.pagination }).toEqual(rest.body);
    expect((await mcpCall(mcp, 'task_groups_list', { project_id: pid })).body).toEqual(rest.body);

    const unknown = await memberWs.request('task_groups.create', { org_id: team.orgId, project_id: pid, name: 'x', colour: 'red' });
    expect(unknown.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'colour' } });
    const missing = await memberWs.request('task_groups.update', { org_id: team.orgId, project_id: pid, name: 'x' });
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'group_id' } });
    const foreign = await memberWs.request('task_groups.list', { org_id: team.orgId, project_id: strangerProjectId });
    expect(foreign.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
  });

  it('GraphQL: mutations, and a board read as project → groups → tasks with Task.group', async () => {
    const pid = await newProject('GraphQL board');
    const token = team.member.token;
    const org = { org_id: team.orgId };
    const create = (name: string) =>
      gql(team.server, token, 'mutation($input: CreateTaskGroupInput!) { createTaskGroup(input: $input) { id name position collapsed } }', {
        input: { ...org, project_id: pid, name },
      });
    const a = (await create('Todo')).body.data.createTaskGroup;
    const b = (await create('Later')).body.data.createTaskGroup;
    expect([a.position, b.position]).toEqual([0, 1]);
    const tooLong = await create('x'.repeat(201));
    expect(tooLong.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });

    const reordered = await gql(
      team.server,
      token,
      'mutation($input: ReorderTaskGroupsInput!) { reorderTaskGroups(input: $input) { id position } }',
      {
        input: { ...org, project_id: pid, order: [b.id, a.id] },
      },
    );
    expect(reordered.body.data.reorderTaskGroups).toEqual([
      { id: b.id, position: 0 },
      { id: a.id, position: 1 },
    ]);
    const toggled = await gql(
      team.server,
      token,
      'mutation($input: ToggleTaskGroupCollapsedInput!) { toggleTaskGroupCollapsed(input: $input) { group_id collapsed } }',
      { input: { ...org, project_id: pid, group_id: b.id } },
    );
    expect(toggled.body.data.toggleTaskGroupCollapsed).toEqual({ group_id: b.id, collapsed: true });

    await tasksIn(pid, a.id, ['a0', 'a1']);
    await tasksIn(pid, null, ['loose']);
    const board = await gql(
      team.server,
      token,
      `query($id: ID!, $orgId: ID) { project(id: $id, orgId: $orgId) {
        task_groups { data { name position collapsed tasks { data { title position group { name } } pagination { total } } } pagination { total } }
        ungrouped_tasks { data { title position group { id } } }
      } }`,
      { id: pid, orgId: team.orgId },
    );
    expect(board.body.errors).toBeUndefined();
    expect(board.body.data.project).toEqual({
      task_groups: {
        data: [
          { name: 'Later', position: 0, collapsed: true, tasks: { data: [], pagination: { total: 0 } } },
          {
            name: 'Todo',
            position: 1,
            collapsed: false,
            tasks: {
              data: [
                { title: 'a0', position: 0, group: { name: 'Todo' } },
                { title: 'a1', position: 1, group: { name: 'Todo' } },
              ],
              pagination: { total: 2 },
            },
          },
        ],
        pagination: { total: 2 },
      },
      ungrouped_tasks: { data: [{ title: 'loose', position: 0, group: null }] },
    });
    const listed = await gql(
      team.server,
      team.owner.token,
      'query($p: ID!) { taskGroups(projectId: $p) { data { name collapsed } pagination { total } } }',
      {
        p: pid,
      },
    );
    // The owner did not fold anything.
    expect(listed.body.data.taskGroups).toEqual({
      data: [
        { name: 'Later', collapsed: false },
        { name: 'Todo', collapsed: false },
      ],
      pagination: { total: 2 },
    });

    const deleted = await gql(team.server, token, 'mutation($input: DeleteTaskGroupInput!) { deleteTaskGroup(input: $input) { id deleted } }', {
      input: { ...org, project_id: pid, group_id: a.id },
    });
    expect(deleted.body.data.deleteTaskGroup).toEqual({ id: a.id, deleted: true });
    expect(await sequence(pid, null)).toEqual(['loose@0', 'a0@1', 'a1@2']);
    const viewer = await gql(team.server, team.viewer.token, 'mutation($input: UpdateTaskGroupInput!) { updateTaskGroup(input: $input) { id } }', {
      input: { ...org, project_id: pid, group_id: b.id, name: 'Nope' },
    });
    expect(viewer.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
