/**
 * DataLoader batching: the number of SQL statements of a GraphQL query does not grow with the number
 * of rows. The server's `onQuery` hook counts every statement sent; the same nested query over 5 and
 * over 50 projects (each with tasks, assignees and time entries) must cost the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { gql } from '../support/graphql.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let recording = false;
let statements: string[] = [];

const QUERY = `query All($orgId: ID) {
  projects(orgId: $orgId, perPage: 50) {
    pagination { total }
    data {
      id name hourly_rate task_count total_hours client { name }
      tasks(perPage: 5) { data { id title assignee { id } assignees { id name } project { id } } pagination { total } }
      open: tasks(status: "open", perPage: 5) { data { id } }
      time_entries(from: "2026-01-01", perPage: 5) { data { id duration user { name } task { title } project { id } } }
    }
  }
  organizations { id members(perPage: 5) { data { role user { name } } } }
}`;

/** Inserts `n` projects, each with 2 tasks (2 assignees) and 2 finished time entries, straight into the database. */
async function seed(owner: RegisteredUser, n: number): Promise<void> {
  const sql = server.svc.db;
  const orgId = owner.orgId;
  const [client] = await sql<{ id: string }[]>`insert into clients (id, org_id, name) values (${newId('cli')}, ${orgId}, 'Acme') returning id`;
  const projects = Array.from({ length: n }, (_, i) => ({
    id: newId('prj'),
    org_id: orgId,
    name: `P${i}`,
    client_id: client!.id,
    hourly_rate_cents: 10000,
  }));
  await sql`insert into projects ${sql(projects)}`;
  const tasks = projects.flatMap((p) =>
    [0, 1].map((j) => ({ id: newId('tsk'), org_id: orgId, project_id: p.id, title: `${p.name}-T${j}`, position: j })),
  );
  await sql`insert into tasks ${sql(tasks)}`;
  const assignees = tasks.map((t) => ({ task_id: t.id, user_id: owner.user.id, org_id: orgId }));
  await sql`insert into task_assignees ${sql(assignees)}`;
  const entries = tasks.map((t, i) => ({
    id: newId('te'),
    org_id: orgId,
    user_id: owner.user.id,
    project_id: t.project_id,
    task_id: t.id,
    started_at: new Date(Date.UTC(2026, 2, 1, 8, i % 50)),
    stopped_at: new Date(Date.UTC(2026, 2, 1, 9, i % 50)),
  }));
  await sql`insert into time_entries ${sql(entries)}`;
}

/**
 * Statements of one GraphQL request. Left out: background work (the job queue's mail delivery and its
 * once-a-minute sweeps of expired rows, which may fall inside the request; a transaction's begin/commit:
 * a read-only query opens none) and the driver's own type look-ups (pg_catalog, once per pooled connection).
 */
async function countStatements(user: RegisteredUser): Promise<{ count: number; body: any }> {
  statements = [];
  recording = true;
  const res = await gql(server, user.access_token, QUERY, { orgId: user.orgId });
  recording = false;
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return {
    count: statements.filter((s) => !/mail_outbox|relay_device_requests|ws_tickets|pg_catalog|^\s*(begin|commit)\s*$/i.test(s)).length,
    body: res.body,
  };
}

let small: RegisteredUser;
let large: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer({}, { onQuery: (sql) => recording && statements.push(sql) });
  small = await registerUser(server, { name: 'Small' });
  large = await registerUser(server, { name: 'Large' });
  await seed(small, 5);
  await seed(large, 50);
});
afterAll(async () => {
  await server?.close();
});

describe('nested fields are batched', () => {
  it('5 projects and 50 projects cost the same number of SQL statements', async () => {
    const five = await countStatements(small);
    const fifty = await countStatements(large);
    expect(five.body.data.projects.data).toHaveLength(5);
    expect(fifty.body.data.projects.data).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    // One statement per loader (plus the root list and its access check): nowhere near one per row.
    expect(five.count).toBeLessThanOrEqual(15);
  });

  it('the batched answers are right', async () => {
    const { body } = await countStatements(large);
    const p = body.data.projects.data[7];
    expect(p).toMatchObject({ name: 'P7', hourly_rate: 100, task_count: 2, total_hours: 2, client: { name: 'Acme' } });
    expect(p.tasks.data.map((t: any) => t.title)).toEqual(['P7-T0', 'P7-T1']);
    expect(p.tasks.pagination).toEqual({ total: 2 });
    expect(p.tasks.data[0]).toMatchObject({
      assignee: { id: large.user.id },
      assignees: [{ id: large.user.id, name: 'Large' }],
      project: { id: p.id },
    });
    expect(p.open.data).toHaveLength(2);
    expect(p.time_entries.data).toHaveLength(2);
    expect(p.time_entries.data[0]).toMatchObject({ duration: 3600, user: { name: 'Large' }, project: { id: p.id } });
    expect(body.data.organizations[0].members.data).toEqual([{ role: 'owner', user: { name: 'Large' } }]);
  });
});
