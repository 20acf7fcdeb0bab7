/**
 * Graceful drain of the HTTP server (every path: /api/v1, /graphql, /mcp, the relay, docs, health).
 * Once `drain()` starts:
 *   - the listener closes: a new connection is refused by the OS (ECONNREFUSED), never reset mid-request;
 *   - a request arriving on an already open keep-alive connection answers
 *     `503 SERVICE_UNAVAILABLE` with `Connection: close` and `Retry-After`;
 *   - requests in flight finish, and their answers carry `Connection: close`, so no client reuses a
 *     connection that is about to go away;
 *   - a keep-alive connection idle for IDLE_GRACE_MS is closed (not at once: a client that just got its
 *     answer may be sending its next request on it, which would then be reset);
 *   - whatever still runs after `timeoutMs` is cut.
 * Upgraded connections (WebSockets) are left to their transports, which close them with 1012.
 */
import type http from 'node:http';
import type { Socket } from 'node:net';
import { AppError } from '../../platform/errors.js';

/** A keep-alive connection idle this long during a drain is closed by the server. */
const IDLE_GRACE_MS = 250;
const SWEEP_MS = 50;
/** What a refused request is told to wait before retrying (elsewhere, behind a load balancer). */
const RETRY_AFTER_S = 1;

export interface HttpDrain {
  /** Wraps the server's request handler: counts requests in flight, refuses new ones while draining. */
  handler(inner: http.RequestListener): http.RequestListener;
  /** Stops accepting and resolves once every HTTP connection has ended, or after `timeoutMs` (stragglers are cut). */
  drain(timeoutMs: number): Promise<void>;
  readonly draining: boolean;
}

interface Connection {
  busy: number;
  idleSince: number;
}

/** The answer to a request that arrives while the server drains; usable on a raw socket too (upgrades). */
export const SHUTTING_DOWN = new AppError('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly', undefined, RETRY_AFTER_S);

const refusalBody = JSON.stringify({ error: SHUTTING_DOWN.toJSON() });

function refuse(req: http.IncomingMessage, res: http.ServerResponse): void {
  req.resume();
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
  const connections = new Map<Socket, Connection>();
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    connections.set(socket, { busy: 0, idleSince: Date.now() });
    socket.once('close', () => connections.delete(socket));
  });
  // An upgraded socket belongs to its WebSocket transport from now on.
  server.on('upgrade', (_req: http.IncomingMessage, socket: Socket) => connections.delete(socket));

  const sweepIdle = (minIdleMs: number): void => {
    const now = Date.now();
    for (const [socket, c] of connections) if (c.busy === 0 && now - c.idleSince >= minIdleMs) socket.destroy();
  };

  return {
    get draining() {
      return draining;
    },
    handler(inner) {
      return (req, res) => {
        const conn = connections.get(req.socket);
        if (conn) conn.busy++;
        inFlight.add(res);
        res.once('close', () => {
          inFlight.delete(res);
          if (conn) {
            conn.busy--;
            conn.idleSince = Date.now();
          }
        });
        if (draining) refuse(req, res);
        else inner(req, res);
      };
    },
    drain(timeoutMs) {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      return new Promise((resolve) => {
        const sweep = setInterval(() => sweepIdle(IDLE_GRACE_MS), SWEEP_MS);
        const timer = setTimeout(() => {
          server.closeAllConnections();
          for (const socket of connections.keys()) socket.destroy();
          done();
        }, timeoutMs);
        const done = (): void => {
          clearInterval(sweep);
          clearTimeout(timer);
          resolve();
        };
        // http.Server#close() also closes the idle keep-alive connections at once, racing a client that is
        // sending its next request on one (it would see a reset): that is left to the sweep, after a grace.
        server.closeIdleConnections = () => {};
        server.close(() => done());
        delete (server as Partial<http.Server>).closeIdleConnections; // the prototype's method again
      });
    },
  };
}
