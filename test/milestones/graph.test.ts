/**
 * The nested fields of this configuration areas are batched: `Project.milestones`, `Task.milestone`
 * and `Task.labels` cost the same number of SQL statements for 5 projects as for 40 (each with milestones,
 * and tasks carrying labels and a milestone), and answer right.
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
    data {
      id name
      milestones(perPage: 5) { data { id title task_count done_count } pagination { total } }
      tasks(perPage: 5) { data { id title labels { id name color } milestone { id title task_count done_count } } }
    }
  }
}`;

/** `n` projects, each with 2 milestones and 3 tasks (2 in the first milestone, one of them done), 2 labels per task. */
async function seed(owner: RegisteredUser, n: number): Promise<void> {
  const sql = server.svc.db;
  const orgId = owner.orgId;
  const labels = ['Zed', 'alpha', 'Mid'].map((name) => ({ id: newId('lbl'), org_id: orgId, name, color: '#123456' }));
  await sql`insert into labels ${sql(labels)}`;
  const projects = Array.from({ length: n }, (_, i) => ({ id: newId('prj'), org_id: orgId, name: `P${i}` }));
  await sql`insert into projects ${sql(projects)}`;
  const milestones = projects.flatMap((p) =>
    ['2026-07-01', '2026-06-01'].map((target_date, j) => ({
      id: newId('mst'),
      org_id: orgId,
      project_id: p.id,
      title: `${p.name}-M${j}`,
      target_date,
    })),
  );
  await sql`insert into milestones ${sql(milestones)}`;
  const tasks = projects.flatMap((p, i) =>
    [0, 1, 2].map((j) => ({
      id: newId('tsk'),
      org_id: orgId,
      project_id: p.id,
      title: `${p.name}-T${j}`,
      position: j,
      status: j === 1 ? 'done' : 'open',
      milestone_id: j < 2 ? milestones[2 * i]!.id : null,
    })),
  );
  await sql`insert into tasks ${sql(tasks)}`;
  const links = tasks.flatMap((t) => [labels[0]!, labels[1]!].map((l) => ({ task_id: t.id, label_id: l.id, org_id: orgId })));
  await sql`insert into task_labels ${sql(links)}`;
}

async function countStatements(user: RegisteredUser): Promise<{ count: number; body: any }> {
  statements = [];
  recording = true;
  const res = await gql(server, user.access_token, QUERY, { orgId: user.orgId });
  recording = false;
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return { count: statements.filter((s) => !/mail_outbox|pg_catalog|^\s*(begin|commit)\s*$/i.test(s)).length, body: res.body };
}

let small: RegisteredUser;
let large: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer({}, { onQuery: (sql) => recording && statements.push(sql) });
  small = await registerUser(server, { name: 'Small' });
  large = await registerUser(server, { name: 'Large' });
  await seed(small, 5);
  await seed(large, 40);
});
afterAll(async () => {
  await server?.close();
});

describe('milestones and labels in nested GraphQL fields', () => {
  it('5 projects and 40 projects cost the same number of SQL statements', async () => {
    const five = await countStatements(small);
    const forty = await countStatements(large);
    expect(five.body.data.projects.data).toHaveLength(5);
    expect(forty.body.data.projects.data).toHaveLength(40);
    expect(forty.count).toBe(five.count);
    expect(five.count).toBeLessThanOrEqual(8);
  });

  it('the batched answers are right', async () => {
    const { body } = await countStatements(large);
    const p = body.data.projects.data.find((x: any) => x.name === 'P7');
    expect(p.milestones.data.map((m: any) => m.title)).toEqual(['P7-M1', 'P7-M0']);
    expect(p.milestones.pagination).toEqual({ total: 2 });
    expect(p.milestones.data[1]).toMatchObject({ task_count: 2, done_count: 1 });
    const [t0, t1, t2] = p.tasks.data;
    expect(t0.labels.map((l: any) => l.name)).toEqual(['alpha', 'Zed']);
    expect(t0.milestone).toMatchObject({ title: 'P7-M0', task_count: 2, done_count: 1 });
    expect(t1.milestone.id).toBe(t0.milestone.id);
    expect(t2.milestone).toBeNull();
  });
});
