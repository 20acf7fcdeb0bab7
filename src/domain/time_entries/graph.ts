/** GraphQL for time entries: the batch query behind `Project.time_entries`, and `TimeEntry`'s own fields. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TimeEntry } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { validationError } from '../../platform/errors.js';
import { childPages, keyArray, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { projectsByIds } from '../projects/graph.js';
import { projectIdVisible, type Reader } from '../projects/visibility.js';
import { must, tasksByIds } from '../tasks/graph.js';
import { usersByIds } from '../users/graph.js';
import { entryColumns, entryJoins, toTimeEntry } from './model.js';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** `from`/`to` must be a date (`YYYY-MM-DD`) or an RFC 3339 instant. */
export function checkRangeBound(value: string | null | undefined, field: 'from' | 'to'): void {
  if (value == null) return;
  const ok = (DATE_RE.test(value) || INSTANT_RE.test(value)) && !Number.isNaN(Date.parse(DATE_RE.test(value) ? `${value}T00:00:00Z` : value));
  if (!ok) throw validationError(`${field} must be a date (YYYY-MM-DD) or an RFC 3339 date-time`, { field });
}

/**
 * One page of each project's time entries, newest first, started within [from, to]: a date means the
 * start (`from`) or the end (`to`) of that day in the organization's time zone, as `time_entries.list`
 * reads them.
 */
export async function timeEntriesOfProjects(
  sql: AnySql,
  reader: Reader,
  projectIds: readonly string[],
  range: { from?: string | null | undefined; to?: string | null | undefined },
  req: PageRequest,
): Promise<Page<TimeEntry>[]> {
  const { from, to } = range;
  checkRangeBound(from, 'from');
  checkRangeBound(to, 'to');
  const tz = sql`(select timezone from organizations where id = ${reader.orgId})`;
  const where = (keys: readonly string[]) => sql`te.org_id = ${reader.orgId} and te.project_id = any(${keyArray(sql, keys)}::text[])
      and ${projectIdVisible(sql, 'te.project_id', reader)}
      ${
        from == null
          ? sql``
          : DATE_RE.test(from)
            ? sql`and te.started_at >= (${from}::date)::timestamp at time zone ${tz}`
            : sql`and te.started_at >= ${from}::timestamptz`
      }
      ${
        to == null
          ? sql``
          : DATE_RE.test(to)
            ? sql`and te.started_at < (${to}::date + 1)::timestamp at time zone ${tz}`
            : sql`and te.started_at <= ${to}::timestamptz`
      }`;
  return childPages(
    sql,
    projectIds,
    req,
    {
      columns: entryColumns(sql, 'te'),
      from: sql`time_entries te ${entryJoins(sql, 'te')}`,
      key: sql`te.project_id`,
      where,
      order: sql`te.started_at desc, te.id desc`,
    },
    toTimeEntry,
  );
}

export const timeEntryResolvers = {
  TimeEntry: {
    user: (e, _args, ctx) => must(ctx.loaders.of('user', e.org_id, usersByIds).load(e.user_id), `user of time entry ${e.id}`),
    project: (e, _args, ctx) => (e.project_id ? ctx.loaders.of('project', e.org_id, projectsByIds, { schema: 'Project' }).load(e.project_id) : null),
    task: (e, _args, ctx) => (e.task_id ? ctx.loaders.of('task', e.org_id, tasksByIds).load(e.task_id) : null),
    duration: (e) => e.duration_secs,
  },
} satisfies Pick<Resolvers, 'TimeEntry'>;
