/**
 * projects.members.*: who belongs to a project, as `lead` or `member`. Anyone who sees the project lists its
 * members; adding, changing and removing need `manage_projects` (checked by execute()). Project members see a
 * members-only project (projects/visibility.ts); roles are informational (the last lead may go). Only members of
 * the organization can be added (anyone else is NOT_FOUND); leaving the organization removes a user from its
 * projects (foreign key, migration 005).
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { ProjectMember } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx, type Emit } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { getProjectRow } from '../projects/queries.js';
import { memberColumns, toProjectMember, type ProjectMemberRow } from './model.js';

type Access = Pick<OrgAccess, 'orgId' | 'userId'>;

const UPDATABLE = ['role', 'hourly_rate_cents', 'cost_rate_cents'] as const;

/** Rates are money: setting them needs `view_rates` besides `manage_projects`. */
const setsRates = (input: { hourly_rate_cents?: unknown; cost_rate_cents?: unknown }): boolean =>
  input.hourly_rate_cents !== undefined || input.cost_rate_cents !== undefined;

async function getMemberRow(sql: AnySql, projectId: string, userId: string, lock = false): Promise<ProjectMemberRow> {
  const [row] = await sql<ProjectMemberRow[]>`
    select ${memberColumns(sql, 'm')} from project_members m join users u on u.id = m.user_id
    where m.project_id = ${projectId} and m.user_id = ${userId}
    ${lock ? sql`for update of m` : sql``}`;
  if (!row) throw new AppError('NOT_FOUND', 'Project member not found', { field: 'user_id' });
  return row;
}

/**
 * Adds `userId` (a member of the organization, else NOT_FOUND; already in the project: CONFLICT) to the project
 * and emits its `created` event. Shared with projects.create (a members-only project's creator is its lead).
 */
export async function addProjectMember(
  sql: AnySql,
  emit: Emit,
  access: Access,
  projectId: string,
  userId: string,
  role: 'lead' | 'member',
  rates: { hourly_rate_cents?: number | null | undefined; cost_rate_cents?: number | null | undefined } = {},
): Promise<ProjectMember> {
  const [member] = await sql`select 1 from members where org_id = ${access.orgId} and user_id = ${userId}`;
  if (!member) throw new AppError('NOT_FOUND', 'User not found', { field: 'user_id' });
  const inserted = await sql`
    insert into project_members ${sql({
      id: newId('pm'),
      project_id: projectId,
      org_id: access.orgId,
      user_id: userId,
      role,
      hourly_rate_cents: rates.hourly_rate_cents ?? null,
      cost_rate_cents: rates.cost_rate_cents ?? null,
    })}
    on conflict (project_id, user_id) do nothing
    returning id`;
  if (inserted.length === 0) throw conflict('This user is already a member of the project', { field: 'user_id', user_id: userId });
  const entity = toProjectMember(await getMemberRow(sql, projectId, userId));
  emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'project_member', action: 'created', entity }));
  return entity;
}

export const projectMemberOperations = {
  'projects.members.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const project = await getProjectRow(sql, access, input.project_id);
    const rows = await sql<(ProjectMemberRow & { total: string })[]>`
      select ${memberColumns(sql, 'm')}, count(*) over () as total
      from project_members m join users u on u.id = m.user_id
      where m.project_id = ${project.id}
      order by m.created_at, m.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => Number((await sql<{ n: string }[]>`select count(*) as n from project_members where project_id = ${project.id}`)[0]!.n),
    });
    return { data: result.rows.map(toProjectMember), pagination: result.pagination };
  },

  'projects.members.add': async ({ svc, access }, input) => ({
    data: await withTx(svc, async (sql, emit) => {
      if (setsRates(input)) access.require('view_rates');
      const project = await getProjectRow(sql, access, input.project_id);
      return addProjectMember(sql, emit, access, project.id, input.user_id, input.role ?? 'member', input);
    }),
  }),

  'projects.members.update': async ({ svc, access }, input) => ({
    data: await withTx(svc, async (sql, emit) => {
      if (setsRates(input)) access.require('view_rates');
      const project = await getProjectRow(sql, access, input.project_id);
      const before = await getMemberRow(sql, project.id, input.user_id, true);
      const patch = changedColumns(before, input, UPDATABLE);
      if (Object.keys(patch).length === 0) return toProjectMember(before);
      await sql`update project_members set ${sql(patch)}, updated_at = now() where id = ${before.id}`;
      const entity = toProjectMember(await getMemberRow(sql, project.id, input.user_id));
      emit(
        entityChanged({
          orgId: access.orgId,
          actorId: access.userId,
          entityType: 'project_member',
          action: 'updated',
          entity,
          before: toProjectMember(before),
        }),
      );
      return entity;
    }),
  }),

  'projects.members.remove': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      const project = await getProjectRow(sql, access, input.project_id);
      const row = await getMemberRow(sql, project.id, input.user_id, true);
      const [gone] = await sql`delete from project_members where id = ${row.id} returning id`;
      if (!gone) throw notFound('Project member');
      emit(
        entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'project_member', action: 'deleted', entity: toProjectMember(row) }),
      );
    });
    return { data: { project_id: input.project_id, user_id: input.user_id, removed: true as const } };
  },
} satisfies AreaHandlers<'project_members', Contexts>;
