/**
 * tasks.add_comment, tasks.delete_comment, tasks.comments.list: comments on tasks. Any member reads and
 * comments (viewers included); a comment may be deleted by its author, or by anyone with `manage_tasks`
 * (the spec's `x-permission-rule`, checked here). Comments are listed oldest first.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { notifyComment } from '../notifications/notify.js';
import { pageRequest, windowPage } from '../pagination.js';
import { getTaskRef, taskVisible } from '../task_dependencies/visibility.js';
import { toComment, type CommentRow } from './model.js';

export const taskCommentOperations = {
  'tasks.comments.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const rows = await sql<(CommentRow & { total: string })[]>`
      select c.*, count(*) over () as total
      from task_comments c join tasks t on t.id = c.task_id
      where c.task_id = ${input.task_id} and c.org_id = ${access.orgId} and ${taskVisible(sql, 't', access)}
      order by c.created_at, c.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      check: async () => void (await getTaskRef(sql, access, input.task_id)),
      count: async () => Number((await sql<{ n: string }[]>`select count(*) as n from task_comments where task_id = ${input.task_id}`)[0]!.n),
    });
    return { data: result.rows.map(toComment), pagination: result.pagination };
  },

  'tasks.add_comment': async ({ svc, access }, input) => {
    const comment = await withTx(svc, async (sql, emit) => {
      // A share lock: the task cannot be deleted before the comment is in.
      const task = await getTaskRef(sql, access, input.task_id, 'share');
      const [row] = await sql<CommentRow[]>`
        insert into task_comments ${sql({ id: newId('cmt'), org_id: access.orgId, task_id: task.id, author_id: access.userId, body: input.body })}
        returning *`;
      const created = toComment(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_comment', action: 'created', entity: created }));
      await notifyComment(sql, emit, { svc, access }, task.id, input.body);
      return created;
    });
    return { data: comment };
  },

  'tasks.delete_comment': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      await getTaskRef(sql, access, input.task_id);
      const [row] = await sql<CommentRow[]>`
        select * from task_comments
        where id = ${input.comment_id} and task_id = ${input.task_id} and org_id = ${access.orgId}
        for update`;
      if (!row) throw notFound('Comment');
      // Your own comment needs nothing more; someone else's needs manage_tasks.
      if (row.author_id !== access.userId) access.require('manage_tasks');
      await sql`delete from task_comments where id = ${row.id}`;
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_comment', action: 'deleted', entity: toComment(row) }));
    });
    return { data: { id: input.comment_id, deleted: true as const } };
  },
} satisfies AreaHandlers<'task_comments', Contexts>;
