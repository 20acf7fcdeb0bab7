/** MCP over Streamable HTTP: the tool catalogue, calls through the shared domain, auth and Origin guards. */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpTools } from '../../generated/mcp-tools.js';
import { connectMcp } from '../support/mcp.js';
import { api, httpRequest, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs } from '../support/ws.js';

let server: TestServer;
let user: RegisteredUser;
let client: Client;
let projectId: string;

beforeAll(async () => {
  server = await startTestServer();
  user = await registerUser(server);
  client = await connectMcp(server, user.access_token);
  projectId = (await api(server, user.access_token).post('/projects', { name: 'MCP' })).body.data.id;
});
afterAll(async () => {
  await client?.close();
  await server?.close();
});

/** A raw JSON-RPC POST to /mcp (no SDK client), for the guards the client would hide. */
function rawMcp(headers: Record<string, string>) {
  const body = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
  return httpRequest('POST', server.mcpUrl, body, {
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-06-18',
    ...headers,
  });
}

describe('tools/list', () => {
  it('lists one tool per catalogue entry with its input schema and annotations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(mcpTools.map((t) => t.name).sort());
    for (const def of mcpTools) {
      const tool = tools.find((t) => t.name === def.name)!;
      expect(tool.name).toBe(def.operation.replace(/\./g, '_'));
      expect(tool.description).toBe(def.description);
      expect(tool.inputSchema).toEqual(def.inputSchema);
      expect(tool.annotations).toMatchObject(def.annotations);
    }
    expect(tools.map((t) => t.name)).toContain('tasks_create');
  });
});

describe('tools/call', () => {
  it('runs the operation: the REST body as structuredContent and as JSON text', async () => {
    const res = await client.callTool({ name: 'tasks_create', arguments: { title: 'From MCP', project_id: projectId } });
    expect(res.isError).toBeFalsy();
    const body = res.structuredContent as { data: { id: string; title: string } };
    expect(body.data).toMatchObject({ title: 'From MCP', project_id: projectId });
    const text = (res.content as { type: string; text: string }[])[0]!;
    expect(text.type).toBe('text');
    expect(JSON.parse(text.text)).toEqual(body);
    // The same entity REST sees.
    const rest = await api(server, user.access_token).get(`/tasks/${body.data.id}`);
    expect(rest.body.data).toEqual(body.data);
  });

  it('a domain error comes back as isError with the error code', async () => {
    const res = await client.callTool({ name: 'projects_get', arguments: { id: 'prj_01jq3v8m2xg9r6h5k4t7w0c1de' } });
    expect(res.isError).toBe(true);
    expect(res.structuredContent).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(JSON.parse((res.content as { text: string }[])[0]!.text)).toEqual(res.structuredContent);
  });

  it('invalid arguments come back as our VALIDATION_ERROR naming the field', async () => {
    const missing = await client.callTool({ name: 'tasks_create', arguments: { project_id: projectId } });
    expect(missing.isError).toBe(true);
    expect(missing.structuredContent).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: { field: 'title' } } });
    const wrongType = await client.callTool({ name: 'tasks_create', arguments: { title: 5, project_id: projectId } });
    expect(wrongType.structuredContent).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: { field: 'title' } } });
    const unknown = await client.callTool({ name: 'tasks_create', arguments: { title: 'x', project_id: projectId, colour: 'red' } });
    expect(unknown.structuredContent).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: { field: 'colour' } } });
  });

  it('an unknown tool is a protocol error', async () => {
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toThrow(/Unknown tool/);
  });
});

describe('guards in front of the SDK', () => {
  it('no token → 401 with WWW-Authenticate: Bearer and a JSON error', async () => {
    const res = await rawMcp({});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'UNAUTHORIZED' } } });
  });

  it('an invalid token → 401', async () => {
    const res = await rawMcp({ authorization: 'Bearer trcr_pat_nope' });
    expect(res.status).toBe(401);
    await expect(connectMcp(server, 'forged.jwt.token')).rejects.toThrow();
  });

  it('an Origin not in the allow-list → 403; an allowed one passes', async () => {
    const auth = { authorization: `Bearer ${user.access_token}` };
    const bad = await rawMcp({ ...auth, origin: 'https://evil.example' });
    expect(bad.status).toBe(403);
    expect(bad.body).toMatchObject({ error: { data: { code: 'FORBIDDEN' } } });
    const good = await rawMcp({ ...auth, origin: 'http://localhost:5173' });
    expect(good.status).toBe(200);
  });

  it('a body over 1 MB → 413 PAYLOAD_TOO_LARGE', async () => {
    const body = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: { pad: 'a'.repeat(1024 * 1024) } };
    const res = await httpRequest('POST', server.mcpUrl, body, {
      authorization: `Bearer ${user.access_token}`,
      accept: 'application/json, text/event-stream',
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  it('a personal access token authenticates and acts in its organization', async () => {
    const pat = await api(server, user.access_token).post('/personal-access-tokens', { name: 'assistant' });
    expect(pat.status).toBe(201);
    const token = pat.body.data.token as string;
    expect(token).toMatch(/^trcr_pat_/);
    const patClient = await connectMcp(server, token);
    try {
      const res = await patClient.callTool({ name: 'projects_list', arguments: {} });
      expect(res.isError).toBeFalsy();
      const ids = (res.structuredContent as { data: { id: string }[] }).data.map((p) => p.id);
      expect(ids).toContain(projectId);
    } finally {
      await patClient.close();
    }
  });
});

describe('events', () => {
  it('tasks_create over MCP publishes the same EntityChanged a REST create does', async () => {
    const ws = await connectWs(server, user.access_token);
    try {
      const isTaskCreated = (title: string) => (e: { event: string; data: any }) =>
        e.event === 'EntityChanged' && e.data.entity_type === 'task' && e.data.action === 'created' && e.data.entity?.title === title;

      const viaMcp = await client.callTool({ name: 'tasks_create', arguments: { title: 'mcp-event', project_id: projectId } });
      const mcpTask = (viaMcp.structuredContent as { data: { id: string } }).data;
      const mcpEvent = await ws.nextEvent(isTaskCreated('mcp-event'));

      const viaRest = await api(server, user.access_token).post('/tasks', { title: 'rest-event', project_id: projectId });
      const restEvent = await ws.nextEvent(isTaskCreated('rest-event'));

      expect(mcpEvent.data.entity_id).toBe(mcpTask.id);
      expect(mcpEvent.data.entity).toEqual(mcpTask);
      expect(restEvent.data.entity_id).toBe(viaRest.body.data.id);
      // Same shape, same fields: only the entity differs.
      expect(Object.keys(mcpEvent.data).sort()).toEqual(Object.keys(restEvent.data).sort());
      expect(mcpEvent.data.user_id).toBe(restEvent.data.user_id);
      expect(mcpEvent.data.org_id).toBe(restEvent.data.org_id);
    } finally {
      await ws.close();
    }
  });
});
