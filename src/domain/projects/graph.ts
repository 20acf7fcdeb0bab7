/** GraphQL for projects: the batch queries behind `Project`'s nested fields and those fields. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Project } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { validateInput } from '../execute.js';
import { byKey, keyArray, nestedPage, pageVariant, type Batch } from '../graph.js';
import { tasksOfProjects } from '../tasks/graph.js';
import { timeEntriesOfProjects } from '../time_entries/graph.js';
import { toProject, type ProjectRow } from './model.js';
import { projectVisible, type Reader } from './visibility.js';

export interface ProjectStats {
  task_count: number;
  /** Hours of finished entries, 2 decimals. */
  total_hours: number;
}

export const projectsByIds: Batch<Project | null> = async (sql, reader, ids) => {
  const rows = await sql<ProjectRow[]>`
    select p.* from projects p where p.id = any(${keyArray(sql, ids)}::text[]) and ${projectVisible(sql, 'p', reader)}`;
  return byKey(ids, rows.map(toProject), (p) => p.id, null);
};

/**
 * Task count (all statuses) and hours of finished time entries, per project the reader may see (everything in a
 * project is as visible as the project: a hidden one counts nothing).
 */
export async function projectStats(sql: AnySql, reader: Reader, projectIds: readonly string[]): Promise<ProjectStats[]> {
  const rows = await sql<{ id: string; task_count: number; total_secs: number }[]>`
    select p.id,
      (select count(*) from tasks t where t.project_id = p.id) as task_count,
      (select coalesce(sum(floor(extract(epoch from te.stopped_at - te.started_at))), 0)
         from time_entries te where te.project_id = p.id and te.stopped_at is not null) as total_secs
    from projects p
    where p.id = any(${keyArray(sql, projectIds)}::text[]) and ${projectVisible(sql, 'p', reader)}`;
  const stats = rows.map((r) => ({ id: r.id, task_count: Number(r.task_count), total_hours: Math.round(Number(r.total_secs) / 36) / 100 }));
  return byKey(projectIds, stats, (s) => s.id, { id: '', task_count: 0, total_hours: 0 }).map(({ task_count, total_hours }) => ({
    task_count,
    total_hours,
  }));
}

export const projectResolvers = {
  Project: {
    tasks: (p, args, ctx) => {
      // The filter is `tasks.list`'s: the same generated validation (its status values, the text rule).
      if (args.status != null) validateInput('tasks.list', { status: args.status });
      const req = nestedPage(args);
      return ctx.loaders
        .of('tasksOfProject', p.org_id, (sql, reader, ids) => tasksOfProjects(sql, reader, ids, { status: args.status }, req), {
          variant: `${args.status ?? ''}\u0000${pageVariant(req)}`,
        })
        .load(p.id);
    },
    time_entries: (p, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('entriesOfProject', p.org_id, (sql, reader, ids) => timeEntriesOfProjects(sql, reader, ids, { from: args.from, to: args.to }, req), {
          variant: `${args.from ?? ''}\u0000${args.to ?? ''}\u0000${pageVariant(req)}`,
          schema: 'TimeEntry',
        })
        .load(p.id);
    },
    // `client`: clients/graph.ts.
    task_count: async (p, _args, ctx) => (await ctx.loaders.of('projectStats', p.org_id, projectStats).load(p.id)).task_count,
    total_hours: async (p, _args, ctx) => (await ctx.loaders.of('projectStats', p.org_id, projectStats).load(p.id)).total_hours,
    // The parent is already shaped for the reader: without view_rates its cents are null, and so is this.
    hourly_rate: (p) => (p.hourly_rate_cents == null ? null : p.hourly_rate_cents / 100),
  },
} satisfies Pick<Resolvers, 'Project'>;
