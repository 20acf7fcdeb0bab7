/** One log line per HTTP request: request id (= X-Request-Id), method, path without query, status, duration. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest, registerUser } from '../support/http.js';
import { startLoggedServer, unusedPort, type LoggedServer } from './support.js';

let server: LoggedServer;

beforeAll(async () => {
  server = await startLoggedServer();
});
afterAll(async () => {
  await server?.close();
});

/** Sends a request and returns its X-Request-Id with the one log line written for it. */
async function logged(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await httpRequest(method, `${server.url}${path}`, body, headers);
  const id = res.headers.get('x-request-id');
  expect(id).toBeTruthy();
  const lines = await server.requestLines(id!);
  expect(lines).toHaveLength(1);
  return { res, line: lines[0]! };
}

describe('request log', () => {
  it('an API call: request id, method, path, status, duration; info level', async () => {
    const { res, line } = await logged('GET', '/api/v1/me');
    expect(res.status).toBe(401);
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'GET', path: '/api/v1/me', status: 401 });
    expect(line.request_id).toMatch(/^req_/);
    expect(typeof line.duration_ms).toBe('number');
    expect(line.duration_ms as number).toBeGreaterThanOrEqual(0);
    expect(line.duration_ms as number).toBeLessThan(10_000);
  });

  it("keeps the client's well-formed X-Request-Id", async () => {
    const { res, line } = await logged('GET', '/healthz', { 'x-request-id': 'client-chosen-42' });
    expect(res.headers.get('x-request-id')).toBe('client-chosen-42');
    expect(line).toMatchObject({ request_id: 'client-chosen-42', path: '/healthz', status: 200 });
  });

  it('every request has one: docs, root, readiness, the relay, unknown paths', async () => {
    for (const [path, status] of [
      ['/docs', 200],
      ['/', 200],
      ['/readyz', 200],
      ['/health', 200],
      ['/nope', 404],
    ] as const) {
      const { res, line } = await logged('GET', path);
      expect(res.status).toBe(status);
      expect(line).toMatchObject({ method: 'GET', path, status });
    }
  });

  it('never logs the query string, headers or bodies', async () => {
    const user = await registerUser(server);
    const before = server.lines.length;
    const { line } = await logged('GET', '/api/v1/projects?token=s3cr3t-in-query&per_page=5', { authorization: `Bearer ${user.access_token}` });
    expect(line).toMatchObject({ path: '/api/v1/projects', status: 400 }); // unknown query parameter `token`
    await logged('POST', '/api/v1/auth/login', {}, { email: user.email, password: user.password });
    const written = JSON.stringify(server.lines.slice(before));
    expect(written).not.toContain('s3cr3t-in-query');
    expect(written).not.toContain(user.access_token);
    expect(written).not.toContain(user.password);
    expect(Object.keys(line).sort()).toEqual(['duration_ms', 'instance', 'level', 'method', 'msg', 'path', 'request_id', 'status', 'time']);
  });

  it('masks the relay codes that are secrets in their own right', async () => {
    const { line } = await logged('GET', '/api/teams/clone/secret-clone-token');
    expect(line.path).toBe('/api/teams/clone/:clone_token');
  });

  it('MCP, which writes its response raw, is logged once with its status', async () => {
    const { line } = await logged('POST', '/mcp', { accept: 'application/json, text/event-stream' }, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(line).toMatchObject({ method: 'POST', path: '/mcp', status: 401 });
  });
});

describe('5xx answers', () => {
  it('are logged at warn', async () => {
    const srv = await startLoggedServer({ redisUrl: `redis://127.0.0.1:${await unusedPort()}` });
    try {
      const res = await httpRequest('GET', `${srv.url}/readyz`);
      expect(res.status).toBe(503);
      const [line] = await srv.requestLines(res.headers.get('x-request-id')!);
      expect(line).toMatchObject({ level: 'warn', msg: 'request', path: '/readyz', status: 503 });
    } finally {
      await srv.close();
    }
  });
});
