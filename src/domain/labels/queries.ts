/** Label lookups and the name rule. */
import type { AnySql } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { LabelRow } from './model.js';

/** The organization's label `id`, or NOT_FOUND "Label not found" (also for another organization's). */
export async function getLabelRow(sql: AnySql, orgId: string, id: string, lock = false): Promise<LabelRow> {
  const [row] = await sql<LabelRow[]>`
    select l.* from labels l where l.id = ${id} and l.org_id = ${orgId} ${lock ? sql`for update` : sql``}`;
  if (!row) throw notFound('Label');
  return row;
}

/**
 * Names are unique per organization regardless of case (as the unique index on lower(name) says; checked first
 * for a clear answer). `exceptId`: the label being renamed may change the case of its own name.
 */
export async function assertNameFree(sql: AnySql, orgId: string, name: string, exceptId?: string): Promise<void> {
  const [taken] = await sql<{ name: string }[]>`
    select name from labels
    where org_id = ${orgId} and lower(name) = lower(${name}) ${exceptId ? sql`and id <> ${exceptId}` : sql``}`;
  if (taken) throw conflict(`A label named "${taken.name}" already exists (names are unique regardless of case)`, { field: 'name' });
}
