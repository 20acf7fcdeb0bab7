/**
 * Who may see a project, as SQL: the one rule (DESIGN §3, Visibility) behind every read, list, count,
 * nested GraphQL field and search of projects and of what lives in them (tasks, comments, checklists,
 * dependencies, groups, milestones, time entries). A project whose `visibility` is `organization` is
 * seen by every member of its organization; one whose `visibility` is `members` only by its project
 * members and by holders of `manage_projects`. For anyone else it does not exist (NOT_FOUND, absent
 * from lists).
 */
import type { AnySql, postgres } from '../../platform/db.js';
import { ROLE_PERMISSIONS, ROLES } from '../../../generated/access.js';
import type { OrgAccess } from '../access.js';

/** Who reads: the organization, the user, and whether they see every project (`manage_projects`). */
export interface Reader {
  orgId: string;
  userId: string;
  seesAll: boolean;
}

export function readerOf(access: Pick<OrgAccess, 'orgId' | 'userId' | 'can'>): Reader {
  return { orgId: access.orgId, userId: access.userId, seesAll: access.can('manage_projects') };
}

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * The ids of the reader's organization's projects hidden from the reader (a subquery; usually a
 * handful of rows, planned as a hashed subplan).
 */
export function hiddenProjects(sql: AnySql, reader: Reader): Fragment {
  return sql`
    select hp.id from projects hp
    where hp.org_id = ${reader.orgId} and hp.visibility = 'members'
      and not exists (select 1 from project_members hm where hm.project_id = hp.id and hm.user_id = ${reader.userId})`;
}

/**
 * A condition on a project id column (`t.project_id`; may be null, e.g. a time entry without a project):
 * the reader may see that project. Does not check the organization: the caller's query already does.
 */
export function projectIdVisible(sql: AnySql, column: string, reader: Reader): Fragment {
  if (reader.seesAll) return sql`true`;
  return sql`(${sql.unsafe(quoteColumn(column))} is null or ${sql.unsafe(quoteColumn(column))} not in (${hiddenProjects(sql, reader)}))`;
}

/** A condition on the `projects` row aliased `alias`: in the reader's organization and visible to them. */
export function projectVisible(sql: AnySql, alias: string, reader: Reader): Fragment {
  const org = sql`${sql(alias)}.org_id = ${reader.orgId}`;
  if (reader.seesAll) return org;
  return sql`${org} and (${sql(alias)}.visibility = 'organization' or exists (
    select 1 from project_members vm where vm.project_id = ${sql(alias)}.id and vm.user_id = ${reader.userId}))`;
}

/** Roles that hold `manage_projects` unless a member's override turns it off. */
const ROLES_SEEING_ALL = ROLES.filter((r) => (ROLE_PERMISSIONS[r] as readonly string[]).includes('manage_projects'));

/**
 * The same rule from the other side, for many readers at once (who is told about a project's task): a condition on
 * the `members` row aliased `member` (its `role`, `permissions` overrides and `user_id`) that this member may see
 * the project whose id is in `projectColumn` (`c.project_id`), of the member's organization.
 */
export function memberSeesProject(sql: AnySql, member: string, projectColumn: string): Fragment {
  const m = sql(member);
  const projectId = sql.unsafe(quoteColumn(projectColumn));
  return sql`(
    coalesce((${m}.permissions ->> 'manage_projects')::boolean, ${m}.role = any(${sql.array(ROLES_SEEING_ALL)}::text[]))
    or exists (
      select 1 from projects sp
      where sp.id = ${projectId} and sp.org_id = ${m}.org_id
        and (sp.visibility = 'organization'
          or exists (select 1 from project_members sm where sm.project_id = sp.id and sm.user_id = ${m}.user_id))))`;
}

/** `alias.column` as a quoted SQL identifier pair (only letters, digits and `_` are accepted). */
function quoteColumn(column: string): string {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(column)) throw new Error(`not a column reference: ${column}`);
  return column
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
