/** The Label entity as the API returns it, built from a `labels` row. */
import type { Label } from '../../../generated/models.js';

/** A `labels` row (`select l.* from labels l`). */
export interface LabelRow {
  id: string;
  org_id: string;
  name: string;
  color: string;
  created_at: string;
  updated_at: string;
}

export function toLabel(row: LabelRow): Label {
  return { id: row.id, org_id: row.org_id, name: row.name, color: row.color, created_at: row.created_at, updated_at: row.updated_at };
}
