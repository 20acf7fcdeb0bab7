/**
 * The team relay (seed 002) from specs/openapi/relay.yaml and specs/asyncapi/relay-socket.yaml:
 *
 *   relay/types.ts          openapi-typescript types of the relay REST API
 *   relay/routes.ts         the route table (operation, method, path, auth class, status) and the
 *                           handler type the domain must satisfy
 *   relay/validators.cjs    Ajv standalone validators of each request body's envelope
 *   relay/socket.ts         the socket's channels, events and reply reasons
 *
 * Parts of a body marked `x-relay-checks: domain` keep only their JSON type in the validator: the relay
 * checks the team object (and a few lenient fields) in a documented order with messages of its own
 * (relay-api.md §3.1), which the domain produces.
 */
import { Parser, fromFile } from '@asyncapi/parser';
import type { Writer } from '../generate.js';
import { openapiTypes, standaloneValidators, validatorDeclarations, validatorName } from './ajv.js';
import { BANNER, cleanSchema, deref, isErrorDiagnostic, type Json, type JsonObject } from './load.js';

const AUTH_CLASSES = ['signed', 'public', 'session', 'session+signed', 'none', 'test-hook'] as const;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface RelayRoute {
  operation: string;
  method: string;
  path: string;
  /** Path segments; `:name` marks a parameter. */
  segments: string[];
  auth: (typeof AUTH_CLASSES)[number];
  status: number;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
}

/** Replaces every subschema marked `x-relay-checks: domain` by its bare JSON type. */
function domainChecked(node: Json): Json {
  if (Array.isArray(node)) return node.map(domainChecked);
  if (node === null || typeof node !== 'object') return node;
  if (node['x-relay-checks'] === 'domain') return node.type !== undefined ? { type: node.type } : {};
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, domainChecked(v)]));
}

function readRoutes(file: string, doc: JsonObject): { routes: RelayRoute[]; bodies: Map<string, Json> } {
  const routes: RelayRoute[] = [];
  const bodies = new Map<string, Json>();
  for (const [p, item] of Object.entries(doc.paths as JsonObject)) {
    for (const method of METHODS) {
      const op = (item as JsonObject)[method] as JsonObject | undefined;
      if (!op) continue;
      const name = op.operationId as string;
      const auth = op['x-relay-auth'] as RelayRoute['auth'];
      if (!AUTH_CLASSES.includes(auth)) throw new Error(`relay.yaml ${method} ${p}: x-relay-auth must be one of ${AUTH_CLASSES.join(', ')}`);
      const status = op['x-relay-status'];
      if (typeof status !== 'number') throw new Error(`relay.yaml ${name}: x-relay-status missing`);
      const params = ((op.parameters ?? []) as Json[]).map((prm) => deref(prm, file) as JsonObject);
      const body = (deref(op.requestBody ?? null, file) as JsonObject | null)?.content as JsonObject | undefined;
      const schema = (body?.['application/json'] as JsonObject | undefined)?.schema;
      if (schema) bodies.set(name, cleanSchema(domainChecked(schema)));
      routes.push({
        operation: name,
        method: method.toUpperCase(),
        path: p,
        segments: p
          .split('/')
          .filter(Boolean)
          .map((s) => s.replace(/^\{(.+)\}$/, ':$1')),
        auth,
        status,
        pathParams: params.filter((x) => x.in === 'path').map((x) => x.name as string),
        queryParams: params.filter((x) => x.in === 'query').map((x) => x.name as string),
        hasBody: schema !== undefined,
      });
    }
  }
  // Static segments before parameters, so /api/teams/all/:token wins over /api/teams/:token/head.
  const key = (r: RelayRoute): string => r.segments.map((s) => (s.startsWith(':') ? '1' : '0')).join('') + r.path + r.method;
  routes.sort((a, b) => key(a).localeCompare(key(b)));
  return { routes, bodies };
}

async function socketTable(file: string): Promise<string> {
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  const errors = diagnostics.filter(isErrorDiagnostic);
  if (!document || errors.length)
    throw new Error(`relay-socket.yaml is invalid:\n${errors.map((d) => `${d.path.join('.')}: ${d.message}`).join('\n')}`);
  const knowledge = document.channels().get('knowledge');
  if (!knowledge) throw new Error('relay-socket.yaml: channel `knowledge` missing');
  const address = knowledge.address() ?? '';
  const prefix = address.replace(/\{team_id\}$/, '');
  const events = Object.fromEntries(
    knowledge
      .messages()
      .all()
      .map((m) => [m.id(), m.name()]),
  );
  const reasons = knowledge.json<JsonObject>()['x-reply-reasons'] as JsonObject;
  return [
    BANNER('specs/asyncapi/relay-socket.yaml'),
    `/** Topic prefix of the knowledge channel (\`${address}\`). */`,
    `export const KNOWLEDGE_TOPIC_PREFIX = ${JSON.stringify(prefix)};\n`,
    `/** Event names of the knowledge channel's messages, by message id. */`,
    `export const KNOWLEDGE_EVENTS = ${JSON.stringify(events, null, 2)} as const;\n`,
    `/** Documented reply reasons, by client event. */`,
    `export const REPLY_REASONS = ${JSON.stringify(reasons, null, 2)} as const;\n`,
    `export type JoinReason = (typeof REPLY_REASONS)['join'][number];`,
    `export type PushReason = (typeof REPLY_REASONS)['knowledge:push'][number];\n`,
  ].join('\n');
}

