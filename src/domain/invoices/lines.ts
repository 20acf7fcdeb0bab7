/** Custom lines: validation, exact amounts, insertion (one statement), and the invoice's totals (one statement). */
import type { AnySql } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { notFound, validationError } from '../../platform/errors.js';
import { timeAmountCents } from '../time_entries/rates.js';
import { MAX_LINES } from './model.js';

export interface LineInput {
  description: string;
  quantity?: string | undefined;
  quantity_secs?: number | undefined;
  unit_price_cents: number;
  project_id?: string | null | undefined;
}

const QUANTITY = /^([0-9]{1,8})(?:\.([0-9]{1,4}))?$/;

/** round-half-up(quantity × unit price) for a decimal string with up to 4 decimals, exact (BigInt). */
export function quantityAmountCents(quantity: string, unitCents: number): number {
  const m = QUANTITY.exec(quantity);
  if (!m) throw validationError('quantity must be a decimal ≥ 0 with at most 4 decimals', { field: 'quantity' });
  const q4 = BigInt(m[1]!) * 10000n + BigInt((m[2] ?? '').padEnd(4, '0'));
  return Number((q4 * BigInt(unitCents) * 2n + 10000n) / 20000n);
}

/** VALIDATION_ERROR naming `lines[i].field` for a bad line; NOT_FOUND for a project outside the organization. */
export async function checkLines(sql: AnySql, orgId: string, lines: readonly LineInput[], existing = 0): Promise<void> {
  if (lines.length + existing > MAX_LINES) throw validationError(`An invoice has at most ${MAX_LINES} lines`, { field: 'lines' });
  lines.forEach((l, i) => {
    if ((l.quantity === undefined) === (l.quantity_secs === undefined))
      throw validationError(`lines[${i}] needs exactly one of quantity and quantity_secs`, { field: `lines[${i}].quantity` });
    if (l.quantity !== undefined && !QUANTITY.test(l.quantity))
      throw validationError(`lines[${i}].quantity must be a decimal ≥ 0 with at most 4 decimals`, { field: `lines[${i}].quantity` });
  });
  const projects = [...new Set(lines.map((l) => l.project_id).filter((p): p is string => typeof p === 'string'))];
  if (projects.length) {
    const [{ n }] = (await sql<{ n: number }[]>`
      select count(*)::int as n from projects where org_id = ${orgId} and id = any(${sql.array(projects)}::text[])`) as unknown as [{ n: number }];
    if (n !== projects.length) throw notFound('Project');
  }
}

/** Inserts custom lines after the invoice's last position (one statement). */
export async function insertLines(sql: AnySql, orgId: string, invoiceId: string, lines: readonly LineInput[]): Promise<void> {
  if (lines.length === 0) return;
  const rows = lines.map((l) => ({
    id: newId('invl'),
    description: l.description,
    quantity: l.quantity ?? null,
    quantity_secs: l.quantity_secs ?? null,
    unit: l.unit_price_cents,
    amount: l.quantity !== undefined ? quantityAmountCents(l.quantity, l.unit_price_cents) : timeAmountCents(l.quantity_secs!, l.unit_price_cents),
    project_id: l.project_id ?? null,
  }));
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.array(rows.map(f) as never[]);
  await sql`
    insert into invoice_lines (id, invoice_id, org_id, position, description, quantity, quantity_secs, unit_price_cents, amount_cents, project_id)
    select r.id, ${invoiceId}, ${orgId},
      coalesce((select max(position) from invoice_lines where invoice_id = ${invoiceId}), 0) + r.n,
      r.description, r.quantity, r.quantity_secs, r.unit, r.amount, r.project_id
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.description)}::text[], ${col((r) => r.quantity)}::numeric[],
      ${col((r) => r.quantity_secs)}::bigint[], ${col((r) => r.unit)}::bigint[], ${col((r) => r.amount)}::bigint[],
      ${col((r) => r.project_id)}::text[]) with ordinality as r(id, description, quantity, quantity_secs, unit, amount, project_id, n)`;
}

/** subtotal = Σ line amounts; tax = round-half-up(subtotal × tax_rate_bp / 10000); total = subtotal + tax. */
export async function recomputeTotals(sql: AnySql, invoiceId: string): Promise<void> {
  await sql`
    update invoices i set subtotal_cents = s.sub, tax_cents = round(s.sub::numeric * i.tax_rate_bp / 10000)::bigint,
      total_cents = s.sub + round(s.sub::numeric * i.tax_rate_bp / 10000)::bigint, updated_at = now()
    from (select coalesce(sum(amount_cents), 0)::bigint as sub from invoice_lines where invoice_id = ${invoiceId}) s
    where i.id = ${invoiceId}`;
}
