/**
 * tasks.dependency.*, tasks.dependencies.list_all over REST, WebSocket, MCP and GraphQL: both spellings, the
 * rules (self, duplicate, cycle with its path), limits, concurrent adds that would close a cycle, isolation,
 * events, list_all in one statement.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let mcp: Client;
let projectId: string;
let otherProjectId: string;
let statements: string[] = [];
let recording = false;

beforeAll(async () => {
  team = await startTeam({ onQuery: (q) => recording && statements.push(q) });
  ownerWs = await connectWs(team.server, team.owner.token);
  mcp = await connectMcp(team.server, team.owner.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Planned' })).body.data.id;
  otherProjectId = (await team.owner.rest.post('/projects', { name: 'Also planned' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await team?.server.close();
});

async function newTask(title: string, project = projectId): Promise<string> {
  const res = await team.owner.rest.post('/tasks', { title, project_id: project });
  expect(res.status).toBe(201);
  return res.body.data.id;
}
/** `n` fresh tasks (at least 4 are named in the type: destructure as many as asked for). */
const tasks = (n: number, name: string) =>
  Promise.all(Array.from({ length: n }, (_, i) => newTask(`${name} ${i}`))) as Promise<[string, string, string, string, ...string[]]>;

/** `waiter` waits for `blocker`, over REST. */
async function depend(waiter: string, blocker: string): Promise<any> {
  const res = await team.owner.rest.post(`/tasks/${waiter}/dependencies`, { depends_on_id: blocker, dependency_type: 'blocked_by' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

const eventCount = async (): Promise<number> => Number((await team.server.svc.db<{ n: string }[]>`select count(*) as n from events`)[0]!.n);

describe('dependencies', () => {
  it('blocked_by and blocks spell the two directions; the list shows both sides, across projects', async () => {
    const [a, b] = await tasks(2, 'Dir');
    const c = await newTask('Elsewhere', otherProjectId);
    const ab = await team.member.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: b, dependency_type: 'blocked_by' });
    expect(ab.status).toBe(201);
    expect(ab.body.data).toMatchObject({ org_id: team.orgId, task_id: a, depends_on_id: b, created_by: team.member.id });
    expect(ab.body.data.id).toMatch(/^dep_/);
    // "a blocks c" is stored as c waiting for a.
    const ac = await ownerWs.request('tasks.dependency.add', { task_id: a, depends_on_id: c, dependency_type: 'blocks' });
    expect(ac).toMatchObject({ status: 'ok', data: { task_id: c, depends_on_id: a } });

    const list = await team.viewer.rest.get(`/tasks/${a}/dependencies`);
    expect(list.body).toEqual({
      data: {
        blocked_by: [{ dependency_id: ab.body.data.id, task_id: b, title: 'Dir 1', status: 'open', project_id: projectId }],
        blocks: [{ dependency_id: ac.data.id, task_id: c, title: 'Elsewhere', status: 'open', project_id: otherProjectId }],
      },
    });
    const overMcp = await mcpCall(mcp, 'tasks_dependency_list', { task_id: c });
    expect(overMcp.body.data).toEqual({
      blocked_by: [{ dependency_id: ac.data.id, task_id: a, title: 'Dir 0', status: 'open', project_id: projectId }],
      blocks: [],
    });
    const g = await gql(
      team.server,
      team.owner.token,
      `query($t: ID!) { taskDependencies(taskId: $t) { blocked_by { task_id } blocks { task_id } } }`,
      { t: b },
    );
    expect(g.body).toEqual({ data: { taskDependencies: { blocked_by: [], blocks: [{ task_id: a }] } } });
  });

  it('no self-dependency (VALIDATION_ERROR), no duplicate in either spelling (CONFLICT), bad input names the field', async () => {
    const [a, b] = await tasks(2, 'Rule');
    const self = await team.owner.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: a, dependency_type: 'blocks' });
    expect(self.status).toBe(400);
    expect(self.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'depends_on_id' } });
    const dep = await depend(a, b);
    const before = await eventCount();
    const again = await team.owner.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: b, dependency_type: 'blocked_by' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', details: { dependency_id: dep.id } });
    const spelledBackwards = await ownerWs.request('tasks.dependency.add', { task_id: b, depends_on_id: a, dependency_type: 'blocks' });
    expect(spelledBackwards.error).toMatchObject({ code: 'CONFLICT', details: { dependency_id: dep.id } });
    for (const [body, field] of [
      [{ depends_on_id: b }, 'dependency_type'],
      [{ dependency_type: 'blocks' }, 'depends_on_id'],
      [{ depends_on_id: b, dependency_type: 'relates_to' }, 'dependency_type'],
      [{ depends_on_id: '', dependency_type: 'blocks' }, 'depends_on_id'],
      [{ depends_on_id: b, dependency_type: 'blocks', weight: 2 }, 'weight'],
    ] as const) {
      const rest = await team.owner.rest.post(`/tasks/${a}/dependencies`, body);
      expect(rest.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(rest.body.error.details)).toContain(field);
      const ws = await ownerWs.request('tasks.dependency.add', { task_id: a, ...body });
      expect(ws.error?.code).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(ws.error?.details)).toContain(field);
    }
    expect(await eventCount()).toBe(before);
  });

  it('a dependency that would close a cycle is CONFLICT naming the cycle; nothing changes', async () => {
    const [a, b, c, d] = await tasks(4, 'Cycle');
    await depend(a, b);
    await depend(b, c);
    await depend(c, d);
    await depend(a, d); // a shortcut: the shortest chain is reported
    const before = await eventCount();
    const edgesBefore = (await team.owner.rest.get('/task-dependencies')).body.data;
    const closing = await team.owner.rest.post(`/tasks/${d}/dependencies`, { depends_on_id: a, dependency_type: 'blocked_by' });
    expect(closing.status).toBe(409);
    expect(closing.body.error).toMatchObject({ code: 'CONFLICT', details: { cycle: [d, a, d] } });
    const viaChain = await ownerWs.request('tasks.dependency.add', { task_id: b, depends_on_id: c, dependency_type: 'blocks' });
    // "b blocks c" = c waits for b, while b waits for c.
    expect(viaChain.error).toMatchObject({ code: 'CONFLICT', details: { cycle: [c, b, c] } });
    const longer = await ownerWs.request('tasks.dependency.add', { task_id: c, depends_on_id: a, dependency_type: 'blocked_by' });
    expect(longer.error).toMatchObject({ code: 'CONFLICT', details: { cycle: [c, a, b, c] } });
    expect(await eventCount()).toBe(before);
    expect((await team.owner.rest.get('/task-dependencies')).body.data).toEqual(edgesBefore);
  });

  it('two adds that together would close a cycle, fired at once over REST and WS, never both succeed', async () => {
    for (let round = 0; round < 8; round++) {
      const [a, b] = await tasks(2, `Race ${round}`);
      const [rest, ws] = await Promise.all([
        team.owner.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: b, dependency_type: 'blocked_by' }),
        ownerWs.request('tasks.dependency.add', { task_id: b, depends_on_id: a, dependency_type: 'blocked_by' }),
      ]);
      const outcomes = [rest.status === 201 ? 'ok' : rest.body.error.code, ws.status === 'ok' ? 'ok' : ws.error?.code].sort();
      expect(outcomes, `round ${round}`).toEqual(['CONFLICT', 'ok']);
      const db = team.server.svc.db;
      const [row] = await db<{ n: string }[]>`
        select count(*) as n from task_dependencies where task_id = any(${db.array([a, b])}) or depends_on_id = any(${db.array([a, b])})`;
      expect(Number(row!.n)).toBe(1);
    }
    // A longer cycle closed from both ends at once: a→b, b→c exist; c→a and (again) c→a via "a blocks c".
    for (let round = 0; round < 4; round++) {
      const [a, b, c] = await tasks(3, `Triangle ${round}`);
      await depend(a, b);
      const [one, two] = await Promise.all([
        team.owner.rest.post(`/tasks/${b}/dependencies`, { depends_on_id: c, dependency_type: 'blocked_by' }),
        ownerWs.request('tasks.dependency.add', { task_id: a, depends_on_id: c, dependency_type: 'blocks' }),
      ]);
      expect([one.status === 201, two.status === 'ok'].filter(Boolean), `triangle ${round}`).toHaveLength(1);
    }
  });

  it('remove names the dependency from either end; another task, organization or unknown id is NOT_FOUND; events on /ws', async () => {
    const [a, b, c] = await tasks(3, 'Remove');
    const dep = await depend(a, b);
    const created = await ownerWs.nextEvent((e) => e.data?.entity_type === 'task_dependency' && e.data.entity_id === dep.id);
    expect(created.data).toMatchObject({ action: 'created', entity: dep, user_id: team.owner.id });

    expect((await team.owner.rest.delete(`/tasks/${c}/dependencies/${dep.id}`)).status).toBe(404);
    expect((await team.viewer.rest.delete(`/tasks/${a}/dependencies/${dep.id}`)).status).toBe(403);
    const theirProject = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
    const [t1, t2] = await Promise.all(
      ['X', 'Y'].map(async (title) => (await team.stranger.rest.post('/tasks', { title, project_id: theirProject })).body.data.id),
    );
    const theirs = (await team.stranger.rest.post(`/tasks/${t1}/dependencies`, { depends_on_id: t2, dependency_type: 'blocked_by' })).body.data;
    expect((await team.owner.rest.delete(`/tasks/${t1}/dependencies/${theirs.id}`)).status).toBe(404);
    expect((await team.owner.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: t1, dependency_type: 'blocks' })).status).toBe(404);
    expect((await ownerWs.request('tasks.dependency.list', { task_id: t1 })).error?.code).toBe('NOT_FOUND');
    expect((await team.owner.rest.get('/task-dependencies')).body.data.map((e: any) => e.id)).not.toContain(theirs.id);

    const removed = await ownerWs.request('tasks.dependency.remove', { task_id: b, dependency_id: dep.id });
    expect(removed).toMatchObject({ status: 'ok', data: { id: dep.id, deleted: true } });
    const deleted = await ownerWs.nextEvent((e) => e.data?.entity_type === 'task_dependency' && e.data.action === 'deleted');
    expect(deleted.data).toMatchObject({ entity_id: dep.id, entity: dep });
    expect((await team.owner.rest.get(`/tasks/${a}/dependencies`)).body.data).toEqual({ blocked_by: [], blocks: [] });
    expect((await team.owner.rest.delete(`/tasks/${a}/dependencies/${dep.id}`)).status).toBe(404);
  });

  it('at most 100 per task in each direction: the 101st is VALIDATION_ERROR naming the full end', async () => {
    const hub = await newTask('Hub');
    const others = await tasks(101, 'Spoke');
    // 100 tasks the hub waits for, written directly; then the API refuses the 101st.
    await team.server.svc.db`
      insert into task_dependencies (id, org_id, task_id, depends_on_id)
      select 'dep_seed_' || o, ${team.orgId}, ${hub}, o from unnest(${others.slice(0, 100)}::text[]) o`;
    const before = await eventCount();
    const over = await team.owner.rest.post(`/tasks/${hub}/dependencies`, { depends_on_id: others[100], dependency_type: 'blocked_by' });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'task_id', limit: 100 } });
    const spelledFromTheOther = await ownerWs.request('tasks.dependency.add', {
      task_id: others[100],
      depends_on_id: hub,
      dependency_type: 'blocks',
    });
    expect(spelledFromTheOther.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'depends_on_id' } });
    // The other direction is not full.
    expect((await team.owner.rest.post(`/tasks/${hub}/dependencies`, { depends_on_id: others[100], dependency_type: 'blocks' })).status).toBe(201);
    expect(await eventCount()).toBe(before + 1);
    const list = (await team.owner.rest.get(`/tasks/${hub}/dependencies`)).body.data;
    expect([list.blocked_by.length, list.blocks.length]).toEqual([100, 1]);
  });

  it('at most 50,000 per organization: beyond is VALIDATION_ERROR', async () => {
    // In the stranger's own organization: 320 tasks, 50,000 edges from a higher to a lower task, written directly.
    const orgId = team.stranger.user.orgId;
    const project = (await team.stranger.rest.post('/projects', { name: 'Huge' })).body.data.id;
    const db = team.server.svc.db;
    await db`
      insert into tasks (id, org_id, project_id, title, position)
      select 'tsk_big' || lpad(i::text, 4, '0'), ${orgId}, ${project}, 'Big ' || i, i from generate_series(0, 319) i`;
    const [{ n } = { n: 0 }] = await db<{ n: number }[]>`select count(*)::int as n from task_dependencies where org_id = ${orgId}`;
    await db`
      insert into task_dependencies (id, org_id, task_id, depends_on_id)
      select 'dep_big' || i || '_' || j, ${orgId}, 'tsk_big' || lpad(i::text, 4, '0'), 'tsk_big' || lpad(j::text, 4, '0')
      from generate_series(1, 319) i, generate_series(0, 318) j where j < i
      order by i, j limit ${50_000 - n}`;
    const [a, b] = await Promise.all(
      ['P', 'Q'].map(async (title) => (await team.stranger.rest.post('/tasks', { title, project_id: project })).body.data.id),
    );
    const over = await team.stranger.rest.post(`/tasks/${a}/dependencies`, { depends_on_id: b, dependency_type: 'blocked_by' });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { limit: 50_000 } });
    const all = await team.stranger.rest.get('/task-dependencies');
    expect(all.body.data).toHaveLength(50_000);
    await db`delete from tasks where project_id = ${project}`;
  });

  it('list_all answers every edge of the organization in ONE statement', async () => {
    const [a, b] = await tasks(2, 'All');
    const dep = await depend(a, b);
    statements = [];
    recording = true;
    const res = await team.viewer.rest.get('/task-dependencies');
    recording = false;
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual({ id: dep.id, task_id: a, depends_on_id: b });
    expect(res.body.data.map((e: any) => e.id)).toEqual([...res.body.data.map((e: any) => e.id)].sort());
    const mine = statements.filter((s) => /task_dependencies/.test(s));
    expect(mine).toHaveLength(1);
    const g = await gql(team.server, team.owner.token, `{ allTaskDependencies { id task_id depends_on_id } }`);
    expect(g.body.data.allTaskDependencies).toEqual(res.body.data);
  });
});
