/**
 * Notifications over REST, WebSocket, GraphQL (queries, mutations, `notificationCreated`) and MCP: who is told
 * of what (assigned, status changed, commented, mentioned), recipient-only delivery, mail and its preferences,
 * members who left, members-only projects, marking read, bad input.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionedIn } from '../../src/domain/notifications/notify.js';
import { mcpCall, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql, subscribeGql, type GqlSubscription } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ws: Record<'owner' | 'manager' | 'member' | 'viewer' | 'stranger', WsClient>;
let memberSub: GqlSubscription;
let managerSub: GqlSubscription;
let mcp: Client;
let projectId: string;

const SUB = 'subscription { notificationCreated { id org_id type title entity_type entity_id url actor_id actor_name created_at read_at } }';

beforeAll(async () => {
  team = await startTeam();
  const [owner, manager, member, viewer, stranger] = await Promise.all(
    [team.owner, team.manager, team.member, team.viewer, team.stranger].map((p) => connectWs(team.server, p.token)),
  );
  ws = { owner: owner!, manager: manager!, member: member!, viewer: viewer!, stranger: stranger! };
  memberSub = await subscribeGql(team.server, team.member.token, SUB);
  managerSub = await subscribeGql(team.server, team.manager.token, SUB);
  mcp = await connectMcp(team.server, team.member.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Notified' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await memberSub?.close();
  await managerSub?.close();
  for (const c of Object.values(ws ?? {})) await c.close();
  await team?.server.close();
});

const db = () => team.server.svc.db;

async function newTask(by: Person, title: string, assignees: string[] = [], project = projectId): Promise<any> {
  const res = await by.rest.post('/tasks', { title, project_id: project, assignee_ids: assignees });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** Notifications in the database about `taskId`: `user type` strings, sorted. */
async function rowsAbout(taskId: string): Promise<string[]> {
  const rows = await db()<{ user_id: string; type: string }[]>`select user_id, type from notifications where entity_id = ${taskId}`;
  return rows.map((r) => `${r.user_id} ${r.type}`).sort();
}

const mailsTo = async (p: Person, taskId: string) =>
  db()<{ subject: string; body_text: string; kind: string }[]>`
    select subject, body_text, kind from mail_outbox where to_address = ${p.user.email} and body_text like ${'%' + taskId + '%'}`;

/** Waits until the subscription has streamed the notification `id` (results of earlier tests may come first). */
async function streamed(sub: GqlSubscription, id: string): Promise<void> {
  for (let i = 0; i < 300 && !sub.results.some((r) => r.data?.notificationCreated?.id === id); i++) await new Promise((r) => setTimeout(r, 10));
  expect(
    sub.results.some((r) => r.data?.notificationCreated?.id === id),
    `subscription streamed ${id}`,
  ).toBe(true);
}

const isNotification = (taskId: string, type?: string) => (e: any) =>
  e.event === 'NotificationCreated' && e.data.entity_id === taskId && (type === undefined || e.data.type === type);

