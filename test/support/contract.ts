/**
 * Every answer the tests receive is checked against the contract the server publishes, so an
 * undeclared status, header or shape fails a test even when that test asserts something else:
 *   - REST (`checkRestResponse`, called by support/http.ts for every request it makes): the status
 *     is one the operation declares in the bundled OpenAPI document, every header the response
 *     declares `required` is present and each declared header fits its schema, and the JSON body
 *     fits the response schema. An answer outside any operation (unknown path, wrong method) must
 *     be the documented error envelope.
 *   - WebSocket (`checkWsMessage`, called by support/ws.ts for every frame it receives): a reply
 *     fits the action's reply message or the `error` message of the bundled AsyncAPI document, a
 *     push fits its event message, a pong the `pong` message.
 * Bodies are checked strictly: objects may carry only the properties their schema declares (the
 * published schemas stay open to additions; the tests hold the server to exactly what it documents).
 * A violation is thrown where it is found and also recorded; support/setup.ts fails the running test
 * if any was recorded (a frame nobody waited for still counts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { restRoutes, type RestRoute } from '../../generated/rest-routes.js';

const bundles = path.resolve(import.meta.dirname, '../../generated/bundles');

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const violations: ContractViolation[] = [];

/** The violations seen since the last call (support/setup.ts empties it after each test). */
export function takeViolations(): ContractViolation[] {
  return violations.splice(0);
}

function violation(message: string): ContractViolation {
  const v = new ContractViolation(message);
  violations.push(v);
  return v;
}

/** Adds `additionalProperties: false` to every object schema that lists its properties and composes nothing. */
function closed(node: any): any {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v);
  if (out.properties && out.additionalProperties === undefined && !out.allOf && !out.anyOf && !out.oneOf && !out.$ref)
    out.additionalProperties = false;
  return out;
}

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

interface Documents {
  ajv: Ajv2020;
  openapi: any;
  asyncapi: any;
  validators: Map<string, ValidateFunction>;
}

let docs: Documents | undefined;

function documents(): Documents {
  if (docs) return docs;
  const openapi = parse(readFileSync(path.join(bundles, 'openapi.yaml'), 'utf8'));
  const asyncapi = parse(readFileSync(path.join(bundles, 'asyncapi.yaml'), 'utf8'));
  const ajv = makeAjv();
  ajv.addSchema(closed(openapi), 'openapi');
  ajv.addSchema(closed(asyncapi), 'asyncapi');
  docs = { ajv, openapi, asyncapi, validators: new Map() };
  return docs;
}

function validatorAt(doc: 'openapi' | 'asyncapi', pointer: string[]): ValidateFunction {
  const d = documents();
  const key = `${doc}#/${pointer.map(escape).join('/')}`;
  let v = d.validators.get(key);
  if (!v) d.validators.set(key, (v = d.ajv.compile({ $ref: key })));
  return v;
}

/**
 * Header schemas are small and few: compiled once each (a fresh Ajv per answer cost tens of ms, enough to stall
 * a test process that checks hundreds of answers a second).
 */
const headerValidators = new Map<string, ValidateFunction>();
function headerValidator(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = headerValidators.get(key);
  if (!v) headerValidators.set(key, (v = makeAjv().compile(schema)));
  return v;
}

/** Follows `$ref`s of the bundled OpenAPI document. */
function resolve(node: any): any {
  const { openapi } = documents();
  let cur = node;
  for (let i = 0; cur?.$ref && i < 10; i++) {
    cur = (cur.$ref as string)
      .slice(2)
      .split('/')
      .reduce((n: any, k: string) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], openapi);
  }
  return cur;
}

