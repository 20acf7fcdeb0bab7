/**
 * GraphQL for clients: `Project.client` (the full client) and `Client.projects` (a page of the projects the
 * reader may see), each one statement per query whatever the number of projects or clients.
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Client, Project } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { byKey, childPages, keyArray, nestedPage, pageVariant, type Batch, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import { toProject } from '../projects/model.js';
import { projectVisible, type Reader } from '../projects/visibility.js';
import { toClient, type ClientRow } from './model.js';

export const clientsByIds: Batch<Client | null> = async (sql, { orgId }, ids) => {
  const rows = await sql<ClientRow[]>`
    select c.* from clients c where c.org_id = ${orgId} and c.id = any(${keyArray(sql, ids)}::text[])`;
  return byKey(ids, rows.map(toClient), (c) => c.id, null);
};

/** One page of each client's projects the reader may see, oldest first (as `projects.list`). */
export const projectsOfClients = (sql: AnySql, reader: Reader, clientIds: readonly string[], req: PageRequest): Promise<Page<Project>[]> =>
  childPages(
    sql,
    clientIds,
    req,
    {
      columns: sql`p.*`,
      from: sql`projects p`,
      key: sql`p.client_id`,
      where: (keys) => sql`p.org_id = ${reader.orgId} and p.client_id = any(${keyArray(sql, keys)}::text[]) and ${projectVisible(sql, 'p', reader)}`,
      order: sql`p.created_at, p.id`,
    },
    toProject,
  );

export const clientResolvers = {
  Project: {
    client: (p, _args, ctx) => (p.client_id ? ctx.loaders.of('client', p.org_id, clientsByIds).load(p.client_id) : null),
  },
  Client: {
    projects: (c, args, ctx) => {
      const req = nestedPage(args);
      return ctx.loaders
        .of('projectsOfClient', c.org_id, (sql, reader, ids) => projectsOfClients(sql, reader, ids, req), {
          variant: pageVariant(req),
          schema: 'Project',
        })
        .load(c.id);
    },
  },
} satisfies Pick<Resolvers, 'Project' | 'Client'>;
