/**
 * time_entries.*: the timer (start/stop/current, one running entry per user), manual entries, reading,
 * editing and deleting over REST, WebSocket and MCP; validation, permissions, isolation, events and
 * concurrent starts.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { api, registerUser } from '../support/http.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let managerWs: WsClient;
let mcp: Client;
let projectId: string;
let taskId: string;
/** Non-billable project with a rate. */
let internalProjectId: string;
let strangerProjectId: string;
let strangerTaskId: string;

beforeAll(async () => {
  team = await startTeam();
  [ownerWs, memberWs, managerWs] = await Promise.all([
    connectWs(team.server, team.owner.token),
    connectWs(team.server, team.member.token),
    connectWs(team.server, team.manager.token),
  ]);
  mcp = await connectMcp(team.server, team.owner.token);
  const { rest } = team.owner;
  projectId = (await rest.post('/projects', { name: 'Client work', hourly_rate_cents: 12000 })).body.data.id;
  taskId = (await rest.post('/tasks', { title: 'API docs', project_id: projectId })).body.data.id;
  internalProjectId = (await rest.post('/projects', { name: 'Internal', billable: false, hourly_rate_cents: 5000 })).body.data.id;
  strangerProjectId = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
  strangerTaskId = (await team.stranger.rest.post('/tasks', { title: 'Theirs', project_id: strangerProjectId })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await Promise.all([ownerWs?.close(), memberWs?.close(), managerWs?.close()]);
  await team?.server.close();
});

/** Leaves `who` without a running timer in the team organization. */
async function stopIfRunning(who: Person): Promise<void> {
  const current = await who.rest.get('/time-entries/current');
  if (current.body.data) await who.rest.post(`/time-entries/${current.body.data.id}/stop`);
}

const secondsBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 1000;

describe('quick start (seed 000): register → list tasks → start a timer', () => {
  it('works for a brand-new user in their personal organization', async () => {
    const fresh = await registerUser(team.server);
    const login = await api(team.server).post('/auth/login', { email: fresh.email, password: fresh.password });
    expect(login.status).toBe(200);
    const client = api(team.server, login.body.access_token);

    const tasks = await client.get('/tasks');
    expect(tasks.status).toBe(200);
    expect(tasks.body).toEqual({ data: [], pagination: { total: 0, page: 1, per_page: 25, total_pages: 0 } });

    const project = (await client.post('/projects', { name: 'My first project' })).body.data;
    const started = await client.post('/time-entries/start', { project_id: project.id, description: 'Working on feature' });
    expect(started.status).toBe(201);
    expect(started.body.data).toMatchObject({
      org_id: fresh.orgId,
      user_id: fresh.user.id,
      project_id: project.id,
      task_id: null,
      description: 'Working on feature',
      billable: true,
      stopped_at: null,
      duration_secs: null,
      running: true,
    });
    expect(started.body.data.id).toMatch(/^te_/);
    expect(started.body.data.start_time).toBe(started.body.data.started_at);
    expect(started.body.data.started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await client.get('/time-entries/current')).body.data).toEqual(started.body.data);
  });
});

