/**
 * What GraphQL's nested fields run on: each field batches the keys asked for in one tick into one
 * SQL statement (a batch function of its area, `src/domain/<area>/graph.ts`) through a request-scoped
 * DataLoader, so a query costs the same number of statements for 5 rows as for 500.
 *
 * The keys come from entities an operation already returned to the caller (access was checked
 * there); every batch is scoped to one organization and to what the caller may see there (a
 * members-only project they are not in, and everything in it, is absent: projects/visibility.ts), and
 * what it loads is shaped for the caller (fields gated by a permission they lack are null, as in every
 * other answer).
 */
import DataLoader from 'dataloader';
import type { GatedSchema } from '../../generated/access.js';
import type { AnySql, postgres } from '../platform/db.js';
import { validationError } from '../platform/errors.js';
import { resolveOrg, type OrgAccess } from './access.js';
import type { OpContext } from './context.js';
import { MAX_PER_PAGE, pageRequest, pagination, type PageRequest, type Pagination } from './pagination.js';
import { readerOf, type Reader } from './projects/visibility.js';
import { redact } from './visibility.js';

/**
 * One statement for many keys of one organization: one result per key, in key order (DataLoader's contract).
 * `reader` is the caller in that organization: a batch loads only what they may see (projects/visibility.ts).
 */
export type Batch<V> = (sql: AnySql, reader: Reader, keys: readonly string[]) => Promise<V[]>;

/** Largest batch a loader sends in one statement. */
const MAX_BATCH = 1000;

export class GraphLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private readonly accesses = new Map<string, Promise<OrgAccess>>();

  constructor(private readonly op: OpContext) {}

  /** The caller's standing in `orgId`, resolved once per request. */
  access(orgId: string): Promise<OrgAccess> {
    let access = this.accesses.get(orgId);
    if (!access) this.accesses.set(orgId, (access = resolveOrg(this.op, orgId, false)));
    return access;
  }

  /**
   * The loader `name` of organization `orgId` (with `variant` for fields with arguments), created on
   * first use. `schema` names the entity type it loads when that type has gated fields.
   */
  of<V>(
    name: string,
    orgId: string,
    batch: Batch<V>,
    opts: { variant?: string; schema?: GatedSchema; /** `orgId` names no organization (a batch across the caller's own). */ unscoped?: boolean } = {},
  ): DataLoader<string, V> {
    const key = `${name}\u0000${orgId}\u0000${opts.variant ?? ''}`;
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      const schema = opts.schema;
      loader = new DataLoader<string, V>(
        async (keys) => {
          if (opts.unscoped) return batch(this.op.svc.db, { orgId, userId: this.op.actor?.userId ?? '', seesAll: false }, keys);
          const access = await this.access(orgId);
          const values = await batch(this.op.svc.db, readerOf(access), keys);
          if (!schema) return values;
          const { can } = access;
          const shape = (e: unknown): unknown => redact(schema, e, can);
          return values.map((v) => {
            if (Array.isArray(v)) return v.map(shape) as V;
            if (isPage(v)) return { ...v, data: v.data.map(shape) };
            return shape(v) as V;
          });
        },
        { maxBatchSize: MAX_BATCH },
      );
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** What every GraphQL resolver receives: the operation context and the request's loaders. */
export interface GraphContext {
  op: OpContext;
  loaders: GraphLoaders;
  /** Set by the transport when the request's time budget ran out: resolvers stop instead of loading. */
  budget?: { expired: boolean };
  /**
   * Set by graphql-ws: called when a subscriber falls further behind than a subscription may buffer
   * (the client stopped reading). The transport closes the connection as a slow consumer (4010) rather
   * than drop events the client would never know it missed.
   */
  onSlowConsumer?: () => void;
}

/** One value per key, in key order: keys without a row get `fallback`. */
export function byKey<T, F>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string, fallback: F): (T | F)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Rows grouped per key, in key order (keys without rows get an empty list). */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const r of rows) groups.get(keyOf(r))?.push(r);
  return keys.map((k) => groups.get(k)!);
}

/** A text[] parameter of the keys. */
export const keyArray = (sql: AnySql, keys: readonly string[]) => sql.array([...keys]);

/** A page of a nested list field: the same `{ data, pagination }` a root list answers. */
export interface Page<T> {
  data: T[];
  pagination: Pagination;
}

