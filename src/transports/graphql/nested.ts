/**
 * Fields that are not operations: relations and computed values of the REST entities, each resolved
 * through a request-scoped DataLoader (loaders.ts) so the number of SQL statements of a query does
 * not grow with the number of rows. Parents are the entities as the REST API returns them.
 */
import type { ProjectTasksArgs, ProjectTime_EntriesArgs } from '../../../generated/graphql/resolvers.js';
import type { Member, Organization, Project, Task, TimeEntry, User } from '../../../generated/models.js';
import type { GraphQLContext } from './context.js';

type NoArgs = Record<string, never>;

const present = <T>(v: T | null | Error): v is T => v !== null && !(v instanceof Error);

export const nestedResolvers = {
  Project: {
    tasks: (p: Project, args: ProjectTasksArgs, ctx: GraphQLContext) => ctx.loaders.tasksOfProject(p.org_id, args.status).load(p.id),
    time_entries: (p: Project, args: ProjectTime_EntriesArgs, ctx: GraphQLContext) =>
      ctx.loaders.timeEntriesOfProject(p.org_id, args.from, args.to).load(p.id),
    client: (p: Project, _args: NoArgs, ctx: GraphQLContext) => (p.client_id ? ctx.loaders.client(p.org_id).load(p.client_id) : null),
    task_count: async (p: Project, _args: NoArgs, ctx: GraphQLContext) => (await ctx.loaders.projectStats(p.org_id).load(p.id)).task_count,
    total_hours: async (p: Project, _args: NoArgs, ctx: GraphQLContext) => (await ctx.loaders.projectStats(p.org_id).load(p.id)).total_hours,
    hourly_rate: (p: Project) => (p.hourly_rate_cents == null ? null : p.hourly_rate_cents / 100),
  },
  Task: {
    project: (t: Task, _args: NoArgs, ctx: GraphQLContext) => ctx.loaders.project(t.org_id).load(t.project_id),
    assignees: async (t: Task, _args: NoArgs, ctx: GraphQLContext): Promise<User[]> =>
      (await ctx.loaders.user(t.org_id).loadMany(t.assignee_ids)).filter(present),
    assignee: (t: Task, _args: NoArgs, ctx: GraphQLContext) => (t.assignee_ids[0] ? ctx.loaders.user(t.org_id).load(t.assignee_ids[0]) : null),
  },
  TimeEntry: {
    user: (e: TimeEntry, _args: NoArgs, ctx: GraphQLContext) => ctx.loaders.user(e.org_id).load(e.user_id),
    project: (e: TimeEntry, _args: NoArgs, ctx: GraphQLContext) => (e.project_id ? ctx.loaders.project(e.org_id).load(e.project_id) : null),
    task: (e: TimeEntry, _args: NoArgs, ctx: GraphQLContext) => (e.task_id ? ctx.loaders.task(e.org_id).load(e.task_id) : null),
    duration: (e: TimeEntry) => e.duration_secs,
  },
  Organization: {
    members: (o: Organization, _args: NoArgs, ctx: GraphQLContext) => ctx.loaders.membersOfOrg().load(o.id),
  },
  Member: {
    user: (m: Member, _args: NoArgs, ctx: GraphQLContext) => ctx.loaders.user(m.org_id).load(m.user_id),
  },
};
