/** The Client entity as the API returns it, built from a `clients` row. */
import type { Client } from '../../../generated/models.js';

/** A `clients` row (`select c.* from clients c`). */
export interface ClientRow {
  id: string;
  org_id: string;
  name: string;
  email: string | null;
  address: string | null;
  tax_rate_bp: number | null;
  currency: string | null;
  notes: string | null;
  archived: boolean;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    org_id: row.org_id,
    name: row.name,
    email: row.email,
    address: row.address,
    tax_rate_bp: row.tax_rate_bp,
    currency: row.currency,
    notes: row.notes,
    archived: row.archived,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
