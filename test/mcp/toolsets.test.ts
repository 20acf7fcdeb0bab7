/**
 * MCP toolsets: `X-MCP-Toolsets` / `?toolsets=` serve only the named areas' tools, `X-MCP-Readonly` / `?readonly=1`
 * only the reading tools, unknown names fail at initialize, and `toolsets=dynamic` starts with the discovery
 * tools and adds a toolset's tools on `enable_toolset`, announcing them with notifications/tools/list_changed.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpTools, mcpToolsets } from '../../generated/mcp-tools.js';
import { connectMcp } from '../support/mcp.js';
import { api, httpRequest, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let user: RegisteredUser;
let projectId: string;

beforeAll(async () => {
  server = await startTestServer();
  user = await registerUser(server);
  projectId = (await api(server, user.access_token).post('/projects', { name: 'Toolsets' })).body.data.id;
});
afterAll(async () => {
  await server?.close();
});

const namesOf = (area: string, readonly = false) =>
  mcpTools.filter((t) => t.toolset === area && (!readonly || t.annotations.readOnlyHint)).map((t) => t.name);

async function withClient<T>(headers: Record<string, string>, fn: (c: Client) => Promise<T>, url?: string): Promise<T> {
  const client = await connectMcp(url ? { mcpUrl: url } : server, user.access_token, headers);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

describe('the toolset list', () => {
  it('has one toolset per area of the MCP tools, and every tool is in exactly one', () => {
    const areas = [...new Set(mcpTools.map((t) => t.toolset))].sort();
    expect(mcpToolsets.map((t) => t.name)).toEqual(areas);
    expect(mcpToolsets.flatMap((t) => t.tools).sort()).toEqual(mcpTools.map((t) => t.name).sort());
    for (const t of mcpToolsets) expect(t.description.length).toBeGreaterThan(0);
  });
});

describe('X-MCP-Toolsets / ?toolsets=', () => {
  it('the header serves only those areas: list size and names', async () => {
    const expected = [...namesOf('tasks'), ...namesOf('time_entries')].sort();
    await withClient({ 'X-MCP-Toolsets': 'tasks,time_entries' }, async (c) => {
      const { tools } = await c.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(expected);
      expect(tools.length).toBeLessThan(mcpTools.length);
    });
  });

  it('the query parameter does the same; `all` (and no selection) serves every tool', async () => {
    await withClient(
      {},
      async (c) => expect((await c.listTools()).tools.map((t) => t.name).sort()).toEqual(namesOf('clients').sort()),
      `${server.mcpUrl}?toolsets=clients`,
    );
    await withClient({ 'X-MCP-Toolsets': 'all' }, async (c) => expect((await c.listTools()).tools).toHaveLength(mcpTools.length));
    await withClient({}, async (c) => expect((await c.listTools()).tools).toHaveLength(mcpTools.length));
  });

  it('calling a tool outside the served toolsets is an error the client sees, and nothing runs', async () => {
    await withClient({ 'X-MCP-Toolsets': 'time_entries' }, async (c) => {
      await expect(c.callTool({ name: 'tasks_create', arguments: { title: 'outside', project_id: projectId } })).rejects.toThrow(
        /tasks_create is not available: its toolset tasks is not among this connection's toolsets/,
      );
      const ok = await c.callTool({ name: 'time_entries_list', arguments: {} });
      expect(ok.isError).toBeFalsy();
    });
    const tasks = await api(server, user.access_token).get(`/tasks?project_id=${projectId}`);
    expect(tasks.body.data.map((t: { title: string }) => t.title)).not.toContain('outside');
  });

  it('unknown toolset names are a JSON-RPC error at initialize naming the unknown and the valid ones', async () => {
    await expect(connectMcp(server, user.access_token, { 'X-MCP-Toolsets': 'tasks,taskz,chatt' })).rejects.toThrow(
      /Unknown MCP toolsets: taskz, chatt\. Valid toolsets: all, dynamic, .*tasks/,
    );
    // The raw answer: HTTP 400 with the JSON-RPC error for the initialize request's id.
    const res = await httpRequest(
      'POST',
      `${server.mcpUrl}?toolsets=nope`,
      {
        jsonrpc: '2.0',
        id: 7,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
      },
      { authorization: `Bearer ${user.access_token}`, accept: 'application/json, text/event-stream' },
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      jsonrpc: '2.0',
      id: 7,
      error: {
        code: -32602,
        data: {
          code: 'VALIDATION_ERROR',
          details: { field: 'toolsets', unknown: ['nope'], valid: expect.arrayContaining(['all', 'dynamic', 'tasks']) },
        },
      },
    });
  });
});

describe('X-MCP-Readonly / ?readonly=1', () => {
  it('serves only reading tools', async () => {
    await withClient({ 'X-MCP-Readonly': 'true' }, async (c) => {
      const { tools } = await c.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(
        mcpTools
          .filter((t) => t.annotations.readOnlyHint)
          .map((t) => t.name)
          .sort(),
      );
      for (const t of tools) expect(t.annotations?.readOnlyHint).toBe(true);
    });
    await withClient(
      {},
      async (c) => expect((await c.listTools()).tools.map((t) => t.name).sort()).toEqual(namesOf('tasks', true).sort()),
      `${server.mcpUrl}?toolsets=tasks&readonly=1`,
    );
  });

  it('refuses a write, and the write did not happen', async () => {
    await withClient({ 'X-MCP-Readonly': 'true', 'X-MCP-Toolsets': 'tasks' }, async (c) => {
      await expect(c.callTool({ name: 'tasks_create', arguments: { title: 'readonly-write', project_id: projectId } })).rejects.toThrow(/read-only/);
      const read = await c.callTool({ name: 'tasks_list', arguments: { project_id: projectId } });
      expect(read.isError).toBeFalsy();
      expect((read.structuredContent as { data: { title: string }[] }).data.map((t) => t.title)).not.toContain('readonly-write');
    });
    const rest = await api(server, user.access_token).get(`/tasks?project_id=${projectId}`);
    expect(rest.body.data.map((t: { title: string }) => t.title)).not.toContain('readonly-write');
  });

  it('a readonly value that is not a boolean is an error at initialize', async () => {
    await expect(connectMcp(server, user.access_token, { 'X-MCP-Readonly': 'maybe' })).rejects.toThrow(/must be true or false/);
  });
});

describe('toolsets=dynamic', () => {
  it('starts with the discovery tools; enable_toolset adds a toolset and announces list_changed (v2 SDK client)', async () => {
    const client = new Client({ name: 'dynamic-test', version: '1.0.0' });
    const changed: unknown[] = [];
    client.setNotificationHandler('notifications/tools/list_changed', (n) => {
      changed.push(n);
    });
    const transport = new StreamableHTTPClientTransport(new URL(`${server.mcpUrl}?toolsets=dynamic`), {
      requestInit: { headers: { authorization: `Bearer ${user.access_token}` } },
    });
    await client.connect(transport);
    try {
      expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(client.getServerCapabilities()?.tools?.listChanged).toBe(true);
      const first = await client.listTools();
      expect(first.tools.map((t) => t.name)).toEqual(['list_toolsets', 'describe_toolset', 'enable_toolset']);

      const listed = await client.callTool({ name: 'list_toolsets', arguments: {} });
      const sets = (listed.structuredContent as { data: { name: string; tools: number; enabled: boolean }[] }).data;
      expect(sets.map((s) => s.name)).toEqual(mcpToolsets.map((t) => t.name));
      expect(sets.find((s) => s.name === 'time_entries')).toMatchObject({ tools: namesOf('time_entries').length, enabled: false });

      const described = await client.callTool({ name: 'describe_toolset', arguments: { toolset: 'time_entries' } });
      expect((described.structuredContent as { data: { tools: { name: string }[] } }).data.tools.map((t) => t.name)).toEqual(namesOf('time_entries'));

      // A catalogue tool of a toolset not enabled yet is refused.
      await expect(client.callTool({ name: 'time_entries_list', arguments: {} })).rejects.toThrow(/not enabled on this session/);

      const enabled = await client.callTool({ name: 'enable_toolset', arguments: { toolset: 'time_entries' } });
      expect(enabled.isError).toBeFalsy();
      expect(enabled.structuredContent).toMatchObject({
        data: { toolset: 'time_entries', added_tools: namesOf('time_entries'), enabled_toolsets: ['time_entries'] },
      });
      expect(changed).toHaveLength(1);

      const after = await client.listTools();
      expect(after.tools.map((t) => t.name)).toEqual(['list_toolsets', 'describe_toolset', 'enable_toolset', ...namesOf('time_entries')]);
      const call = await client.callTool({ name: 'time_entries_list', arguments: {} });
      expect(call.isError).toBeFalsy();

      // Enabling it again changes nothing and announces nothing.
      const again = await client.callTool({ name: 'enable_toolset', arguments: { toolset: 'time_entries' } });
      expect(again.structuredContent).toMatchObject({ data: { added_tools: [] } });
      expect(changed).toHaveLength(1);

      const unknown = await client.callTool({ name: 'enable_toolset', arguments: { toolset: 'nope' } });
      expect(unknown.isError).toBe(true);
      expect(unknown.structuredContent).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: { field: 'toolset' } } });
    } finally {
      await client.close();
    }
  });

  it('works the same for the 2025 SDK client (v1), and the session is the Mcp-Session-Id: another session starts empty', async () => {
    const connectV1 = async () => {
      const client = new V1Client({ name: 'dynamic-v1', version: '1.0.0' });
      const transport = new V1Transport(new URL(`${server.mcpUrl}?toolsets=dynamic`), {
        requestInit: { headers: { authorization: `Bearer ${user.access_token}` } },
      });
      await client.connect(transport);
      return client;
    };
    const client = await connectV1();
    const other = await connectV1();
    try {
      let changed = 0;
      client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
        changed++;
      });
      await client.callTool({ name: 'enable_toolset', arguments: { toolset: 'clients' } });
      expect(changed).toBe(1);
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(expect.arrayContaining(namesOf('clients')));
      expect((await other.listTools()).tools.map((t) => t.name)).toEqual(['list_toolsets', 'describe_toolset', 'enable_toolset']);
    } finally {
      await client.close();
      await other.close();
    }
  });

  it('dynamic with readonly enables only the reading tools of a toolset', async () => {
    await withClient(
      { 'X-MCP-Readonly': '1' },
      async (c) => {
        await c.callTool({ name: 'enable_toolset', arguments: { toolset: 'tasks' } });
        const names = (await c.listTools()).tools.map((t) => t.name);
        expect(names).toEqual(['list_toolsets', 'describe_toolset', 'enable_toolset', ...namesOf('tasks', true)]);
      },
      `${server.mcpUrl}?toolsets=dynamic`,
    );
  });

  it('an unknown or another user’s session id is 404 (the client starts a new session)', async () => {
    const other = await registerUser(server);
    const init = await httpRequest(
      'POST',
      `${server.mcpUrl}?toolsets=dynamic`,
      {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
      },
      { authorization: `Bearer ${user.access_token}`, accept: 'application/json, text/event-stream' },
    );
    const sessionId = init.headers.get('mcp-session-id');
    expect(sessionId).toBeTruthy();
    const list = (token: string, sid: string) =>
      httpRequest(
        'POST',
        `${server.mcpUrl}?toolsets=dynamic`,
        { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} },
        {
          authorization: `Bearer ${token}`,
          accept: 'application/json, text/event-stream',
          'mcp-session-id': sid,
          'mcp-protocol-version': '2025-06-18',
        },
      );
    expect((await list(user.access_token, sessionId!)).status).toBe(200);
    expect((await list(other.access_token, sessionId!)).status).toBe(404);
    expect((await list(user.access_token, 'no-such-session')).status).toBe(404);
  });
});

describe('dynamic sessions without Redis (the in-process store)', () => {
  it('enable_toolset works the same', async () => {
    const local = await startTestServer({ redisUrl: undefined });
    try {
      const localUser = await registerUser(local);
      const client = await connectMcp({ mcpUrl: `${local.mcpUrl}?toolsets=dynamic` }, localUser.access_token);
      try {
        await client.callTool({ name: 'enable_toolset', arguments: { toolset: 'labels' } });
        expect((await client.listTools()).tools.map((t) => t.name)).toEqual([
          'list_toolsets',
          'describe_toolset',
          'enable_toolset',
          ...namesOf('labels'),
        ]);
      } finally {
        await client.close();
      }
    } finally {
      await local.close();
    }
  });
});
