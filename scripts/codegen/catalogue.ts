/**
 * The operation catalogue, read from the bundled OpenAPI document: one entry per operationId with
 * its REST binding, its x- extensions and its merged input schema (path + query + body).
 * Paths marked `x-catalogue: false` (the health checks outside /api/v1) are documentation only.
 */
import { deref, jsonText, type Json, type JsonObject } from './load.js';

export type Transport = 'ws' | 'mcp' | 'graphql';
export const ALL_TRANSPORTS: readonly Transport[] = ['ws', 'mcp', 'graphql'];

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonObject;
  description?: string;
}

/**
 * A documented difference between the interfaces' inputs of one operation (`x-input-exceptions` in
 * the head of specs/openapi/trcr.yaml: the one list of them, read here and by the agreement test).
 */
export interface InputException {
  operation: string;
  field: string;
  /** The interfaces on which `field` is optional although REST requires it (a path parameter). */
  optionalOn: Transport[];
  reason: string;
}

export interface CatalogueEntry {
  name: string;
  /** The area (the spec file `paths/<area>.yaml`, the domain folder `src/domain/<area>/`). */
  area: string;
  summary: string;
  description: string;
  tags: string[];
  auth: 'none' | 'user';
  scope: 'org' | 'user' | 'none';
  /** For `org` scope: the input field naming the organization (`org_id`, or `id` for the organization's own operations). */
  orgParam: string;
  /** Enforced by execute() before the domain runs. */
  permission: string | null;
  /** Permissions the domain checks because they depend on the data, with the rule (`x-permission-rule`). */
  permissionRule: { permissions: string[]; rule: string } | null;
  transports: Transport[];
  /** The success answer is a document of this content type (a PDF), not JSON; null for JSON. */
  binary: string | null;
  list: boolean;
  /** `x-rate-limit`: 'fail-closed' operations answer 503 while the shared rate-limit store is unreachable. */
  rateLimit: 'fail-open' | 'fail-closed';
  method: string;
  path: string;
  status: number;
  params: Param[];
  /** Body schema (dereferenced), when the operation has one. */
  body: JsonObject | null;
  bodyRequired: boolean;
  /** Path + query + body as one object schema: the WS payload, the MCP input, the GraphQL input. */
  input: JsonObject;
  /** Query parameters alone (REST coerces these from strings before validating `input`). */
  query: JsonObject;
  /** The success answer's JSON body schema (dereferenced; `{data}` or `{data, pagination}`), null when it has none. */
  output: JsonObject | null;
  /** `x-mcp-destructive`: overrides the MCP `destructiveHint` (default: DELETE) for an irreversible non-DELETE. */
  mcpDestructive: boolean | null;
  /** Whether a success writes an audit row: every non-GET operation, unless `x-audit: false` (nothing is stored, e.g. chat.typing). */
  audited: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function asObject(v: Json | undefined, where: string): JsonObject {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${where}: expected an object`);
  return v;
}

/** Flattens `allOf` of object schemas into one object schema (properties + required). */
function flattenObject(schema: JsonObject, where: string): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const properties: JsonObject = {};
  const required = new Set<string>();
  const { allOf, ...rest } = schema;
  for (const part of [rest, ...allOf]) {
    const p = flattenObject(asObject(part, where), where);
    Object.assign(properties, (p.properties as JsonObject | undefined) ?? {});
    for (const r of (p.required as string[] | undefined) ?? []) required.add(r);
  }
  return { ...rest, type: 'object', properties, ...(required.size ? { required: [...required] } : {}) };
}

export function readInputExceptions(doc: JsonObject): InputException[] {
  const list = (doc['x-input-exceptions'] ?? []) as Json[];
  return list.map((raw, i) => {
    const e = asObject(raw, `x-input-exceptions[${i}]`);
    const optionalOn = (e['optional-on'] ?? []) as Transport[];
    if (
      typeof e.operation !== 'string' ||
      typeof e.field !== 'string' ||
      typeof e.reason !== 'string' ||
      !optionalOn.every((t) => ALL_TRANSPORTS.includes(t))
    ) {
      throw new Error(`x-input-exceptions[${i}]: needs operation, field, optional-on (${ALL_TRANSPORTS.join(', ')}) and reason`);
    }
    return { operation: e.operation, field: e.field, optionalOn, reason: e.reason };
  });
}

function permissionRuleOf(op: JsonObject, where: string): CatalogueEntry['permissionRule'] {
  const raw = op['x-permission-rule'];
  if (raw === undefined) return null;
  const r = asObject(raw, `${where} x-permission-rule`);
  if (!Array.isArray(r.permissions) || typeof r.rule !== 'string') throw new Error(`${where}: x-permission-rule needs permissions and rule`);
  return { permissions: r.permissions.map(String), rule: r.rule };
}

export function readCatalogue(openapiFile: string, doc: JsonObject): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const exceptions = readInputExceptions(doc);
  const paths = asObject(doc.paths, 'paths');
  for (const [p, itemRaw] of Object.entries(paths)) {
    const item = asObject(deref(itemRaw, openapiFile), `paths.${p}`);
    const shared = (item.parameters as Json[] | undefined) ?? [];
    for (const method of METHODS) {
      if (!item[method]) continue;
      const op = asObject(item[method], `${method} ${p}`);
      if (op['x-catalogue'] === false) continue;
      const where = `${method.toUpperCase()} ${p}`;
      const name = op.operationId;
      if (typeof name !== 'string' || !/^[a-z_]+(\.[a-z_]+)*$/.test(name)) {
        throw new Error(`${where}: operationId must be an operation name like tasks.create or search (got ${jsonText(name)})`);
      }
      const params: Param[] = [...shared, ...((op.parameters as Json[] | undefined) ?? [])].map((raw) => {
        const prm = asObject(raw, `${where} parameter`);
        return {
          name: jsonText(prm.name),
          in: prm.in as Param['in'],
          required: prm.required === true,
          schema: asObject(prm.schema ?? { type: 'string' }, `${where} parameter ${jsonText(prm.name)}`),
          ...(typeof prm.description === 'string' ? { description: prm.description } : {}),
        };
      });
      const reqBody = op.requestBody as JsonObject | undefined;
      const bodySchemaRaw = (reqBody?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      const body = bodySchemaRaw?.schema ? flattenObject(asObject(bodySchemaRaw.schema, `${where} body`), where) : null;
      const responses = asObject(op.responses, `${where} responses`);
      const status = Number(Object.keys(responses).find((s) => /^2\d\d$/.test(s)));
      if (!status) throw new Error(`${where}: no 2xx response`);
      const transports = (op['x-transports'] as Transport[] | undefined) ?? [...ALL_TRANSPORTS];
      const okResponse = asObject(deref(responses[String(status)] ?? {}, openapiFile), `${where} ${status}`);
      const okContent = Object.keys((okResponse.content ?? {}) as JsonObject);
      const binary = okContent.length > 0 && !okContent.includes('application/json') ? okContent[0]! : null;
      const okJson = (okResponse.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      const output = okJson?.schema ? asObject(okJson.schema, `${where} ${status} schema`) : null;
      const mcpDestructive = op['x-mcp-destructive'];
      if (mcpDestructive !== undefined && typeof mcpDestructive !== 'boolean') throw new Error(`${where}: x-mcp-destructive must be a boolean`);
      const audit = op['x-audit'];
      if (audit !== undefined && typeof audit !== 'boolean') throw new Error(`${where}: x-audit must be a boolean`);
      if (audit === true && method === 'get') throw new Error(`${where}: a read is never audited (x-audit: true on GET)`);
      for (const t of transports) if (!ALL_TRANSPORTS.includes(t)) throw new Error(`${where}: unknown transport ${t}`);

      const properties: JsonObject = {};
      const required: string[] = [];
      const queryProps: JsonObject = {};
      const queryRequired: string[] = [];
      for (const prm of params) {
        if (prm.in === 'header') continue;
        // The parameter's own description is more specific than the shared schema's ("Task id" vs "Opaque identifier").
        const schema = prm.description ? { ...prm.schema, description: prm.description } : prm.schema;
        properties[prm.name] = schema;
        const optionalElsewhere = exceptions.some((x) => x.operation === name && x.field === prm.name && x.optionalOn.length > 0);
        if (prm.required && !optionalElsewhere) required.push(prm.name);
        if (prm.in === 'query') {
          queryProps[prm.name] = schema;
          if (prm.required) queryRequired.push(prm.name);
        }
      }
      if (body) {
        for (const [k, v] of Object.entries((body.properties as JsonObject | undefined) ?? {})) {
          if (k in properties) throw new Error(`${where}: body property ${k} clashes with a parameter`);
          properties[k] = v;
        }
        for (const r of (body.required as string[] | undefined) ?? []) required.push(r);
      }
      const input: JsonObject = {
        type: 'object',
        additionalProperties: false,
        properties,
        ...(required.length ? { required } : {}),
      };
      const query: JsonObject = {
        type: 'object',
        additionalProperties: false,
        properties: queryProps,
        ...(queryRequired.length ? { required: queryRequired } : {}),
      };
      if (typeof op['x-area'] !== 'string') throw new Error(`${where}: no x-area (operations come from specs/openapi/paths/<area>.yaml)`);
      const scope = (op['x-scope'] as CatalogueEntry['scope'] | undefined) ?? 'org';
      const orgParam = typeof op['x-org-param'] === 'string' ? op['x-org-param'] : 'org_id';
      if (scope === 'org' && !(orgParam in properties)) throw new Error(`${where}: an org-scoped operation needs its ${orgParam} input`);
      entries.push({
        name,
        area: op['x-area'],
        summary: jsonText(op.summary ?? ''),
        description: jsonText(op.description ?? ''),
        tags: (op.tags as string[] | undefined) ?? [],
        auth: op['x-auth'] === 'none' ? 'none' : 'user',
        scope,
        orgParam,
        permission: typeof op['x-permission'] === 'string' ? op['x-permission'] : null,
        permissionRule: permissionRuleOf(op, where),
        transports,
        binary,
        list: op['x-list'] === true,
        rateLimit: rateLimitOf(op, where),
        method: method.toUpperCase(),
        path: p,
        status,
        params,
        body,
        bodyRequired: reqBody?.required === true,
        input,
        query,
        output,
        mcpDestructive: mcpDestructive ?? null,
        audited: method !== 'get' && audit !== false,
      });
    }
  }
  for (const x of exceptions) {
    if (!entries.some((e) => e.name === x.operation && x.field in (e.input.properties as JsonObject))) {
      throw new Error(`x-input-exceptions: ${x.operation} has no input field ${x.field}`);
    }
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw new Error(`operationId ${e.name} is used twice`);
    seen.add(e.name);
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

function rateLimitOf(op: JsonObject, where: string): CatalogueEntry['rateLimit'] {
  const v = op['x-rate-limit'] ?? 'fail-open';
  if (v !== 'fail-open' && v !== 'fail-closed') throw new Error(`${where}: x-rate-limit must be fail-open or fail-closed`);
  return v;
}
