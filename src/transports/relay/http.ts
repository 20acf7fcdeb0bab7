/**
 * The relay's HTTP transport (teamrc, seed 002), on its own unprefixed paths and in its own error
 * format (`{"error": "…"}`, `reason` on 401). Per request, in the relay's order (relay-api.md §1):
 * route → Accept (406) → OPTIONS (204) → X-Teamrc-Version (426/400) → body (413/400) → session
 * (TRCR access token) → Ed25519 signature (401) → rate limit (429) → body envelope (400) → operation.
 * Routes, auth classes and validators come from generated/relay (specs/openapi/relay.yaml).
 */
import type Koa from 'koa';
import { relayBodyValidators, relayRoutes, type RelayHandlers, type RelayRoute } from '../../../generated/relay/routes.js';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import { relayHandlers, RelayError, type RelayContext, type RelayReply } from '../../domain/relay/index.js';
import { hitWindow, relayKey } from '../../domain/relay/ratelimit.js';
import { verifyRequestSignature } from '../../domain/relay/signature.js';
import type { Services } from '../../platform/services.js';
import { readBodyText } from '../http/body.js';
import { renderVerifyPage, VERIFY_PAGE_HEADERS } from './verify-page.js';

/** Plug.Parsers' limit in the original relay. */
export const RELAY_MAX_BODY_BYTES = 256_000;
const MAX_SIGNED_PER_IP = 120;

/** Paths the relay owns, with everything below them (the rest of the server belongs to TRCR). */
const RELAY_PREFIXES = ['/api/teams', '/api/join', '/api/auth/device', '/api/token', '/api/account', '/api/test', '/auth/verify', '/health'];

export const isRelayPath = (path: string): boolean => RELAY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

/** Phoenix's default answer for a path no route serves. */
const NOT_FOUND_BODY = { errors: { detail: 'Not Found' } };

type Handlers = RelayHandlers<RelayContext, RelayReply>;

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

const fail = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): RelayError =>
  new RelayError(status, { error, ...extra }, headers);

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
  if (!/^\s*-?\d+\s*$/.test(raw)) throw fail(400, 'bad_request', { message: 'Malformed version header. Expected an integer.' });
  if (Number(raw) < 1) {
    throw fail(426, 'upgrade_required', {
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
    throw fail(413, 'request body too large', { limit_bytes: RELAY_MAX_BODY_BYTES });
  }
  const raw = Buffer.from(text, 'utf8');
  if (!route.hasBody || text.trim() === '') return { raw, json: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw fail(400, 'invalid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw fail(400, 'request body must be a JSON object');
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
  const handlers: Handlers = {
    ...relayHandlers,
    'device.verifyPage': async (_ctx, input) => ({
      body: renderVerifyPage(typeof input.code === 'string' ? { code: input.code } : {}),
      headers: { ...VERIFY_PAGE_HEADERS },
    }),
    health: async () => ({ body: { status: 'ok' } }),
  } satisfies Handlers;

  async function limit(rctx: RelayContext, route: RelayRoute): Promise<void> {
    const checks: [string, number][] = [];
    if (route.auth === 'signed' || route.auth === 'session+signed') {
      checks.push([relayKey(svc, 'token', rctx.token!), svc.config.relayRateLimitPerMinute]);
      checks.push([relayKey(svc, 'ip', rctx.ip), Math.max(MAX_SIGNED_PER_IP, svc.config.relayRateLimitPerMinute * 2)]);
    } else if (route.auth === 'public' || route.auth === 'session') {
      checks.push([relayKey(svc, 'ip-public', rctx.ip), svc.config.relayRateLimitPerMinute]);
    }
    const hits = await Promise.all(checks.map(([key, max]) => hitWindow(svc, key, max)));
    const refused = hits.find((hit) => !hit.allowed);
    if (refused) throw fail(429, 'rate limit exceeded', {}, { 'retry-after': String(refused.retryAfterSeconds) });
  }

  async function run(ctx: Koa.Context, m: Match): Promise<RelayReply> {
    const { route } = m;
    if (route.auth !== 'none' && !acceptsJson(header(ctx, 'accept'))) throw new RelayError(406, { error: 'not_acceptable' });
    if (route.auth !== 'none') checkVersion(header(ctx, 'x-teamrc-version'));

    const { raw, json } = await readJson(ctx.req, route);
    const rctx: RelayContext = { svc, token: null, userId: null, ip: ctx.ip };

    if (route.auth === 'session' || route.auth === 'session+signed') {
      const auth = header(ctx, 'authorization');
      const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
      if (!bearer) throw fail(401, 'unauthorized');
      try {
        rctx.userId = (await authenticateBearer(svc, bearer)).userId;
      } catch {
        throw fail(401, 'unauthorized');
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
      if (!result.ok) throw fail(401, 'unauthorized', { reason: result.reason });
      rctx.token = result.token;
    }
    await limit(rctx, route);

    const validate = relayBodyValidators[route.operation];
    if (validate && !validate(json)) throw fail(400, envelopeError(validate.errors as never));

    const query: Record<string, string> = {};
    for (const name of route.queryParams) {
      const v = ctx.query[name];
      if (typeof v === 'string') query[name] = v;
    }
    const input = { ...json, ...query, ...m.params };
    const handler = handlers[route.operation] as (c: RelayContext, i: unknown) => Promise<RelayReply>;
    return handler(rctx, input);
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
    let reply: RelayReply;
    try {
      reply = await run(ctx, m);
    } catch (err) {
      if (err instanceof RelayError) {
        ctx.status = err.status;
        ctx.set(err.headers);
        ctx.body = err.body;
        return;
      }
      svc.log.error({ err, path: ctx.path, operation: m.route.operation }, 'relay request failed');
      ctx.status = 500;
      ctx.body = { error: 'internal_error' };
      return;
    }
    ctx.status = reply.status ?? m.route.status;
    if (reply.headers) ctx.set(reply.headers);
    ctx.body = reply.body;
  };
}
