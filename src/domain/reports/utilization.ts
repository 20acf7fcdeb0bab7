/**
 * reports.utilization: per member of the organization (members without time with zeros), tracked and billable
 * seconds of their stopped entries started in the range (in projects the reader sees; with `invoice_id`, only the
 * entries billed on that invoice), their target and billable / target. One statement: the page of members by
 * name, and the totals over all of them.
 *
 * Target: `target_hours` per member for the whole range when given (round(hours × 3600) seconds), else 40 hours
 * per ISO week prorated: 8 hours per Monday-to-Friday day in the range.
 */
import type { ReportsUtilizationInput } from '../../../generated/operations.js';
import type { AnySql } from '../../platform/db.js';
import { pageRequest, pagination } from '../pagination.js';
import type { Reader } from '../projects/visibility.js';
import { entrySecs } from '../time_entries/rates.js';
import { bounds, entriesIn, fraction, type Org } from './scope.js';

export const DEFAULT_TARGET_RULE = '40 hours per ISO week, prorated: 8 hours (28,800 s) per Monday-to-Friday day in the range, per member';

interface UtilRow {
  user_id: string;
  user_name: string;
  tracked_secs: number;
  billable_secs: number;
  target_secs: number;
  utilization: number | null;
}

export async function utilization(sql: AnySql, reader: Reader, org: Org, input: ReportsUtilizationInput) {
  const page = pageRequest(input);
  const range = bounds(sql, input.from, input.to, org.timezone);
  const user = input.user_id ?? null;
  const invoice = input.invoice_id ?? null;
  const hours = input.target_hours ?? null;
  const [row] = await sql<{ working_days: number; members: number; rows: UtilRow[]; totals: Omit<UtilRow, 'user_id' | 'user_name'> }[]>`
    with days as (
      select count(*) filter (where extract(isodow from d) < 6)::int as working_days
      from generate_series(${input.from}::date, ${input.to}::date, interval '1 day') d
    ),
    target as (
      select case when ${hours}::numeric is null then d.working_days * 28800 else round(${hours}::numeric * 3600)::bigint end as secs
      from days d
    ),
    time as (
      select te.user_id, sum(${entrySecs(sql, 'te')}) as secs, coalesce(sum(${entrySecs(sql, 'te')}) filter (where te.billable), 0) as bsecs
      from time_entries te
      where ${entriesIn(sql, reader, range)}
        and (${user}::text is null or te.user_id = ${user})
        and (${invoice}::text is null or te.invoice_id = ${invoice})
      group by te.user_id
    ),
    per as (
      select m.user_id, u.name as user_name, coalesce(t.secs, 0)::bigint as tracked, coalesce(t.bsecs, 0)::bigint as billable,
        (select secs from target) as target
      from members m join users u on u.id = m.user_id
      left join time t on t.user_id = m.user_id
      where m.org_id = ${reader.orgId} and (${user}::text is null or m.user_id = ${user})
    )
    select (select working_days from days) as working_days, (select count(*) from per)::int as members,
      (select coalesce(json_agg(json_build_object('user_id', x.user_id, 'user_name', x.user_name, 'tracked_secs', x.tracked,
          'billable_secs', x.billable, 'target_secs', x.target, 'utilization', ${fraction(sql, sql`x.billable`, sql`x.target`)})
          order by lower(x.user_name), x.user_id), '[]'::json)
        from (select * from per order by lower(user_name), user_id limit ${page.perPage} offset ${page.offset}) x) as rows,
      (select json_build_object('tracked_secs', coalesce(sum(tracked), 0), 'billable_secs', coalesce(sum(billable), 0),
          'target_secs', coalesce(sum(target), 0), 'utilization', ${fraction(sql, sql`coalesce(sum(billable), 0)`, sql`coalesce(sum(target), 0)`)})
        from per) as totals`;
  const r = row!;
  return {
    target_rule:
      hours === null
        ? DEFAULT_TARGET_RULE
        : `target_hours: ${hours} hours (${Math.round(hours * 3600)} s) per member for the whole range (${input.from} to ${input.to})`,
    working_days: r.working_days,
    rows: r.rows,
    totals: r.totals,
    pagination: pagination(r.members, page),
  };
}
