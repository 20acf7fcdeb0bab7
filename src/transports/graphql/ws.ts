/**
 * GraphQL over WebSocket (graphql-ws protocol `graphql-transport-ws`) at /graphql: subscriptions,
 * and queries/mutations too. `connectionParams.authorization` ("Bearer <jwt or trcr_pat_…>") is
 * checked once in `onConnect`; a missing or invalid token closes the socket with 4403 Forbidden. The
 * connection lives as long as that credential: when its session is signed out or revoked, the PAT is
 * revoked, or the token expires, it is closed with 4011 Session ended (`WS_CLOSE.sessionEnded`).
 * Every operation is validated with the same limits as over HTTP and counts toward the caller's
 * per-minute API limit.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, validate } from './graphql.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import { revocations } from '../../domain/auth/revocation.js';
import { WS_CLOSE } from '../../../generated/ws-actions.js';
import { runAt } from '../shared/sockets.js';
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

function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : '';
}

export function createGraphqlWs(svc: Services): GraphqlWs {
  const schema = getSchema();
  const wss = new WebSocketServer({ noServer: true, maxPayload: svc.config.wsMaxMessageBytes });

  /** Open connections by the credential they were opened with. */
  const live = new Map<WebSocket, Actor>();
  const endSession = (socket: WebSocket): void => socket.close(WS_CLOSE.sessionEnded.code, WS_CLOSE.sessionEnded.reason);
  const unsubscribeRevoked = revocations(svc).onRevoked(() => {
    for (const [socket, actor] of live) if (revocations(svc).isRevoked(actor)) endSession(socket);
  });
  /** From an accepted connection on: closed (4011) when its credential is revoked or expires. */
  const track = (socket: WebSocket, actor: Actor): void => {
    live.set(socket, actor);
    const cancel = actor.expiresAtMs !== undefined ? runAt(actor.expiresAtMs, () => endSession(socket)) : undefined;
    socket.once('close', () => {
      live.delete(socket);
      cancel?.();
    });
  };

  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      validate: (s, document) => validate(s, document, validationRules),
      async onConnect(ctx) {
        const token = bearerToken(authorizationOf(ctx.connectionParams));
        if (!token) return false;
        try {
          const actor = await authenticateBearer(svc, token);
          ctx.extra.actor = actor;
          track(ctx.extra.socket, actor);
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
    unsubscribeRevoked();
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
