/**
 * GraphQL for task groups: the batch queries behind the board's nested fields (`Project.task_groups`,
 * `Project.ungrouped_tasks`, `TaskGroup.tasks`, `Task.group`), one statement per field whatever the number of
 * projects, groups or tasks asked for. `collapsed` is the reader's flag (the batch's `reader`).
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Task, TaskGroup } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { projectIdVisible, taskVisible, type Reader } from '../projects/visibility.js';
import { toTask } from '../tasks/model.js';
import { taskColumns } from '../tasks/queries.js';
import { toTaskGroup, type TaskGroupRow } from './model.js';
import { groupColumns } from './queries.js';

/** Groups by id, with the reader's flags (null for an id that is not a group the reader may see). */
export const groupsByIds: Batch<TaskGroup | null> = async (sql, reader, ids) => {
  const rows = await sql<TaskGroupRow[]>`
    select ${groupColumns(sql, 'g', reader.userId)} from task_groups g
    where g.org_id = ${reader.orgId} and g.id = any(${keyArray(sql, ids)}::text[]) and ${projectIdVisible(sql, 'g.project_id', reader)}`;
  return byKey(
    ids,
    rows.map((r) => toTaskGroup(r)),
    (g) => g.id,
    null,
  );
};

/** One page of each project's groups by position, with the reader's flags. */
export const groupsOfProjects = (sql: AnySql, reader: Reader, projectIds: readonly string[], req: PageRequest): Promise<Page<TaskGroup>[]> =>
  childPages(
    sql,
    projectIds,
    req,
    {
      columns: groupColumns(sql, 'g', reader.userId),
      from: sql`task_groups g`,
      key: sql`g.project_id`,
      where: (keys) =>
        sql`g.org_id = ${reader.orgId} and g.project_id = any(${keyArray(sql, keys)}::text[]) and ${projectIdVisible(sql, 'g.project_id', reader)}`,
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
  reader: Reader,
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
          ? sql`${taskVisible(sql, 't', reader)} and t.group_id = any(${keyArray(sql, slots)}::text[])`
          : sql`${taskVisible(sql, 't', reader)} and t.project_id = any(${keyArray(sql, slots)}::text[]) and t.group_id is null`,
      order: sql`t.position, t.created_at, t.id`,
    },
    toTask,
  );

export const taskGroupResolvers = {
  Project: {
    task_groups: (p, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('groupsOfProject', p.org_id, (sql, reader, ids) => groupsOfProjects(sql, reader, ids, req), { variant: pageVariant(req) })
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
    group: (t, _args, ctx) => (t.group_id ? ctx.loaders.of('taskGroup', t.org_id, groupsByIds).load(t.group_id) : null),
  },
} satisfies Pick<Resolvers, 'Project' | 'TaskGroup' | 'Task'>;
