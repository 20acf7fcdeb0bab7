/** GraphQL for comments: the batch queries behind `Task.comments` and `Task.comment_count`, and `TaskComment.author`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TaskComment } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, keyArray, nestedPage, pageBounds, pagesByKey, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { usersByIds } from '../users/graph.js';
import { toComment, type CommentRow } from './model.js';

/** One page of each task's comments, oldest first, in one statement. */
export async function commentsOfTasks(sql: AnySql, orgId: string, taskIds: readonly string[], req: PageRequest): Promise<Page<TaskComment>[]> {
  const { from, to } = pageBounds(req);
  const rows = await sql<(CommentRow & { total: string })[]>`
    select * from (
      select c.*,
        count(*) over (partition by c.task_id) as total,
        row_number() over (partition by c.task_id order by c.created_at, c.id) as rn
      from task_comments c
      where c.org_id = ${orgId} and c.task_id = any(${keyArray(sql, taskIds)}::text[])
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.task_id, x.rn`;
  return pagesByKey(
    taskIds,
    rows,
    (r) => r.task_id,
    toComment,
    req,
    (keys) => commentCountRows(sql, orgId, keys),
  );
}

const commentCountRows = (sql: AnySql, orgId: string, taskIds: readonly string[]) =>
  sql<{ key: string; n: string }[]>`
    select c.task_id as key, count(*) as n from task_comments c
    where c.org_id = ${orgId} and c.task_id = any(${keyArray(sql, taskIds)}::text[])
    group by c.task_id`;

/** The number of comments of each task, in one statement. */
export const commentCounts: Batch<number> = async (sql, orgId, taskIds) => {
  const rows = await commentCountRows(sql, orgId, taskIds);
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
