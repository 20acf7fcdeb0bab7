/**
 * labels.*: the organization's labels, which tasks carry (`Task.label_ids`; putting them on tasks is
 * tasks.create/update's job). Any member lists; writing needs `manage_tasks` (checked by execute()).
 * Names are unique per organization regardless of case. Deleting a label takes it off its tasks in the same
 * transaction: an `updated` event per task (its `label_ids` change), then the label's `deleted`.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { changeTasks } from '../tasks/queries.js';
import { toLabel, type LabelRow } from './model.js';
import { assertNameFree, getLabelRow } from './queries.js';

const UPDATABLE = ['name', 'color'] as const;

export const labelOperations = {
  'labels.list': async ({ svc, access }, input) => {
    const page = pageRequest(input);
    const sql = svc.db;
    const rows = await sql<(LabelRow & { total: number })[]>`
      select l.*, count(*) over () as total
      from labels l
      where l.org_id = ${access.orgId}
      order by lower(l.name), l.name, l.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => (await sql<{ n: number }[]>`select count(*)::int as n from labels where org_id = ${access.orgId}`)[0]!.n,
    });
    return { data: result.rows.map(toLabel), pagination: result.pagination };
  },

  'labels.create': async ({ svc, access }, input) => {
    const label = await withTx(svc, async (sql, emit) => {
      await assertNameFree(sql, access.orgId, input.name);
      const [row] = await sql<LabelRow[]>`
        insert into labels ${sql({ id: newId('lbl'), org_id: access.orgId, name: input.name, color: input.color })}
        returning *`;
      const entity = toLabel(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'label', action: 'created', entity }));
      return entity;
    });
    return { data: label };
  },

  'labels.update': async ({ svc, access }, input) => {
    const label = await withTx(svc, async (sql, emit) => {
      const before = await getLabelRow(sql, access.orgId, input.id, true);
      const patch = changedColumns(before, input, UPDATABLE);
      if (Object.keys(patch).length === 0) return toLabel(before);
      if (patch.name !== undefined) await assertNameFree(sql, access.orgId, patch.name, before.id);
      const [row] = await sql<LabelRow[]>`update labels set ${sql(patch)}, updated_at = now() where id = ${before.id} returning *`;
      const entity = toLabel(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'label', action: 'updated', entity, before: toLabel(before) }));
      return entity;
    });
    return { data: label };
  },

  'labels.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const label = await getLabelRow(sql, access.orgId, input.id, true);
      // Deleting the label removes its task_labels rows (foreign key cascade): the tasks' label_ids shrink.
      const carrying = sql`exists (select 1 from task_labels tl where tl.task_id = t.id and tl.label_id = ${label.id})`;
      const changed = await changeTasks(sql, emit, access, carrying, async (ids) => {
        await sql`delete from labels where id = ${label.id}`;
        await sql`update tasks set updated_at = now() where id = any(${sql.array(ids)}::text[])`;
      });
      if (changed === 0) await sql`delete from labels where id = ${label.id}`;
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'label', action: 'deleted', entity: toLabel(label) }));
    });
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'labels', Contexts>;