describe('task_assigned', () => {
  it('goes to the newly assigned only (not to who assigned themselves), on /ws and graphql-ws, with a mail linking the task', async () => {
    const task = await newTask(team.owner, 'Implement login page', [team.member.id, team.owner.id]);
    const ev = await ws.member.nextEvent(isNotification(task.id));
    expect(ev.data).toEqual({
      id: expect.stringMatching(/^ntf_/),
      org_id: team.orgId,
      type: 'task_assigned',
      title: "You were assigned to 'Implement login page'",
      entity_type: 'task',
      entity_id: task.id,
      url: `${team.server.svc.config.publicUrl}/api/v1/tasks/${task.id}`,
      actor_id: team.owner.id,
      actor_name: 'Olivia Owner',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      read_at: null,
    });
    await streamed(memberSub, ev.data.id);
    expect(memberSub.results.find((r) => r.data?.notificationCreated?.id === ev.data.id)!.data.notificationCreated).toEqual(ev.data);
    expect(await rowsAbout(task.id)).toEqual([`${team.member.id} task_assigned`]);
    for (const other of [ws.owner, ws.manager, ws.viewer, ws.stranger]) expect(await other.noEvent(isNotification(task.id), 100)).toBe(true);
    expect(await managerSub.nothing(100)).toBe(true);

    const mails = await mailsTo(team.member, task.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'notification.task_assigned', subject: "You were assigned to 'Implement login page'" });
    expect(mails[0]!.body_text).toContain(`${team.server.svc.config.publicUrl}/api/v1/tasks/${task.id}`);

    // Re-sending the same assignees assigns nobody new; adding one tells only that one (over WS).
    const update = await ws.manager.request('tasks.update', {
      org_id: team.orgId,
      id: task.id,
      assignee_ids: [team.member.id, team.owner.id, team.viewer.id],
    });
    expect(update.status).toBe('ok');
    await ws.viewer.nextEvent(isNotification(task.id, 'task_assigned'));
    expect(await rowsAbout(task.id)).toEqual([`${team.member.id} task_assigned`, `${team.viewer.id} task_assigned`].sort());
  });

  it('a bulk create notifies the assignees of each task', async () => {
    const res = await team.owner.rest.post('/tasks/bulk', {
      tasks: [
        { title: 'Bulk one', project_id: projectId, assignee_ids: [team.member.id] },
        { title: 'Bulk two', project_id: projectId, assignee_ids: [team.manager.id, team.member.id] },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [one, two] = res.body.data;
    expect(await rowsAbout(one.id)).toEqual([`${team.member.id} task_assigned`]);
    expect(await rowsAbout(two.id)).toEqual([`${team.manager.id} task_assigned`, `${team.member.id} task_assigned`].sort());
  });
});

describe('task_status_changed', () => {
  it('goes to creator and assignees except who changed it, each to their own sockets only', async () => {
    // Counted before the task exists: its task_assigned may stream before the create's answer arrives.
    const managerHad = managerSub.results.length;
    const task = await newTask(team.owner, 'Ship it', [team.member.id, team.manager.id]);
    await ws.member.nextEvent(isNotification(task.id));
    await ws.manager.nextEvent(isNotification(task.id));

    const res = await ws.manager.request('tasks.update_status', { org_id: team.orgId, id: task.id, status: 'in_progress' });
    expect(res.status).toBe('ok');
    const [toOwner, toMember] = await Promise.all([
      ws.owner.nextEvent(isNotification(task.id, 'task_status_changed')),
      ws.member.nextEvent(isNotification(task.id, 'task_status_changed')),
    ]);
    expect(toOwner.data).toMatchObject({ title: "'Ship it' moved from open to in_progress", actor_id: team.manager.id });
    expect(toMember.data.id).not.toBe(toOwner.data.id);
    await streamed(memberSub, toMember.data.id);
    expect(await ws.manager.noEvent(isNotification(task.id, 'task_status_changed'), 150)).toBe(true);
    // The manager's subscription streamed their own task_assigned, nothing of the status change.
    expect(managerSub.results.slice(managerHad).map((r) => r.data?.notificationCreated.type)).toEqual(['task_assigned']);
    expect(await ws.viewer.noEvent(isNotification(task.id), 50)).toBe(true);
    expect((await rowsAbout(task.id)).filter((r) => r.endsWith('task_status_changed'))).toEqual(
      [`${team.owner.id} task_status_changed`, `${team.member.id} task_status_changed`].sort(),
    );
    expect((await mailsTo(team.owner, task.id)).map((m) => m.kind)).toEqual(['notification.task_status_changed']);

    // tasks.update with a status (over GraphQL) notifies the same way; an update that changes nothing does not.
    const g = await gql(team.server, team.member.token, 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { status } }', {
      i: { org_id: team.orgId, id: task.id, status: 'done' },
    });
    expect(g.body.errors).toBeUndefined();
    const toManager = await ws.manager.nextEvent(isNotification(task.id, 'task_status_changed'));
    await streamed(managerSub, toManager.data.id);
    const again = await team.member.rest.patch(`/tasks/${task.id}`, { status: 'done' });
    expect(again.status).toBe(200);
    expect(await ws.manager.noEvent(isNotification(task.id, 'task_status_changed'), 150)).toBe(true);
  });

  it('deleting a status moves its tasks to another and notifies as a status change', async () => {
    const status = await team.owner.rest.post('/task-statuses', { code: 'blocked', label: 'Blocked', color: '#000000', category: 'in_progress' });
    expect(status.status, JSON.stringify(status.body)).toBe(201);
    const task = await newTask(team.manager, 'Stuck', [team.member.id]);
    expect((await team.manager.rest.patch(`/tasks/${task.id}`, { status: 'blocked' })).status).toBe(200);
    await db()`delete from notifications where entity_id = ${task.id}`;
    const del = await team.owner.rest.delete(`/task-statuses/${status.body.data.id}?replace_with=open`);
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    expect(await rowsAbout(task.id)).toEqual([`${team.manager.id} task_status_changed`, `${team.member.id} task_status_changed`].sort());
  });
});

