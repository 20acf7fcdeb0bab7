/**
 * reports.timesheet: the stopped entries started in the range that match the filters (newest first, one page),
 * totals over all of them and, with `group_by`, per-group figures. Two statements after the scope check, run
 * together: the figures (entries → (group, project, rate) pairs → groups and totals, amounts rounded once per
 * (project, rate) pair as invoices do) and the page of entries. Rates and amounts come from time_entries/rates.ts.
 */
import type { ReportsTimesheetInput } from '../../../generated/operations.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { pageRequest, pagination } from '../pagination.js';
import type { Reader } from '../projects/visibility.js';
import { effectiveRate, entrySecs, rateJoins, timeAmount } from '../time_entries/rates.js';
import { bounds, entriesIn, entryAggregate, MAX_GROUPS, type Org } from './scope.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;
type GroupBy = NonNullable<ReportsTimesheetInput['group_by']>;

/**
 * How one grouping keys an entry and names a group: `g0`, a key on the entry (`time_entries te`) kept through the
 * pre-aggregation; `g`, the group on the pre-aggregated rows (`te`, + rate joins); `key`, `label` and `order` on a
 * group (`p.g`).
 */
interface Grouping {
  g0: Fragment;
  g: Fragment;
  key: Fragment;
  label: Fragment;
  order: Fragment;
}

export function grouping(sql: AnySql, by: GroupBy | undefined, tz: string): Grouping {
  const local = sql`(te.started_at at time zone ${tz})`;
  const none = sql`null::text`;
  const byName = (g0: Fragment, g: Fragment, label: Fragment): Grouping => ({
    g0,
    g,
    key: sql`p.g`,
    label,
    order: sql`${label} asc nulls last, p.g asc nulls last`,
  });
  const byTime = (unit: string, key: string, label: string): Grouping => ({
    g0: sql`date_trunc(${unit}, ${local})`,
    g: sql`te.g0`,
    key: sql`to_char(p.g, ${key})`,
    label: sql`to_char(p.g, ${label})`,
    order: sql`p.g`,
  });
  switch (by) {
    case 'user':
      return byName(none, sql`te.user_id`, sql`(select u.name from users u where u.id = p.g)`);
    case 'project':
      return byName(none, sql`te.project_id`, sql`(select pr.name from projects pr where pr.id = p.g)`);
    case 'client':
      return byName(none, sql`te_rp.client_id`, sql`(select c.name from clients c where c.id = p.g)`);
    case 'task':
      return byName(sql`te.task_id`, sql`te.g0`, sql`(select t.title from tasks t where t.id = p.g)`);
    case 'day':
      return byTime('day', 'YYYY-MM-DD', 'YYYY-MM-DD');
    case 'week':
      return byTime('week', 'YYYY-MM-DD', 'IYYY-"W"IW');
    case 'month':
      return byTime('month', 'YYYY-MM', 'YYYY-MM');
    default:
      return { g0: none, g: none, key: sql`null`, label: sql`null`, order: sql`p.g` };
  }
}

/** The input's filters as `and …` conditions on `time_entries te` (no join needed). */
function filters(sql: AnySql, reader: Reader, input: ReportsTimesheetInput): Fragment {
  let out = sql``;
  if (input.user_id !== undefined) out = sql`${out} and te.user_id = ${input.user_id}`;
  if (input.project_id !== undefined) out = sql`${out} and te.project_id = ${input.project_id}`;
  if (input.client_id !== undefined)
    out = sql`${out} and te.project_id in (select cp.id from projects cp where cp.org_id = ${reader.orgId} and cp.client_id = ${input.client_id})`;
  if (input.invoice_id !== undefined) out = sql`${out} and te.invoice_id = ${input.invoice_id}`;
  if (input.description !== undefined) out = sql`${out} and strpos(lower(te.description), lower(${input.description})) > 0`;
  return out;
}

interface Figures {
  entries: number;
  secs: number;
  billable_secs: number;
  amount_cents: number;
}
interface Group extends Figures {
  key: string | null;
  label: string | null;
}

