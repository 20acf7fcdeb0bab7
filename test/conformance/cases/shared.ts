/**
 * What the area files of the conformance table share: the shape of a case (`OpCase`, with its
 * `WriteCase` and `Run`), the team data set the reads are compared on (`seedReadData`), and the
 * fixture helpers the cases make their inputs with.
 */
import type { WsEvent } from '../../support/ws.js';
import type { Input, Transport } from '../transports.js';
import { created, expectStatus, type Person, type World } from '../world.js';

export interface Run {
  w: World;
  transport: Transport;
  /** Unique per run (see `newTag`): goes into names, emails and slugs. */
  tag: string;
  /** Who acts; undefined for public operations. */
  actor: Person | undefined;
}

/** What a case's hook returns: a value, or a promise of it when it makes fixtures first (the runner awaits either). */
type Awaitable<T> = T | Promise<T>;

// The hooks are plain functions (properties, not methods): the runner calls and checks them detached from the case.
export interface WriteCase {
  /** Who acts in a run (default: the transport's admin); resolving to undefined = anonymous. */
  actor?: (w: World, tag: string) => Awaitable<Person | undefined>;
  /** Makes the run's fixtures and returns its input. */
  input: (run: Run) => Awaitable<Input>;
  /** Answer/event keys whose values depend on timing. */
  volatile?: string[];
  /** Input keys the answer carries in another form (or not at all). */
  notEchoed?: string[];
  /** The operation emits no real-time event. */
  silent?: boolean;
  /**
   * Which of the run's events to compare (default: all). For operations that also touch what the concurrent runs
   * of other transports made, in an order that depends on their interleaving (a status deleted before another
   * run's status shifts it up one place).
   */
  compares?: (e: WsEvent, input: Input) => boolean;
}

export interface OpCase {
  /** A valid input for the team owner (the error checks remove or add fields, or change org_id). */
  sample: (w: World) => Awaitable<Input>;
  /** Reads: label → input; the answer to each must be the same over every transport. */
  reads?: (w: World, reader: Person, d: ReadData) => Record<string, Input>;
  write?: WriteCase;
  /** label → an input naming another organization's entity (for the owner): NOT_FOUND everywhere. */
  foreign?: (w: World) => Awaitable<Record<string, Input>>;
  /** An input the team's viewer lacks the permission for: FORBIDDEN everywhere. */
  forbidden?: (w: World) => Awaitable<Input>;
}

// ------------------------------------------------------------------------------------------------ data for reads