describe('the timer over REST', () => {
  beforeEach(async () => {
    await stopIfRunning(team.member);
  });

  it('start with a task takes its project, billable flag and rate from the project', async () => {
    const res = await team.member.rest.post('/time-entries/start', { task_id: taskId });
    expect(res.status).toBe(201);
    // A member has no view_rates: the rate is there, but only the owner (who has it) sees it.
    expect(res.body.data).toMatchObject({ project_id: projectId, task_id: taskId, billable: true, hourly_rate_cents: null, description: null });
    // The entry has no override of its own: its rate is inherited from the project.
    expect((await team.owner.rest.get(`/time-entries/${res.body.data.id}`)).body.data).toMatchObject({
      hourly_rate_cents: null,
      effective_hourly_rate_cents: 12000,
      effective_rate_source: 'project',
    });

    const internal = await team.member.rest.post('/time-entries/start', { project_id: internalProjectId });
    expect(internal.body.data).toMatchObject({ billable: false, hourly_rate_cents: null });
    expect((await team.owner.rest.get(`/time-entries/${internal.body.data.id}`)).body.data.effective_hourly_rate_cents).toBe(5000);
    const forced = await team.member.rest.post('/time-entries/start', { project_id: internalProjectId, billable: true });
    expect(forced.body.data.billable).toBe(true);
    const none = await team.member.rest.post('/time-entries/start');
    expect(none.status).toBe(201);
    expect(none.body.data).toMatchObject({ project_id: null, task_id: null, billable: true, hourly_rate_cents: null });
  });

  it('starting while a timer runs stops it at the very instant the new one starts', async () => {
    const first = (await team.member.rest.post('/time-entries/start', { description: 'first' })).body.data;
    await new Promise((r) => setTimeout(r, 1100));
    const second = (await team.member.rest.post('/time-entries/start', { description: 'second' })).body.data;
    const old = (await team.member.rest.get(`/time-entries/${first.id}`)).body.data;
    expect(old.running).toBe(false);
    expect(old.stopped_at).toBe(second.started_at);
    expect(old.duration_secs).toBe(secondsBetween(old.started_at, old.stopped_at));
    expect(old.duration_secs).toBeGreaterThanOrEqual(1);
    expect((await team.member.rest.get('/time-entries/current')).body.data.id).toBe(second.id);
  });

  it('stop returns the entry with its duration; stopping again → CONFLICT; no timer → NOT_FOUND', async () => {
    const started = (await team.member.rest.post('/time-entries/start', { description: 'stop me' })).body.data;
    const stopped = await team.member.rest.post(`/time-entries/${started.id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.data).toMatchObject({ id: started.id, running: false, description: 'stop me' });
    expect(stopped.body.data.duration_secs).toBe(secondsBetween(stopped.body.data.started_at, stopped.body.data.stopped_at));

    const again = await team.member.rest.post(`/time-entries/${started.id}/stop`);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', message: 'Time entry is not running' });

    expect(await team.member.rest.get('/time-entries/current')).toMatchObject({ status: 200, body: { data: null } });
    const none = await memberWs.request('time_entries.stop', { org_id: team.orgId });
    expect(none.error).toMatchObject({ code: 'NOT_FOUND', message: 'No running timer' });
  });

  it("stopping someone else's timer needs manage_time", async () => {
    const running = (await team.member.rest.post('/time-entries/start', { description: 'mine' })).body.data;
    const byViewer = await team.viewer.rest.post(`/time-entries/${running.id}/stop`);
    expect(byViewer.status).toBe(403);
    const byStranger = await team.stranger.rest.post(`/time-entries/${running.id}/stop`);
    expect(byStranger.status).toBe(404);
    expect((await team.member.rest.get('/time-entries/current')).body.data.id).toBe(running.id);

    const byManager = await team.manager.rest.post(`/time-entries/${running.id}/stop`);
    expect(byManager.status).toBe(200);
    expect(byManager.body.data).toMatchObject({ user_id: team.member.id, running: false });
    // The member's own devices learn that their timer stopped.
    const ev = await memberWs.nextEvent((e) => e.event === 'TimerUpdate' && e.data.time_entry.id === running.id && !e.data.running);
    expect(ev.data.time_entry.stopped_at).toBe(byManager.body.data.stopped_at);
  });

  it('one running timer across organizations: starting in another organization stops the first', async () => {
    const inTeam = (await team.member.rest.post('/time-entries/start', { description: 'team' })).body.data;
    const personal = api(team.server, team.member.token);
    const mine = await personal.post('/time-entries/start', { description: 'personal' });
    expect(mine.status).toBe(201);
    expect(mine.body.data.org_id).toBe(team.member.user.orgId);
    // The team sees the team entry stopped; the personal one is not the team's business.
    expect((await team.member.rest.get('/time-entries/current')).body.data).toBeNull();
    const old = (await team.owner.rest.get(`/time-entries/${inTeam.id}`)).body.data;
    expect(old.stopped_at).toBe(mine.body.data.started_at);
    expect((await team.owner.rest.get(`/time-entries/${mine.body.data.id}`)).status).toBe(404);
    await personal.post(`/time-entries/${mine.body.data.id}/stop`);
  });

  it('start rejects foreign, mismatched and archived references, and bad input', async () => {
    const { rest } = team.member;
    const foreignProject = await rest.post('/time-entries/start', { project_id: strangerProjectId });
    expect(foreignProject.status).toBe(404);
    expect(foreignProject.body.error.message).toBe('Project not found');
    const foreignTask = await rest.post('/time-entries/start', { task_id: strangerTaskId });
    expect(foreignTask.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Task not found' });
    const mismatch = await rest.post('/time-entries/start', { task_id: taskId, project_id: internalProjectId });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.details.field).toBe('task_id');

    const archived = (await team.owner.rest.post('/projects', { name: 'Old', status: 'archived' })).body.data.id;
    const onArchived = await rest.post('/time-entries/start', { project_id: archived });
    expect(onArchived.status).toBe(400);
    expect(onArchived.body.error.details.field).toBe('project_id');

    const invalidJson = await rest.post('/time-entries/start', '{"description": "x"');
    expect(invalidJson.status).toBe(400);
    expect(invalidJson.body.error.code).toBe('VALIDATION_ERROR');
    const unknown = await rest.post('/time-entries/start', { descr: 'x' });
    expect(unknown.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'descr' } });
    const wrongType = await rest.post('/time-entries/start', { billable: 'no' });
    expect(wrongType.body.error.details.field).toBe('billable');
    // Nothing was started by the failures.
    expect((await rest.get('/time-entries/current')).body.data).toBeNull();

    const viewer = await team.viewer.rest.post('/time-entries/start', {});
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.code).toBe('FORBIDDEN');
  });
});

describe('manual entries, reading and listing', () => {
  it('create: a finished entry, offsets normalized to UTC whole seconds, defaults from the project', async () => {
    const res = await team.member.rest.post('/time-entries', {
      started_at: '2026-03-10T10:00:00.750+02:00',
      stopped_at: '2026-03-10T09:30:00Z',
      task_id: taskId,
      description: 'Call',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      user_id: team.member.id,
      project_id: projectId,
      task_id: taskId,
      started_at: '2026-03-10T08:00:00Z',
      start_time: '2026-03-10T08:00:00Z',
      stopped_at: '2026-03-10T09:30:00Z',
      duration_secs: 5400,
      running: false,
      billable: true,
      hourly_rate_cents: null, // hidden from a member (no view_rates) …
    });
    // … and inherited from the project, as the owner sees.
    expect((await team.owner.rest.get(`/time-entries/${res.body.data.id}`)).body.data).toMatchObject({
      hourly_rate_cents: null,
      effective_hourly_rate_cents: 12000,
      effective_rate_source: 'project',
      amount_cents: 18000,
    });
    const overridden = await team.member.rest.post('/time-entries', {
      started_at: '2026-03-10T11:00:00Z',
      stopped_at: '2026-03-10T11:00:00Z',
      project_id: internalProjectId,
      hourly_rate_cents: null,
    });
    expect(overridden.body.data).toMatchObject({ billable: false, hourly_rate_cents: null, duration_secs: 0 });
  });

  it('create rejects bad input', async () => {
    const { rest } = team.member;
    const backwards = await rest.post('/time-entries', { started_at: '2026-03-10T10:00:00Z', stopped_at: '2026-03-10T09:59:59Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'stopped_at' } });

    const cases: [unknown, string][] = [
      [{ stopped_at: '2026-03-10T10:00:00Z' }, 'started_at'],
      [{ started_at: '2026-03-10T10:00:00Z' }, 'stopped_at'],
      [{ started_at: '2026-03-10 10:00', stopped_at: '2026-03-10T11:00:00Z' }, 'started_at'],
      [{ started_at: 1741600800, stopped_at: '2026-03-10T11:00:00Z' }, 'started_at'],
      [{ started_at: '2026-03-10T10:00:00Z', stopped_at: '2026-03-10T11:00:00Z', hourly_rate_cents: 'a lot' }, 'hourly_rate_cents'],
      [{ started_at: '2026-03-10T10:00:00Z', stopped_at: '2026-03-10T11:00:00Z', user_id: team.owner.id }, 'user_id'],
    ];
    for (const [body, field] of cases) {
      const res = await rest.post('/time-entries', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.field, JSON.stringify(body)).toBe(field);
    }
    const foreign = await rest.post('/time-entries', {
      started_at: '2026-03-10T10:00:00Z',
      stopped_at: '2026-03-10T11:00:00Z',
      project_id: strangerProjectId,
    });
    expect(foreign.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
    const viewer = await team.viewer.rest.post('/time-entries', { started_at: '2026-03-10T10:00:00Z', stopped_at: '2026-03-10T11:00:00Z' });
    expect(viewer.status).toBe(403);
  });

  describe('list', () => {
    const made: Record<string, string> = {};
    beforeAll(async () => {
      const entry = async (who: Person, key: string, started_at: string, stopped_at: string, extra: object = {}) => {
        made[key] = (await who.rest.post('/time-entries', { started_at, stopped_at, ...extra })).body.data.id;
      };
      await entry(team.owner, 'o-apr1-late', '2026-04-01T23:30:00Z', '2026-04-02T00:30:00Z', { project_id: projectId });
      await entry(team.owner, 'o-apr2', '2026-04-02T08:00:00Z', '2026-04-02T09:00:00Z', { task_id: taskId });
      await entry(team.member, 'm-apr2', '2026-04-02T12:00:00Z', '2026-04-02T13:00:00Z', { project_id: internalProjectId });
      await entry(team.member, 'm-apr3-early', '2026-04-03T00:00:00Z', '2026-04-03T01:00:00Z');
    });
    const keysOf = (res: any) => res.body.data.map((e: any) => Object.keys(made).find((k) => made[k] === e.id)).filter(Boolean);

    it('every member, viewers included, reads the team’s entries, newest first', async () => {
      const res = await team.viewer.rest.get('/time-entries?from=2026-04-01&to=2026-04-03');
      expect(res.status).toBe(200);
      expect(keysOf(res)).toEqual(['m-apr3-early', 'm-apr2', 'o-apr2', 'o-apr1-late']);
      const one = await team.viewer.rest.get(`/time-entries/${made['o-apr2']}`);
      expect(one.body.data).toMatchObject({ user_id: team.owner.id, task_id: taskId, duration_secs: 3600 });
    });

    it('from/to: a date is the whole day, a date-time is used as is', async () => {
      expect(keysOf(await team.owner.rest.get('/time-entries?from=2026-04-02&to=2026-04-02'))).toEqual(['m-apr2', 'o-apr2']);
      expect(keysOf(await team.owner.rest.get('/time-entries?from=2026-04-02T08:00:00Z&to=2026-04-02T12:00:00Z'))).toEqual(['m-apr2', 'o-apr2']);
      expect(keysOf(await team.owner.rest.get('/time-entries?from=2026-04-02T08:00:01Z&to=2026-04-03T00:00:00Z'))).toEqual([
        'm-apr3-early',
        'm-apr2',
      ]);
      expect(keysOf(await team.owner.rest.get('/time-entries?to=2026-04-01'))).toContain('o-apr1-late');
      const bad = await team.owner.rest.get('/time-entries?from=April');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.field).toBe('from');
    });

    it('filters by user, project, task and billable; paginates', async () => {
      const base = '/time-entries?from=2026-04-01&to=2026-04-03';
      expect(keysOf(await team.owner.rest.get(`${base}&user_id=${team.member.id}`))).toEqual(['m-apr3-early', 'm-apr2']);
      expect(keysOf(await team.owner.rest.get(`${base}&project_id=${projectId}`))).toEqual(['o-apr2', 'o-apr1-late']);
      expect(keysOf(await team.owner.rest.get(`${base}&task_id=${taskId}`))).toEqual(['o-apr2']);
      expect(keysOf(await team.owner.rest.get(`${base}&billable=false`))).toEqual(['m-apr2']);
      const page = await team.owner.rest.get(`${base}&per_page=3&page=2`);
      expect(page.body.pagination).toEqual({ total: 4, page: 2, per_page: 3, total_pages: 2 });
      expect(keysOf(page)).toEqual(['o-apr1-late']);
    });

    it("filters naming another organization's project, task or user → NOT_FOUND", async () => {
      for (const [query, message] of [
        [`project_id=${strangerProjectId}`, 'Project not found'],
        [`task_id=${strangerTaskId}`, 'Task not found'],
        [`user_id=${team.stranger.id}`, 'User not found'],
      ]) {
        const res = await team.owner.rest.get(`/time-entries?${query}`);
        expect(res.status, query).toBe(404);
        expect(res.body.error.message).toBe(message);
      }
      // And the stranger does not see the team's entries at all.
      expect((await team.stranger.rest.get(`/time-entries/${made['o-apr2']}`)).status).toBe(404);
      expect((await team.stranger.rest.get('/time-entries?from=2026-04-01&to=2026-04-03')).body.data).toEqual([]);
    });

    it('the same list over WS and MCP', async () => {
      const rest = await team.owner.rest.get('/time-entries?from=2026-04-01&to=2026-04-03');
      const ws = await ownerWs.request('time_entries.list', { org_id: team.orgId, from: '2026-04-01', to: '2026-04-03' });
      expect(ws.data).toEqual(rest.body.data);
      expect(ws.pagination).toEqual(rest.body.pagination);
      const viaMcp = await mcpCall(mcp, 'time_entries_list', { from: '2026-04-01', to: '2026-04-03' });
      expect(viaMcp.body).toEqual(rest.body);
      const wrongType = await ownerWs.request('time_entries.list', { org_id: team.orgId, billable: 'true' });
      expect(wrongType.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'billable' } });
    });
  });
});

describe('editing and deleting entries', () => {
  const manual = async (who: Person) =>
    (await who.rest.post('/time-entries', { started_at: '2026-05-04T09:00:00Z', stopped_at: '2026-05-04T10:00:00Z', project_id: projectId })).body
      .data;

  it('update: own with track_time, others with manage_time; omitted fields stay, null clears', async () => {
    const e = await manual(team.member);
    const own = await team.member.rest.patch(`/time-entries/${e.id}`, { description: 'Edited', stopped_at: '2026-05-04T10:30:00+00:00' });
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ description: 'Edited', stopped_at: '2026-05-04T10:30:00Z', duration_secs: 5400, project_id: projectId });

    const byViewer = await team.viewer.rest.patch(`/time-entries/${e.id}`, { description: 'Hijack' });
    expect(byViewer.status).toBe(403);
    const ownerEntry = await manual(team.owner);
    const byMember = await team.member.rest.patch(`/time-entries/${ownerEntry.id}`, { description: 'Hijack' });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('FORBIDDEN');

    const byManager = await team.manager.rest.patch(`/time-entries/${e.id}`, { description: null, billable: false, project_id: null });
    expect(byManager.status).toBe(200);
    expect(byManager.body.data).toMatchObject({ description: null, billable: false, project_id: null, user_id: team.member.id });

    const withTask = await team.member.rest.patch(`/time-entries/${e.id}`, { task_id: taskId });
    expect(withTask.body.data).toMatchObject({ task_id: taskId, project_id: projectId });

    const foreign = await team.stranger.rest.patch(`/time-entries/${e.id}`, { description: 'x' });
    expect(foreign.status).toBe(404);
  });

  it('update checks the merged started_at/stopped_at and refuses to clear stopped_at', async () => {
    const e = await manual(team.member);
    const before = await team.member.rest.patch(`/time-entries/${e.id}`, { started_at: '2026-05-04T10:00:01Z' });
    expect(before.status).toBe(400);
    expect(before.body.error.code).toBe('VALIDATION_ERROR');
    const stop = await team.member.rest.patch(`/time-entries/${e.id}`, { stopped_at: '2026-05-04T08:59:59Z' });
    expect(stop.body.error.details.field).toBe('stopped_at');
    const cleared = await team.member.rest.patch(`/time-entries/${e.id}`, { stopped_at: null });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.details.field).toBe('stopped_at');
    const unknown = await team.member.rest.patch(`/time-entries/${e.id}`, { duration_secs: 60 });
    expect(unknown.body.error.details.field).toBe('duration_secs');
    const invalidJson = await team.member.rest.patch(`/time-entries/${e.id}`, '{');
    expect(invalidJson.status).toBe(400);
    expect((await team.member.rest.get(`/time-entries/${e.id}`)).body.data).toEqual(e);
  });

  it('setting stopped_at on a running entry stops the timer', async () => {
    await stopIfRunning(team.member);
    const running = (await team.member.rest.post('/time-entries/start', {})).body.data;
    const stoppedAt = new Date(Date.parse(running.started_at) + 60_000).toISOString().replace('.000Z', 'Z');
    const res = await team.member.rest.patch(`/time-entries/${running.id}`, { stopped_at: stoppedAt });
    expect(res.body.data).toMatchObject({ running: false, stopped_at: stoppedAt, duration_secs: 60 });
    const ev = await memberWs.nextEvent((e) => e.event === 'TimerUpdate' && e.data.time_entry.id === running.id && !e.data.running);
    expect(ev.data.time_entry.duration_secs).toBe(60);
    expect((await team.member.rest.get('/time-entries/current')).body.data).toBeNull();
  });

  it('delete: own with track_time, others with manage_time; deleting a running timer announces it stopped', async () => {
    const ownerEntry = await manual(team.owner);
    expect((await team.member.rest.delete(`/time-entries/${ownerEntry.id}`)).status).toBe(403);
    expect((await team.stranger.rest.delete(`/time-entries/${ownerEntry.id}`)).status).toBe(404);
    expect((await team.manager.rest.delete(`/time-entries/${ownerEntry.id}`)).body).toEqual({ data: { id: ownerEntry.id, deleted: true } });
    expect((await team.owner.rest.get(`/time-entries/${ownerEntry.id}`)).body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Time entry not found',
    });

    await stopIfRunning(team.member);
    const running = (await team.member.rest.post('/time-entries/start', {})).body.data;
    expect((await team.member.rest.delete(`/time-entries/${running.id}`)).status).toBe(200);
    const timerEvents = (on: boolean) => (e: any) => e.event === 'TimerUpdate' && e.data.time_entry.id === running.id && e.data.running === on;
    await memberWs.nextEvent(timerEvents(true));
    const ev = await memberWs.nextEvent(timerEvents(false));
    // It never stopped: it is gone.
    expect(ev.data.time_entry).toMatchObject({ stopped_at: null, duration_secs: null });
    expect((await team.member.rest.get('/time-entries/current')).body.data).toBeNull();
  });
});

describe('time entries over WebSocket and MCP', () => {
  it('start, current, stop, get, create, update, delete over WS', async () => {
    await stopIfRunning(team.member);
    const started = await memberWs.request('time_entries.start', { org_id: team.orgId, task_id: taskId, description: 'WS timer' });
    expect(started.status).toBe('ok');
    expect(started.data).toMatchObject({ running: true, task_id: taskId, project_id: projectId });
    const current = await memberWs.request('time_entries.current', { org_id: team.orgId });
    expect(current.data).toEqual(started.data);
    const stopped = await memberWs.request('time_entries.stop', { org_id: team.orgId });
    expect(stopped.data).toMatchObject({ id: started.data.id, running: false });
    expect((await memberWs.request('time_entries.current', { org_id: team.orgId })).data).toBeNull();
    const again = await memberWs.request('time_entries.stop', { org_id: team.orgId, entry_id: started.data.id });
    expect(again.error).toMatchObject({ code: 'CONFLICT', message: 'Time entry is not running' });

    const got = await memberWs.request('time_entries.get', { org_id: team.orgId, entry_id: started.data.id });
    expect(got.data).toEqual(stopped.data);
    const created = await memberWs.request('time_entries.create', {
      org_id: team.orgId,
      started_at: '2026-06-01T08:00:00Z',
      stopped_at: '2026-06-01T08:45:00Z',
    });
    expect(created.data.duration_secs).toBe(2700);
    const backwards = await memberWs.request('time_entries.create', {
      org_id: team.orgId,
      started_at: '2026-06-01T08:00:00Z',
      stopped_at: '2026-06-01T07:00:00Z',
    });
    expect(backwards.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'stopped_at' } });
    const missing = await memberWs.request('time_entries.update', { org_id: team.orgId, description: 'no id' });
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'entry_id' } });
    const updated = await memberWs.request('time_entries.update', { org_id: team.orgId, entry_id: created.data.id, description: 'WS edit' });
    expect(updated.data.description).toBe('WS edit');
    const notMine = await memberWs.request('time_entries.delete', {
      org_id: team.orgId,
      entry_id: (
        await managerWs.request('time_entries.create', { org_id: team.orgId, started_at: '2026-06-01T08:00:00Z', stopped_at: '2026-06-01T09:00:00Z' })
      ).data.id,
    });
    expect(notMine.error?.code).toBe('FORBIDDEN');
    expect((await memberWs.request('time_entries.delete', { org_id: team.orgId, entry_id: created.data.id })).data).toEqual({
      id: created.data.id,
      deleted: true,
    });
  });

  it('start, current, stop, create, update, delete over MCP', async () => {
    await stopIfRunning(team.owner);
    const started = await mcpCall(mcp, 'time_entries_start', { project_id: projectId, description: 'MCP timer' });
    expect(started.isError).toBe(false);
    expect(started.body.data).toMatchObject({ running: true, project_id: projectId });
    expect((await mcpCall(mcp, 'time_entries_current')).body.data.id).toBe(started.body.data.id);
    const stopped = await mcpCall(mcp, 'time_entries_stop');
    expect(stopped.body.data).toMatchObject({ id: started.body.data.id, running: false });
    expect((await mcpCall(mcp, 'time_entries_current')).body).toEqual({ data: null });
    const none = await mcpCall(mcp, 'time_entries_stop');
    expect(none.isError).toBe(true);
    expect(none.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'No running timer' });

    const created = await mcpCall(mcp, 'time_entries_create', {
      started_at: '2026-06-02T08:00:00Z',
      stopped_at: '2026-06-02T10:00:00Z',
      task_id: taskId,
    });
    expect(created.body.data).toMatchObject({ duration_secs: 7200, project_id: projectId });
    expect((await mcpCall(mcp, 'time_entries_get', { entry_id: created.body.data.id })).body.data).toEqual(created.body.data);
    const bad = await mcpCall(mcp, 'time_entries_update', { entry_id: created.body.data.id, started_at: '2026-06-02T11:00:00Z' });
    expect(bad.body.error.code).toBe('VALIDATION_ERROR');
    expect((await mcpCall(mcp, 'time_entries_update', { entry_id: created.body.data.id, billable: false })).body.data.billable).toBe(false);
    expect((await mcpCall(mcp, 'time_entries_delete', { entry_id: created.body.data.id })).body.data.deleted).toBe(true);
  });
});

describe('time entries over GraphQL', () => {
  const FIELDS = 'id user_id project_id task_id description running started_at start_time stopped_at duration_secs';

  it('startTimer, currentTimer, stopTimer, createTimeEntry, updateTimeEntry, deleteTimeEntry', async () => {
    await stopIfRunning(team.member);
    const token = team.member.token;
    const org = { org_id: team.orgId };
    const started = await gql(team.server, token, `mutation($input: StartTimerInput) { startTimer(input: $input) { ${FIELDS} } }`, {
      input: { ...org, task_id: taskId, description: 'GraphQL timer' },
    });
    expect(started.body.errors).toBeUndefined();
    const entry = started.body.data.startTimer;
    expect(entry).toMatchObject({ running: true, project_id: projectId, task_id: taskId, user_id: team.member.id, stopped_at: null });

    const current = await gql(team.server, token, `query($org: ID) { currentTimer(orgId: $org) { ${FIELDS} } }`, { org: team.orgId });
    expect(current.body.data.currentTimer).toEqual(entry);

    const stopped = await gql(team.server, token, `mutation($input: StopTimerInput) { stopTimer(input: $input) { ${FIELDS} } }`, { input: org });
    expect(stopped.body.data.stopTimer).toMatchObject({ id: entry.id, running: false });
    const none = await gql(team.server, token, 'mutation($input: StopTimerInput) { stopTimer(input: $input) { id } }', { input: org });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await gql(team.server, token, 'query($org: ID) { currentTimer(orgId: $org) { id } }', { org: team.orgId })).body.data.currentTimer,
    ).toBeNull();

    const backwards = await gql(team.server, token, 'mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { id } }', {
      input: { ...org, started_at: '2026-06-03T10:00:00Z', stopped_at: '2026-06-03T09:00:00Z' },
    });
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'stopped_at' } });
    const created = await gql(team.server, token, `mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { ${FIELDS} } }`, {
      input: { ...org, started_at: '2026-06-03T09:00:00Z', stopped_at: '2026-06-03T10:00:00Z' },
    });
    const manual = created.body.data.createTimeEntry;
    expect(manual.duration_secs).toBe(3600);
    const listed = await gql(
      team.server,
      token,
      'query($org: ID) { timeEntries(orgId: $org, from: "2026-06-03", to: "2026-06-03", userId: "' + team.member.id + '") { data { id } } }',
      { org: team.orgId },
    );
    expect(listed.body.data.timeEntries.data).toEqual([{ id: manual.id }]);

    const updated = await gql(
      team.server,
      token,
      'mutation($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) { description duration_secs } }',
      {
        input: { ...org, entry_id: manual.id, description: 'GraphQL edit', stopped_at: '2026-06-03T09:30:00Z' },
      },
    );
    expect(updated.body.data.updateTimeEntry).toEqual({ description: 'GraphQL edit', duration_secs: 1800 });
    const byViewer = await gql(team.server, team.viewer.token, 'mutation($input: DeleteTimeEntryInput!) { deleteTimeEntry(input: $input) { id } }', {
      input: { ...org, entry_id: manual.id },
    });
    expect(byViewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await gql(team.server, token, 'mutation($input: DeleteTimeEntryInput!) { deleteTimeEntry(input: $input) { id deleted } }', {
      input: { ...org, entry_id: manual.id },
    });
    expect(deleted.body.data.deleteTimeEntry).toEqual({ id: manual.id, deleted: true });
  });
});

describe('timer events', () => {
  it("the user's own sockets get TimerUpdate on start and stop; a switch sends running:false then running:true", async () => {
    await stopIfRunning(team.member);
    const secondTab = await connectWs(team.server, team.member.token);
    try {
      const first = (await team.member.rest.post('/time-entries/start', { project_id: projectId, description: 'tab 1' })).body.data;
      const on = await secondTab.nextEvent((e) => e.event === 'TimerUpdate' && e.data.time_entry.id === first.id);
      expect(on.data).toEqual({
        running: true,
        time_entry: {
          id: first.id,
          description: 'tab 1',
          project_id: projectId,
          task_id: null,
          start_time: first.started_at,
          started_at: first.started_at,
          stopped_at: null,
          duration_secs: null,
        },
      });

      const second = (await team.member.rest.post('/time-entries/start', { description: 'tab 2' })).body.data;
      const off = await secondTab.nextEvent((e) => e.event === 'TimerUpdate');
      const on2 = await secondTab.nextEvent((e) => e.event === 'TimerUpdate');
      expect(off.data).toMatchObject({ running: false, time_entry: { id: first.id, stopped_at: second.started_at } });
      expect(on2.data).toMatchObject({ running: true, time_entry: { id: second.id } });

      await team.member.rest.post(`/time-entries/${second.id}/stop`);
      const stopped = await secondTab.nextEvent((e) => e.event === 'TimerUpdate' && e.data.time_entry.id === second.id);
      expect(stopped.data.running).toBe(false);
      expect(typeof stopped.data.time_entry.duration_secs).toBe('number');

      // Other members see the entries change, but never get someone else's TimerUpdate.
      const changed = await ownerWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_id === first.id && e.data.action === 'updated');
      expect(changed.data.changes).toMatchObject({ running: { from: true, to: false }, stopped_at: { from: null, to: second.started_at } });
      expect(await ownerWs.noEvent((e) => e.event === 'TimerUpdate' && [first.id, second.id].includes(e.data.time_entry.id), 300)).toBe(true);
    } finally {
      await secondTab.close();
    }
  });

  it('another member receives EntityChanged with changes when an entry is edited', async () => {
    const e = (await team.member.rest.post('/time-entries', { started_at: '2026-05-05T09:00:00Z', stopped_at: '2026-05-05T10:00:00Z' })).body.data;
    const created = await ownerWs.nextEvent((ev) => ev.event === 'EntityChanged' && ev.data.entity_id === e.id && ev.data.action === 'created');
    expect(created.data).toMatchObject({ entity_type: 'time_entry', user_id: team.member.id, entity: e });
    await team.member.rest.patch(`/time-entries/${e.id}`, { description: 'Review', stopped_at: '2026-05-05T10:15:00Z' });
    const updated = await ownerWs.nextEvent((ev) => ev.event === 'EntityChanged' && ev.data.entity_id === e.id && ev.data.action === 'updated');
    expect(updated.data.changes).toEqual({
      description: { from: null, to: 'Review' },
      stopped_at: { from: '2026-05-05T10:00:00Z', to: '2026-05-05T10:15:00Z' },
      duration_secs: { from: 3600, to: 4500 },
    });
    await team.member.rest.patch(`/time-entries/${e.id}`, { description: 'Review' });
    expect(await ownerWs.noEvent((ev) => ev.event === 'EntityChanged' && ev.data.entity_id === e.id && ev.data.action === 'updated', 300)).toBe(true);
  });
});

describe('concurrency', () => {
  it('20 concurrent starts by one user leave exactly one running entry', async () => {
    const racer = await registerUser(team.server);
    const client = api(team.server, racer.access_token);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => client.post('/time-entries/start', { description: `race ${i}` })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));

    const current = await client.get('/time-entries/current');
    expect(current.body.data.running).toBe(true);
    const [counts] = await team.server.svc.db<{ running: number; total: number }[]>`
      select count(*) filter (where stopped_at is null) as running, count(*) as total
      from time_entries where user_id = ${racer.user.id}`;
    expect(counts).toEqual({ running: 1, total: 20 });

    // Every stopped entry stopped exactly when a later one started: no overlaps, no gaps.
    const list = (await client.get('/time-entries?per_page=100')).body.data;
    const byStart = [...list].sort((a: any, b: any) => a.started_at.localeCompare(b.started_at) || a.id.localeCompare(b.id));
    expect(byStart.filter((e: any) => e.running).map((e: any) => e.id)).toEqual([current.body.data.id]);
    for (const e of list.filter((x: any) => !x.running)) {
      expect(list.some((o: any) => o.id !== e.id && o.started_at === e.stopped_at)).toBe(true);
    }
  });
});
