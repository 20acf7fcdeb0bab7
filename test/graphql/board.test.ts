/**
 * The board query: a project with its groups and tasks, each task with its labels, checklist, comment count,
 * dependencies, group and milestone, in one GraphQL request. Its number of SQL statements does not grow with the
 * number of tasks: a board of 20 tasks and one of 200 cost the same. The query is the typed client's `Board`
 * document (specs/graphql/operations/task_groups.graphql), which bench/board.ts times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { BoardDocument } from '../../generated/client/graphql/graphql.js';
import { gql } from '../support/graphql.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let recording = false;
let statements: string[] = [];

interface Board {
  user: RegisteredUser;
  projectId: string;
  taskIds: string[];
}

/** A board of `n` tasks in 4 groups (a fifth of them ungrouped), straight into the database. */
async function seedBoard(user: RegisteredUser, n: number): Promise<Board> {
  const sql = server.svc.db;
  const orgId = user.orgId;
  const projectId = newId('prj');
  await sql`insert into projects ${sql({ id: projectId, org_id: orgId, name: `Board of ${n}` })}`;
  const groups = ['Backlog', 'Next', 'Doing', 'Done'].map((name, position) => ({
    id: newId('grp'),
    org_id: orgId,
    project_id: projectId,
    name,
    position,
  }));
  await sql`insert into task_groups ${sql(groups)}`;
  const labels = ['Bug', 'Feature', 'Chore'].map((name) => ({ id: newId('lbl'), org_id: orgId, name, color: '#123456' }));
  await sql`insert into labels ${sql(labels)}`;
  const milestone = { id: newId('mst'), org_id: orgId, project_id: projectId, title: 'Beta', target_date: '2026-09-01' };
  await sql`insert into milestones ${sql(milestone)}`;
  const slots = [null, ...groups.map((g) => g.id)];
  const counters = new Map<string | null, number>();
  const tasks = Array.from({ length: n }, (_, i) => {
    const group_id = slots[i % 5]!;
    const position = counters.get(group_id) ?? 0;
    counters.set(group_id, position + 1);
    return {
      id: newId('tsk'),
      org_id: orgId,
      project_id: projectId,
      title: `Card ${i}`,
      group_id,
      position,
      milestone_id: i % 3 === 0 ? milestone.id : null,
    };
  });
  await sql`insert into tasks ${sql(tasks)}`;
  await sql`insert into task_assignees ${sql(tasks.map((t) => ({ task_id: t.id, user_id: user.user.id, org_id: orgId })))}`;
  await sql`insert into task_labels ${sql(tasks.flatMap((t, i) => labels.slice(0, i % 3).map((l) => ({ task_id: t.id, label_id: l.id, org_id: orgId }))))}`;
  await sql`insert into task_checklist_items ${sql(
    tasks.flatMap((t, i) =>
      [0, 1].map((position) => ({ id: newId('chk'), org_id: orgId, task_id: t.id, title: `Step ${position}`, position, completed: i % 2 === 0 })),
    ),
  )}`;
  await sql`insert into task_comments ${sql(tasks.map((t) => ({ id: newId('cmt'), org_id: orgId, task_id: t.id, author_id: user.user.id, body: 'Looks good' })))}`;
  // Each card after the first waits for the one before it.
  await sql`insert into task_dependencies ${sql(tasks.slice(1).map((t, i) => ({ id: newId('dep'), org_id: orgId, task_id: t.id, depends_on_id: tasks[i]!.id })))}`;
  return { user, projectId, taskIds: tasks.map((t) => t.id) };
}

/** Statements of one board request (background work and the driver's type look-ups left out, as in batching.test.ts). */
async function load(board: Board): Promise<{ count: number; project: any }> {
  statements = [];
  recording = true;
  const res = await gql(server, board.user.access_token, BoardDocument.toString(), { id: board.projectId });
  recording = false;
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return { count: statements.filter((s) => !/mail_outbox|pg_catalog|^\s*(begin|commit)\s*$/i.test(s)).length, project: res.body.data.project };
}

let small: Board;
let large: Board;

beforeAll(async () => {
  server = await startTestServer({}, { onQuery: (sql) => recording && statements.push(sql) });
  small = await seedBoard(await registerUser(server, { name: 'Small board' }), 20);
  large = await seedBoard(await registerUser(server, { name: 'Large board' }), 200);
});
afterAll(async () => {
  await server?.close();
});

describe('the board query', () => {
  it('costs the same number of SQL statements for 20 tasks as for 200', async () => {
    const twenty = await load(small);
    const twoHundred = await load(large);
    const cards = (p: any): any[] => [...p.task_groups.data.flatMap((g: any) => g.tasks.data), ...p.ungrouped_tasks.data];
    expect(cards(twenty.project)).toHaveLength(20);
    expect(cards(twoHundred.project)).toHaveLength(200);
    expect(twoHundred.count).toBe(twenty.count);
    // One statement per nested field (plus the root and its access check), nowhere near one per task.
    expect(twenty.count).toBeLessThanOrEqual(15);
  });

  it('answers the board right', async () => {
    const { project } = await load(large);
    expect(project.task_groups.data.map((g: any) => [g.name, g.position, g.tasks.data.length])).toEqual([
      ['Backlog', 0, 40],
      ['Next', 1, 40],
      ['Doing', 2, 40],
      ['Done', 3, 40],
    ]);
    expect(project.ungrouped_tasks.data.map((t: any) => t.position)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const byId = new Map([...project.task_groups.data.flatMap((g: any) => g.tasks.data), ...project.ungrouped_tasks.data].map((t: any) => [t.id, t]));
    const [first, second, third] = large.taskIds.map((id) => byId.get(id));
    expect(first).toMatchObject({ title: 'Card 0', group_id: null, labels: [], comment_count: 1, milestone: { title: 'Beta' } });
    expect(first.checklist.data.map((c: any) => [c.title, c.completed])).toEqual([
      ['Step 0', true],
      ['Step 1', true],
    ]);
    expect(first.dependencies).toEqual({ blocked_by: [], blocks: [{ task_id: second.id }] });
    expect(second.dependencies).toEqual({ blocked_by: [{ task_id: first.id }], blocks: [{ task_id: third.id }] });
    expect(second.labels.map((l: any) => l.name)).toEqual(['Bug']);
    expect(third.labels.map((l: any) => l.name).sort()).toEqual(['Bug', 'Feature']);
    expect(second.milestone).toBeNull();
  });
});
