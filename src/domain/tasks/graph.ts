/** GraphQL for tasks: the batch queries behind the nested fields that return tasks, and `Task`'s own fields. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Task, User } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { projectsByIds } from '../projects/graph.js';
import { taskVisible, type Reader } from '../projects/visibility.js';
import { usersByIds } from '../users/graph.js';
import { toTask, type TaskRow } from './model.js';
import { taskColumns } from './queries.js';

export const tasksByIds: Batch<Task | null> = async (sql, reader, ids) => {
  const rows = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t where t.id = any(${keyArray(sql, ids)}::text[]) and ${taskVisible(sql, 't', reader)}`;
  return byKey(ids, rows.map(toTask), (t) => t.id, null);
};

/** One page of each project's tasks by position, optionally of one status. */
export const tasksOfProjects = (
  sql: AnySql,
  reader: Reader,
  projectIds: readonly string[],
  filter: { status?: string | null | undefined },
  req: PageRequest,
): Promise<Page<Task>[]> =>
  childPages(
    sql,
    projectIds,
    req,
    {
      columns: taskColumns(sql, 't'),
      from: sql`tasks t`,
      key: sql`t.project_id`,
      where: (keys) => sql`${taskVisible(sql, 't', reader)} and t.project_id = any(${keyArray(sql, keys)}::text[])
        ${filter.status ? sql`and t.status = ${filter.status}` : sql``}`,
      order: sql`t.position, t.created_at, t.id`,
    },
    toTask,
  );

const present = <T>(v: T | null | Error): v is T => v !== null && !(v instanceof Error);

/** For non-null relations, which foreign keys guarantee: a miss is a bug, reported as INTERNAL_ERROR. */
export const must = async <T>(v: Promise<T | null>, what: string): Promise<T> => {
  const value = await v;
  if (value === null) throw new Error(`${what} is missing`);
  return value;
};

export const taskResolvers = {
  Task: {
    project: (t, _args, ctx) =>
      must(ctx.loaders.of('project', t.org_id, projectsByIds, { schema: 'Project' }).load(t.project_id), `project of task ${t.id}`),
    assignees: async (t, _args, ctx): Promise<User[]> =>
      (await ctx.loaders.of('user', t.org_id, usersByIds).loadMany(t.assignee_ids)).filter(present),
    assignee: (t, _args, ctx) => (t.assignee_ids[0] ? ctx.loaders.of('user', t.org_id, usersByIds).load(t.assignee_ids[0]) : null),
  },
} satisfies Pick<Resolvers, 'Task'>;
