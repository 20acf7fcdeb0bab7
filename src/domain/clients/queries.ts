/** Client lookups, shared with the areas that name clients (projects, invoices, reports). */
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { ClientRow } from './model.js';

/** The organization's client `id` (archived ones too), or NOT_FOUND "Client not found" (also for another organization's). */
export async function getClientRow(sql: AnySql, orgId: string, id: string, lock = false): Promise<ClientRow> {
  const [row] = await sql<ClientRow[]>`
    select c.* from clients c where c.id = ${id} and c.org_id = ${orgId} ${lock ? sql`for update` : sql``}`;
  if (!row) throw notFound('Client');
  return row;
}
