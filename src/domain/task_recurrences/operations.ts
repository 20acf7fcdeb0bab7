/**
 * task_recurrences.*: a task's repeat rule (one per task). Writing needs `manage_tasks` (checked by execute()
 * from the spec's `x-permission`); `get` needs only membership, like reading the task. The task must be
 * visible to the caller (projects/visibility.ts): otherwise it, and its recurrence, do not exist for them.
 * Each write (re)schedules or removes the recurrence's job in its own transaction (schedule.ts).
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { readerOf } from '../projects/visibility.js';
import { toRecurrence, type RecurrenceRow } from './model.js';
import { assertPattern } from './pattern.js';
import { getTaskRow } from '../tasks/queries.js';
import { getRecurrenceRow, orgTimezone } from './queries.js';
import { anchorOf, firstOccurrence, scheduleRecurrence, unscheduleRecurrence } from './schedule.js';

export const taskRecurrenceOperations = {
  'task_recurrences.get': async ({ svc, access }, input) => ({
    data: toRecurrence(await getRecurrenceRow(svc.db, readerOf(access), input.recurrence_id)),
  }),

  'task_recurrences.create': async ({ svc, access }, input) => {
    const reader = readerOf(access);
    const data = await withTx(svc, async (sql, emit) => {
      const timezone = await orgTimezone(sql, access.orgId);
      assertPattern(input.recurrence_pattern, timezone);
      const task = await getTaskRow(sql, reader, input.task_id, true);
      const [existing] = await sql<{ id: string }[]>`select id from task_recurrences where task_id = ${task.id}`;
      if (existing) throw conflict('This task already repeats; update or delete its recurrence', { field: 'task_id', recurrence_id: existing.id });
      const [now] = await sql<{ now: string }[]>`select now() as now`;
      const next = firstOccurrence(input.recurrence_pattern, timezone, anchorOf(task, timezone), new Date(now!.now));
      const [row] = await sql<RecurrenceRow[]>`
        insert into task_recurrences ${sql({
          id: newId('rec'),
          org_id: access.orgId,
          task_id: task.id,
          recurrence_pattern: input.recurrence_pattern,
          timezone,
          next_run_at: next.toISOString(),
          created_by: access.userId,
        })}
        returning *`;
      await scheduleRecurrence(sql, row!.id, row!.next_run_at);
      const recurrence = toRecurrence(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_recurrence', action: 'created', entity: recurrence }));
      return recurrence;
    });
    return { data };
  },

  'task_recurrences.update': async ({ svc, access }, input) => {
    const reader = readerOf(access);
    const data = await withTx(svc, async (sql, emit) => {
      const timezone = await orgTimezone(sql, access.orgId);
      assertPattern(input.recurrence_pattern, timezone);
      const before = await getRecurrenceRow(sql, reader, input.recurrence_id, true);
      if (before.recurrence_pattern === input.recurrence_pattern && before.timezone === timezone) return toRecurrence(before);
      const task = await getTaskRow(sql, reader, before.task_id, true);
      const [now] = await sql<{ now: string }[]>`select now() as now`;
      const next = firstOccurrence(input.recurrence_pattern, timezone, anchorOf(task, timezone), new Date(now!.now));
      const [row] = await sql<RecurrenceRow[]>`
        update task_recurrences
        set recurrence_pattern = ${input.recurrence_pattern}, timezone = ${timezone}, next_run_at = ${next.toISOString()}, updated_at = now()
        where id = ${before.id}
        returning *`;
      await scheduleRecurrence(sql, row!.id, row!.next_run_at);
      const recurrence = toRecurrence(row!);
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'task_recurrence',
          action: 'updated',
          entity: recurrence,
          before: toRecurrence(before),
        }),
      );
      return recurrence;
    });
    return { data };
  },

  'task_recurrences.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const row = await getRecurrenceRow(sql, readerOf(access), input.recurrence_id, true);
      // Instances keep existing: their recurrence_id is cleared by the foreign key.
      await sql`delete from task_recurrences where id = ${row.id}`;
      await unscheduleRecurrence(sql, row.id);
      emit(
        entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_recurrence', action: 'deleted', entity: toRecurrence(row) }),
      );
    });
    return { data: { id: input.recurrence_id, deleted: true as const } };
  },
} satisfies AreaHandlers<'task_recurrences', Contexts>;
