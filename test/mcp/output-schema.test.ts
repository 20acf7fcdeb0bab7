/**
 * Every MCP tool's schemas: an outputSchema that stands alone (root `type: object`, no remote `$ref`) and that the
 * structuredContent of real calls (successes and failures) validates against, checked with Ajv over a live
 * server; the MCP Inspector's schema-portability rules (test/support/schema-lint.ts) find nothing in any input or
 * output schema; SDK clients that validate outputSchema (v2, and the 2025 v1 that validates error results too)
 * accept a failing call.
 */
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Client } from '@modelcontextprotocol/client';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mcpTools } from '../../generated/mcp-tools.js';
import { operationMeta } from '../../generated/operations.js';
import { connectMcp } from '../support/mcp.js';
import { lintSchema, lintTool } from '../support/schema-lint.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let user: RegisteredUser;
let client: Client;
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  server = await startTestServer();
  user = await registerUser(server);
  client = await connectMcp(server, user.access_token);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  for (const tool of (await client.listTools()).tools) validators.set(tool.name, ajv.compile(tool.outputSchema!));
});
afterAll(async () => {
  await client?.close();
  await server?.close();
});

/** Calls a tool and checks its structuredContent against the tool's declared outputSchema. */
async function callChecked(name: string, args: Record<string, unknown> = {}) {
  const res = await client.callTool({ name, arguments: args });
  const validate = validators.get(name)!;
  const ok = validate(res.structuredContent);
  expect(ok, `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  return res as { isError?: boolean; structuredContent: { data: any; error?: { code: string } } };
}

describe('annotations', () => {
  it('every tool: a title, readOnlyHint = GET, idempotentHint = GET/PUT/DELETE, destructiveHint for DELETE (or x-mcp-destructive), never on a read', () => {
    // `x-mcp-destructive` in the spec: irreversible operations that are not DELETEs (sending an invoice mails it).
    const bundle = parse(readFileSync(new URL('../../generated/bundles/openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, Record<string, { operationId?: string; 'x-mcp-destructive'?: boolean }>>;
    };
    const overridden = Object.values(bundle.paths)
      .flatMap((item) => Object.values(item))
      .filter((op) => typeof op === 'object' && op['x-mcp-destructive'] === true)
      .map((op) => op.operationId!.replace(/\./g, '_'));
    expect(overridden).toContain('invoices_send');
    for (const t of mcpTools) {
      const { method, summary } = operationMeta[t.operation];
      const a = t.annotations;
      expect(a.title, t.name).toBe(summary);
      expect(t.title.length, t.name).toBeGreaterThan(0);
      expect(a.readOnlyHint, t.name).toBe(method === 'GET');
      expect(a.idempotentHint, t.name).toBe(['GET', 'PUT', 'DELETE'].includes(method));
      expect(a.destructiveHint, t.name).toBe(method === 'DELETE' || overridden.includes(t.name));
      expect(a.openWorldHint, t.name).toBe(false);
    }
  });
});

describe('schema portability (the MCP Inspector rules)', () => {
  it('the rule is live: a type array is a warning', () => {
    expect(lintSchema({ type: 'object', properties: { a: { type: ['string', 'null'] } } }, 'inputSchema')).toMatchObject([
      { rule: 'type-union', path: '.properties.a' },
    ]);
    expect(lintSchema({ type: 'object', properties: { a: {} } }, 'outputSchema')).toMatchObject([{ rule: 'untyped-schema' }]);
  });

  it('no generated tool schema (input or output) has a finding', () => {
    const findings = mcpTools.flatMap((t) => lintTool(t).map((f) => `${t.name} ${f.schema}${f.path}: ${f.rule}`));
    expect(findings).toEqual([]);
  });

  it('nor has any tool as served, the discovery tools included', async () => {
    const dynamic = await connectMcp({ mcpUrl: `${server.mcpUrl}?toolsets=dynamic` }, user.access_token);
    try {
      const tools = [...(await client.listTools()).tools, ...(await dynamic.listTools()).tools];
      expect(tools.flatMap((t) => lintTool(t).map((f) => `${t.name} ${f.schema}${f.path}: ${f.rule}`))).toEqual([]);
    } finally {
      await dynamic.close();
    }
  });

  it('every output schema stands alone: root type object, no $ref outside itself', () => {
    for (const t of mcpTools) {
      expect(t.outputSchema.type, t.name).toBe('object');
      expect(t.inputSchema.type, t.name).toBe('object');
      const refs = JSON.stringify(t.outputSchema).match(/"\$ref":"([^"]*)"/g) ?? [];
      expect(
        refs.filter((r) => !r.includes('"#')),
        t.name,
      ).toEqual([]);
    }
  });
});

describe('structuredContent follows the declared outputSchema (Ajv, live server)', () => {
  it('for a sample of reads and writes across areas', async () => {
    // Every reading tool that needs no argument.
    for (const t of mcpTools.filter((x) => x.annotations.readOnlyHint && !('required' in x.inputSchema))) {
      const res = await callChecked(t.name);
      expect(res.isError, t.name).toBeFalsy();
    }
    const project = (await callChecked('projects_create', { name: 'Schemas' })).structuredContent.data;
    await callChecked('projects_get', { id: project.id });
    await callChecked('projects_update', { id: project.id, description: null });
    const task = (await callChecked('tasks_create', { title: 'Schema task', project_id: project.id })).structuredContent.data;
    await callChecked('tasks_get', { id: task.id });
    await callChecked('tasks_list', { project_id: project.id });
    await callChecked('tasks_update', { id: task.id, description: 'set', due_date: null });
    await callChecked('tasks_add_comment', { task_id: task.id, body: 'hello' });
    await callChecked('tasks_comments_list', { task_id: task.id });
    await callChecked('tasks_checklist_create', { task_id: task.id, title: 'step' });
    await callChecked('tasks_checklist_list', { task_id: task.id });
    await callChecked('milestones_list', { project_id: project.id });
    await callChecked('task_groups_list', { project_id: project.id });
    await callChecked('projects_members_list', { project_id: project.id });
    const client_ = (await callChecked('clients_create', { name: 'ACME', email: null, currency: 'EUR' })).structuredContent.data;
    await callChecked('clients_get', { id: client_.id });
    const label = (await callChecked('labels_create', { name: 'urgent', color: '#ff0000' })).structuredContent.data;
    await callChecked('labels_update', { id: label.id, name: 'very urgent' });
    await callChecked('labels_delete', { id: label.id });
    await callChecked('time_entries_start', { project_id: project.id, task_id: task.id });
    const stopped = (await callChecked('time_entries_stop', {})).structuredContent.data;
    await callChecked('time_entries_get', { entry_id: stopped.id });
    await callChecked('reports_timesheet', { from: '2026-01-01', to: '2026-12-31' });
    await callChecked('tasks_delete', { id: task.id });
  });

  it('for failed calls: isError with structuredContent { error }', async () => {
    const notFound = await callChecked('projects_get', { id: 'prj_01jq3v8m2xg9r6h5k4t7w0c1de' });
    expect(notFound.isError).toBe(true);
    expect(notFound.structuredContent.error?.code).toBe('NOT_FOUND');
    const invalid = await callChecked('tasks_create', { project_id: 'prj_x' });
    expect(invalid.structuredContent.error?.code).toBe('VALIDATION_ERROR');
  });
});

describe('SDK clients that validate outputSchema accept a failing call', () => {
  it('the v2 client returns the isError result', async () => {
    const res = await client.callTool({ name: 'clients_get', arguments: { id: 'cli_01jq3v8m2xg9r6h5k4t7w0c1de' } });
    expect(res.isError).toBe(true);
    expect(res.structuredContent).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('the 2025 v1 client (which validates structuredContent even when isError) returns it too', async () => {
    const v1 = new V1Client({ name: 'v1', version: '1.0.0' });
    await v1.connect(new V1Transport(new URL(server.mcpUrl), { requestInit: { headers: { authorization: `Bearer ${user.access_token}` } } }));
    try {
      await v1.listTools(); // the client caches the output validators from here
      const res = await v1.callTool({ name: 'clients_get', arguments: { id: 'cli_01jq3v8m2xg9r6h5k4t7w0c1de' } });
      expect(res.isError).toBe(true);
      expect(res.structuredContent).toMatchObject({ error: { code: 'NOT_FOUND' } });
      const ok = await v1.callTool({ name: 'users_me', arguments: {} });
      expect(ok.isError).toBeFalsy();
    } finally {
      await v1.close();
    }
  });
});
