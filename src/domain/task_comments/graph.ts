/** GraphQL for comments: the batch queries behind `Task.comments` and `Task.comment_count`, and `TaskComment.author`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TaskComment } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { usersByIds } from '../users/graph.js';
import { taskVisible, type Reader } from '../projects/visibility.js';
import { toComment } from './model.js';

/** Comments of `taskIds` (on `task_comments c join tasks t`) whose task the reader may see. */
const ofTasks = (sql: AnySql, reader: Reader, taskIds: readonly string[]) =>
  sql`c.org_id = ${reader.orgId} and c.task_id = any(${keyArray(sql, taskIds)}::text[]) and ${taskVisible(sql, 't', reader)}`;

/** One page of each task's comments, oldest first, in one statement. */
export const commentsOfTasks = (sql: AnySql, reader: Reader, taskIds: readonly string[], req: PageRequest): Promise<Page<TaskComment>[]> =>
  childPages(
    sql,
    taskIds,
    req,
    {
      columns: sql`c.*`,
      from: sql`task_comments c join tasks t on t.id = c.task_id`,
      key: sql`c.task_id`,
      where: (keys) => ofTasks(sql, reader, keys),
      order: sql`c.created_at, c.id`,
    },
    toComment,
  );

const commentCountRows = (sql: AnySql, reader: Reader, taskIds: readonly string[]) =>
  sql<
    { key: string; n: string }[]
  >`select c.task_id as key, count(*) as n from task_comments c join tasks t on t.id = c.task_id where ${ofTasks(sql, reader, taskIds)} group by c.task_id`;

/** The number of comments of each task, in one statement. */
export const commentCounts: Batch<number> = async (sql, reader, taskIds) => {
  const rows = await commentCountRows(sql, reader, taskIds);
  return byKey(
    taskIds,
    rows.map((r) => ({ key: r.key, n: Number(r.n) })),
    (r) => r.key,
    { key: '', n: 0 },
  ).map((r) => r.n);
};

export const taskCommentResolvers = {
  Task: {
    comments: (t, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('commentsOfTask', t.org_id, (sql, org, ids) => commentsOfTasks(sql, org, ids, req), { variant: pageVariant(req) })
        .load(t.id);
    },
    comment_count: (t, _args, ctx) => ctx.loaders.of('commentCount', t.org_id, commentCounts).load(t.id),
  },
  TaskComment: {
    author: (c, _args, ctx) => (c.author_id ? ctx.loaders.of('user', c.org_id, usersByIds).load(c.author_id) : null),
  },
} satisfies Pick<Resolvers, 'Task' | 'TaskComment'>;
