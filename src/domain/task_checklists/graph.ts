/** GraphQL for checklists: the batch query behind `Task.checklist`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { ChecklistItem } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { keyArray, nestedPage, pageBounds, pagesByKey, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { toChecklistItem, type ChecklistItemRow } from './model.js';

/** One page of each task's checklist, by position, in one statement. */
export async function checklistsOfTasks(sql: AnySql, orgId: string, taskIds: readonly string[], req: PageRequest): Promise<Page<ChecklistItem>[]> {
  const { from, to } = pageBounds(req);
  const rows = await sql<(ChecklistItemRow & { total: string })[]>`
    select * from (
      select i.*,
        count(*) over (partition by i.task_id) as total,
        row_number() over (partition by i.task_id order by i.position, i.id) as rn
      from task_checklist_items i
      where i.org_id = ${orgId} and i.task_id = any(${keyArray(sql, taskIds)}::text[])
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.task_id, x.rn`;
  return pagesByKey(
    taskIds,
    rows,
    (r) => r.task_id,
    toChecklistItem,
    req,
    (keys) =>
      sql<{ key: string; n: string }[]>`
        select i.task_id as key, count(*) as n from task_checklist_items i
        where i.org_id = ${orgId} and i.task_id = any(${keyArray(sql, keys)}::text[])
        group by i.task_id`,
  );
}

export const taskChecklistResolvers = {
  Task: {
    checklist: (t, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('checklistOfTask', t.org_id, (sql, org, ids) => checklistsOfTasks(sql, org, ids, req), { variant: pageVariant(req) })
        .load(t.id);
    },
  },
} satisfies Pick<Resolvers, 'Task'>;