export interface ReadData {
  projectId: string;
  archivedProjectId: string;
  taskId: string;
  entryId: string;
  /** The first task repeats weekly. */
  recurrenceId: string;
  /** A draft invoice to the team's client with two custom lines. */
  invoiceId: string;
  /** The team's general chat channel, with a few messages (a reply, reactions). */
  chatChannelId: string;
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
    tasks.push(
      await created(owner, `/tasks${at}`, {
        title,
        project_id: project.id,
        status,
        priority,
        due_date: due,
        assignee_ids: assignees,
        estimated_hours: 1.5,
      }),
    );
  }
  // Task detail on the first task: two comments, a checklist with one item checked, and the second task waiting for it.
  const detail = `/tasks/${tasks[0].id}`;
  for (const [who, body] of [
    [owner, 'First thoughts'],
    [other, 'Agreed'],
  ] as const)
    await created(who, `${detail}/comments${at}`, { body });
  const items = [];
  for (const title of ['Sketch', 'Mock-up', 'Sign-off']) items.push(await created(owner, `${detail}/checklist${at}`, { title }));
  expectStatus(await other.rest.post(`/checklist-items/${items[0].id}/toggle${at}`), 200, 'check an item');
  await created(owner, `/tasks/${tasks[1].id}/dependencies${at}`, { depends_on_id: tasks[0].id, dependency_type: 'blocked_by' });
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
  // The project's members: the other admin leads, the viewer is a member (projects.members.list reads them).
  await created(owner, `/projects/${project.id}/members${at}`, { user_id: other.id, role: 'lead' });
  await created(owner, `/projects/${project.id}/members${at}`, { user_id: w.viewer.id });
  // The project's board: three task groups, the second folded away by the owner only (each reader sees their
  // own flag); the project folded in the owner's sidebar.
  const groups = [];
  for (const name of ['Backlog', 'Doing', 'Done']) groups.push(await created(owner, `/projects/${project.id}/task-groups${at}`, { name }));
  expectStatus(await owner.rest.post(`/projects/${project.id}/task-groups/${groups[1].id}/collapse${at}`), 200, 'fold a group');
  expectStatus(await owner.rest.post(`/sidebar/collapsed/${project.id}${at}`), 200, 'fold a project');
  // A running timer for the owner (the viewer has none: both answers of time_entries.current are compared).
  await created(owner, `/time-entries/start${at}`, { project_id: project.id, description: 'Now' });
  for (const p of [owner, w.viewer]) await created(p, '/personal-access-tokens', { name: `${p.name} token`, org_id: orgId });
  // Labels (listed by name regardless of case), and milestones of the project with tasks counting toward them
  // (set in the database: which API sets a task's milestone is the tasks area's concern).
  for (const [name, color] of [
    ['bug', '#ef4444'],
    ['Backend', '#3b82f6'],
    ['UX', '#22c55e'],
  ])
    await created(owner, `/labels${at}`, { name, color });
  const milestones = [];
  for (const [title, target_date] of [
    ['Launch', '2025-06-30'],
    ['Beta', '2025-04-15'],
  ]) {
    milestones.push(await created(owner, `/projects/${project.id}/milestones${at}`, { title, target_date, description: `${title} day` }));
  }
  await w.server.svc.db`update tasks set milestone_id = ${milestones[0].id} where id in ${w.server.svc.db([tasks[0].id, tasks[2].id])}`;
  const recurrence = await created(owner, `/tasks/${tasks[0].id}/recurrence${at}`, { recurrence_pattern: 'weekly' });
  const invoice = await created(owner, `/invoices${at}`, {
    client_id: w.clientId,
    issue_date: '2025-07-01',
    due_date: '2025-07-31',
    tax_rate_bp: 770,
    notes: 'Net 30',
    lines: [
      { description: 'Workshop', quantity: '1.5', unit_price_cents: 333 },
      { description: 'Support', quantity_secs: 3540, unit_price_cents: 12345 },
    ],
  });
  const [general] = await w.server.svc.db<{ id: string }[]>`select id from chat_channels where org_id = ${orgId} and kind = 'general'`;
  const chatAt = `/chat/channels/${general!.id}/messages${at}`;
  const hello = await created(owner, chatAt, { content: 'Hello team' });
  await created(other, chatAt, { content: 'Hi Olivia', reply_to: hello.id });
  await created(owner, chatAt, { content: 'Standup at ten' });
  expectStatus(await other.rest.post(`/chat/messages/${hello.id}/reactions${at}`, { emoji: '👍' }), 200, 'chat reaction');
  return {
    chatChannelId: general!.id,
    projectId: project.id,
    archivedProjectId: archived.id,
    taskId: tasks[0].id,
    entryId: entries[0].id,
    recurrenceId: recurrence.id,
    invoiceId: invoice.id,
  };
}

// ------------------------------------------------------------------------------------------------ fixtures

export const PASSWORD = 'correct horse battery staple';

export const inOrg = (w: World): string => `?org_id=${w.orgId}`;

export const newProject = (w: World, p: Person, name: string): Promise<any> => created(p, `/projects${inOrg(w)}`, { name, hourly_rate_cents: 8000 });

export async function newTask(w: World, p: Person, name: string): Promise<any> {
  const project = await newProject(w, p, `${name} project`);
  return created(p, `/tasks${inOrg(w)}`, { title: name, project_id: project.id, priority: 'low', assignee_ids: [p.id] });
}

export const newEntry = async (w: World, p: Person, name: string): Promise<any> =>
  created(p, `/time-entries${inOrg(w)}`, {
    started_at: '2025-01-13T09:00:00Z',
    stopped_at: '2025-01-13T11:00:00Z',
    project_id: (await newProject(w, p, `${name} project`)).id,
    description: name,
  });

export const startTimer = (w: World, p: Person): Promise<any> => created(p, `/time-entries/start${inOrg(w)}`, { description: 'Already running' });