function isPage(v: unknown): v is Page<unknown> {
  return v !== null && typeof v === 'object' && Array.isArray((v as Page<unknown>).data) && 'pagination' in v;
}

/** The page a nested list field asks for (`page`, `perPage` as on root lists: 1 to 100, default 25). */
export function nestedPage(args: { page?: number | null | undefined; perPage?: number | null | undefined }): PageRequest {
  const { page, perPage } = args;
  if (perPage != null && (perPage < 1 || perPage > MAX_PER_PAGE)) throw validationError(`perPage must be 1 to ${MAX_PER_PAGE}`, { field: 'perPage' });
  if (page != null && page < 1) throw validationError('page must be 1 or more', { field: 'page' });
  return pageRequest({ page: page ?? undefined, per_page: perPage ?? undefined });
}

/** A loader variant naming the page asked for. */
export const pageVariant = (req: PageRequest): string => `${req.page}/${req.perPage}`;

/** SQL bounds of a page over `row_number()` (1-based): `rn > from and rn <= to`. */
export const pageBounds = (req: PageRequest): { from: number; to: number } => ({ from: req.offset, to: req.offset + req.perPage });

/**
 * One page per key, in key order, from the rows of every key's page (each carrying `total`, its key's
 * count over a window). A key with no row on the page (empty, or a page past its end) gets its total
 * from `countOf`, asked once for all such keys when the page is not the first.
 */
export async function pagesByKey<R extends { total: number | string }, T>(
  keys: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string,
  toItem: (row: R) => T,
  req: PageRequest,
  countOf: (keys: readonly string[]) => Promise<{ key: string; n: number | string }[]>,
): Promise<Page<T>[]> {
  const groups = groupByKey(keys, rows, keyOf);
  const missing = keys.filter((_k, i) => groups[i]!.length === 0);
  const counts = new Map<string, number>();
  if (missing.length > 0 && req.offset > 0) for (const c of await countOf(missing)) counts.set(c.key, Number(c.n));
  return groups.map((g, i) => ({
    data: g.map(toItem),
    pagination: pagination(g.length > 0 ? Number(g[0]!.total) : (counts.get(keys[i]!) ?? 0), req),
  }));
}

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** How `childPages` finds the children of a set of parents (SQL fragments, with the table's alias). */
export interface ChildQuery {
  /** What to select of each child row (e.g. `c.*`); the row `toItem` gets, plus `total`. */
  columns: Fragment;
  /** The table(s), aliased: `task_comments c`. */
  from: Fragment;
  /** The parent key of a child row: `c.task_id`. */
  key: Fragment;
  /** The children of `keys` (the organization's filter included): `c.org_id = … and c.task_id = any(…)`. */
  where: (keys: readonly string[]) => Fragment;
  /** Their order within one parent, ending with a unique column: `c.created_at, c.id`. */
  order: Fragment;
  /** Selected from the page's rows `x` instead of `x.*`, for columns worth computing only for them. */
  outer?: Fragment;
}

/**
 * One page of children for each parent key, in key order, with ONE statement for all of them (a window
 * function numbers each parent's children), plus one count for the parents with nothing on a later page. The
 * batch behind every paginated nested field (`Project.tasks`, `Task.comments`, …).
 */
export async function childPages<R extends object, T>(
  sql: AnySql,
  keys: readonly string[],
  req: PageRequest,
  q: ChildQuery,
  toItem: (row: R) => T,
): Promise<Page<T>[]> {
  const { from, to } = pageBounds(req);
  const rows = await sql<(R & { total: string; page_key: string })[]>`
    select ${q.outer ? sql`${q.outer}, x.total, x.page_key` : sql`x.*`} from (
      select ${q.columns}, ${q.key} as page_key,
        count(*) over (partition by ${q.key}) as total,
        row_number() over (partition by ${q.key} order by ${q.order}) as rn
      from ${q.from} where ${q.where(keys)}
    ) x
    where x.rn > ${from} and x.rn <= ${to}
    order by x.page_key, x.rn`;
  return pagesByKey(
    keys,
    rows,
    (r) => r.page_key,
    toItem,
    req,
    (missing) => sql<{ key: string; n: string }[]>`select ${q.key} as key, count(*) as n from ${q.from} where ${q.where(missing)} group by ${q.key}`,
  );
}
