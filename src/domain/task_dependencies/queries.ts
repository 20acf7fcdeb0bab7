/** The SQL of task dependencies: the links of tasks, the cycle search, the organization's whole graph. */
import type { DependencyEdge } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { keyArray } from '../graph.js';
import type { LinkRow } from './model.js';
import { readerOf } from '../projects/visibility.js';
import { taskVisible, type Reader } from './visibility.js';

/** Dependencies per task and direction (documented on `tasks.dependency.add`). */
export const MAX_PER_TASK = 100;
/** Dependencies per organization (documented on `tasks.dependency.add` and `tasks.dependencies.list_all`). */
export const MAX_PER_ORG = 50_000;

/**
 * Every link of each task of `taskIds`, in one statement: what it waits for (`blocked_by`) and what
 * waits for it (`blocks`), each oldest dependency first, naming the other task if the reader may see it.
 */
export function linksOfTasks(sql: AnySql, reader: Reader, taskIds: readonly string[]) {
  const ids = keyArray(sql, taskIds);
  return sql<LinkRow[]>`
    select x.* from (
      select d.task_id as of, 'blocked_by' as direction, d.id as dependency_id, o.id as task_id, o.title, o.status, o.project_id, d.created_at
      from task_dependencies d join tasks o on o.id = d.depends_on_id
      where d.org_id = ${readerOf(reader).orgId} and d.task_id = any(${ids}::text[]) and ${taskVisible(sql, 'o', reader)}
      union all
      select d.depends_on_id, 'blocks', d.id, o.id, o.title, o.status, o.project_id, d.created_at
      from task_dependencies d join tasks o on o.id = d.task_id
      where d.org_id = ${readerOf(reader).orgId} and d.depends_on_id = any(${ids}::text[]) and ${taskVisible(sql, 'o', reader)}
    ) x
    order by x.of, x.direction, x.created_at, x.dependency_id`;
}

/**
 * Whether `from` (transitively) waits for `to`, and if so one shortest chain `[from, …, to]`. One
 * recursive statement walks what `from` waits for (each task once: `union` drops repeats, so the work
 * is linear in the edges reached); only when `to` is among them are those edges read for the chain.
 */
export async function waitChain(sql: AnySql, orgId: string, from: string, to: string): Promise<string[] | null> {
  const edges = await sql<{ task_id: string; depends_on_id: string }[]>`
    with recursive reach(id) as (
      select ${from}::text
      union
      select d.depends_on_id from task_dependencies d join reach r on d.task_id = r.id where d.org_id = ${orgId}
    )
    select d.task_id, d.depends_on_id from task_dependencies d join reach r on d.task_id = r.id
    where d.org_id = ${orgId} and exists (select 1 from reach where id = ${to})`;
  if (edges.length === 0) return null;
  // Breadth first from `from`: the first time `to` is reached is by a shortest chain.
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.task_id, [...(next.get(e.task_id) ?? []), e.depends_on_id]);
  const parent = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) break;
    for (const n of next.get(at) ?? []) {
      if (parent.has(n)) continue;
      parent.set(n, at);
      queue.push(n);
    }
  }
  if (!parent.has(to)) return null;
  const chain = [to];
  while (chain[0] !== from) chain.unshift(parent.get(chain[0]!)!);
  return chain;
}

/** Every dependency of the organization whose two tasks the reader may see, by id, in ONE statement. */
export function allEdges(sql: AnySql, reader: Reader) {
  return sql<DependencyEdge[]>`
    select d.id, d.task_id, d.depends_on_id
    from task_dependencies d
    join tasks a on a.id = d.task_id
    join tasks b on b.id = d.depends_on_id
    where d.org_id = ${readerOf(reader).orgId} and ${taskVisible(sql, 'a', reader)} and ${taskVisible(sql, 'b', reader)}
    order by d.id`;
}

/** Serializes the dependency writes of one organization (on every instance) until the transaction ends. */
export async function lockOrgDependencies(sql: AnySql, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`task_dependencies:${orgId}`}, 0))`;
}
