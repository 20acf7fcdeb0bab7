/**
 * task_groups.*: the named sections of a project's board. Any member lists them and folds them away for
 * themselves (`collapsed`, per user); creating, renaming, deleting and reordering need `manage_tasks`
 * (checked by execute() from the spec's `x-permission`).
 *
 * Rules: a group is looked up within its project (another project's group is NOT_FOUND); a project holds at
 * most 100 groups; group positions stay 0..n-1 without gaps. Every write that changes the groups' or the
 * tasks' order first locks the project row, as tasks/positions.ts requires, so writers of one project run
 * one after the other. Deleting a group appends its tasks, in their order, to the project's ungrouped tasks.
 */
import type { AreaHandlers, OperationInput } from '../../../generated/operations.js';
import type { TaskGroup } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts, OrgContext } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { getProjectRow } from '../projects/queries.js';
import { projectIdVisible } from '../projects/visibility.js';
import { endOf, renumber } from '../tasks/positions.js';
import { changeTasks } from '../tasks/queries.js';
import { toTaskGroup, type TaskGroupRow } from './model.js';
import { getGroupRow, groupColumns, groupsOfProject, MAX_GROUPS_PER_PROJECT } from './queries.js';

type Access = OrgContext['access'];

/** The `EntityChanged` of a group for the whole organization: `collapsed` is per reader, so `false` there. */
function groupEvent(access: Access, action: 'created' | 'updated' | 'deleted', after: TaskGroupRow, before?: TaskGroupRow) {
  return entityChanged({
    orgId: access.orgId,
    actorId: access.userId,
    entityType: 'task_group',
    action,
    entity: toTaskGroup(after, false),
    ...(before ? { before: toTaskGroup(before, false) } : {}),
  });
}

async function listGroups({ svc, access }: OrgContext, input: OperationInput<'task_groups.list'>) {
  const sql = svc.db;
  const page = pageRequest(input);
  const rows = await sql<(TaskGroupRow & { total: number })[]>`
    select ${groupColumns(sql, 'g', access.userId)}, count(*) over () as total
    from task_groups g
    where g.org_id = ${access.orgId} and g.project_id = ${input.project_id} and ${projectIdVisible(sql, 'g.project_id', access)}
    order by g.position, g.id
    limit ${page.perPage} offset ${page.offset}`;
  const result = await windowPage(rows, page, {
    // No groups: the project may not exist (or be another organization's), which is NOT_FOUND.
    check: async () => void (await getProjectRow(sql, access, input.project_id)),
    count: async () =>
      (await sql<{ n: number }[]>`select count(*)::int as n from task_groups where org_id = ${access.orgId} and project_id = ${input.project_id}`)[0]!
        .n,
  });
  return { data: result.rows.map((r) => toTaskGroup(r)), pagination: result.pagination };
}

