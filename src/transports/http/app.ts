/**
 * The Koa application: one chain per API mount, each starting with the shared middleware
 * (request id → error rendering → authenticate → X-Org-Id → rate limit), then the transport.
 *   /api/v1/graphql, /graphql → GraphQL over HTTP
 *   /api/v1/**                → REST (routes generated from the OpenAPI document)
 *   /mcp                      → MCP over Streamable HTTP
 *   /healthz                  → liveness + database check (no auth, no rate limit)
 *   /docs/**                  → the docs portal (specs rendered offline)
 *   /api/teams…, /api/join, /api/auth/device…, /api/token/…, /api/account…, /auth/verify, /health
 *                             → the team relay (teamrc, seed 002), in its own error format
 * Anything else answers a JSON NOT_FOUND envelope.
 */
import Koa from 'koa';
import type { Services } from '../../platform/services.js';
import { AppError, toAppError } from '../../platform/errors.js';
import { docsMiddleware } from '../docs/index.js';
import { createGraphqlHandler } from '../graphql/index.js';
import { createMcpMiddleware, renderMcpError } from '../mcp/index.js';
import { createRestMiddleware, renderRestError } from '../rest/index.js';
import { createRelayMiddleware, isRelayPath } from '../relay/http.js';
import { authenticate, chain, rateLimit, renderErrors, requestId, type ApiMiddleware } from './middleware.js';
import type { ApiContext, ApiState } from './state.js';

/** Runs `transport` behind the shared middleware, encoding errors with `render`. */
function apiChain(svc: Services, render: (ctx: ApiContext, err: AppError) => void, transport: ApiMiddleware): ApiMiddleware {
  return chain([requestId(), renderErrors(svc, render), authenticate(svc), rateLimit(svc), transport]);
}

/** GraphQL's error shape for failures before the GraphQL handler runs (rate limit, server errors). */
function renderGraphqlError(ctx: ApiContext, err: AppError): void {
  ctx.status = err.status;
  ctx.body = { errors: [{ message: err.message, extensions: { code: err.code, ...(err.details ? { details: err.details } : {}) } }] };
}

function graphqlTransport(svc: Services): ApiMiddleware {
  const handle = createGraphqlHandler(svc);
  return async (ctx) => {
    if (ctx.method !== 'GET' && ctx.method !== 'POST') {
      ctx.set('Allow', 'GET, POST');
      renderGraphqlError(ctx, new AppError('VALIDATION_ERROR', `GraphQL accepts GET and POST, not ${ctx.method}`));
      ctx.status = 405;
      return;
    }
    await handle(ctx as unknown as Koa.Context);
  };
}

/** Resolves with `work`, or rejects once `ms` have passed. */
async function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** 200 `{status:'ok'}` once the database answers `select 1` (within 2 s), else 503. */
function healthz(svc: Services): Koa.Middleware {
  return async (ctx) => {
    let ok = false;
    try {
      await within(svc.db`select 1`.execute(), 2000);
      ok = true;
    } catch (err) {
      svc.log.warn({ err }, 'health check: database not answering');
    }
    ctx.status = ok ? 200 : 503;
    ctx.body = { status: ok ? 'ok' : 'unavailable' };
  };
}

const isUnder = (path: string, prefix: string): boolean => path === prefix || path.startsWith(prefix + '/');

export function createApp(svc: Services): Koa<ApiState> {
  const app = new Koa<ApiState>();
  // ctx.ip (the anonymous rate-limit key) comes from X-Forwarded-For only when configured to trust it.
  app.proxy = svc.config.trustProxy;
  // Koa would print every thrown error to stderr; the chains log what matters with the request id.
  app.silent = true;

  const graphql = apiChain(svc, renderGraphqlError, graphqlTransport(svc));
  const rest = apiChain(svc, renderRestError, createRestMiddleware(svc));
  const mcp = apiChain(svc, renderMcpError, createMcpMiddleware(svc));
  const health = healthz(svc);
  const docs = docsMiddleware();
  const relay = createRelayMiddleware(svc);

  app.use(async (ctx, next) => {
    const path = ctx.path;
    try {
      if (path === '/graphql' || path === '/api/v1/graphql') return await graphql(ctx, next);
      if (isUnder(path, '/api/v1')) return await rest(ctx, next);
      if (path === '/mcp') return await mcp(ctx, next);
      if (path === '/healthz' && (ctx.method === 'GET' || ctx.method === 'HEAD')) return await health(ctx, next);
      if (isRelayPath(path)) return await relay(ctx as unknown as Koa.Context, next);
      await docs(ctx as unknown as Koa.Context, next);
      if (ctx.body === undefined && ctx.status === 404) throw new AppError('NOT_FOUND', `No route for ${ctx.method} ${path}`);
    } catch (thrown) {
      // Last resort outside the API chains (which encode their own errors): JSON, never HTML.
      const err = toAppError(thrown);
      if (err.code === 'INTERNAL_ERROR') svc.log.error({ err: thrown, path }, 'request failed');
      ctx.status = err.status;
      ctx.body = { error: err.toJSON() };
    }
  });
  return app;
}
