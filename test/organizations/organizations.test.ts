/**
 * Organizations over REST and the WebSocket (and MCP for a PAT): list, get, create, update, delete;
 * strangers see nothing (404), members without the permission are refused (403), PATs stay in their
 * organization, and changes are pushed as EntityChanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../members/support.js';
import { connectMcp } from '../support/mcp.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient } from '../support/ws.js';

let server: TestServer;
let owner: RegisteredUser;
let stranger: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
  owner = await registerUser(server, { name: 'Olga Owner' });
  stranger = await registerUser(server, { name: 'Stan Stranger' });
});
afterAll(async () => {
  await server?.close();
});

function expectError(res: { status: number; body: any }, status: number, code: string, field?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field) expect(res.body.error.details?.field).toBe(field);
}

const wsError = (reply: { status: string; error?: { code: string; details?: any } }, code: string, field?: string): void => {
  expect(reply.status).toBe('error');
  expect(reply.error?.code).toBe(code);
  if (field) expect(reply.error?.details?.field).toBe(field);
};

describe('over REST', () => {
  let orgId: string;

  it('creates an organization with defaults; the creator is its owner', async () => {
    const res = await api(server, owner.access_token).post('/organizations', { name: 'Acme Studio' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      name: 'Acme Studio',
      slug: 'acme-studio',
      settings: { timezone: 'UTC', currency: 'USD' },
      role: 'owner',
    });
    expect(res.body.data.id).toMatch(/^org_/);
    orgId = res.body.data.id;

    // A second one with the same name gets a free slug; an explicit taken slug is a conflict.
    const again = await api(server, owner.access_token).post('/organizations', { name: 'Acme Studio', timezone: 'Europe/Berlin', currency: 'EUR' });
    expect(again.status).toBe(201);
    expect(again.body.data.slug).toMatch(/^acme-studio-[a-z0-9]+$/);
    expect(again.body.data.settings).toEqual({ timezone: 'Europe/Berlin', currency: 'EUR' });
    expectError(await api(server, owner.access_token).post('/organizations', { name: 'X', slug: 'acme-studio' }), 409, 'CONFLICT', 'slug');
  });

  it.each([
    ['no name', {}, 'name'],
    ['a name of the wrong type', { name: 5 }, 'name'],
    ['an invalid slug', { name: 'Ok', slug: 'Not A Slug' }, 'slug'],
    ['an unknown time zone', { name: 'Ok', timezone: 'Mars/Olympus' }, 'timezone'],
    ['a bad currency', { name: 'Ok', currency: 'euro' }, 'currency'],
    ['an unknown field', { name: 'Ok', plan: 'pro' }, 'plan'],
  ])('create rejects %s (400)', async (_label, body, field) => {
    expectError(await api(server, owner.access_token).post('/organizations', body), 400, 'VALIDATION_ERROR', field);
  });

  it('lists memberships oldest first with the role, and gets one', async () => {
    const list = await api(server, owner.access_token).get('/organizations');
    expect(list.status).toBe(200);
    expect(list.body.data.map((o: any) => o.id)[0]).toBe(owner.orgId);
    expect(list.body.data.map((o: any) => o.id)).toContain(orgId);
    expect(list.body).not.toHaveProperty('pagination');

    const get = await api(server, owner.access_token).get(`/organizations/${orgId}`);
    expect(get.status).toBe(200);
    expect(get.body.data).toMatchObject({ id: orgId, role: 'owner' });
  });

  it("a stranger gets 404 for someone else's organization, whatever the verb", async () => {
    const s = api(server, stranger.access_token);
    expectError(await s.get(`/organizations/${orgId}`), 404, 'NOT_FOUND');
    expectError(await s.patch(`/organizations/${orgId}`, { name: 'Mine now' }), 404, 'NOT_FOUND');
    expectError(await s.delete(`/organizations/${orgId}`), 404, 'NOT_FOUND');
    expectError(await s.get('/organizations/org_does_not_exist'), 404, 'NOT_FOUND');
    expect((await s.get('/organizations')).body.data.map((o: any) => o.id)).not.toContain(orgId);
    expect((await api(server, owner.access_token).get(`/organizations/${orgId}`)).body.data.name).toBe('Acme Studio');
  });

  it('update needs manage_org; delete needs the owner role', async () => {
    const member = await addMember(server, owner, orgId, 'member');
    const admin = await addMember(server, owner, orgId, 'admin');
    expectError(await api(server, member.access_token).patch(`/organizations/${orgId}`, { name: 'Nope' }), 403, 'FORBIDDEN');
    expect((await api(server, member.access_token).get(`/organizations/${orgId}`)).body.data.role).toBe('member');

    const renamed = await api(server, admin.access_token).patch(`/organizations/${orgId}`, { name: 'Acme Renamed', timezone: 'America/New_York' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data).toMatchObject({ name: 'Acme Renamed', role: 'admin', settings: { timezone: 'America/New_York', currency: 'USD' } });

    expectError(await api(server, admin.access_token).delete(`/organizations/${orgId}`), 403, 'FORBIDDEN');
    expectError(await api(server, member.access_token).delete(`/organizations/${orgId}`), 403, 'FORBIDDEN');
  });

  it('update validates its input and refuses a taken slug', async () => {
    const o = api(server, owner.access_token);
    expectError(await o.patch(`/organizations/${orgId}`, { slug: 'acme-studio-x', owner: 'me' }), 400, 'VALIDATION_ERROR', 'owner');
    expectError(await o.patch(`/organizations/${orgId}`, { timezone: 'Nowhere/Land' }), 400, 'VALIDATION_ERROR', 'timezone');
    const other = await o.post('/organizations', { name: 'Taken', slug: 'taken-slug' });
    expectError(await o.patch(`/organizations/${orgId}`, { slug: 'taken-slug' }), 409, 'CONFLICT', 'slug');
    expect((await o.get(`/organizations/${orgId}`)).body.data.slug).toBe('acme-studio');
    expect((await o.patch(`/organizations/${other.body.data.id}`, { slug: 'fresh-slug' })).body.data.slug).toBe('fresh-slug');
  });

  it('delete removes the organization for everyone; a default organization falls back to null', async () => {
    const o = api(server, owner.access_token);
    const res = await o.delete(`/organizations/${owner.orgId}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { id: owner.orgId, deleted: true } });
    expectError(await o.get(`/organizations/${owner.orgId}`), 404, 'NOT_FOUND');
    expect((await o.get('/me')).body.data.default_org_id).toBeNull();
    // Creating a new one makes it the default again.
    const created = await o.post('/organizations', { name: 'Fresh Start' });
    expect((await o.get('/me')).body.data.default_org_id).toBe(created.body.data.id);
  });
});

describe('over the WebSocket', () => {
  let ws: WsClient;
  let memberWs: WsClient;
  let strangerWs: WsClient;
  let orgId: string;
  let member: RegisteredUser;

  beforeAll(async () => {
    ws = await connectWs(server, owner.access_token);
    strangerWs = await connectWs(server, stranger.access_token);
  });
  afterAll(async () => {
    await Promise.all([ws?.close(), memberWs?.close(), strangerWs?.close()]);
  });

  it('creates, lists and gets', async () => {
    const created = await ws.request('organizations.create', { name: 'Socket Org', slug: 'socket-org' });
    expect(created.status).toBe('ok');
    expect(created.data).toMatchObject({ name: 'Socket Org', slug: 'socket-org', role: 'owner' });
    orgId = created.data.id;
    const ev = await ws.nextEvent((e) => e.data.entity_type === 'organization' && e.data.entity_id === orgId);
    expect(ev.data).toMatchObject({ action: 'created', org_id: orgId, user_id: owner.user.id });

    const list = await ws.request('organizations.list');
    expect(list.data.map((o: any) => o.id)).toContain(orgId);
    expect((await ws.request('organizations.get', { id: orgId })).data.id).toBe(orgId);

    wsError(await ws.request('organizations.create', { name: 'Dup', slug: 'socket-org' }), 'CONFLICT', 'slug');
    wsError(await ws.request('organizations.create', {}), 'VALIDATION_ERROR', 'name');
    wsError(await ws.request('organizations.get', { id: 123 }), 'VALIDATION_ERROR', 'id');
  });

  it('members see updates pushed with their changes; strangers see nothing and get NOT_FOUND', async () => {
    member = await addMember(server, owner, orgId, 'member', 'Mia Member');
    memberWs = await connectWs(server, member.access_token);

    const updated = await ws.request('organizations.update', { id: orgId, name: 'Socket Org 2', currency: 'EUR' });
    expect(updated.status).toBe('ok');
    expect(updated.data).toMatchObject({ name: 'Socket Org 2', settings: { currency: 'EUR' } });
    const ev = await memberWs.nextEvent((e) => e.data.entity_type === 'organization' && e.data.action === 'updated');
    expect(ev.data.changes).toEqual({
      name: { from: 'Socket Org', to: 'Socket Org 2' },
      settings: { from: { timezone: 'UTC', currency: 'USD' }, to: { timezone: 'UTC', currency: 'EUR' } },
    });
    expect(await strangerWs.noEvent((e) => e.data.org_id === orgId)).toBe(true);

    wsError(await strangerWs.request('organizations.get', { id: orgId }), 'NOT_FOUND');
    wsError(await strangerWs.request('organizations.update', { id: orgId, name: 'x' }), 'NOT_FOUND');
    wsError(await memberWs.request('organizations.update', { id: orgId, name: 'x' }), 'FORBIDDEN');
    wsError(await memberWs.request('organizations.delete', { id: orgId }), 'FORBIDDEN');
  });

  it('deleting pushes the event to members, then the organization is gone', async () => {
    const del = await ws.request('organizations.delete', { id: orgId });
    expect(del).toMatchObject({ status: 'ok', data: { id: orgId, deleted: true } });
    const ev = await memberWs.nextEvent((e) => e.data.entity_type === 'organization' && e.data.action === 'deleted');
    expect(ev.data.entity_id).toBe(orgId);
    wsError(await memberWs.request('organizations.get', { id: orgId }), 'NOT_FOUND');
  });
});

describe('with a personal access token (REST and MCP)', () => {
  it('only its own organization exists; it cannot create organizations', async () => {
    const user = await registerUser(server);
    const second = await api(server, user.access_token).post('/organizations', { name: 'Second Org' });
    const pat = await api(server, user.access_token).post('/personal-access-tokens', { name: 'ci', org_id: user.orgId });
    const p = api(server, pat.body.data.token);

    const list = await p.get('/organizations');
    expect(list.body.data.map((o: any) => o.id)).toEqual([user.orgId]);
    expectError(await p.get(`/organizations/${second.body.data.id}`), 404, 'NOT_FOUND');
    expectError(await p.post('/organizations', { name: 'Escape' }), 403, 'FORBIDDEN');

    const mcp = await connectMcp(server, pat.body.data.token);
    try {
      const listed = await mcp.callTool({ name: 'organizations_list', arguments: {} });
      expect(listed.isError).toBeFalsy();
      expect((listed.structuredContent as any).data.map((o: any) => o.id)).toEqual([user.orgId]);
      const other = await mcp.callTool({ name: 'organizations_get', arguments: { id: second.body.data.id } });
      expect(other.isError).toBe(true);
      expect((other.structuredContent as any).error.code).toBe('NOT_FOUND');
      const renamed = await mcp.callTool({ name: 'organizations_update', arguments: { id: user.orgId, name: 'Renamed by MCP' } });
      expect((renamed.structuredContent as any).data.name).toBe('Renamed by MCP');
    } finally {
      await mcp.close();
    }
  });
});
