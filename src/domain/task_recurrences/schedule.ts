/**
 * Running recurrences on the job queue. Each recurrence has one pending job (`run_recurrence`, job key =
 * the recurrence id) due at its `next_run_at`; create and update (re)schedule it and delete removes it, in
 * the operation's own transaction.
 *
 * The job, whichever instance runs it: locks the task's project and the recurrence row; creates the
 * instance of every occurrence due by now (the database's clock), at most MAX_PER_RUN per run (occurrences
 * missed while no server ran are created once each when one comes back; beyond the cap it jumps to the
 * first occurrence after now); advances next_run_at, last_run_at and occurrences_created; announces the
 * instances (EntityChanged task created, checklist items created) and the recurrence (updated); and
 * enqueues the next run, all in one transaction. Each instance carries (recurrence_id,
 * recurrence_occurrence), unique: an occurrence is created at most once even if a job ran twice.
 */
import type { Task } from '../../../generated/models.js';
import { enqueue, removeJob } from '../../platform/jobs.js';
import type { AnySql } from '../../platform/db.js';
import type { Services } from '../../platform/services.js';
import { withTx, type Emit } from '../../platform/tx.js';
import { entityChanged } from '../events.js';
import { getProjectRow } from '../projects/queries.js';
import { toChecklistItem, type ChecklistItemRow } from '../task_checklists/model.js';
import { insertTask } from '../tasks/operations.js';
import { getTaskRow, statusCodes } from '../tasks/queries.js';
import { toRecurrence, type RecurrenceRow } from './model.js';
import { addDays, daysBetween, localDate, localMidnight, nextOccurrence } from './pattern.js';

export const RUN_RECURRENCE_JOB = 'run_recurrence';

/** At most this many instances per recurrence and run. */
export const MAX_PER_RUN = 100;

/** The date occurrences are measured from: the task's start date, else due date, else its creation (local) date. */
export function anchorOf(task: { start_date: string | null; due_date: string | null; created_at: string }, timezone: string): string {
  return task.start_date ?? task.due_date ?? localDate(new Date(task.created_at), timezone);
}

/**
 * The first occurrence after `now` that is also after the anchor date's own (the task itself stands for
 * that one).
 */
export function firstOccurrence(pattern: string, timezone: string, anchor: string, now: Date): Date {
  const anchorStart = localMidnight(anchor, timezone);
  return nextOccurrence(pattern, timezone, anchor, anchorStart.getTime() > now.getTime() ? anchorStart : now);
}

/** (Re)schedules the recurrence's job at `runAt`, in `sql`'s transaction. */
export async function scheduleRecurrence(sql: AnySql, recurrenceId: string, runAt: string): Promise<void> {
  await enqueue(sql, RUN_RECURRENCE_JOB, { recurrence_id: recurrenceId }, { jobKey: recurrenceId, runAt });
}

export async function unscheduleRecurrence(sql: AnySql, recurrenceId: string): Promise<void> {
  await removeJob(sql, recurrenceId);
}

