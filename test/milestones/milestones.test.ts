/**
 * milestones.*: over REST, WebSocket, MCP and GraphQL: defaults, ordering by target date, task_count and
 * done_count (by status category, custom statuses included), description null vs omitted, deletion clearing
 * tasks (an `updated` event per task, then `deleted`), bad input, permissions, isolation, failed writes
 * changing nothing.
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

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token);
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

const project = async (name: string): Promise<string> => (await team.owner.rest.post('/projects', { name })).body.data.id;

async function milestone(projectId: string, body: Record<string, unknown>): Promise<any> {
  const res = await team.member.rest.post(`/projects/${projectId}/milestones`, body);
  expect(res.status).toBe(201);
  return res.body.data;
}

/** A task of the project counting toward `milestoneId` (set in the database: the tasks area sets it through its API). */
async function taskIn(projectId: string, milestoneId: string, status = 'open'): Promise<any> {
  const t = (await team.owner.rest.post('/tasks', { title: `Task ${status}`, project_id: projectId, status })).body.data;
  await team.server.svc.db`update tasks set milestone_id = ${milestoneId} where id = ${t.id}`;
  return (await team.owner.rest.get(`/tasks/${t.id}`)).body.data;
}

async function snapshot(): Promise<unknown> {
  const db = team.server.svc.db;
  const milestones = await db`select * from milestones where org_id = ${team.orgId} order by id`;
  const tasks = await db`select id, milestone_id, updated_at from tasks where org_id = ${team.orgId} order by id`;
  const [events] = await db`select count(*)::int as n from events`;
  return { milestones, tasks, events };
}

