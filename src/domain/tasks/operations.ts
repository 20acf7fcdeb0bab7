/**
 * tasks.*: tasks of the organization's projects. Any member reads; writing needs `manage_tasks`
 * (checked by execute() from the spec's `x-permission`).
 * Rules: start_date on or before due_date (checked on the merged values of an update; the DB check
 * constraint is only a backstop), assignees are members of the organization, a new or moved task is
 * placed last in its project.
 */
import type { AreaHandlers, OperationInput } from '../../../generated/operations.js';
import type { Task } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx, type Emit } from '../../platform/tx.js';
import type { Contexts, OrgContext } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { getLabelRow } from '../labels/queries.js';
import { getMilestoneRow } from '../milestones/queries.js';
import { notifyTaskChanges, type NotifyContext } from '../notifications/notify.js';
import { assertActive, getProjectRow } from '../projects/queries.js';
import { taskVisible, type Reader } from '../projects/visibility.js';
import { toTask, type TaskRow } from './model.js';
import { shareStatusLock } from '../task_statuses/queries.js';
import { endOf, moveTask, renumber, type Shift } from './positions.js';
import {
  assertDateOrder,
  assertInProject,
  assertLabels,
  assertMembers,
  getTaskRow,
  setLabels,
  statusCodes,
  statusOf,
  taskColumns,
  type StatusCodes,
} from './queries.js';

type ListInput = OperationInput<'tasks.list'>;
type CreateInput = Omit<OperationInput<'tasks.create'>, 'org_id'>;
type UpdateInput = Omit<OperationInput<'tasks.update'>, 'assignee_ids' | 'label_ids'> & {
  assignee_ids?: readonly string[];
  label_ids?: readonly string[];
};

/** Columns tasks.update sets directly; group_id, position and project_id move the task (positions.ts). */
const UPDATABLE = ['title', 'description', 'status', 'priority', 'start_date', 'due_date', 'estimated_hours', 'milestone_id'] as const;

/** numeric(10,2): compare and store what the column keeps, so re-sending a value is not a change. */
const roundHours = (h: number | null | undefined): number | null | undefined => (h == null ? h : Math.round(h * 100) / 100);

/** ORDER BY for tasks.list, on table alias `alias`. Ties break by id (creation order); tasks without a due date come last. */
function orderBy(sql: AnySql, alias: string, input: ListInput): postgres.PendingQuery<postgres.Row[]> {
  const t = sql(alias);
  const sort = input.sort ?? 'created_at';
  const desc = (input.order ?? (sort === 'priority' ? 'desc' : 'asc')) === 'desc';
  const dir = desc ? sql`desc` : sql`asc`;
  const key = {
    created_at: sql`${t}.created_at`,
    due_date: sql`${t}.due_date`,
    // Urgency, not alphabetical order.
    priority: sql`case ${t}.priority when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`,
    title: sql`${t}.title`,
    position: sql`${t}.position`,
  }[sort];
  return sql`${key} ${dir} nulls last, ${t}.id`;
}

/**
 * tasks.list in ONE statement (it is benchmarked against raw SQL): the inner query pages the
 * filtered tasks and counts them all with a window; the outer one adds the assignees of the page rows
 * only.
 */
