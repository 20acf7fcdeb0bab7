/**
 * Fields that are not operations: relations and computed values of the REST entities, each resolved
 * through a request-scoped DataLoader (loaders.ts) so the number of SQL statements of a query does
 * not grow with the number of rows. Parents are the entities as the REST API returns them.
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { User } from '../../../generated/models.js';

const present = <T>(v: T | null | Error): v is T => v !== null && !(v instanceof Error);

/** For non-null relations, which foreign keys guarantee: a miss is a bug, reported as INTERNAL_ERROR. */
const must = async <T>(v: Promise<T | null>, what: string): Promise<T> => {
  const value = await v;
  if (value === null) throw new Error(`${what} is missing`);
  return value;
};

export const nestedResolvers = {
  Project: {
    tasks: (p, args, ctx) => ctx.loaders.tasksOfProject(p.org_id, args.status).load(p.id),
    time_entries: (p, args, ctx) =>
      ctx.loaders.timeEntriesOfProject(p.org_id, args.from, args.to).load(p.id),
    client: (p, _args, ctx) => (p.client_id ? ctx.loaders.client(p.org_id).load(p.client_id) : null),
    task_count: async (p, _args, ctx) => (await ctx.loaders.projectStats(p.org_id).load(p.id)).task_count,
    total_hours: async (p, _args, ctx) => (await ctx.loaders.projectStats(p.org_id).load(p.id)).total_hours,
    hourly_rate: (p) => (p.hourly_rate_cents == null ? null : p.hourly_rate_cents / 100),
  },
  Task: {
    project: (t, _args, ctx) => must(ctx.loaders.project(t.org_id).load(t.project_id), `project of task ${t.id}`),
    assignees: async (t, _args, ctx): Promise<User[]> =>
      (await ctx.loaders.user(t.org_id).loadMany(t.assignee_ids)).filter(present),
    assignee: (t, _args, ctx) => (t.assignee_ids[0] ? ctx.loaders.user(t.org_id).load(t.assignee_ids[0]) : null),
  },
  TimeEntry: {
    user: (e, _args, ctx) => must(ctx.loaders.user(e.org_id).load(e.user_id), `user of time entry ${e.id}`),
    project: (e, _args, ctx) => (e.project_id ? ctx.loaders.project(e.org_id).load(e.project_id) : null),
    task: (e, _args, ctx) => (e.task_id ? ctx.loaders.task(e.org_id).load(e.task_id) : null),
    duration: (e) => e.duration_secs,
  },
  Organization: {
    members: (o, _args, ctx) => ctx.loaders.membersOfOrg().load(o.id),
  },
  Member: {
    user: (m, _args, ctx) => must(ctx.loaders.user(m.org_id).load(m.user_id), `user of member ${m.user_id}`),
  },
} satisfies Pick<Resolvers, 'Project' | 'Task' | 'TimeEntry' | 'Organization' | 'Member'>;
