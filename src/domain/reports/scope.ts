/**
 * What the four reports share: the range check (days in the organization's time zone, at most 366, `from` not
 * after `to`), the organization's time zone and currency with the filters' existence check in one statement
 * (another organization's user, project, client or invoice, or a project hidden from the reader: NOT_FOUND), and
 * the condition that picks the entries of a report (stopped, started in the range, in a project the reader sees).
 *
 * Every report reads entries as `time_entries te` joined with `rateJoins(sql, 'te')` (time_entries/rates.ts), so
 * the project row is `te_rp` and rates and amounts come from that one module.
 */
import type { AnySql, postgres } from '../../platform/db.js';
import { notFound, validationError } from '../../platform/errors.js';
import { ROUNDING_RULE } from '../money.js';
import { entrySecs } from '../time_entries/rates.js';
import { projectIdVisible, projectVisible, type Reader } from '../projects/visibility.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** The widest range a report covers, in days counting both ends. */
export const MAX_RANGE_DAYS = 366;
/** The most groups or rows a grouped report returns (`groups_total` / `rows_total` say how many there are). */
export const MAX_GROUPS = 1000;

export { ROUNDING_RULE };

const DAY_MS = 86_400_000;

/** VALIDATION_ERROR unless `from` ≤ `to` and the range spans at most 366 days (both are `YYYY-MM-DD`, checked by the schema). */
export function checkRange(input: { from: string; to: string }): void {
  const from = Date.parse(`${input.from}T00:00:00Z`);
  const to = Date.parse(`${input.to}T00:00:00Z`);
  if (Number.isNaN(from)) throw validationError('from must be a date (YYYY-MM-DD)', { field: 'from' });
  if (Number.isNaN(to)) throw validationError('to must be a date (YYYY-MM-DD)', { field: 'to' });
  if (from > to) throw validationError('from must not be after to', { field: 'from' });
  const days = (to - from) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS) throw validationError(`A report covers at most ${MAX_RANGE_DAYS} days; this range has ${days}`, { field: 'to' });
}

export interface Org {
  timezone: string;
  currency: string;
}

/** Ids a report is filtered by; each must exist in the organization (a project: and be visible to the reader). */
export interface Filters {
  user_id?: string | undefined;
  project_id?: string | undefined;
  client_id?: string | undefined;
  invoice_id?: string | undefined;
}

/** The organization's time zone and currency, and NOT_FOUND for a filter naming nothing the reader may see. One statement. */
export async function loadScope(sql: AnySql, reader: Reader, f: Filters): Promise<Org> {
  const orgId = reader.orgId;
  const [row] = await sql<(Org & { user_ok: boolean; project_ok: boolean; client_ok: boolean; invoice_ok: boolean })[]>`
    select o.timezone, o.currency,
      (${f.user_id ?? null}::text is null or exists (select 1 from members m where m.org_id = o.id and m.user_id = ${f.user_id ?? null})) as user_ok,
      (${f.project_id ?? null}::text is null or exists (
        select 1 from projects p where p.id = ${f.project_id ?? null} and ${projectVisible(sql, 'p', reader)})) as project_ok,
      (${f.client_id ?? null}::text is null or exists (select 1 from clients c where c.org_id = o.id and c.id = ${f.client_id ?? null})) as client_ok,
      (${f.invoice_id ?? null}::text is null or exists (select 1 from invoices i where i.org_id = o.id and i.id = ${f.invoice_id ?? null})) as invoice_ok
    from organizations o where o.id = ${orgId}`;
  if (!row) throw notFound('Organization');
  if (!row.user_ok) throw notFound('User');
  if (!row.project_ok) throw notFound('Project');
  if (!row.client_ok) throw notFound('Client');
  if (!row.invoice_ok) throw notFound('Invoice');
  return { timezone: row.timezone, currency: row.currency };
}

/** The first instant of day `from` and the first instant after day `to`, in the time zone `tz` (SQL timestamptz). */
export function bounds(sql: AnySql, from: string, to: string, tz: string): { lo: Fragment; hi: Fragment } {
  return {
    lo: sql`((${from}::date)::timestamp at time zone ${tz})`,
    hi: sql`((${to}::date + 1)::timestamp at time zone ${tz})`,
  };
}

/**
 * The entries a report counts, for `time_entries te` (+ `rateJoins(sql, 'te')`): the organization's, stopped,
 * started in [lo, hi), in a project the reader sees (or none).
 */
export function entriesIn(sql: AnySql, reader: Reader, range: { lo: Fragment; hi: Fragment }): Fragment {
  return sql`te.org_id = ${reader.orgId} and te.stopped_at is not null
    and te.started_at >= ${range.lo} and te.started_at < ${range.hi}
    and ${projectIdVisible(sql, 'te.project_id', reader)}`;
}

/**
 * The entries matching `where` (on `time_entries te`), pre-aggregated by what their rates depend on (organization,
 * project, user, own override, billed rate), whether they are billable, and `key` (a grouping expression on `te`,
 * aliased `g0`): `n` entries and `secs` seconds per row. A report joins `rateJoins` to this instead of to every entry
 * (aliased `te`, it has the columns rates.ts reads), so the joins see thousands of rows instead of a million; the
 * effective rates and the amounts are the same.
 */
export function entryAggregate(sql: AnySql, where: Fragment, key: Fragment = sql`null::text`): Fragment {
  return sql`
    select te.org_id, te.project_id, te.user_id, te.hourly_rate_cents, te.billed_rate_cents, te.billable, ${key} as g0,
      count(*) as n, sum(${entrySecs(sql, 'te')}) as secs
    from time_entries te
    where ${where}
    group by te.org_id, te.project_id, te.user_id, te.hourly_rate_cents, te.billed_rate_cents, te.billable, 7`;
}

/** The heading every report answer carries. */
export function heading(
  input: { from: string; to: string },
  org: Org,
): { from: string; to: string; timezone: string; currency: string; rounding: string } {
  return { from: input.from, to: input.to, timezone: org.timezone, currency: org.currency, rounding: ROUNDING_RULE };
}

/** A fraction rounded to 4 decimals as SQL (`null` when the denominator is 0). */
export function fraction(sql: AnySql, num: Fragment, den: Fragment): Fragment {
  return sql`case when (${den}) = 0 then null else round((${num})::numeric / (${den}), 4)::float8 end`;
}
