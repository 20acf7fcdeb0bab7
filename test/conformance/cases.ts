/**
 * The conformance table: one case per operation of the catalogue (catalogue.test.ts fails when an
 * operation has none, so a new operation in the specs needs a case here).
 *
 * A case says how to call its operation validly as the team owner (`sample`), and, depending on
 * what the operation is:
 *   - reads (GET): the inputs whose answers must be identical everywhere (`reads`, over `ReadData`);
 *   - writes: how one run gets fresh fixtures and its input (`write`), so each transport runs it
 *     on its own data;
 *   - operations naming an entity: inputs naming another organization's entity (`foreign`), which
 *     must answer NOT_FOUND;
 *   - operations needing a permission: an input the team's viewer may not run (`forbidden`).
 * Inputs use dates far from today: the comparison masks instants near now as server-made.
 */
import type { OperationName } from '../../generated/operations.js';
import { registerUser } from '../support/http.js';
import type { Input, Transport } from './transports.js';
import { created, expectStatus, mailedToken, type Person, type World } from './world.js';

export interface Run {
  w: World;
  transport: Transport;
  /** Unique per run (see `newTag`): goes into names, emails and slugs. */
  tag: string;
  /** Who acts; undefined for public operations. */
  actor: Person | undefined;
}

export interface WriteCase {
  /** Who acts in a run (default: the transport's admin); resolving to undefined = anonymous. */
  actor?(w: World, tag: string): Promise<Person | undefined>;
  /** Makes the run's fixtures and returns its input. */
  input(run: Run): Promise<Input>;
  /** Answer/event keys whose values depend on timing. */
  volatile?: string[];
  /** Input keys the answer carries in another form (or not at all). */
  notEchoed?: string[];
  /** The operation emits no real-time event. */
  silent?: boolean;
}

export interface OpCase {
  /** A valid input for the team owner (the error checks remove or add fields, or change org_id). */
  sample(w: World): Promise<Input>;
  /** Reads: label → input; the answer to each must be the same over every transport. */
  reads?(w: World, reader: Person, d: ReadData): Record<string, Input>;
  write?: WriteCase;
  /** label → an input naming another organization's entity (for the owner): NOT_FOUND everywhere. */
  foreign?(w: World): Promise<Record<string, Input>>;
  /** An input the team's viewer lacks the permission for: FORBIDDEN everywhere. */
  forbidden?(w: World): Promise<Input>;
}

// ------------------------------------------------------------------------------------------------ data for reads

export interface ReadData {
  projectId: string;
  archivedProjectId: string;
  taskId: string;
  entryId: string;
}

/** A small team data set: two projects, tasks with assignees and dates, entries by two people, PATs. */
export async function seedReadData(w: World): Promise<ReadData> {
  const { owner, orgId } = w;
  const other = w.actors.rest;
  const at = `?org_id=${orgId}`;
  const project = await created(owner, `/projects${at}`, { name: 'Website', hourly_rate_cents: 15050, client_id: w.clientId, color: '#112233' });
  // Archived once its entry is logged (an archived project takes no new time).
  const archived = await created(owner, `/projects${at}`, { name: 'Old web', billable: false });
  const tasks = [];
  for (const [title, status, priority, due, assignees] of [
    ['Design', 'open', 'low', '2025-05-01', [owner.id, other.id]],
    ['Build', 'in_progress', 'urgent', null, [other.id]],
    ['Ship', 'done', 'high', '2025-04-01', []],
    ['Review', 'review', 'medium', '2025-06-01', [owner.id]],
  ] as const) {
    tasks.push(await created(owner, `/tasks${at}`, { title, project_id: project.id, status, priority, due_date: due, assignee_ids: assignees, estimated_hours: 1.5 }));
  }
  const entries = [];
  for (const [who, start, stop, extra] of [
    [owner, '2025-03-02T09:00:00Z', '2025-03-02T10:30:00Z', { task_id: tasks[0].id, description: 'Sketches' }],
    [owner, '2025-03-20T09:00:00Z', '2025-03-20T09:45:00Z', { project_id: archived.id }],
    [other, '2025-04-02T09:00:00Z', '2025-04-02T10:00:00Z', { project_id: project.id, billable: false }],
    [other, '2025-02-10T13:00:00Z', '2025-02-10T17:00:00Z', { project_id: project.id, hourly_rate_cents: 9900 }],
  ] as const) {
    entries.push(await created(who, `/time-entries${at}`, { started_at: start, stopped_at: stop, ...extra }));
  }
  expectStatus(await owner.rest.patch(`/projects/${archived.id}${at}`, { status: 'archived' }), 200, 'archive');
  // A running timer for the owner (the viewer has none: both answers of time_entries.current are compared).
  await created(owner, `/time-entries/start${at}`, { project_id: project.id, description: 'Now' });
  for (const p of [owner, w.viewer]) await created(p, '/personal-access-tokens', { name: `${p.name} token`, org_id: orgId });
  return { projectId: project.id, archivedProjectId: archived.id, taskId: tasks[0].id, entryId: entries[0].id };
}

