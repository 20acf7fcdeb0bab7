/**
 * GraphQL over WebSocket (graphql-ws protocol `graphql-transport-ws`) at /graphql: subscriptions,
 * and queries/mutations too. `connectionParams.authorization` ("Bearer <jwt or trcr_pat_…>") is
 * checked once in `onConnect`; a missing or invalid token closes the socket with 4403 Forbidden.
 * Every operation is validated with the same limits as over HTTP and counts toward the caller's
 * per-minute API limit.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, validate } from './graphql.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { WS_CLOSE } from '../../../generated/ws-actions.js';
import { closeWithin, SLOW_CONSUMER_GRACE_MS } from '../shared/sockets.js';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import type { Actor } from '../../domain/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Services } from '../../platform/services.js';
import { bearerToken } from '../http/middleware.js';
import { formatError, formatResult } from './errors.js';
import { validationRules } from './limits.js';
import { GraphLoaders, type GraphContext } from '../../domain/graph.js';
import { getSchema } from './schema.js';

export interface GraphqlWs {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection (1012 Service restart) and stops. */
  close(): Promise<void>;
}

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  actor?: Actor;
}

/** How long shutdown waits for clients to answer the close frame before cutting them off. */
const SHUTDOWN_GRACE_MS = 1000;

/**
 * graphql-ws sends through `socket.send(data, callback)`: route that through the slow-consumer bound, so a
 * client whose backlog passed wsMaxBufferedBytes is closed (4010, as on /ws) instead of queued for.
 */
function boundSends(socket: WebSocket, maxBuffered: number, onSlow: () => void): void {
  const send = socket.send.bind(socket) as (data: string, cb?: (err?: Error) => void) => void;
  socket.send = ((data: string, cb?: (err?: Error) => void) => {
    if (socket.readyState !== socket.OPEN) return cb?.();
    if (socket.bufferedAmount > maxBuffered) {
      onSlow();
      return cb?.();
    }
    send(data, cb);
  }) as WebSocket['send'];
}

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : '';
}

export function createGraphqlWs(svc: Services): GraphqlWs {
  const schema = getSchema();
  const wss = new WebSocketServer({ noServer: true, maxPayload: svc.config.wsMaxMessageBytes });
  wss.on('connection', (socket: WebSocket) =>
    boundSends(socket, svc.config.wsMaxBufferedBytes, () => {
      svc.log.warn({ buffered: socket.bufferedAmount }, 'graphql-ws: slow consumer, closing');
      void closeWithin(socket, () => socket.close(WS_CLOSE.slowConsumer.code, WS_CLOSE.slowConsumer.reason), SLOW_CONSUMER_GRACE_MS);
    }),
  );

  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      validate: (s, document) => validate(s, document, validationRules),
      async onConnect(ctx) {
        const token = bearerToken(authorizationOf(ctx.connectionParams));
        if (!token) return false;
        try {
          ctx.extra.actor = await authenticateBearer(svc, token);
          return true;
        } catch (err) {
          if (err instanceof AppError && err.code === 'UNAUTHORIZED') return false;
          throw err;
        }
      },
      async onSubscribe(ctx) {
        const actor = ctx.extra.actor;
        if (!actor) return [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHORIZED' } })];
        const limit = await svc.limiter.consume(`user:${actor.userId}`);
        if (!limit.allowed) {
          const message = `Rate limit of ${limit.limit} requests per minute exceeded; retry in ${limit.retryAfterSeconds} s`;
          return [new GraphQLError(message, { extensions: { code: 'RATE_LIMIT_EXCEEDED', details: { retry_after: limit.retryAfterSeconds } } })];
        }
        return undefined;
      },
      context(ctx): GraphContext {
        const op = { actor: ctx.extra.actor ?? null, svc, requestId: newId('req'), transport: 'graphql' as const };
        return { op, loaders: new GraphLoaders(op) };
      },
      onNext: (_ctx, _id, _payload, args, result) => formatResult(result, svc.log, (args.contextValue as GraphContext | undefined)?.op.requestId),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e, svc.log)),
    },
    wss,
    svc.config.wsPingIntervalMs,
  );

  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    const clients = [...wss.clients];
    for (const client of clients) client.close(1012, 'Service restart');
    const cutOff = setTimeout(() => clients.forEach((c) => c.terminate()), SHUTDOWN_GRACE_MS).unref();
    await server.dispose();
    clearTimeout(cutOff);
  };

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
