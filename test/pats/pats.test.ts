/**
 * Personal access tokens over REST and MCP: creation (shown once, bound to one organization), use as a
 * Bearer token, listing, revocation, expiry, and the organization boundary a token cannot cross.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcp } from '../support/mcp.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let user: RegisteredUser;
let stranger: RegisteredUser;
let secondOrg: string;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
  user = await registerUser(server, { name: 'Pat Owner' });
  stranger = await registerUser(server, { name: 'Stan Stranger' });
  secondOrg = (await api(server, user.access_token).post('/organizations', { name: 'Second Org' })).body.data.id;
});
afterAll(async () => {
  await server?.close();
});

function expectError(res: { status: number; body: any }, status: number, code: string, field?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field) expect(res.body.error.details?.field).toBe(field);
}

describe('personal_access_tokens.create (REST)', () => {
  it('returns the plaintext once; bound to the default organization unless told otherwise', async () => {
    const res = await api(server, user.access_token).post('/personal-access-tokens', { name: 'Laptop' });
    expect(res.status).toBe(201);
    const pat = res.body.data;
    expect(pat).toMatchObject({ name: 'Laptop', org_id: user.orgId, expires_at: null, last_used_at: null });
    expect(pat.id).toMatch(/^pat_/);
    expect(pat.token).toMatch(/^trcr_pat_[A-Za-z0-9_-]{20,}$/);
    expect(pat.token_prefix).toBe(pat.token.slice(0, 13));

    const viaHeader = await api(server, user.access_token).post('/personal-access-tokens', { name: 'Header' }, { 'X-Org-Id': secondOrg });
    expect(viaHeader.body.data.org_id).toBe(secondOrg);
    const viaBody = await api(server, user.access_token).post('/personal-access-tokens', {
      name: 'Body',
      org_id: secondOrg,
      expires_at: '2099-01-01T00:00:00+02:00',
    });
    expect(viaBody.body.data).toMatchObject({ org_id: secondOrg, expires_at: '2098-12-31T22:00:00Z' });

    // Never shown again.
    const list = await api(server, user.access_token).get('/personal-access-tokens');
    expect(JSON.stringify(list.body)).not.toContain(pat.token);
  });

  it.each([
    ['no name', {}, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a past expiry', { name: 'old', expires_at: '2001-01-01T00:00:00Z' }, 'expires_at'],
    ['a malformed expiry', { name: 'bad', expires_at: 'tomorrow' }, 'expires_at'],
    ['an unknown field', { name: 'x', scopes: ['all'] }, 'scopes'],
  ])('rejects %s (400)', async (_label, body, field) => {
    expectError(await api(server, user.access_token).post('/personal-access-tokens', body), 400, 'VALIDATION_ERROR', field);
  });

  it('refuses an organization the caller is not a member of (404), and anonymous callers (401)', async () => {
    expectError(await api(server, stranger.access_token).post('/personal-access-tokens', { name: 'x', org_id: user.orgId }), 404, 'NOT_FOUND');
    expectError(await api(server).post('/personal-access-tokens', { name: 'x' }), 401, 'UNAUTHORIZED');
  });
});

describe('using a token', () => {
  it('authenticates as its user, acts only in its organization, and records last use at most once a minute', async () => {
    const created = await api(server, user.access_token).post('/personal-access-tokens', { name: 'Script', org_id: secondOrg });
    const p = api(server, created.body.data.token);

    expect((await p.get('/me')).body.data.id).toBe(user.user.id);
    const members = await p.get('/members');
    expect(members.body.data[0].org_id).toBe(secondOrg);
    expectError(await p.get(`/members?org_id=${user.orgId}`), 404, 'NOT_FOUND');
    expectError(await p.get('/members', { 'X-Org-Id': user.orgId }), 404, 'NOT_FOUND');

    // A token cannot mint another (test/pats/pat-minting.test.ts); outside its organization it finds nothing.
    expectError(await p.post('/personal-access-tokens', { name: 'Child' }), 403, 'FORBIDDEN');
    expectError(await p.post('/personal-access-tokens', { name: 'Escape', org_id: user.orgId }), 404, 'NOT_FOUND');
    // It sees only its organization's tokens.
    const seen = (await p.get('/personal-access-tokens')).body.data;
    expect(seen.every((t: any) => t.org_id === secondOrg)).toBe(true);

    const [first] = await server.svc.db<
      { last_used_at: string }[]
    >`select last_used_at from personal_access_tokens where id = ${created.body.data.id}`;
    expect(first!.last_used_at).not.toBeNull();
    await server.svc.db`update personal_access_tokens set last_used_at = now() - interval '30 seconds' where id = ${created.body.data.id}`;
    const [before] = await server.svc.db<
      { last_used_at: string }[]
    >`select last_used_at from personal_access_tokens where id = ${created.body.data.id}`;
    await p.get('/me');
    const [recent] = await server.svc.db<
      { last_used_at: string }[]
    >`select last_used_at from personal_access_tokens where id = ${created.body.data.id}`;
    expect(recent!.last_used_at).toBe(before!.last_used_at);
    await server.svc.db`update personal_access_tokens set last_used_at = now() - interval '2 minutes' where id = ${created.body.data.id}`;
    await p.get('/me');
    const listed = (await api(server, user.access_token).get('/personal-access-tokens')).body.data.find((t: any) => t.id === created.body.data.id);
    expect(Date.parse(listed.last_used_at)).toBeGreaterThan(Date.now() - 10_000);
  });

  it('an expired token answers 401 saying so', async () => {
    const created = await api(server, user.access_token).post('/personal-access-tokens', {
      name: 'Short-lived',
      expires_at: new Date(Date.now() + 60_000).toISOString(),
    });
    await server.svc.db`update personal_access_tokens set expires_at = now() - interval '1 second' where id = ${created.body.data.id}`;
    const res = await api(server, created.body.data.token).get('/me');
    expectError(res, 401, 'UNAUTHORIZED');
    expect(res.body.error.message).toMatch(/expired/i);
  });
});

describe('list and delete (REST)', () => {
  it('lists the caller’s unrevoked tokens newest first; revoking stops a token at once', async () => {
    const owner = await registerUser(server);
    const a = await api(server, owner.access_token).post('/personal-access-tokens', { name: 'A' });
    const b = await api(server, owner.access_token).post('/personal-access-tokens', { name: 'B' });
    const list = await api(server, owner.access_token).get('/personal-access-tokens');
    expect(list.status).toBe(200);
    expect(list.body.data.map((t: any) => t.name)).toEqual(['B', 'A']);
    expect(Object.keys(list.body.data[0]).sort()).toEqual(['created_at', 'expires_at', 'id', 'last_used_at', 'name', 'org_id', 'token_prefix']);

    expectError(await api(server, stranger.access_token).delete(`/personal-access-tokens/${a.body.data.id}`), 404, 'NOT_FOUND');
    expect((await api(server, a.body.data.token).get('/me')).status).toBe(200);

    const del = await api(server, owner.access_token).delete(`/personal-access-tokens/${a.body.data.id}`);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ data: { id: a.body.data.id, deleted: true } });
    expectError(await api(server, a.body.data.token).get('/me'), 401, 'UNAUTHORIZED');
    expectError(await api(server, owner.access_token).delete(`/personal-access-tokens/${a.body.data.id}`), 404, 'NOT_FOUND');
    expect((await api(server, owner.access_token).get('/personal-access-tokens')).body.data.map((t: any) => t.id)).toEqual([b.body.data.id]);
    expect((await api(server, b.body.data.token).get('/me')).status).toBe(200);
  });
});

describe('over MCP (authenticated with a PAT)', () => {
  it('lists and revokes tokens, cannot create them; errors come back as tool errors', async () => {
    const owner = await registerUser(server);
    const boot = await api(server, owner.access_token).post('/personal-access-tokens', { name: 'MCP client' });
    const mcp = await connectMcp(server, boot.body.data.token);
    try {
      // A PAT mints no PAT (test/pats/pat-minting.test.ts): this one comes from the session.
      const refused = await mcp.callTool({ name: 'personal_access_tokens_create', arguments: { name: 'From MCP' } });
      expect(refused.isError).toBe(true);
      expect((refused.structuredContent as any).error.code).toBe('FORBIDDEN');
      const pat = (await api(server, owner.access_token).post('/personal-access-tokens', { name: 'From MCP' })).body.data;
      expect(pat.token).toMatch(/^trcr_pat_/);

      const listed = await mcp.callTool({ name: 'personal_access_tokens_list', arguments: {} });
      expect((listed.structuredContent as any).data.map((t: any) => t.name)).toEqual(['From MCP', 'MCP client']);

      const unknown = await mcp.callTool({ name: 'personal_access_tokens_create', arguments: { label: 'x' } });
      expect((unknown.structuredContent as any).error.code).toBe('VALIDATION_ERROR');

      const deleted = await mcp.callTool({ name: 'personal_access_tokens_delete', arguments: { id: pat.id } });
      expect((deleted.structuredContent as any).data).toEqual({ id: pat.id, deleted: true });
      const again = await mcp.callTool({ name: 'personal_access_tokens_delete', arguments: { id: pat.id } });
      expect((again.structuredContent as any).error.code).toBe('NOT_FOUND');
      expectError(await api(server, pat.token).get('/me'), 401, 'UNAUTHORIZED');
    } finally {
      await mcp.close();
    }
  });
});
