/**
 * Item 8 of issue 8 (MCP): every JSON-RPC message of a batch counts toward the per-user API limit.
 * A server with a limit of 10 calls per minute stands in for the documented 100.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LIMIT = 10;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: LIMIT });
});
afterAll(async () => {
  await server?.close();
});

/** `n` tools/call messages creating projects named `<prefix> <i>`, ids `<prefix>-<i>`. */
function createBatch(prefix: string, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    jsonrpc: '2.0',
    id: `${prefix}-${i}`,
    method: 'tools/call',
    params: { name: 'projects_create', arguments: { name: `${prefix} ${i}` } },
  }));
}

/** POST /mcp with a JSON-RPC body; the answer's messages (JSON or SSE `data:` lines) by id. */
async function postMcp(token: string, body: unknown): Promise<{ status: number; headers: Headers; byId: Map<unknown, any>; raw: unknown }> {
  const res = await httpRequest('POST', server.mcpUrl, body, {
    authorization: `Bearer ${token}`,
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-06-18',
  });
  let messages: any[] = [];
  if (typeof res.body === 'string') {
    messages = res.body
      .split('\n')
      .filter((l) => l.startsWith('data:'))
      .map((l) => JSON.parse(l.slice(5)));
  } else if (Array.isArray(res.body)) {
    messages = res.body;
  } else if (res.body) {
    messages = [res.body];
  }
  return { status: res.status, headers: res.headers, byId: new Map(messages.map((m) => [m.id, m])), raw: res.body };
}

async function projectNames(user: RegisteredUser, prefix: string): Promise<string[]> {
  const rows = await server.svc.db<{ name: string }[]>`select name from projects where org_id = ${user.orgId} and name like ${prefix + ' %'}`;
  return rows.map((r) => r.name).sort();
}

describe('an MCP batch costs one call per message', () => {
  it('a batch of 6 creates costs 6; the next batch of 6 runs 4 and refuses 2 without creating them; then the whole request is 429', async () => {
    const user = await registerUser(server);

    const first = await postMcp(user.access_token, createBatch('a', 6));
    expect(first.status).toBe(200);
    for (let i = 0; i < 6; i++) expect(first.byId.get(`a-${i}`)?.result?.isError).toBeFalsy();
    expect(first.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 6));
    expect(await projectNames(user, 'a')).toHaveLength(6);

    const second = await postMcp(user.access_token, createBatch('b', 6));
    expect(second.status).toBe(200);
    expect(second.headers.get('x-ratelimit-remaining')).toBe('0');
    for (let i = 0; i < 4; i++) expect(second.byId.get(`b-${i}`)?.result?.isError).toBeFalsy();
    for (let i = 4; i < 6; i++) {
      expect(second.byId.get(`b-${i}`)?.error).toMatchObject({ code: -32000, data: { code: 'RATE_LIMIT_EXCEEDED' } });
    }
    expect(await projectNames(user, 'b')).toEqual(['b 0', 'b 1', 'b 2', 'b 3']);

    const third = await postMcp(user.access_token, createBatch('c', 3));
    expect(third.status).toBe(429);
    expect(third.raw).toMatchObject({ error: { data: { code: 'RATE_LIMIT_EXCEEDED' } } });
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await projectNames(user, 'c')).toEqual([]);
  });

  it('a single message still costs one call', async () => {
    const user = await registerUser(server);
    const one = await postMcp(user.access_token, createBatch('s', 1)[0]);
    expect(one.status).toBe(200);
    expect(one.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 1));
  });

  it('a body that is not JSON answers the JSON-RPC parse error', async () => {
    const user = await registerUser(server);
    const res = await postMcp(user.access_token, '{not json');
    expect(res.status).toBe(400);
    expect(res.raw).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 } });
  });
});