describe('comments and mentions', () => {
  it('task_commented to creator and assignees, mentioned to the mentioned (by name or email), one each, never the author', async () => {
    const task = await newTask(team.owner, 'Discuss', [team.manager.id, team.member.id]);
    await db()`delete from notifications where entity_id = ${task.id}`;
    const body = `@olivia owner and @${team.viewer.user.email.toUpperCase()}: see this. @Mia Member too, @Manny is not a full name`;
    const res = await mcpCall(mcp, 'tasks_add_comment', { org_id: team.orgId, task_id: task.id, body });
    expect(res.isError).toBe(false);
    expect(await rowsAbout(task.id)).toEqual(
      [`${team.owner.id} mentioned`, `${team.viewer.id} mentioned`, `${team.manager.id} task_commented`].sort(),
    );
    const ev = await ws.viewer.nextEvent(isNotification(task.id, 'mentioned'));
    expect(ev.data.title).toBe("You were mentioned in a comment on 'Discuss'");
    // Comments send no mail.
    expect(await mailsTo(team.viewer, task.id)).toEqual([]);
    expect(await ws.member.noEvent((e) => isNotification(task.id, 'mentioned')(e) || isNotification(task.id, 'task_commented')(e), 100)).toBe(true);
  });

  it('the mention rule: full names (longest wins) or emails, after a non-word character', () => {
    const people = [
      { id: 'a', name: 'Jane', email: 'jane@example.com' },
      { id: 'b', name: 'Jane Doe', email: 'jd@example.com' },
      { id: 'c', name: 'Bob', email: 'bob@example.com' },
    ];
    expect(mentionedIn('hi @Jane Doe!', people)).toEqual(['b']);
    expect(mentionedIn('hi @jane, and @JD@EXAMPLE.COM.', people)).toEqual(['a', 'b']);
    expect(mentionedIn('mail bob@example.com or @Bobby or x@Bob', people)).toEqual([]);
    expect(mentionedIn('(@bob)', people)).toEqual(['c']);
  });
});

describe('who may be told', () => {
  it('a member who left the organization gets nothing more from it', async () => {
    const leaver = await (async () => {
      const { registerUser } = await import('../support/http.js');
      const { joinOrg, orgApi } = await import('../projects/fixtures.js');
      const user = await registerUser(team.server, { name: 'Lea Leaver' });
      await joinOrg(team.server, team.orgId, user.user.id, 'member');
      return { user, id: user.user.id, token: user.access_token, rest: orgApi(team.server, user.access_token, team.orgId) };
    })();
    const leaverWs = await connectWs(team.server, leaver.token);
    try {
      const task = await newTask(team.owner, 'Before leaving', [leaver.id]);
      await leaverWs.nextEvent(isNotification(task.id, 'task_assigned'));
      const removed = await team.owner.rest.delete(`/members/${leaver.id}`);
      expect(removed.status, JSON.stringify(removed.body)).toBe(200);
      // Still an assignee of the task (assignments are not this area's concern); told nothing.
      await db()`insert into task_assignees (task_id, user_id, org_id) values (${task.id}, ${leaver.id}, ${team.orgId}) on conflict do nothing`;
      expect((await team.manager.rest.post(`/tasks/${task.id}/comments`, { body: `@Lea Leaver still there?` })).status).toBe(201);
      expect((await team.manager.rest.patch(`/tasks/${task.id}/status`, { status: 'done' })).status).toBeLessThan(300);
      expect(await db()`select 1 from notifications where user_id = ${leaver.id}`).toHaveLength(0);
      expect(await leaverWs.noEvent(isNotification(task.id), 150)).toBe(true);
      expect(await mailsTo(leaver, task.id).then((m) => m.filter((x) => x.kind !== 'notification.task_assigned'))).toEqual([]);
    } finally {
      await leaverWs.close();
    }
  });

  it("a members-only project's task notifies only those who may see it", async () => {
    const secret = (await team.owner.rest.post('/projects', { name: 'Secret' })).body.data.id;
    await db()`update projects set visibility = 'members' where id = ${secret}`;
    // The member is not a project member and lacks manage_projects; the manager holds it.
    const task = await newTask(team.owner, 'Hidden', [team.member.id, team.manager.id], secret);
    expect(await rowsAbout(task.id)).toEqual([`${team.manager.id} task_assigned`]);
    expect(await ws.member.noEvent(isNotification(task.id), 100)).toBe(true);
    expect(await mailsTo(team.member, task.id)).toEqual([]);
    // Made a project member, they are told of what follows.
    await db()`insert into project_members (id, project_id, org_id, user_id) values (${'pm_' + task.id}, ${secret}, ${team.orgId}, ${team.member.id})`;
    expect((await team.owner.rest.patch(`/tasks/${task.id}`, { status: 'review' })).status).toBe(200);
    await ws.member.nextEvent(isNotification(task.id, 'task_status_changed'));
  });
});