async function listTasks({ svc, access }: OrgContext, input: ListInput) {
  const sql = svc.db;
  const page = pageRequest(input);
  const where = () => sql`
    ${taskVisible(sql, 't', access)}
    ${input.project_id ? sql`and t.project_id = ${input.project_id}` : sql``}
    ${input.status ? sql`and t.status = ${input.status}` : sql``}
    ${input.assignee_id ? sql`and exists (select 1 from task_assignees a where a.task_id = t.id and a.user_id = ${input.assignee_id})` : sql``}
    ${input.label_id ? sql`and exists (select 1 from task_labels l where l.task_id = t.id and l.label_id = ${input.label_id})` : sql``}
    ${input.milestone_id ? sql`and t.milestone_id = ${input.milestone_id}` : sql``}`;
  const rows = await sql<(TaskRow & { total: number })[]>`
    select ${taskColumns(sql, 'p')}
    from (
      select t.*, count(*) over () as total
      from tasks t
      where ${where()}
      order by ${orderBy(sql, 't', input)}
      limit ${page.perPage} offset ${page.offset}
    ) p
    order by ${orderBy(sql, 'p', input)}`;
  const result = await windowPage(rows, page, {
    // A filter naming something outside the organization is NOT_FOUND, not an empty list.
    async check() {
      if (input.project_id) await getProjectRow(sql, access, input.project_id);
      if (input.assignee_id) {
        const [member] = await sql`select 1 from members where org_id = ${access.orgId} and user_id = ${input.assignee_id}`;
        if (!member) throw notFound('User');
      }
      if (input.label_id) await getLabelRow(sql, access.orgId, input.label_id);
      if (input.milestone_id) await getMilestoneRow(sql, access, input.milestone_id);
    },
    count: async () => (await sql<{ n: number }[]>`select count(*) as n from tasks t where ${where()}`)[0]!.n,
  });
  return { data: result.rows.map(toTask), pagination: result.pagination };
}

/** What ties a task to the recurrence that created it (task_recurrences): set only on instances. */
export interface RecurrenceLink {
  recurrence_id: string;
  /** The occurrence (instant) the instance was created for; unique per recurrence. */
  recurrence_occurrence: string;
}

/**
 * Inserts one task (the caller holds its project's lock, so its position is the end of its group) and
 * emits its `created` event. Shared by tasks.create, tasks.create_bulk and the instances of a recurrence.
 */
export async function insertTask(
  sql: AnySql,
  emit: Emit,
  ctx: { access: Reader | OrgContext['access']; svc: NotifyContext['svc'] },
  input: CreateInput,
  statuses: StatusCodes,
  link?: RecurrenceLink,
): Promise<Task> {
  const { access } = ctx;
  assertDateOrder(input.start_date, input.due_date);
  const project = await getProjectRow(sql, access, input.project_id, true);
  assertActive(project);
  const status = statusOf(statuses, input.status);
  await assertInProject(sql, access.orgId, project.id, 'group_id', input.group_id);
  await assertInProject(sql, access.orgId, project.id, 'milestone_id', input.milestone_id);
  const assigneeIds = input.assignee_ids ?? [];
  const labelIds = input.label_ids ?? [];
  await assertMembers(sql, access.orgId, assigneeIds);
  await assertLabels(sql, access.orgId, labelIds);
  const id = newId('tsk');
  const groupId = input.group_id ?? null;
  await sql`
    insert into tasks ${sql({
      id,
      org_id: access.orgId,
      project_id: project.id,
      group_id: groupId,
      milestone_id: input.milestone_id ?? null,
      title: input.title,
      description: input.description ?? null,
      status,
      priority: input.priority ?? 'medium',
      start_date: input.start_date ?? null,
      due_date: input.due_date ?? null,
      estimated_hours: roundHours(input.estimated_hours) ?? null,
      position: await endOf(sql, { projectId: project.id, groupId }),
      created_by: access.userId,
      ...(link ?? {}),
    })}`;
  await addAssignees(sql, access.orgId, id, assigneeIds);
  await setLabels(sql, access.orgId, id, labelIds);
  const task = toTask(await getTaskRow(sql, access, id));
  emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'created', entity: task }));
  await notifyTaskChanges(sql, emit, ctx, [{ before: null, after: task }]);
  return task;
}

/** tasks.create_bulk: all items in one transaction; a failing item's error names its `index`. */
async function createTasks(ctx: OrgContext, items: readonly CreateInput[]): Promise<Task[]> {
  return withTx(ctx.svc, async (sql, emit) => {
    const statuses = await statusCodes(sql, ctx.access.orgId);
    // Lock the projects in one order so two bulk creates over the same projects cannot deadlock.
    const projectIds = [...new Set(items.map((t) => t.project_id))].sort();
    for (const projectId of projectIds) await lockProjectIfOwn(sql, ctx.access.orgId, projectId);
    const tasks: Task[] = [];
    for (const [index, item] of items.entries()) {
      try {
        tasks.push(await insertTask(sql, emit, ctx, item, statuses));
      } catch (err) {
        throw err instanceof AppError ? atItem(err, index) : err;
      }
    }
    return tasks;
  });
}

