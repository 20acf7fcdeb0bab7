/**
 * reports.revenue: invoiced revenue (invoices sent, overdue or paid, by issue date, in each invoice's currency)
 * and unbilled billable amount (billable, stopped, not invoiced time started in the range, at effective client
 * rates from time_entries/rates.ts, in the organization's currency, in projects the reader sees), per group and
 * currency, with totals per currency. One statement.
 *
 * Grouping: `client` (the invoice's client; the time's project's client), `project` (the invoice lines' projects,
 * net only: tax is per invoice; a line of a project the reader does not see counts under no project), `month`
 * (of the issue date; of the day the time started). Unbilled amounts are rounded once per (project, rate) inside
 * each row; the totals once per (project, rate) over the whole range.
 */
import type { ReportsRevenueInput } from '../../../generated/operations.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { projectIdVisible, type Reader } from '../projects/visibility.js';
import { effectiveRate, rateJoins, timeAmount } from '../time_entries/rates.js';
import { bounds, entriesIn, entryAggregate, MAX_GROUPS, type Org } from './scope.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

export interface RevenueFiguresRow {
  currency: string;
  invoice_count: number;
  invoiced_subtotal_cents: number;
  invoiced_tax_cents: number | null;
  invoiced_total_cents: number | null;
  unbilled_secs: number;
  unbilled_cents: number;
}
export interface RevenueRowOut extends RevenueFiguresRow {
  key: string | null;
  label: string | null;
}

export function revenueQuery(sql: AnySql, reader: Reader, org: Org, input: ReportsRevenueInput) {
  const by = input.group_by ?? 'client';
  const range = bounds(sql, input.from, input.to, org.timezone);
  const client = input.client_id ?? null;
  const byProject = by === 'project';
  // The group of an invoice (alias i) and of an unbilled entry (te + rate joins), and a group's label.
  const invKey: Fragment = by === 'client' ? sql`i.client_id` : sql`to_char(i.issue_date, 'YYYY-MM')`;
  // On the pre-aggregated entries (`te`, + rate joins); a month is kept through the pre-aggregation as `g0`.
  const timeKey: Fragment = by === 'client' ? sql`te_rp.client_id` : by === 'project' ? sql`te.project_id` : sql`te.g0`;
  const monthKey: Fragment =
    by === 'month' ? sql`to_char(date_trunc('month', te.started_at at time zone ${org.timezone}), 'YYYY-MM')` : sql`null::text`;
  const unbilled = sql`${entriesIn(sql, reader, range)} and te.billable and te.invoice_id is null
    and (${client}::text is null or te.project_id in (select cp.id from projects cp where cp.org_id = ${reader.orgId} and cp.client_id = ${client}))`;
  const label: Fragment =
    by === 'client'
      ? sql`(select c.name from clients c where c.id = r.key)`
      : by === 'project'
        ? sql`(select p.name from projects p where p.id = r.key)`
        : sql`r.key`;
  const order: Fragment = by === 'month' ? sql`r.key, r.currency` : sql`${label} asc nulls last, r.key asc nulls last, r.currency`;
  const noTax = byProject ? sql`null::bigint` : sql`0::bigint`;
  const invoiced: Fragment = byProject
    ? sql`select case when ${projectIdVisible(sql, 'l.project_id', reader)} then l.project_id end as key, i.currency,
            count(distinct i.id) as n, sum(l.amount_cents) as sub, null::bigint as tax, null::bigint as total
          from inv i join invoice_lines l on l.invoice_id = i.id group by 1, 2`
    : sql`select ${invKey} as key, i.currency, count(*) as n, sum(i.subtotal_cents) as sub, sum(i.tax_cents) as tax,
            sum(i.total_cents) as total
          from inv i group by 1, 2`;
  return sql<{ rows: RevenueRowOut[]; rows_total: number; totals: RevenueFiguresRow[] }[]>`
    with inv as materialized (
      select i.id, i.client_id, i.currency, i.issue_date, i.subtotal_cents, i.tax_cents, i.total_cents
      from invoices i
      where i.org_id = ${reader.orgId} and i.status in ('sent', 'overdue', 'paid')
        and i.issue_date between ${input.from}::date and ${input.to}::date
        and (${client}::text is null or i.client_id = ${client})
    ),
    pairs as materialized (
      select ${timeKey} as key, te.project_id, ${effectiveRate(sql, 'te')} as rate, sum(te.secs) as secs
      from (${entryAggregate(sql, unbilled, monthKey)}) te ${rateJoins(sql, 'te')}
      group by 1, 2, 3
    ),
    r as (
      select key, currency, sum(n)::bigint as invoice_count, sum(sub)::bigint as sub, sum(tax)::bigint as tax,
        sum(total)::bigint as total, sum(usecs)::bigint as usecs, sum(ucents)::bigint as ucents
      from (
        select key, currency, n, sub, tax, total, 0 as usecs, 0 as ucents from (${invoiced}) a
        union all
        select key, ${org.currency}::text, 0, 0, ${noTax}, ${noTax}, secs, coalesce(${timeAmount(sql, sql`secs`, sql`rate`)}, 0)
        from pairs
      ) u
      group by key, currency
    )
    select
      (select coalesce(json_agg(json_build_object('key', x.key, 'label', x.label, 'currency', x.currency,
          'invoice_count', x.invoice_count, 'invoiced_subtotal_cents', x.sub, 'invoiced_tax_cents', x.tax,
          'invoiced_total_cents', x.total, 'unbilled_secs', x.usecs, 'unbilled_cents', x.ucents) order by x.ord), '[]'::json)
        from (select r.*, ${label} as label, row_number() over (order by ${order}) as ord
              from r order by ${order} limit ${MAX_GROUPS}) x) as rows,
      (select count(*) from r) as rows_total,
      (select coalesce(json_agg(json_build_object('currency', t.currency, 'invoice_count', t.n,
          'invoiced_subtotal_cents', t.sub, 'invoiced_tax_cents', t.tax, 'invoiced_total_cents', t.total,
          'unbilled_secs', t.usecs, 'unbilled_cents', t.ucents) order by t.currency), '[]'::json)
        from (
          select currency, sum(n)::bigint as n, sum(sub)::bigint as sub, sum(tax)::bigint as tax, sum(total)::bigint as total,
            sum(usecs)::bigint as usecs, sum(ucents)::bigint as ucents
          from (
            select i.currency, 1 as n, i.subtotal_cents as sub, i.tax_cents as tax, i.total_cents as total, 0 as usecs, 0 as ucents from inv i
            union all
            select ${org.currency}::text, 0, 0, 0, 0, sum(secs), coalesce(${timeAmount(sql, sql`sum(secs)`, sql`rate`)}, 0)
            from pairs group by project_id, rate
          ) v group by currency
        ) t) as totals`;
}

export async function revenue(sql: AnySql, reader: Reader, org: Org, input: ReportsRevenueInput) {
  const [row] = await revenueQuery(sql, reader, org, input);
  return { group_by: input.group_by ?? 'client', rows: row!.rows, rows_total: row!.rows_total, totals: row!.totals };
}
