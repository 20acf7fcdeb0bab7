/** GraphQL for project members: `Project.members` (one statement per query) and `ProjectMember.user`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { ProjectMember } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { childPages, keyArray, nestedPage, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { projectIdVisible, type Reader } from '../projects/visibility.js';
import { must } from '../tasks/graph.js';
import { usersByIds } from '../users/graph.js';
import { memberColumns, toProjectMember } from './model.js';

/** One page of each project's members (of projects the reader may see), in the order they were added. */
export const membersOfProjects = (sql: AnySql, reader: Reader, projectIds: readonly string[], req: PageRequest): Promise<Page<ProjectMember>[]> =>
  childPages(
    sql,
    projectIds,
    req,
    {
      columns: memberColumns(sql, 'm'),
      from: sql`project_members m join users u on u.id = m.user_id`,
      key: sql`m.project_id`,
      where: (keys) =>
        sql`m.org_id = ${reader.orgId} and m.project_id = any(${keyArray(sql, keys)}::text[]) and ${projectIdVisible(sql, 'm.project_id', reader)}`,
      order: sql`m.created_at, m.id`,
    },
    toProjectMember,
  );

export const projectMemberResolvers = {
  Project: {
    members: (p, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('membersOfProject', p.org_id, (sql, reader, ids) => membersOfProjects(sql, reader, ids, req), {
          variant: pageVariant(req),
          schema: 'ProjectMember',
        })
        .load(p.id);
    },
  },
  ProjectMember: {
    user: (m, _args, ctx) => must(ctx.loaders.of('user', m.org_id, usersByIds).load(m.user_id), `user of project member ${m.id}`),
  },
} satisfies Pick<Resolvers, 'Project' | 'ProjectMember'>;
