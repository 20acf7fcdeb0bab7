/** Milestone lookups. */
import type { AnySql, postgres } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { projectIdVisible, readerOf, type Who } from '../projects/visibility.js';
import type { MilestoneRow } from './model.js';

/**
 * `<alias>.*` plus the milestone's `task_count` (its tasks) and `done_count` (those whose status is of category
 * `done` in the organization's statuses): exactly what `toMilestone` needs.
 */
export function milestoneColumns(sql: AnySql, alias: string): postgres.PendingQuery<postgres.Row[]> {
  const m = sql(alias);
  return sql`${m}.*,
    (select count(*)::int from tasks t where t.milestone_id = ${m}.id) as task_count,
    (select count(*)::int from tasks t
       join task_statuses s on s.org_id = t.org_id and s.code = t.status and s.category = 'done'
     where t.milestone_id = ${m}.id) as done_count`;
}

/**
 * The milestone `id` of a project the reader may see, or NOT_FOUND "Milestone not found" (also for another
 * organization's).
 */
export async function getMilestoneRow(sql: AnySql, who: Who, id: string, lock = false): Promise<MilestoneRow> {
  const reader = readerOf(who);
  const [row] = await sql<MilestoneRow[]>`
    select ${milestoneColumns(sql, 'm')} from milestones m
    where m.id = ${id} and m.org_id = ${reader.orgId} and ${projectIdVisible(sql, 'm.project_id', reader)}
    ${lock ? sql`for update of m` : sql``}`;
  if (!row) throw notFound('Milestone');
  return row;
}
