/**
 * The Koa application. Every request first gets its request id (X-Request-Id), a log line
 * (request-log.ts) and, outside the relay, response compression (compress.ts); then it is routed:
 *   /api/v1/graphql, /graphql → GraphQL over HTTP
 *   /api/v1/**                → REST (routes generated from the OpenAPI document)
 *   /mcp                      → MCP over Streamable HTTP
 *   /healthz, /readyz         → liveness and readiness (health.ts; no auth, no rate limit)
 *   /                         → browsers: 302 to /docs; others: a JSON map of the endpoints (root.ts)
 *   /docs/**                  → the docs portal (specs rendered offline)
 *   /api/teams…, /api/join, /api/auth/device…, /api/token/…, /api/account…, /auth/verify, /health
 *                             → the team relay (teamrc, seed 002), in its own error format
 * Each API mount runs its own chain: CORS (cors.ts; preflights end there) → error rendering →
 * authenticate → X-Org-Id → rate limit → transport.
 * Anything else answers a JSON NOT_FOUND envelope.
 */
import Koa from 'koa';
import type { Services } from '../../platform/services.js';
import { AppError, errorToAnswer } from '../../platform/errors.js';
import { docsMiddleware } from '../docs/index.js';
import { createGraphqlHandler } from '../graphql/index.js';
import { createMcpMiddleware, renderMcpError } from '../mcp/index.js';
import { createRestMiddleware, renderRestError } from '../rest/index.js';
import { createRelayMiddleware, isRelayPath } from '../relay/http.js';
import { compression } from './compress.js';
import { cors, GRAPHQL_CORS, MCP_CORS, REST_CORS, type CorsPolicy } from './cors.js';
import { healthz, readyz } from './health.js';
import { authenticate, chain, rateLimit, renderErrors, requestId, type ApiMiddleware } from './middleware.js';
import { requestLog } from './request-log.js';
import { root } from './root.js';
import type { ApiContext, ApiState } from './state.js';

/** Runs `transport` behind CORS and the shared middleware, encoding errors with `render`. */
function apiChain(svc: Services, corsPolicy: CorsPolicy, render: (ctx: ApiContext, err: AppError) => void, transport: ApiMiddleware): ApiMiddleware {
  return chain([cors(svc.config.corsOrigins, corsPolicy), renderErrors(svc, render), authenticate(svc), rateLimit(svc), transport]);
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
    await handle(ctx);
  };
}

const isUnder = (path: string, prefix: string): boolean => path === prefix || path.startsWith(prefix + '/');

export function createApp(svc: Services): Koa<ApiState> {
  const app = new Koa<ApiState>();
  // ctx.ip (the anonymous rate-limit key) comes from X-Forwarded-For only when configured to trust it.
  app.proxy = svc.config.trustProxy;
  // Koa would print every thrown error to stderr; the chains log what matters with the request id.
  app.silent = true;

  const graphql = apiChain(svc, GRAPHQL_CORS, renderGraphqlError, graphqlTransport(svc));
  const rest = apiChain(svc, REST_CORS, renderRestError, createRestMiddleware(svc));
  const mcp = apiChain(svc, MCP_CORS, renderMcpError, createMcpMiddleware(svc));
  const health = healthz(svc);
  const ready = readyz(svc);
  const index = root();
  const docs = docsMiddleware();
  const relay = createRelayMiddleware(svc);
  const compress = compression();

  app.use(requestId());
  app.use(requestLog(svc));
  // The relay keeps the original relay's uncompressed answers.
  app.use(async (ctx, next) => {
    if (isRelayPath(ctx.path)) await next();
    else await compress(ctx, next);
  });
  app.use(async (ctx, next) => {
    const path = ctx.path;
    const read = ctx.method === 'GET' || ctx.method === 'HEAD';
    try {
      if (path === '/graphql' || path === '/api/v1/graphql') await graphql(ctx, next);
      else if (isUnder(path, '/api/v1')) await rest(ctx, next);
      else if (path === '/mcp') await mcp(ctx, next);
      else if (path === '/healthz' && read) await health(ctx, next);
      else if (path === '/readyz' && read) await ready(ctx, next);
      else if (path === '/' && read) await index(ctx, next);
      else if (isRelayPath(path)) await relay(ctx, next);
      else {
        await docs(ctx, next);
        if (ctx.body === undefined && ctx.status === 404) throw new AppError('NOT_FOUND', `No route for ${ctx.method} ${path}`);
      }
    } catch (thrown) {
      // Last resort outside the API chains (which encode their own errors): JSON, never HTML.
      const err = errorToAnswer(svc.log, thrown, { request_id: ctx.state.requestId, path });
      if (err.retryAfter !== undefined) ctx.set('Retry-After', String(err.retryAfter));
      ctx.status = err.status;
      ctx.body = { error: err.toJSON() };
    }
  });
  return app;
}
