/**
 * One log line per HTTP request, written when the response has been sent (or the client went away):
 *   { request_id, method, path, status, duration_ms }   msg "request"
 * at `info`, or `warn` for a 5xx answer (the failure itself is logged at `error` by the chains, with
 * the same request id). `aborted: true` marks a response the client did not wait for.
 * Never headers, bodies or the query string (it may carry tokens); the relay's capability codes in
 * paths are masked. Runs right after `requestId()`, outermost, so it sees every request: API mounts,
 * /docs, /healthz, /readyz, the relay, and responses written raw (MCP, `ctx.respond = false`).
 * WebSocket upgrades never reach Koa and are not logged here.
 */
import type Koa from 'koa';
import type { Services } from '../../platform/services.js';
import type { ApiState } from './state.js';

/** Longest path logged; anything longer is cut (and marked with `…`). */
const MAX_PATH_CHARS = 512;

/** Path segments that are secrets in their own right: the relay's device code and clone token. */
const MASKS: [RegExp, string][] = [
  [/^\/api\/auth\/device\/[^/]+/, '/api/auth/device/:device_code'],
  [/^\/api\/teams\/clone\/[^/]+/, '/api/teams/clone/:clone_token'],
];

/** The path as logged: no query string, secrets masked, bounded length. */
export function loggedPath(path: string): string {
  let p = path;
  for (const [re, replacement] of MASKS) p = p.replace(re, replacement);
  return p.length > MAX_PATH_CHARS ? `${p.slice(0, MAX_PATH_CHARS)}…` : p;
}

/** Logs through `svc.log` (silent in tests unless a test gives the server its own logger). */
export function requestLog(svc: Pick<Services, 'log'>): Koa.Middleware<ApiState> {
  // The line's fields are fixed and carry no secret: a child without the root logger's redaction,
  // which is half the cost of a line (measured with pino 10: 15 µs → 7.5 µs).
  const out = svc.log.child({}, { redact: [] });
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const { res } = ctx;
    let done = false;
    const write = (aborted: boolean): void => {
      if (done) return;
      done = true;
      res.off('finish', onFinish);
      res.off('close', onClose);
      const status = res.statusCode;
      const line = {
        request_id: ctx.state.requestId,
        method: ctx.method,
        path: loggedPath(ctx.path),
        status,
        duration_ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(aborted ? { aborted: true } : {}),
      };
      if (status >= 500) out.warn(line, 'request');
      else out.info(line, 'request');
    };
    const onFinish = (): void => write(false);
    const onClose = (): void => write(!res.writableFinished);
    res.once('finish', onFinish);
    res.once('close', onClose);
    await next();
  };
}
