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
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts, OrgContext } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { assertActive, getProjectRow } from '../projects/queries.js';
import { toTask, type TaskRow } from './model.js';
import { assertDateOrder, assertMembers, getTaskRow, nextPosition, taskColumns } from './queries.js';

type ListInput = OperationInput<'tasks.list'>;
type UpdateInput = Omit<OperationInput<'tasks.update'>, 'assignee_ids'> & { assignee_ids?: readonly string[] };

const UPDATABLE = ['title', 'project_id', 'description', 'status', 'priority', 'start_date', 'due_date', 'estimated_hours', 'position'] as const;

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
    t.org_id = ${access.orgId}
    ${input.project_id ? sql`and t.project_id = ${input.project_id}` : sql``}
    ${input.status ? sql`and t.status = ${input.status}` : sql``}
    ${input.assignee_id ? sql`and exists (select 1 from task_assignees a where a.task_id = t.id and a.user_id = ${input.assignee_id})` : sql``}`;
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
      if (input.project_id) await getProjectRow(sql, access.orgId, input.project_id);
      if (input.assignee_id) {
        const [member] = await sql`select 1 from members where org_id = ${access.orgId} and user_id = ${input.assignee_id}`;
        if (!member) throw notFound('User');
      }
    },
    count: async () => (await sql<{ n: number }[]>`select count(*) as n from tasks t where ${where()}`)[0]!.n,
  });
  return { data: result.rows.map(toTask), pagination: result.pagination };
}

async function createTask({ svc, access }: OrgContext, input: OperationInput<'tasks.create'>): Promise<Task> {
  assertDateOrder(input.start_date, input.due_date);
  const assigneeIds = input.assignee_ids ?? [];
  return withTx(svc, async (sql, emit) => {
    // Locking the project serializes concurrent creates so each gets its own position.
    const project = await getProjectRow(sql, access.orgId, input.project_id, true);
    assertActive(project);
    await assertMembers(sql, access.orgId, assigneeIds);
    const id = newId('tsk');
    await sql`
      insert into tasks ${sql({
        id,
        org_id: access.orgId,
        project_id: project.id,
        title: input.title,
        description: input.description ?? null,
        status: input.status ?? 'open',
        priority: input.priority ?? 'medium',
        start_date: input.start_date ?? null,
        due_date: input.due_date ?? null,
        estimated_hours: roundHours(input.estimated_hours) ?? null,
        position: await nextPosition(sql, project.id),
        created_by: access.userId,
      })}`;
    await addAssignees(sql, access.orgId, id, assigneeIds);
    const task = toTask(await getTaskRow(sql, access.orgId, id));
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'created', entity: task }));
    return task;
  });
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

/** tasks.update and tasks.update_status: change what differs, emit one `updated` event with the changes. */
async function updateTask({ svc, access }: OrgContext, input: UpdateInput): Promise<Task> {
  return withTx(svc, async (sql, emit) => {
    const before = await getTaskRow(sql, access.orgId, input.id, true);
    const patch = changedColumns(before, { ...input, estimated_hours: roundHours(input.estimated_hours) }, UPDATABLE);
    assertDateOrder(
      patch.start_date !== undefined ? patch.start_date : before.start_date,
      patch.due_date !== undefined ? patch.due_date : before.due_date,
    );
    if (patch.project_id) {
      const target = await getProjectRow(sql, access.orgId, patch.project_id, true);
      assertActive(target);
      // A moved task goes last in its new project unless a position is given.
      if (input.position === undefined) patch.position = await nextPosition(sql, target.id);
    }
    const assigneeIds = input.assignee_ids;
    const assigneesChange = assigneeIds !== undefined && !sameSet(assigneeIds, before.assignee_ids);
    if (assigneesChange) await assertMembers(sql, access.orgId, assigneeIds);
    if (Object.keys(patch).length === 0 && !assigneesChange) return toTask(before);

    // postgres.js needs `sql(patch)` right after `set` to build an update list.
    if (Object.keys(patch).length > 0) await sql`update tasks set ${sql(patch)}, updated_at = now() where id = ${before.id}`;
    else await sql`update tasks set updated_at = now() where id = ${before.id}`;
    if (assigneesChange) await setAssignees(sql, access.orgId, before.id, assigneeIds);
    const task = toTask(await getTaskRow(sql, access.orgId, before.id));
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'updated', entity: task, before: toTask(before) }));
    return task;
  });
}

export const taskOperations = {
  'tasks.list': listTasks,

  'tasks.get': async ({ svc, access }, input) => ({ data: toTask(await getTaskRow(svc.db, access.orgId, input.id)) }),

  'tasks.create': async (ctx, input) => ({ data: await createTask(ctx, input) }),

  'tasks.update': async (ctx, input) => ({ data: await updateTask(ctx, input) }),

  'tasks.update_status': async (ctx, input) => ({ data: await updateTask(ctx, { id: input.id, status: input.status }) }),

  'tasks.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const task = toTask(await getTaskRow(sql, access.orgId, input.id, true));
      await sql`delete from tasks where id = ${task.id}`;
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task', action: 'deleted', entity: task }));
    });
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'tasks', Contexts>;
