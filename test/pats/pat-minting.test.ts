/**
 * Issue 8 item 11: a personal access token cannot mint credentials that outlive or outreach it. A call
 * made with a PAT cannot create PATs (FORBIDDEN on REST, GraphQL and MCP) nor get a WS ticket, and a
 * graphql-ws connection opened with a PAT ends (4011) when the PAT is revoked, on every instance, or expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_CLOSE } from '../../generated/ws-actions.js';
import { closedWithin, openGqlSocket } from '../auth/gql-socket.js';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { startTestServer, type TestServer } from '../support/server.js';

let a: TestServer;
let b: TestServer;
let user: RegisteredUser;

beforeAll(async () => {
  a = await startTestServer({ rateLimitPerMinute: 10_000 });
  b = await startTestServer({ rateLimitPerMinute: 10_000 }, { shareWith: a });
  user = await registerUser(a);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

async function createPat(expiresInSeconds: number): Promise<{ id: string; token: string }> {
  const expires_at = new Date(Date.now() + expiresInSeconds * 1000).toISOString();
  const res = await api(a, user.access_token).post('/personal-access-tokens', { name: 'short', expires_at });
  expect(res.status).toBe(201);
  return res.body.data;
}

describe('a PAT cannot mint credentials', () => {
  it('REST: creating a PAT with a PAT is FORBIDDEN; no token was created', async () => {
    const pat = await createPat(3600);
    const res = await api(a, pat.token).post('/personal-access-tokens', { name: 'child' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    const list = await api(a, user.access_token).get('/personal-access-tokens');
    expect(list.body.data.map((p: { name: string }) => p.name)).not.toContain('child');
  });

  it('GraphQL and MCP: the same FORBIDDEN', async () => {
    const pat = await createPat(3600);
    const g = await gql(b, pat.token, 'mutation { createPersonalAccessToken(input: { name: "child" }) { token } }');
    expect(g.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const mcp = await connectMcp(a, pat.token);
    try {
      const res = await mcp.callTool({ name: 'personal_access_tokens_create', arguments: { name: 'child' } });
      expect(res.isError).toBe(true);
      expect(res.structuredContent).toMatchObject({ error: { code: 'FORBIDDEN' } });
    } finally {
      await mcp.close();
    }
  });

  it('a PAT cannot get a WebSocket ticket', async () => {
    const pat = await createPat(3600);
    const res = await api(a, pat.token).post('/auth/ws-ticket');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('an access token still creates PATs', async () => {
    const res = await api(b, user.access_token).post('/personal-access-tokens', { name: 'from a session' });
    expect(res.status).toBe(201);
  });
});

describe('sessions opened with a PAT end with it', () => {
  it('revoking the PAT closes its graphql-ws connections on every instance (4011) and refuses its next call', async () => {
    const pat = await createPat(3600);
    const onA = await openGqlSocket(a, pat.token);
    const onB = await openGqlSocket(b, pat.token);
    const mcp = await connectMcp(b, pat.token);
    expect((await api(a, user.access_token).delete(`/personal-access-tokens/${pat.id}`)).status).toBe(200);
    expect((await closedWithin(onA.closed, 5000))?.code).toBe(WS_CLOSE.sessionEnded.code);
    expect((await closedWithin(onB.closed, 5000))?.code).toBe(WS_CLOSE.sessionEnded.code);
    await expect(mcp.callTool({ name: 'users_me', arguments: {} })).rejects.toThrow();
    await mcp.close().catch(() => {});
    expect((await api(b, pat.token).get('/me')).status).toBe(401);
  });

  it('a graphql-ws connection opened with a PAT closes when the PAT expires (4011)', async () => {
    const pat = await createPat(3);
    const socket = await openGqlSocket(b, pat.token);
    expect((await closedWithin(socket.closed, 10_000))?.code).toBe(WS_CLOSE.sessionEnded.code);
  });
});
