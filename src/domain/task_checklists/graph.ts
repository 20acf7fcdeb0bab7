/** GraphQL for checklists: the batch query behind `Task.checklist`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { ChecklistItem } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { childPages, keyArray, nestedPage, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { taskVisible, type Reader } from '../projects/visibility.js';
import { toChecklistItem } from './model.js';

/** One page of each task's checklist, by position, in one statement. */
export const checklistsOfTasks = (sql: AnySql, reader: Reader, taskIds: readonly string[], req: PageRequest): Promise<Page<ChecklistItem>[]> =>
  childPages(
    sql,
    taskIds,
    req,
    {
      columns: sql`i.*`,
      from: sql`task_checklist_items i join tasks t on t.id = i.task_id`,
      key: sql`i.task_id`,
      where: (keys) => sql`i.org_id = ${reader.orgId} and i.task_id = any(${keyArray(sql, keys)}::text[]) and ${taskVisible(sql, 't', reader)}`,
      order: sql`i.position, i.id`,
    },
    toChecklistItem,
  );

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
