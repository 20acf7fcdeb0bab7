/** The Invoice entity as the API returns it, built from an `invoices` row (see `invoiceColumns`) and its lines. */
import type { Invoice, InvoiceLine } from '../../../generated/models.js';
import { ROUNDING_RULE } from '../money.js';

/** An `invoices` row plus the client's name, the organization's time zone and the line count. */
export interface InvoiceRow {
  id: string;
  org_id: string;
  number: string;
  client_id: string;
  client_name: string;
  status: Invoice['status'];
  issue_date: string;
  due_date: string;
  currency: string;
  tax_rate_bp: number;
  subtotal_cents: string | number;
  tax_cents: string | number;
  total_cents: string | number;
  notes: string | null;
  sent_at: string | null;
  paid_at: string | null;
  payment_method: Invoice['payment_method'];
  timezone: string;
  line_count: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** An `invoice_lines` row with its linked entries (`time_entry_count`, the first 100 `time_entry_ids`). */
export interface InvoiceLineRow {
  id: string;
  invoice_id: string;
  position: number;
  description: string;
  quantity_secs: string | number | null;
  quantity: string | null;
  unit_price_cents: string | number;
  amount_cents: string | number;
  project_id: string | null;
  time_entry_count: number;
  time_entry_ids: string[];
}

/** How many linked entry ids a line carries (its `time_entry_count` says how many there are). */
export const LINE_ENTRY_IDS_MAX = 100;
/** Lines per invoice, at most. */
export const MAX_LINES = 500;

/** `2.5000` → `2.5`, `3.0000` → `3`. */
function decimalText(q: string): string {
  return q.includes('.') ? q.replace(/0+$/, '').replace(/\.$/, '') : q;
}

export function toInvoiceLine(row: InvoiceLineRow): InvoiceLine {
  return {
    id: row.id,
    position: row.position,
    description: row.description,
    quantity_secs: row.quantity_secs === null ? null : Number(row.quantity_secs),
    quantity: row.quantity === null ? null : decimalText(row.quantity),
    unit_price_cents: Number(row.unit_price_cents),
    amount_cents: Number(row.amount_cents),
    project_id: row.project_id,
    time_entry_count: Number(row.time_entry_count),
    time_entry_ids: row.time_entry_ids ?? [],
  };
}

export function toInvoice(row: InvoiceRow, lines: readonly InvoiceLineRow[]): Invoice {
  return {
    id: row.id,
    org_id: row.org_id,
    number: row.number,
    client_id: row.client_id,
    client_name: row.client_name,
    status: row.status,
    issue_date: row.issue_date,
    due_date: row.due_date,
    currency: row.currency,
    tax_rate_bp: row.tax_rate_bp,
    subtotal_cents: Number(row.subtotal_cents),
    tax_cents: Number(row.tax_cents),
    total_cents: Number(row.total_cents),
    notes: row.notes,
    sent_at: row.sent_at,
    paid_at: row.paid_at,
    payment_method: row.payment_method,
    rounding: ROUNDING_RULE,
    timezone: row.timezone,
    line_count: Number(row.line_count),
    lines: lines.map(toInvoiceLine),
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
