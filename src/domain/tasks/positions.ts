/**
 * Task positions: a task's `position` is its 0-based index among the tasks of its project with the same
 * `group_id` (the ungrouped tasks are one more sequence). Each sequence stays 0..n-1 without gaps.
 *
 * Every write that changes a sequence (create, move, reorder, delete, a group's deletion) first locks the
 * project row (`getProjectRow(..., lock = true)`), so concurrent writes on one project run one after the
 * other and each sees the sequence the previous one left.
 */
import type { AnySql } from '../../platform/db.js';

/** The sequence a task sits in. */
export interface Slot {
  projectId: string;
  groupId: string | null;
}

/** Where a new task of `slot` goes: after every task already there. */
export async function endOf(sql: AnySql, slot: Slot): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from tasks
    where project_id = ${slot.projectId} and group_id is not distinct from ${slot.groupId}`;
  return row!.n;
}

/** A task whose position a move or renumbering changed: another task's `EntityChanged` with `position`. */
export interface Shift {
  id: string;
  from: number;
  to: number;
}

/**
 * Renumbers the sequence 0..n-1 in its current order (position, then id), touching only rows whose
 * position changes, and returns those. Used after a task leaves a sequence.
 */
export async function renumber(sql: AnySql, slot: Slot): Promise<Shift[]> {
  return sql<Shift[]>`
    update tasks t set position = r.rn - 1
    from (
      select id, position as old, row_number() over (order by position, id) as rn from tasks
      where project_id = ${slot.projectId} and group_id is not distinct from ${slot.groupId}
    ) r
    where t.id = r.id and t.position <> r.rn - 1
    returning t.id, r.old as "from", t.position as "to"`;
}

/**
 * Moves task `taskId` (currently in `from`) to index `position` of `to` (clamped to the end) and closes the
 * gap it leaves. Returns the index it ends at and the other tasks it shifted. The caller holds the project's lock.
 */
export async function moveTask(sql: AnySql, taskId: string, from: Slot, to: Slot, position: number): Promise<{ index: number; shifted: Shift[] }> {
  const sameSlot = from.projectId === to.projectId && from.groupId === to.groupId;
  if (!sameSlot) await sql`update tasks set project_id = ${to.projectId}, group_id = ${to.groupId} where id = ${taskId}`;
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from tasks
    where project_id = ${to.projectId} and group_id is not distinct from ${to.groupId} and id <> ${taskId}`;
  const index = Math.min(position, row!.n);
  // The others keep their order; those from `index` on move up by one to make room.
  const made = await sql<Shift[]>`
    update tasks t set position = case when r.rn - 1 < ${index} then r.rn - 1 else r.rn end
    from (
      select id, position as old, row_number() over (order by position, id) as rn from tasks
      where project_id = ${to.projectId} and group_id is not distinct from ${to.groupId} and id <> ${taskId}
    ) r
    where t.id = r.id and t.position <> case when r.rn - 1 < ${index} then r.rn - 1 else r.rn end
    returning t.id, r.old as "from", t.position as "to"`;
  await sql`update tasks set position = ${index} where id = ${taskId}`;
  const closed = sameSlot ? [] : await renumber(sql, from);
  return { index, shifted: [...made, ...closed] };
}
