/**
 * Task detail as a whole: GraphQL's nested Task fields of comments, checklists and dependencies cost the same
 * number of SQL statements for 2 tasks as for 20; deleting a task or a project leaves no comment, checklist item
 * or dependency behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';

let team: Team;
let statements: string[] = [];
let recording = false;

beforeAll(async () => {
  team = await startTeam({ onQuery: (q) => recording && statements.push(q) });
});
afterAll(async () => {
  await team?.server.close();
});

const QUERY = `query($p: ID!) {
  project(id: $p) {
    tasks(perPage: 25) {
      data {
        id
        comment_count
        comments(perPage: 5) { data { body author { name } } pagination { total } }
        checklist(perPage: 5) { data { title completed } pagination { total } }
        dependencies { blocked_by { task_id title } blocks { task_id status } }
      }
    }
  }
}`;

/** A project of `n` tasks, each with 2 comments and 2 checklist items, each waiting for the previous one. */
async function seed(n: number): Promise<{ projectId: string; taskIds: string[] }> {
  const rest = team.owner.rest;
  const projectId = (await rest.post('/projects', { name: `Detail ${n}` })).body.data.id;
  const taskIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = (await rest.post('/tasks', { title: `T${i}`, project_id: projectId })).body.data.id;
    for (const body of ['One', 'Two']) expect((await rest.post(`/tasks/${id}/comments`, { body })).status).toBe(201);
    for (const title of ['A', 'B']) expect((await rest.post(`/tasks/${id}/checklist`, { title })).status).toBe(201);
    if (i > 0)
      expect((await rest.post(`/tasks/${id}/dependencies`, { depends_on_id: taskIds[i - 1], dependency_type: 'blocked_by' })).status).toBe(201);
    taskIds.push(id);
  }
  return { projectId, taskIds };
}

async function countStatements(projectId: string): Promise<{ count: number; statements: string[]; body: any }> {
  statements = [];
  recording = true;
  const res = await gql(team.server, team.owner.token, QUERY, { p: projectId });
  recording = false;
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const counted = statements.filter((s) => !/mail_outbox|pg_catalog|^\s*(begin|commit)\s*$/i.test(s));
  return { count: counted.length, statements: counted.map((s) => s.replace(/\s+/g, ' ').slice(0, 90)), body: res.body };
}

describe('task detail', () => {
  it('nested comments, comment_count, checklist and dependencies: as many statements for 20 tasks as for 2', async () => {
    const two = await seed(2);
    const twenty = await seed(20);
    await countStatements(two.projectId); // warm-up: the caller's membership is looked up once, then cached
    const small = await countStatements(two.projectId);
    const large = await countStatements(twenty.projectId);
    expect(large.body.data.project.tasks.data).toHaveLength(20);
    expect(large.count, JSON.stringify([small.statements, large.statements], null, 1)).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(10);
    const [first, second] = large.body.data.project.tasks.data;
    expect(second).toEqual({
      id: twenty.taskIds[1],
      comment_count: 2,
      comments: {
        data: [
          { body: 'One', author: { name: 'Olivia Owner' } },
          { body: 'Two', author: { name: 'Olivia Owner' } },
        ],
        pagination: { total: 2 },
      },
      checklist: {
        data: [
          { title: 'A', completed: false },
          { title: 'B', completed: false },
        ],
        pagination: { total: 2 },
      },
      dependencies: { blocked_by: [{ task_id: twenty.taskIds[0], title: 'T0' }], blocks: [{ task_id: twenty.taskIds[2], status: 'open' }] },
    });
    expect(first.dependencies).toEqual({ blocked_by: [], blocks: [{ task_id: twenty.taskIds[1], status: 'open' }] });
  });

  it('deleting a task, then its project, leaves no comment, checklist item, dependency, label link, group or milestone behind', async () => {
    const { projectId, taskIds } = await seed(3);
    const label = (await team.owner.rest.post('/labels', { name: `Doomed ${Date.now()}`, color: '#abcdef' })).body.data.id;
    for (const id of taskIds) expect((await team.owner.rest.patch(`/tasks/${id}`, { label_ids: [label] })).status).toBe(200);
    expect((await team.owner.rest.post(`/projects/${projectId}/task-groups`, { name: 'Column' })).status).toBe(201);
    expect((await team.owner.rest.post(`/projects/${projectId}/milestones`, { title: 'Goal', target_date: '2026-12-31' })).status).toBe(201);
    const other = (await team.owner.rest.post('/projects', { name: 'Survivor' })).body.data.id;
    const survivor = (await team.owner.rest.post('/tasks', { title: 'Survivor', project_id: other })).body.data.id;
    // The middle task waits for the first and blocks the last; the survivor waits for the middle and the last.
    for (const blocker of [taskIds[1], taskIds[2]]) {
      expect((await team.owner.rest.post(`/tasks/${survivor}/dependencies`, { depends_on_id: blocker, dependency_type: 'blocked_by' })).status).toBe(
        201,
      );
    }
    const db = team.server.svc.db;
    const left = async (ids: string[]) =>
      (
        await db<{ comments: number; items: number; deps: number; labels: number }[]>`
          select
            (select count(*)::int from task_labels where task_id = any(${ids})) as labels,
            (select count(*)::int from task_comments where task_id = any(${ids})) as comments,
            (select count(*)::int from task_checklist_items where task_id = any(${ids})) as items,
            (select count(*)::int from task_dependencies where task_id = any(${ids}) or depends_on_id = any(${ids})) as deps`
      )[0]!;
    expect(await left([taskIds[1]!])).toEqual({ labels: 1, comments: 2, items: 2, deps: 3 });

    expect((await team.owner.rest.delete(`/tasks/${taskIds[1]}`)).status).toBe(200);
    expect(await left([taskIds[1]!])).toEqual({ labels: 0, comments: 0, items: 0, deps: 0 });
    expect((await team.owner.rest.get(`/tasks/${survivor}/dependencies`)).body.data.blocked_by.map((l: any) => l.task_id)).toEqual([taskIds[2]]);

    expect((await team.owner.rest.delete(`/projects/${projectId}`)).status).toBe(200);
    expect(await left(taskIds)).toEqual({ labels: 0, comments: 0, items: 0, deps: 0 });
    const [gone] = await db<{ groups: number; milestones: number }[]>`
      select (select count(*)::int from task_groups where project_id = ${projectId}) as groups,
             (select count(*)::int from milestones where project_id = ${projectId}) as milestones`;
    expect(gone).toEqual({ groups: 0, milestones: 0 });
    expect((await team.owner.rest.get(`/tasks/${survivor}/dependencies`)).body.data).toEqual({ blocked_by: [], blocks: [] });
    // Nothing anywhere points at a task that is gone.
    const [orphans] = await db<{ n: number }[]>`
      select (
        (select count(*) from task_labels l where not exists (select 1 from tasks t where t.id = l.task_id)) +
        (select count(*) from task_comments c where not exists (select 1 from tasks t where t.id = c.task_id)) +
        (select count(*) from task_checklist_items i where not exists (select 1 from tasks t where t.id = i.task_id)) +
        (select count(*) from task_dependencies d where not exists (select 1 from tasks t where t.id = d.task_id)
           or not exists (select 1 from tasks t where t.id = d.depends_on_id))
      )::int as n`;
    expect(orphans!.n).toBe(0);
  });
});