const errorsOf = (v: ValidateFunction): string =>
  (v.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message}${e.keyword === 'additionalProperties' ? `: ${String((e.params as { additionalProperty: string }).additionalProperty)}` : ''}`,
    )
    .join('; ');

/** The route a request to `pathname` (under /api/v1) with `method` runs, if any. */
function routeOf(method: string, pathname: string): RestRoute | undefined {
  const segments = pathname.split('/').filter(Boolean);
  return restRoutes.find((r) => {
    if (r.method !== method) return false;
    const pattern = r.path.split('/').filter(Boolean);
    return pattern.length === segments.length && pattern.every((p, i) => p.startsWith('{') || p === segments[i]);
  });
}

/** Paths outside /api/v1 that the OpenAPI document describes (`servers: [{url: /}]` on the path). */
function rootPathItem(pathname: string): { path: string; item: any } | undefined {
  const { openapi } = documents();
  const item = openapi.paths[pathname];
  return item?.servers?.some((s: { url: string }) => s.url === '/') ? { path: pathname, item } : undefined;
}

/**
 * Checks one REST answer. `url` is the full request URL; only /api/v1 and the documented root paths
 * (/healthz, /readyz) are checked here.
 */
export function checkRestResponse(method: string, url: string, status: number, headers: Headers, body: unknown): void {
  const { pathname } = new URL(url);
  const where = `${method} ${pathname} → ${status}`;
  let operationPointer: string[] | undefined;
  let operation: any;
  if (pathname === '/api/v1' || pathname.startsWith('/api/v1/')) {
    const route = routeOf(method.toUpperCase(), pathname.slice('/api/v1'.length) || '/');
    if (route) {
      operationPointer = ['paths', route.path, route.method.toLowerCase()];
      operation = documents().openapi.paths[route.path][route.method.toLowerCase()];
    }
  } else {
    const root = rootPathItem(pathname);
    if (!root) return;
    operation = root.item[method.toLowerCase()] ?? (method === 'HEAD' ? root.item.get : undefined);
    if (operation) operationPointer = ['paths', root.path, root.item[method.toLowerCase()] ? method.toLowerCase() : 'get'];
  }
  if (status === 204 || method === 'HEAD') return;

  if (!operation) {
    // Not an operation: an unknown path or a method the path does not have. The error envelope.
    const v = validatorAt('openapi', ['components', 'schemas', 'ErrorResponse']);
    if (!v(body))
      throw violation(`${where}: not an operation, and the body is not the error envelope: ${errorsOf(v)}: ${JSON.stringify(body).slice(0, 300)}`);
    return;
  }
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!response)
    throw violation(
      `${where}: status ${status} is not declared (declared: ${Object.keys(operation.responses ?? {}).join(', ')}): ${JSON.stringify(body).slice(0, 300)}`,
    );
  const declared = resolve(response);
  for (const [name, raw] of Object.entries<any>(declared.headers ?? {})) {
    const header = resolve(raw);
    const value = headers.get(name);
    if (value === null) {
      if (header.required) throw violation(`${where}: the declared header ${name} is missing`);
      continue;
    }
    const schema = resolve(header.schema);
    const typed = schema?.type === 'integer' || schema?.type === 'number' ? Number(value) : value;
    const v = headerValidator(schema ?? {});
    if (!v(typed)) throw violation(`${where}: header ${name}: ${JSON.stringify(value)} ${errorsOf(v)}`);
  }
  const json = declared.content?.['application/json'];
  if (!json) return;
  const contentType = headers.get('content-type') ?? '';
  if (!contentType.includes('application/json')) throw violation(`${where}: declared JSON, answered ${contentType || 'no content type'}`);
  const statusKey = operation.responses?.[String(status)] ? String(status) : 'default';
  const pointer = [...operationPointer!, 'responses', statusKey];
  // A shared response (`$ref` into components) is validated where it is defined.
  const raw = operation.responses[statusKey];
  const target = raw.$ref
    ? (raw.$ref as string)
        .slice(2)
        .split('/')
        .map((k: string) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    : pointer;
  const v = validatorAt('openapi', [...target, 'content', 'application/json', 'schema']);
  if (!v(body)) throw violation(`${where}: the body does not fit the documented schema: ${errorsOf(v)}: ${JSON.stringify(body).slice(0, 500)}`);
}

/** What a /ws frame was, as the client saw it: a reply to an action, or anything else (events, pongs). */
export function checkWsMessage(message: unknown, action: string | undefined): void {
  const { asyncapi } = documents();
  const messages = asyncapi.components.messages;
  const payloadOf = (name: string): ValidateFunction => validatorAt('asyncapi', ['components', 'messages', name, 'payload']);
  const m = message as Record<string, unknown> | null;
  if (m === null || typeof m !== 'object') throw violation(`/ws: a frame that is not a JSON object: ${String(message).slice(0, 200)}`);
  let candidates: string[];
  if (typeof m.event === 'string') candidates = [m.event];
  else if (m.action === 'pong') candidates = ['pong'];
  else if (m.status === 'error') candidates = ['error'];
  // An uncorrelated reply (no request_id) must fit some reply of the document.
  else if (m.status === 'ok') candidates = action ? [`${action}.reply`] : Object.keys(messages).filter((n) => n.endsWith('.reply'));
  else candidates = [];
  const known = candidates.filter((c) => messages[c]);
  if (known.length === 0)
    throw violation(
      `/ws: a frame no message of the AsyncAPI document describes${action ? ` (reply to ${action})` : ''}: ${JSON.stringify(m).slice(0, 300)}`,
    );
  const failures = known.map((name) => {
    const v = payloadOf(name);
    return v(m) ? undefined : `${name}: ${errorsOf(v)}`;
  });
  if (failures.every(Boolean)) throw violation(`/ws: the frame does not fit ${failures.join(' | ')}: ${JSON.stringify(m).slice(0, 500)}`);
}
