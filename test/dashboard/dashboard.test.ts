/**
 * dashboard.summary over REST, GraphQL, WebSocket and MCP: counts by status category, overdue in the organization's
 * time zone, the caller's open tasks, running timer and tracked time this ISO week, project visibility, and its
 * number of SQL statements (at most two).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs } from '../support/ws.js';

let team: Team;
let statements: string[] = [];
let recording = false;
const TZ = 'Pacific/Kiritimati'; // UTC+14: its "today" is often not UTC's

beforeAll(async () => {
  team = await startTeam({ onQuery: (q) => recording && statements.push(q) });
  await team.server.svc.db`update organizations set timezone = ${TZ} where id = ${team.orgId}`;
});
afterAll(async () => {
  await team?.server.close();
});

/** `YYYY-MM-DD` of `ms` in the time zone. */
const localDate = (ms: number): string => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(ms);
const DAY = 86_400_000;

/** Monday of the current ISO week in the time zone, and that Monday's 00:00 as an instant (UTC+14 has no DST). */
function weekStart(): { date: string; ms: number } {
  const today = localDate(Date.now());
  const d = new Date(`${today}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
  const date = monday.toISOString().slice(0, 10);
  return { date, ms: monday.getTime() - 14 * 3_600_000 };
}

async function task(by: Person, projectId: string, title: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await by.rest.post('/tasks', { title, project_id: projectId, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

describe('dashboard.summary', () => {
  it('counts tasks by category and due date in the organization time zone, and the caller’s own figures', async () => {
    const { owner, member } = team;
    const project = (await owner.rest.post('/projects', { name: 'Counted' })).body.data.id;
    const secret = (await owner.rest.post('/projects', { name: 'Secret' })).body.data.id;
    const yesterday = localDate(Date.now() - DAY);
    const today = localDate(Date.now());
    await task(owner, project, 'Late', { due_date: yesterday, assignee_ids: [member.id] });
    await task(owner, project, 'Late but done', { due_date: yesterday, status: 'done', assignee_ids: [member.id] });
    await task(owner, project, 'Late but cancelled', { due_date: yesterday, status: 'cancelled' });
    await task(owner, project, 'Due today', { due_date: today, status: 'review', assignee_ids: [member.id] });
    await task(owner, project, 'Done', { status: 'done' });
    // A members-only project: counted for its owner (manage_projects), not for the member.
    await team.server.svc.db`update projects set visibility = 'members' where id = ${secret}`;
    await task(owner, secret, 'Hidden late', { due_date: yesterday, assignee_ids: [member.id] });

    // The member's time: 1 h this week, 2 h last week, one crossing the week's start (30 min inside), a running timer (10 min).
    const week = weekStart();
    const entry = (from: number, to: number | null) => team.server.svc.db`
      insert into time_entries (id, org_id, user_id, project_id, started_at, stopped_at)
      values (${'te_' + Math.random().toString(36).slice(2)}, ${team.orgId}, ${member.id}, ${project}, ${new Date(from)}, ${to === null ? null : new Date(to)})`;
    await entry(week.ms + 3_600_000, week.ms + 2 * 3_600_000);
    await entry(week.ms - 3 * DAY, week.ms - 3 * DAY + 2 * 3_600_000);
    await entry(week.ms - 1_800_000, week.ms + 1_800_000);
    // An entry on the hidden project does not count for the member.
    await team.server.svc.db`
      insert into time_entries (id, org_id, user_id, project_id, started_at, stopped_at)
      values ('te_hidden', ${team.orgId}, ${member.id}, ${secret}, ${new Date(week.ms + 60_000)}, ${new Date(week.ms + 120_000)})`;
    const timer = await member.rest.post('/time-entries/start', { project_id: project, description: 'Now' });
    expect(timer.status).toBe(201);
    await team.server.svc.db`update time_entries set started_at = now() - interval '10 minutes' where id = ${timer.body.data.id}`;

    const rest = await member.rest.get('/dashboard/summary');
    expect(rest.status).toBe(200);
    const d = rest.body.data;
    expect(d).toMatchObject({
      total_tasks: 5,
      done_tasks: 2,
      overdue_tasks: 1,
      my_open_tasks: 2,
      timezone: TZ,
      week_start: week.date,
      running_timer: { id: timer.body.data.id, running: true, user_id: member.id },
    });
    const tracked = 3600 + 1800 + 600;
    expect(d.tracked_secs_this_week).toBeGreaterThanOrEqual(tracked);
    expect(d.tracked_secs_this_week).toBeLessThan(tracked + 30);

    // The same over GraphQL, WS and MCP (the running timer's seconds may have grown by a second meanwhile).
    const g = await gql(
      team.server,
      member.token,
      `query($o: ID) { dashboardSummary(orgId: $o) { total_tasks done_tasks overdue_tasks my_open_tasks tracked_secs_this_week timezone week_start
        running_timer { id running started_at } } }`,
      { o: team.orgId },
    );
    expect(g.body.errors).toBeUndefined();
    const gd = g.body.data.dashboardSummary;
    expect({ ...gd, tracked_secs_this_week: 0 }).toEqual({
      total_tasks: 5,
      done_tasks: 2,
      overdue_tasks: 1,
      my_open_tasks: 2,
      tracked_secs_this_week: 0,
      timezone: TZ,
      week_start: week.date,
      running_timer: { id: timer.body.data.id, running: true, started_at: d.running_timer.started_at },
    });
    expect(gd.tracked_secs_this_week - d.tracked_secs_this_week).toBeLessThan(5);
    const ws = await connectWs(team.server, member.token);
    try {
      const w = await ws.request('dashboard.summary', { org_id: team.orgId });
      expect(w).toMatchObject({ status: 'ok', data: { ...d, tracked_secs_this_week: expect.any(Number) } });
    } finally {
      await ws.close();
    }
    const mcp = await connectMcp(team.server, member.token);
    try {
      const m = await mcpCall(mcp, 'dashboard_summary', { org_id: team.orgId });
      expect(m.body.data).toMatchObject({ ...d, tracked_secs_this_week: expect.any(Number) });
    } finally {
      await mcp.close();
    }

    // The owner sees the members-only project's task; has no timer and tracked nothing.
    const own = await owner.rest.get('/dashboard/summary');
    expect(own.body.data).toMatchObject({
      total_tasks: 6,
      done_tasks: 2,
      overdue_tasks: 2,
      my_open_tasks: 0,
      running_timer: null,
      tracked_secs_this_week: 0,
    });
  });

  it('runs in at most two SQL statements beyond what every organization call costs', async () => {
    const count = async (path: string): Promise<number> => {
      statements = [];
      recording = true;
      const res = await team.member.rest.get(path);
      recording = false;
      expect(res.status).toBe(200);
      return statements.length;
    };
    // The sidebar read is one statement: what it costs beyond one is the authentication and membership look-up.
    const overhead = (await count('/sidebar/collapsed')) - 1;
    const dashboard = (await count('/dashboard/summary')) - overhead;
    expect(dashboard).toBeLessThanOrEqual(2);
    expect(statements.filter((s) => /from tasks t|from time_entries te/.test(s))).toHaveLength(2);
  });

  it("a stranger's organization is NOT_FOUND; unknown fields are VALIDATION_ERROR", async () => {
    const foreign = await team.stranger.rest.get(`/dashboard/summary?org_id=${team.orgId}`);
    expect(foreign.status).toBe(404);
    const ws = await connectWs(team.server, team.viewer.token);
    try {
      const bad = await ws.request('dashboard.summary', { org_id: team.orgId, nope: 1 });
      expect(bad).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field: 'nope' } } });
      const viewer = await ws.request('dashboard.summary', { org_id: team.orgId });
      expect(viewer).toMatchObject({ status: 'ok', data: { total_tasks: 5, my_open_tasks: 0, running_timer: null } });
    } finally {
      await ws.close();
    }
  });
});