describe('preferences', () => {
  it('mail on by default; turned off per type (GraphQL), it stops that mail but not the notification', async () => {
    const initial = await ws.member.request('notifications.preferences.get', {});
    expect(initial).toMatchObject({ status: 'ok', data: { email: { task_assigned: true, task_status_changed: true } } });
    const off = await gql(
      team.server,
      team.member.token,
      'mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { email { task_assigned task_status_changed } } }',
      { i: { email: { task_status_changed: false } } },
    );
    expect(off.body).toEqual({ data: { updateNotificationPreferences: { email: { task_assigned: true, task_status_changed: false } } } });
    const rest = await team.member.rest.get('/notifications/preferences');
    expect(rest.body.data).toEqual({ email: { task_assigned: true, task_status_changed: false } });

    const task = await newTask(team.owner, 'Quietly', [team.member.id]);
    expect((await team.owner.rest.patch(`/tasks/${task.id}`, { status: 'review' })).status).toBe(200);
    expect((await rowsAbout(task.id)).sort()).toEqual([`${team.member.id} task_assigned`, `${team.member.id} task_status_changed`].sort());
    expect((await mailsTo(team.member, task.id)).map((m) => m.kind)).toEqual(['notification.task_assigned']);

    // Only the given type changes; turning it back on mails again.
    const on = await team.member.rest.patch('/notifications/preferences', { email: { task_status_changed: true } });
    expect(on.body.data).toEqual({ email: { task_assigned: true, task_status_changed: true } });
  });

  it('an unknown or mail-less type, or a bad value, is VALIDATION_ERROR naming it, on REST and WS, and changes nothing', async () => {
    for (const [email, named] of [
      [{ task_commented: false }, 'email.task_commented'],
      [{ nope: true }, 'email.nope'],
      [{ task_assigned: 'no' }, 'email.task_assigned'],
    ] as const) {
      // `details.field` is the input field (`email`); the message names the type.
      const rest = await team.viewer.rest.patch('/notifications/preferences', { email });
      expect(rest.status).toBe(400);
      expect(rest.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'email' } });
      expect(rest.body.error.message).toContain(named);
      const w = await ws.viewer.request('notifications.preferences.update', { email });
      expect(w).toMatchObject({
        status: 'error',
        error: { code: 'VALIDATION_ERROR', message: rest.body.error.message, details: { field: 'email' } },
      });
    }
    expect((await team.viewer.rest.patch('/notifications/preferences', {})).body.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(await db()`select 1 from notification_preferences where user_id = ${team.viewer.id}`).toHaveLength(0);
  });
});

