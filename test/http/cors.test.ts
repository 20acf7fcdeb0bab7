/** CORS on /api/v1, /graphql, /api/v1/graphql and /mcp: CORS_ORIGINS allow-list, preflights, exposed headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, httpRequest, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const APP = 'https://app.example.com';
const DEV = 'http://localhost:5173';
const EVIL = 'https://evil.example';

let server: TestServer; // CORS_ORIGINS=https://app.example.com,http://localhost:*
let plain: TestServer; // no CORS_ORIGINS
let user: RegisteredUser;

beforeAll(async () => {
  [server, plain] = await Promise.all([
    // The MCP list alone would refuse APP: a CORS origin must pass /mcp's Origin check too.
    startTestServer({ corsOrigins: [APP, 'http://localhost:*'], mcpAllowedOrigins: ['http://127.0.0.1:*'] }),
    startTestServer(),
  ]);
  user = await registerUser(server);
});
afterAll(async () => {
  await server?.close();
  await plain?.close();
});

function preflight(base: string, path: string, origin: string, method = 'POST', headers = 'authorization, content-type') {
  return httpRequest('OPTIONS', `${base}${path}`, undefined, {
    origin,
    'access-control-request-method': method,
    'access-control-request-headers': headers,
  });
}

const corsHeaders = (h: Headers): string[] => [...h.keys()].filter((k) => k.startsWith('access-control-'));
const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

async function resetAnonymousBudget(srv: TestServer): Promise<void> {
  await srv.svc.limiter.reset('ip:127.0.0.1');
  await srv.svc.limiter.reset('ip:::ffff:127.0.0.1');
}

describe('preflight from an allowed origin', () => {
  it.each(['/api/v1/projects', '/graphql', '/api/v1/graphql', '/mcp'])('%s → 204 with the allow headers', async (path) => {
    const res = await preflight(server.url, path, APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(list(res.headers.get('access-control-allow-methods'))).toContain('post');
    expect(list(res.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-org-id', 'x-request-id']),
    );
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(list(res.headers.get('vary'))).toContain('origin');
    // No auth needed, no rate-limit point spent.
    expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('REST allows its methods; MCP allows the Streamable HTTP headers', async () => {
    const rest = await preflight(server.url, '/api/v1/projects/prj_x', APP, 'PATCH');
    expect(list(rest.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']));
    const mcp = await preflight(server.url, '/mcp', APP, 'POST', 'authorization, content-type, mcp-session-id, mcp-protocol-version');
    expect(list(mcp.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining(['mcp-session-id', 'mcp-protocol-version', 'last-event-id', 'authorization']),
    );
    expect(list(mcp.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'delete']));
  });

  it('`scheme://host:*` entries allow that host on any port; the answer names the origin, never *', async () => {
    const res = await preflight(server.url, '/api/v1/me', DEV, 'GET');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DEV);
  });

  it('preflights do not count against the rate limit', async () => {
    await resetAnonymousBudget(server);
    for (let i = 0; i < 5; i++) expect((await preflight(server.url, '/api/v1/me', APP, 'GET')).status).toBe(204);
    const real = await api(server).get('/me');
    expect(real.headers.get('x-ratelimit-remaining')).toBe(String(server.svc.config.rateLimitPerMinute - 1));
  });
});

describe('preflight from an origin not allowed', () => {
  it.each(['/api/v1/projects', '/graphql', '/mcp'])('%s → no Access-Control-Allow-* header', async (path) => {
    const res = await preflight(server.url, path, EVIL);
    expect(res.status).toBe(204);
    expect(corsHeaders(res.headers)).toEqual([]);
    expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
  });

  it('without CORS_ORIGINS no origin gets CORS headers, on preflights or requests', async () => {
    for (const origin of [APP, DEV, EVIL]) {
      const pre = await preflight(plain.url, '/api/v1/projects', origin);
      expect(pre.status).toBe(204);
      expect(corsHeaders(pre.headers)).toEqual([]);
      const get = await api(plain).get('/me', { origin });
      expect(get.status).toBe(401);
      expect(corsHeaders(get.headers)).toEqual([]);
    }
  });
});

describe('cross-origin requests', () => {
  it('an allowed origin gets Access-Control-Allow-Origin and the exposed headers', async () => {
    const res = await api(server, user.access_token).get('/me', { origin: APP });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(list(res.headers.get('access-control-expose-headers'))).toEqual(
      expect.arrayContaining(['x-request-id', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after']),
    );
    expect(list(res.headers.get('vary'))).toContain('origin');
    const reset = Number(res.headers.get('x-ratelimit-reset'));
    expect(Number.isInteger(reset) && reset >= 0 && reset <= 60).toBe(true);
  });

  it('errors carry the CORS headers too, so the browser can read them', async () => {
    const res = await api(server).get('/me', { origin: APP });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('GraphQL answers an allowed origin with the CORS headers', async () => {
    const res = await httpRequest(
      'POST',
      `${server.url}/graphql`,
      { query: '{ me { id } }' },
      { authorization: `Bearer ${user.access_token}`, origin: APP },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.me.id).toBe(user.user.id);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('an origin not allowed gets no CORS headers (the request itself is answered as usual)', async () => {
    const res = await api(server, user.access_token).get('/me', { origin: EVIL });
    expect(res.status).toBe(200);
    expect(corsHeaders(res.headers)).toEqual([]);
  });

  it('/mcp: a CORS origin passes the MCP Origin check and gets the CORS headers; others are still refused', async () => {
    const body = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
    const headers = {
      authorization: `Bearer ${user.access_token}`,
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    };
    const ok = await httpRequest('POST', server.mcpUrl, body, { ...headers, origin: APP });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
    expect(list(ok.headers.get('access-control-expose-headers'))).toContain('mcp-session-id');
    const refused = await httpRequest('POST', server.mcpUrl, body, { ...headers, origin: EVIL });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { data: { code: 'FORBIDDEN' } } });
    expect(corsHeaders(refused.headers)).toEqual([]);
  });
});

describe('outside the API mounts', () => {
  it('the team relay keeps its own OPTIONS answer', async () => {
    const res = await preflight(server.url, '/api/teams', APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('/healthz gets no CORS headers', async () => {
    const res = await httpRequest('GET', `${server.url}/healthz`, undefined, { origin: APP });
    expect(res.status).toBe(200);
    expect(corsHeaders(res.headers)).toEqual([]);
  });
});