describe('milestones', () => {
  it('create with defaults; list by target date with pagination, over REST, WS, MCP and GraphQL', async () => {
    const pid = await project('Roadmap');
    const late = await milestone(pid, { title: 'GA', target_date: '2026-09-01' });
    expect(late).toEqual({
      id: expect.stringMatching(/^mst_/),
      org_id: team.orgId,
      project_id: pid,
      title: 'GA',
      description: null,
      target_date: '2026-09-01',
      color: '#6366f1',
      task_count: 0,
      done_count: 0,
      created_by: team.member.id,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const early = (
      await memberWs.request('milestones.create', {
        org_id: team.orgId,
        project_id: pid,
        title: 'Beta',
        target_date: '2026-05-15',
        color: '#ff0000',
        description: 'Testers',
      })
    ).data;
    expect(early).toMatchObject({ color: '#ff0000', description: 'Testers' });
    const same = (await mcpCall(mcp, 'milestones_create', { org_id: team.orgId, project_id: pid, title: 'Also beta', target_date: '2026-05-15' }))
      .body.data;

    const list = await team.viewer.rest.get(`/projects/${pid}/milestones`);
    expect(list.status).toBe(200);
    const sameDay = [early.id, same.id].sort();
    expect(list.body.data.map((m: any) => m.id)).toEqual([...sameDay, late.id]);
    expect(list.body.pagination).toEqual({ total: 3, page: 1, per_page: 25, total_pages: 1 });
    const ws = await memberWs.request('milestones.list', { org_id: team.orgId, project_id: pid, page: 2, per_page: 2 });
    expect(ws.data.map((m: any) => m.id)).toEqual([late.id]);
    expect(ws.pagination).toEqual({ total: 3, page: 2, per_page: 2, total_pages: 2 });
    expect((await mcpCall(mcp, 'milestones_list', { org_id: team.orgId, project_id: pid })).body).toEqual(list.body);
    const g = await gql(team.server, team.viewer.token, 'query($p: ID!, $o: ID) { milestones(projectId: $p, orgId: $o) { data { id title } } }', {
      p: pid,
      o: team.orgId,
    });
    expect(g.body.errors).toBeUndefined();
    expect(g.body.data.milestones.data.map((m: any) => m.id)).toEqual(list.body.data.map((m: any) => m.id));
    // Another project's list is its own.
    expect((await team.owner.rest.get(`/projects/${await project('Empty')}/milestones`)).body).toEqual({
      data: [],
      pagination: { total: 0, page: 1, per_page: 25, total_pages: 0 },
    });
  });

  it('task_count and done_count follow the tasks and the category of their status (custom statuses too)', async () => {
    const pid = await project('Counted');
    const m = await milestone(pid, { title: 'Counted', target_date: '2026-06-01' });
    await team.owner.rest.post('/task-statuses', { code: 'released', label: 'Released', color: '#00aa00', category: 'done' });
    await taskIn(pid, m.id, 'open');
    await taskIn(pid, m.id, 'done');
    await taskIn(pid, m.id, 'released');
    await taskIn(pid, m.id, 'cancelled');
    await team.owner.rest.post('/tasks', { title: 'Not in it', project_id: pid, status: 'done' });
    const [listed] = (await team.owner.rest.get(`/projects/${pid}/milestones`)).body.data;
    expect(listed).toMatchObject({ id: m.id, task_count: 4, done_count: 2 });
    const g = await gql(team.server, team.owner.token, 'query($id: ID!) { project(id: $id) { milestones { data { task_count done_count } } } }', {
      id: pid,
    });
    expect(g.body.data.project.milestones.data).toEqual([{ task_count: 4, done_count: 2 }]);
  });

  it('update: description null clears it, an omitted field stays; events carry the changes; a no-op sends nothing', async () => {
    const pid = await project('Edited');
    const m = await milestone(pid, { title: 'Edit me', target_date: '2026-06-01', description: 'Keep?', color: '#111111' });
    const retitled = await team.member.rest.patch(`/milestones/${m.id}`, { title: 'Edited' });
    expect(retitled.body.data).toMatchObject({ title: 'Edited', description: 'Keep?', color: '#111111', target_date: '2026-06-01' });
    const ev = await ownerWs.nextEvent((e) => e.data?.entity_id === m.id && e.data.action === 'updated');
    expect(ev.data).toMatchObject({ entity_type: 'milestone', user_id: team.member.id, changes: { title: { from: 'Edit me', to: 'Edited' } } });

    const cleared = await memberWs.request('milestones.update', {
      org_id: team.orgId,
      milestone_id: m.id,
      description: null,
      target_date: '2026-07-01',
    });
    expect(cleared.data).toMatchObject({ title: 'Edited', description: null, target_date: '2026-07-01', color: '#111111' });
    const ev2 = await ownerWs.nextEvent((e) => e.data?.entity_id === m.id && e.data.action === 'updated');
    expect(ev2.data.changes).toEqual({ description: { from: 'Keep?', to: null }, target_date: { from: '2026-06-01', to: '2026-07-01' } });

    const g = await gql(team.server, team.member.token, 'mutation($i: UpdateMilestoneInput!) { updateMilestone(input: $i) { description color } }', {
      i: { org_id: team.orgId, milestone_id: m.id, description: 'Back', color: '#222222' },
    });
    expect(g.body.data.updateMilestone).toEqual({ description: 'Back', color: '#222222' });
    await ownerWs.nextEvent((e) => e.data?.entity_id === m.id && e.data.action === 'updated');

    const noop = await team.member.rest.patch(`/milestones/${m.id}`, { title: 'Edited', description: 'Back' });
    expect(noop.status).toBe(200);
    expect(await ownerWs.noEvent((e) => e.data?.entity_id === m.id && e.data.action === 'updated', 300)).toBe(true);
  });

  it('bad dates, colors, titles, missing and unknown fields are VALIDATION_ERROR naming the field; nothing changes', async () => {
    const pid = await project('Validated');
    const m = await milestone(pid, { title: 'Valid', target_date: '2026-06-01' });
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ target_date: '2026-06-01' }, 'title'],
      [{ title: 'x' }, 'target_date'],
      [{ title: '', target_date: '2026-06-01' }, 'title'],
      [{ title: 't'.repeat(201), target_date: '2026-06-01' }, 'title'],
      [{ title: 'x', target_date: '2026-02-30' }, 'target_date'],
      [{ title: 'x', target_date: '01/06/2026' }, 'target_date'],
      [{ title: 'x', target_date: '2026-06-01T00:00:00Z' }, 'target_date'],
      [{ title: 'x', target_date: '2026-06-01', color: 'purple' }, 'color'],
      [{ title: 'x', target_date: '2026-06-01', color: null }, 'color'],
      [{ title: 'x', target_date: '2026-06-01', description: 'd'.repeat(10001) }, 'description'],
      [{ title: 'x', target_date: '2026-06-01', owner: 'me' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      expect((await team.member.rest.post(`/projects/${pid}/milestones`, body)).body.error, JSON.stringify(body)).toMatchObject({
        code: 'VALIDATION_ERROR',
        details: { field },
      });
      const ws = await memberWs.request('milestones.create', { org_id: team.orgId, project_id: pid, ...body });
      expect(ws.error, JSON.stringify(body)).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    }
    expect((await team.member.rest.patch(`/milestones/${m.id}`, { target_date: '2026-13-01' })).body.error).toMatchObject({
      details: { field: 'target_date' },
    });
    expect((await team.member.rest.patch(`/milestones/${m.id}`, { title: null })).body.error).toMatchObject({ details: { field: 'title' } });
    expect((await memberWs.request('milestones.update', { org_id: team.orgId, milestone_id: m.id, color: '#abc' })).error).toMatchObject({
      details: { field: 'color' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('writes need manage_tasks (a viewer is FORBIDDEN); another organization’s project or milestone is NOT_FOUND', async () => {
    const pid = await project('Guarded');
    const m = await milestone(pid, { title: 'Guarded', target_date: '2026-06-01' });
    expect((await team.viewer.rest.post(`/projects/${pid}/milestones`, { title: 'x', target_date: '2026-06-01' })).body.error.code).toBe('FORBIDDEN');
    expect((await team.viewer.rest.patch(`/milestones/${m.id}`, { title: 'x' })).body.error.code).toBe('FORBIDDEN');
    expect((await team.viewer.rest.delete(`/milestones/${m.id}`)).body.error.code).toBe('FORBIDDEN');

    const theirProject = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
    const theirs = (await team.stranger.rest.post(`/projects/${theirProject}/milestones`, { title: 'Theirs', target_date: '2026-06-01' })).body.data;
    expect((await team.owner.rest.get(`/projects/${theirProject}/milestones`)).body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Project not found',
    });
    expect((await team.owner.rest.post(`/projects/${theirProject}/milestones`, { title: 'x', target_date: '2026-06-01' })).status).toBe(404);
    expect((await team.owner.rest.patch(`/milestones/${theirs.id}`, { title: 'Mine' })).body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Milestone not found',
    });
    expect((await ownerWs.request('milestones.delete', { org_id: team.orgId, milestone_id: theirs.id })).error?.code).toBe('NOT_FOUND');
    expect((await team.stranger.rest.get(`/projects/${theirProject}/milestones`)).body.data).toEqual([theirs]);
  });

  it('delete clears the milestone from its tasks: updated per task, then deleted', async () => {
    const pid = await project('Cleared');
    const m = await milestone(pid, { title: 'Doomed', target_date: '2026-06-01' });
    const other = await milestone(pid, { title: 'Other', target_date: '2026-06-02' });
    const [a, b] = [await taskIn(pid, m.id), await taskIn(pid, m.id, 'done')];
    const c = await taskIn(pid, other.id);
    const del = await memberWs.request('milestones.delete', { org_id: team.orgId, milestone_id: m.id });
    expect(del.data).toEqual({ id: m.id, deleted: true });
    const updates = [];
    for (const t of [a, b]) {
      const ev = await ownerWs.nextEvent((e) => e.data?.entity_id === t.id && e.data.action === 'updated');
      expect(ev.data.changes).toEqual({ milestone_id: { from: m.id, to: null } });
      updates.push(ev);
    }
    const gone = await ownerWs.nextEvent((e) => e.data?.entity_id === m.id && e.data.action === 'deleted');
    expect(gone.data).toMatchObject({ entity_type: 'milestone', entity: { title: 'Doomed', task_count: 2, done_count: 1 } });
    expect(ownerWs.messages.indexOf(gone)).toBeGreaterThan(Math.max(...updates.map((u) => ownerWs.messages.indexOf(u))));
    expect((await team.owner.rest.get(`/tasks/${a.id}`)).body.data.milestone_id).toBeNull();
    expect((await team.owner.rest.get(`/tasks/${c.id}`)).body.data).toEqual(c);
    expect((await team.owner.rest.get(`/projects/${pid}/milestones`)).body.data.map((x: any) => x.id)).toEqual([other.id]);
    expect((await mcpCall(mcp, 'milestones_delete', { org_id: team.orgId, milestone_id: m.id })).body.error.code).toBe('NOT_FOUND');
  });
});
