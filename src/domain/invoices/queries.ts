/** Invoice lookups: rows with what the entity needs, and their lines (one statement for any number of invoices). */
import type { Invoice } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import type { OrgAccess } from '../access.js';
import { groupByKey } from '../graph.js';
import { INVOICE_READERS } from './readers.js';
import { LINE_ENTRY_IDS_MAX, toInvoice, type InvoiceLineRow, type InvoiceRow } from './model.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** FORBIDDEN unless the member may read invoices (`manage_invoices` or `view_reports`). */
export function requireInvoiceReader(access: Pick<OrgAccess, 'can'>): void {
  if (!INVOICE_READERS.some((p) => access.can(p))) throw forbidden('Reading invoices requires the manage_invoices or view_reports permission');
}

/** `i.*` (dates as text) plus `client_name`, `timezone`, `line_count`; needs `invoices i`. */
export function invoiceColumns(sql: AnySql): Fragment {
  return sql`i.id, i.org_id, i.number, i.client_id, i.status, i.issue_date::text as issue_date, i.due_date::text as due_date, i.currency,
    i.tax_rate_bp, i.subtotal_cents, i.tax_cents, i.total_cents, i.notes, i.sent_at, i.paid_at, i.payment_method, i.created_by,
    i.created_at, i.updated_at,
    (select c.name from clients c where c.id = i.client_id) as client_name,
    (select o.timezone from organizations o where o.id = i.org_id) as timezone,
    (select count(*)::int from invoice_lines l where l.invoice_id = i.id) as line_count`;
}

/** The lines of `invoiceIds`, by invoice and position, each with its linked entries (count and first ids). */
export async function linesOf(sql: AnySql, invoiceIds: readonly string[]): Promise<InvoiceLineRow[]> {
  if (invoiceIds.length === 0) return [];
  return sql<InvoiceLineRow[]>`
    select l.id, l.invoice_id, l.position, l.description, l.quantity_secs, l.quantity::text as quantity, l.unit_price_cents,
      l.amount_cents, l.project_id,
      coalesce(e.n, 0)::int as time_entry_count, coalesce(e.ids, '{}') as time_entry_ids
    from invoice_lines l
    left join lateral (
      select count(*) as n, (array_agg(t.id order by t.started_at, t.id))[1:${LINE_ENTRY_IDS_MAX}] as ids
      from time_entries t where t.invoice_id = l.invoice_id and t.invoice_line_id = l.id
    ) e on true
    where l.invoice_id = any(${sql.array([...invoiceIds])}::text[])
    order by l.invoice_id, l.position, l.id`;
}

/** Full entities of `rows`, with their lines (one statement for all lines). */
export async function withLines(sql: AnySql, rows: readonly InvoiceRow[]): Promise<Invoice[]> {
  const lines = groupByKey(
    rows.map((r) => r.id),
    await linesOf(
      sql,
      rows.map((r) => r.id),
    ),
    (l) => l.invoice_id,
  );
  return rows.map((r, i) => toInvoice(r, lines[i]!));
}

/** The invoice row `id` of the organization, or NOT_FOUND; `lock` takes its row lock. */
export async function getInvoiceRow(sql: AnySql, orgId: string, id: string, lock = false): Promise<InvoiceRow> {
  const [row] = await sql<InvoiceRow[]>`
    select ${invoiceColumns(sql)} from invoices i where i.id = ${id} and i.org_id = ${orgId} ${lock ? sql`for update of i` : sql``}`;
  if (!row) throw notFound('Invoice');
  return row;
}

export async function getInvoice(sql: AnySql, orgId: string, id: string): Promise<Invoice> {
  return (await withLines(sql, [await getInvoiceRow(sql, orgId, id)]))[0]!;
}