// ------------------------------------------------------------------------------------------------ fixtures

const PASSWORD = 'correct horse battery staple';

const inOrg = (w: World): string => `?org_id=${w.orgId}`;

const newProject = (w: World, p: Person, name: string): Promise<any> => created(p, `/projects${inOrg(w)}`, { name, hourly_rate_cents: 8000 });

async function newTask(w: World, p: Person, name: string): Promise<any> {
  const project = await newProject(w, p, `${name} project`);
  return created(p, `/tasks${inOrg(w)}`, { title: name, project_id: project.id, priority: 'low', assignee_ids: [p.id] });
}

const newEntry = async (w: World, p: Person, name: string): Promise<any> =>
  created(p, `/time-entries${inOrg(w)}`, {
    started_at: '2025-01-13T09:00:00Z',
    stopped_at: '2025-01-13T11:00:00Z',
    project_id: (await newProject(w, p, `${name} project`)).id,
    description: name,
  });

const startTimer = (w: World, p: Person): Promise<any> => created(p, `/time-entries/start${inOrg(w)}`, { description: 'Already running' });

// ------------------------------------------------------------------------------------------------ the table

export const cases: Record<OperationName, OpCase> = {
  // ---------------------------------------------------------------- auth (REST and GraphQL, public)
  'auth.register': {
    sample: async () => ({ email: 'someone@example.test', password: PASSWORD, name: 'Someone' }),
    write: {
      actor: async () => undefined,
      input: async ({ tag }) => ({ email: `reg-${tag}@example.test`, password: PASSWORD, name: `Reg ${tag}` }),
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.login': {
    sample: async (w) => ({ email: w.owner.email, password: PASSWORD }),
    write: {
      actor: async () => undefined,
      input: async ({ w, tag }) => ({ email: (await registerUser(w.server, { email: `login-${tag}@example.test` })).email, password: PASSWORD }),
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.refresh': {
    sample: async () => ({ refresh_token: 'rt_unknown' }),
    write: {
      actor: async () => undefined,
      input: async ({ w }) => ({ refresh_token: (await registerUser(w.server)).refresh_token }),
      // Rotated: the answer carries the new one.
      notEchoed: ['refresh_token'],
      silent: true,
    },
  },
  'auth.logout': {
    sample: async () => ({ refresh_token: 'rt_unknown' }),
    write: {
      actor: async () => undefined,
      input: async ({ w }) => ({ refresh_token: (await registerUser(w.server)).refresh_token }),
      silent: true,
    },
  },
  'auth.forgot_password': {
    sample: async (w) => ({ email: w.owner.email }),
    write: {
      actor: async () => undefined,
      input: async ({ w }) => ({ email: (await registerUser(w.server)).email }),
      silent: true,
    },
  },
  'auth.reset_password': {
    sample: async () => ({ token: 'prt_unknown', password: PASSWORD }),
    write: {
      actor: async () => undefined,
      async input({ w }) {
        const { email } = await registerUser(w.server);
        expectStatus(await w.owner.rest.post('/auth/forgot-password', { email }), 200, 'forgot-password');
        return { token: await mailedToken(w.server, email, 'password_reset'), password: 'another horse battery staple' };
      },
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.ws_ticket': {
    sample: async () => ({}),
    write: { input: async () => ({}), silent: true },
  },

  // ---------------------------------------------------------------- identity
  'users.me': {
    sample: async () => ({}),
    reads: () => ({ me: {} }),
  },
  'organizations.list': {
    sample: async () => ({}),
    reads: () => ({ all: {} }),
  },
  'organizations.get': {
    sample: async (w) => ({ id: w.orgId }),
    reads: (w, reader) => ({ team: { id: w.orgId }, personal: { id: reader.personalOrgId } }),
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId } }),
  },
  'organizations.create': {
    sample: async () => ({ name: 'Sample org' }),
    write: {
      input: async ({ tag }) => ({ name: `Org ${tag}`, slug: `org-${tag}`, timezone: 'Europe/Paris', currency: 'EUR' }),
    },
  },
  'organizations.update': {
    sample: async (w) => ({ id: w.orgId, name: 'Team' }),
    write: {
      input: async ({ actor, tag }) => ({
        id: (await created(actor!, '/organizations', { name: `Before ${tag}` })).id,
        name: `After ${tag}`,
        slug: `after-${tag}`,
        timezone: 'Asia/Tokyo',
        currency: 'JPY',
      }),
    },
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId, name: 'Mine now' } }),
    forbidden: async (w) => ({ id: w.orgId, name: 'Hijacked' }),
  },
  'organizations.delete': {
    sample: async (w) => ({ id: w.orgId }),
    write: { input: async ({ actor, tag }) => ({ id: (await created(actor!, '/organizations', { name: `Doomed ${tag}` })).id }) },
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId } }),
    // Owner only (no x-permission): a viewer, like an admin, is refused.
    forbidden: async (w) => ({ id: w.orgId }),
  },
  'members.list': {
    sample: async (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      admins: { org_id: w.orgId, role: 'admin' },
      'page 2 of 2 per page': { org_id: w.orgId, page: 2, per_page: 2 },
    }),
  },
  'members.invite': {
    sample: async (w) => ({ org_id: w.orgId, email: 'sample@example.test' }),
    write: { input: async ({ w, tag }) => ({ org_id: w.orgId, email: `inv-${tag}@example.test`, role: 'manager' }) },
    forbidden: async (w) => ({ org_id: w.orgId, email: 'viewer-invites@example.test', role: 'admin' }),
  },
  'members.update': {
    sample: async (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id, role: 'admin' }),
    write: {
      input: async ({ w, tag }) => ({
        org_id: w.orgId,
        user_id: (await w.newPerson(`Upd ${tag}`, 'member', `upd-${tag}@example.test`)).id,
        role: 'manager',
        permissions: { view_audit: true, manage_time: false },
      }),
      notEchoed: ['permissions'],
    },
    foreign: async (w) => ({ 'a user of another organization': { org_id: w.orgId, user_id: w.stranger.id, role: 'member' } }),
    forbidden: async (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id, role: 'viewer' }),
  },
  'members.remove': {
    sample: async (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id }),
    write: { input: async ({ w, tag }) => ({ org_id: w.orgId, user_id: (await w.newPerson(`Rem ${tag}`, 'member', `rem-${tag}@example.test`)).id }) },
    foreign: async (w) => ({ 'a user of another organization': { org_id: w.orgId, user_id: w.stranger.id } }),
    forbidden: async (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id }),
  },
  'invitations.accept': {
    sample: async () => ({ token: 'ivt_unknown' }),
    write: {
      // A registered user with no membership yet, invited by the owner in `input`.
      actor: (w, tag) => w.newPerson(`Ida ${tag}`, undefined, `ida-${tag}@example.test`),
      async input({ w, actor }) {
        expectStatus(await w.owner.rest.post(`/members/invite${inOrg(w)}`, { email: actor!.email, role: 'member' }), 201, 'invite');
        return { token: await mailedToken(w.server, actor!.email, 'invitation') };
      },
      notEchoed: ['token'],
    },
    async foreign(w) {
      // Addressed to someone else (by the stranger's organization): NOT_FOUND for the owner.
      const email = `someone-else-${Date.now()}@example.test`;
      expectStatus(await w.stranger.rest.post('/members/invite', { email }), 201, 'stranger invite');
      return { "another address's invitation": { token: await mailedToken(w.server, email, 'invitation') } };
    },
  },
  'personal_access_tokens.list': {
    sample: async () => ({}),
    reads: () => ({ all: {} }),
  },
  'personal_access_tokens.create': {
    sample: async (w) => ({ name: 'Sample', org_id: w.orgId }),
    write: { input: async ({ w, tag }) => ({ name: `pat ${tag}`, org_id: w.orgId, expires_at: '2029-06-01T00:00:00Z' }) },
    foreign: async (w) => ({ 'an organization of which one is not a member': { name: 'Sneaky', org_id: w.strangerOrgId } }),
  },
  'personal_access_tokens.delete': {
    sample: async (w) => ({ id: w.foreign.patId }),
    write: { input: async ({ w, actor, tag }) => ({ id: (await created(actor!, '/personal-access-tokens', { name: `doomed ${tag}`, org_id: w.orgId })).id }) },
    foreign: async (w) => ({ "another user's token": { id: w.foreign.patId } }),
  },

  // ---------------------------------------------------------------- projects
  'projects.list': {
    sample: async (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      archived: { org_id: w.orgId, status: 'archived' },
      search: { org_id: w.orgId, search: 'WEB' },
      'page 2 of 1 per page': { org_id: w.orgId, page: 2, per_page: 1 },
    }),
  },
  'projects.get': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with client and rate': { org_id: w.orgId, id: d.projectId }, archived: { org_id: w.orgId, id: d.archivedProjectId } }),
    foreign: async (w) => ({ "another organization's project": { org_id: w.orgId, id: w.foreign.projectId } }),
  },
  'projects.create': {
    sample: async (w) => ({ org_id: w.orgId, name: 'Sample' }),
    write: {
      input: async ({ w, tag }) => ({
        org_id: w.orgId,
        name: `Project ${tag}`,
        description: 'Conformance',
        color: '#336699',
        billable: false,
        hourly_rate_cents: 12345,
        client_id: w.clientId,
        status: 'active',
      }),
    },
    foreign: async (w) => ({ "another organization's client": { org_id: w.orgId, name: 'Sneaky', client_id: w.foreign.clientId } }),
    forbidden: async (w) => ({ org_id: w.orgId, name: 'Viewer project' }),
  },
  'projects.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id, name: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newProject(w, actor!, `Before ${tag}`)).id,
        name: `After ${tag}`,
        description: null,
        color: '#aa0000',
        billable: false,
        hourly_rate_cents: 5000,
        client_id: w.clientId,
        status: 'archived',
      }),
    },
    foreign: async (w) => ({
      "another organization's project": { org_id: w.orgId, id: w.foreign.projectId, name: 'Mine now' },
      "another organization's client": { org_id: w.orgId, id: (await newProject(w, w.owner, 'Mine')).id, client_id: w.foreign.clientId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Kept')).id, name: 'Viewer was here' }),
  },
  'projects.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newProject(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: async (w) => ({ "another organization's project": { org_id: w.orgId, id: w.foreign.projectId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Kept')).id }),
  },

  // ---------------------------------------------------------------- tasks
  'tasks.list': {
    sample: async (w) => ({ org_id: w.orgId }),
    reads: (w, _r, d) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'by priority in a project': { org_id: w.orgId, project_id: d.projectId, sort: 'priority' },
      done: { org_id: w.orgId, status: 'done' },
      'assigned to someone': { org_id: w.orgId, assignee_id: w.actors.rest.id },
      'due date descending, page 2': { org_id: w.orgId, sort: 'due_date', order: 'desc', page: 2, per_page: 2 },
    }),
  },
  'tasks.get': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with assignees': { org_id: w.orgId, id: d.taskId } }),
    foreign: async (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId } }),
  },
  'tasks.create': {
    sample: async (w) => ({ org_id: w.orgId, title: 'Sample', project_id: (await newProject(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        title: `Task ${tag}`,
        project_id: (await newProject(w, actor!, `Home ${tag}`)).id,
        description: 'Do it',
        status: 'in_progress',
        priority: 'high',
        start_date: '2025-04-01',
        due_date: '2025-04-15',
        estimated_hours: 2.5,
        assignee_ids: [actor!.id, w.owner.id],
      }),
    },
    foreign: async (w) => ({ "another organization's project": { org_id: w.orgId, title: 'Sneaky', project_id: w.foreign.projectId } }),
    forbidden: async (w) => ({ org_id: w.orgId, title: 'Viewer task', project_id: (await newProject(w, w.owner, 'Kept')).id }),
  },
  'tasks.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id, title: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newTask(w, actor!, `Before ${tag}`)).id,
        title: `After ${tag}`,
        project_id: (await newProject(w, actor!, `Moved ${tag}`)).id,
        description: null,
        status: 'review',
        priority: 'urgent',
        start_date: '2025-05-01',
        due_date: '2025-05-31',
        estimated_hours: 4,
        assignee_ids: [w.owner.id],
        position: 7,
      }),
    },
    foreign: async (w) => ({
      "another organization's task": { org_id: w.orgId, id: w.foreign.taskId, title: 'Mine now' },
      "another organization's project": { org_id: w.orgId, id: (await newTask(w, w.owner, 'Mine')).id, project_id: w.foreign.projectId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id, title: 'Viewer was here' }),
  },
  'tasks.update_status': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id, status: 'done' }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newTask(w, actor!, `Status ${tag}`)).id, status: 'done' }) },
    foreign: async (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId, status: 'done' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id, status: 'cancelled' }),
  },
  'tasks.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newTask(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: async (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id }),
  },

  // ---------------------------------------------------------------- time entries
  'time_entries.list': {
    sample: async (w) => ({ org_id: w.orgId }),
    reads: (w, _r, d) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'March 2025': { org_id: w.orgId, from: '2025-03-01', to: '2025-03-31' },
      'one user': { org_id: w.orgId, user_id: w.actors.rest.id },
      'not billable': { org_id: w.orgId, billable: false },
      'a project, page 2 of 1 per page': { org_id: w.orgId, project_id: d.projectId, page: 2, per_page: 1 },
    }),
  },
  'time_entries.get': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with a task': { org_id: w.orgId, entry_id: d.entryId } }),
    foreign: async (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
  },
  'time_entries.current': {
    sample: async (w) => ({ org_id: w.orgId }),
    reads: (w) => ({ 'in the team': { org_id: w.orgId }, 'default organization': {} }),
  },
  'time_entries.create': {
    sample: async (w) => ({ org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z' }),
    write: {
      async input({ w, actor, tag }) {
        const task = await newTask(w, actor!, `Logged ${tag}`);
        return {
          org_id: w.orgId,
          started_at: '2025-03-02T09:00:00Z',
          stopped_at: '2025-03-02T10:30:00Z',
          project_id: task.project_id,
          task_id: task.id,
          description: 'Logged',
          billable: true,
          hourly_rate_cents: 9000,
        };
      },
    },
    foreign: async (w) => ({
      "another organization's project": { org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z', project_id: w.foreign.projectId },
      "another organization's task": { org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z', task_id: w.foreign.taskId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z' }),
  },
  'time_entries.start': {
    sample: async (w) => ({ org_id: w.orgId }),
    write: {
      async input({ w, actor, tag }) {
        const task = await newTask(w, actor!, `Timed ${tag}`);
        // A timer already runs: starting stops it at the same instant (both changes are events).
        await startTimer(w, actor!);
        return { org_id: w.orgId, project_id: task.project_id, task_id: task.id, description: 'Timing', billable: false };
      },
      volatile: ['duration_secs'],
    },
    foreign: async (w) => ({
      "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId },
      "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId }),
  },
  'time_entries.stop': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor }) => ({ org_id: w.orgId, entry_id: (await startTimer(w, actor!)).id }),
      volatile: ['duration_secs'],
    },
    foreign: async (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
    // Someone else's running timer (the viewer has neither track_time nor manage_time).
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await startTimer(w, w.actors.rest)).id }),
  },
  'time_entries.update': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id, description: 'Changed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        entry_id: (await newEntry(w, actor!, `Before ${tag}`)).id,
        started_at: '2025-02-03T08:00:00Z',
        stopped_at: '2025-02-03T09:15:00Z',
        project_id: null,
        task_id: null,
        description: 'Changed',
        billable: false,
        hourly_rate_cents: 7000,
      }),
    },
    foreign: async (w) => ({
      "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId, description: 'Mine now' },
      "another organization's project": { org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Mine')).id, project_id: w.foreign.projectId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Kept')).id, description: 'Viewer was here' }),
  },
  'time_entries.delete': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, entry_id: (await newEntry(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: async (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Kept')).id }),
  },
};
