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
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { toTask } from '../tasks/model.js';
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
export const groupsOfProjects = (
  sql: AnySql,
  orgId: string,
  projectIds: readonly string[],
  userId: string,
  req: PageRequest,
): Promise<Page<TaskGroup>[]> =>
  childPages(
    sql,
    projectIds,
    req,
    {
      columns: groupColumns(sql, 'g', userId),
      from: sql`task_groups g`,
      key: sql`g.project_id`,
      where: (keys) => sql`g.org_id = ${orgId} and g.project_id = any(${keyArray(sql, keys)}::text[])`,
      order: sql`g.position, g.id`,
    },
    (r: TaskGroupRow) => toTaskGroup(r),
  );

/**
 * One page of tasks per key by position: the tasks of each group (`by: 'group'`, keys are group ids), or each
 * project's ungrouped tasks (`by: 'ungrouped'`, keys are project ids).
 */
export const tasksOfSlots = (
  sql: AnySql,
  orgId: string,
  keys: readonly string[],
  by: 'group' | 'ungrouped',
  req: PageRequest,
): Promise<Page<Task>[]> =>
  childPages(
    sql,
    keys,
    req,
    {
      columns: taskColumns(sql, 't'),
      from: sql`tasks t`,
      key: by === 'group' ? sql`t.group_id` : sql`t.project_id`,
      where: (slots) =>
        by === 'group'
          ? sql`t.org_id = ${orgId} and t.group_id = any(${keyArray(sql, slots)}::text[])`
          : sql`t.org_id = ${orgId} and t.project_id = any(${keyArray(sql, slots)}::text[]) and t.group_id is null`,
      order: sql`t.position, t.created_at, t.id`,
    },
    toTask,
  );

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
