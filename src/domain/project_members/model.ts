/** The ProjectMember entity as the API returns it, built from a `project_members` row joined with its user. */
import type { ProjectMember } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';

/** A `project_members` row with its user's `name`, `email` and `avatar_url` (see `memberColumns`). */
export interface ProjectMemberRow {
  id: string;
  org_id: string;
  project_id: string;
  user_id: string;
  role: string;
  name: string;
  email: string;
  avatar_url: string | null;
  hourly_rate_cents: number | null;
  cost_rate_cents: number | null;
  created_at: string;
  updated_at: string;
}

/** What `toProjectMember` needs, from `project_members <alias>` joined with `users u`. */
export function memberColumns(sql: AnySql, alias: string): postgres.PendingQuery<postgres.Row[]> {
  const m = sql(alias);
  return sql`${m}.id, ${m}.org_id, ${m}.project_id, ${m}.user_id, ${m}.role, ${m}.hourly_rate_cents, ${m}.cost_rate_cents, ${m}.created_at, ${m}.updated_at, u.name, u.email, u.avatar_url`;
}

export function toProjectMember(row: ProjectMemberRow): ProjectMember {
  return {
    id: row.id,
    org_id: row.org_id,
    project_id: row.project_id,
    user_id: row.user_id,
    role: row.role as ProjectMember['role'],
    user: { id: row.user_id, name: row.name, email: row.email, avatar_url: row.avatar_url },
    hourly_rate_cents: row.hourly_rate_cents,
    cost_rate_cents: row.cost_rate_cents,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
