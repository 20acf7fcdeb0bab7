/**
 * Members and invitations over REST and the WebSocket: listing, inviting (with the mail), accepting
 * (signed in, or by registering), changing roles and permission overrides, removing and leaving, with
 * the owner rules, permission checks, strangers (404) and the EntityChanged events members receive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient } from '../support/ws.js';
import { addMember, invitationToken, mailsTo } from './support.js';

let server: TestServer;
let owner: RegisteredUser;
let stranger: RegisteredUser;
let orgId: string;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
  owner = await registerUser(server, { name: 'Olga Owner' });
  stranger = await registerUser(server, { name: 'Stan Stranger' });
  orgId = owner.orgId;
});
afterAll(async () => {
  await server?.close();
});

let seq = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${++seq}@example.test`;

function expectError(res: { status: number; body: any }, status: number, code: string, field?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field) expect(res.body.error.details?.field).toBe(field);
}

const wsError = (reply: { status: string; error?: { code: string; details?: any } }, code: string, field?: string): void => {
  expect(reply.status, JSON.stringify(reply)).toBe('error');
  expect(reply.error?.code).toBe(code);
  if (field) expect(reply.error?.details?.field).toBe(field);
};

/** A fresh organization owned by `owner` (so each block starts from a known membership). */
async function newOrg(name: string): Promise<string> {
  const res = await api(server, owner.access_token).post('/organizations', { name });
  return res.body.data.id as string;
}