/**
 * Path and query parameters reach the relay's SQL as they are (a clone token, a device code): they get
 * the one text rule of the generated validation (scripts/codegen/ajv.ts), and nothing else, so that the
 * relay's own answers to a malformed token stay what they were.
 */
const PARAMS_VALIDATOR = 'relay.params';
const PARAMS_SCHEMA = { type: 'object', additionalProperties: { type: 'string' } };

export async function generateRelay(openapiFile: string, asyncapiFile: string, doc: JsonObject, write: Writer): Promise<void> {
  const { routes, bodies } = readRoutes(openapiFile, doc);
  write('relay/types.ts', await openapiTypes(openapiFile, 'specs/openapi/relay.yaml'));
  const source = 'specs/openapi/relay.yaml (Ajv standalone)';
  // The relay stops at the first problem and names it (missing parameter: x), so one error is enough.
  const validators: [string, object][] = [...(bodies as Map<string, object>), [PARAMS_VALIDATOR, PARAMS_SCHEMA]];
  write('relay/validators.cjs', BANNER(source) + standaloneValidators(validators, { allErrors: false }) + '\n');
  write(
    'relay/validators.d.cts',
    validatorDeclarations(source, [...bodies.keys(), PARAMS_VALIDATOR], (op) =>
      op === PARAMS_VALIDATOR ? 'the path and query parameters of any route (text only)' : `the body of \`${op}\``,
    ),
  );

  const names = routes.map((r) => r.operation);
  const inputType = (r: RelayRoute): string => {
    const parts = [
      r.hasBody ? `NonNullable<operations['${r.operation}']['requestBody']>['content']['application/json']` : '',
      r.pathParams.length ? `operations['${r.operation}']['parameters']['path']` : '',
      r.queryParams.length ? `NonNullable<operations['${r.operation}']['parameters']['query']>` : '',
    ].filter(Boolean);
    return parts.length ? parts.join(' & ') : 'Record<string, never>';
  };
  write(
    'relay/routes.ts',
    [
      BANNER('specs/openapi/relay.yaml'),
      `import type { ValidateFunction } from 'ajv';`,
      `import type { operations } from './types.js';`,
      `import * as validators from './validators.cjs';\n`,
      `export type RelayOperationName =\n${names.map((n) => `  | '${n}'`).join('\n')};\n`,
      `/** signed: Ed25519 request signature; public: none (rate-limited per address); session: a TRCR access token;\n * session+signed: both; none: no auth, no limit; test-hook: mounted only with RELAY_TEST_HOOKS=1. */`,
      `export type RelayAuth = ${AUTH_CLASSES.map((a) => `'${a}'`).join(' | ')};\n`,
      `export interface RelayRoute {
  readonly operation: RelayOperationName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** Path segments; \`:name\` marks a parameter. Static segments are listed first in the table. */
  readonly segments: readonly string[];
  readonly auth: RelayAuth;
  /** Success status (an operation may answer another documented one, e.g. 201 on create). */
  readonly status: number;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
}\n`,
      `export const relayRoutes = ${JSON.stringify(routes, null, 2)} as const satisfies readonly RelayRoute[];\n`,
      `/** Each operation's input: its JSON body, path parameters and query parameters in one object. */`,
      `export interface RelayInputs {\n${routes.map((r) => `  '${r.operation}': ${inputType(r)};`).join('\n')}\n}\n`,
      `/** Body validators (envelope only, see scripts/codegen/relay.ts). */`,
      `export const relayBodyValidators: Partial<Record<RelayOperationName, ValidateFunction>> = {`,
      ...[...bodies.keys()].map((op) => `  '${op}': validators.${validatorName(op)},`),
      `};\n`,
      `/** Path and query parameters: strings a database can store (the text rule of the generated validation). */`,
      `export const relayParamsValidator: ValidateFunction = validators.${validatorName(PARAMS_VALIDATOR)};\n`,
      `/** The platforms a team may name (\`Platform\` in relay.yaml). */`,
      `export const RELAY_PLATFORMS = ${JSON.stringify(((doc.components as JsonObject).schemas as JsonObject).Platform && (((doc.components as JsonObject).schemas as JsonObject).Platform as JsonObject).enum)} as const;\n`,
      `/** What the domain implements: one handler per operation. */`,
      `export type RelayHandlers<Ctx, Reply> = {\n  [K in RelayOperationName]: (ctx: Ctx, input: RelayInputs[K]) => Promise<Reply>;\n};\n`,
    ].join('\n'),
  );
  write('relay/socket.ts', await socketTable(asyncapiFile));
}
