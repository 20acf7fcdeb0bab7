/** GraphQL for recurrences: `Task.recurrence`, every task's recurrence of one query in one statement. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TaskRecurrence } from '../../../generated/models.js';
import { byKey, keyArray, type Batch } from '../graph.js';
import { toRecurrence, type RecurrenceRow } from './model.js';

/** By task id (the tasks were already read by the caller, so they may see them). */
export const recurrencesByTaskIds: Batch<TaskRecurrence | null> = async (sql, reader, taskIds) => {
  const rows = await sql<RecurrenceRow[]>`
    select r.* from task_recurrences r where r.org_id = ${reader.orgId} and r.task_id = any(${keyArray(sql, taskIds)}::text[])`;
  return byKey(taskIds, rows.map(toRecurrence), (r) => r.task_id, null);
};

export const taskRecurrenceResolvers = {
  Task: {
    recurrence: (t, _args, ctx) => ctx.loaders.of('recurrenceOfTask', t.org_id, recurrencesByTaskIds).load(t.id),
  },
} satisfies Pick<Resolvers, 'Task'>;
