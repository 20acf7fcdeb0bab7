/**
 * The four doors cannot drift: for every operation of the catalogue, what each interface takes as
 * input carries the same fields, with the same types and the same required set:
 *   - REST: its path and query parameters plus its request body (bundled OpenAPI);
 *   - WebSocket: the `payload` of its request message (bundled AsyncAPI);
 *   - MCP: its tool's input schema (generated/mcp-tools.ts);
 *   - GraphQL: its root field's `input` type (mutations) or arguments (queries; `orgId` ↔ `org_id`,
 *     `id` ↔ the operation's path parameter), non-null exactly where required.
 * The documented differences are read from the spec's one list of them (`x-input-exceptions` in
 * specs/openapi/trcr.yaml), never written here. No server needed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mcpTools } from '../../generated/mcp-tools.js';
import { OPERATION_NAMES, operationMeta, type OperationName } from '../../generated/operations.js';
import { graphqlBindings } from '../../generated/graphql/bindings.js';
import { inputKeyOf } from '../../src/transports/graphql/root.js';

const bundles = path.resolve(import.meta.dirname, '../../generated/bundles');
const openapi = parse(readFileSync(path.join(bundles, 'openapi.yaml'), 'utf8'));
const asyncapi = parse(readFileSync(path.join(bundles, 'asyncapi.yaml'), 'utf8'));
const graphql = buildSchema(readFileSync(path.join(bundles, 'schema.graphql'), 'utf8'));

type Door = 'rest' | 'ws' | 'mcp' | 'graphql';

/** A field's type, as every interface can state it: `string`, `integer`, `number`, `boolean`, `object`, `array<…>`, `any`. */
interface Field {
  kind: string;
  required: boolean;
}
type Shape = Record<string, Field>;

/** Follows `#/…` references inside a bundled document. */
function resolve(doc: any, node: any): any {
  let cur = node;
  for (let i = 0; cur && typeof cur.$ref === 'string' && i < 20; i++) {
    const { $ref, ...siblings } = cur;
    const target = $ref
      .slice(2)
      .split('/')
      .reduce((n: any, k: string) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    cur = { ...target, ...siblings };
  }
  return cur;
}

/** The kind of a JSON Schema, `null` left aside (nullability is not a type on the other interfaces). */
function kindOfSchema(doc: any, raw: any): string {
  const s = resolve(doc, raw);
  if (!s || (s.type === undefined && !s.enum && !s.const && !s.anyOf && !s.oneOf)) return 'any';
  const types = [s.type ?? []].flat().filter((t: string) => t !== 'null');
  if (types.length === 0 && (s.anyOf || s.oneOf)) {
    // A `{type: 'null'}` branch (the MCP tools' spelling of a nullable field) adds no kind.
    const branches = (s.anyOf ?? s.oneOf).filter((x: any) => resolve(doc, x)?.type !== 'null');
    const kinds = [...new Set(branches.map((x: any) => kindOfSchema(doc, x)).filter((k: string) => k !== 'null'))];
    return kinds.length === 1 ? (kinds[0] as string) : 'any';
  }
  if (types.length === 0 && s.enum) return typeof s.enum[0];
  if (types.length !== 1) return 'any';
  return types[0] === 'array' ? `array<${kindOfSchema(doc, s.items)}>` : types[0];
}

function shapeOfSchema(doc: any, raw: any): Shape {
  const s = resolve(doc, raw);
  const required = new Set<string>(s?.required ?? []);
  const out: Shape = {};
  for (const [name, prop] of Object.entries<any>(s?.properties ?? {})) out[name] = { kind: kindOfSchema(doc, prop), required: required.has(name) };
  return out;
}

function restShape(op: OperationName): Shape {
  const meta = operationMeta[op];
  const item = openapi.paths[meta.path];
  const operation = item[meta.method.toLowerCase()];
  const out: Shape = {};
  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const p = resolve(openapi, raw);
    if (p.in === 'header') continue;
    out[p.name] = { kind: kindOfSchema(openapi, p.schema), required: p.required === true };
  }
  const body = operation.requestBody?.content?.['application/json']?.schema;
  if (body) Object.assign(out, shapeOfSchema(openapi, body));
  return out;
}