async function createGroup({ svc, access }: OrgContext, input: OperationInput<'task_groups.create'>): Promise<TaskGroup> {
  return withTx(svc, async (sql, emit) => {
    const project = await getProjectRow(sql, access, input.project_id, true);
    const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from task_groups where project_id = ${project.id}`;
    if (n >= MAX_GROUPS_PER_PROJECT) {
      throw validationError(`A project holds at most ${MAX_GROUPS_PER_PROJECT} task groups`, { field: 'project_id', max: MAX_GROUPS_PER_PROJECT });
    }
    const [row] = await sql<TaskGroupRow[]>`
      insert into task_groups ${sql({ id: newId('grp'), org_id: access.orgId, project_id: project.id, name: input.name, position: n })}
      returning *`;
    emit(groupEvent(access, 'created', row!));
    return toTaskGroup(row!, false);
  });
}

async function renameGroup({ svc, access }: OrgContext, input: OperationInput<'task_groups.update'>): Promise<TaskGroup> {
  return withTx(svc, async (sql, emit) => {
    const before = await getGroupRow(sql, access, input.project_id, input.group_id, true);
    if (before.name === input.name) return toTaskGroup(before);
    const [row] = await sql<TaskGroupRow[]>`
      update task_groups set name = ${input.name}, updated_at = now() where id = ${before.id} returning *`;
    emit(groupEvent(access, 'updated', row!, before));
    return toTaskGroup(row!, before.collapsed);
  });
}

/**
 * Renumbers the project's groups 0..n-1 in their order, returning each group whose position changed
 * with its previous position.
 */
async function renumberGroups(sql: AnySql, projectId: string) {
  return sql<(TaskGroupRow & { old_position: number })[]>`
    update task_groups g set position = r.rn - 1, updated_at = now()
    from (
      select id, position as old_position, row_number() over (order by position, id) as rn
      from task_groups where project_id = ${projectId}
    ) r
    where g.id = r.id and g.position <> r.rn - 1
    returning g.*, r.old_position`;
}

async function deleteGroup({ svc, access }: OrgContext, input: OperationInput<'task_groups.delete'>): Promise<void> {
  await withTx(svc, async (sql, emit) => {
    const project = await getProjectRow(sql, access, input.project_id, true);
    const group = await getGroupRow(sql, access, project.id, input.group_id, true);
    const ungrouped = { projectId: project.id, groupId: null };
    // The group's tasks, in their order, go after the project's ungrouped tasks (whose sequence is gapless first).
    await changeTasks(sql, emit, access, sql`t.group_id = ${group.id}`, async () => {
      await renumber(sql, ungrouped);
      const base = await endOf(sql, ungrouped);
      await sql`
        update tasks t set group_id = null, position = ${base} + r.rn - 1, updated_at = now()
        from (select id, row_number() over (order by position, id) as rn from tasks where group_id = ${group.id}) r
        where t.id = r.id`;
    });
    await sql`delete from task_groups where id = ${group.id}`;
    const shifted = await renumberGroups(sql, project.id);
    emit(groupEvent(access, 'deleted', group));
    for (const g of shifted) emit(groupEvent(access, 'updated', g, { ...g, position: g.old_position }));
  });
}

async function reorderGroups({ svc, access }: OrgContext, input: OperationInput<'task_groups.reorder'>): Promise<TaskGroup[]> {
  return withTx(svc, async (sql, emit) => {
    const project = await getProjectRow(sql, access, input.project_id, true);
    const before = await groupsOfProject(sql, project.id, access.userId);
    const order = input.order;
    const known = new Set(before.map((g) => g.id));
    const unknown = order.filter((id) => !known.has(id));
    const given = new Set(order);
    const missing = before.filter((g) => !given.has(g.id)).map((g) => g.id);
    if (unknown.length > 0 || missing.length > 0 || given.size !== order.length) {
      throw validationError('order must list every task group of the project exactly once', {
        field: 'order',
        ...(missing.length > 0 ? { missing } : {}),
        ...(unknown.length > 0 ? { unknown } : {}),
      });
    }
    const changed = await sql<TaskGroupRow[]>`
      update task_groups g set position = o.idx - 1, updated_at = now()
      from unnest(${sql.array([...order])}::text[]) with ordinality as o(id, idx)
      where g.id = o.id and g.project_id = ${project.id} and g.position <> o.idx - 1
      returning g.*`;
    const byId = new Map(before.map((g) => [g.id, g]));
    const after = new Map(changed.map((g) => [g.id, g]));
    for (const id of order) {
      const g = after.get(id);
      if (g) emit(groupEvent(access, 'updated', g, byId.get(id)));
    }
    return order.map((id) => toTaskGroup(after.get(id) ?? byId.get(id)!, byId.get(id)!.collapsed));
  });
}

async function toggleGroup({ svc, access }: OrgContext, input: OperationInput<'task_groups.toggle_collapsed'>) {
  return withTx(svc, async (sql, emit) => {
    const group = await getGroupRow(sql, access, input.project_id, input.group_id);
    const removed = await sql`delete from task_group_collapsed where user_id = ${access.userId} and group_id = ${group.id} returning 1`;
    const collapsed = removed.length === 0;
    if (collapsed) await sql`insert into task_group_collapsed (user_id, group_id) values (${access.userId}, ${group.id}) on conflict do nothing`;
    // Only the caller's own connections hear of it (other tabs and devices), with their flag.
    emit(
      entityChanged({
        orgId: access.orgId,
        actorId: access.userId,
        entityType: 'task_group',
        action: 'updated',
        entity: toTaskGroup(group, collapsed),
        before: toTaskGroup(group, !collapsed),
        onlyUser: access.userId,
      }),
    );
    return { group_id: group.id, collapsed };
  });
}

export const taskGroupOperations = {
  'task_groups.list': listGroups,
  'task_groups.create': async (ctx, input) => ({ data: await createGroup(ctx, input) }),
  'task_groups.update': async (ctx, input) => ({ data: await renameGroup(ctx, input) }),
  'task_groups.delete': async (ctx, input) => {
    await deleteGroup(ctx, input);
    return { data: { id: input.group_id, deleted: true as const } };
  },
  'task_groups.reorder': async (ctx, input) => ({ data: await reorderGroups(ctx, input) }),
  'task_groups.toggle_collapsed': async (ctx, input) => ({ data: await toggleGroup(ctx, input) }),
} satisfies AreaHandlers<'task_groups', Contexts>;
