/**
 * Batch look-ups behind GraphQL's nested fields (one DataLoader per field and request, in
 * src/transports/graphql/loaders.ts). Each function is ONE SQL statement for a whole batch of keys,
 * scoped to one organization, and returns one result per key in key order (DataLoader's contract),
 * so a query costs the same number of statements for 5 rows as for 500.
 *
 * The keys come from entities an operation already returned to the caller (access was checked
 * there); the organization filter keeps a batch from ever reaching outside it.
 */
import type { Member, Project, Task, TimeEntry, User } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { validationError } from '../../platform/errors.js';
import { toMember, type MemberRow } from '../members/model.js';
import { toProject, type ProjectRow } from '../projects/model.js';
import { toTask, type TaskRow } from '../tasks/model.js';
import { taskColumns } from '../tasks/queries.js';
import { toTimeEntry, type TimeEntryRow } from '../time-entries/model.js';
import { toUser, type UserRow } from '../users/model.js';

export interface ClientRef {
  id: string;
  name: string;
}

export interface ProjectStats {
  task_count: number;
  /** Hours of finished entries, 2 decimals. */
  total_hours: number;
}

/** One value per key, in key order: `undefined` keys (not found) become `fallback`. */
function byKey<T, F>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string, fallback: F): (T | F)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Rows grouped per key, in key order (keys without rows get an empty list). */
function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) groups.get(keyOf(r))?.push(r);
  return keys.map((k) => groups.get(k)!);
}

const textArray = (sql: AnySql, ids: readonly string[]) => sql.array([...ids]);

export async function projectsByIds(sql: AnySql, orgId: string, ids: readonly string[]): Promise<(Project | null)[]> {
  const rows = await sql<ProjectRow[]>`
    select p.* from projects p where p.org_id = ${orgId} and p.id = any(${textArray(sql, ids)}::text[])`;
  return byKey(ids, rows.map(toProject), (p) => p.id, null);
}

export async function tasksByIds(sql: AnySql, orgId: string, ids: readonly string[]): Promise<(Task | null)[]> {
  const rows = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t where t.org_id = ${orgId} and t.id = any(${textArray(sql, ids)}::text[])`;
  return byKey(ids, rows.map(toTask), (t) => t.id, null);
}

export async function clientsByIds(sql: AnySql, orgId: string, ids: readonly string[]): Promise<(ClientRef | null)[]> {
  const rows = await sql<ClientRef[]>`
    select c.id, c.name from clients c where c.org_id = ${orgId} and c.id = any(${textArray(sql, ids)}::text[])`;
  return byKey(ids, rows, (c) => c.id, null);
}

/**
 * Users the organization knows: its members, and people whose time entries or assignments it keeps
 * (former members). Anyone else is `null`.
 */
export async function usersByIds(sql: AnySql, orgId: string, ids: readonly string[]): Promise<(User | null)[]> {
  const rows = await sql<UserRow[]>`
    select u.* from users u
    where u.id = any(${textArray(sql, ids)}::text[])
      and (exists (select 1 from members m where m.user_id = u.id and m.org_id = ${orgId})
        or exists (select 1 from task_assignees a where a.user_id = u.id and a.org_id = ${orgId})
        or exists (select 1 from time_entries te where te.user_id = u.id and te.org_id = ${orgId}))`;
  return byKey(ids, rows.map(toUser), (u) => u.id, null);
}

/** The projects' tasks by position, optionally of one status. */
export async function tasksOfProjects(
  sql: AnySql,
  orgId: string,
  projectIds: readonly string[],
  filter: { status?: string | null | undefined },
): Promise<Task[][]> {
  const rows = await sql<TaskRow[]>`
    select ${taskColumns(sql, 't')} from tasks t
    where t.org_id = ${orgId} and t.project_id = any(${textArray(sql, projectIds)}::text[])
      ${filter.status ? sql`and t.status = ${filter.status}` : sql``}
    order by t.position, t.created_at, t.id`;
  return groupByKey(projectIds, rows.map(toTask), (t) => t.project_id);
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** `from`/`to` must be a date (`YYYY-MM-DD`) or an RFC 3339 instant. */
export function checkRangeBound(value: string | null | undefined, field: 'from' | 'to'): void {
  if (value == null) return;
  const ok = (DATE_RE.test(value) || INSTANT_RE.test(value)) && !Number.isNaN(Date.parse(DATE_RE.test(value) ? `${value}T00:00:00Z` : value));
  if (!ok) throw validationError(`${field} must be a date (YYYY-MM-DD) or an RFC 3339 date-time`, { field });
}

/**
 * The projects' time entries, newest first, started within [from, to]: a date means the start
 * (`from`) or the end (`to`) of that day in the organization's time zone, as `time_entries.list` reads them.
 */
export async function timeEntriesOfProjects(
  sql: AnySql,
  orgId: string,
  projectIds: readonly string[],
  range: { from?: string | null | undefined; to?: string | null | undefined },
): Promise<TimeEntry[][]> {
  const { from, to } = range;
  checkRangeBound(from, 'from');
  checkRangeBound(to, 'to');
  const tz = sql`(select timezone from organizations where id = ${orgId})`;
  const rows = await sql<TimeEntryRow[]>`
    select te.* from time_entries te
    where te.org_id = ${orgId} and te.project_id = any(${textArray(sql, projectIds)}::text[])
      ${from == null ? sql`` : DATE_RE.test(from)
        ? sql`and te.started_at >= (${from}::date)::timestamp at time zone ${tz}`
        : sql`and te.started_at >= ${from}::timestamptz`}
      ${to == null ? sql`` : DATE_RE.test(to)
        ? sql`and te.started_at < (${to}::date + 1)::timestamp at time zone ${tz}`
        : sql`and te.started_at <= ${to}::timestamptz`}
    order by te.started_at desc, te.id desc`;
  return groupByKey(projectIds, rows.map(toTimeEntry), (e) => e.project_id!);
}

/** Task count (all statuses) and hours of finished time entries, per project. */
export async function projectStats(sql: AnySql, orgId: string, projectIds: readonly string[]): Promise<ProjectStats[]> {
  const rows = await sql<{ id: string; task_count: number; total_secs: number }[]>`
    select p.id,
      (select count(*) from tasks t where t.project_id = p.id) as task_count,
      (select coalesce(sum(floor(extract(epoch from te.stopped_at - te.started_at))), 0)
         from time_entries te where te.project_id = p.id and te.stopped_at is not null) as total_secs
    from projects p
    where p.org_id = ${orgId} and p.id = any(${textArray(sql, projectIds)}::text[])`;
  const stats = rows.map((r) => ({ id: r.id, task_count: Number(r.task_count), total_hours: Math.round(Number(r.total_secs) / 36) / 100 }));
  return byKey(projectIds, stats, (s) => s.id, { id: '', task_count: 0, total_hours: 0 }).map(({ task_count, total_hours }) => ({ task_count, total_hours }));
}

/** Members of the organizations, in the order they joined; only organizations `callerId` belongs to. */
export async function membersOfOrgs(sql: AnySql, callerId: string, orgIds: readonly string[]): Promise<Member[][]> {
  const rows = await sql<MemberRow[]>`
    select m.org_id, m.user_id, m.role, m.permissions, m.created_at as joined_at, u.name, u.email, u.avatar_url
    from members m join users u on u.id = m.user_id
    where m.org_id = any(${textArray(sql, orgIds)}::text[])
      and exists (select 1 from members me where me.org_id = m.org_id and me.user_id = ${callerId})
    order by m.created_at, m.user_id`;
  return groupByKey(orgIds, rows.map(toMember), (m) => m.org_id);
}
