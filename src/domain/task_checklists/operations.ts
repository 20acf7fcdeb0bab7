/**
 * tasks.checklist.*: the checklist of a task. Any member reads and toggles items (viewers included, as
 * the seed says); adding and deleting need `manage_tasks` (checked by execute()). Positions are 0-based
 * and gapless per task; every write that changes them locks the task row first (`getTaskRef(…,
 * 'update')`), so concurrent writers of one checklist run one after the other.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { AnySql } from '../../platform/db.js';
import { notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { getTaskRef, taskVisible } from '../task_dependencies/visibility.js';
import { toChecklistItem, type ChecklistItemRow } from './model.js';

/** Items per task (documented in the spec: `tasks.checklist.create`). */
export const MAX_CHECKLIST_ITEMS = 100;

/** The item `id` of a task the caller may see, or NOT_FOUND "Checklist item not found". */
async function getItemRow(sql: AnySql, access: OrgAccess, id: string, lock = false): Promise<ChecklistItemRow> {
  const [row] = await sql<ChecklistItemRow[]>`
    select i.* from task_checklist_items i join tasks t on t.id = i.task_id
    where i.id = ${id} and i.org_id = ${access.orgId} and ${taskVisible(sql, 't', access)}
    ${lock ? sql`for update of i` : sql``}`;
  if (!row) throw notFound('Checklist item');
  return row;
}

export const taskChecklistOperations = {
  'tasks.checklist.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const rows = await sql<(ChecklistItemRow & { total: string })[]>`
      select i.*, count(*) over () as total
      from task_checklist_items i join tasks t on t.id = i.task_id
      where i.task_id = ${input.task_id} and i.org_id = ${access.orgId} and ${taskVisible(sql, 't', access)}
      order by i.position, i.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      check: async () => void (await getTaskRef(sql, access, input.task_id)),
      count: async () => Number((await sql<{ n: string }[]>`select count(*) as n from task_checklist_items where task_id = ${input.task_id}`)[0]!.n),
    });
    return { data: result.rows.map(toChecklistItem), pagination: result.pagination };
  },

  'tasks.checklist.create': async ({ svc, access }, input) => {
    const item = await withTx(svc, async (sql, emit) => {
      const task = await getTaskRef(sql, access, input.task_id, 'update');
      const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from task_checklist_items where task_id = ${task.id}`;
      if (n >= MAX_CHECKLIST_ITEMS) {
        throw validationError(`A task has at most ${MAX_CHECKLIST_ITEMS} checklist items; delete one first`, {
          field: 'task_id',
          limit: MAX_CHECKLIST_ITEMS,
        });
      }
      const [row] = await sql<ChecklistItemRow[]>`
        insert into task_checklist_items ${sql({
          id: newId('chk'),
          org_id: access.orgId,
          task_id: task.id,
          title: input.title,
          position: n,
          created_by: access.userId,
        })}
        returning *`;
      const created = toChecklistItem(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'checklist_item', action: 'created', entity: created }));
      return created;
    });
    return { data: item };
  },

  'tasks.checklist.toggle': async ({ svc, access }, input) => {
    const item = await withTx(svc, async (sql, emit) => {
      const before = await getItemRow(sql, access, input.item_id, true);
      const [row] = await sql<ChecklistItemRow[]>`
        update task_checklist_items set
          completed = not completed,
          completed_by = case when completed then null else ${access.userId}::text end,
          completed_at = case when completed then null else now() end,
          updated_at = now()
        where id = ${before.id}
        returning *`;
      const after = toChecklistItem(row!);
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'checklist_item',
          action: 'updated',
          entity: after,
          before: toChecklistItem(before),
        }),
      );
      return after;
    });
    return { data: item };
  },

  'tasks.checklist.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      // The task first (the lock every writer of its checklist takes), then the item as it is now.
      const { task_id } = await getItemRow(sql, access, input.item_id);
      await getTaskRef(sql, access, task_id, 'update');
      const item = await getItemRow(sql, access, input.item_id, true);
      await sql`delete from task_checklist_items where id = ${item.id}`;
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'checklist_item',
          action: 'deleted',
          entity: toChecklistItem(item),
        }),
      );
      // Close the gap: the items after it move up one place.
      const moved = await sql<ChecklistItemRow[]>`
        update task_checklist_items set position = position - 1, updated_at = now()
        where task_id = ${item.task_id} and position > ${item.position}
        returning *`;
      for (const row of moved.sort((a, b) => a.position - b.position)) {
        const after = toChecklistItem(row);
        emit(
          entityChanged({
            orgId: access.orgId,
            actorId: access.userId,
            entityType: 'checklist_item',
            action: 'updated',
            entity: after,
            before: { ...after, position: after.position + 1 },
          }),
        );
      }
    });
    return { data: { id: input.item_id, deleted: true as const } };
  },
} satisfies AreaHandlers<'task_checklists', Contexts>;
