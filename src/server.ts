/**
 * The server process: services, the Koa app, one HTTP server for everything, WebSocket upgrades
 * routed by path (`/ws` → action protocol, `/graphql` → graphql-ws, `/socket/websocket` → the team
 * relay's Phoenix socket), and graceful shutdown.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Config } from './platform/config.js';
import type { Logger } from './platform/logger.js';
import { createServices, type Services } from './platform/services.js';
import { createGraphqlWs } from './transports/graphql/index.js';
import { createApp } from './transports/http/app.js';
import { answerUnparsedRequests } from './transports/http/client-error.js';
import { refuseUpgrade, trackHttp } from './transports/http/drain.js';
import { createActionWs } from './transports/ws/index.js';
import { createConnectionSlots, withSocketHooks } from './transports/shared/connection-slots.js';
import { presenceHooks } from './domain/presence/announce.js';
import { createRelaySocket } from './transports/relay/socket.js';
import { jobTable } from './jobs.js';
import { loadRevocations } from './domain/auth/revocation.js';

export interface ServerOptions {
  logger?: Logger;
  /** Called with every SQL statement sent (query counting in tests and benches). */
  onQuery?: (sql: string) => void;
  /** Isolates the Redis bus channel and rate-limit keys (tests sharing one Redis). */
  namespace?: string;
  /** How long `close()` waits for in-flight HTTP requests (default: config `shutdownTimeoutMs`, 10 s). */
  shutdownTimeoutMs?: number;
  /**
   * Close idle keep-alive connections at once on shutdown (tests) instead of at their keep-alive timeout
   * (5 s), which spares clients a reset when they send on a connection the server is closing.
   */
  closeIdleAtOnce?: boolean;
  /** How often the job queue looks for jobs that became due without a notification (ms, default 2000). */
  jobPollIntervalMs?: number;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:43123`. */
  url: string;
  port: number;
  svc: Services;
  httpServer: http.Server;
  /** Graceful: stop accepting, finish in-flight requests (bounded), close sockets with 1012, close services. Idempotent. */
  close(): Promise<void>;
}

/** Rejects upgrades to unknown paths by dropping the socket, and all of them while shutting down with a 503. */
function routeUpgrades(
  server: http.Server,
  routes: Record<string, { handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void }>,
  isClosing: () => boolean,
): void {
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const target = Object.hasOwn(routes, pathname) ? routes[pathname] : undefined;
    if (!target) {
      socket.destroy();
      return;
    }
    if (isClosing()) {
      refuseUpgrade(socket);
      return;
    }
    target.handleUpgrade(req, socket, head);
  });
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}

/** A host clients can connect to: wildcard binds are reached through loopback. */
function connectHost(host: string): string {
  if (host === '0.0.0.0' || host === '' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** How long shutdown waits for the closed sockets' presence announcements. */
const PRESENCE_DRAIN_MS = 2000;

export async function createServer(config: Config, opts: ServerOptions = {}): Promise<RunningServer> {
  const svc = await createServices(config, {
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.onQuery ? { onQuery: opts.onQuery } : {}),
    ...(opts.namespace ? { namespace: opts.namespace } : {}),
    // Mail delivery, sweeps and recurrences run on the job queue, started last by createServices.
    jobTable,
    ...(opts.jobPollIntervalMs !== undefined ? { jobPollIntervalMs: opts.jobPollIntervalMs } : {}),
  });
  try {
    // Sessions revoked within the last access-token lifetime are refused from the first request on.
    await loadRevocations(svc);
    const app = createApp(svc);
    // One per-user socket cap for /ws and graphql-ws together. A slot outlives a missed heartbeat or
    // two, so only a crashed instance's connections expire.
    // Presence counts the same sockets: the first one anywhere announces `online`, the last `offline`.
    const presence = presenceHooks(svc);
    const slots = withSocketHooks(
      createConnectionSlots({
        redis: svc.redis,
        max: config.wsMaxConnectionsPerUser,
        ttlMs: 2 * config.wsPingIntervalMs + config.wsPongTimeoutMs,
        log: svc.log,
      }),
      presence,
    );
    presence.start();
    const actionWs = createActionWs(svc, slots);
    const graphqlWs = createGraphqlWs(svc, slots);
    const relaySocket = createRelaySocket(svc);
    const handle = app.callback();
    // Koa's handler settles its own errors (ctx.onerror answers them): nothing to await per request.
    const httpServer = http.createServer();
    const drain = trackHttp(httpServer);
    httpServer.on(
      'request',
      drain.handler((req, res) => void handle(req, res)),
    );
    answerUnparsedRequests(httpServer);
    let closing: Promise<void> | undefined;
    routeUpgrades(httpServer, { '/ws': actionWs, '/graphql': graphqlWs, '/socket/websocket': relaySocket }, () => closing !== undefined);

    const port = await listen(httpServer, config.port, config.host);
    const url = `http://${connectHost(config.host)}:${port}`;

    const shutdown = async (): Promise<void> => {
      svc.log.info('shutting down');
      // Stop accepting and let in-flight requests finish while sockets are told to reconnect elsewhere.
      await Promise.all([
        drain.drain(opts.shutdownTimeoutMs ?? config.shutdownTimeoutMs, opts.closeIdleAtOnce),
        actionWs.close(1012).catch((err: unknown) => svc.log.warn({ err }, 'closing /ws failed')),
        graphqlWs.close().catch((err: unknown) => svc.log.warn({ err }, 'closing graphql-ws failed')),
        relaySocket.close(1012).catch((err: unknown) => svc.log.warn({ err }, 'closing the relay socket failed')),
      ]);
      // The closed sockets' `offline` announcements need the database: let them finish first (bounded: a
      // database that is gone must not hold the shutdown; live instances reap what is left in Redis anyway).
      await Promise.race([presence.drain(), new Promise((resolve) => setTimeout(resolve, PRESENCE_DRAIN_MS).unref())]);
      await svc.close();
    };
    return {
      url,
      port,
      svc,
      httpServer,
      close() {
        closing ??= shutdown();
        return closing;
      },
    };
  } catch (err) {
    await svc.close();
    throw err;
  }
}
