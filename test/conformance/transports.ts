/**
 * One way to call any operation over any transport, and one shape for what comes back, so the
 * conformance tests can compare transports with plain equality.
 *
 *   const out = await callOp(server, 'graphql', 'tasks.get', person, { id, org_id }, restBody);
 *   // { ok: true, body: { data: {...} } }   — the REST body, whatever the transport
 *   // { ok: false, code: 'NOT_FOUND', message, details, status? }
 *
 * How each transport is addressed comes from the generated tables only: REST from `restRoutes`
 * (path parameters in the path, declared query parameters in the query string, the rest in the JSON
 * body, or in the query string for routes without a body), WS from the action name, MCP from
 * `mcpTools`, GraphQL from `graphqlBindings` and the SDL (query arguments are the camelCase input
 * keys, `id` the operation's path parameter; mutations take the whole input as `input`).
 */
import type { Client } from '@modelcontextprotocol/client';
import { graphqlBindings, typeDefs } from '../../generated/graphql/bindings.js';
import { mcpTools } from '../../generated/mcp-tools.js';
import { operationMeta, type OperationName } from '../../generated/operations.js';
import { restRoutes, type RestRoute } from '../../generated/rest-routes.js';
import { inputValidators } from '../../generated/validators.js';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLOutputType,
} from '../../src/transports/graphql/graphql.js';
import { gql } from '../support/graphql.js';
import { httpRequest } from '../support/http.js';
import type { TestServer } from '../support/server.js';
import type { WsClient } from '../support/ws.js';

