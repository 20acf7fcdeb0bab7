/**
 * What a reader may see of an entity. Fields gated by a permission are declared once in the specs
 * (`x-permission` on a schema property, e.g. `hourly_rate_cents` needs `view_rates`) and generated
 * into generated/access.ts; a reader without the permission sees `null` there, whichever door the
 * entity leaves by: an operation's answer (`shapeOutput`, applied by execute()), a GraphQL nested
 * field (the loaders shape what they load) and a pushed event (`shapeChange`, per receiver).
 */
import { GATED_FIELDS, OUTPUT_GATES, type Permission } from '../../generated/access.js';
import { ENTITY_SCHEMAS, type EntityType } from '../../generated/events.js';
import type { OperationName } from '../../generated/operations.js';

export type Can = (p: Permission) => boolean;

type Fields = Readonly<Record<string, Permission>>;

const fieldsOf = (schema: string): Fields | undefined => (GATED_FIELDS as Readonly<Record<string, Fields>>)[schema];

/**
 * `entity` as a reader with `can` sees it: each gated field it lacks the permission for is `null`.
 * `schema` names the entity's schema: a `GatedSchema`, or any other name (nothing is gated then).
 */
export function redact<T>(schema: string, entity: T, can: Can): T {
  const fields = fieldsOf(schema);
  if (!fields || entity === null || typeof entity !== 'object') return entity;
  let copy: Record<string, unknown> | undefined;
  for (const [field, perm] of Object.entries(fields)) {
    const value = (entity as Record<string, unknown>)[field];
    if (value === null || value === undefined || can(perm)) continue;
    copy ??= { ...(entity as Record<string, unknown>) };
    copy[field] = null;
  }
  return (copy ?? entity) as T;
}

/** Applies `fn` at `path` inside `value` (`*` = every item), copying only what changes. */
function mapAt(value: unknown, path: readonly string[], fn: (v: unknown) => unknown): unknown {
  if (path.length === 0) return fn(value);
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (head === '*') {
    if (!Array.isArray(value)) return value;
    let changed = false;
    const out = value.map((item) => {
      const next = mapAt(item, rest, fn);
      changed ||= next !== item;
      return next;
    });
    return changed ? out : value;
  }
  const obj = value as Record<string, unknown>;
  const next = mapAt(obj[head!], rest, fn);
  return next === obj[head!] ? value : { ...obj, [head!]: next };
}

/** An operation's answer as its caller may see it (OUTPUT_GATES says where gated entities sit). */
export function shapeOutput<T>(op: OperationName, output: T, can: Can): T {
  const gates = OUTPUT_GATES[op];
  if (!gates) return output;
  let out: unknown = output;
  for (const gate of gates) out = mapAt(out, gate.path, (v) => redact(gate.schema, v, can));
  return out as T;
}

/** Whether an entity type has fields some readers may not see (its events are then shaped per receiver). */
export function isGatedEntity(type: string): boolean {
  return fieldsOf(ENTITY_SCHEMAS[type as EntityType] ?? '') !== undefined;
}

/**
 * An `EntityChanged` payload as a receiver with `can` may see it: its entity redacted, and the
 * `changes` of fields it may not see left out.
 */
export function shapeChange<T extends { entity_type: string; entity: unknown; changes?: Record<string, unknown> | undefined }>(data: T, can: Can): T {
  const fields = fieldsOf(ENTITY_SCHEMAS[data.entity_type as EntityType] ?? '');
  if (!fields) return data;
  const entity = redact(ENTITY_SCHEMAS[data.entity_type as EntityType], data.entity, can);
  let changes = data.changes;
  if (changes) {
    const hidden = Object.entries(fields).filter(([field, perm]) => field in changes! && !can(perm));
    if (hidden.length) changes = Object.fromEntries(Object.entries(changes).filter(([field]) => !hidden.some(([h]) => h === field)));
  }
  return entity === data.entity && changes === data.changes ? data : { ...data, entity, ...(changes ? { changes } : {}) };
}