describe('members.invite and invitations.accept (REST)', () => {
  it('invites with a mailed token; the invited user accepts while signed in', async () => {
    const invitee = await registerUser(server, { email: uniqueEmail('invitee'), name: 'Ivy Invitee' });
    const res = await api(server, owner.access_token).post(`/members/invite?org_id=${orgId}`, {
      email: invitee.email.toUpperCase(),
      role: 'manager',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      org_id: orgId,
      email: invitee.email,
      role: 'manager',
      invited_by: owner.user.id,
      accepted_at: null,
    });
    expect(res.body.data.id).toMatch(/^inv_/);
    expect(Date.parse(res.body.data.expires_at) - Date.parse(res.body.data.created_at)).toBe(7 * 24 * 3600 * 1000);
    expect(JSON.stringify(res.body)).not.toMatch(/ivt_/);

    const [mail] = await mailsTo(server, invitee.email, 'invitation');
    expect(mail!.body_text).toContain('/api/v1/invitations/accept');
    const token = await invitationToken(server, invitee.email);

    // Someone else cannot use it; a bad token is not found; a missing one is invalid.
    expectError(await api(server, stranger.access_token).post('/invitations/accept', { token }), 404, 'NOT_FOUND');
    expectError(await api(server, invitee.access_token).post('/invitations/accept', { token: 'ivt_forged' }), 404, 'NOT_FOUND');
    expectError(await api(server, invitee.access_token).post('/invitations/accept', {}), 400, 'VALIDATION_ERROR', 'token');
    expectError(await api(server).post('/invitations/accept', { token }), 401, 'UNAUTHORIZED');

    const accepted = await api(server, invitee.access_token).post('/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toMatchObject({
      user_id: invitee.user.id,
      org_id: orgId,
      role: 'manager',
      user: { id: invitee.user.id, name: 'Ivy Invitee', email: invitee.email, avatar_url: null },
    });
    expect(accepted.body.data.permissions).toContain('manage_projects');
    expect((await api(server, invitee.access_token).get(`/organizations/${orgId}`)).body.data.role).toBe('manager');

    // Used once: a second accept is not found.
    expectError(await api(server, invitee.access_token).post('/invitations/accept', { token }), 404, 'NOT_FOUND');
  });

  it('registering with an invited address joins the organization (expired invitations do not count)', async () => {
    const email = uniqueEmail('newcomer');
    const otherOrg = await newOrg('Expired Invites Inc');
    await api(server, owner.access_token).post(`/members/invite?org_id=${orgId}`, { email, role: 'viewer' });
    await api(server, owner.access_token).post(`/members/invite?org_id=${otherOrg}`, { email });
    await server.svc.db`update invitations set expires_at = now() - interval '1 second' where org_id = ${otherOrg}`;

    const user = await registerUser(server, { email: email.toUpperCase() });
    const orgs = (await api(server, user.access_token).get('/organizations')).body.data;
    expect(orgs.map((o: any) => [o.id, o.role])).toEqual([
      [user.orgId, 'owner'],
      [orgId, 'viewer'],
    ]);
    // The invitation is used up.
    const token = await invitationToken(server, email);
    expectError(await api(server, user.access_token).post('/invitations/accept', { token }), 404, 'NOT_FOUND');
  });

  it('a second invitation replaces the pending one; an expired one cannot be accepted', async () => {
    const invitee = await registerUser(server);
    await api(server, owner.access_token).post(`/members/invite?org_id=${orgId}`, { email: invitee.email });
    const first = await invitationToken(server, invitee.email);
    await api(server, owner.access_token).post(`/members/invite?org_id=${orgId}`, { email: invitee.email, role: 'admin' });
    const second = await invitationToken(server, invitee.email);
    expect(second).not.toBe(first);
    expectError(await api(server, invitee.access_token).post('/invitations/accept', { token: first }), 404, 'NOT_FOUND');

    await server.svc.db`update invitations set expires_at = now() - interval '1 second' where lower(email) = ${invitee.email}`;
    expectError(await api(server, invitee.access_token).post('/invitations/accept', { token: second }), 404, 'NOT_FOUND');
    expectError(await api(server, invitee.access_token).get(`/organizations/${orgId}`), 404, 'NOT_FOUND');
  });

  it('accepting when already a member is a conflict, and changes nothing', async () => {
    const member = await addMember(server, owner, orgId, 'viewer');
    const token = await invitationToken(server, member.email);
    // Only reachable through a race in practice: re-open the used invitation.
    await server.svc.db`update invitations set accepted_at = null, accepted_by = null where lower(email) = ${member.email}`;
    expectError(await api(server, member.access_token).post('/invitations/accept', { token }), 409, 'CONFLICT');
    expect((await api(server, member.access_token).get(`/organizations/${orgId}`)).body.data.role).toBe('viewer');
  });

  it('rejects bad input, existing members, strangers and members without manage_members', async () => {
    const o = api(server, owner.access_token);
    expectError(await o.post(`/members/invite?org_id=${orgId}`, { role: 'member' }), 400, 'VALIDATION_ERROR', 'email');
    expectError(await o.post(`/members/invite?org_id=${orgId}`, { email: 'not-an-email' }), 400, 'VALIDATION_ERROR', 'email');
    expectError(await o.post(`/members/invite?org_id=${orgId}`, { email: uniqueEmail('x'), role: 'owner' }), 400, 'VALIDATION_ERROR', 'role');
    expectError(await o.post(`/members/invite?org_id=${orgId}`, { email: uniqueEmail('x'), message: 'hi' }), 400, 'VALIDATION_ERROR', 'message');
    expectError(await o.post(`/members/invite?org_id=${orgId}`, { email: owner.email }), 409, 'CONFLICT', 'email');

    const plain = await addMember(server, owner, orgId, 'member');
    expectError(await api(server, plain.access_token).post(`/members/invite?org_id=${orgId}`, { email: uniqueEmail('y') }), 403, 'FORBIDDEN');
    expectError(await api(server, stranger.access_token).post(`/members/invite?org_id=${orgId}`, { email: uniqueEmail('z') }), 404, 'NOT_FOUND');
    // With X-Org-Id instead of org_id.
    expectError(
      await api(server, stranger.access_token).post('/members/invite', { email: uniqueEmail('z') }, { 'X-Org-Id': orgId }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('members.list (REST)', () => {
  it('lists in join order with effective permissions, filters by role, paginates', async () => {
    const org = await newOrg('Listing Ltd');
    const a = await addMember(server, owner, org, 'viewer', 'A');
    const b = await addMember(server, owner, org, 'member', 'B');
    const c = await addMember(server, owner, org, 'viewer', 'C');

    const all = await api(server, a.access_token).get(`/members?org_id=${org}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((m: any) => m.user_id)).toEqual([owner.user.id, a.user.id, b.user.id, c.user.id]);
    expect(all.body.pagination).toEqual({ total: 4, page: 1, per_page: 25, total_pages: 1 });
    expect(all.body.data[1]).toMatchObject({ role: 'viewer', permissions: [], user: { name: 'A', email: a.email } });

    const viewers = await api(server, owner.access_token).get(`/members?org_id=${org}&role=viewer`);
    expect(viewers.body.data.map((m: any) => m.user_id)).toEqual([a.user.id, c.user.id]);
    expect(viewers.body.pagination.total).toBe(2);

    const page2 = await api(server, owner.access_token).get(`/members?org_id=${org}&per_page=3&page=2`);
    expect(page2.body.data.map((m: any) => m.user_id)).toEqual([c.user.id]);
    expect(page2.body.pagination).toEqual({ total: 4, page: 2, per_page: 3, total_pages: 2 });

    expectError(await api(server, owner.access_token).get(`/members?org_id=${org}&per_page=0`), 400, 'VALIDATION_ERROR', 'per_page');
    expectError(await api(server, owner.access_token).get(`/members?org_id=${org}&role=boss`), 400, 'VALIDATION_ERROR', 'role');
    expectError(await api(server, stranger.access_token).get(`/members?org_id=${org}`), 404, 'NOT_FOUND');
  });
});

describe('members.update (REST)', () => {
  let org: string;
  let admin: RegisteredUser;
  let member: RegisteredUser;

  beforeAll(async () => {
    org = await newOrg('Roles Corp');
    admin = await addMember(server, owner, org, 'admin', 'Adam Admin');
    member = await addMember(server, owner, org, 'member', 'Max Member');
  });

  it('changes role and merges permission overrides; the answer has the effective permissions', async () => {
    const a = api(server, admin.access_token);
    const promoted = await a.patch(`/members/${member.user.id}?org_id=${org}`, {
      role: 'manager',
      permissions: { view_rates: false, view_audit: true },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.data.role).toBe('manager');
    expect(promoted.body.data.permissions).toContain('view_audit');
    expect(promoted.body.data.permissions).not.toContain('view_rates');

    // Merged, not replaced; null removes an override.
    const merged = await a.patch(`/members/${member.user.id}?org_id=${org}`, { permissions: { view_rates: null } });
    expect(merged.body.data.permissions).toContain('view_rates');
    expect(merged.body.data.permissions).toContain('view_audit');

    const listed = await api(server, member.access_token).get(`/members?org_id=${org}&role=manager`);
    expect(listed.body.data[0].permissions).toEqual(merged.body.data.permissions);
  });

  it('rejects unknown permissions, bad roles and unknown fields (400)', async () => {
    const o = api(server, owner.access_token);
    expectError(await o.patch(`/members/${member.user.id}?org_id=${org}`, { permissions: { fly: true } }), 400, 'VALIDATION_ERROR', 'permissions');
    expectError(
      await o.patch(`/members/${member.user.id}?org_id=${org}`, { permissions: { view_rates: 'yes' } }),
      400,
      'VALIDATION_ERROR',
      'permissions',
    );
    expectError(await o.patch(`/members/${member.user.id}?org_id=${org}`, { role: 'king' }), 400, 'VALIDATION_ERROR', 'role');
    expectError(await o.patch(`/members/${member.user.id}?org_id=${org}`, { title: 'CTO' }), 400, 'VALIDATION_ERROR', 'title');
  });

  it('enforces manage_members and the owner rules', async () => {
    const m = api(server, member.access_token);
    await api(server, owner.access_token).patch(`/members/${member.user.id}?org_id=${org}`, { role: 'member', permissions: { view_audit: null } });
    expectError(await m.patch(`/members/${admin.user.id}?org_id=${org}`, { role: 'viewer' }), 403, 'FORBIDDEN');

    const a = api(server, admin.access_token);
    expectError(await a.patch(`/members/${member.user.id}?org_id=${org}`, { role: 'owner' }), 403, 'FORBIDDEN');
    expectError(await a.patch(`/members/${owner.user.id}?org_id=${org}`, { role: 'admin' }), 403, 'FORBIDDEN');
    expectError(await a.patch(`/members/${stranger.user.id}?org_id=${org}`, { role: 'admin' }), 404, 'NOT_FOUND');
    expectError(await api(server, stranger.access_token).patch(`/members/${member.user.id}?org_id=${org}`, { role: 'admin' }), 404, 'NOT_FOUND');

    // The last owner cannot step down; with a second owner they can.
    const o = api(server, owner.access_token);
    expectError(await o.patch(`/members/${owner.user.id}?org_id=${org}`, { role: 'admin' }), 409, 'CONFLICT');
    expect((await o.patch(`/members/${admin.user.id}?org_id=${org}`, { role: 'owner' })).body.data.role).toBe('owner');
    expect((await o.patch(`/members/${owner.user.id}?org_id=${org}`, { role: 'admin' })).body.data.role).toBe('admin');
    // Restore: the former admin (now owner) makes the owner an owner again.
    expect((await a.patch(`/members/${owner.user.id}?org_id=${org}`, { role: 'owner' })).body.data.role).toBe('owner');
  });
});

describe('members.remove (REST)', () => {
  it('a member may leave; others need manage_members; owners have extra protection', async () => {
    const org = await newOrg('Leaving Co');
    const admin = await addMember(server, owner, org, 'admin');
    const leaver = await addMember(server, owner, org, 'viewer');
    const victim = await addMember(server, owner, org, 'member');

    expectError(await api(server, leaver.access_token).delete(`/members/${victim.user.id}?org_id=${org}`), 403, 'FORBIDDEN');
    const left = await api(server, leaver.access_token).delete(`/members/${leaver.user.id}?org_id=${org}`);
    expect(left.status).toBe(200);
    expect(left.body).toEqual({ data: { user_id: leaver.user.id, removed: true } });
    expectError(await api(server, leaver.access_token).get(`/organizations/${org}`), 404, 'NOT_FOUND');

    expectError(await api(server, admin.access_token).delete(`/members/${owner.user.id}?org_id=${org}`), 403, 'FORBIDDEN');
    expectError(await api(server, owner.access_token).delete(`/members/${owner.user.id}?org_id=${org}`), 409, 'CONFLICT');
    expectError(await api(server, admin.access_token).delete(`/members/${stranger.user.id}?org_id=${org}`), 404, 'NOT_FOUND');
    expectError(await api(server, stranger.access_token).delete(`/members/${victim.user.id}?org_id=${org}`), 404, 'NOT_FOUND');

    expect((await api(server, admin.access_token).delete(`/members/${victim.user.id}?org_id=${org}`)).status).toBe(200);
    const remaining = await api(server, owner.access_token).get(`/members?org_id=${org}`);
    expect(remaining.body.data.map((m: any) => m.user_id)).toEqual([owner.user.id, admin.user.id]);
  });

  it("removal clears the user's task assignments there and stops their tokens for it", async () => {
    const org = await newOrg('Cleanup Co');
    const worker = await addMember(server, owner, org, 'member');
    const pat = await api(server, worker.access_token).post('/personal-access-tokens', { name: 'bot', org_id: org });
    expect((await api(server, pat.body.data.token).get('/me')).status).toBe(200);
    // A task assigned to the worker (rows written directly: tasks are another area).
    const projectId = newId('prj');
    const taskId = newId('tsk');
    await server.svc.db`insert into projects (id, org_id, name) values (${projectId}, ${org}, 'P')`;
    await server.svc.db`insert into tasks (id, org_id, project_id, title) values (${taskId}, ${org}, ${projectId}, 'T')`;
    await server.svc.db`insert into task_assignees (task_id, user_id, org_id) values (${taskId}, ${worker.user.id}, ${org})`;

    expect((await api(server, owner.access_token).delete(`/members/${worker.user.id}?org_id=${org}`)).status).toBe(200);
    expect(await server.svc.db`select 1 from task_assignees where task_id = ${taskId}`).toHaveLength(0);
    expectError(await api(server, pat.body.data.token).get('/me'), 401, 'UNAUTHORIZED');
    // Their own account and personal organization are untouched.
    expect((await api(server, worker.access_token).get(`/organizations/${worker.orgId}`)).status).toBe(200);
  });
});

describe('over the WebSocket', () => {
  let org: string;
  let ownerWs: WsClient;
  let inviteeWs: WsClient;
  let invitee: RegisteredUser;

  beforeAll(async () => {
    org = await newOrg('Socket Members');
    ownerWs = await connectWs(server, owner.access_token);
    invitee = await registerUser(server, { name: 'Wes Socket' });
    inviteeWs = await connectWs(server, invitee.access_token);
  });
  afterAll(async () => {
    await Promise.all([ownerWs?.close(), inviteeWs?.close()]);
  });

  it('invite → accept → update → remove, with the events members receive', async () => {
    const invited = await ownerWs.request('members.invite', { org_id: org, email: invitee.email });
    expect(invited.status).toBe('ok');
    expect(invited.data).toMatchObject({ org_id: org, email: invitee.email, role: 'member' });
    const invEvent = await ownerWs.nextEvent((e) => e.data.entity_type === 'invitation' && e.data.org_id === org);
    expect(invEvent.data).toMatchObject({ action: 'created', entity_id: invited.data.id });

    wsError(await inviteeWs.request('members.list', { org_id: org }), 'NOT_FOUND');
    const token = await invitationToken(server, invitee.email);
    wsError(await inviteeWs.request('invitations.accept', { token: 42 }), 'VALIDATION_ERROR', 'token');
    const accepted = await inviteeWs.request('invitations.accept', { token });
    expect(accepted.status).toBe('ok');
    expect(accepted.data).toMatchObject({ user_id: invitee.user.id, org_id: org, role: 'member' });
    const joined = await ownerWs.nextEvent((e) => e.data.entity_type === 'member' && e.data.action === 'created' && e.data.org_id === org);
    expect(joined.data.entity).toMatchObject({ user_id: invitee.user.id, role: 'member' });
    expect(joined.data.entity_id).toBe(invitee.user.id);
    // The new member's own connection now receives the organization's events.
    await inviteeWs.nextEvent((e) => e.data.entity_type === 'member' && e.data.org_id === org);

    const list = await inviteeWs.request('members.list', { org_id: org, per_page: 1 });
    expect(list.status).toBe('ok');
    expect(list.data).toHaveLength(1);
    expect(list.pagination).toEqual({ total: 2, page: 1, per_page: 1, total_pages: 2 });

    wsError(await inviteeWs.request('members.update', { org_id: org, user_id: owner.user.id, role: 'viewer' }), 'FORBIDDEN');
    wsError(
      await ownerWs.request('members.update', { org_id: org, user_id: invitee.user.id, permissions: { teleport: true } }),
      'VALIDATION_ERROR',
      'permissions',
    );
    const updated = await ownerWs.request('members.update', {
      org_id: org,
      user_id: invitee.user.id,
      role: 'viewer',
      permissions: { track_time: true },
    });
    expect(updated.data).toMatchObject({ role: 'viewer', permissions: ['track_time'] });
    const upd = await inviteeWs.nextEvent((e) => e.data.entity_type === 'member' && e.data.action === 'updated');
    expect(upd.data.changes).toEqual({
      role: { from: 'member', to: 'viewer' },
      permissions: { from: ['manage_tasks', 'track_time'], to: ['track_time'] },
    });

    wsError(await ownerWs.request('members.remove', { org_id: org, user_id: owner.user.id }), 'CONFLICT');
    const removed = await ownerWs.request('members.remove', { org_id: org, user_id: invitee.user.id });
    expect(removed.data).toEqual({ user_id: invitee.user.id, removed: true });
    // The removed member is told, then hears nothing more from the organization.
    await inviteeWs.nextEvent((e) => e.data.entity_type === 'member' && e.data.action === 'deleted');
    await ownerWs.request('organizations.update', { id: org, name: 'Socket Members 2' });
    await ownerWs.nextEvent((e) => e.data.entity_type === 'organization' && e.data.action === 'updated');
    expect(await inviteeWs.noEvent((e) => e.data.entity_type === 'organization')).toBe(true);
  });
});
