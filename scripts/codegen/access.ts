/**
 * generated/access.ts: who may do and see what, as declared once in the specs.
 *
 *   PERMISSIONS       the `Permission` enum
 *   ROLES             the `Role` enum
 *   ROLE_PERMISSIONS  each role's defaults (`x-role-permissions` on `Role`)
 *   GATED_FIELDS      entity fields only some readers may see (`x-permission` on a schema property,
 *                     e.g. `hourly_rate_cents` needs `view_rates`): schema → field → permission
 *   OUTPUT_GATES      where those entities sit in each operation's success body, so execute() can
 *                     shape any answer for its reader without per-operation code
 *
 * Every permission an operation names (`x-permission`, `x-permission-rule`) must be declared.
 */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, jsonText, type Json, type JsonObject } from './load.js';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const refName = (ref: string): string | undefined => /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];

/** A path into a body: property names, `*` for every item of an array. */
export type GatePath = string[];

function gatedFields(schemas: JsonObject, permissions: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isObject(schema.properties)) continue;
    for (const [field, prop] of Object.entries(schema.properties)) {
      const perm = isObject(prop) ? prop['x-permission'] : undefined;
      if (perm === undefined) continue;
      if (typeof perm !== 'string' || !permissions.includes(perm))
        throw new Error(`${name}.${field}: x-permission ${jsonText(perm)} is not a Permission`);
      (out[name] ??= {})[field] = perm;
    }
  }
  return out;
}

/** Every place in `schema` where a gated schema appears (depth-first; a schema is entered once per path). */
function gatesIn(
  schema: Json,
  schemas: JsonObject,
  gated: Record<string, unknown>,
  path: GatePath,
  seen: Set<string>,
  out: { path: GatePath; schema: string }[],
): void {
  if (!isObject(schema)) return;
  if (typeof schema.$ref === 'string') {
    const name = refName(schema.$ref);
    if (!name || seen.has(name)) return;
    if (name in gated) out.push({ path, schema: name });
    gatesIn(schemas[name] ?? null, schemas, gated, path, new Set([...seen, name]), out);
    return;
  }
  for (const part of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[part])) for (const s of schema[part]) gatesIn(s, schemas, gated, path, seen, out);
  }
  if (isObject(schema.properties)) for (const [k, v] of Object.entries(schema.properties)) gatesIn(v, schemas, gated, [...path, k], seen, out);
  if (schema.items !== undefined) gatesIn(schema.items, schemas, gated, [...path, '*'], seen, out);
}

export function generateAccess(openapi: JsonObject, catalogue: CatalogueEntry[], write: Writer): void {
  const schemas = ((openapi.components ?? {}) as JsonObject).schemas as JsonObject;
  const role = schemas.Role as JsonObject | undefined;
  const permission = schemas.Permission as JsonObject | undefined;
  if (!role || !Array.isArray(role.enum) || !isObject(role['x-role-permissions'])) throw new Error('schema Role needs enum and x-role-permissions');
  if (!permission || !Array.isArray(permission.enum)) throw new Error('schema Permission needs an enum');
  const permissions = permission.enum.map(String);
  const roles = role.enum.map(String);
  const defaults = role['x-role-permissions'];
  for (const r of roles) {
    const list = defaults[r];
    if (!Array.isArray(list)) throw new Error(`Role ${r}: x-role-permissions has no list`);
    for (const p of list) if (!permissions.includes(jsonText(p))) throw new Error(`Role ${r}: unknown permission ${jsonText(p)}`);
  }
  for (const r of Object.keys(defaults)) if (!roles.includes(r)) throw new Error(`x-role-permissions names unknown role ${r}`);
  for (const e of catalogue) {
    for (const p of [e.permission, ...(e.permissionRule?.permissions ?? [])]) {
      if (p !== null && !permissions.includes(p)) throw new Error(`${e.name}: unknown permission ${p}`);
    }
  }

  const gated = gatedFields(schemas, permissions);
  const gates: Record<string, { path: GatePath; schema: string }[]> = {};
  for (const e of catalogue) {
    const op = findOperation(openapi, e);
    const response = ((op.responses as JsonObject)[String(e.status)] ?? {}) as JsonObject;
    const body = (((response.content as JsonObject | undefined)?.['application/json'] ?? {}) as JsonObject).schema ?? null;
    const found: { path: GatePath; schema: string }[] = [];
    gatesIn(body, schemas, gated, [], new Set(), found);
    if (found.length) gates[e.name] = found;
  }

  write(
    'access.ts',
    [
      BANNER('specs/schemas (Role, Permission, x-permission on entity fields)'),
      `import type { OperationName } from './operations.js';\n`,
      `/** Every permission an operation or a field can require (\`Permission\`). */`,
      `export const PERMISSIONS = ${JSON.stringify(permissions)} as const;\n`,
      `export type Permission = (typeof PERMISSIONS)[number];\n`,
      `/** The member roles (\`Role\`). */`,
      `export const ROLES = ${JSON.stringify(roles)} as const;\n`,
      `export type Role = (typeof ROLES)[number];\n`,
      `/** Each role's default permissions (\`x-role-permissions\`); per-member overrides add or remove. */`,
      `export const ROLE_PERMISSIONS = ${JSON.stringify(defaults, null, 2)} as const satisfies Record<Role, readonly Permission[]>;\n`,
      `/** Entity fields a reader sees only with a permission (else \`null\`): schema → field → permission. */`,
      `export const GATED_FIELDS = ${JSON.stringify(gated, null, 2)} as const satisfies Record<string, Record<string, Permission>>;\n`,
      `export type GatedSchema = keyof typeof GATED_FIELDS;\n`,
      `/** Where gated entities sit in each operation's success body (\`*\`: every item of a list). */`,
      `export const OUTPUT_GATES: Partial<Record<OperationName, readonly { readonly path: readonly string[]; readonly schema: GatedSchema }[]>> = ${JSON.stringify(gates, null, 2)};\n`,
    ].join('\n'),
  );
}

function findOperation(openapi: JsonObject, e: CatalogueEntry): JsonObject {
  const item = ((openapi.paths as JsonObject)[e.path] ?? {}) as JsonObject;
  const op = item[e.method.toLowerCase()];
  if (!isObject(op)) throw new Error(`${e.name}: operation not found at ${e.method} ${e.path}`);
  return op;
}
