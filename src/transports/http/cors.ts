/**
 * CORS for the API mounts (/api/v1, /graphql, /api/v1/graphql, /mcp) with @koa/cors, restricted to
 * `config.corsOrigins` (CORS_ORIGINS). It runs first in each API chain, before authentication and
 * the rate limit:
 * - A preflight (OPTIONS with `Origin` and `Access-Control-Request-Method`) is answered here with 204,
 *   never reaching auth, the rate limit or the transport. From an allowed origin it carries
 *   Access-Control-Allow-Origin (that origin, never `*`), -Methods, -Headers and -Max-Age; from any
 *   other origin (or with no allow-list) no Access-Control-* header at all, so the browser refuses.
 * - An actual request from an allowed origin gets Access-Control-Allow-Origin and
 *   Access-Control-Expose-Headers (request id, rate-limit headers, …), on errors too.
 * - Without an allow-list nothing else changes: no CORS header is ever sent.
 * No `Access-Control-Allow-Credentials`: the API authenticates with Bearer tokens, not cookies.
 *
 * /mcp keeps its own Origin check (MCP_ALLOWED_ORIGINS, against DNS rebinding); config.ts adds every
 * CORS origin to that list, so an origin allowed here is never refused there.
 * The team relay paths answer their own OPTIONS and are not covered.
 */
import koaCors from '@koa/cors';
import type Koa from 'koa';
import { originAllowed } from '../../platform/config.js';
import type { ApiMiddleware } from './middleware.js';

export interface CorsPolicy {
  /** Access-Control-Allow-Methods. */
  methods: readonly string[];
  /** Access-Control-Allow-Headers: request headers a browser may send. */
  allowHeaders: readonly string[];
  /** Access-Control-Expose-Headers: response headers browser code may read. */
  exposeHeaders: readonly string[];
}

/** How long a browser may cache a preflight answer (seconds; Chromium caps it at 7200). */
export const CORS_MAX_AGE_SECONDS = 600;

const API_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'X-Org-Id', 'X-Request-Id'];
const API_RESPONSE_HEADERS = ['X-Request-Id', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After'];

export const REST_CORS: CorsPolicy = {
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: API_REQUEST_HEADERS,
  exposeHeaders: API_RESPONSE_HEADERS,
};

export const GRAPHQL_CORS: CorsPolicy = {
  methods: ['GET', 'POST'],
  allowHeaders: API_REQUEST_HEADERS,
  exposeHeaders: API_RESPONSE_HEADERS,
};

/** Streamable HTTP adds its session, protocol-version and SSE resumption headers. */
export const MCP_CORS: CorsPolicy = {
  methods: ['GET', 'POST', 'DELETE'],
  allowHeaders: [...API_REQUEST_HEADERS, 'Mcp-Session-Id', 'Mcp-Protocol-Version', 'Last-Event-ID', 'X-MCP-Toolsets', 'X-MCP-Readonly'],
  exposeHeaders: [...API_RESPONSE_HEADERS, 'Mcp-Session-Id', 'WWW-Authenticate'],
};

/** A CORS preflight: OPTIONS announcing the method the browser wants to send. */
export function isPreflight(ctx: Koa.Context | Koa.ParameterizedContext<unknown>): boolean {
  return ctx.method === 'OPTIONS' && ctx.get('Origin') !== '' && ctx.get('Access-Control-Request-Method') !== '';
}

/** The CORS middleware of one API mount; see the module comment for what it answers. */
export function cors(origins: readonly string[], policy: CorsPolicy): ApiMiddleware {
  const handle =
    origins.length === 0
      ? undefined
      : (koaCors({
          // The request's own origin when listed; '' makes @koa/cors set nothing and pass on.
          origin: (ctx) => {
            const origin = ctx.get('Origin');
            return originAllowed(origin, origins) ? origin : '';
          },
          allowMethods: [...policy.methods],
          allowHeaders: [...policy.allowHeaders],
          exposeHeaders: [...policy.exposeHeaders],
          maxAge: CORS_MAX_AGE_SECONDS,
          credentials: false,
        }) as unknown as ApiMiddleware);

  return async (ctx, next) => {
    if (isPreflight(ctx)) {
      // Answered here whatever the origin: a preflight needs no token and costs no rate-limit point.
      if (handle) await handle(ctx, async () => {});
      ctx.status = 204;
      return;
    }
    if (handle) await handle(ctx, next);
    else await next();
  };
}
