/** The per-user API limit: X-RateLimit-* on every answer, 429 with Retry-After, one budget for REST, GraphQL and MCP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, httpRequest, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LIMIT = 5;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: LIMIT });
});
afterAll(async () => {
  await server?.close();
});

/** Registering costs one anonymous (per-IP) request; the user's own budget starts full. */
async function freshUser(): Promise<string> {
  await server.svc.limiter.reset('ip:127.0.0.1');
  await server.svc.limiter.reset('ip:::ffff:127.0.0.1');
  return (await registerUser(server)).access_token;
}

describe('rate limit', () => {
  it('every answer carries X-RateLimit-*; over the limit → 429 RATE_LIMIT_EXCEEDED with Retry-After', async () => {
    const token = await freshUser();
    const client = api(server, token);
    let previousReset = 60;
    for (let i = 1; i <= LIMIT; i++) {
      const res = await client.get('/me');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe(String(LIMIT));
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - i));
      // Seconds until the 60 s window resets (a whole number, not a timestamp), counting down.
      const resetHeader = res.headers.get('x-ratelimit-reset')!;
      expect(resetHeader).toMatch(/^\d+$/);
      const reset = Number(resetHeader);
      expect(reset).toBeGreaterThanOrEqual(0);
      expect(reset).toBeLessThanOrEqual(previousReset);
      previousReset = reset;
    }
    // The window began with this user's first request, a moment ago.
    expect(previousReset).toBeGreaterThanOrEqual(50);
    const over = await client.get('/me');
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
    // Retry-After and X-RateLimit-Reset name the same moment.
    expect(Math.abs(retryAfter - Number(over.headers.get('x-ratelimit-reset')))).toBeLessThanOrEqual(1);
    // Errors count and carry the headers too.
    const notFound = await client.get('/nope');
    expect(notFound.status).toBe(429);
  });

  it('REST, GraphQL and MCP share one budget per user', async () => {
    const token = await freshUser();
    const auth = { authorization: `Bearer ${token}` };
    await api(server, token).get('/me'); // 1
    await api(server, token).get('/me'); // 2
    const gql = await httpRequest('POST', `${server.url}/graphql`, { query: '{ __typename }' }, auth); // 3
    expect(gql.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 3));
    const mcpBody = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
    const mcpHeaders = { ...auth, accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' };
    const mcp = await httpRequest('POST', server.mcpUrl, mcpBody, mcpHeaders); // 4
    expect(mcp.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 4));
    await api(server, token).get('/me'); // 5

    const restOver = await api(server, token).get('/me');
    expect(restOver.status).toBe(429);
    const gqlOver = await httpRequest('POST', `${server.url}/graphql`, { query: '{ __typename }' }, auth);
    expect(gqlOver.status).toBe(429);
    expect(gqlOver.headers.get('retry-after')).toBeTruthy();
    expect(gqlOver.body.errors[0].extensions.code).toBe('RATE_LIMIT_EXCEEDED');
    const mcpOver = await httpRequest('POST', server.mcpUrl, mcpBody, mcpHeaders);
    expect(mcpOver.status).toBe(429);
    expect(mcpOver.headers.get('retry-after')).toBeTruthy();
    expect(mcpOver.body).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'RATE_LIMIT_EXCEEDED' } } });
  });

  it('anonymous callers are limited per IP', async () => {
    await server.svc.limiter.reset('ip:127.0.0.1');
    await server.svc.limiter.reset('ip:::ffff:127.0.0.1');
    let last = 0;
    for (let i = 0; i <= LIMIT; i++)
      last = (await api(server).post('/auth/login', { email: 'nobody@example.test', password: 'wrong-password' })).status;
    expect(last).toBe(429);
  });
});

describe('anonymous callers behind a proxy', () => {
  it('are counted per X-Forwarded-For client only when TRUST_PROXY is on', async () => {
    const trusting = await startTestServer({ rateLimitPerMinute: 2, trustProxy: true });
    const plain = await startTestServer({ rateLimitPerMinute: 2 });
    try {
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      const remaining = async (srv: TestServer, ip: string) =>
        (await httpRequest('GET', `${srv.url}/api/v1/me`, undefined, from(ip))).headers.get('x-ratelimit-remaining');
      // Trusted: each forwarded client has its own budget.
      expect(await remaining(trusting, '203.0.113.1')).toBe('1');
      expect(await remaining(trusting, '203.0.113.2')).toBe('1');
      // Not trusted: the header is ignored and both count against the proxy's (socket's) address.
      expect(await remaining(plain, '203.0.113.1')).toBe('1');
      expect(await remaining(plain, '203.0.113.2')).toBe('0');
    } finally {
      await trusting.close();
      await plain.close();
    }
  });
});
