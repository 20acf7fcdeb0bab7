/**
 * Issue 8 item 13: revoking a session reaches its live credentials on every instance. After logout,
 * detected refresh-token reuse or a password reset, the session's access tokens are refused from the
 * next request on (REST, GraphQL, MCP; on another instance sharing Redis too, and on an instance started
 * later), and its open /ws and graphql-ws sockets are closed with 4011 (Session ended). Sockets also
 * close when the access token they were opened with expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_CLOSE } from '../../generated/ws-actions.js';
import { signAccessToken } from '../../src/platform/crypto.js';
import { mailsTo } from '../members/support.js';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, openWs } from '../support/ws.js';
import { closedWithin, openGqlSocket } from './gql-socket.js';

let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  a = await startTestServer({ rateLimitPerMinute: 10_000 });
  // A second instance of the same deployment (same database and Redis): it learns of revocations through the bus.
  b = await startTestServer({ rateLimitPerMinute: 10_000 }, { shareWith: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const SESSION_ENDED = WS_CLOSE.sessionEnded.code;
const meStatus = async (server: TestServer, token: string): Promise<number> => (await api(server, token).get('/me')).status;

async function login(server: TestServer, user: RegisteredUser): Promise<{ access_token: string; refresh_token: string }> {
  const res = await api(server).post('/auth/login', { email: user.email, password: user.password });
  expect(res.status).toBe(200);
  return res.body;
}

describe('logout', () => {
  it('refuses the access token on the next request on both instances and closes its sockets with 4011', async () => {
    const user = await registerUser(a);
    const session = await login(a, user);
    expect(await meStatus(a, session.access_token)).toBe(200);
    expect(await meStatus(b, session.access_token)).toBe(200);
    const wsOnB = await connectWs(b, session.access_token);
    const gqlOnA = await openGqlSocket(a, session.access_token);
    const gqlOnB = await openGqlSocket(b, session.access_token);
    // Another session of the same user is not affected.
    const otherWs = await connectWs(a, user.access_token);
    const mcp = await connectMcp(b, session.access_token);
    expect((await mcp.callTool({ name: 'users_me', arguments: {} })).isError).toBeFalsy();

    const out = await api(a).post('/auth/logout', { refresh_token: session.refresh_token });
    expect(out.status).toBe(200);

    for (const server of [a, b]) {
      const res = await api(server, session.access_token).get('/me');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
      const g = await gql(server, session.access_token, '{ me { id } }');
      expect(g.body.errors[0].extensions.code).toBe('UNAUTHORIZED');
    }
    // An MCP client connected before the logout: its next call is refused.
    await expect(mcp.callTool({ name: 'users_me', arguments: {} })).rejects.toThrow(/401|Unauthorized|session has ended/i);
    expect((await closedWithin(wsOnB.closed, 5000))?.code).toBe(SESSION_ENDED);
    expect((await closedWithin(gqlOnA.closed, 5000))?.code).toBe(SESSION_ENDED);
    expect((await closedWithin(gqlOnB.closed, 5000))?.code).toBe(SESSION_ENDED);

    expect(await meStatus(a, user.access_token)).toBe(200);
    expect((await otherWs.request('users.me')).status).toBe('ok');
    await otherWs.close();
    await mcp.close().catch(() => {});
  });

  it('a ticket issued before the logout no longer opens a connection', async () => {
    const user = await registerUser(a);
    const ticket = (await api(a, user.access_token).post('/auth/ws-ticket')).body.ticket as string;
    await api(a).post('/auth/logout', { refresh_token: user.refresh_token });
    const ws = await openWs(b);
    const reply = await ws.request('authenticate', { ticket });
    expect(reply.status).toBe('error');
    expect(reply.error?.code).toBe('UNAUTHORIZED');
    await ws.closed;
  });

  it('an instance started after the logout refuses the token from its first request', async () => {
    const user = await registerUser(a);
    await api(a).post('/auth/logout', { refresh_token: user.refresh_token });
    const c = await startTestServer({ rateLimitPerMinute: 10_000 }, { shareWith: a });
    try {
      expect(await meStatus(c, user.access_token)).toBe(401);
    } finally {
      await c.close();
    }
  });
});

describe('family revocation and password reset', () => {
  it('reuse of a rotated refresh token (after the grace window) ends the access tokens of the whole family', async () => {
    const user = await registerUser(a);
    const first = await api(a).post('/auth/refresh', { refresh_token: user.refresh_token });
    expect(first.status).toBe(200);
    const ws = await connectWs(b, first.body.access_token);
    await a.svc
      .db`update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where user_id = ${user.user.id} and rotated_at is not null`;
    expect((await api(b).post('/auth/refresh', { refresh_token: user.refresh_token })).status).toBe(401);
    for (const token of [user.access_token, first.body.access_token]) {
      expect(await meStatus(a, token)).toBe(401);
      expect(await meStatus(b, token)).toBe(401);
    }
    expect((await closedWithin(ws.closed, 5000))?.code).toBe(SESSION_ENDED);
  });

  it('a password reset ends every session of the user', async () => {
    const user = await registerUser(a);
    const second = await login(b, user);
    const gqlSocket = await openGqlSocket(b, second.access_token);
    await api(a).post('/auth/forgot-password', { email: user.email });
    const mail = (await mailsTo(a, user.email, 'password_reset')).at(-1)!;
    const token = /\bprt_[A-Za-z0-9_-]+/.exec(mail.body_text)![0];
    expect((await api(b).post('/auth/reset-password', { token, password: 'a brand new password' })).status).toBe(200);
    for (const t of [user.access_token, second.access_token]) {
      expect(await meStatus(a, t)).toBe(401);
      expect(await meStatus(b, t)).toBe(401);
    }
    expect((await closedWithin(gqlSocket.closed, 5000))?.code).toBe(SESSION_ENDED);
  });
});

describe('expiry', () => {
  it('/ws and graphql-ws connections close with 4011 when their access token expires', async () => {
    const user = await registerUser(a);
    const claims = JSON.parse(Buffer.from(user.access_token.split('.')[1]!, 'base64url').toString()) as { sub: string; sid: string };
    const shortLived = await signAccessToken(a.svc.config, { sub: claims.sub, sid: claims.sid }, { ttlSeconds: 3 });
    const ws = await connectWs(a, shortLived);
    const g = await openGqlSocket(b, shortLived);
    const started = Date.now();
    expect((await closedWithin(ws.closed, 10_000))?.code).toBe(SESSION_ENDED);
    expect((await closedWithin(g.closed, 10_000))?.code).toBe(SESSION_ENDED);
    // Not before the token's exp (3 s; JWT times are whole seconds).
    expect(Date.now() - started).toBeGreaterThan(1000);
  });
});
