/**
 * The relay's HTTP transport (teamrc, seed 002), on its own unprefixed paths and in its own error
 * format (`{"error": "…"}`, `reason` on 401). Per request, in the relay's order (relay-api.md §1):
 * route → Accept (406) → OPTIONS (204) → X-Teamrc-Version (426/400) → body (413/400) → session
 * (TRCR access token) → Ed25519 signature (401) → rate limit (429) → body envelope (400) → operation.
 * The operation's result is answered with the route's status (`x-relay-status`; 201 when
 * `teams.upsert` created the team); a `RelayError` becomes its status and body in ./errors.ts.
 * Routes, auth classes and validators come from generated/relay (specs/openapi/relay.yaml).
 */
import type Koa from 'koa';
import {
  relayBodyValidators,
  relayParamsValidator,
  relayRoutes,
  type RelayHandlers,
  type RelayInputs,
  type RelayOperationName,
  type RelayRoute,
} from '../../../generated/relay/routes.js';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import { relayError, RelayError, relayHandlers, type RelayContext, type RelayResults } from '../../domain/relay/index.js';
import { enforceLimits, type RelayLimit } from '../../domain/relay/ratelimit.js';
import { verifyRequestSignature } from '../../domain/relay/signature.js';
import type { Services } from '../../platform/services.js';
import { readBodyText } from '../http/body.js';
import { httpError, type HttpAnswer } from './errors.js';
import { renderVerifyPage, VERIFY_PAGE_HEADERS } from './verify-page.js';

/** Plug.Parsers' limit in the original relay. */
export const RELAY_MAX_BODY_BYTES = 256_000;

/** Paths the relay owns, with everything below them (the rest of the server belongs to TRCR). */
const RELAY_PREFIXES = ['/api/teams', '/api/join', '/api/auth/device', '/api/token', '/api/account', '/api/test', '/auth/verify', '/health'];

export const isRelayPath = (path: string): boolean => RELAY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

/** Phoenix's default answer for a path no route serves. */
const NOT_FOUND_BODY = { errors: { detail: 'Not Found' } };

/** The two operations that are pure transport: the verification page's HTML and `/health` (synchronous; a handler returns a promise). */
const transportHandlers = {
  'device.verifyPage': (_ctx: RelayContext, input: RelayInputs['device.verifyPage']) =>
    Promise.resolve(renderVerifyPage(typeof input.code === 'string' ? { code: input.code } : {})),
  health: () => Promise.resolve({ status: 'ok' as const }),
};

const handlers = { ...relayHandlers, ...transportHandlers } satisfies RelayHandlers<RelayContext, unknown>;

type Results = RelayResults & { [K in keyof typeof transportHandlers]: Awaited<ReturnType<(typeof transportHandlers)[K]>> };

/** What an operation's result makes of its answer; by default the result is the body, sent with the route's status. */
type Shape<R> = (result: R) => { status?: number; body: unknown; headers?: Record<string, string> };

/** `teams.upsert` answers 201 instead of the route's status (`x-relay-status`) when it created the team. */
const CREATED = 201;

/** The operations whose answer is more than their result with the route's status. */
const SHAPES: { [K in RelayOperationName]?: Shape<Results[K]> } = {
  'teams.upsert': ({ created, ...body }) => ({ body, ...(created ? { status: CREATED } : {}) }),
  'account.export': (data) => ({ body: data, headers: { 'content-disposition': 'attachment; filename="teamrc-export.json"' } }),
  'device.verifyPage': (html) => ({ body: html, headers: { ...VERIFY_PAGE_HEADERS } }),
};

function answer(route: RelayRoute, result: unknown): HttpAnswer {
  const shape = SHAPES[route.operation] as Shape<unknown> | undefined;
  const shaped = shape ? shape(result) : { body: result };
  return { status: shaped.status ?? route.status, body: shaped.body, headers: shaped.headers ?? {} };
}

/** The limits a request counts against, by auth class (src/domain/relay/ratelimit.ts). */
function limitsOf(route: RelayRoute, rctx: RelayContext): [RelayLimit, string][] {
  if (route.auth === 'signed' || route.auth === 'session+signed')
    return [
      ['token', rctx.token!],
      ['ip', rctx.ip],
    ];
  if (route.auth === 'public' || route.auth === 'session') return [['ip-public', rctx.ip]];
  return [];
}

interface Match {
  route: RelayRoute;
  params: Record<string, string>;
}

function match(method: string, path: string): Match | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const route of relayRoutes as readonly RelayRoute[]) {
    if (route.method !== method || route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const want = route.segments[i]!;
      if (want.startsWith(':')) {
        try {
          params[want.slice(1)] = decodeURIComponent(segments[i]!);
        } catch {
          ok = false;
        }
      } else ok = want === segments[i];
    }
    if (ok) return { route, params };
  }
  return undefined;
}

/** `Accept` absent, `*\/*`, `application/*` or JSON is fine; anything else is 406. */
function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((part) => {
    const type = part.split(';')[0]!.trim().toLowerCase();
    return type === '*/*' || type === 'application/*' || type === 'application/json' || type === '';
  });
}

