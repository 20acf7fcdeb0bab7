/**
 * Seeds a fresh server through its real REST API:
 *   - org A (owner + `fanoutUsers - 1` invited members): `listProjects` projects × `tasksPerProject`
 *     tasks (the first project is the one the list benchmark reads), plus one "fan-out" project with
 *     the single task whose title the fan-out benchmark PATCHes;
 *   - org B (another user): `otherProjects` projects × `tasksPerProject` tasks, so the tasks table
 *     holds other tenants' rows and the (org_id, project_id, created_at) index has to select.
 * Tasks vary the optional fields (description, dates, estimate, assignee) so rows look real.
 */
import { Api, mapLimit } from './api.js';

export interface SeedOptions {
  base: string;
  listProjects: number;
  otherProjects: number;
  tasksPerProject: number;
  fanoutUsers: number;
}

export interface BenchUser {
  email: string;
  password: string;
  id: string;
}

export interface Seeded {
  orgId: string;
  listProjectId: string;
  fanoutTaskId: string;
  /** users[0] is org A's owner; the rest are members of org A. */
  users: BenchUser[];
  totalTasks: number;
}

interface Tokens {
  access_token: string;
  user: { id: string };
}

const PASSWORD = 'bench-password-1234';
const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;

async function register(base: string, email: string, name: string): Promise<{ api: Api; user: BenchUser }> {
  const anon = new Api(base);
  const t = await anon.call<Tokens>('POST', '/api/v1/auth/register', { email, password: PASSWORD, name });
  return { api: new Api(base, t.access_token), user: { email, password: PASSWORD, id: t.user.id } };
}

/** A fresh access token (they last 15 minutes; a full run can take longer). */
export async function login(base: string, user: BenchUser): Promise<string> {
  const t = await new Api(base).call<Tokens>('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
  return t.access_token;
}

/** The body of seeded task `i`: optional fields vary with `i`, so rows look real. */
export function taskBody(projectId: string, i: number, assignee: string): Record<string, unknown> {
  const day = 1 + (i % 28);
  return {
    project_id: projectId,
    title: `Task ${i}: ${['design', 'build', 'review', 'ship'][i % 4]} the ${['login page', 'API client', 'invoice export', 'report view'][i % 4]}`,
    priority: PRIORITIES[i % 4],
    ...(i % 5 !== 0 ? { description: `Details for task ${i}. `.repeat(1 + (i % 4)) } : {}),
    ...(i % 3 === 0 ? { start_date: `2026-03-${String(day).padStart(2, '0')}`, due_date: `2026-04-${String(day).padStart(2, '0')}` } : {}),
    ...(i % 2 === 0 ? { estimated_hours: (i % 16) / 2 + 0.5 } : {}),
    ...(i % 3 === 1 ? { assignee_ids: [assignee] } : {}),
  };
}

async function createProjectWithTasks(api: Api, name: string, tasks: number, assignee: string): Promise<{ id: string; org_id: string }> {
  const { data: project } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name });
  // Sequential per project: creates lock the project row to number positions anyway.
  for (let i = 0; i < tasks; i++) await api.call('POST', '/api/v1/tasks', taskBody(project.id, i, assignee));
  return project;
}

export async function seed(o: SeedOptions): Promise<Seeded> {
  const tag = Date.now().toString(36);
  const owner = await register(o.base, `bench-owner-${tag}@example.com`, 'Bench Owner');
  const other = await register(o.base, `bench-other-${tag}@example.com`, 'Other Tenant');

  const ownProjects = await mapLimit(
    Array.from({ length: o.listProjects }, (_, j) => j),
    4,
    (j) => createProjectWithTasks(owner.api, `List project ${j}`, o.tasksPerProject, owner.user.id),
  );
  await mapLimit(
    Array.from({ length: o.otherProjects }, (_, j) => j),
    4,
    (j) => createProjectWithTasks(other.api, `Other project ${j}`, o.tasksPerProject, other.user.id),
  );
  const { data: fanoutProject } = await owner.api.call<{ data: { id: string } }>('POST', '/api/v1/projects', { name: 'Fan-out' });
  const { data: fanoutTask } = await owner.api.call<{ data: { id: string } }>('POST', '/api/v1/tasks', {
    project_id: fanoutProject.id,
    title: 'evt-000000-evt',
  });

  // Members of org A: invited first, so registering joins them to it.
  const users = [owner.user];
  for (let k = 1; k < o.fanoutUsers; k++) {
    const email = `bench-member-${k}-${tag}@example.com`;
    await owner.api.call('POST', '/api/v1/members/invite', { email, role: 'member' });
    users.push((await register(o.base, email, `Bench Member ${k}`)).user);
  }

  return {
    orgId: ownProjects[0]!.org_id,
    listProjectId: ownProjects[0]!.id,
    fanoutTaskId: fanoutTask.id,
    users,
    totalTasks: (o.listProjects + o.otherProjects) * o.tasksPerProject + 1,
  };
}
