/** The Project entity as the API returns it, built from a `projects` row. */
import type { Project } from '../../../generated/models.js';

/**
 * A `projects` row. The row must have the columns id, org_id, name, description, color, billable,
 * hourly_rate_cents, client_id, status, visibility, created_at, updated_at (`select p.* from projects p` has them).
 */
export interface ProjectRow {
  id: string;
  org_id: string;
  name: string;
  description: string | null;
  color: string | null;
  billable: boolean;
  hourly_rate_cents: number | null;
  client_id: string | null;
  status: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}

export function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    org_id: row.org_id,
    name: row.name,
    description: row.description,
    color: row.color,
    billable: row.billable,
    hourly_rate_cents: row.hourly_rate_cents,
    client_id: row.client_id,
    status: row.status as Project['status'],
    visibility: row.visibility as Project['visibility'],
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
