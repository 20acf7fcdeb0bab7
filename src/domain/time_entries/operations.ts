/**
 * time_entries.*: tracked time. Every member of the organization reads its entries (the team sees who
 * works on what), except those on a project hidden from them (projects/visibility.ts); writing your own needs `track_time`, another user's needs `manage_time`.
 *
 * The timer rule (DESIGN §3): a user has at most one running entry, in all organizations together.
 * The partial unique index `time_entries_one_running` enforces it; `time_entries.start` serializes a
 * user's starts with a transaction-scoped advisory lock and stops the running entry at the very
 * instant the new one starts, in the same transaction.
 */
import type { AreaHandlers, OperationInput } from '../../../generated/operations.js';
import type { TimeEntry } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { AppError, conflict, notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { rfc3339 } from '../../platform/time.js';
import { withTx, type Emit } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import type { Contexts, OrgContext } from '../context.js';
import { entityChanged, timerUpdate } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import type { ProjectRow } from '../projects/model.js';
import { changedColumns } from '../patch.js';
import { assertActive, getProjectRow } from '../projects/queries.js';
import { projectIdVisible, taskVisible } from '../projects/visibility.js';
import { entryColumns, entryJoins, toTimeEntry, writeEntries, type TimeEntryRow } from './model.js';

type ListInput = OperationInput<'time_entries.list'>;

const UPDATABLE = ['started_at', 'stopped_at', 'project_id', 'task_id', 'description', 'billable', 'hourly_rate_cents'] as const;

/** An RFC 3339 input (any offset) as a UTC instant with whole seconds. */
function toInstant(value: string, field: string): string {
  // Date.parse wants a minutes part in the offset (`+02` → `+02:00`).
  const ms = Date.parse(value.replace(/([+-]\d\d)$/, '$1:00'));
  if (Number.isNaN(ms)) throw validationError(`${field} is not a valid date-time`, { field });
  return rfc3339(ms);
}

/** Serializes the timer changes of one user (in every organization and on every instance). */
async function lockTimer(sql: AnySql, userId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${userId}, 0))`;
}

/** Own entries need `track_time`, other users' entries `manage_time` (the spec's `x-permission-rule`). */
function requireWrite(access: OrgAccess, entry: TimeEntryRow): void {
  access.require(entry.user_id === access.userId ? 'track_time' : 'manage_time');
}

/**
 * An entry on an invoice is frozen until that draft is deleted: CONFLICT naming the invoice
 * (`details: { invoice_id, invoice_number }`).
 */
async function assertNotInvoiced(sql: AnySql, entry: TimeEntryRow, doing: 'changed' | 'deleted'): Promise<void> {
  if (entry.invoice_id === null) return;
  const [inv] = await sql<{ number: string }[]>`select number from invoices where id = ${entry.invoice_id}`;
  const number = inv?.number ?? entry.invoice_id;
  throw conflict(`This time entry is on invoice ${number} and cannot be ${doing}; delete that draft invoice first`, {
    invoice_id: entry.invoice_id,
    invoice_number: inv?.number ?? null,
  });
}

/** The entry `id` if the reader may see it (not on a project hidden from them), or NOT_FOUND "Time entry not found". */
async function getEntryRow(sql: AnySql, access: OrgAccess, id: string, lock = false): Promise<TimeEntryRow> {
  const [row] = await sql<TimeEntryRow[]>`
    select ${entryColumns(sql, 'te')} from time_entries te ${entryJoins(sql, 'te')}
    where te.id = ${id} and te.org_id = ${access.orgId} and ${projectIdVisible(sql, 'te.project_id', access)}
    ${lock ? sql`for update of te` : sql``}`;
  if (!row) throw notFound('Time entry');
  return row;
}

/**
 * What an entry is for. The task must be in the organization; `projectId` undefined means "the task's
 * project"; a given project must be the task's (VALIDATION_ERROR on `task_id` otherwise).
 */
async function resolveWork(
  sql: AnySql,
  access: OrgAccess,
  projectId: string | null | undefined,
  taskId: string | null | undefined,
): Promise<{ project: ProjectRow | null; taskId: string | null }> {
  let wantedProject = projectId ?? null;
  if (taskId) {
    const [task] = await sql<{ project_id: string }[]>`select t.project_id from tasks t where t.id = ${taskId} and ${taskVisible(sql, 't', access)}`;
    if (!task) throw notFound('Task');
    if (projectId === undefined) wantedProject = task.project_id;
    else if (projectId !== task.project_id) {
      throw validationError(`Task ${taskId} belongs to project ${task.project_id}: give that project_id, or leave project_id out`, {
        field: 'task_id',
      });
    }
  }
  const project = wantedProject ? await getProjectRow(sql, access, wantedProject) : null;
  return { project, taskId: taskId ?? null };
}

/**
 * Inserts a new entry of the caller's and emits its `created` event. Unless given, `billable` is the project's
 * (billable without a project); `hourly_rate_cents` is the entry's own override only (default null: the rate is
 * inherited through the hierarchy, rates.ts). `stopped_at` null = a running timer.
 */
async function insertEntry(
  sql: AnySql,
  emit: Emit,
  access: OrgAccess,
  work: { project: ProjectRow | null; taskId: string | null },
  fields: {
    description?: string | null | undefined;
    billable?: boolean | undefined;
    hourly_rate_cents?: number | null | undefined;
    started_at: string;
    stopped_at: string | null;
  },
): Promise<TimeEntry> {
  const { project, taskId } = work;
  // Archived projects take no new time; failing here also rolls back a timer stopped by the same start.
  if (project) assertActive(project);
  const [row] = await sql<TimeEntryRow[]>`${writeEntries(
    sql,
    sql`insert into time_entries ${sql({
      id: newId('te'),
      org_id: access.orgId,
      user_id: access.userId,
      project_id: project?.id ?? null,
      task_id: taskId,
      description: fields.description ?? null,
      billable: fields.billable ?? project?.billable ?? true,
      hourly_rate_cents: fields.hourly_rate_cents ?? null,
      started_at: fields.started_at,
      stopped_at: fields.stopped_at,
    })}
    returning *`,
  )}`;
  const entry = toTimeEntry(row!);
  emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'time_entry', action: 'created', entity: entry }));
  return entry;
}

/** Events of an entry whose timer just stopped: its change, and TimerUpdate for its owner's devices. */
function emitStopped(emit: Emit, actorId: string, before: TimeEntry, after: TimeEntry): void {
  emit(entityChanged({ orgId: after.org_id, actorId, entityType: 'time_entry', action: 'updated', entity: after, before }));
  emit(timerUpdate(after.org_id, after.user_id, after, false));
}

async function startTimer({ svc, access }: OrgContext, input: OperationInput<'time_entries.start'>): Promise<TimeEntry> {
  return withTx(svc, async (sql, emit) => {
    await lockTimer(sql, access.userId);
    // Taken after the lock, so a start that waited never stops an entry begun after its own `now`.
    const now = rfc3339(Date.now());
    const work = await resolveWork(sql, access, input.project_id, input.task_id);

    // The running entry may be in another organization: its events go to that organization.
    // greatest(): an entry started in the future (clock skew between instances) still stops validly.
    const stopped = await sql<TimeEntryRow[]>`${writeEntries(
      sql,
      sql`update time_entries set stopped_at = greatest(started_at, ${now}::timestamptz), updated_at = now()
      where user_id = ${access.userId} and stopped_at is null
      returning *`,
    )}`;
    for (const row of stopped) emitStopped(emit, access.userId, toTimeEntry({ ...row, stopped_at: null }), toTimeEntry(row));

    const entry = await insertEntry(sql, emit, access, work, {
      description: input.description,
      billable: input.billable,
      started_at: now,
      stopped_at: null,
    });
    emit(timerUpdate(access.orgId, access.userId, entry, true));
    return entry;
  });
}

async function stopTimer({ svc, access }: OrgContext, input: OperationInput<'time_entries.stop'>): Promise<TimeEntry> {
  return withTx(svc, async (sql, emit) => {
    let row: TimeEntryRow;
    if (input.entry_id) {
      row = await getEntryRow(sql, access, input.entry_id, true);
      requireWrite(access, row);
      if (row.stopped_at !== null) throw conflict('Time entry is not running');
    } else {
      access.require('track_time');
      // Waits for a concurrent start of the caller, then stops the timer it left running.
      await lockTimer(sql, access.userId);
      const [running] = await sql<TimeEntryRow[]>`
        select ${entryColumns(sql, 'te')} from time_entries te ${entryJoins(sql, 'te')}
        where te.user_id = ${access.userId} and te.org_id = ${access.orgId} and te.stopped_at is null
        for update of te`;
      if (!running) throw new AppError('NOT_FOUND', 'No running timer');
      row = running;
    }
    const now = rfc3339(Date.now());
    const [after] = await sql<TimeEntryRow[]>`${writeEntries(
      sql,
      sql`update time_entries set stopped_at = greatest(started_at, ${now}::timestamptz), updated_at = now()
      where id = ${row.id}
      returning *`,
    )}`;
    const entry = toTimeEntry(after!);
    emitStopped(emit, access.userId, toTimeEntry(row), entry);
    return entry;
  });
}

/** `from`/`to` of a list: a date means the whole day in the organization's time zone, a date-time is used as is. */
const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v);

async function listEntries({ svc, access }: OrgContext, input: ListInput) {
  const sql = svc.db;
  const page = pageRequest(input);
  const tz = sql`(select timezone from organizations where id = ${access.orgId})`;
  const where = () => sql`
    te.org_id = ${access.orgId} and ${projectIdVisible(sql, 'te.project_id', access)}
    ${
      input.from === undefined
        ? sql``
        : isDate(input.from)
          ? sql`and te.started_at >= (${input.from}::date)::timestamp at time zone ${tz}`
          : sql`and te.started_at >= ${input.from}::timestamptz`
    }
    ${
      input.to === undefined
        ? sql``
        : isDate(input.to)
          ? sql`and te.started_at < (${input.to}::date + 1)::timestamp at time zone ${tz}`
          : sql`and te.started_at <= ${input.to}::timestamptz`
    }
    ${input.project_id ? sql`and te.project_id = ${input.project_id}` : sql``}
    ${input.task_id ? sql`and te.task_id = ${input.task_id}` : sql``}
    ${input.user_id ? sql`and te.user_id = ${input.user_id}` : sql``}
    ${input.billable === undefined ? sql`` : sql`and te.billable = ${input.billable}`}`;
  const rows = await sql<(TimeEntryRow & { total: number })[]>`
    select ${entryColumns(sql, 'te')}, count(*) over () as total
    from time_entries te ${entryJoins(sql, 'te')}
    where ${where()}
    order by te.started_at desc, te.id
    limit ${page.perPage} offset ${page.offset}`;
  const result = await windowPage(rows, page, {
    // A filter naming something outside the organization is NOT_FOUND, not an empty list.
    async check() {
      if (input.project_id) await getProjectRow(sql, access, input.project_id);
      if (input.task_id) {
        const [task] = await sql`select 1 from tasks t where t.id = ${input.task_id} and ${taskVisible(sql, 't', access)}`;
        if (!task) throw notFound('Task');
      }
      if (input.user_id) {
        // Former members keep their entries, so they count as known too.
        const [user] = await sql`
          select 1 from members where org_id = ${access.orgId} and user_id = ${input.user_id}
          union all
          select 1 from time_entries where org_id = ${access.orgId} and user_id = ${input.user_id}
          limit 1`;
        if (!user) throw notFound('User');
      }
    },
    count: async () => (await sql<{ n: number }[]>`select count(*) as n from time_entries te where ${where()}`)[0]!.n,
  });
  return { data: result.rows.map(toTimeEntry), pagination: result.pagination };
}

async function createEntry({ svc, access }: OrgContext, input: OperationInput<'time_entries.create'>): Promise<TimeEntry> {
  const startedAt = toInstant(input.started_at, 'started_at');
  const stoppedAt = toInstant(input.stopped_at, 'stopped_at');
  if (stoppedAt < startedAt) throw validationError('stopped_at must not be before started_at', { field: 'stopped_at' });
  return withTx(svc, async (sql, emit) => {
    const work = await resolveWork(sql, access, input.project_id, input.task_id);
    return insertEntry(sql, emit, access, work, {
      description: input.description,
      billable: input.billable,
      hourly_rate_cents: input.hourly_rate_cents,
      started_at: startedAt,
      stopped_at: stoppedAt,
    });
  });
}

async function updateEntry({ svc, access }: OrgContext, input: OperationInput<'time_entries.update'>): Promise<TimeEntry> {
  return withTx(svc, async (sql, emit) => {
    const before = await getEntryRow(sql, access, input.entry_id, true);
    requireWrite(access, before);
    await assertNotInvoiced(sql, before, 'changed');
    const patch = changedColumns(
      before,
      {
        ...input,
        started_at: input.started_at === undefined ? undefined : toInstant(input.started_at, 'started_at'),
        stopped_at: input.stopped_at === undefined ? undefined : toInstant(input.stopped_at, 'stopped_at'),
      },
      UPDATABLE,
    );
    const startedAt = patch.started_at ?? before.started_at;
    const stoppedAt = patch.stopped_at ?? before.stopped_at;
    if (stoppedAt !== null && stoppedAt < startedAt) {
      const field = patch.stopped_at ? 'stopped_at' : 'started_at';
      throw validationError('stopped_at must not be before started_at', { field });
    }
    if (patch.started_at && stoppedAt === null && startedAt > rfc3339(Date.now())) {
      throw validationError('A running timer cannot start in the future', { field: 'started_at' });
    }
    if (patch.project_id !== undefined || patch.task_id !== undefined) {
      // Re-check the pair: the task stays in the organization and in the entry's project.
      const taskId = input.task_id !== undefined ? input.task_id : before.task_id;
      const projectId = input.project_id !== undefined ? input.project_id : input.task_id ? undefined : before.project_id;
      const work = await resolveWork(sql, access, projectId, taskId);
      Object.assign(patch, changedColumns(before, { project_id: work.project?.id ?? null, task_id: work.taskId }, ['project_id', 'task_id']));
    }
    if (Object.keys(patch).length === 0) return toTimeEntry(before);

    const [row] = await sql<TimeEntryRow[]>`${writeEntries(
      sql,
      sql`update time_entries set ${sql(patch)}, updated_at = now()
      where id = ${before.id}
      returning *`,
    )}`;
    const entry = toTimeEntry(row!);
    if (before.stopped_at === null && entry.stopped_at !== null) emitStopped(emit, access.userId, toTimeEntry(before), entry);
    else
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'time_entry',
          action: 'updated',
          entity: entry,
          before: toTimeEntry(before),
        }),
      );
    return entry;
  });
}

export const timeEntryOperations = {
  'time_entries.start': async (ctx, input) => ({ data: await startTimer(ctx, input) }),

  'time_entries.stop': async (ctx, input) => ({ data: await stopTimer(ctx, input) }),

  'time_entries.current': async ({ svc, access }) => {
    const sql = svc.db;
    const [row] = await sql<TimeEntryRow[]>`
      select ${entryColumns(sql, 'te')} from time_entries te ${entryJoins(sql, 'te')}
      where te.user_id = ${access.userId} and te.org_id = ${access.orgId} and te.stopped_at is null`;
    return { data: row ? toTimeEntry(row) : null };
  },

  'time_entries.get': async ({ svc, access }, input) => ({ data: toTimeEntry(await getEntryRow(svc.db, access, input.entry_id)) }),

  'time_entries.list': listEntries,

  'time_entries.create': async (ctx, input) => ({ data: await createEntry(ctx, input) }),

  'time_entries.update': async (ctx, input) => ({ data: await updateEntry(ctx, input) }),

  'time_entries.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const row = await getEntryRow(sql, access, input.entry_id, true);
      requireWrite(access, row);
      await assertNotInvoiced(sql, row, 'deleted');
      await sql`delete from time_entries where id = ${row.id}`;
      const entry = toTimeEntry(row);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'time_entry', action: 'deleted', entity: entry }));
      if (entry.running) emit(timerUpdate(access.orgId, entry.user_id, entry, false));
    });
    return { data: { id: input.entry_id, deleted: true as const } };
  },
} satisfies AreaHandlers<'time_entries', Contexts>;
