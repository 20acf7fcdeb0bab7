/**
 * projects.*: the organization's projects. Any member reads those they may see (projects/visibility.ts: a
 * members-only project only its project members and holders of `manage_projects`); creating, changing and
 * deleting need `manage_projects` (checked by execute()). Deleting a project deletes its tasks (FK cascade) and detaches its time entries
 * (FK set null), so tracked time survives.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { toProject, type ProjectRow } from './model.js';
import { changedColumns } from '../patch.js';
import { addProjectMember } from '../project_members/operations.js';
import { getProjectRow } from './queries.js';
import { projectAudience, projectVisible } from './visibility.js';

const UPDATABLE = ['name', 'description', 'color', 'billable', 'hourly_rate_cents', 'client_id', 'status', 'visibility'] as const;

/** `client_id` must name a client of the organization. */
async function assertClient(sql: AnySql, orgId: string, clientId: string | null | undefined): Promise<void> {
  if (!clientId) return;
  const [row] = await sql`select 1 from clients where id = ${clientId} and org_id = ${orgId}`;
  if (!row) throw notFound('Client');
}

export const projectOperations = {
  'projects.list': async ({ svc, access }, input) => {
    const page = pageRequest(input);
    const sql = svc.db;
    const where = () => sql`
      ${projectVisible(sql, 'p', access)}
      ${input.status ? sql`and p.status = ${input.status}` : sql``}
      ${input.search ? sql`and strpos(lower(p.name), lower(${input.search})) > 0` : sql``}`;
    const rows = await sql<(ProjectRow & { total: number })[]>`
      select p.*, count(*) over () as total
      from projects p
      where ${where()}
      order by p.created_at, p.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => (await sql<{ n: number }[]>`select count(*) as n from projects p where ${where()}`)[0]!.n,
    });
    return { data: result.rows.map(toProject), pagination: result.pagination };
  },

  'projects.get': async ({ svc, access }, input) => ({ data: toProject(await getProjectRow(svc.db, access, input.id)) }),

  'projects.create': async ({ svc, access }, input) => {
    const project = await withTx(svc, async (sql, emit) => {
      await assertClient(sql, access.orgId, input.client_id);
      const [row] = await sql<ProjectRow[]>`
        insert into projects ${sql({
          id: newId('prj'),
          org_id: access.orgId,
          name: input.name,
          description: input.description ?? null,
          color: input.color ?? null,
          billable: input.billable ?? true,
          hourly_rate_cents: input.hourly_rate_cents ?? null,
          client_id: input.client_id ?? null,
          status: input.status ?? 'active',
          visibility: input.visibility ?? 'organization',
          created_by: access.userId,
        })}
        returning *`;
      const entity = toProject(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'project', action: 'created', entity }));
      // A members-only project's creator is its lead, so they keep seeing it without manage_projects.
      if (entity.visibility === 'members') await addProjectMember(sql, emit, access, entity.id, access.userId, 'lead');
      return entity;
    });
    return { data: project };
  },

  'projects.update': async ({ svc, access }, input) => {
    const project = await withTx(svc, async (sql, emit) => {
      const before = await getProjectRow(sql, access, input.id, true);
      const patch = changedColumns(before, input, UPDATABLE);
      if (Object.keys(patch).length === 0) return toProject(before);
      if (patch.client_id) await assertClient(sql, access.orgId, patch.client_id);
      const [row] = await sql<ProjectRow[]>`
        update projects set ${sql(patch)}, updated_at = now()
        where id = ${before.id}
        returning *`;
      const entity = toProject(row!);
      emit(
        entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'project', action: 'updated', entity, before: toProject(before) }),
      );
      return entity;
    });
    return { data: project };
  },

  'projects.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const project = await getProjectRow(sql, access, input.id, true);
      // Who hears of the deletion is decided while its members are still there.
      const audience = await projectAudience(sql, project.id);
      const [row] = await sql<ProjectRow[]>`delete from projects where id = ${project.id} returning *`;
      if (!row) throw notFound('Project');
      const event = entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'project', action: 'deleted', entity: toProject(row) });
      emit(event.type === 'EntityChanged' ? { ...event, audience } : event);
    });
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'projects', Contexts>;