function wsShape(op: OperationName): Shape {
  const message = resolve(asyncapi, asyncapi.components.messages[op]);
  expect(message, `AsyncAPI message ${op}`).toBeDefined();
  const payload = message.payload.properties.payload;
  return payload ? shapeOfSchema(asyncapi, payload) : {};
}

function mcpShape(op: OperationName): Shape {
  const tool = mcpTools.find((t) => t.operation === op)!;
  return shapeOfSchema({}, tool.inputSchema);
}

/** The SDL's `JSON` scalar carries objects of free shape (it is declared for nothing else). */
const GRAPHQL_SCALARS: Record<string, string> = { ID: 'string', String: 'string', Int: 'integer', Float: 'number', Boolean: 'boolean', JSON: 'object' };

function kindOfGraphql(type: GraphQLInputType): string {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return `array<${kindOfGraphql(t.ofType)}>`;
  const named = getNamedType(t);
  if (isScalarType(named)) return GRAPHQL_SCALARS[named.name] ?? 'any';
  if (isEnumType(named)) return 'string';
  if (isInputObjectType(named)) return 'object';
  return 'any';
}

function graphqlShape(op: OperationName): Shape {
  const root = Object.entries(graphqlBindings).find(([, fields]) => Object.values(fields).includes(op as never));
  const [type, fields] = root!;
  const fieldName = Object.entries(fields).find(([, bound]) => bound === op)![0];
  const field = (type === 'Query' ? graphql.getQueryType() : graphql.getMutationType())!.getFields()[fieldName]!;
  const out: Shape = {};
  const input = type === 'Mutation' ? field.args.find((a) => a.name === 'input') : undefined;
  const inputType = input && getNamedType(input.type);
  if (inputType && isInputObjectType(inputType)) {
    for (const f of Object.values(inputType.getFields())) out[f.name] = { kind: kindOfGraphql(f.type), required: isNonNullType(f.type) };
  } else {
    for (const a of field.args) out[inputKeyOf(op, a.name)] = { kind: kindOfGraphql(a.type), required: isNonNullType(a.type) };
  }
  return out;
}

interface Exception {
  operation: string;
  field: string;
  'optional-on': Door[];
  reason: string;
}
const exceptions: Exception[] = openapi['x-input-exceptions'] ?? [];

/** `shape` with the documented exceptions of `door` applied: a field REST requires that this door may omit. */
function asDocumented(op: OperationName, door: Door, shape: Shape): Shape {
  const out = { ...shape };
  for (const x of exceptions) {
    if (x.operation === op && x['optional-on'].includes(door) && out[x.field]) out[x.field] = { ...out[x.field]!, required: true };
  }
  return out;
}

const doorsOf = (op: OperationName): Door[] => ['rest', ...(operationMeta[op].transports as readonly Door[])];

const SHAPES: Record<Door, (op: OperationName) => Shape> = { rest: restShape, ws: wsShape, mcp: mcpShape, graphql: graphqlShape };

describe('every interface takes the same input for an operation', () => {
  it.each([...OPERATION_NAMES])('%s', (op) => {
    const rest = restShape(op);
    expect(Object.keys(rest).length + 1, 'the REST input is read').toBeGreaterThan(0);
    for (const door of doorsOf(op).filter((d) => d !== 'rest')) {
      expect(asDocumented(op, door, SHAPES[door](op)), `${op} over ${door} vs REST`).toEqual(rest);
    }
  });

  it('the documented exceptions name real operations, fields and interfaces, with a reason', () => {
    for (const x of exceptions) {
      const op = x.operation as OperationName;
      expect(OPERATION_NAMES).toContain(op);
      expect(restShape(op)[x.field], `${op}.${x.field}`).toBeDefined();
      expect(x['optional-on'].every((d) => doorsOf(op).includes(d))).toBe(true);
      expect(x.reason.length).toBeGreaterThan(20);
    }
  });

  it('the check sees a difference: a field typed otherwise or required on one interface only fails it', () => {
    const rest = restShape('tasks.create');
    const drifted: Shape = { ...wsShape('tasks.create'), title: { kind: 'integer', required: true } };
    expect(drifted).not.toEqual(rest);
    const loosened: Shape = { ...graphqlShape('tasks.create'), project_id: { kind: 'string', required: false } };
    expect(loosened).not.toEqual(rest);
  });
});
