/**
 * dashboard.summary: the organization's task counts (only tasks the caller may see: projects/visibility.ts) and the
 * caller's own figures, in two SQL statements (test/dashboard counts them). "Today" and the ISO week are those of
 * the organization's time zone.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { Contexts } from '../context.js';
import { projectIdVisible, readerOf } from '../projects/visibility.js';
import { entryColumns, entryJoins, toTimeEntry, type TimeEntryRow } from '../time_entries/model.js';

interface Counts {
  timezone: string;
  week_start: string;
  total_tasks: number;
  done_tasks: number;
  overdue_tasks: number;
  my_open_tasks: number;
  tracked_secs_this_week: number;
}

export const dashboardOperations = {
  'dashboard.summary': async ({ svc, access }) => {
    const sql = svc.db;
    const reader = readerOf(access);
    const me = access.userId;
    // The week runs from Monday 00:00 to the next Monday 00:00, local time (converted back to instants, so a DST
    // change inside the week is counted right); an entry counts its part inside it, a running one up to now.
    const [counts, [running]] = await Promise.all([
      sql<Counts[]>`
        select w.tz as timezone, to_char(w.week_local, 'YYYY-MM-DD') as week_start,
          k.total_tasks, k.done_tasks, k.overdue_tasks, k.my_open_tasks, coalesce(e.secs, 0)::int as tracked_secs_this_week
        from (
          select o.timezone as tz, (now() at time zone o.timezone)::date as today, date_trunc('week', now() at time zone o.timezone) as week_local
          from organizations o where o.id = ${access.orgId}
        ) w
        cross join lateral (
          select count(*)::int as total_tasks,
            count(*) filter (where s.category = 'done')::int as done_tasks,
            count(*) filter (where t.due_date < w.today and s.category is distinct from 'done' and s.category is distinct from 'cancelled')::int
              as overdue_tasks,
            count(*) filter (
              where s.category is distinct from 'done' and s.category is distinct from 'cancelled'
                and exists (select 1 from task_assignees a where a.task_id = t.id and a.user_id = ${me}))::int as my_open_tasks
          from tasks t left join task_statuses s on s.org_id = t.org_id and s.code = t.status
          where t.org_id = ${access.orgId} and ${projectIdVisible(sql, 't.project_id', reader)}
        ) k
        cross join lateral (
          select sum(floor(extract(epoch from
              least(coalesce(te.stopped_at, now()), (w.week_local + interval '7 days') at time zone w.tz)
              - greatest(te.started_at, w.week_local at time zone w.tz)))) as secs
          from time_entries te
          where te.org_id = ${access.orgId} and te.user_id = ${me}
            and te.started_at < (w.week_local + interval '7 days') at time zone w.tz
            and coalesce(te.stopped_at, now()) > w.week_local at time zone w.tz
            and ${projectIdVisible(sql, 'te.project_id', reader)}
        ) e`,
      sql<TimeEntryRow[]>`
        select ${entryColumns(sql, 'te')} from time_entries te ${entryJoins(sql, 'te')}
        where te.user_id = ${me} and te.org_id = ${access.orgId} and te.stopped_at is null
          and ${projectIdVisible(sql, 'te.project_id', reader)}`,
    ]);
    const c = counts[0]!;
    return {
      data: {
        total_tasks: c.total_tasks,
        done_tasks: c.done_tasks,
        overdue_tasks: c.overdue_tasks,
        my_open_tasks: c.my_open_tasks,
        running_timer: running ? toTimeEntry(running) : null,
        tracked_secs_this_week: c.tracked_secs_this_week,
        timezone: c.timezone,
        week_start: c.week_start,
      },
    };
  },
} satisfies AreaHandlers<'dashboard', Contexts>;