/** The `run_recurrence` job. Returns how many instances it created. */
export async function runRecurrenceJob(svc: Services, recurrenceId: string): Promise<number> {
  return withTx(svc, async (sql, emit) => {
    // Lock order as tasks' writes: the project first, then the recurrence.
    const [peek] = await sql<{ org_id: string; project_id: string }[]>`
      select r.org_id, t.project_id from task_recurrences r join tasks t on t.id = r.task_id where r.id = ${recurrenceId}`;
    if (!peek) return 0; // deleted meanwhile: nothing to do (its job was removed with it)
    // The schedule acts for the organization: it sees every project.
    const system = { orgId: peek.org_id, userId: '', seesAll: true };
    const project = await getProjectRow(sql, system, peek.project_id, true);
    const [rec] = await sql<(RecurrenceRow & { org_timezone: string; now: string })[]>`
      select r.*, o.timezone as org_timezone, now() as now
      from task_recurrences r join organizations o on o.id = r.org_id
      where r.id = ${recurrenceId}
      for update of r`;
    if (!rec) return 0;
    const now = new Date(rec.now);
    const timezone = rec.org_timezone;
    const template = await getTaskRow(sql, system, rec.task_id);
    if (template.project_id !== project.id) {
      // The task moved to another project after the peek: run again with the right lock.
      await scheduleRecurrence(sql, rec.id, rec.now);
      return 0;
    }
    const anchor = anchorOf(template, timezone);
    let next = new Date(rec.next_run_at);
    let last = rec.last_run_at;
    let created = 0;
    if (next.getTime() <= now.getTime()) {
      const actorId = rec.created_by ?? template.created_by ?? (await anyOwner(sql, rec.org_id));
      const access = { orgId: rec.org_id, userId: actorId, seesAll: true };
      const statuses = await statusCodes(sql, rec.org_id);
      // Assignees who left the organization and labels deleted since are left out of the copies.
      const [members, labels] = await Promise.all([
        sql<
          { user_id: string }[]
        >`select user_id from members where org_id = ${rec.org_id} and user_id = any(${sql.array(template.assignee_ids)}::text[])`,
        sql<{ id: string }[]>`select id from labels where org_id = ${rec.org_id} and id = any(${sql.array(template.label_ids)}::text[])`,
      ]);
      const assigneeIds = members.map((m) => m.user_id).sort();
      const labelIds = labels.map((l) => l.id).sort();
      while (next.getTime() <= now.getTime() && created < MAX_PER_RUN) {
        const occurrence = next.toISOString();
        // An archived project gets no instances; its occurrences pass. An occurrence that has its instance
        // already (the stored schedule was moved back) is not created again.
        const [exists] = await sql`select 1 from tasks where recurrence_id = ${rec.id} and recurrence_occurrence = ${occurrence}`;
        if (project.status === 'active' && !exists) {
          const shift = daysBetween(anchor, localDate(next, timezone));
          const task = await insertTask(
            sql,
            emit,
            { access, svc },
            {
              project_id: template.project_id,
              group_id: template.group_id,
              title: template.title,
              description: template.description,
              priority: template.priority as Task['priority'],
              start_date: template.start_date ? addDays(template.start_date, shift) : null,
              due_date: template.due_date ? addDays(template.due_date, shift) : null,
              estimated_hours: template.estimated_hours,
              assignee_ids: assigneeIds,
              label_ids: labelIds,
            },
            statuses,
            { recurrence_id: rec.id, recurrence_occurrence: occurrence },
          );
          await copyChecklist(sql, emit, rec.org_id, actorId, template.id, task.id);
          created++;
        }
        last = occurrence;
        next = nextOccurrence(rec.recurrence_pattern, timezone, anchor, next);
      }
      // More were missed than one run creates: skip the rest, up to now.
      if (next.getTime() <= now.getTime()) next = nextOccurrence(rec.recurrence_pattern, timezone, anchor, now);
    }
    const [after] = await sql<RecurrenceRow[]>`
      update task_recurrences
      set next_run_at = ${next.toISOString()}, last_run_at = ${last}, occurrences_created = occurrences_created + ${created},
          timezone = ${timezone}, updated_at = now()
      where id = ${rec.id}
      returning *`;
    emit(
      entityChanged({
        orgId: rec.org_id,
        actorId: rec.created_by ?? template.created_by ?? (await anyOwner(sql, rec.org_id)),
        entityType: 'task_recurrence',
        action: 'updated',
        entity: toRecurrence(after!),
        before: toRecurrence(rec),
      }),
    );
    await scheduleRecurrence(sql, rec.id, after!.next_run_at);
    return created;
  });
}

/** The checklist of the template, unchecked, on the new instance (each item announced). */
async function copyChecklist(sql: AnySql, emit: Emit, orgId: string, actorId: string, fromTaskId: string, toTaskId: string): Promise<void> {
  const items = await sql<ChecklistItemRow[]>`
    insert into task_checklist_items (id, org_id, task_id, title, position, completed, created_by)
    select trcr_typeid('chk'), org_id, ${toTaskId}, title, position, false, ${actorId}
    from task_checklist_items where task_id = ${fromTaskId}
    order by position
    returning *`;
  for (const item of items) {
    emit(entityChanged({ orgId, actorId, entityType: 'checklist_item', action: 'created', entity: toChecklistItem(item) }));
  }
}

/** Whom an instance is attributed to when neither the recurrence's nor the task's creator exists any more. */
async function anyOwner(sql: AnySql, orgId: string): Promise<string> {
  const [row] = await sql<{ user_id: string }[]>`
    select user_id from members where org_id = ${orgId} order by (role = 'owner') desc, created_at limit 1`;
  return row?.user_id ?? 'usr_unknown';
}