/** Locks the project row when it is one of the organization's (an unknown one fails later, at its item). */
async function lockProjectIfOwn(sql: AnySql, orgId: string, projectId: string): Promise<void> {
  await sql`select id from projects where id = ${projectId} and org_id = ${orgId} for update`;
}

/** The error of item `index` of a bulk call: its details name the index (and its field). */
function atItem(err: AppError, index: number): AppError {
  const details = { ...(err.details ?? {}), index };
  return new AppError(err.code, `tasks[${index}]: ${err.message}`, details, err.retryAfter);
}

async function addAssignees(sql: AnySql, orgId: string, taskId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await sql`
    insert into task_assignees ${sql(userIds.map((user_id) => ({ task_id: taskId, user_id, org_id: orgId })))}
    on conflict do nothing`;
}

/** Makes the task's assignees exactly `userIds`. */
async function setAssignees(sql: AnySql, orgId: string, taskId: string, userIds: readonly string[]): Promise<void> {
  await sql`delete from task_assignees where task_id = ${taskId} and not (user_id = any(${sql.array([...userIds])}::text[]))`;
  await addAssignees(sql, orgId, taskId, userIds);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((v, i) => v === sortedB[i]);
}

/** Locks the task's project (and a destination project, in id order), then the task; both must be the reader's to see. */
async function lockForMove(sql: AnySql, access: OrgContext['access'], taskId: string, toProjectId?: string): Promise<TaskRow> {
  const [current] = await sql<{ project_id: string }[]>`select t.project_id from tasks t where t.id = ${taskId} and ${taskVisible(sql, 't', access)}`;
  if (!current) throw notFound('Task');
  const projects = [...new Set([current.project_id, ...(toProjectId ? [toProjectId] : [])])].sort();
  for (const projectId of projects) {
    if (projectId === current.project_id) await lockProjectIfOwn(sql, access.orgId, projectId);
    else assertActive(await getProjectRow(sql, access, projectId, true));
  }
  const task = await getTaskRow(sql, access, taskId, true);
  // Moved meanwhile (before the lock): lock its new project too, in a fresh attempt.
  if (task.project_id !== current.project_id) return lockForMove(sql, access, taskId, toProjectId);
  return task;
}