/** The `X-Teamrc-Version` header: absent or an integer ≥ 1. */
function checkVersion(raw: string | undefined): void {
  if (raw === undefined) return;
  if (!/^\s*-?\d+\s*$/.test(raw)) throw relayError('invalid_input', { message: 'Malformed version header. Expected an integer.' });
  if (Number(raw) < 1) {
    throw relayError('upgrade_required', {
      message: 'Your teamrc CLI is outdated. Please update: npm install -g teamrc',
      minimum_version: 1,
    });
  }
}

async function readJson(req: Koa.Request['req'], route: RelayRoute): Promise<{ raw: Buffer; json: Record<string, unknown> }> {
  let text: string;
  try {
    text = await readBodyText(req, RELAY_MAX_BODY_BYTES);
  } catch {
    throw relayError('content_too_large', { limit_bytes: RELAY_MAX_BODY_BYTES });
  }
  const raw = Buffer.from(text, 'utf8');
  if (!route.hasBody || text.trim() === '') return { raw, json: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw relayError('invalid_input', 'invalid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw relayError('invalid_input', 'request body must be a JSON object');
  return { raw, json: parsed as Record<string, unknown> };
}

/** The first validator error in the relay's words. */
function envelopeError(errors: { keyword: string; instancePath: string; params: Record<string, unknown> }[]): string {
  const e = errors[0]!;
  const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (e.keyword === 'required') return `missing parameter: ${[field, String(e.params.missingProperty)].filter(Boolean).join('.')}`;
  if (e.keyword === 'type') return `${field || 'body'} must be a ${String(e.params.type)}`;
  return `invalid parameter: ${field || 'body'}`;
}

const header = (ctx: Koa.Context, name: string): string | undefined => {
  const v = ctx.get(name);
  return v === '' ? undefined : v;
};

export function createRelayMiddleware(svc: Services): Koa.Middleware {
  async function run(ctx: Koa.Context, m: Match): Promise<HttpAnswer> {
    const { route } = m;
    if (route.auth !== 'none' && !acceptsJson(header(ctx, 'accept'))) throw relayError('not_acceptable');
    if (route.auth !== 'none') checkVersion(header(ctx, 'x-teamrc-version'));

    const { raw, json } = await readJson(ctx.req, route);
    const rctx: RelayContext = { svc, token: null, userId: null, ip: ctx.ip };

    if (route.auth === 'session' || route.auth === 'session+signed') {
      const auth = header(ctx, 'authorization');
      const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!bearer) throw relayError('unauthorized');
      try {
        rctx.userId = (await authenticateBearer(svc, bearer)).userId;
      } catch {
        throw relayError('unauthorized');
      }
    }
    if (route.auth === 'signed' || route.auth === 'session+signed') {
      const bodyToken = typeof json.token === 'string' ? json.token : undefined;
      const result = verifyRequestSignature(
        {
          method: ctx.method,
          rawPathAndQuery: ctx.originalUrl,
          rawBody: raw,
          signature: header(ctx, 'x-trc-signature'),
          timestamp: header(ctx, 'x-trc-timestamp'),
          token: bodyToken ?? m.params.token ?? header(ctx, 'x-trc-token'),
        },
        Math.floor(Date.now() / 1000),
      );
      if (!result.ok) throw relayError('unauthorized', { reason: result.reason });
      rctx.token = result.token;
    }
    await enforceLimits(svc, limitsOf(route, rctx));

    const query: Record<string, string> = {};
    for (const name of route.queryParams) {
      const v = ctx.query[name];
      if (typeof v === 'string') query[name] = v;
    }
    // A NUL or an unpaired surrogate in a token or code is refused here, not left to PostgreSQL (a 500).
    if (!relayParamsValidator({ ...query, ...m.params })) throw relayError('invalid_input', envelopeError(relayParamsValidator.errors as never));
    const validate = relayBodyValidators[route.operation];
    if (validate && !validate(json)) throw relayError('invalid_input', envelopeError(validate.errors as never));

    const input = { ...json, ...query, ...m.params };
    const handler = handlers[route.operation] as (c: RelayContext, i: unknown) => Promise<unknown>;
    return answer(route, await handler(rctx, input));
  }

  return async (ctx) => {
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      ctx.set('access-control-allow-methods', 'GET, POST, OPTIONS');
      ctx.set('access-control-allow-headers', 'content-type, x-trc-signature, x-trc-timestamp');
      return;
    }
    const m = match(ctx.method, ctx.path);
    if (!m || (m.route.auth === 'test-hook' && !svc.config.relayTestHooks)) {
      ctx.status = 404;
      ctx.body = NOT_FOUND_BODY;
      return;
    }
    let res: HttpAnswer;
    try {
      res = await run(ctx, m);
    } catch (err) {
      if (!(err instanceof RelayError)) svc.log.error({ err, path: ctx.path, operation: m.route.operation }, 'relay request failed');
      res = httpError(err instanceof RelayError ? err : relayError('internal_error'));
    }
    ctx.status = res.status;
    ctx.set(res.headers);
    ctx.body = res.body;
  };
}
