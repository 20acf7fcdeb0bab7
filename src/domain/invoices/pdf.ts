/**
 * The invoice as a PDF (pdfkit): the one drawing `GET /invoices/{id}/pdf` serves and `invoices.send` attaches.
 * Every amount is written with `formatMoney` from the invoice's integer minor units, so the PDF shows exactly
 * the amounts the API returns.
 */
import PDFDocument from 'pdfkit';
import type { Invoice } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { formatMoney, ROUNDING_RULE } from '../money.js';
import { getInvoice } from './queries.js';

export interface InvoiceParties {
  organization: { name: string };
  client: { name: string; email: string | null; address: string | null };
}

/** `invoice-INV-0001.pdf`. */
export const pdfFilename = (invoice: Pick<Invoice, 'number'>): string => `invoice-${invoice.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;

/** `1900` → `19%`, `770` → `7.7%`. */
export function percent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}%` : `${whole}%`;
}

/** `3725` seconds → `1:02:05 h`. */
function hours(secs: number): string {
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')} h`;
}

export function renderInvoicePdf(invoice: Invoice, parties: InvoiceParties): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Invoice ${invoice.number}`, Author: parties.organization.name } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const money = (cents: number) => formatMoney(cents, invoice.currency);
  const left = 50;
  doc.font('Helvetica-Bold').fontSize(20).text(`Invoice ${invoice.number}`, left, 50);
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`From: ${parties.organization.name}`);
  doc.text(`Issue date: ${invoice.issue_date}`);
  doc.text(`Due date: ${invoice.due_date}`);
  doc.text(`Status: ${invoice.status}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Bill to');
  doc.font('Helvetica').text(parties.client.name);
  if (parties.client.address) doc.text(parties.client.address);
  if (parties.client.email) doc.text(parties.client.email);
  doc.moveDown();

  const cols = { desc: left, qty: 280, price: 360, amount: 450 };
  const row = (d: string, q: string, p: string, a: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    doc.text(d, cols.desc, y, { width: cols.qty - cols.desc - 10 });
    const after = doc.y;
    doc.text(q, cols.qty, y, { width: cols.price - cols.qty - 10 });
    doc.text(p, cols.price, y, { width: cols.amount - cols.price - 10 });
    doc.text(a, cols.amount, y, { width: 545 - cols.amount, align: 'right' });
    doc.x = left;
    doc.y = Math.max(after, doc.y) + 4;
  };
  row('Description', 'Quantity', 'Unit price', 'Amount', true);
  for (const line of invoice.lines) {
    const qty = line.quantity_secs !== null ? hours(line.quantity_secs) : (line.quantity ?? '');
    const unit = line.quantity_secs !== null ? `${money(line.unit_price_cents)}/h` : money(line.unit_price_cents);
    row(line.description, qty, unit, money(line.amount_cents));
  }
  doc.moveDown();
  row('Subtotal', '', '', money(invoice.subtotal_cents));
  row(`Tax (${percent(invoice.tax_rate_bp)})`, '', '', money(invoice.tax_cents));
  row('Total', '', '', money(invoice.total_cents), true);
  doc.moveDown();
  if (invoice.notes) {
    doc.font('Helvetica-Bold').text('Notes', left);
    doc.font('Helvetica').text(invoice.notes, left);
    doc.moveDown();
  }
  doc.fontSize(8).fillColor('#555555').text(`Rounding: ${ROUNDING_RULE}`, left, doc.y, { width: 495 });
  doc.text(`Dates in ${invoice.timezone}.`, left);
  doc.end();
  return done;
}

/** The organization and client an invoice names. */
export async function partiesOf(sql: AnySql, invoice: Pick<Invoice, 'org_id' | 'client_id'>): Promise<InvoiceParties> {
  const [row] = await sql<{ org_name: string; name: string; email: string | null; address: string | null }[]>`
    select o.name as org_name, c.name, c.email, c.address
    from organizations o join clients c on c.id = ${invoice.client_id} where o.id = ${invoice.org_id}`;
  return { organization: { name: row!.org_name }, client: { name: row!.name, email: row!.email, address: row!.address } };
}

/** The PDF of invoice `id` of `orgId` (NOT_FOUND otherwise), with its file name. */
export async function invoicePdf(sql: AnySql, orgId: string, id: string): Promise<{ invoice: Invoice; filename: string; content: Buffer }> {
  const invoice = await getInvoice(sql, orgId, id);
  const content = await renderInvoicePdf(invoice, await partiesOf(sql, invoice));
  return { invoice, filename: pdfFilename(invoice), content };
}