/** tasks.update and tasks.update_status: change what differs, emit one `updated` event with the changes. */
async function updateTask({ svc, access }: OrgContext, input: UpdateInput): Promise<Task> {
  return withTx(svc, async (sql, emit) => {
    if (input.status !== undefined) await shareStatusLock(sql, access.orgId);
    const moving = input.project_id !== undefined || input.group_id !== undefined || input.position !== undefined;
    const before = moving ? await lockForMove(sql, access, input.id, input.project_id) : await getTaskRow(sql, access, input.id, true);
    const projectId = input.project_id ?? before.project_id;
    const projectChanges = projectId !== before.project_id;
    // Moving to another project leaves the old project's group and milestone behind unless new ones are given.
    const groupId = input.group_id !== undefined ? input.group_id : projectChanges ? null : before.group_id;
    const milestoneId = input.milestone_id !== undefined ? input.milestone_id : projectChanges ? null : before.milestone_id;
    const patch = changedColumns(before, { ...input, milestone_id: milestoneId, estimated_hours: roundHours(input.estimated_hours) }, UPDATABLE);
    assertDateOrder(
      patch.start_date !== undefined ? patch.start_date : before.start_date,
      patch.due_date !== undefined ? patch.due_date : before.due_date,
    );
    if (patch.status !== undefined) statusOf(await statusCodes(sql, access.orgId), patch.status);
    if (groupId !== before.group_id || projectChanges) await assertInProject(sql, access.orgId, projectId, 'group_id', groupId);
    if (patch.milestone_id !== undefined) await assertInProject(sql, access.orgId, projectId, 'milestone_id', patch.milestone_id);
    const assigneeIds = input.assignee_ids;
    const assigneesChange = assigneeIds !== undefined && !sameSet(assigneeIds, before.assignee_ids);
    if (assigneesChange) await assertMembers(sql, access.orgId, assigneeIds);
    const labelIds = input.label_ids;
    const labelsChange = labelIds !== undefined && !sameSet(labelIds, before.label_ids);
    if (labelsChange) await assertLabels(sql, access.orgId, labelIds);
    const slotChanges = projectChanges || groupId !== before.group_id;
    const positionChanges = slotChanges || (input.position !== undefined && input.position !== before.position);
    if (Object.keys(patch).length === 0 && !assigneesChange && !labelsChange && !positionChanges) return toTask(before);

    let shifted: Shift[] = [];
    if (positionChanges) {
      // A task put in another group goes last there unless a position is given.
      ({ shifted } = await moveTask(
        sql,
        before.id,
        { projectId: before.project_id, groupId: before.group_id },
        { projectId, groupId },
        input.position ?? Number.MAX_SAFE_INTEGER,
      ));
    }
    // postgres.js needs `sql(patch)` right after `set` to build an update list.
    if (Object.keys(patch).length > 0) await sql`update tasks set ${sql(patch)}, updated_at = now() where id = ${before.id}`;
    else await sql`update tasks set updated_at = now() where id = ${before.id}`;
    if (assigneesChange) await setAssignees(sql, access.orgId, before.id, assigneeIds);
    if (labelsChange) await setLabels(sql, access.orgId, before.id, labelIds);
    const task = toTask(await getTaskRow(sql, access, before.id));
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'updated', entity: task, before: toTask(before) }));
    await emitShifted(sql, emit, access, shifted);
    await notifyTaskChanges(sql, emit, { svc, access }, [{ before: toTask(before), after: task }]);
    return task;
  });
}

/** An `updated` event (`changes`: `position`) for each task a move shifted, in the move's transaction. */
async function emitShifted(sql: AnySql, emit: Emit, access: OrgContext['access'], shifted: readonly Shift[]): Promise<void> {
  if (shifted.length === 0) return;
  const rows = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t where t.id = any(${sql.array(shifted.map((m) => m.id))}::text[]) order by t.id`;
  const from = new Map(shifted.map((m) => [m.id, m.from]));
  for (const row of rows) {
    const task = toTask(row);
    const before = { ...task, position: from.get(task.id)! };
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'updated', entity: task, before }));
  }
}

export const taskOperations = {
  'tasks.list': listTasks,

  'tasks.get': async ({ svc, access }, input) => ({ data: toTask(await getTaskRow(svc.db, access, input.id)) }),

  'tasks.create': async (ctx, { org_id: _org, ...input }) => ({
    data: await withTx(ctx.svc, async (sql, emit) => insertTask(sql, emit, ctx, input, await statusCodes(sql, ctx.access.orgId))),
  }),

  'tasks.create_bulk': async (ctx, input) => ({ data: await createTasks(ctx, input.tasks) }),

  'tasks.update': async (ctx, input) => ({ data: await updateTask(ctx, input) }),

  'tasks.update_status': async (ctx, input) => ({ data: await updateTask(ctx, { id: input.id, status: input.status }) }),

  'tasks.reorder': async (ctx, input) => ({
    data: await updateTask(ctx, {
      id: input.task_id,
      position: input.position,
      ...(input.group_id !== undefined ? { group_id: input.group_id } : {}),
    }),
  }),

  'tasks.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const task = toTask(await lockForMove(sql, access, input.id));
      await sql`delete from tasks where id = ${task.id}`;
      // The tasks after it in its group move up one place.
      const shifted = await renumber(sql, { projectId: task.project_id, groupId: task.group_id });
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'deleted', entity: task }));
      await emitShifted(sql, emit, access, shifted);
    });
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'tasks', Contexts>;
