/**
 * Strings PostgreSQL cannot store as text (a NUL character) or that are not Unicode (an unpaired UTF-16
 * surrogate, which JSON.parse lets through and the UTF-8 encoder would turn into U+FFFD) are a
 * VALIDATION_ERROR naming the field, by the one rule of the generated validation: for every string
 * field, query parameter and path id of every operation, over REST and WebSocket, and through
 * GraphQL variables (including a nested field's argument) and MCP arguments. Before the rule they
 * answered 500 (NUL) or were stored mangled (surrogate).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationMeta, type OperationName } from '../../generated/operations.js';
import { restRoutes } from '../../generated/rest-routes.js';
import { inputSchemas } from '../../generated/validators.js';
import { api, registerUser, type ApiClient, type RegisteredUser } from '../support/http.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient } from '../support/ws.js';

const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

let server: TestServer;
let user: RegisteredUser;
let client: ApiClient;
let projectId: string;
beforeAll(async () => {
  // Hundreds of requests: the per-minute limits are not what is tested here.
  server = await startTestServer({ rateLimitPerMinute: 100_000, wsMessagesPerMinute: 100_000 });
  user = await registerUser(server);
  client = api(server, user.access_token);
  projectId = (await client.post('/projects', { name: 'Strings' })).body.data.id;
});
afterAll(async () => {
  await server?.close();
});

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; enum?: unknown[]; format?: string };
const admitsString = (s: Schema): boolean => s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));

/** Every (operation, string field) of the catalogue, with where REST carries the field. */
function stringFields(): { op: OperationName; field: string; where: 'path' | 'query' | 'body' }[] {
  const out: { op: OperationName; field: string; where: 'path' | 'query' | 'body' }[] = [];
  for (const route of restRoutes) {
    const input = inputSchemas[route.operation];
    for (const [field, schema] of Object.entries(input.properties as Record<string, Schema>)) {
      if (!admitsString(schema)) continue;
      const inPath = (route.pathParams as readonly string[]).includes(field);
      const where = inPath ? 'path' : (route.queryParams as readonly string[]).includes(field) ? 'query' : 'body';
      out.push({ op: route.operation, field, where });
    }
  }
  return out;
}

/** The REST request putting `value` in `field` of `op` (other required fields left out: the error lists them too). */
function restRequest(
  op: OperationName,
  field: string,
  where: 'path' | 'query' | 'body',
  value: string,
): { method: string; path: string; body?: object } {
  const route = restRoutes.find((r) => r.operation === op)!;
  const idFor = (p: string): string => (p === field ? encodeURIComponent(value) : 'xyz_01jq3v8m2xg9r6h5k4t7w0c1de');
  let path = route.koaPath.replace(/:([a-z_]+)/g, (_m, p: string) => idFor(p));
  if (where === 'query') path += `?${field}=${encodeURIComponent(value)}`;
  return { method: route.method, path, ...(where === 'body' ? { body: { [field]: value } } : route.hasBody ? { body: {} } : {}) };
}

/** The error names `field` and says why. */
function expectNamed(
  error: { code: string; details?: { field?: string; fields?: string[]; errors?: { field: string; message: string }[] } },
  field: string,
  what: string,
): void {
  expect(error.code, what).toBe('VALIDATION_ERROR');
  // An enum field also reports the value is not one of its values: the text rule must be among the reasons.
  const named = (error.details?.errors ?? []).filter((e) => e.field === field).map((e) => e.message);
  expect(
    named.some((m) => /NUL characters or unpaired surrogates/.test(m)),
    `${what}: ${JSON.stringify(error)}`,
  ).toBe(true);
}