describe('listing and marking read', () => {
  it('newest first with the unread count, over REST, WS, GraphQL and MCP; mark_read ignores others’ and unknown ids', async () => {
    await db()`delete from notifications where user_id = ${team.viewer.id}`;
    const tasks = [];
    for (const title of ['First', 'Second', 'Third']) tasks.push(await newTask(team.owner, title, [team.viewer.id]));
    const rest = await team.viewer.rest.get('/notifications?per_page=2');
    expect(rest.status).toBe(200);
    expect(rest.body.data.map((n: any) => n.entity_id)).toEqual([tasks[2].id, tasks[1].id]);
    expect(rest.body.pagination).toEqual({ total: 3, page: 1, per_page: 2, total_pages: 2 });
    expect(rest.body.unread_count).toBe(3);

    const wsList = await ws.viewer.request('notifications.list', { org_id: team.orgId, per_page: 2 });
    expect(wsList).toMatchObject({ status: 'ok', data: rest.body.data, pagination: rest.body.pagination, unread_count: 3 });
    const g = await gql(
      team.server,
      team.viewer.token,
      'query($o: ID) { notifications(orgId: $o, perPage: 2) { data { id } pagination { total } unread_count } }',
      { o: team.orgId },
    );
    expect(g.body.data.notifications).toEqual({ data: rest.body.data.map((n: any) => ({ id: n.id })), pagination: { total: 3 }, unread_count: 3 });

    // Someone else's id and an unknown id are ignored; only the caller's own change.
    const [othersOwn] = await db()<{ id: string }[]>`select id from notifications where user_id <> ${team.viewer.id} and read_at is null limit 1`;
    const marked = await ws.viewer.request('notifications.mark_read', { org_id: team.orgId, ids: [rest.body.data[0].id, othersOwn!.id, 'ntf_nope'] });
    expect(marked).toMatchObject({ status: 'ok', data: { updated: 1 } });
    expect(await db()`select 1 from notifications where id = ${othersOwn!.id} and read_at is null`).toHaveLength(1);
    const unread = await team.viewer.rest.get('/notifications?unread=true');
    expect(unread.body.data.map((n: any) => n.entity_id)).toEqual([tasks[1].id, tasks[0].id]);
    expect(unread.body.unread_count).toBe(2);
    const read = await team.viewer.rest.get('/notifications?unread=false');
    expect(read.body.data).toHaveLength(1);
    expect(read.body.data[0].read_at).toMatch(/Z$/);
    // Marking again changes nothing; without ids marks all the caller's (over MCP and REST).
    expect((await team.viewer.rest.post('/notifications/mark-read', { ids: [rest.body.data[0].id] })).body.data).toEqual({ updated: 0 });
    const viewerMcp = await connectMcp(team.server, team.viewer.token);
    try {
      const all = await mcpCall(viewerMcp, 'notifications_mark_read', { org_id: team.orgId });
      expect(all).toEqual({ isError: false, body: { data: { updated: 2 } } });
    } finally {
      await viewerMcp.close();
    }
    expect((await team.viewer.rest.post('/notifications/mark-read')).body.data).toEqual({ updated: 0 });
    expect((await team.viewer.rest.get('/notifications')).body.unread_count).toBe(0);
    // Past the last page: empty, with the total and the unread count.
    const past = await team.viewer.rest.get('/notifications?page=9');
    expect(past.body).toEqual({ data: [], pagination: { total: 3, page: 9, per_page: 25, total_pages: 1 }, unread_count: 0 });
  });

  it("a personal access token lists its organization's notifications of its owner", async () => {
    const pat = await team.member.rest.post('/personal-access-tokens', { name: 'Inbox', org_id: team.orgId });
    expect(pat.status, JSON.stringify(pat.body)).toBe(201);
    const { api } = await import('../support/http.js');
    const viaPat = await api(team.server, pat.body.data.token ?? pat.body.token).get('/notifications?per_page=100');
    expect(viaPat.status).toBe(200);
    const viaJwt = await team.member.rest.get('/notifications?per_page=100');
    expect(viaPat.body).toEqual(viaJwt.body);
    expect(viaPat.body.data.length).toBeGreaterThan(0);
    expect(viaPat.body.data.every((n: any) => n.org_id === team.orgId)).toBe(true);
  });

  it("nobody lists anyone else's; a stranger's organization answers NOT_FOUND; bad input is VALIDATION_ERROR", async () => {
    const mine = await team.stranger.rest.get('/notifications');
    expect(mine.body).toMatchObject({ data: [], unread_count: 0 });
    const foreign = await team.stranger.rest.get(`/notifications?org_id=${team.orgId}`);
    expect(foreign.status).toBe(404);
    const wsForeign = await ws.stranger.request('notifications.mark_read', { org_id: team.orgId });
    expect(wsForeign).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } });
    for (const [query, field] of [
      ['per_page=101', 'per_page'],
      ['unread=maybe', 'unread'],
      ['page=0', 'page'],
    ]) {
      const res = await team.member.rest.get(`/notifications?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    }
    for (const [payload, field] of [
      [{ ids: 'ntf_x' }, 'ids'],
      [{ ids: [42] }, 'ids'],
      [{ ids: Array.from({ length: 101 }, (_, i) => `ntf_${i}`) }, 'ids'],
      [{ nope: 1 }, 'nope'],
    ] as const) {
      const res = await ws.member.request('notifications.mark_read', { org_id: team.orgId, ...payload });
      expect(res).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field } } });
    }
  });
});
