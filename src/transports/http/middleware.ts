/**
 * The middleware every API mount (/api/v1, /graphql, /mcp) runs, in this order:
 *   (request id, for every request: app.ts) → CORS (cors.ts) → error rendering (per transport) →
 *   authenticate → X-Org-Id → rate limit → transport.
 * Authentication never answers by itself: an invalid token is left in `ctx.state.authError` so the
 * rate limit (keyed by IP for such callers) and its headers still apply, and each transport decides
 * how to answer (REST and MCP: 401; GraphQL: its own error shape; REST `auth: 'none'` routes: ignored).
 */
import type Koa from 'koa';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import { newId } from '../../platform/ids.js';
import { AppError, errorToAnswer, unauthorized } from '../../platform/errors.js';
import type { RateLimitResult } from '../../platform/ratelimit.js';
import type { Services } from '../../platform/services.js';
import type { ApiContext, ApiState } from './state.js';

export type ApiMiddleware = Koa.Middleware<ApiState>;

export const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Takes a well-formed `X-Request-Id` from the client or makes one, and echoes it on the response.
 * app.ts runs it first for every request (API mounts, docs, health, relay); a request that already
 * has an id keeps it.
 */
export function requestId(): ApiMiddleware {
  return async (ctx, next) => {
    if (!ctx.state.requestId) {
      const given = ctx.get('X-Request-Id');
      ctx.state.requestId = REQUEST_ID_RE.test(given) ? given : newId('req');
      ctx.set('X-Request-Id', ctx.state.requestId);
    }
    await next();
  };
}

/**
 * Catches whatever the rest of the chain throws and lets the transport encode it. Unknown errors are
 * logged with the request id and become INTERNAL_ERROR (no stack or SQL text to the client).
 */
export function renderErrors(svc: Services, render: (ctx: ApiContext, err: AppError) => void): ApiMiddleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (thrown) {
      const err = errorToAnswer(svc.log, thrown, { request_id: ctx.state.requestId, path: ctx.path });
      if (err.retryAfter !== undefined) ctx.set('Retry-After', String(err.retryAfter));
      if (err.code === 'UNAUTHORIZED') ctx.set('WWW-Authenticate', 'Bearer');
      render(ctx, err);
    }
  };
}

/** The token of an `Authorization: Bearer <token>` header; '' when absent; null when malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return '';
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m ? m[1]! : null;
}

/** Resolves the Bearer token (JWT or PAT) into `ctx.state.actor`; an invalid one into `ctx.state.authError`. */
export function authenticate(svc: Services): ApiMiddleware {
  return async (ctx, next) => {
    ctx.state.actor = null;
    const token = bearerToken(ctx.get('Authorization'));
    if (token === null) {
      ctx.state.authError = unauthorized('The Authorization header must be "Bearer <token>"');
    } else if (token !== '') {
      try {
        ctx.state.actor = await authenticateBearer(svc, token);
      } catch (err) {
        // Only a rejected token is a 401; anything else (database down) is a server error.
        if (!(err instanceof AppError) || err.code !== 'UNAUTHORIZED') throw err;
        ctx.state.authError = err;
      }
    }
    const org = ctx.get('X-Org-Id').trim();
    if (org) ctx.state.orgHint = org;
    await next();
  };
}

/** The key of the caller's API limit: the user, or the client IP for anonymous callers. */
export const rateLimitKey = (ctx: ApiContext): string => (ctx.state.actor ? `user:${ctx.state.actor.userId}` : `ip:${ctx.ip}`);

/** The X-RateLimit-* headers of a limit result. */
export function setRateLimitHeaders(ctx: ApiContext, r: RateLimitResult): void {
  ctx.set('X-RateLimit-Limit', String(r.limit));
  ctx.set('X-RateLimit-Remaining', String(r.remaining));
  ctx.set('X-RateLimit-Reset', String(Math.max(0, Math.ceil(r.resetSeconds))));
}

/** RATE_LIMIT_EXCEEDED for a refused result (with `Retry-After`). */
export function rateLimitError(r: RateLimitResult): AppError {
  return new AppError(
    'RATE_LIMIT_EXCEEDED',
    `Rate limit of ${r.limit} requests per minute exceeded; retry in ${r.retryAfterSeconds} s`,
    { retry_after: r.retryAfterSeconds },
    r.retryAfterSeconds,
  );
}

/**
 * The per-user API limit shared by REST, GraphQL and MCP (`config.rateLimitPerMinute`), keyed by
 * user id, or by client IP for anonymous callers. Every answer carries the X-RateLimit-* headers:
 * Limit (requests per window), Remaining (left in this window) and Reset (whole seconds until the
 * window resets, 0..60, as documented; not a timestamp).
 * This counts the request as one call; a transport whose request carries several calls (an MCP
 * JSON-RPC batch, a GraphQL document with several mutations) charges the others with `chargeCalls`.
 */
export function rateLimit(svc: Services): ApiMiddleware {
  return async (ctx, next) => {
    const r = await svc.limiter.consume(rateLimitKey(ctx));
    setRateLimitHeaders(ctx, r);
    if (!r.allowed) throw rateLimitError(r);
    await next();
  };
}

/**
 * Charges the calls of a request beyond the one `rateLimit` counted: `calls` in all (1 charges
 * nothing). Returns how many of them may run (the first ones, at least the one already counted) and,
 * when not all may, the error the others answer; updates the X-RateLimit-* headers. With
 * `allOrNothing`, a request that does not fit entirely is refused (RATE_LIMIT_EXCEEDED thrown) and
 * the extra points are given back, so only the refused request itself was counted.
 */
export async function chargeCalls(
  ctx: ApiContext,
  svc: Services,
  calls: number,
  opts: { allOrNothing?: boolean } = {},
): Promise<{ allowed: number; refusal?: AppError }> {
  if (calls <= 1) return { allowed: calls };
  const key = rateLimitKey(ctx);
  const extra = calls - 1;
  const r = await svc.limiter.consume(key, extra);
  if (r.allowed) {
    setRateLimitHeaders(ctx, r);
    return { allowed: calls };
  }
  if (opts.allOrNothing) {
    await svc.limiter.refund(key, extra);
    setRateLimitHeaders(ctx, { ...r, remaining: r.granted });
    throw rateLimitError(r);
  }
  setRateLimitHeaders(ctx, r);
  return { allowed: 1 + r.granted, refusal: rateLimitError(r) };
}

/** Runs middleware in order, like koa-compose (kept here to avoid depending on Koa's internals). */
export function chain(middleware: readonly ApiMiddleware[]): ApiMiddleware {
  return (ctx, next) => {
    const run = (i: number): Promise<void> => {
      const mw = i < middleware.length ? middleware[i]! : next;
      return Promise.resolve(mw(ctx, () => run(i + 1)));
    };
    return run(0);
  };
}