describe('the text rule over REST: every string field, query parameter and path id', () => {
  const fields = stringFields();

  it('covers the catalogue (sanity: path ids, query parameters and body fields are all there)', () => {
    expect(fields.some((f) => f.where === 'path')).toBe(true);
    expect(fields.some((f) => f.where === 'query')).toBe(true);
    expect(fields.some((f) => f.where === 'body')).toBe(true);
  });

  it.each([
    ['a NUL', NUL],
    ['an unpaired surrogate', LONE],
  ])('%s → 400 VALIDATION_ERROR naming the field, never 500', async (_what, value) => {
    for (const { op, field, where } of fields) {
      // An unpaired surrogate cannot be percent-encoded as UTF-8 (encodeURIComponent throws): a path or query
      // string carries bytes, and undecodable bytes are checked separately below.
      if (value === LONE && where !== 'body') continue;
      const req = restRequest(op, field, where, value);
      const token = operationMeta[op].auth === 'none' ? undefined : user.access_token;
      const res = await api(server, token).request(req.method, req.path, req.body);
      const what = `${req.method} ${req.path} (${op}.${field} in ${where})`;
      expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(400);
      expectNamed(res.body.error, field, what);
    }
  });

  it('POST /projects {"name":"a\\u0000b"} is refused and stores nothing; a surrogate pair (an emoji) is fine', async () => {
    const nul = await client.post('/projects', '{"name":"a\\u0000b"}');
    expect(nul.status).toBe(400);
    expect(nul.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });
    const lone = await client.post('/projects', '{"name":"a\\ud800b"}');
    expect(lone.status).toBe(400);
    expect(lone.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });
    const emoji = await client.post('/projects', { name: 'Launch 🚀' });
    expect(emoji.status).toBe(201);
    expect(emoji.body.data.name).toBe('Launch 🚀');
    const list = await client.get('/projects?per_page=100');
    expect(list.body.data.map((p: { name: string }) => p.name)).not.toContain('a\ufffdb');
  });

  it('a path or query value that is not percent-encoded UTF-8 (an encoded surrogate) is a 400, not a lookup', async () => {
    const path = await client.get('/projects/prj_%ED%A0%80');
    expect(path.status).toBe(400);
    expect(path.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'path' } });
    const org = await client.get('/projects?org_id=org_%00');
    expect(org.status).toBe(400);
    expectNamed(org.body.error, 'org_id', 'org_id in the query');
  });

  it('the login and register bodies (public operations) follow the same rule', async () => {
    const login = await api(server).post('/auth/login', { email: 'x@example.test', password: 'pass\u0000word' });
    expect(login.status).toBe(400);
    expectNamed(login.body.error, 'password', 'login password');
    const register = await api(server).post('/auth/register', { email: 'new@example.test', password: 'long enough password', name: LONE });
    expect(register.status).toBe(400);
    expectNamed(register.body.error, 'name', 'register name');
  });
});

describe('the text rule over the other interfaces', () => {
  let ws: WsClient;
  beforeAll(async () => {
    ws = await connectWs(server, user.access_token);
  });
  afterAll(async () => {
    await ws?.close();
  });

  it('WebSocket: every string field of every action → VALIDATION_ERROR naming it', async () => {
    for (const { op, field } of stringFields()) {
      if (!(operationMeta[op].transports as readonly string[]).includes('ws')) continue;
      for (const value of [NUL, LONE]) {
        const reply = await ws.request(op, { [field]: value });
        expect(reply.status, `${op}.${field} ${JSON.stringify(reply)}`).toBe('error');
        expectNamed(reply.error!, field, `${op}.${field}`);
      }
    }
    // The connection is still usable.
    expect((await ws.request('projects.get', { id: projectId })).status).toBe('ok');
  });

  it('GraphQL variables, a mutation input and a nested field argument', async () => {
    const create = await gql(server, user.access_token, 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: { name: NUL },
    });
    expect(create.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'name' } });
    const get = await gql(server, user.access_token, 'query($id: ID!) { project(id: $id) { id } }', { id: `prj_${LONE}` });
    expect(get.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'id' } });
    // Project.tasks(status:) reaches SQL through no operation of its own: it is tasks.list's filter.
    const nested = await gql(server, user.access_token, 'query($id: ID!, $s: String) { project(id: $id) { tasks(status: $s) { data { id } } } }', {
      id: projectId,
      s: NUL,
    });
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'status' } });
    const fine = await gql(server, user.access_token, 'query($id: ID!) { project(id: $id) { tasks(status: "open") { data { id } } } }', {
      id: projectId,
    });
    expect(fine.body.errors).toBeUndefined();
  });

  it('MCP tool arguments → isError VALIDATION_ERROR naming the field', async () => {
    const mcp = await connectMcp(server, user.access_token);
    try {
      for (const [tool, args, field] of [
        ['projects_create', { name: NUL }, 'name'],
        ['projects_get', { id: `prj_${LONE}` }, 'id'],
        ['tasks_create', { project_id: projectId, title: 'ok', description: NUL }, 'description'],
      ] as const) {
        const res = await mcp.callTool({ name: tool, arguments: args });
        expect(res.isError, tool).toBe(true);
        const body = (res.structuredContent ?? JSON.parse((res.content as { text: string }[])[0]!.text)) as {
          error: Parameters<typeof expectNamed>[0];
        };
        expectNamed(body.error, field, tool);
      }
    } finally {
      await mcp.close();
    }
  });
});
