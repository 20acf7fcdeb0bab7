/**
 * GraphQL for milestones: `Task.milestone` and `Project.milestones`, each one statement per query whatever the
 * number of tasks or projects (the counts come with the rows).
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Milestone } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { projectIdVisible, type Reader } from '../projects/visibility.js';
import { toMilestone, type MilestoneRow } from './model.js';
import { milestoneColumns } from './queries.js';

export const milestonesByIds: Batch<Milestone | null> = async (sql, reader, ids) => {
  const rows = await sql<MilestoneRow[]>`
    select ${milestoneColumns(sql, 'm')} from milestones m
    where m.org_id = ${reader.orgId} and m.id = any(${keyArray(sql, ids)}::text[]) and ${projectIdVisible(sql, 'm.project_id', reader)}`;
  return byKey(ids, rows.map(toMilestone), (m) => m.id, null);
};

/** One page of each project's milestones, by target date (their task counts computed for the page's rows only). */
export const milestonesOfProjects = (sql: AnySql, reader: Reader, projectIds: readonly string[], req: PageRequest): Promise<Page<Milestone>[]> =>
  childPages(
    sql,
    projectIds,
    req,
    {
      columns: sql`m.*`,
      from: sql`milestones m`,
      key: sql`m.project_id`,
      where: (keys) =>
        sql`m.org_id = ${reader.orgId} and m.project_id = any(${keyArray(sql, keys)}::text[]) and ${projectIdVisible(sql, 'm.project_id', reader)}`,
      order: sql`m.target_date, m.id`,
      outer: milestoneColumns(sql, 'x'),
    },
    toMilestone,
  );

export const milestoneResolvers = {
  Task: {
    milestone: (t, _args, ctx) => (t.milestone_id ? ctx.loaders.of('milestone', t.org_id, milestonesByIds).load(t.milestone_id) : null),
  },
  Project: {
    milestones: (p, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('milestonesOfProject', p.org_id, (sql, org, ids) => milestonesOfProjects(sql, org, ids, req), { variant: pageVariant(req) })
        .load(p.id);
    },
  },
} satisfies Pick<Resolvers, 'Task' | 'Project'>;
