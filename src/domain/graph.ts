/**
 * What GraphQL's nested fields run on: each field batches the keys asked for in one tick into one
 * SQL statement (a batch function of its area, `src/domain/<area>/graph.ts`) through a request-scoped
 * DataLoader, so a query costs the same number of statements for 5 rows as for 500.
 *
 * The keys come from entities an operation already returned to the caller (access was checked
 * there); every batch is scoped to one organization, and what it loads is shaped for the caller in
 * that organization (fields gated by a permission they lack are null, as in every other answer).
 */
import DataLoader from 'dataloader';
import type { GatedSchema } from '../../generated/access.js';
import type { AnySql } from '../platform/db.js';
import { resolveOrg, type OrgAccess } from './access.js';
import type { OpContext } from './context.js';
import { redact } from './visibility.js';

/** One statement for many keys of one organization: one result per key, in key order (DataLoader's contract). */
export type Batch<V> = (sql: AnySql, orgId: string, keys: readonly string[]) => Promise<V[]>;

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
  of<V>(name: string, orgId: string, batch: Batch<V>, opts: { variant?: string; schema?: GatedSchema } = {}): DataLoader<string, V> {
    const key = `${name}\u0000${orgId}\u0000${opts.variant ?? ''}`;
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      const schema = opts.schema;
      loader = new DataLoader<string, V>(
        async (keys) => {
          const values = await batch(this.op.svc.db, orgId, keys);
          if (!schema) return values;
          const { can } = await this.access(orgId);
          return values.map((v) => (Array.isArray(v) ? (v.map((e: unknown) => redact(schema, e, can)) as V) : redact(schema, v, can)));
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
