/**
 * The rate hierarchy of a time entry, as SQL: the one place that says which client rate and which cost
 * rate an entry has (business-processes §4, DESIGN §3). Every read of entries, `invoices.generate` and
 * every report join these and select these columns, so the API, the invoice and the reports agree.
 *
 * - Effective client rate (`hourly_rate_cents` per hour, what the client is charged): the rate the entry
 *   was billed at once it is on an invoice (`billed_rate_cents`, kept when rates change later), else the
 *   first set of: the entry's own override, its project member rate, its project's rate, the member's
 *   default. `null` = no client rate (the entry cannot be invoiced; `generate` counts it).
 * - Effective cost rate (`cost_rate_cents` per hour, what an hour of the person costs): the project
 *   member's, else the member's default. `null` = no cost rate (reports count such entries).
 * - Amount of time at a rate: round-half-up(seconds × rate / 3600) in minor units, computed in exact
 *   integer arithmetic (`timeAmount`).
 *
 * Usage, for `time_entries` aliased `te`:
 *   select te.*, ${rateColumns(sql, 'te')} from time_entries te ${rateJoins(sql, 'te')} where …
 */
import type { AnySql, postgres } from '../../platform/db.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** Alias prefix of the joined rows (`<alias>_rp`, `<alias>_rpm`, `<alias>_rm`). */
const joined = (alias: string) => ({ p: `${alias}_rp`, pm: `${alias}_rpm`, m: `${alias}_rm` });

/** The rows the rates come from: the entry's project, its project membership, its organization membership. */
export function rateJoins(sql: AnySql, alias: string): Fragment {
  const j = joined(alias);
  return sql`
    left join projects ${sql(j.p)} on ${sql(j.p)}.id = ${sql(alias)}.project_id
    left join project_members ${sql(j.pm)} on ${sql(j.pm)}.project_id = ${sql(alias)}.project_id and ${sql(j.pm)}.user_id = ${sql(alias)}.user_id
    left join members ${sql(j.m)} on ${sql(j.m)}.org_id = ${sql(alias)}.org_id and ${sql(j.m)}.user_id = ${sql(alias)}.user_id`;
}

/** The effective client rate (cents per hour, or null) of the entry aliased `alias`; needs `rateJoins`. */
export function effectiveRate(sql: AnySql, alias: string): Fragment {
  const j = joined(alias);
  return sql`coalesce(${sql(alias)}.billed_rate_cents, ${sql(alias)}.hourly_rate_cents, ${sql(j.pm)}.hourly_rate_cents, ${sql(j.p)}.hourly_rate_cents, ${sql(j.m)}.hourly_rate_cents)`;
}

/** Where the effective client rate comes from: `invoice`, `entry`, `project_member`, `project`, `member`, or null. */
export function effectiveRateSource(sql: AnySql, alias: string): Fragment {
  const j = joined(alias);
  return sql`case
    when ${sql(alias)}.billed_rate_cents is not null then 'invoice'
    when ${sql(alias)}.hourly_rate_cents is not null then 'entry'
    when ${sql(j.pm)}.hourly_rate_cents is not null then 'project_member'
    when ${sql(j.p)}.hourly_rate_cents is not null then 'project'
    when ${sql(j.m)}.hourly_rate_cents is not null then 'member'
  end`;
}

/** The effective cost rate (cents per hour, or null) of the entry aliased `alias`; needs `rateJoins`. */
export function effectiveCostRate(sql: AnySql, alias: string): Fragment {
  const j = joined(alias);
  return sql`coalesce(${sql(j.pm)}.cost_rate_cents, ${sql(j.m)}.cost_rate_cents)`;
}

/** Whole seconds of the entry aliased `alias` (null while its timer runs). */
export function entrySecs(sql: AnySql, alias: string): Fragment {
  return sql`(floor(extract(epoch from (${sql(alias)}.stopped_at - ${sql(alias)}.started_at)))::bigint)`;
}

/**
 * round-half-up(secs × rate / 3600) in minor units, exact (numeric arithmetic; both operands are
 * non-negative, so PostgreSQL's round() — half away from zero — is half-up). `secs` and `rate` are SQL
 * expressions; a null operand gives null.
 */
export function timeAmount(sql: AnySql, secs: Fragment, rate: Fragment): Fragment {
  return sql`(round((${secs})::numeric * (${rate})::numeric / 3600)::bigint)`;
}

/** The same rule in TypeScript, exact for any safe integers (BigInt): round-half-up(secs × rate / 3600). */
export function timeAmountCents(secs: number, rateCents: number): number {
  const product = BigInt(secs) * BigInt(rateCents);
  return Number((product * 2n + 3600n) / 7200n);
}

/** The entry columns every read selects: `effective_hourly_rate_cents`, `effective_rate_source`, `effective_cost_rate_cents`, `amount_cents`. */
export function rateColumns(sql: AnySql, alias: string): Fragment {
  return sql`
    ${effectiveRate(sql, alias)} as effective_hourly_rate_cents,
    ${effectiveRateSource(sql, alias)} as effective_rate_source,
    ${effectiveCostRate(sql, alias)} as effective_cost_rate_cents,
    case when ${sql(alias)}.billable and ${sql(alias)}.stopped_at is not null
      then ${timeAmount(sql, entrySecs(sql, alias), effectiveRate(sql, alias))} end as amount_cents`;
}
