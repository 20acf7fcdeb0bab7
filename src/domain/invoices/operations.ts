/**
 * invoices.*: invoices to clients (issue 12). Reads need `manage_invoices` or `view_reports` (checked here:
 * `x-permission-rule`), writes `manage_invoices` (checked by execute()). Another organization's invoice, client or
 * project is NOT_FOUND. Every write is one transaction; its `EntityChanged` (entity type `invoice`, only to invoice
 * readers) is published after commit.
 *
 * Time entries linked or freed by `generate` and `delete` get no `EntityChanged` of their own: a generate may link
 * tens of thousands of entries in one set-based statement, and an event per entry would flood every socket of the
 * organization. The invoice's event says which lines (and how many entries) changed; clients showing entries
 * reload them on an `invoice` event.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { Invoice } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { conflict, notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail.js';
import { withTx } from '../../platform/tx.js';
import { BinaryBody } from '../binary.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { assertCurrency, formatMoney } from '../money.js';
import { notifyInvoices } from '../notifications/notify.js';
import { pageRequest, windowPage } from '../pagination.js';
import { effectiveRate, entrySecs, rateJoins, timeAmount } from '../time_entries/rates.js';
import { checkLines, insertLines, recomputeTotals, type LineInput } from './lines.js';
import type { InvoiceRow } from './model.js';
import { partiesOf, pdfFilename, renderInvoicePdf } from './pdf.js';
import { getInvoice, getInvoiceRow, invoiceColumns, requireInvoiceReader, withLines } from './queries.js';

const ONLY_NOTES_AFTER_DRAFT = new Set(['id', 'org_id', 'notes']);

interface OrgRow {
  timezone: string;
  currency: string;
  today: string;
}

async function orgOf(sql: AnySql, orgId: string, lock = false): Promise<OrgRow & { invoice_prefix: string; invoice_next_number: number }> {
  const [row] = await sql<(OrgRow & { invoice_prefix: string; invoice_next_number: number })[]>`
    select timezone, currency, invoice_prefix, invoice_next_number, (now() at time zone timezone)::date::text as today
    from organizations where id = ${orgId} ${lock ? sql`for update` : sql``}`;
  return row!;
}

function checkDates(issue: string, due: string): void {
  if (due < issue) throw validationError('due_date must not be before issue_date', { field: 'due_date' });
}

export const invoiceOperations = {
  'invoices.list': async ({ svc, access }, input) => {
    requireInvoiceReader(access);
    const page = pageRequest(input);
    const sql = svc.db;
    const where = sql`i.org_id = ${access.orgId}
      ${input.client_id ? sql`and i.client_id = ${input.client_id}` : sql``}
      ${input.status ? sql`and i.status = ${input.status}` : sql``}`;
    const rows = await sql<(InvoiceRow & { total: number })[]>`
      select ${invoiceColumns(sql)}, count(*) over () as total from invoices i
      where ${where}
      order by i.created_at desc, i.id desc
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      check: async () => {
        if (!input.client_id) return;
        const [c] = await sql`select 1 from clients where id = ${input.client_id} and org_id = ${access.orgId}`;
        if (!c) throw notFound('Client');
      },
      count: async () => (await sql<{ n: number }[]>`select count(*)::int as n from invoices i where ${where}`)[0]!.n,
    });
    return { data: await withLines(sql, result.rows), pagination: result.pagination };
  },

  'invoices.get': async ({ svc, access }, input) => {
    requireInvoiceReader(access);
    return { data: await getInvoice(svc.db, access.orgId, input.id) };
  },

  'invoices.pdf': async ({ svc, access }, input) => {
    requireInvoiceReader(access);
    const invoice = await getInvoice(svc.db, access.orgId, input.id);
    const content = await renderInvoicePdf(invoice, await partiesOf(svc.db, invoice));
    return new BinaryBody('application/pdf', pdfFilename(invoice), content);
  },

  'invoices.create': async ({ svc, access }, input) => {
    const invoice = await withTx(svc, async (sql, emit) => {
      const [client] = await sql<{ id: string; currency: string | null; tax_rate_bp: number | null }[]>`
        select id, currency, tax_rate_bp from clients where id = ${input.client_id} and org_id = ${access.orgId}`;
      if (!client) throw notFound('Client');
      const lines = (input.lines ?? []) as LineInput[];
      await checkLines(sql, access.orgId, lines);
      // The organization's row lock orders the numbers: sequential, and a rolled back create takes none.
      const org = await orgOf(sql, access.orgId, true);
      const currency = input.currency ?? client.currency ?? org.currency;
      assertCurrency(currency);
      const issue = input.issue_date ?? org.today;
      checkDates(issue, input.due_date);
      const n = org.invoice_next_number;
      await sql`update organizations set invoice_next_number = ${n + 1} where id = ${access.orgId}`;
      const id = newId('inv');
      await sql`
        insert into invoices ${sql({
          id,
          org_id: access.orgId,
          number: `${org.invoice_prefix}${String(n).padStart(4, '0')}`,
          client_id: client.id,
          issue_date: issue,
          due_date: input.due_date,
          currency,
          tax_rate_bp: input.tax_rate_bp ?? client.tax_rate_bp ?? 0,
          notes: input.notes ?? null,
          created_by: access.userId,
        })}`;
      await insertLines(sql, access.orgId, id, lines);
      await recomputeTotals(sql, id);
      const entity = await getInvoice(sql, access.orgId, id);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'created', entity }));
      return entity;
    });
    return { data: invoice };
  },

  'invoices.update': async ({ svc, access }, input) => {
    const invoice = await withTx(svc, async (sql, emit) => {
      const row = await getInvoiceRow(sql, access.orgId, input.id, true);
      const before = (await withLines(sql, [row]))[0]!;
      if (row.status !== 'draft') {
        const others = Object.keys(input).filter(
          (k) => !ONLY_NOTES_AFTER_DRAFT.has(k) && (input as unknown as Record<string, unknown>)[k] !== undefined,
        );
        if (others.length)
          throw conflict(`Invoice ${row.number} is ${row.status}: only its notes can change`, {
            invoice_id: row.id,
            status: row.status,
            fields: others,
          });
      }
      const patch: Record<string, string | number | null> = {};
      if (input.notes !== undefined) patch.notes = input.notes;
      if (input.due_date !== undefined) patch.due_date = input.due_date;
      if (input.issue_date !== undefined) patch.issue_date = input.issue_date;
      if (input.tax_rate_bp !== undefined) patch.tax_rate_bp = input.tax_rate_bp;
      if (input.currency !== undefined) {
        assertCurrency(input.currency);
        if (input.currency !== row.currency) {
          const [linked] = await sql`select 1 from time_entries where invoice_id = ${row.id} limit 1`;
          const org = await orgOf(sql, access.orgId);
          if (linked && input.currency !== org.currency)
            throw validationError(`Invoice ${row.number} bills time, which is rated in ${org.currency}: its currency must stay ${org.currency}`, {
              field: 'currency',
            });
        }
        patch.currency = input.currency;
      }
      checkDates(input.issue_date ?? row.issue_date, input.due_date ?? row.due_date);
      if (Object.keys(patch).length) await sql`update invoices set ${sql(patch)}, updated_at = now() where id = ${row.id}`;
      if (input.lines !== undefined) {
        const lines = input.lines as LineInput[];
        // Custom lines are the ones no time entry points at; time lines stay.
        await sql`delete from invoice_lines l where l.invoice_id = ${row.id}
          and not exists (select 1 from time_entries t where t.invoice_id = ${row.id} and t.invoice_line_id = l.id)`;
        const kept = (await sql<{ kept: number }[]>`select count(*)::int as kept from invoice_lines where invoice_id = ${row.id}`)[0]!.kept;
        await checkLines(sql, access.orgId, lines, kept);
        await insertLines(sql, access.orgId, row.id, lines);
      }
      await recomputeTotals(sql, row.id);
      const entity = await getInvoice(sql, access.orgId, row.id);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'updated', entity, before }));
      return entity;
    });
    return { data: invoice };
  },

  'invoices.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const row = await getInvoiceRow(sql, access.orgId, input.id, true);
      if (row.status !== 'draft')
        throw conflict(`Invoice ${row.number} is ${row.status}: only drafts can be deleted`, { invoice_id: row.id, status: row.status });
      const entity = (await withLines(sql, [row]))[0]!;
      // Its entries become billable again (one statement), then the draft and its lines go.
      await sql`update time_entries set invoice_id = null, invoice_line_id = null, billed_rate_cents = null, updated_at = now()
        where invoice_id = ${row.id}`;
      await sql`delete from invoices where id = ${row.id}`;
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'deleted', entity }));
    });
    return { data: { id: input.id, deleted: true as const } };
  },

  'invoices.generate': async ({ svc, access }, input) => {
    const result = await withTx(svc, async (sql, emit) => {
      const row = await getInvoiceRow(sql, access.orgId, input.id, true);
      if (row.status !== 'draft')
        throw conflict(`Invoice ${row.number} is ${row.status}: only drafts take time`, { invoice_id: row.id, status: row.status });
      const org = await orgOf(sql, access.orgId);
      if (row.currency !== org.currency)
        throw validationError(`Time is rated in the organization's currency ${org.currency}; invoice ${row.number} is in ${row.currency}`, {
          field: 'currency',
        });
      const to = input.to ?? org.today;
      const from = input.from ?? null;
      if (from !== null && from > to) throw validationError('from must not be after to', { field: 'from' });
      // One generate per client at a time: the client's row lock. The link below also only takes entries whose
      // invoice_id is still null, so an entry is never on two invoices.
      await sql`select id from clients where id = ${row.client_id} for update`;
      const before = (await withLines(sql, [row]))[0]!;
      const tz = org.timezone;
      // 1. Select and link the entries (one statement): each records the rate it is billed at.
      const [linked] = await sql<
        { groups: { project_id: string; name: string; rate: number; secs: string; n: number }[]; linked: number; without_rate: number }[]
      >`
        with c as (
          select te.id, te.project_id, ${entrySecs(sql, 'te')} as secs, ${effectiveRate(sql, 'te')} as rate
          from time_entries te ${rateJoins(sql, 'te')}
          where te.org_id = ${access.orgId} and te.invoice_id is null and te.billable and te.stopped_at is not null
            and te.project_id in (select p.id from projects p where p.org_id = ${access.orgId} and p.client_id = ${row.client_id})
            ${from !== null ? sql`and te.started_at >= (${from}::date::timestamp at time zone ${tz})` : sql``}
            and te.started_at < ((${to}::date + 1)::timestamp at time zone ${tz})
        ), u as (
          update time_entries t set invoice_id = ${row.id}, billed_rate_cents = c.rate, updated_at = now()
          from c where t.id = c.id and c.rate is not null and t.invoice_id is null
          returning t.id, c.project_id, c.rate, c.secs
        ), g as (
          select u.project_id, u.rate, sum(u.secs)::bigint as secs, count(*)::int as n from u group by u.project_id, u.rate
        )
        select coalesce((select json_agg(json_build_object('project_id', g.project_id, 'name', p.name, 'rate', g.rate, 'secs', g.secs, 'n', g.n)
                           order by p.name, g.project_id, g.rate desc)
                         from g join projects p on p.id = g.project_id), '[]'::json) as groups,
          (select count(*)::int from u) as linked,
          (select count(*)::int from c where c.rate is null) as without_rate`;
      const groups = linked!.groups;
      const count = (await sql<{ count: number }[]>`select count(*)::int as count from invoice_lines where invoice_id = ${row.id}`)[0]!.count;
      if (count + groups.length > 500) throw validationError('An invoice has at most 500 lines', { field: 'lines' });
      if (groups.length) {
        const perProject = new Map<string, number>();
        for (const g of groups) perProject.set(g.project_id, (perProject.get(g.project_id) ?? 0) + 1);
        const ids = groups.map(() => newId('invl'));
        const descriptions = groups.map((g) => (perProject.get(g.project_id)! > 1 ? `${g.name} (${formatMoney(g.rate, org.currency)}/h)` : g.name));
        // 2. The lines (one statement; amount once per project and rate), and their entries point at them.
        await sql`
          with l as (
            insert into invoice_lines (id, invoice_id, org_id, position, description, quantity_secs, unit_price_cents, amount_cents, project_id)
            select g.id, ${row.id}, ${access.orgId}, ${count} + g.n, g.description, g.secs, g.rate,
              ${timeAmount(sql, sql`g.secs`, sql`g.rate`)}, g.project_id
            from unnest(${sql.array(ids)}::text[], ${sql.array(descriptions)}::text[], ${sql.array(groups.map((g) => String(g.secs)))}::bigint[],
              ${sql.array(groups.map((g) => g.rate))}::bigint[], ${sql.array(groups.map((g) => g.project_id))}::text[])
              with ordinality as g(id, description, secs, rate, project_id, n)
            returning id, project_id, unit_price_cents
          )
          update time_entries t set invoice_line_id = l.id
          from l where t.invoice_id = ${row.id} and t.invoice_line_id is null and t.project_id = l.project_id and t.billed_rate_cents = l.unit_price_cents`;
      }
      await recomputeTotals(sql, row.id);
      const entity = await getInvoice(sql, access.orgId, row.id);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'updated', entity, before }));
      return {
        invoice: entity,
        entries_linked: linked!.linked,
        entries_without_rate: linked!.without_rate,
        lines_added: groups.length,
        from,
        to,
        timezone: tz,
      };
    });
    return { data: result };
  },

  'invoices.send': async ({ svc, access }, input) => {
    const invoice = await withTx(svc, async (sql, emit) => {
      const row = await getInvoiceRow(sql, access.orgId, input.id, true);
      if (row.status !== 'draft')
        throw conflict(`Invoice ${row.number} was sent already (${row.status})`, { invoice_id: row.id, status: row.status });
      const before = (await withLines(sql, [row]))[0]!;
      const parties = await partiesOf(sql, row);
      const email = parties.client.email;
      if (!email) throw validationError(`The client ${parties.client.name} has no email address to send the invoice to`, { field: 'client_id' });
      if (before.line_count === 0) throw validationError(`Invoice ${row.number} has no lines`, { field: 'lines' });
      await sql`update invoices set status = 'sent', sent_at = now(), updated_at = now() where id = ${row.id}`;
      const entity = await getInvoice(sql, access.orgId, row.id);
      const pdf = await renderInvoicePdf(entity, parties);
      const money = (c: number) => formatMoney(c, entity.currency);
      await enqueueMail(sql, {
        to: email,
        kind: 'invoice',
        subject: `Invoice ${entity.number} from ${parties.organization.name}`,
        text: [
          ...(input.message ? [input.message, ''] : []),
          `Invoice ${entity.number} from ${parties.organization.name}`,
          `Issue date: ${entity.issue_date}`,
          `Due date: ${entity.due_date}`,
          `Total: ${money(entity.total_cents)} (subtotal ${money(entity.subtotal_cents)}, tax ${money(entity.tax_cents)})`,
          '',
          'The invoice is attached as a PDF.',
        ].join('\n'),
        attachments: [{ filename: pdfFilename(entity), contentType: 'application/pdf', content: pdf }],
      });
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'updated', entity, before }));
      return entity;
    });
    return { data: invoice };
  },

  'invoices.mark_paid': async ({ svc, access }, input) => {
    const invoice = await withTx(svc, async (sql, emit) => {
      const row = await getInvoiceRow(sql, access.orgId, input.id, true);
      if (row.status !== 'sent' && row.status !== 'overdue')
        throw conflict(`Invoice ${row.number} is ${row.status}: only a sent or overdue invoice can be paid`, {
          invoice_id: row.id,
          status: row.status,
        });
      const before = (await withLines(sql, [row]))[0]!;
      await sql`update invoices set status = 'paid', paid_at = now(), payment_method = ${input.payment_method ?? null}, updated_at = now()
        where id = ${row.id}`;
      const entity = await getInvoice(sql, access.orgId, row.id);
      await notifyInvoices(sql, emit, svc.config.publicUrl, 'invoice_paid', access.userId, [
        { id: entity.id, org_id: entity.org_id, title: `Invoice ${entity.number} to ${entity.client_name} was paid` },
      ]);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invoice', action: 'updated', entity, before }));
      return entity;
    });
    return { data: invoice };
  },
} satisfies AreaHandlers<'invoices', Contexts>;

export type { Invoice };
