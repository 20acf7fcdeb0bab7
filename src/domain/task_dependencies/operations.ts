/**
 * tasks.dependency.*, tasks.dependencies.list_all: which task waits for which. One row of
 * `task_dependencies` per dependency, `task_id` waiting for `depends_on_id`; tasks of any project of the
 * organization, never of another organization. Rules (tasks.dependency.add): no task depends on
 * itself, no dependency twice, no cycle, at most MAX_PER_TASK per task and direction and MAX_PER_ORG
 * per organization. The writes of one organization are serialized (an advisory lock on the
 * organization), so two adds that would together close a cycle cannot both pass the cycle check.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { conflict, notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { toDependencies, toDependency, type DependencyRow } from './model.js';
import { allEdges, linksOfTasks, lockOrgDependencies, MAX_PER_ORG, MAX_PER_TASK, waitChain } from './queries.js';
import { getTaskRef, taskVisible } from './visibility.js';

export const taskDependencyOperations = {
  'tasks.dependency.list': async ({ svc, access }, input) => {
    const task = await getTaskRef(svc.db, access, input.task_id);
    return { data: toDependencies(await linksOfTasks(svc.db, access, [task.id])) };
  },

  'tasks.dependency.add': async ({ svc, access }, input) => {
    const dependency = await withTx(svc, async (sql, emit) => {
      await lockOrgDependencies(sql, access.orgId);
      // Share locks: neither task can be deleted before the dependency is in.
      const task = await getTaskRef(sql, access, input.task_id, 'share');
      const other = await getTaskRef(sql, access, input.depends_on_id, 'share');
      if (task.id === other.id) throw validationError('A task cannot depend on itself', { field: 'depends_on_id' });
      const [waiter, blocker] = input.dependency_type === 'blocked_by' ? [task.id, other.id] : [other.id, task.id];

      const [counts] = await sql<{ same: string | null; waits: number; blocks: number; org: number }[]>`
        select
          (select id from task_dependencies where task_id = ${waiter} and depends_on_id = ${blocker}) as same,
          (select count(*)::int from task_dependencies where task_id = ${waiter}) as waits,
          (select count(*)::int from task_dependencies where depends_on_id = ${blocker}) as blocks,
          (select count(*)::int from task_dependencies where org_id = ${access.orgId}) as org`;
      if (counts!.same) {
        throw conflict(`${waiter} already waits for ${blocker}`, { dependency_id: counts!.same, task_id: waiter, depends_on_id: blocker });
      }
      const fieldOf = (id: string) => (id === task.id ? 'task_id' : 'depends_on_id');
      if (counts!.waits >= MAX_PER_TASK) {
        throw validationError(`Task ${waiter} already waits for ${MAX_PER_TASK} tasks, the most a task may`, {
          field: fieldOf(waiter),
          limit: MAX_PER_TASK,
        });
      }
      if (counts!.blocks >= MAX_PER_TASK) {
        throw validationError(`Task ${blocker} already blocks ${MAX_PER_TASK} tasks, the most a task may`, {
          field: fieldOf(blocker),
          limit: MAX_PER_TASK,
        });
      }
      if (counts!.org >= MAX_PER_ORG) {
        throw validationError(`The organization already has ${MAX_PER_ORG} task dependencies, the most it may`, {
          field: 'task_id',
          limit: MAX_PER_ORG,
        });
      }
      // waiter → blocker closes a cycle exactly when blocker already (transitively) waits for waiter.
      const chain = await waitChain(sql, access.orgId, blocker, waiter);
      if (chain) {
        // The cycle may run through tasks hidden from the caller: refused all the same, without naming them.
        const seen = await sql<{ id: string }[]>`
          select t.id from tasks t where t.id = any(${sql.array(chain)}::text[]) and ${taskVisible(sql, 't', access)}`;
        const visible = new Set(seen.map((r) => r.id));
        const cycle = [waiter, ...chain].map((id) => (visible.has(id) ? id : '…'));
        throw conflict(`This dependency would close a cycle: ${cycle.join(' → ')}`, { cycle });
      }

      const [row] = await sql<DependencyRow[]>`
        insert into task_dependencies ${sql({ id: newId('dep'), org_id: access.orgId, task_id: waiter, depends_on_id: blocker, created_by: access.userId })}
        returning *`;
      const created = toDependency(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_dependency', action: 'created', entity: created }));
      return created;
    });
    return { data: dependency };
  },

  'tasks.dependency.remove': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      await lockOrgDependencies(sql, access.orgId);
      const task = await getTaskRef(sql, access, input.task_id);
      // Both of its tasks must be visible: an edge to a hidden task does not exist for the caller.
      const [row] = await sql<DependencyRow[]>`
        select d.* from task_dependencies d
        join tasks a on a.id = d.task_id
        join tasks b on b.id = d.depends_on_id
        where d.id = ${input.dependency_id} and d.org_id = ${access.orgId} and (d.task_id = ${task.id} or d.depends_on_id = ${task.id})
          and ${taskVisible(sql, 'a', access)} and ${taskVisible(sql, 'b', access)}`;
      if (!row) throw notFound('Dependency');
      await sql`delete from task_dependencies where id = ${row.id}`;
      emit(
        entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'task_dependency', action: 'deleted', entity: toDependency(row) }),
      );
    });
    return { data: { id: input.dependency_id, deleted: true as const } };
  },

  'tasks.dependencies.list_all': async ({ svc, access }) => ({ data: await allEdges(svc.db, access) }),
} satisfies AreaHandlers<'task_dependencies', Contexts>;
