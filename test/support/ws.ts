/**
 * A /ws client for tests.
 *
 *   const ws = await connectWs(server, user.access_token);        // ticket + authenticate done
 *   const reply = await ws.request('tasks.create', { title, project_id });   // { status, data, request_id }
 *   const ev = await ws.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_type === 'task');
 *   await ws.close();
 *
 * `openWs(server)` gives an unauthenticated connection (send `authenticate` yourself); `getWsTicket`
 * fetches a ticket over REST. Every message received is kept in `messages`; `nextMessage` /
 * `nextEvent` take the first not yet taken message matching a predicate (waiting if needed).
 */
import { randomBytes } from 'node:crypto';
import WebSocket, { type RawData } from 'ws';
import { checkWsMessage } from './contract.js';
import type { TestServer } from './server.js';

/** A received WebSocket message as text (ws hands over a Buffer, or its fragments, or an ArrayBuffer). */
export function textOf(raw: RawData): string {
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return Buffer.from(raw).toString('utf8');
}

export interface WsReply<T = any> {
  status: 'ok' | 'error';
  data?: T;
  pagination?: { total: number; page: number; per_page: number; total_pages: number };
  error?: { code: string; message: string; details?: Record<string, unknown> };
  request_id: string | null;
  id?: string;
}

export interface WsEvent<T = any> {
  event: string;
  data: T;
}

export interface WsClose {
  code: number;
  reason: string;
}

export interface WsClient {
  socket: WebSocket;
  /** Every message received, parsed, in order. */
  messages: any[];
  /** Set once authenticated (by `connectWs` or `authenticate`). */
  userId?: string;
  /** Sends `{action, payload, request_id}` (a fresh request_id) and resolves with the reply carrying it. */
  request<T = any>(action: string, payload?: unknown, timeoutMs?: number): Promise<WsReply<T>>;
  /** Sends a value as JSON, or a string as is. */
  send(message: unknown): void;
  /** The first message not taken yet that matches `predicate` (default: any). */
  nextMessage<T = any>(predicate?: (m: any) => boolean, timeoutMs?: number): Promise<T>;
  /** The first pushed event (`{event, data}`) not taken yet that matches `predicate`. */
  nextEvent<T = any>(predicate?: (e: WsEvent) => boolean, timeoutMs?: number): Promise<WsEvent<T>>;
  /** Resolves true if no matching event arrives within `ms` (does not take it). */
  noEvent(predicate?: (e: WsEvent) => boolean, ms?: number): Promise<boolean>;
  /** Authenticates with a fresh ticket for `accessToken`; resolves with the reply. */
  authenticate(accessToken: string): Promise<WsReply>;
  /** Resolves when the server (or the client) closed the connection. */
  closed: Promise<WsClose>;
  /** Closes (if open) and waits for the close. */
  close(): Promise<WsClose>;
}

type ServerLike = Pick<TestServer, 'url' | 'wsUrl'>;

/** `POST /api/v1/auth/ws-ticket` → the ticket. */
export async function getWsTicket(server: Pick<TestServer, 'url'>, accessToken: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/auth/ws-ticket`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
  const body = (await res.json()) as { ticket?: string };
  if (!res.ok || !body.ticket) throw new Error(`getWsTicket: ${res.status} ${JSON.stringify(body)}`);
  return body.ticket;
}

const isEvent = (m: any): m is WsEvent => m !== null && typeof m === 'object' && typeof m.event === 'string';

/** An open, unauthenticated connection to /ws. `options` go to the `ws` client (e.g. `{ autoPong: false }`). */
export async function openWs(server: ServerLike, options: WebSocket.ClientOptions = {}): Promise<WsClient> {
  const socket = new WebSocket(server.wsUrl, options);
  const messages: any[] = [];
  const taken = new Set<number>();
  let waiters: { match: (m: any) => boolean; resolve: (m: any) => void }[] = [];

  const closed = new Promise<WsClose>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  socket.on('error', () => {}); // surfaced through `closed` / timeouts
  /** The action of each request sent with a request_id, to check its reply against the contract. */
  const actions = new Map<string, string>();
  socket.on('message', (raw) => {
    let m: any;
    try {
      m = JSON.parse(textOf(raw));
    } catch {
      m = textOf(raw);
    }
    try {
      checkWsMessage(m, typeof m?.request_id === 'string' ? actions.get(m.request_id) : undefined);
    } catch {
      // Recorded by the contract check: the running test fails (support/setup.ts).
    }
    const index = messages.push(m) - 1;
    const waiter = waiters.find((w) => w.match(m));
    if (waiter) {
      taken.add(index);
      waiters = waiters.filter((w) => w !== waiter);
      waiter.resolve(m);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const nextMessage = <T>(predicate: (m: any) => boolean = () => true, timeoutMs = 5000): Promise<T> => {
    const index = messages.findIndex((m, i) => !taken.has(i) && predicate(m));
    if (index >= 0) {
      taken.add(index);
      return Promise.resolve(messages[index] as T);
    }
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        match: predicate,
        resolve: (m: any) => {
          clearTimeout(timer);
          resolve(m as T);
        },
      };
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`ws: no matching message within ${timeoutMs} ms; received: ${JSON.stringify(messages).slice(0, 2000)}`));
      }, timeoutMs);
      waiters.push(waiter);
    });
  };

  const client: WsClient = {
    socket,
    messages,
    send(message) {
      const m = message as { action?: unknown; request_id?: unknown } | null;
      if (m && typeof m === 'object' && typeof m.action === 'string' && typeof m.request_id === 'string') actions.set(m.request_id, m.action);
      socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    },
    request<T>(action: string, payload?: unknown, timeoutMs = 5000) {
      const request_id = `r_${randomBytes(6).toString('hex')}`;
      actions.set(request_id, action);
      const reply = nextMessage<WsReply<T>>((m) => m?.request_id === request_id && 'status' in m, timeoutMs);
      socket.send(JSON.stringify(payload === undefined ? { action, request_id } : { action, payload, request_id }));
      return reply;
    },
    nextMessage,
    nextEvent: (predicate = () => true, timeoutMs = 5000) => nextMessage((m) => isEvent(m) && predicate(m), timeoutMs),
    async noEvent(predicate = () => true, ms = 300) {
      await new Promise((r) => setTimeout(r, ms));
      return !messages.some((m, i) => !taken.has(i) && isEvent(m) && predicate(m));
    },
    async authenticate(accessToken) {
      const ticket = await getWsTicket(server, accessToken);
      const reply = await client.request('authenticate', { ticket });
      if (reply.status === 'ok') client.userId = reply.data.user_id;
      return reply;
    },
    closed,
    close() {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close(1000);
      return closed;
    },
  };
  return client;
}

/** An authenticated /ws connection for the user of `accessToken` (throws if authentication fails). */
export async function connectWs(server: ServerLike, accessToken: string, options: WebSocket.ClientOptions = {}): Promise<WsClient> {
  const client = await openWs(server, options);
  const reply = await client.authenticate(accessToken);
  if (reply.status !== 'ok') {
    await client.close();
    throw new Error(`connectWs: authenticate failed: ${JSON.stringify(reply)}`);
  }
  return client;
}
