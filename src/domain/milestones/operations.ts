/**
 * milestones.*: target dates in a project that its tasks count toward (`Task.milestone_id`; setting it is
 * tasks.create/update's job). Any member lists; writing needs `manage_tasks` (checked by execute()). A project
 * or milestone of another organization is NOT_FOUND. Each milestone carries its `task_count` and `done_count`
 * (tasks whose status is of category `done`). Deleting one clears it from its tasks in the same transaction: an
 * `updated` event per task, then the milestone's `deleted`.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { getProjectRow } from '../projects/queries.js';
import { projectIdVisible } from '../projects/visibility.js';
import { changeTasks } from '../tasks/queries.js';
import { toMilestone, type MilestoneRow } from './model.js';
import { getMilestoneRow, milestoneColumns } from './queries.js';

const UPDATABLE = ['title', 'target_date', 'color', 'description'] as const;

export const milestoneOperations = {
  'milestones.list': async ({ svc, access }, input) => {
    const page = pageRequest(input);
    const sql = svc.db;
    const rows = await sql<(MilestoneRow & { total: number })[]>`
      select ${milestoneColumns(sql, 'p')}
      from (
        select m.*, count(*) over () as total
        from milestones m
        where m.org_id = ${access.orgId} and m.project_id = ${input.project_id} and ${projectIdVisible(sql, 'm.project_id', access)}
        order by m.target_date, m.id
        limit ${page.perPage} offset ${page.offset}
      ) p
      order by p.target_date, p.id`;
    const result = await windowPage(rows, page, {
      // A project outside the organization is NOT_FOUND, not an empty list.
      check: async () => void (await getProjectRow(sql, access, input.project_id)),
      count: async () =>
        (
          await sql<{ n: number }[]>`select count(*)::int as n from milestones where org_id = ${access.orgId} and project_id = ${input.project_id}`
        )[0]!.n,
    });
    return { data: result.rows.map(toMilestone), pagination: result.pagination };
  },

  'milestones.create': async ({ svc, access }, input) => {
    const milestone = await withTx(svc, async (sql, emit) => {
      const project = await getProjectRow(sql, access, input.project_id);
      const id = newId('mst');
      await sql`
        insert into milestones ${sql({
          id,
          org_id: access.orgId,
          project_id: project.id,
          title: input.title,
          description: input.description ?? null,
          target_date: input.target_date,
          color: input.color ?? '#6366f1',
          created_by: access.userId,
        })}`;
      const entity = toMilestone(await getMilestoneRow(sql, access, id));
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'milestone', action: 'created', entity }));
      return entity;
    });
    return { data: milestone };
  },

  'milestones.update': async ({ svc, access }, input) => {
    const milestone = await withTx(svc, async (sql, emit) => {
      const before = await getMilestoneRow(sql, access, input.milestone_id, true);
      const patch = changedColumns(before, input, UPDATABLE);
      if (Object.keys(patch).length === 0) return toMilestone(before);
      await sql`update milestones set ${sql(patch)}, updated_at = now() where id = ${before.id}`;
      const entity = toMilestone(await getMilestoneRow(sql, access, before.id));
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'milestone',
          action: 'updated',
          entity,
          before: toMilestone(before),
        }),
      );
      return entity;
    });
    return { data: milestone };
  },

  'milestones.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const milestone = await getMilestoneRow(sql, access, input.milestone_id, true);
      await changeTasks(
        sql,
        emit,
        access,
        sql`t.milestone_id = ${milestone.id}`,
        (ids) => sql`update tasks set milestone_id = null, updated_at = now() where id = any(${sql.array(ids)}::text[])`,
      );
      await sql`delete from milestones where id = ${milestone.id}`;
      emit(
        entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'milestone', action: 'deleted', entity: toMilestone(milestone) }),
      );
    });
    return { data: { id: input.milestone_id, deleted: true as const } };
  },
} satisfies AreaHandlers<'milestones', Contexts>;
