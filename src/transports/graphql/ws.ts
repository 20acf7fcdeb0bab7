/**
 * GraphQL over WebSocket (graphql-ws protocol `graphql-transport-ws`) at /graphql: subscriptions,
 * and queries/mutations too. `connectionParams.authorization` ("Bearer <jwt or trcr_pat_…>") is
 * checked once in `onConnect`; a missing or invalid token closes the socket with 4403 Forbidden.
 * An acknowledged connection holds one of the user's socket slots, shared with /ws (5 per user across
 * every instance): the 6th socket of either kind is closed with 4009 Too many connections, the /ws
 * close code (specs/asyncapi/trcr-ws.yaml). The slot is refreshed while the socket lives and released
 * when it closes (a crashed instance's slots expire). The connection lives as long as its credential:
 * when its session is signed out or revoked, the PAT is revoked, or the token expires, it is closed with
 * 4011 Session ended (`WS_CLOSE.sessionEnded`).
 * Every operation is validated with the same limits as over HTTP and counts toward the caller's
 * per-minute API limit.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { getOperationAST, GraphQLError, parse, validate } from './graphql.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { closeWithin, SLOW_CONSUMER_GRACE_MS } from '../shared/sockets.js';
import { createCredentialWatch } from '../shared/credentials.js';
import { authenticateBearer } from '../../domain/auth/authenticate.js';
import { WS_CLOSE } from '../../../generated/ws-actions.js';
import type { Actor } from '../../domain/context.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Services } from '../../platform/services.js';
import { bearerToken, rateLimitError } from '../http/middleware.js';
import type { ConnectionSlots } from '../shared/connection-slots.js';
import { executeWithinBudget } from './budget.js';
import { appGraphQLError, formatError, formatResult } from './errors.js';
import { callsOf, validationRules } from './limits.js';
import { GraphLoaders, type GraphContext } from '../../domain/graph.js';
import { getSchema } from './schema.js';
import { clientInfoOf } from '../shared/client-info.js';

export interface GraphqlWs {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection (1012 Service restart) and stops. */
  close(): Promise<void>;
}

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  /** Set by graphql-ws's `useServer`. */
  socket: WebSocket;
  /** Set by graphql-ws's `useServer`: the upgrade request. */
  request: IncomingMessage;
  actor?: Actor;
  /** The socket slot this connection holds (see `slots`), and the timer keeping it alive. */
  slot?: { userId: string; connId: string; refresh: NodeJS.Timeout };
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

/** `slots`: the per-user socket cap shared with /ws (one per process, see src/server.ts). */
export function createGraphqlWs(svc: Services, slots: ConnectionSlots): GraphqlWs {
  const schema = getSchema();
  const wss = new WebSocketServer({ noServer: true, maxPayload: svc.config.wsMaxMessageBytes });
  const dropSlow = (socket: WebSocket, why: string): void => {
    if (socket.readyState !== socket.OPEN) return;
    svc.log.warn({ buffered: socket.bufferedAmount, why }, 'graphql-ws: slow consumer, closing');
    void closeWithin(socket, () => socket.close(WS_CLOSE.slowConsumer.code, WS_CLOSE.slowConsumer.reason), SLOW_CONSUMER_GRACE_MS);
  };
  wss.on('connection', (socket: WebSocket) => boundSends(socket, svc.config.wsMaxBufferedBytes, () => dropSlow(socket, 'send buffer')));

  const credentials = createCredentialWatch(svc);
  /** From an accepted connection on: closed (4011) when its credential is revoked or expires. */
  const track = (socket: WebSocket, actor: Actor): void => {
    const unwatch = credentials.watch(actor, () => socket.close(WS_CLOSE.sessionEnded.code, WS_CLOSE.sessionEnded.reason));
    socket.once('close', unwatch);
  };

  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema,
      validate: (s, document) => validate(s, document, validationRules),
      execute: (args) => executeWithinBudget(args, { timeoutMs: svc.config.graphqlTimeoutMs, maxBytes: svc.config.graphqlMaxResponseBytes }),
      async onConnect(ctx) {
        const token = bearerToken(authorizationOf(ctx.connectionParams));
        if (!token) return false;
        let actor: Actor;
        try {
          actor = await authenticateBearer(svc, token);
        } catch (err) {
          if (err instanceof AppError && err.code === 'UNAUTHORIZED') return false;
          throw err;
        }
        const socket = ctx.extra.socket;
        const connId = newId('req');
        if (!(await slots.acquire(actor.userId, connId))) {
          // graphql-ws then tries 4403, which `ws` ignores on a socket already closing.
          socket.close(WS_CLOSE.tooManyConnections.code, WS_CLOSE.tooManyConnections.reason);
          return false;
        }
        if (socket.readyState !== socket.OPEN) {
          // Closed while the slot was being taken: onClose has run already, so give it back here.
          slots.release(actor.userId, connId);
          return false;
        }
        const refresh = setInterval(() => slots.refresh(actor.userId, connId), svc.config.wsPingIntervalMs).unref();
        ctx.extra.slot = { userId: actor.userId, connId, refresh };
        ctx.extra.actor = actor;
        track(socket, actor);
        return true;
      },
      onClose(ctx) {
        const slot = ctx.extra.slot;
        if (!slot) return;
        ctx.extra.slot = undefined;
        clearInterval(slot.refresh);
        slots.release(slot.userId, slot.connId);
      },
      async onSubscribe(ctx, _id, payload) {
        const actor = ctx.extra.actor;
        if (!actor) return [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHORIZED' } })];
        // One call per operation, one per root field of a mutation (all or nothing, as over HTTP).
        // A document that does not parse costs one; graphql-ws then answers its syntax error.
        let calls = 1;
        try {
          const document = parse(payload.query);
          const operation = getOperationAST(document, payload.operationName);
          if (operation) calls = callsOf(document, operation);
        } catch {
          calls = 1;
        }
        const key = `user:${actor.userId}`;
        const limit = await svc.limiter.consume(key, calls);
        if (!limit.allowed && calls > 1) await svc.limiter.refund(key, calls - 1);
        if (!limit.allowed) return [appGraphQLError(rateLimitError(limit))];
        return undefined;
      },
      context(ctx): GraphContext {
        const op = {
          actor: ctx.extra.actor ?? null,
          svc,
          requestId: newId('req'),
          transport: 'graphql' as const,
          ...clientInfoOf(ctx.extra.request, svc.config.trustProxy),
        };
        // graphql-ws awaits each send, so a client that stops reading backs up in its subscriptions' queues.
        return { op, loaders: new GraphLoaders(op), onSlowConsumer: () => dropSlow(ctx.extra.socket, 'subscription queue') };
      },
      onNext: (_ctx, _id, _payload, args, result) => formatResult(result, svc.log, (args.contextValue as GraphContext | undefined)?.op.requestId),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e, svc.log)),
    },
    wss,
    svc.config.wsPingIntervalMs,
  );

  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    credentials.stop();
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
