/**
 * reports.profitability: revenue (billable time × effective client rate), cost (all time × effective cost rate),
 * margin and margin / revenue, by project, client or user, for the stopped time started in the range in projects
 * the reader sees. One statement: entries → (group, project, client rate, cost rate) tuples → revenue rounded once
 * per (project, client rate) and cost once per (project, cost rate) inside each row; the totals apply the same
 * rule over the whole range. Rates come from time_entries/rates.ts.
 */
import type { ReportsProfitabilityInput } from '../../../generated/operations.js';
import type { AnySql, postgres } from '../../platform/db.js';
import type { Reader } from '../projects/visibility.js';
import { effectiveCostRate, effectiveRate, rateJoins, timeAmount } from '../time_entries/rates.js';
import { bounds, entriesIn, entryAggregate, fraction, MAX_GROUPS, type Org } from './scope.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

export interface ProfitabilityFiguresRow {
  secs: number;
  billable_secs: number;
  revenue_cents: number;
  cost_cents: number;
  margin_cents: number;
  margin_pct: number | null;
  entries_without_cost_rate: number;
  secs_without_cost_rate: number;
  entries_without_client_rate: number;
  secs_without_client_rate: number;
}

export async function profitability(sql: AnySql, reader: Reader, org: Org, input: ReportsProfitabilityInput) {
  const by = input.group_by ?? 'project';
  const range = bounds(sql, input.from, input.to, org.timezone);
  const key: Fragment = by === 'project' ? sql`te.project_id` : by === 'client' ? sql`te_rp.client_id` : sql`te.user_id`;
  const label: Fragment =
    by === 'project'
      ? sql`(select p.name from projects p where p.id = f.g)`
      : by === 'client'
        ? sql`(select c.name from clients c where c.id = f.g)`
        : sql`(select u.name from users u where u.id = f.g)`;
  const rate = effectiveRate(sql, 'te');
  const cost = effectiveCostRate(sql, 'te');
  const json = (a: string, head: Fragment) =>
    sql`json_build_object(${head} 'secs', ${sql(a)}.secs, 'billable_secs', ${sql(a)}.bsecs, 'revenue_cents', ${sql(a)}.revenue,
      'cost_cents', ${sql(a)}.cost, 'margin_cents', ${sql(a)}.revenue - ${sql(a)}.cost,
      'margin_pct', ${fraction(sql, sql`${sql(a)}.revenue - ${sql(a)}.cost`, sql`${sql(a)}.revenue`)},
      'entries_without_cost_rate', ${sql(a)}.nocost_n, 'secs_without_cost_rate', ${sql(a)}.nocost_secs,
      'entries_without_client_rate', ${sql(a)}.norate_n, 'secs_without_client_rate', ${sql(a)}.norate_secs)`;
  // Sums of a set of tuples (`from …`, grouped by `g` or not at all).
  const sums = sql`coalesce(sum(secs), 0)::bigint as secs, coalesce(sum(bsecs), 0)::bigint as bsecs,
    coalesce(sum(nocost_n), 0)::bigint as nocost_n, coalesce(sum(nocost_secs), 0)::bigint as nocost_secs,
    coalesce(sum(norate_n), 0)::bigint as norate_n, coalesce(sum(norate_secs), 0)::bigint as norate_secs`;
  const [row] = await sql<
    { rows: (ProfitabilityFiguresRow & { key: string | null; label: string | null })[]; rows_total: number; totals: ProfitabilityFiguresRow }[]
  >`
    with tuples as materialized (
      select ${key} as g, te.project_id, ${rate} as rate, ${cost} as cost,
        sum(te.secs) as secs, coalesce(sum(te.secs) filter (where te.billable), 0) as bsecs,
        coalesce(sum(te.n) filter (where ${cost} is null), 0) as nocost_n, coalesce(sum(te.secs) filter (where ${cost} is null), 0) as nocost_secs,
        coalesce(sum(te.n) filter (where te.billable and ${rate} is null), 0) as norate_n,
        coalesce(sum(te.secs) filter (where te.billable and ${rate} is null), 0) as norate_secs
      from (${entryAggregate(sql, entriesIn(sql, reader, range))}) te ${rateJoins(sql, 'te')}
      group by 1, 2, 3, 4
    ),
    -- Revenue per (group, project, client rate) and cost per (group, project, cost rate), each rounded once.
    rev as (
      select g, coalesce(${timeAmount(sql, sql`sum(bsecs)`, sql`rate`)}, 0) as amount, project_id, rate, sum(bsecs) as b
      from tuples group by g, project_id, rate
    ),
    cst as (
      select g, coalesce(${timeAmount(sql, sql`sum(secs)`, sql`cost`)}, 0) as amount, project_id, cost, sum(secs) as a
      from tuples group by g, project_id, cost
    ),
    f as (
      select s.*, coalesce(r.revenue, 0)::bigint as revenue, coalesce(c.cost, 0)::bigint as cost
      from (select g, ${sums} from tuples group by g) s
      left join (select g, sum(amount) as revenue from rev group by g) r on r.g is not distinct from s.g
      left join (select g, sum(amount) as cost from cst group by g) c on c.g is not distinct from s.g
    ),
    -- The totals: the same rule over the whole range (pairs regrouped across the groups).
    total as (
      select s.*,
        coalesce((select sum(coalesce(${timeAmount(sql, sql`x.b`, sql`x.rate`)}, 0))
          from (select rate, sum(b) as b from rev group by project_id, rate) x), 0)::bigint as revenue,
        coalesce((select sum(coalesce(${timeAmount(sql, sql`y.a`, sql`y.cost`)}, 0))
          from (select cost, sum(a) as a from cst group by project_id, cost) y), 0)::bigint as cost
      from (select ${sums} from tuples) s
    )
    select
      (select coalesce(json_agg(x.j order by x.ord), '[]'::json) from (
        select ${json('f', sql`'key', f.g, 'label', ${label},`)} as j,
          row_number() over (order by ${label} asc nulls last, f.g asc nulls last) as ord
        from f order by ord limit ${MAX_GROUPS}) x) as rows,
      (select count(*) from f)::int as rows_total,
      (select ${json('total', sql``)} from total) as totals`;
  const r = row!;
  return { group_by: by, rows: r.rows, rows_total: r.rows_total, totals: r.totals };
}
