/**
 * task_statuses.*: the organization's workflow states, whose `code`s tasks carry in `status`. Any member
 * lists; writing needs `manage_projects` (checked by execute() from the spec's `x-permission`).
 * Rules: codes are unique per organization; at most 50 statuses; always at least one of category `done`;
 * positions are 0..n-1 without gaps (a created, moved or deleted status shifts the others, each announced with
 * an `updated` event of its position). Renaming a code or deleting a status moves its tasks in the same transaction, with an
 * `updated` event per task. Every write takes the organization's status lock first (`lockStatuses`).
 */
import type { AreaHandlers, OperationInput } from '../../../generated/operations.js';
import type { TaskStatus } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { conflict, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx, type Emit, type TxSql } from '../../platform/tx.js';
import type { Contexts, OrgContext } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { toTaskStatus, type TaskStatusRow } from './model.js';
import { changeTasks } from '../tasks/queries.js';
import { MAX_STATUSES, getStatusRow, lockStatuses, otherDoneCount, statusByCode } from './queries.js';

const UPDATABLE = ['code', 'label', 'color', 'category'] as const;

async function assertCodeFree(sql: TxSql, orgId: string, code: string): Promise<void> {
  if (await statusByCode(sql, orgId, code)) throw conflict(`A task status with code "${code}" already exists`, { field: 'code' });
}

/** Moves the statuses `which` one place (`delta`) and announces each with its position's change. */
async function shiftStatuses(
  sql: TxSql,
  emit: Emit,
  access: OrgContext['access'],
  which: postgres.PendingQuery<postgres.Row[]>,
  delta: 1 | -1,
): Promise<void> {
  const rows = await sql<TaskStatusRow[]>`
    update task_statuses set position = position + ${delta} where org_id = ${access.orgId} and ${which} returning *`;
  for (const row of rows) {
    const entity = toTaskStatus(row);
    const before = { ...entity, position: entity.position - delta };
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_status', action: 'updated', entity, before }));
  }
}

async function statusCount(sql: AnySql, orgId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from task_statuses where org_id = ${orgId}`;
  return row!.n;
}

/** The last status of category `done` stays one: tasks need a way to be finished. */
async function assertNotLastDone(sql: TxSql, status: TaskStatusRow, doing: string): Promise<void> {
  if (status.category === 'done' && (await otherDoneCount(sql, status.org_id, status.id)) === 0) {
    throw conflict(`"${status.code}" is the organization's last status of category done; it cannot be ${doing}`, { category: 'done' });
  }
}

async function createStatus({ svc, access }: OrgContext, input: OperationInput<'task_statuses.create'>): Promise<TaskStatus> {
  return withTx(svc, async (sql, emit) => {
    await lockStatuses(sql, access.orgId);
    await assertCodeFree(sql, access.orgId, input.code);
    const n = await statusCount(sql, access.orgId);
    if (n >= MAX_STATUSES) throw conflict(`An organization has at most ${MAX_STATUSES} task statuses`, { limit: MAX_STATUSES });
    const position = Math.min(input.position ?? n, n);
    await shiftStatuses(sql, emit, access, sql`position >= ${position}`, 1);
    const [row] = await sql<TaskStatusRow[]>`
      insert into task_statuses ${sql({
        id: newId('sts'),
        org_id: access.orgId,
        code: input.code,
        label: input.label,
        color: input.color,
        category: input.category,
        position,
      })}
      returning *`;
    const entity = toTaskStatus(row!);
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_status', action: 'created', entity }));
    return entity;
  });
}

