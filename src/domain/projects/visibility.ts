/**
 * Who may see a project, as SQL: the one rule (DESIGN §3, Visibility) behind every read, list, count,
 * nested GraphQL field and search of projects and of what lives in them (tasks, comments, checklists,
 * dependencies, groups, milestones, time entries), and behind who receives their events
 * (`eventAudiences`). A project whose `visibility` is `organization` is seen by every member of its
 * organization; one whose `visibility` is `members` only by its project members and by holders of
 * `manage_projects`. For anyone else it does not exist (NOT_FOUND, absent from lists and counts).
 */
import type { AnySql, postgres } from '../../platform/db.js';
import type { EmittedEvent } from '../../platform/tx.js';
import { ROLE_PERMISSIONS, ROLES } from '../../../generated/access.js';

import type { OrgAccess } from '../access.js';

/** Who reads: the organization, the user, and whether they see every project (`manage_projects`). */
export interface Reader {
  orgId: string;
  userId: string;
  seesAll: boolean;
}

/** A reader, or the caller's standing it is made from (an operation's `access`). */
export type Who = Reader | Pick<OrgAccess, 'orgId' | 'userId' | 'can'>;

export function readerOf(who: Who): Reader {
  if ('seesAll' in who) return who;
  return { orgId: who.orgId, userId: who.userId, seesAll: who.can('manage_projects') };
}

/** The permission that sees every project (and receives every project's events). */
export const SEES_ALL_PROJECTS = 'manage_projects';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * The ids of the reader's organization's projects hidden from the reader (a subquery; usually a
 * handful of rows, planned as a hashed subplan).
 */
export function hiddenProjects(sql: AnySql, who: Who): Fragment {
  const reader = readerOf(who);
  return sql`
    select hp.id from projects hp
    where hp.org_id = ${reader.orgId} and hp.visibility = 'members'
      and not exists (select 1 from project_members hm where hm.project_id = hp.id and hm.user_id = ${reader.userId})`;
}

/**
 * A condition on a project id column (`t.project_id`; may be null, e.g. a time entry without a project):
 * the reader may see that project. Does not check the organization: the caller's query already does.
 */
export function projectIdVisible(sql: AnySql, column: string, who: Who): Fragment {
  const reader = readerOf(who);
  if (reader.seesAll) return sql`true`;
  return sql`(${sql.unsafe(quoteColumn(column))} is null or ${sql.unsafe(quoteColumn(column))} not in (${hiddenProjects(sql, reader)}))`;
}

/** A condition on the `projects` row aliased `alias`: in the reader's organization and visible to them. */
export function projectVisible(sql: AnySql, alias: string, who: Who): Fragment {
  const reader = readerOf(who);
  const org = sql`${sql(alias)}.org_id = ${reader.orgId}`;
  if (reader.seesAll) return org;
  return sql`${org} and (${sql(alias)}.visibility = 'organization' or exists (
    select 1 from project_members vm where vm.project_id = ${sql(alias)}.id and vm.user_id = ${reader.userId}))`;
}

/** A condition on the `tasks` row aliased `alias`: in the reader's organization and in a project they see. */
export function taskVisible(sql: AnySql, alias: string, who: Who): Fragment {
  const reader = readerOf(who);
  return sql`${sql(alias)}.org_id = ${reader.orgId} and ${projectIdVisible(sql, `${alias}.project_id`, reader)}`;
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

/**
 * Who receives an event about something in a project: `null` = everyone the event's organization and
 * permissions allow (the project is visible to its organization, or the entity is in no project), else
 * the user ids of the members of the members-only project(s) it lives in. Holders of `manage_projects`
 * receive it either way (audience.ts).
 */
export type Audience = readonly string[] | null;

/** Where an entity of an `EntityChanged` lives: project ids, or task ids whose project it is in. */
interface Place {
  projects: string[];
  tasks: string[];
}

/** The audience an event was emitted with (undefined: to be computed at commit). */
const preset = (e: EmittedEvent): Audience | undefined =>
  e.type === 'EntityChanged' || e.type === 'ChatMessage' || e.type === 'UserTyping' ? e.audience : undefined;

function placeOf(e: EmittedEvent): Place | undefined {
  if (e.type !== 'EntityChanged' || e.user_id !== null) return undefined;
  const entity = e.data.entity as Record<string, unknown>;
  const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
  switch (e.data.entity_type) {
    case 'project':
      return { projects: str(entity.id), tasks: [] };
    case 'task':
    case 'time_entry':
    case 'task_group':
    case 'milestone':
    case 'project_member':
      return { projects: str(entity.project_id), tasks: [] };
    case 'task_comment':
    case 'checklist_item':
    case 'task_recurrence':
      return { projects: [], tasks: str(entity.task_id) };
    case 'task_dependency':
      // An edge is seen only by who sees both of its tasks.
      return { projects: [], tasks: [...str(entity.task_id), ...str(entity.depends_on_id)] };
    default:
      return undefined;
  }
}

/**
 * The audience of each event, in order (the hook withTx asks at commit, in the transaction: src/platform/tx.ts).
 * An event that already names its audience keeps it (a deleted project's, computed before its rows went).
 * One statement for all of a transaction's events, none when no event is about a project's content.
 */
export async function eventAudiences(sql: AnySql, events: readonly EmittedEvent[]): Promise<Audience[]> {
  const places = events.map((e) => (preset(e) !== undefined ? undefined : placeOf(e)));
  const keys = [...new Set(places.flatMap((p) => (p ? [...p.projects, ...p.tasks] : [])))];
  const members = new Map<string, string[]>();
  if (keys.length > 0) {
    const rows = await sql<{ key: string; members: string[] }[]>`
      select k.key, array(select m.user_id from project_members m where m.project_id = p.id order by m.user_id) as members
      from unnest(${sql.array(keys)}::text[]) as k(key)
      join projects p on p.id = coalesce((select t.project_id from tasks t where t.id = k.key), k.key)
      where p.visibility = 'members'`;
    for (const r of rows) members.set(r.key, r.members);
  }
  return events.map((e, i) => {
    const given = preset(e);
    if (given !== undefined) return given;
    const place = places[i];
    if (!place) return null;
    let audience: string[] | null = null;
    for (const key of [...place.projects, ...place.tasks]) {
      const m = members.get(key);
      if (!m) continue;
      audience = audience === null ? [...m] : audience.filter((u) => m.includes(u));
    }
    // A project member event also reaches the member it is about (they see their own removal).
    if (audience !== null && e.type === 'EntityChanged' && e.data.entity_type === 'project_member') {
      const userId = (e.data.entity as { user_id?: unknown }).user_id;
      if (typeof userId === 'string' && !audience.includes(userId)) audience.push(userId);
    }
    return audience;
  });
}

/** The audience of a project's events as it is now (a project about to be deleted: computed before its rows go). */
export async function projectAudience(sql: AnySql, projectId: string): Promise<Audience> {
  const [row] = await sql<{ visibility: string; members: string[] }[]>`
    select p.visibility, array(select m.user_id from project_members m where m.project_id = p.id order by m.user_id) as members
    from projects p where p.id = ${projectId}`;
  return row && row.visibility === 'members' ? row.members : null;
}