export const TRANSPORTS = ['rest', 'ws', 'mcp', 'graphql'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export type Input = Record<string, unknown>;

/** Whoever calls: a token for REST/GraphQL, a connection for WS, a client for MCP (opened on demand). */
export interface Caller {
  id: string;
  token: string;
  ws(): Promise<WsClient>;
  mcp(): Promise<Client>;
}

export type Outcome =
  { ok: true; body: any } | { ok: false; code: string; message: string; details?: any; /** REST: the HTTP status. */ status?: number };

/** REST plus every transport the operation lists, in a fixed order. */
export function transportsOf(op: OperationName): Transport[] {
  const listed = operationMeta[op].transports as readonly string[];
  return TRANSPORTS.filter((t) => t === 'rest' || listed.includes(t));
}

/** The operation's path parameters (`id`, `user_id`, `entry_id`). */
export function pathParamsOf(op: OperationName): string[] {
  return [...operationMeta[op].path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** The fields an operation requires, from its generated validator. */
export function requiredFields(op: OperationName): string[] {
  const validate = inputValidators[op];
  validate({});
  return (validate.errors ?? []).filter((e) => e.keyword === 'required').map((e) => (e.params as { missingProperty: string }).missingProperty);
}

export type PropertySchema = Record<string, any>;

/**
 * A property schema as the spec writes it: the MCP tool schemas split a type array (`type: [string, "null"]`)
 * into `anyOf` branches of one type each (for the MCP Inspector's portability check); this joins them back.
 */
function specForm(schema: PropertySchema): PropertySchema {
  const branches = schema.anyOf as PropertySchema[] | undefined;
  if (!Array.isArray(branches) || !branches.every((b) => typeof b.type === 'string')) return schema;
  const rest = branches.filter((b) => b.type !== 'null').map(({ type: _t, ...c }) => JSON.stringify(c));
  if (rest.length === 0 || new Set(rest).size !== 1) return schema;
  const { anyOf: _a, ...kept } = schema;
  return { ...kept, ...(JSON.parse(rest[0]!) as PropertySchema), type: branches.map((b) => b.type as string) };
}

/** The operation's input properties and their JSON Schemas (as the spec writes them), from its MCP tool (public operations have none). */
export function inputPropertiesOf(op: OperationName): [string, PropertySchema][] {
  const schema = mcpTools.find((t) => t.operation === op)?.inputSchema as { properties?: Record<string, PropertySchema> } | undefined;
  return Object.entries(schema?.properties ?? {}).map(([k, v]) => [k, specForm(v)]);
}

// ------------------------------------------------------------------------------------------------ REST

function routeOf(op: OperationName): RestRoute {
  const route = restRoutes.find((r) => r.operation === op);
  if (!route) throw new Error(`no REST route for ${op}`);
  return route;
}

async function callRest(server: TestServer, op: OperationName, caller: Caller | undefined, input: Input): Promise<Outcome> {
  const route = routeOf(op);
  let path: string = route.path;
  const query = new URLSearchParams();
  const body: Input = {};
  for (const [key, value] of Object.entries(input)) {
    if (route.pathParams.includes(key)) path = path.replace(`{${key}}`, encodeURIComponent(String(value)));
    else if (route.queryParams.includes(key) || !route.hasBody) query.set(key, String(value));
    else body[key] = value;
  }
  if (path.includes('{')) throw new Error(`REST cannot express ${op} without its path parameter: ${path}`);
  const qs = query.size > 0 ? `?${query.toString()}` : '';
  const headers: Record<string, string> = caller ? { authorization: `Bearer ${caller.token}` } : {};
  const res = await httpRequest(route.method, `${server.url}/api/v1${path}${qs}`, route.hasBody ? body : undefined, headers);
  if (res.status === route.status) return { ok: true, body: res.body };
  const error = (res.body as { error?: { code: string; message: string; details?: unknown } })?.error;
  if (!error) throw new Error(`REST ${op}: ${res.status} without an error envelope: ${JSON.stringify(res.body)}`);
  return { ok: false, status: res.status, code: error.code, message: error.message, details: error.details };
}

// ------------------------------------------------------------------------------------------------ WS

async function callWs(op: OperationName, caller: Caller, input: Input): Promise<Outcome> {
  const reply = await (await caller.ws()).request(op, input);
  if (reply.status === 'ok') {
    // The reply is the REST body (`data`, `pagination` for lists, and any other member, e.g. `unread_count`) plus its envelope.
    const { status: _status, request_id: _requestId, id: _id, ...body } = reply as unknown as Record<string, unknown>;
    return { ok: true, body };
  }
  if (!reply.error) throw new Error(`WS ${op}: error reply without error: ${JSON.stringify(reply)}`);
  return { ok: false, code: reply.error.code, message: reply.error.message, details: reply.error.details };
}

// ------------------------------------------------------------------------------------------------ MCP

async function callMcp(op: OperationName, caller: Caller, input: Input): Promise<Outcome> {
  const tool = mcpTools.find((t) => t.operation === op);
  if (!tool) throw new Error(`no MCP tool for ${op}`);
  const result = await (await caller.mcp()).callTool({ name: tool.name, arguments: input });
  const structured = result.structuredContent as any;
  // DESIGN §3: the same body as JSON text and as structuredContent.
  const text = (result.content as { type: string; text: string }[])[0];
  if (text?.type !== 'text' || JSON.stringify(JSON.parse(text.text)) !== JSON.stringify(structured)) {
    throw new Error(`MCP ${tool.name}: text content differs from structuredContent: ${JSON.stringify(result)}`);
  }
  if (result.isError !== true) return { ok: true, body: structured };
  const error = structured?.error;
  if (!error) throw new Error(`MCP ${tool.name}: isError without structuredContent.error: ${JSON.stringify(result)}`);
  return { ok: false, code: error.code, message: error.message, details: error.details };
}

// ------------------------------------------------------------------------------------------------ GraphQL

export const schema = buildSchema(typeDefs);

/** The root field an operation is bound to, if any. */
export function graphqlFieldOf(op: OperationName): { root: 'Query' | 'Mutation'; name: string } | undefined {
  for (const root of ['Query', 'Mutation'] as const) {
    const hit = Object.entries(graphqlBindings[root]).find(([, bound]) => bound === op);
    if (hit) return { root, name: hit[0] };
  }
  return undefined;
}

function rootField(op: OperationName): { root: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> } {
  const bound = graphqlFieldOf(op);
  if (!bound) throw new Error(`no GraphQL field for ${op}`);
  const type = bound.root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  return { root: bound.root, field: type.getFields()[bound.name]! };
}

const camel = (key: string): string => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The query argument an input key travels in (SDL header: camelCase; a single-entity query's `id` = the path
 * parameter, as the server's `inputKeyOf` reads it, while a query without `id` names it in camelCase: `taskId`).
 */
export function graphqlArgOf(op: OperationName, key: string): string {
  const params = pathParamsOf(op);
  const bound = graphqlFieldOf(op);
  const takesId = bound?.root === 'Query' && rootField(op).field.args.some((a) => a.name === 'id');
  return takesId && params.length === 1 && params[0] === key ? 'id' : camel(key);
}

/**
 * The selection set for `type`, guided by a REST value of the same thing: every REST field is
 * selected (recursively), so the GraphQL answer can be compared with REST as a whole. Without a
 * guide (null, an empty list), the type's leaf fields. A REST field the type cannot return is added
 * to `gaps` as `Type.field`.
 */
export function selectionFor(type: GraphQLOutputType, guide: unknown, gaps: string[]): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) throw new Error(`unexpected GraphQL type ${named.name}`);
  const fields = named.getFields();
  const sample = Array.isArray(guide) ? guide[0] : guide;
  const parts: string[] = [];
  if (sample !== null && typeof sample === 'object') {
    for (const [key, value] of Object.entries(sample)) {
      const field = fields[key];
      if (!field || field.args.some((a) => isNonNullType(a.type))) {
        gaps.push(`${named.name}.${key}`);
        continue;
      }
      parts.push(`${key}${selectionFor(field.type, value, gaps)}`);
    }
  } else {
    for (const field of Object.values(fields)) {
      if (isLeafType(getNamedType(field.type)) && !field.args.some((a) => isNonNullType(a.type))) parts.push(field.name);
    }
  }
  return ` { ${parts.join(' ')} }`;
}

/** What the GraphQL field returns for an operation whose REST body is `body` (see the SDL header). */
function graphqlValueOf(op: OperationName, body: any): unknown {
  if (operationMeta[op].list) return body;
  return body !== null && typeof body === 'object' && Object.hasOwn(body, 'data') ? body.data : body;
}

/**
 * The GraphQL document and variables running `op` with `input`; `guide` is a REST body to select
 * like. Throws when the GraphQL type cannot return a field REST returns: that is a disagreement.
 */
export function graphqlRequest(op: OperationName, input: Input, guide?: unknown): { query: string; variables: Input } {
  const { root, field } = rootField(op);
  const gaps: string[] = [];
  // Without a guide: `__typename` of an object, nothing of a leaf (a list of JSON values).
  const leaf = isLeafType(getNamedType(field.type));
  const selection = guide === undefined ? (leaf ? '' : ' { __typename }') : selectionFor(field.type, graphqlValueOf(op, guide), gaps);
  if (gaps.length > 0) throw new Error(`GraphQL ${field.name} cannot return the REST field(s) ${gaps.join(', ')} of ${op}`);
  const inputArg = field.args.find((a) => a.name === 'input');
  if (root === 'Mutation' && inputArg) {
    return { query: `mutation Run($input: ${inputArg.type.toString()}) { ${field.name}(input: $input)${selection} }`, variables: { input } };
  }
  // Arguments one by one; a key with no argument is sent as one anyway (the schema then rejects it).
  const decls: string[] = [];
  const args: string[] = [];
  const variables: Input = {};
  for (const [key, value] of Object.entries(input)) {
    const name = root === 'Query' ? graphqlArgOf(op, key) : camel(key);
    const arg = field.args.find((a) => a.name === name);
    decls.push(`$${name}: ${arg ? String(arg.type) : 'String'}`);
    args.push(`${name}: $${name}`);
    variables[name] = value;
  }
  const keyword = root === 'Query' ? 'query' : 'mutation';
  const head = decls.length ? `${keyword} Run(${decls.join(', ')})` : keyword;
  return { query: `${head} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`, variables };
}

async function callGraphql(server: TestServer, op: OperationName, caller: Caller | undefined, input: Input, guide?: unknown): Promise<Outcome> {
  const { query, variables } = graphqlRequest(op, input, guide);
  const res = await gql(server, caller?.token, query, variables);
  const error = res.body.errors?.[0];
  if (error) {
    return { ok: false, code: error.extensions?.code, message: error.message, details: error.extensions?.details };
  }
  const { field } = rootField(op);
  const value = res.body.data?.[field.name];
  // Back into the REST body's shape: the list page as is, otherwise wrapped like the guide.
  if (operationMeta[op].list) return { ok: true, body: value };
  const wrapped = guide === undefined || (guide !== null && typeof guide === 'object' && Object.hasOwn(guide, 'data'));
  return { ok: true, body: wrapped ? { data: value } : value };
}

// ------------------------------------------------------------------------------------------------ any

/**
 * Runs `op` over `transport` as `caller` (undefined: anonymous). For GraphQL, `guide` (a REST body
 * of the same operation) decides the selection; without one only `__typename` is selected, which
 * is enough for error checks.
 */
export async function callOp(
  server: TestServer,
  transport: Transport,
  op: OperationName,
  caller: Caller | undefined,
  input: Input,
  guide?: unknown,
): Promise<Outcome> {
  switch (transport) {
    case 'rest':
      return callRest(server, op, caller, input);
    case 'graphql':
      return callGraphql(server, op, caller, input, guide);
    case 'ws':
      if (!caller) throw new Error('WS needs a caller');
      return callWs(op, caller, input);
    case 'mcp':
      if (!caller) throw new Error('MCP needs a caller');
      return callMcp(op, caller, input);
  }
}
