/**
 * GraphQL for task groups: the batch queries behind the board's nested fields (`Project.task_groups`,
 * `Project.ungrouped_tasks`, `TaskGroup.tasks`, `Task.group`), one statement per field whatever the number of
 * projects, groups or tasks asked for. `collapsed` is the reader's flag, so the group loaders are the reader's:
 * the loaders live for one request, whose reader is `ctx.op.actor`.
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Task, TaskGroup } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import type { GraphContext } from '../graph.js';
import { byKey, keyArray, nestedPage, pageBounds, pagesByKey, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { toTask, type TaskRow } from '../tasks/model.js';
import { taskColumns } from '../tasks/queries.js';
import { toTaskGroup, type TaskGroupRow } from './model.js';
import { groupColumns } from './queries.js';

/** The reader of a GraphQL request (nested fields only run under an operation that needed one). */
const readerOf = (ctx: GraphContext): string => {
  const userId = ctx.op.actor?.userId;
  if (!userId) throw new Error('a nested field without a signed-in reader');
  return userId;
};

/** Groups by id, with `userId`'s flags (null for an id that is not a group of the organization). */
export const groupsByIds =
  (userId: string): Batch<TaskGroup | null> =>
  async (sql, orgId, ids) => {
    const rows = await sql<TaskGroupRow[]>`
      select ${groupColumns(sql, 'g', userId)} from task_groups g
      where g.org_id = ${orgId} and g.id = any(${keyArray(sql, ids)}::text[])`;
    return byKey(
      ids,
      rows.map((r) => toTaskGroup(r)),
      (g) => g.id,
      null,
    );
  };

/** One page of each project's groups by position, with `userId`'s flags. */
export async function groupsOfProjects(
  sql: AnySql,
  orgId: string,
  projectIds: readonly string[],
  userId: string,
  req: PageRequest,
): Promise<Page<TaskGroup>[]> {
  const { from, to } = pageBounds(req);
  const rows = await sql<(TaskGroupRow & { total: string })[]>`
    select * from (
      select ${groupColumns(sql, 'g', userId)},
        count(*) over (partition by g.project_id) as total,
        row_number() over (partition by g.project_id order by g.position, g.id) as rn
      from task_groups g
      where g.org_id = ${orgId} and g.project_id = any(${keyArray(sql, projectIds)}::text[])
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.project_id, x.rn`;
  return pagesByKey(
    projectIds,
    rows,
    (r) => r.project_id,
    (r) => toTaskGroup(r),
    req,
    (keys) => sql<{ key: string; n: string }[]>`
      select g.project_id as key, count(*) as n from task_groups g
      where g.org_id = ${orgId} and g.project_id = any(${keyArray(sql, keys)}::text[])
      group by g.project_id`,
  );
}

/**
 * One page of tasks per key by position: the tasks of each group (`by: 'group'`, keys are group ids), or each
 * project's ungrouped tasks (`by: 'ungrouped'`, keys are project ids).
 */
export async function tasksOfSlots(
  sql: AnySql,
  orgId: string,
  keys: readonly string[],
  by: 'group' | 'ungrouped',
  req: PageRequest,
): Promise<Page<Task>[]> {
  const column = by === 'group' ? sql`group_id` : sql`project_id`;
  const where = (t: string) =>
    by === 'group'
      ? sql`${sql(t)}.org_id = ${orgId} and ${sql(t)}.group_id = any(${keyArray(sql, keys)}::text[])`
      : sql`${sql(t)}.org_id = ${orgId} and ${sql(t)}.project_id = any(${keyArray(sql, keys)}::text[]) and ${sql(t)}.group_id is null`;
  const { from, to } = pageBounds(req);
  const rows = await sql<(TaskRow & { total: string; slot: string })[]>`
    select * from (
      select ${taskColumns(sql, 't')}, t.${column} as slot,
        count(*) over (partition by t.${column}) as total,
        row_number() over (partition by t.${column} order by t.position, t.created_at, t.id) as rn
      from tasks t where ${where('t')}
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.slot, x.rn`;
  return pagesByKey(
    keys,
    rows,
    (r) => r.slot,
    toTask,
    req,
    (missing) => sql<{ key: string; n: string }[]>`
      select t.${column} as key, count(*) as n from tasks t
      where ${by === 'group' ? sql`t.org_id = ${orgId} and t.group_id = any(${keyArray(sql, missing)}::text[])` : sql`t.org_id = ${orgId} and t.project_id = any(${keyArray(sql, missing)}::text[]) and t.group_id is null`}
      group by t.${column}`,
  );
}

export const taskGroupResolvers = {
  Project: {
    task_groups: (p, args, ctx) => {
      const req = nestedPage(args);
      const userId = readerOf(ctx);
      return ctx.loaders
        .of('groupsOfProject', p.org_id, (sql, org, ids) => groupsOfProjects(sql, org, ids, userId, req), { variant: pageVariant(req) })
        .load(p.id);
    },
    ungrouped_tasks: (p, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('ungroupedTasksOfProject', p.org_id, (sql, org, ids) => tasksOfSlots(sql, org, ids, 'ungrouped', req), { variant: pageVariant(req) })
        .load(p.id);
    },
  },
  TaskGroup: {
    tasks: (g, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('tasksOfGroup', g.org_id, (sql, org, ids) => tasksOfSlots(sql, org, ids, 'group', req), { variant: pageVariant(req) })
        .load(g.id);
    },
  },
  Task: {
    group: (t, _args, ctx) => (t.group_id ? ctx.loaders.of('taskGroup', t.org_id, groupsByIds(readerOf(ctx))).load(t.group_id) : null),
  },
} satisfies Pick<Resolvers, 'Project' | 'TaskGroup' | 'Task'>;
