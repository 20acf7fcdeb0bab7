/**
 * Health endpoints (GET and HEAD, no auth, no rate limit, bounded in time so a probe never hangs):
 *   /healthz → liveness: 200 `{status:'ok'}` when the database answers `select 1` within 2 s, else 503
 *              `{status:'unavailable'}`.
 *   /readyz  → readiness: the database (`select 1`) and, when REDIS_URL is set, Redis (`PING`), each
 *              within 1 s and checked in parallel. 200 when all answer, else 503; the body names every
 *              check: `{ status, checks: { database: 'ok'|'unavailable', redis: 'ok'|'unavailable'|'not_configured' } }`.
 */
import type Koa from 'koa';
import type { Services } from '../../platform/services.js';

export const HEALTHZ_TIMEOUT_MS = 2000;
export const READYZ_TIMEOUT_MS = 1000;

/** Resolves with `work`, or rejects once `ms` have passed. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T> {
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
export function healthz(svc: Services): Koa.Middleware {
  return async (ctx) => {
    let ok = false;
    try {
      await within(svc.db`select 1`.execute(), HEALTHZ_TIMEOUT_MS);
      ok = true;
    } catch (err) {
      svc.log.warn({ err }, 'health check: database not answering');
    }
    ctx.status = ok ? 200 : 503;
    ctx.body = { status: ok ? 'ok' : 'unavailable' };
  };
}

export type CheckResult = 'ok' | 'unavailable' | 'not_configured';

/** Runs one check within the readiness bound; a failure is logged and reported, never thrown. */
async function check(svc: Services, name: string, work: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await within(work(), READYZ_TIMEOUT_MS);
    return 'ok';
  } catch (err) {
    svc.log.warn({ err, check: name }, `readiness check: ${name} not answering`);
    return 'unavailable';
  }
}

/** 200 when the database and (if configured) Redis answer, else 503; the body lists each check. */
export function readyz(svc: Services): Koa.Middleware {
  return async (ctx) => {
    const redis = svc.redis;
    const [database, redisCheck] = await Promise.all([
      check(svc, 'database', () => svc.db`select 1`.execute()),
      !svc.config.redisUrl
        ? Promise.resolve<CheckResult>('not_configured')
        : redis
          ? check(svc, 'redis', () => redis.ping())
          : Promise.resolve<CheckResult>('unavailable'),
    ]);
    const checks = { database, redis: redisCheck };
    const ok = Object.values(checks).every((c) => c !== 'unavailable');
    ctx.status = ok ? 200 : 503;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: ok ? 'ok' : 'unavailable', checks };
  };
}