async function updateStatus({ svc, access }: OrgContext, input: OperationInput<'task_statuses.update'>): Promise<TaskStatus> {
  return withTx(svc, async (sql, emit) => {
    await lockStatuses(sql, access.orgId);
    const before = await getStatusRow(sql, access.orgId, input.id);
    const patch: Partial<TaskStatusRow> = changedColumns(before, input, UPDATABLE);
    if (patch.code !== undefined) await assertCodeFree(sql, access.orgId, patch.code);
    if (patch.category !== undefined) await assertNotLastDone(sql, before, `moved to category ${patch.category}`);
    if (input.position !== undefined) {
      const last = (await statusCount(sql, access.orgId)) - 1;
      const to = Math.min(input.position, last);
      const from = before.position;
      if (to < from) {
        await shiftStatuses(sql, emit, access, sql`position >= ${to} and position < ${from}`, 1);
      } else if (to > from) {
        await shiftStatuses(sql, emit, access, sql`position > ${from} and position <= ${to}`, -1);
      }
      if (to !== from) patch.position = to;
    }
    if (Object.keys(patch).length === 0) return toTaskStatus(before);

    const [row] = await sql<TaskStatusRow[]>`update task_statuses set ${sql(patch)}, updated_at = now() where id = ${before.id} returning *`;
    const entity = toTaskStatus(row!);
    emit(
      entityChanged({
        orgId: access.orgId,
        actorId: access.userId,
        entityType: 'task_status',
        action: 'updated',
        entity,
        before: toTaskStatus(before),
      }),
    );
    if (patch.code !== undefined) {
      const code = patch.code;
      await changeTasks(
        sql,
        emit,
        access,
        sql`t.status = ${before.code}`,
        (ids) => sql`update tasks set status = ${code}, updated_at = now() where id = any(${sql.array(ids)}::text[])`,
      );
    }
    return entity;
  });
}

async function deleteStatus({ svc, access }: OrgContext, input: OperationInput<'task_statuses.delete'>): Promise<void> {
  await withTx(svc, async (sql, emit) => {
    await lockStatuses(sql, access.orgId);
    const status = await getStatusRow(sql, access.orgId, input.id);
    await assertNotLastDone(sql, status, 'deleted');
    const target = input.replace_with;
    if (target !== undefined && (target === status.code || !(await statusByCode(sql, access.orgId, target)))) {
      throw validationError(`replace_with must be the code of another status of the organization, not "${target}"`, { field: 'replace_with' });
    }
    const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`
      select count(*)::int as n from tasks where org_id = ${access.orgId} and status = ${status.code}`;
    if (n > 0 && target === undefined) {
      throw conflict(`${n} task(s) have status "${status.code}": give replace_with, the code of the status to move them to`, {
        field: 'replace_with',
        task_count: n,
      });
    }
    if (target !== undefined) {
      await changeTasks(
        sql,
        emit,
        access,
        sql`t.status = ${status.code}`,
        (ids) => sql`update tasks set status = ${target}, updated_at = now() where id = any(${sql.array(ids)}::text[])`,
        // The tasks change status: their creators and assignees are told, as by tasks.update_status.
        { svc, access },
      );
    }
    await sql`delete from task_statuses where id = ${status.id}`;
    emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_status', action: 'deleted', entity: toTaskStatus(status) }));
    await shiftStatuses(sql, emit, access, sql`position > ${status.position}`, -1);
  });
}

export const taskStatusOperations = {
  'task_statuses.list': async ({ svc, access }, input) => {
    const page = pageRequest(input);
    const sql = svc.db;
    const rows = await sql<(TaskStatusRow & { total: number })[]>`
      select s.*, count(*) over () as total
      from task_statuses s
      where s.org_id = ${access.orgId}
      order by s.position, s.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, { count: () => statusCount(sql, access.orgId) });
    return { data: result.rows.map(toTaskStatus), pagination: result.pagination };
  },

  'task_statuses.create': async (ctx, input) => ({ data: await createStatus(ctx, input) }),

  'task_statuses.update': async (ctx, input) => ({ data: await updateStatus(ctx, input) }),

  'task_statuses.delete': async (ctx, input) => {
    await deleteStatus(ctx, input);
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'task_statuses', Contexts>;
