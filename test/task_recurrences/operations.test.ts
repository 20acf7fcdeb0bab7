/**
 * task_recurrences.*: over REST, WebSocket, MCP and GraphQL (Task.recurrence batched): the entity and its first
 * occurrence in the organization's time zone, one recurrence per task, invalid patterns, permissions (a viewer
 * reads but cannot write), isolation (a stranger, a members-only project), the job that follows each write,
 * and deletion (of the recurrence, of the task).
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMidnight } from '../../src/domain/task_recurrences/pattern.js';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let viewerWs: WsClient;
let mcp: Client;
let projectId: string;

beforeAll(async () => {
  team = await startTeam();
  await team.server.svc.db`update organizations set timezone = 'Europe/Berlin' where id = ${team.orgId}`;
  ownerWs = await connectWs(team.server, team.owner.token);
  viewerWs = await connectWs(team.server, team.viewer.token);
  mcp = await connectMcp(team.server, team.owner.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Chores' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await viewerWs?.close();
  await team?.server.close();
});

async function task(body: Record<string, unknown> = {}, pid = projectId): Promise<any> {
  const res = await team.owner.rest.post('/tasks', { title: 'Water the plants', project_id: pid, ...body });
  expect(res.status).toBe(201);
  return res.body.data;
}

const jobOf = async (recurrenceId: string) =>
  (
    await team.server.svc.db<{ run_at: string; task_identifier: string }[]>`
    select run_at, task_identifier from graphile_worker.jobs where key = ${recurrenceId}`
  )[0];

async function snapshot(): Promise<unknown> {
  const db = team.server.svc.db;
  return {
    recurrences: await db`select * from task_recurrences order by id`,
    jobs: await db`select key, run_at from graphile_worker.jobs where task_identifier = 'run_recurrence' order by key`,
    events: (await db`select count(*)::int as n from events`)[0]!.n,
  };
}

describe('task_recurrences', () => {
  it('create (REST) → the entity, next_run_at at the next local midnight of the weekday, and its job; get over WS, MCP and GraphQL', async () => {
    // 2030-01-02 is a Wednesday, far ahead: the first occurrence is the Wednesday after it.
    const t = await task({ start_date: '2030-01-02', due_date: '2030-01-03' });
    const event = ownerWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_type === 'task_recurrence');
    const res = await team.member.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'weekly' });
    expect(res.status).toBe(201);
    const rec = res.body.data;
    expect(rec).toEqual({
      id: expect.stringMatching(/^rec_/),
      org_id: team.orgId,
      task_id: t.id,
      recurrence_pattern: 'weekly',
      timezone: 'Europe/Berlin',
      next_run_at: localMidnight('2030-01-09', 'Europe/Berlin').toISOString().replace('.000', ''),
      last_run_at: null,
      occurrences_created: 0,
      created_by: team.member.id,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(rec.next_run_at).toBe('2030-01-08T23:00:00Z');
    expect((await event).data).toMatchObject({ action: 'created', entity: rec });
    const job = await jobOf(rec.id);
    expect(job?.task_identifier).toBe('run_recurrence');
    expect(job!.run_at).toBe('2030-01-08T23:00:00Z');

    expect((await ownerWs.request('task_recurrences.get', { org_id: team.orgId, recurrence_id: rec.id })).data).toEqual(rec);
    expect((await mcpCall(mcp, 'task_recurrences_get', { org_id: team.orgId, recurrence_id: rec.id })).body.data).toEqual(rec);
    expect((await viewerWs.request('task_recurrences.get', { org_id: team.orgId, recurrence_id: rec.id })).data).toEqual(rec);
    const g = await gql(
      team.server,
      team.owner.token,
      `query($id: ID!, $org: ID, $pid: ID!) {
        taskRecurrence(recurrenceId: $id, orgId: $org) { id recurrence_pattern next_run_at occurrences_created }
        tasks(orgId: $org, projectId: $pid, perPage: 100) { data { id recurrence { id recurrence_pattern } } }
      }`,
      { id: rec.id, org: team.orgId, pid: projectId },
    );
    expect(g.body.errors).toBeUndefined();
    expect(g.body.data.taskRecurrence).toEqual({ id: rec.id, recurrence_pattern: 'weekly', next_run_at: rec.next_run_at, occurrences_created: 0 });
    const byTask = new Map(g.body.data.tasks.data.map((x: any) => [x.id, x.recurrence]));
    expect(byTask.get(t.id)).toEqual({ id: rec.id, recurrence_pattern: 'weekly' });
  });

  it('one recurrence per task: a second is CONFLICT (REST and WS), changing nothing', async () => {
    const t = await task();
    expect((await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'daily' })).status).toBe(201);
    const before = await snapshot();
    const again = await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'monthly' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    const ws = await ownerWs.request('task_recurrences.create', { org_id: team.orgId, task_id: t.id, recurrence_pattern: 'weekly' });
    expect(ws.status).toBe('error');
    expect(ws.error?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('invalid patterns are VALIDATION_ERROR naming recurrence_pattern on every transport, changing nothing', async () => {
    const t = await task();
    const before = await snapshot();
    for (const p of ['hourly', '* * * *', '0 25 * * *', '@weekly', '']) {
      const rest = await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: p });
      expect(rest.status, p).toBe(400);
      expect(rest.body.error.code).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(rest.body.error.details)).toContain('recurrence_pattern');
      const ws = await ownerWs.request('task_recurrences.create', { org_id: team.orgId, task_id: t.id, recurrence_pattern: p });
      expect(ws.error?.code, p).toBe('VALIDATION_ERROR');
      const m = await mcpCall(mcp, 'task_recurrences_create', { org_id: team.orgId, task_id: t.id, recurrence_pattern: p });
      expect(m.isError).toBe(true);
      expect(m.body.error.code).toBe('VALIDATION_ERROR');
    }
    const g = await gql(team.server, team.owner.token, `mutation($i: CreateTaskRecurrenceInput!) { createTaskRecurrence(input: $i) { id } }`, {
      i: { org_id: team.orgId, task_id: t.id, recurrence_pattern: '1 2 3' },
    });
    expect(g.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
    const missing = await team.owner.rest.post(`/tasks/${t.id}/recurrence`, {});
    expect(missing.body.error.code).toBe('VALIDATION_ERROR');
    const unknown = await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'daily', every: 2 });
    expect(unknown.body.error.code).toBe('VALIDATION_ERROR');
    expect(await snapshot()).toEqual(before);
  });

  it('a viewer reads but may not write (FORBIDDEN); a stranger and a non-member of a private project get NOT_FOUND', async () => {
    const t = await task();
    const rec = (await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'daily' })).body.data;
    const other = await task();
    const before = await snapshot();
    expect((await team.viewer.rest.get(`/task-recurrences/${rec.id}`)).status).toBe(200);
    expect((await team.viewer.rest.patch(`/task-recurrences/${rec.id}`, { recurrence_pattern: 'weekly' })).body.error.code).toBe('FORBIDDEN');
    expect((await viewerWs.request('task_recurrences.delete', { org_id: team.orgId, recurrence_id: rec.id })).error?.code).toBe('FORBIDDEN');
    expect((await team.viewer.rest.post(`/tasks/${other.id}/recurrence`, { recurrence_pattern: 'daily' })).body.error.code).toBe('FORBIDDEN');
    const stranger = team.stranger.rest;
    expect((await stranger.get(`/task-recurrences/${rec.id}`)).status).toBe(404);
    expect((await stranger.delete(`/task-recurrences/${rec.id}`)).status).toBe(404);
    expect((await stranger.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'daily' })).status).toBe(404);
    expect(await snapshot()).toEqual(before);
    // A members-only project: its tasks and their recurrences do not exist for a member who is not in it.
    const hidden = (await team.owner.rest.post('/projects', { name: 'Secret' })).body.data.id;
    const secretTask = await task({}, hidden);
    const secret = (await team.owner.rest.post(`/tasks/${secretTask.id}/recurrence`, { recurrence_pattern: 'daily' })).body.data;
    await team.server.svc.db`update projects set visibility = 'members' where id = ${hidden}`;
    const otherSecret = await task({}, hidden);
    const mid = await snapshot();
    expect((await team.member.rest.get(`/task-recurrences/${secret.id}`)).body.error.code).toBe('NOT_FOUND');
    expect((await team.member.rest.patch(`/task-recurrences/${secret.id}`, { recurrence_pattern: 'weekly' })).body.error.code).toBe('NOT_FOUND');
    expect((await team.member.rest.post(`/tasks/${otherSecret.id}/recurrence`, { recurrence_pattern: 'daily' })).body.error.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(mid);
    expect((await team.owner.rest.get(`/task-recurrences/${secret.id}`)).status).toBe(200); // manage_projects sees all
  });

  it('update re-schedules the job in the same change; delete removes it and keeps the instances', async () => {
    const t = await task({ due_date: '2031-05-31' });
    const rec = (await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: 'daily' })).body.data;
    const upd = await ownerWs.request('task_recurrences.update', { org_id: team.orgId, recurrence_id: rec.id, recurrence_pattern: 'monthly' });
    expect(upd.status).toBe('ok');
    expect(upd.data).toMatchObject({ recurrence_pattern: 'monthly', next_run_at: '2031-06-29T22:00:00Z' });
    expect((await jobOf(rec.id))!.run_at).toBe('2031-06-29T22:00:00Z');
    // An instance made earlier (as the job does) survives the recurrence.
    const instance = await task({ title: 'An instance' });
    await team.server.svc.db`update tasks set recurrence_id = ${rec.id}, recurrence_occurrence = now() where id = ${instance.id}`;
    const del = await mcpCall(mcp, 'task_recurrences_delete', { org_id: team.orgId, recurrence_id: rec.id });
    expect(del.body.data).toEqual({ id: rec.id, deleted: true });
    expect(await jobOf(rec.id)).toBeUndefined();
    expect((await team.owner.rest.get(`/task-recurrences/${rec.id}`)).status).toBe(404);
    const [kept] = await team.server.svc.db`select recurrence_id from tasks where id = ${instance.id}`;
    expect(kept).toEqual({ recurrence_id: null });
    expect((await team.owner.rest.get(`/tasks/${t.id}`)).status).toBe(200);
  });

  it('deleting the task deletes its recurrence', async () => {
    const t = await task();
    const rec = (await team.owner.rest.post(`/tasks/${t.id}/recurrence`, { recurrence_pattern: '0 7 * * *' })).body.data;
    expect((await team.owner.rest.delete(`/tasks/${t.id}`)).status).toBe(200);
    expect((await team.owner.rest.get(`/task-recurrences/${rec.id}`)).status).toBe(404);
    expect(await team.server.svc.db`select 1 from task_recurrences where id = ${rec.id}`).toHaveLength(0);
  });
});