/** The figures statement: totals, and the first MAX_GROUPS groups with their count when grouped. */
export function figuresQuery(sql: AnySql, reader: Reader, org: Org, input: ReportsTimesheetInput) {
  const range = bounds(sql, input.from, input.to, org.timezone);
  const gr = grouping(sql, input.group_by, org.timezone);
  const grouped = input.group_by !== undefined;
  return sql<{ totals: Figures; groups: Group[] | null; groups_total: number | null }[]>`
    with pairs as materialized (
      select ${gr.g} as g, te.project_id, ${effectiveRate(sql, 'te')} as rate,
        sum(te.n) as n, sum(te.secs) as secs, coalesce(sum(te.secs) filter (where te.billable), 0) as bsecs
      from (${entryAggregate(sql, sql`${entriesIn(sql, reader, range)} ${filters(sql, reader, input)}`, gr.g0)}) te ${rateJoins(sql, 'te')}
      group by 1, 2, 3
    )
    select
      (select json_build_object(
          'entries', coalesce(sum(t.n), 0), 'secs', coalesce(sum(t.secs), 0), 'billable_secs', coalesce(sum(t.bsecs), 0),
          'amount_cents', coalesce(sum(t.amount), 0))
        from (select sum(n) as n, sum(secs) as secs, sum(bsecs) as bsecs,
                coalesce(${timeAmount(sql, sql`sum(bsecs)`, sql`rate`)}, 0) as amount
              from pairs group by project_id, rate) t) as totals,
      ${
        grouped
          ? sql`(select coalesce(json_agg(json_build_object('key', x.key, 'label', x.label, 'entries', x.n, 'secs', x.secs,
                  'billable_secs', x.bsecs, 'amount_cents', x.amount) order by x.ord), '[]'::json)
                from (select ${gr.key} as key, ${gr.label} as label, p.n, p.secs, p.bsecs, p.amount,
                        row_number() over (order by ${gr.order}) as ord
                      from (select g, sum(n) as n, sum(secs) as secs, sum(bsecs) as bsecs,
                              sum(coalesce(${timeAmount(sql, sql`bsecs`, sql`rate`)}, 0)) as amount
                            from pairs group by g) p
                      order by ${gr.order} limit ${MAX_GROUPS}) x) as groups,
              (select count(*) from (select distinct g from pairs) d) as groups_total`
          : sql`null::json as groups, null::int as groups_total`
      }`;
}

/** The page statement: one page of entries, newest first, with the names they refer to. */
export function pageQuery(sql: AnySql, reader: Reader, org: Org, input: ReportsTimesheetInput, page: { perPage: number; offset: number }) {
  const range = bounds(sql, input.from, input.to, org.timezone);
  const rate = effectiveRate(sql, 'te');
  const secs = entrySecs(sql, 'te');
  return sql<TimesheetEntryRow[]>`
    select te.id, te.user_id, u.name as user_name, te.project_id, te_rp.name as project_name, te_rp.client_id,
      te.task_id, t.title as task_title, te.description, te.started_at, te.stopped_at, ${secs} as duration_secs,
      te.billable, ${rate} as effective_hourly_rate_cents,
      case when te.billable then ${timeAmount(sql, secs, rate)} end as amount_cents, te.invoice_id
    from time_entries te ${rateJoins(sql, 'te')}
      join users u on u.id = te.user_id
      left join tasks t on t.id = te.task_id
    where ${entriesIn(sql, reader, range)} ${filters(sql, reader, input)}
    order by te.started_at desc, te.id desc
    limit ${page.perPage} offset ${page.offset}`;
}

export interface TimesheetEntryRow {
  id: string;
  user_id: string;
  user_name: string;
  project_id: string | null;
  project_name: string | null;
  client_id: string | null;
  task_id: string | null;
  task_title: string | null;
  description: string | null;
  started_at: string;
  stopped_at: string;
  duration_secs: number;
  billable: boolean;
  effective_hourly_rate_cents: number | null;
  amount_cents: number | null;
  invoice_id: string | null;
}

export async function timesheet(sql: AnySql, reader: Reader, org: Org, input: ReportsTimesheetInput) {
  const page = pageRequest(input);
  const [[figures], entries] = await Promise.all([figuresQuery(sql, reader, org, input), pageQuery(sql, reader, org, input, page)]);
  const f = figures!;
  return {
    group_by: input.group_by ?? null,
    totals: f.totals,
    groups: f.groups,
    groups_total: f.groups_total,
    entries: entries.map((e) => ({ ...e })),
    pagination: pagination(f.totals.entries, page),
  };
}
