/**
 * REST /api/v1: one route per entry of the generated `restRoutes` table (no hand-listed routes).
 * Each request: query string → coerced and validated with the generated query validator; JSON body
 * (≤ 1 MB) → must be an object; input = { ...body, ...query, ...pathParams } → `execute()`, the
 * same call every transport makes; the answer is the route's status with the body as returned.
 *
 * Errors are encoded once, by `renderRestError`: `{ error: { code, message, details } }` with the
 * code's status. Every answer under /api/v1 is that envelope: unknown paths answer 404 NOT_FOUND
 * (whatever the method); a known path with a method it does not have, even one no route uses
 * (PROPFIND), answers 405 with code VALIDATION_ERROR (the request is malformed, the resource exists)
 * and an `Allow` header listing the methods it has; a path that is not valid percent-encoded UTF-8
 * answers 400 VALIDATION_ERROR.
 */
import { Router } from '@koa/router';
import { operationMeta } from '../../../generated/operations.js';
import { restRoutes, type RestRoute } from '../../../generated/rest-routes.js';
import type { ErrorObject } from 'ajv';
import { inputValidators, queryValidators } from '../../../generated/validators.js';
import { BinaryBody } from '../../domain/binary.js';
import { execute, requireUser, validationFailure } from '../../domain/execute.js';
import { AppError } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';
import { readJsonBody } from '../http/body.js';
import type { ApiMiddleware } from '../http/middleware.js';
import { opContextOf, type ApiContext, type ApiState } from '../http/state.js';

export const API_PREFIX = '/api/v1';

/** The one mapping of AppError onto an HTTP answer for REST (and errors outside the API mounts). */
export function renderRestError(ctx: ApiContext, err: AppError): void {
  ctx.status = err.status;
  ctx.body = { error: err.toJSON() };
}

/** A VALIDATION_ERROR answered with 405 (the path exists, the method does not). */
class MethodNotAllowed extends AppError {
  constructor(method: string, path: string, allow: string) {
    super('VALIDATION_ERROR', `Method ${method} is not allowed on ${path}; allowed: ${allow}`, { method, allowed: allow.split(/,\s*/) });
  }

  override get status(): number {
    return 405;
  }
}

/** Query string → object; a parameter given twice is an error naming it (no silent first/last pick). */
function parseQuery(querystring: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(querystring)) {
    if (Object.hasOwn(out, key)) {
      throw new AppError('VALIDATION_ERROR', `Query parameter ${key} is given more than once`, { field: key });
    }
    out[key] = value;
  }
  return out;
}

/**
 * The query, coerced and validated. When it fails, the path's ids are checked in the same answer, so a bad id
 * and a missing query parameter are both named (`DELETE /chat/messages/{message_id}/reactions?emoji=`).
 */
function validatedQuery(route: RestRoute, querystring: string, pathParams: Record<string, unknown>): Record<string, unknown> {
  const query: Record<string, unknown> = parseQuery(querystring);
  const validate = queryValidators[route.operation];
  if (!validate(query)) {
    const errors = [...(validate.errors ?? [])];
    const whole = inputValidators[route.operation];
    if (!whole(pathParams)) {
      const inPath = (e: ErrorObject): boolean => route.pathParams.includes(e.instancePath.split('/')[1] ?? '');
      errors.push(...(whole.errors ?? []).filter(inPath));
    }
    throw validationFailure(errors);
  }
  return query;
}

/**
 * The JSON body as an object. Routes without a documented body read it too: what it carries is
 * validated like any input (an unknown field is an error, `org_id` selects the organization), rather
 * than silently ignored.
 */
async function bodyOf(ctx: ApiContext): Promise<Record<string, unknown>> {
  const body = await readJsonBody(ctx.req);
  // An absent body is an empty input: the validator then names each missing required field.
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('VALIDATION_ERROR', 'The request body must be a JSON object', { field: 'body' });
  }
  return body as Record<string, unknown>;
}

function handlerFor(svc: Services, route: RestRoute): ApiMiddleware {
  const publicRoute = operationMeta[route.operation].auth === 'none';
  return async (ctx) => {
    // A bad token on a public route (login, register, …) is ignored: the caller is anonymous there.
    if (ctx.state.authError && !publicRoute) throw ctx.state.authError;
    const op = opContextOf(ctx, svc, 'rest');
    // No token is UNAUTHORIZED before the query's required fields are checked (a report's `from`/`to`).
    requireUser(route.operation, op);
    const params = (ctx as ApiContext & { params?: Record<string, string> }).params ?? {};
    const pathParams = Object.fromEntries(route.pathParams.map((p) => [p, params[p]]));
    const query = validatedQuery(route, ctx.querystring, pathParams);
    const body = await bodyOf(ctx);
    const result = await execute(route.operation, op, { ...body, ...query, ...pathParams });
    if (result === undefined || route.status === 204) {
      ctx.status = 204;
      return;
    }
    ctx.status = route.status;
    if ((result as unknown) instanceof BinaryBody) {
      // A document (an invoice's PDF), not JSON.
      const file = result as unknown as BinaryBody;
      ctx.type = file.contentType;
      ctx.set('Content-Disposition', `inline; filename="${file.filename}"`);
      ctx.body = file.body;
      return;
    }
    ctx.body = result;
  };
}

/** The REST transport, mounted behind the shared middleware for every path under /api/v1. */
export function createRestMiddleware(svc: Services): ApiMiddleware {
  const router = new Router<ApiState>({ prefix: API_PREFIX });
  for (const route of restRoutes) {
    router.register(route.koaPath, [route.method], handlerFor(svc, route));
  }
  const routes = router.routes();
  const allowed = router.allowedMethods();
  return async (ctx, next) => {
    // The router would quietly keep an undecodable segment as it is (`%E0%A4%A` as a project id).
    try {
      decodeURIComponent(ctx.path);
    } catch {
      throw new AppError('VALIDATION_ERROR', 'The path is not valid percent-encoded UTF-8', { field: 'path' });
    }
    await routes(ctx as never, async () => {
      await allowed(ctx as never, next);
    });
    // 501: a method no route has. On a known path it is just another method the path does not allow.
    if (ctx.status === 501) {
      if (ctx.response.get('Allow') === '') {
        ctx.remove('Allow');
        throw new AppError('NOT_FOUND', `No API endpoint ${ctx.method} ${ctx.path}`);
      }
      ctx.status = 405;
    }
    // OPTIONS outside a CORS preflight: the methods of the path, and no body.
    if (ctx.method === 'OPTIONS' && ctx.status === 200 && ctx.body === '') {
      ctx.body = null;
      ctx.status = 204;
    }
    if (ctx.status === 405) throw new MethodNotAllowed(ctx.method, ctx.path, ctx.response.get('Allow'));
    if (ctx.status === 404 && ctx.body === undefined) {
      throw new AppError('NOT_FOUND', `No API endpoint ${ctx.method} ${ctx.path}`);
    }
  };
}
