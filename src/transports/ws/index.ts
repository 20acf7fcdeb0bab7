/**
 * The /ws action protocol (specs/asyncapi/trcr-ws.yaml) on a `noServer` WebSocketServer: the HTTP
 * server routes upgrades here (src/server.ts). One bus subscription feeds every connection of this
 * instance through the EventHub.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { createCredentialWatch } from '../shared/credentials.js';
import type { Services } from '../../platform/services.js';
import { ActionConnection } from './connection.js';
import { EventHub } from './hub.js';
import type { ConnectionSlots } from '../shared/connection-slots.js';
import { WS_CLOSE } from './protocol.js';
import { clientInfoOf } from '../shared/client-info.js';

export interface ActionWs {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection with `code` (default 1012 Service restart) and stops. */
  close(code?: number): Promise<void>;
}

/** How long shutdown waits for clients to answer the close frame before cutting them off. */
const SHUTDOWN_GRACE_MS = 1000;

function closeReason(code: number): { code: number; reason: string } {
  return Object.values(WS_CLOSE).find((c) => c.code === code) ?? { code, reason: '' };
}

/** `slots`: the per-user socket cap shared with graphql-ws (one per process, see src/server.ts). */
export function createActionWs(svc: Services, slots: ConnectionSlots): ActionWs {
  const cfg = svc.config;
  const wss = new WebSocketServer({ noServer: true, maxPayload: cfg.wsMaxMessageBytes, clientTracking: false });
  const hub = new EventHub();
  const connections = new Set<ActionConnection>();
  const unsubscribeBus = svc.bus.subscribe((e) => hub.deliver(e));
  // A signed-out or revoked session's connections close (4011) on every instance; so do expired ones.
  const credentials = createCredentialWatch(svc);
  const unsubscribe = (): void => {
    unsubscribeBus();
    credentials.stop();
  };
  let closing: Promise<void> | undefined;

  wss.on('connection', (ws, req: IncomingMessage) => {
    if (closing) {
      ws.close(WS_CLOSE.serviceRestart.code, WS_CLOSE.serviceRestart.reason);
      return;
    }
    const client = clientInfoOf(req, cfg.trustProxy);
    connections.add(new ActionConnection(ws, { svc, hub, slots, credentials, onClosed: (c) => connections.delete(c) }, client));
  });

  const shutdown = async (code: number): Promise<void> => {
    unsubscribe();
    const reason = closeReason(code);
    await Promise.all([...connections].map((c) => c.shutdown(reason, SHUTDOWN_GRACE_MS)));
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close(code = WS_CLOSE.serviceRestart.code) {
      closing ??= shutdown(code);
      return closing;
    },
  };
}
