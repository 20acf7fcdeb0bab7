/**
 * Graceful drain of the HTTP server (every path: /api/v1, /graphql, /mcp, the relay, docs, health).
 * Once `drain()` starts:
 *   - the listener closes: a new connection is refused by the OS (ECONNREFUSED), never reset mid-request;
 *   - a request arriving on an already open keep-alive connection answers
 *     `503 SERVICE_UNAVAILABLE` with `Connection: close` and `Retry-After`;
 *   - requests in flight finish, and their answers carry `Connection: close`, so no client reuses a
 *     connection that is about to go away;
 *   - an idle keep-alive connection is left to its keep-alive timeout (5 s; clients such as undici close
 *     theirs earlier, from the `Keep-Alive: timeout=5` hint). Closing it at once would race a client sending
 *     its next request on it, which would then see a reset. `closeIdleAtOnce` (tests) closes them at once;
 *   - whatever still runs after `timeoutMs` is cut.
 * Upgraded connections (WebSockets) are left to their transports, which close them with 1012.
 */
import type http from 'node:http';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { REQUEST_ID_RE } from './middleware.js';

const SWEEP_MS = 50;
/** What a refused request is told to wait before retrying (elsewhere, behind a load balancer). */
const RETRY_AFTER_S = 1;

export interface HttpDrain {
  /** Wraps the server's request handler: counts requests in flight, refuses new ones while draining. */
  handler(inner: http.RequestListener): http.RequestListener;
  /**
   * Stops accepting and resolves once every HTTP connection has ended, or after `timeoutMs` (stragglers are
   * cut). Idle keep-alive connections end at their keep-alive timeout, or at once with `closeIdleAtOnce`.
   */
  drain(timeoutMs: number, closeIdleAtOnce?: boolean): Promise<void>;
  readonly draining: boolean;
}

/** The answer to a request that arrives while the server drains; usable on a raw socket too (upgrades). */
export const SHUTTING_DOWN = new AppError('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly', undefined, RETRY_AFTER_S);

const refusalBody = JSON.stringify({ error: SHUTTING_DOWN.toJSON() });

function refuse(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.resume();
  const given = req.headers['x-request-id'];
  res.setHeader('X-Request-Id', typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : newId('req'));
  res.shouldKeepAlive = false;
  res.writeHead(SHUTTING_DOWN.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(refusalBody),
    'Retry-After': String(RETRY_AFTER_S),
    Connection: 'close',
  });
  res.end(refusalBody);
}

/** The same refusal written on a raw socket (an upgrade request during the drain). */
export function refuseUpgrade(socket: { end(data: string): void }): void {
  socket.end(
    `HTTP/1.1 ${SHUTTING_DOWN.status} Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(refusalBody)}\r\nRetry-After: ${RETRY_AFTER_S}\r\nConnection: close\r\n\r\n${refusalBody}`,
  );
}

export function trackHttp(server: http.Server): HttpDrain {
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;

  return {
    get draining() {
      return draining;
    },
    handler(inner) {
      return (req, res) => {
        inFlight.add(res);
        res.once('close', () => inFlight.delete(res));
        if (draining) refuse(req, res);
        else inner(req, res);
      };
    },
    drain(timeoutMs, closeIdleAtOnce = false) {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      return new Promise((resolve) => {
        // A connection whose last request just finished becomes idle: in tests, keep closing those too.
        const sweep = closeIdleAtOnce ? setInterval(() => server.closeIdleConnections(), SWEEP_MS) : undefined;
        const timer = setTimeout(() => {
          server.closeAllConnections();
          done();
        }, timeoutMs);
        const done = (): void => {
          clearInterval(sweep);
          clearTimeout(timer);
          resolve();
        };
        if (closeIdleAtOnce) {
          server.close(() => done());
          return;
        }
        // http.Server#close() also closes the idle keep-alive connections at once: not here (see above).
        server.closeIdleConnections = () => {};
        server.close(() => done());
        delete (server as Partial<http.Server>).closeIdleConnections; // the prototype's method again
      });
    },
  };
}
