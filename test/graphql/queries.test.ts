/**
 * GraphQL queries from the docs (me, organizations, projects with pagination, a project with nested
 * tasks(status) and time_entries(from, to), tasks with every argument), the HTTP rules (GET/POST,
 * 401, 405, 400) and the query limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DEPTH } from '../../src/transports/graphql/limits.js';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let alice: RegisteredUser;
let bob: RegisteredUser; // member of alice's organization
let stranger: RegisteredUser;
let projectId: string;
let otherProjectId: string;
const taskIds: Record<string, string> = {};
const entryIds: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  alice = await registerUser(server, { name: 'Alice' });
  const bobEmail = `bob-${Date.now()}@example.test`;
  await api(server, alice.access_token).post('/members/invite', { email: bobEmail, role: 'member' });
  bob = await registerUser(server, { name: 'Bob', email: bobEmail });
  stranger = await registerUser(server, { name: 'Stranger' });

  const a = api(server, alice.access_token);
  const [client] = await server.svc.db<{ id: string }[]>`
    insert into clients (id, org_id, name) values (${'cli_' + Date.now()}, ${alice.orgId}, 'Acme') returning id`;
  projectId = (await a.post('/projects', { name: 'Website', hourly_rate_cents: 15050, client_id: client!.id })).body.data.id;
  otherProjectId = (await a.post('/projects', { name: 'Archive', status: 'archived' })).body.data.id;
  for (const [title, status, priority, assignees] of [
    ['Design', 'open', 'low', [alice.user.id, bob.user.id]],
    ['Build', 'open', 'urgent', [bob.user.id]],
    ['Ship', 'done', 'high', []],
  ] as const) {
    const res = await a.post('/tasks', { title, project_id: projectId, status, priority, assignee_ids: assignees });
    expect(res.status).toBe(201);
    taskIds[title] = res.body.data.id;
  }
  for (const [start, stop] of [
    ['2026-03-02T09:00:00Z', '2026-03-02T10:30:00Z'],
    ['2026-03-20T09:00:00Z', '2026-03-20T09:45:00Z'],
    ['2026-04-02T09:00:00Z', '2026-04-02T10:00:00Z'],
  ]) {
    const res = await a.post('/time-entries', { project_id: projectId, started_at: start, stopped_at: stop, task_id: taskIds.Design });
    expect(res.status).toBe(201);
    entryIds.push(res.body.data.id);
  }
});
afterAll(async () => {
  await server?.close();
});

describe('queries from the docs', () => {
  it('{ me { id name email } }', async () => {
    const res = await gql(server, alice.access_token, '{ me { id name email } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { me: { id: alice.user.id, name: 'Alice', email: alice.email } } });
  });

  it('organizations and organization(id) with members and settings', async () => {
    const res = await gql(
      server,
      alice.access_token,
      `query Orgs($id: ID!) {
        organizations { id name role }
        organization(id: $id) { id slug settings { timezone currency } members { data { user_id role user { id name email } } pagination { total } } }
      }`,
      { id: alice.orgId },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.organizations).toEqual([expect.objectContaining({ id: alice.orgId, role: 'owner' })]);
    const org = res.body.data.organization;
    expect(org.settings).toEqual({ timezone: 'UTC', currency: 'USD' });
    expect(org.members.pagination).toEqual({ total: 2 });
    expect(org.members.data.map((m: any) => [m.user.name, m.role])).toEqual([
      ['Alice', 'owner'],
      ['Bob', 'member'],
    ]);
  });

  it('projects(status, page, perPage) returns { data, pagination } like REST', async () => {
    const res = await gql(
      server,
      alice.access_token,
      '{ projects(status: "active", page: 1, perPage: 10) { data { id name hourly_rate hourly_rate_cents task_count total_hours client { id name } } pagination { total page per_page total_pages } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.projects.pagination).toEqual({ total: 1, page: 1, per_page: 10, total_pages: 1 });
    expect(res.body.data.projects.data).toEqual([
      // 1.5 h + 0.75 h + 1 h of finished entries
      {
        id: projectId,
        name: 'Website',
        hourly_rate: 150.5,
        hourly_rate_cents: 15050,
        task_count: 3,
        total_hours: 3.25,
        client: { id: expect.any(String), name: 'Acme' },
      },
    ]);
    const rest = await api(server, alice.access_token).get('/projects?status=active&per_page=10');
    expect(rest.body.pagination).toEqual(res.body.data.projects.pagination);
  });

  it('project(id) with nested tasks(status) and time_entries(from, to)', async () => {
    const res = await gql(
      server,
      alice.access_token,
      `query P($id: ID!) {
        project(id: $id) {
          id name
          tasks(status: "open") { data { id title status assignee { name } assignees { name } project { id name } } }
          all: tasks { data { title } pagination { total page per_page total_pages } }
          time_entries(from: "2026-03-01", to: "2026-03-31") {
            data { id duration duration_secs user { name } task { title } project { name } }
          }
        }
      }`,
      { id: projectId },
    );
    expect(res.body.errors).toBeUndefined();
    const p = { ...res.body.data.project };
    p.tasks = p.tasks.data;
    expect(res.body.data.project.all.pagination).toEqual({ total: 3, page: 1, per_page: 25, total_pages: 1 });
    p.all = p.all.data;
    p.time_entries = p.time_entries.data;
    expect(p.tasks.map((t: any) => t.title)).toEqual(['Design', 'Build']);
    expect(p.tasks[0].assignees.map((u: any) => u.name).sort()).toEqual(['Alice', 'Bob']);
    expect(p.tasks[1].assignee).toEqual({ name: 'Bob' });
    expect(p.tasks[0].project).toEqual({ id: projectId, name: 'Website' });
    expect(p.all.map((t: any) => t.title)).toEqual(['Design', 'Build', 'Ship']);
    // Newest first, March only.
    expect(p.time_entries.map((e: any) => e.id)).toEqual([entryIds[1], entryIds[0]]);
    expect(p.time_entries[0]).toMatchObject({
      duration: 2700,
      duration_secs: 2700,
      user: { name: 'Alice' },
      task: { title: 'Design' },
      project: { name: 'Website' },
    });
  });

  it('time_entries(from, to) rejects a malformed date with VALIDATION_ERROR', async () => {
    const res = await gql(server, alice.access_token, `{ project(id: "${projectId}") { time_entries(from: "March") { data { id } } } }`);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'from' } });
  });

  it('tasks(projectId, status, sort, order, page, perPage)', async () => {
    const res = await gql(
      server,
      alice.access_token,
      `{ tasks(projectId: "${projectId}", status: "open", sort: "priority", order: "desc", page: 1, perPage: 25) {
          data { title priority } pagination { total page per_page total_pages } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.tasks.data).toEqual([
      { title: 'Build', priority: 'urgent' },
      { title: 'Design', priority: 'low' },
    ]);
    expect(res.body.data.tasks.pagination).toEqual({ total: 2, page: 1, per_page: 25, total_pages: 1 });
  });

  it("timeEntry(id) maps id to the operation's entry_id; task(id) and currentTimer work", async () => {
    const res = await gql(
      server,
      alice.access_token,
      `{ timeEntry(id: "${entryIds[0]}") { id started_at } task(id: "${taskIds.Ship}") { title status } currentTimer { id } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      timeEntry: { id: entryIds[0], started_at: '2026-03-02T09:00:00Z' },
      task: { title: 'Ship', status: 'done' },
      currentTimer: null,
    });
  });

  it("a member sees the organization's data with orgId; a stranger gets NOT_FOUND", async () => {
    const asBob = await gql(server, bob.access_token, `{ project(id: "${projectId}", orgId: "${alice.orgId}") { name } }`);
    expect(asBob.body.data.project).toEqual({ name: 'Website' });

    const res = await gql(server, stranger.access_token, `{ project(id: "${projectId}") { name } }`);
    expect(res.status).toBe(200);
    expect(res.body.data.project).toBeNull();
    expect(res.body.errors[0]).toMatchObject({ path: ['project'], extensions: { code: 'NOT_FOUND' } });
    const other = await gql(server, stranger.access_token, `{ projects(orgId: "${alice.orgId}") { data { id } } }`);
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('the X-Org-Id header selects the organization', async () => {
    const res = await gql(server, bob.access_token, '{ projects { data { id } } }', undefined, { headers: { 'X-Org-Id': alice.orgId } });
    expect(res.body.data.projects.data.map((p: any) => p.id)).toEqual([projectId, otherProjectId]);
  });
});

describe('HTTP', () => {
  it('GET runs queries, with variables', async () => {
    const res = await gql(server, alice.access_token, 'query Me($x: Boolean!) { me @include(if: $x) { id } }', { x: true }, { method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.body.data.me.id).toBe(alice.user.id);
  });

  it('a mutation over GET answers 405', async () => {
    const res = await gql(server, alice.access_token, 'mutation { createWsTicket { ticket } }', undefined, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.body.errors[0].message).toMatch(/POST/);
  });

  it('an invalid Bearer token answers 401 UNAUTHORIZED', async () => {
    const res = await gql(server, 'not-a-token', '{ me { id } }');
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHORIZED');
  });

  it('no token: fields that need one error with UNAUTHORIZED', async () => {
    const res = await gql(server, undefined, '{ me { id } }');
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0]).toMatchObject({ path: ['me'], extensions: { code: 'UNAUTHORIZED' } });
  });

  it('syntax and validation errors answer 400 VALIDATION_ERROR without running anything', async () => {
    const syntax = await gql(server, alice.access_token, '{ me { id ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
    const unknown = await gql(server, alice.access_token, '{ me { password_hash } }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].message).toMatch(/password_hash/);
    const missingVar = await gql(server, alice.access_token, 'query P($id: ID!) { project(id: $id) { id } }', {});
    expect(missingVar.status).toBe(400);
    expect(missingVar.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
  });

  it('a body that is not JSON answers 400; another content type 415', async () => {
    const bad = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.access_token}` },
      body: '{"query":',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('VALIDATION_ERROR');
    const text = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ me { id } }' });
    expect(text.status).toBe(415);
  });

  it('subscriptions are refused over HTTP', async () => {
    const res = await gql(server, alice.access_token, 'subscription { timerUpdate { running } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/graphql-ws/);
  });
});

describe('limits', () => {
  it(`a query deeper than ${MAX_DEPTH} is refused`, async () => {
    // project → tasks → data → project → tasks → data → … : 11 levels.
    const deep = `{ project(id: "${projectId}") { tasks { data { project { tasks { data { project { tasks { data { project { id } } } } } } } } } } }`;
    const res = await gql(server, alice.access_token, deep);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/depth/i);
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
  });

  it(`more than ${MAX_ALIASES} aliases are refused`, async () => {
    const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await gql(server, alice.access_token, `{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/aliases/i);
  });

  it('introspection works', async () => {
    const res = await gql(server, alice.access_token, '{ __schema { queryType { name } } }');
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});
