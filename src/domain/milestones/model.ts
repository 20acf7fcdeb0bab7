/** The Milestone entity as the API returns it, built from a `milestones` row plus its task counts. */
import type { Milestone } from '../../../generated/models.js';

/** A `milestones` row with `task_count` and `done_count` (see `milestoneColumns` in ./queries.ts). */
export interface MilestoneRow {
  id: string;
  org_id: string;
  project_id: string;
  title: string;
  description: string | null;
  target_date: string;
  color: string;
  task_count: number;
  done_count: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export function toMilestone(row: MilestoneRow): Milestone {
  return {
    id: row.id,
    org_id: row.org_id,
    project_id: row.project_id,
    title: row.title,
    description: row.description,
    target_date: row.target_date,
    color: row.color,
    task_count: Number(row.task_count),
    done_count: Number(row.done_count),
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
