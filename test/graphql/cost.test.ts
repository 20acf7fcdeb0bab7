/**
 * Item 7 of issue 8: GraphQL amplification. Nested lists are pages with a documented maximum; the cost
 * analysis multiplies by the list sizes a query may return and refuses, before anything runs, a
 * document whose worst case is over the limit (HTTP and graphql-ws), with QUERY_TOO_COMPLEX. The
 * execution-time and response-size budgets are the last guard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { MAX_COST } from '../../src/transports/graphql/limits.js';
import { gql, subscribeGql } from '../support/graphql.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const TASKS = 300;
/** The query, in the paginated shape with full pages: every task's project's tasks. Worst case 2,030,202. */
const AMPLIFY = '{ projects(perPage: 100) { data { tasks(perPage: 100) { data { project { tasks(perPage: 100) { data { id title } } } } } } } }';

let server: TestServer;
let owner: RegisteredUser;
let projectId: string;
let recording = false;
let statements = 0;

/** A project with `TASKS` tasks, inserted straight into the database. */
async function seed(s: TestServer, user: RegisteredUser): Promise<string> {
  const id = newId('prj');
  await s.svc.db`insert into projects (id, org_id, name) values (${id}, ${user.orgId}, 'Big')`;
  const tasks = Array.from({ length: TASKS }, (_, i) => ({ id: newId('tsk'), org_id: user.orgId, project_id: id, title: `T${i}`, position: i }));
  await s.svc.db`insert into tasks ${s.svc.db(tasks)}`;
  return id;
}

beforeAll(async () => {
  server = await startTestServer({}, { onQuery: () => recording && statements++ });
  owner = await registerUser(server);
  projectId = await seed(server, owner);
});
afterAll(async () => {
  await server?.close();
});

describe('the cost analysis multiplies by list sizes', () => {
  it('the amplification query is refused at validation over HTTP, and nothing runs', async () => {
    statements = 0;
    recording = true;
    const res = await gql(server, owner.access_token, AMPLIFY);
    recording = false;
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', details: { cost: 2_030_202, max_cost: MAX_COST } });
    expect(res.body.errors[0].message).toContain(`Query cost 2030202 exceeds the limit of ${MAX_COST}`);
    // Authentication reads the database; the query itself never ran (no projects/tasks statement).
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('aliased copies add up: 9 copies fit, 10 do not', async () => {
    // Each copy: projects + data + 100 × (tasks + data + 100 × (id + title)) = 2 + 100 × 202 = 20,202.
    const copy = 'projects(perPage: 100) { data { tasks(perPage: 100) { data { id title } } } }';
    const copies = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `c${i}: ${copy}`).join(' ')} }`;
    const nine = await gql(server, owner.access_token, copies(9));
    expect(nine.status).toBe(200);
    expect(nine.body.data.c8.data[0].tasks.data).toHaveLength(100);
    const ten = await gql(server, owner.access_token, copies(10));
    expect(ten.status).toBe(400);
    expect(ten.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', details: { cost: 202_020, max_cost: MAX_COST } });
  });

  it('the amplification query is refused over graphql-ws too', async () => {
    const sub = await subscribeGql(server, owner.access_token, AMPLIFY);
    const err = await Promise.race([sub.failed, sub.next().then(() => 'answered')]);
    expect(Array.isArray(err)).toBe(true);
    expect(err[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { cost: 2_030_202, max_cost: MAX_COST } });
    await sub.close();
  });

  it('a paginated nested query within the limit pages through the 300 tasks', async () => {
    const page = async (n: number) =>
      gql(
        server,
        owner.access_token,
        `{ project(id: "${projectId}") { task_count tasks(page: ${n}, perPage: 100) { data { title } pagination { total page per_page total_pages } } } }`,
      );
    const third = await page(3);
    expect(third.status).toBe(200);
    expect(third.body.data.project.tasks.pagination).toEqual({ total: TASKS, page: 3, per_page: 100, total_pages: 3 });
    expect(third.body.data.project.tasks.data[0]).toEqual({ title: 'T200' });
    expect(third.body.data.project.tasks.data).toHaveLength(100);
    const past = await page(4);
    expect(past.body.data.project.tasks).toEqual({ data: [], pagination: { total: TASKS, page: 4, per_page: 100, total_pages: 3 } });
    // Without perPage: the documented default of 25.
    const dflt = await gql(server, owner.access_token, `{ project(id: "${projectId}") { tasks { data { id } pagination { per_page } } } }`);
    expect(dflt.body.data.project.tasks.data).toHaveLength(25);
  });

  it('perPage above the documented maximum of 100 is a VALIDATION_ERROR', async () => {
    const res = await gql(server, owner.access_token, `{ project(id: "${projectId}") { tasks(perPage: 101) { data { id } } } }`);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'perPage' } });
  });
});

describe('the last guard: time and size budgets', () => {
  it('an answer over the response-size budget is not sent', async () => {
    const small = await startTestServer({ graphqlMaxResponseBytes: 2000 });
    try {
      const user = await registerUser(small);
      const id = await seed(small, user);
      const res = await gql(small, user.access_token, `{ project(id: "${id}") { tasks(perPage: 100) { data { id title } } } }`);
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { limit: 'size', max_bytes: 2000 } });
      expect(JSON.stringify(res.body).length).toBeLessThan(2000);
    } finally {
      await small.close();
    }
  });

  it('a query over the execution-time budget is stopped', async () => {
    const hasty = await startTestServer({ graphqlTimeoutMs: 1 });
    try {
      const user = await registerUser(hasty);
      await seed(hasty, user);
      const res = await gql(hasty, user.access_token, '{ projects { data { tasks(perPage: 100) { data { id title project { name } } } } } }');
      expect(res.status).toBe(200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { limit: 'time', budget_ms: 1 } });
    } finally {
      await hasty.close();
    }
  });
});
