/**
 * The board over GraphQL (projects → task groups → tasks, the ungrouped tasks, each task's group) is batched:
 * the same query over a small board and a board ten times larger sends the same number of SQL statements
 * (one per nested field), and the batched answers are right, `collapsed` being the reader's own flag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { gql } from '../support/graphql.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let recording = false;
let statements: string[] = [];

const BOARD = `query Board($orgId: ID) {
  projects(orgId: $orgId, perPage: 20) {
    data {
      id name
      task_groups(perPage: 10) {
        pagination { total }
        data {
          id name position collapsed
          tasks(perPage: 5) { pagination { total } data { id title position group { id name collapsed } } }
        }
      }
      ungrouped_tasks(perPage: 5) { pagination { total } data { id title position group { id } } }
    }
  }
}`;

/**
 * Inserts `projects` projects, each with `groups` groups of `tasks` tasks and `loose` ungrouped tasks, straight
 * into the database; the user folds every group at an odd position.
 */
async function seed(owner: RegisteredUser, projects: number, groups: number, tasks: number, loose: number): Promise<void> {
  const sql = server.svc.db;
  const orgId = owner.orgId;
  const projectRows = Array.from({ length: projects }, (_, i) => ({ id: newId('prj'), org_id: orgId, name: `P${i}` }));
  await sql`insert into projects ${sql(projectRows)}`;
  const groupRows = projectRows.flatMap((p) =>
    Array.from({ length: groups }, (_, j) => ({ id: newId('grp'), org_id: orgId, project_id: p.id, name: `${p.name}-G${j}`, position: j })),
  );
  await sql`insert into task_groups ${sql(groupRows)}`;
  const taskRows = [
    ...groupRows.flatMap((g) =>
      Array.from({ length: tasks }, (_, k) => ({
        id: newId('tsk'),
        org_id: orgId,
        project_id: g.project_id,
        group_id: g.id,
        title: `${g.name}-T${k}`,
        position: k,
      })),
    ),
    ...projectRows.flatMap((p) =>
      Array.from({ length: loose }, (_, k) => ({
        id: newId('tsk'),
        org_id: orgId,
        project_id: p.id,
        group_id: null,
        title: `${p.name}-U${k}`,
        position: k,
      })),
    ),
  ];
  await sql`insert into tasks ${sql(taskRows)}`;
  const folded = groupRows.filter((g) => g.position % 2 === 1).map((g) => ({ user_id: owner.user.id, group_id: g.id }));
  if (folded.length > 0) await sql`insert into task_group_collapsed ${sql(folded)}`;
}

/** Statements of one GraphQL request (without background work, begin/commit and the driver's type look-ups). */
async function countStatements(user: RegisteredUser): Promise<{ count: number; body: any }> {
  statements = [];
  recording = true;
  const res = await gql(server, user.access_token, BOARD, { orgId: user.orgId });
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
  await seed(small, 2, 2, 1, 1);
  await seed(large, 20, 5, 4, 3);
});
afterAll(async () => {
  await server?.close();
});

describe('the board is batched', () => {
  it('a small board and one ten times larger cost the same number of SQL statements', async () => {
    const smallBoard = await countStatements(small);
    const largeBoard = await countStatements(large);
    expect(smallBoard.body.data.projects.data).toHaveLength(2);
    expect(largeBoard.body.data.projects.data).toHaveLength(20);
    expect(largeBoard.count).toBe(smallBoard.count);
    // The root list and its access check, then one statement per nested field: groups, their tasks, the
    // tasks' groups, the ungrouped tasks.
    expect(smallBoard.count).toBeLessThanOrEqual(8);
  });

  it('the batched answers are right: by position, with totals, the reader’s collapsed flags and each task’s group', async () => {
    const { body } = await countStatements(large);
    const p = body.data.projects.data.find((x: any) => x.name === 'P7');
    expect(p.task_groups.pagination).toEqual({ total: 5 });
    expect(p.task_groups.data.map((g: any) => [g.name, g.position, g.collapsed])).toEqual([
      ['P7-G0', 0, false],
      ['P7-G1', 1, true],
      ['P7-G2', 2, false],
      ['P7-G3', 3, true],
      ['P7-G4', 4, false],
    ]);
    const g3 = p.task_groups.data[3];
    expect(g3.tasks.pagination).toEqual({ total: 4 });
    expect(g3.tasks.data.map((t: any) => [t.title, t.position])).toEqual([
      ['P7-G3-T0', 0],
      ['P7-G3-T1', 1],
      ['P7-G3-T2', 2],
      ['P7-G3-T3', 3],
    ]);
    expect(g3.tasks.data[0].group).toEqual({ id: g3.id, name: 'P7-G3', collapsed: true });
    expect(p.ungrouped_tasks).toEqual({
      pagination: { total: 3 },
      data: [0, 1, 2].map((k) => ({ id: expect.any(String), title: `P7-U${k}`, position: k, group: null })),
    });
  });

  it('another reader of the same board sees their own flags', async () => {
    const sql = server.svc.db;
    const reader = await registerUser(server, { name: 'Reader' });
    await sql`insert into members (org_id, user_id, role) values (${small.orgId}, ${reader.user.id}, 'viewer')`;
    const res = await gql(server, reader.access_token, BOARD, { orgId: small.orgId });
    expect(res.body.errors).toBeUndefined();
    const flags = res.body.data.projects.data.flatMap((p: any) => p.task_groups.data.map((g: any) => g.collapsed));
    expect(flags).toEqual([false, false, false, false]);
  });
});
