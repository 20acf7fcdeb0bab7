/**
 * A bare graphql-ws (`graphql-transport-ws`) connection for tests about the connection itself: it is
 * acknowledged with `connectionParams.authorization`, and `closed` resolves with the server's close code.
 */
import WebSocket from 'ws';
import type { TestServer } from '../support/server.js';
import { textOf } from '../support/ws.js';

export interface GqlSocket {
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export async function openGqlSocket(server: Pick<TestServer, 'graphqlWsUrl'>, token: string): Promise<GqlSocket> {
  const socket = new WebSocket(server.graphqlWsUrl, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (raw) => {
      const msg = JSON.parse(textOf(raw)) as { type: string };
      if (msg.type === 'connection_ack') resolve();
    });
    void closed.then((c) => reject(new Error(`graphql-ws closed before ack: ${c.code} ${c.reason}`)));
  });
  return { closed, close: () => socket.close(1000) };
}

/** Resolves with the close, or with null if the socket is still open after `ms`. */
export function closedWithin<T>(closed: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([closed, new Promise<null>((r) => setTimeout(() => r(null), ms).unref())]);
}
