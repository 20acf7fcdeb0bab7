/**
 * Property test of the visibility rule (fast-check): draws an organization's members and their roles (some users
 * left outside it), projects with their visibility and project members, and a little of everything inside each
 * project (a task with a comment and a checklist item, a task group, a milestone, a time entry, a dependency
 * between projects, the sidebar fold), builds them through the API, then checks every read operation as every
 * user over REST against one oracle of who may see what, and over WS, MCP and GraphQL against the REST answer
 * (so all four against the oracle), plus GraphQL's nested fields.
 *
 * The oracle: a member of the organization sees a project when its visibility is `organization`, when they are
 * one of its project members, or when their role holds `manage_projects` (owner, admin, manager); what lives in
 * a project is seen exactly when the project is; a dependency when both of its tasks are. Nothing of the
 * organization exists for a user outside it.
 *
 * Bounded: FC_RUNS runs (default 12), seed FC_SEED.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../generated/operations.js';
import { callOp, TRANSPORTS, type Caller, type Outcome } from '../conformance/transports.js';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs } from '../support/ws.js';

const SEED = Number(process.env.FC_SEED ?? 20261203);
const RUNS = Number(process.env.FC_RUNS ?? 12);
const USERS = 5;
const SEES_ALL = new Set(['owner', 'admin', 'manager']);

type OrgRole = 'admin' | 'manager' | 'member' | 'viewer' | null;

let server: TestServer;
let users: (RegisteredUser & Caller)[] = [];
const closers: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000_000, wsMessagesPerMinute: 10_000_000 });
  const registered = [];
  for (let i = 0; i < USERS; i++) registered.push(await registerUser(server, { name: `User ${i}` }));
  users = registered.map((u) => {
    let ws: ReturnType<typeof connectWs> | undefined;
    let mcp: ReturnType<typeof connectMcp> | undefined;
    return {
      ...u,
      id: u.user.id,
      token: u.access_token,
      ws() {
        if (!ws) {
          ws = connectWs(server, u.access_token);
          closers.push(async () => (await ws!).close());
        }
        return ws;
      },
      mcp() {
        if (!mcp) {
          mcp = connectMcp(server, u.access_token);
          closers.push(async () => (await mcp!).close());
        }
        return mcp;
      },
    };
  });
}, 120_000);
afterAll(async () => {
  for (const c of closers) await c().catch(() => {});
  await server?.close();
});

interface ProjectPlan {
  visibility: 'organization' | 'members';
  /** Indexes of users to add as project members (those outside the organization are skipped). */
  members: number[];
  /** Whether the creator (user 0, the owner) leaves a members-only project again. */
  ownerLeaves: boolean;
}
interface Plan {
  roles: OrgRole[]; // users 1..USERS-1; user 0 owns the organization
  projects: ProjectPlan[];
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  roles: fc.array(fc.constantFrom<OrgRole>('admin', 'manager', 'member', 'member', 'viewer', 'viewer', null), {
    minLength: USERS - 1,
    maxLength: USERS - 1,
  }),
  projects: fc.array(
    fc.record({
      visibility: fc.constantFrom<'organization' | 'members'>('organization', 'members', 'members'),
      members: fc.uniqueArray(fc.integer({ min: 1, max: USERS - 1 }), { maxLength: USERS - 1 }),
      ownerLeaves: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

interface Built {
  orgId: string;
  roleOf: (string | null)[];
  projects: { id: string; visibility: string; members: Set<string>; taskId: string; entryId: string }[];
  /** The dependency (task of project 1 waits for task of project 0), when there are two projects. */
  dependency?: { id: string; waiter: number; blocker: number };
}

function ok(res: { status: number; body: any }, what: string): any {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

async function build(plan: Plan): Promise<Built> {
  const owner = api(server, users[0]!.token);
  const org = await ok(await owner.post('/organizations', { name: `Vis ${Date.now()}` }), 'organization');
  const orgId: string = org.id;
  const at = `?org_id=${orgId}`;
  const roleOf: (string | null)[] = ['owner', ...plan.roles];
  for (const [i, role] of plan.roles.entries()) {
    if (role) await server.svc.db`insert into members (org_id, user_id, role) values (${orgId}, ${users[i + 1]!.id}, ${role})`;
  }
  const projects: Built['projects'] = [];
  for (const [k, pp] of plan.projects.entries()) {
    const p = await ok(await owner.post(`/projects${at}`, { name: `P${k}`, visibility: pp.visibility }), 'project');
    const members = new Set<string>(pp.visibility === 'members' ? [users[0]!.id] : []);
    for (const i of pp.members) {
      if (!roleOf[i]) continue;
      await ok(await owner.post(`/projects/${p.id}/members${at}`, { user_id: users[i]!.id, role: i % 2 ? 'lead' : 'member' }), 'add member');
      members.add(users[i]!.id);
    }
    if (pp.visibility === 'members' && pp.ownerLeaves) {
      await ok(await owner.delete(`/projects/${p.id}/members/${users[0]!.id}${at}`), 'owner leaves');
      members.delete(users[0]!.id);
    }
    const task = await ok(await owner.post(`/tasks${at}`, { title: `T${k}`, project_id: p.id }), 'task');
    await ok(await owner.post(`/tasks/${task.id}/comments${at}`, { body: `C${k}` }), 'comment');
    await ok(await owner.post(`/tasks/${task.id}/checklist${at}`, { title: `I${k}` }), 'checklist');
    await ok(await owner.post(`/projects/${p.id}/task-groups${at}`, { name: `G${k}` }), 'group');
    await ok(await owner.post(`/projects/${p.id}/milestones${at}`, { title: `M${k}`, target_date: '2025-06-30' }), 'milestone');
    const entry = await ok(
      await owner.post(`/time-entries${at}`, { task_id: task.id, started_at: '2025-03-02T09:00:00Z', stopped_at: '2025-03-02T10:00:00Z' }),
      'entry',
    );
    projects.push({ id: p.id, visibility: pp.visibility, members, taskId: task.id, entryId: entry.id });
  }
  let dependency: Built['dependency'];
  if (projects.length >= 2) {
    const dep = await ok(
      await owner.post(`/tasks/${projects[1]!.taskId}/dependencies${at}`, { depends_on_id: projects[0]!.taskId, dependency_type: 'blocked_by' }),
      'dependency',
    );
    dependency = { id: dep.id, waiter: 1, blocker: 0 };
  }
  // Every member of the organization folded every project in their sidebar.
  for (const [i, role] of roleOf.entries()) {
    if (!role) continue;
    for (const p of projects) {
      await server.svc
        .db`insert into sidebar_collapsed (user_id, org_id, project_id) values (${users[i]!.id}, ${orgId}, ${p.id}) on conflict do nothing`;
    }
  }
  return { orgId, roleOf, projects, dependency };
}

/** The oracle. */
function sees(b: Built, reader: number, project: number): boolean {
  const role = b.roleOf[reader];
  if (!role) return false;
  const p = b.projects[project]!;
  return p.visibility === 'organization' || SEES_ALL.has(role) || p.members.has(users[reader]!.id);
}

type Expect = { visible: boolean; check?: (body: any) => void };
interface Read {
  op: OperationName;
  input: Record<string, unknown>;
  expect: Expect;
}

const ids = (body: any): string[] => body.data.map((x: any) => x.id);

function reads(b: Built, r: number): Read[] {
  const orgId = b.orgId;
  const visible = b.projects.map((_p, k) => sees(b, r, k));
  const seenProjects = b.projects.filter((_p, k) => visible[k]);
  const out: Read[] = [
    {
      op: 'projects.list',
      input: { org_id: orgId, per_page: 100 },
      expect: { visible: true, check: (x) => expect(ids(x)).toEqual(seenProjects.map((p) => p.id)) },
    },
    {
      op: 'tasks.list',
      input: { org_id: orgId, per_page: 100 },
      expect: { visible: true, check: (x) => expect(ids(x).sort()).toEqual(seenProjects.map((p) => p.taskId).sort()) },
    },
    {
      op: 'time_entries.list',
      input: { org_id: orgId, per_page: 100 },
      expect: { visible: true, check: (x) => expect(ids(x).sort()).toEqual(seenProjects.map((p) => p.entryId).sort()) },
    },
    {
      op: 'tasks.dependencies.list_all',
      input: { org_id: orgId },
      expect: {
        visible: true,
        check: (x) => {
          const d = b.dependency;
          const shown = d && visible[d.waiter] && visible[d.blocker];
          expect(x.data.map((e: any) => e.id)).toEqual(shown ? [d.id] : []);
        },
      },
    },
    {
      op: 'sidebar.get_collapsed',
      input: { org_id: orgId },
      expect: { visible: true, check: (x) => expect(x.data.project_ids).toEqual(seenProjects.map((p) => p.id)) },
    },
  ];
  for (const [k, p] of b.projects.entries()) {
    const v = visible[k]!;
    const one = (op: OperationName, input: Record<string, unknown>, check?: (x: any) => void): void => {
      out.push({ op, input: { org_id: orgId, ...input }, expect: { visible: v, ...(check ? { check } : {}) } });
    };
    one('projects.get', { id: p.id }, (x) => expect(x.data.visibility).toBe(p.visibility));
    one('projects.members.list', { project_id: p.id }, (x) => expect(x.data.map((m: any) => m.user_id).sort()).toEqual([...p.members].sort()));
    one('tasks.list', { project_id: p.id }, (x) => expect(ids(x)).toEqual([p.taskId]));
    one('tasks.get', { id: p.taskId });
    one('tasks.comments.list', { task_id: p.taskId }, (x) => expect(x.pagination.total).toBe(1));
    one('tasks.checklist.list', { task_id: p.taskId }, (x) => expect(x.pagination.total).toBe(1));
    one('tasks.dependency.list', { task_id: p.taskId }, (x) => {
      const d = b.dependency;
      const links = [...x.data.blocked_by, ...x.data.blocks].map((l: any) => l.task_id);
      const other = d && (k === d.waiter ? d.blocker : k === d.blocker ? d.waiter : undefined);
      expect(links).toEqual(other !== undefined && visible[other] ? [b.projects[other]!.taskId] : []);
    });
    one('task_groups.list', { project_id: p.id }, (x) => expect(x.pagination.total).toBe(1));
    one('milestones.list', { project_id: p.id }, (x) => expect(x.data.map((m: any) => m.task_count)).toEqual([0]));
    one('time_entries.get', { entry_id: p.entryId });
  }
  return out;
}

/** The outcome without what differs by transport only (REST's HTTP status). */
const comparable = (o: Outcome): unknown => (o.ok ? o : { ok: false, code: o.code });

async function checkReader(b: Built, r: number): Promise<void> {
  const reader = users[r]!;
  if (!b.roleOf[r]) {
    // Outside the organization: the organization itself is not found.
    const out = await callOp(server, 'rest', 'projects.list', reader, { org_id: b.orgId });
    expect(out.ok ? 'ok' : out.code).toBe('NOT_FOUND');
    return;
  }
  for (const read of reads(b, r)) {
    const what = `${read.op} ${JSON.stringify(read.input)} as user ${r} (${b.roleOf[r]})`;
    const rest = await callOp(server, 'rest', read.op, reader, read.input);
    if (read.expect.visible) {
      expect(rest.ok, `${what}: ${JSON.stringify(rest)}`).toBe(true);
      if (rest.ok) read.expect.check?.(rest.body);
    } else {
      expect(rest.ok ? 'ok' : rest.code, what).toBe('NOT_FOUND');
    }
    for (const t of TRANSPORTS) {
      if (t === 'rest') continue;
      const other = await callOp(server, t, read.op, reader, read.input, rest.ok ? rest.body : undefined);
      expect(comparable(other), `${what} over ${t}`).toEqual(comparable(rest));
    }
  }
  await checkNested(b, r);
}

const NESTED = `query Nested($orgId: ID) {
  projects(orgId: $orgId, perPage: 5) { data {
    id task_count
    members(perPage: 10) { data { user_id } }
    milestones(perPage: 5) { data { id task_count } }
    task_groups(perPage: 5) { data { id } }
    time_entries(perPage: 5) { data { id } }
    ungrouped_tasks(perPage: 5) { data { id } }
    tasks(perPage: 5) { data { id comment_count comments(perPage: 5) { pagination { total } } checklist(perPage: 5) { pagination { total } }
      dependencies { blocked_by { task_id } blocks { task_id } } project { id } } }
  } }
  tasks(orgId: $orgId, perPage: 10) { data { id project { id } } }
  timeEntries(orgId: $orgId, perPage: 10) { data { id project { id } task { id } } }
  allTaskDependencies(orgId: $orgId) { id }
}`;

async function checkNested(b: Built, r: number): Promise<void> {
  const res = await gql(server, users[r]!.token, NESTED, { orgId: b.orgId });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const data = res.body.data;
  const visible = b.projects.map((_p, k) => sees(b, r, k));
  const seen = b.projects.filter((_p, k) => visible[k]);
  expect(data.projects.data.map((p: any) => p.id)).toEqual(seen.map((p) => p.id));
  for (const p of data.projects.data) {
    const k = b.projects.findIndex((x) => x.id === p.id);
    const plan = b.projects[k]!;
    expect(p.task_count).toBe(1);
    expect(p.members.data.map((m: any) => m.user_id).sort()).toEqual([...plan.members].sort());
    expect(p.milestones.data.length).toBe(1);
    expect(p.task_groups.data.length).toBe(1);
    expect(p.time_entries.data.map((e: any) => e.id)).toEqual([plan.entryId]);
    expect(p.tasks.data.map((t: any) => t.id)).toEqual([plan.taskId]);
    const t = p.tasks.data[0];
    expect([t.comment_count, t.comments.pagination.total, t.checklist.pagination.total]).toEqual([1, 1, 1]);
    const d = b.dependency;
    const other = d && (k === d.waiter ? d.blocker : k === d.blocker ? d.waiter : undefined);
    const links = [...t.dependencies.blocked_by, ...t.dependencies.blocks].map((l: any) => l.task_id);
    expect(links).toEqual(other !== undefined && visible[other] ? [b.projects[other]!.taskId] : []);
  }
  expect(data.tasks.data.map((t: any) => t.id).sort()).toEqual(seen.map((p) => p.taskId).sort());
  expect(data.timeEntries.data.map((e: any) => [e.id, e.project.id, e.task.id]).sort()).toEqual(seen.map((p) => [p.entryId, p.id, p.taskId]).sort());
  const d = b.dependency;
  expect(data.allTaskDependencies.map((e: any) => e.id)).toEqual(d && visible[d.waiter] && visible[d.blocker] ? [d.id] : []);
}

describe('project visibility (property)', () => {
  it('every read on every transport shows exactly what the oracle allows', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const built = await build(plan);
        for (let r = 0; r < USERS; r++) await checkReader(built, r);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
