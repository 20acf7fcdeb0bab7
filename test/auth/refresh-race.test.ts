/**
 * Issue 8 item 12: two parallel refreshes with the same token (two tabs, a retried request) both get a
 * working pair of the same session within the grace window (`refreshReuseGraceSeconds`, default 10 s;
 * 2 s here); presenting the rotated token after the window is still treated as theft and revokes the session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { api, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const GRACE_SECONDS = 2;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000, refreshReuseGraceSeconds: GRACE_SECONDS });
});
afterAll(async () => {
  await server?.close();
});

const refreshRest = (token: string) => api(server).post('/auth/refresh', { refresh_token: token });
const refreshGql = (token: string) =>
  gql(server, undefined, 'mutation($t: String!) { refreshToken(input: { refresh_token: $t }) { access_token refresh_token } }', { t: token });
const meStatus = async (access: string): Promise<number> => (await api(server, access).get('/me')).status;

describe('refresh race (REST)', () => {
  it('two parallel refreshes with one token both succeed, and both pairs work', async () => {
    const user = await registerUser(server);
    const [a, b] = await Promise.all([refreshRest(user.refresh_token), refreshRest(user.refresh_token)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refresh_token).not.toBe(b.body.refresh_token);
    expect(await meStatus(a.body.access_token)).toBe(200);
    expect(await meStatus(b.body.access_token)).toBe(200);
    // Each new refresh token rotates normally once more.
    const [a2, b2] = await Promise.all([refreshRest(a.body.refresh_token), refreshRest(b.body.refresh_token)]);
    expect([a2.status, b2.status]).toEqual([200, 200]);
    expect(await meStatus(a2.body.access_token)).toBe(200);
  });

  it('reuse after the grace window revokes the whole session', async () => {
    const user = await registerUser(server);
    const first = await refreshRest(user.refresh_token);
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, GRACE_SECONDS * 1000 + 600));
    const reuse = await refreshRest(user.refresh_token);
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('UNAUTHORIZED');
    // The winner's refresh token belongs to the revoked family now.
    expect((await refreshRest(first.body.refresh_token)).status).toBe(401);
  });
});

describe('refresh race (GraphQL)', () => {
  it('two parallel refreshToken mutations both answer a working pair', async () => {
    const user = await registerUser(server);
    const results = await Promise.all([refreshGql(user.refresh_token), refreshGql(user.refresh_token), refreshGql(user.refresh_token)]);
    for (const r of results) {
      expect(r.body.errors).toBeUndefined();
      expect(await meStatus(r.body.data.refreshToken.access_token)).toBe(200);
      expect((await refreshGql(r.body.data.refreshToken.refresh_token)).body.errors).toBeUndefined();
    }
  });
});
