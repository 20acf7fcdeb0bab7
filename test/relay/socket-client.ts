/**
 * A raw Phoenix V2 client for exact-frame tests of the relay socket (`/socket/websocket`): frames are
 * sent and received as the JSON arrays `[join_ref, ref, topic, event, payload]`, nothing is hidden
 * (the npm `phoenix` client drops and rewrites frames, so exact assertions use this one).
 *
 *   const key = makeKey();                                  // test/support/relay.ts
 *   const c = await RawPhoenix.open(server.url, { ticket: makeTicket(key) });
 *   c.send([null, '1', 'phoenix', 'heartbeat', {}]);
 *   expect(await c.next(byRef('1'))).toEqual([null, '1', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);
 *
 * `upgrade(base, query)` reports what the server answered to the WebSocket handshake (status, body)
 * without throwing.
 */
import WebSocket from 'ws';
import { textOf } from '../support/ws.js';

export type Ref = string | null;
export type Frame = [Ref, Ref, string, string, any];

/** `ws://host:port/socket/websocket?…` for a server base URL (http or ws). */
export function socketUrl(base: string, query: Record<string, string | undefined>): string {
  const url = new URL('/socket/websocket', base.replace(/^http/, 'ws'));
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export const byRef = (ref: string) => (f: Frame) => f[1] === ref;
export const byEvent = (event: string, topic?: string) => (f: Frame) => f[3] === event && (topic === undefined || f[2] === topic);

export interface Close {
  code: number;
  reason: string;
}

export class RawPhoenix {
  /** Every frame received, parsed, in order (a frame that is not JSON is kept as its text). */
  readonly frames: Frame[] = [];
  readonly closed: Promise<Close>;
  private readonly taken = new Set<number>();
  private waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('error', () => {});
    socket.on('message', (raw) => {
      let f: Frame;
      try {
        f = JSON.parse(textOf(raw)) as Frame;
      } catch {
        f = textOf(raw) as unknown as Frame;
      }
      const index = this.frames.push(f) - 1;
      const waiter = this.waiters.find((w) => w.match(f));
      if (waiter) {
        this.taken.add(index);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(f);
      }
    });
  }

  /** Opens a connection with `query` (`vsn` defaults to 2.0.0); rejects when the handshake fails. */
  static async open(base: string, query: { ticket?: string; vsn?: string }, options: WebSocket.ClientOptions = {}): Promise<RawPhoenix> {
    const socket = new WebSocket(socketUrl(base, { vsn: '2.0.0', ...query }), options);
    const client = new RawPhoenix(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  /** Sends a frame (an array is JSON-encoded, a string goes as is). */
  send(frame: unknown[] | string): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame not taken yet that matches `predicate`, waiting up to `timeoutMs`. */
  next(predicate: (f: Frame) => boolean = () => true, timeoutMs = 5000): Promise<Frame> {
    const index = this.frames.findIndex((f, i) => !this.taken.has(i) && predicate(f));
    if (index >= 0) {
      this.taken.add(index);
      return Promise.resolve(this.frames[index]!);
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        match: predicate,
        resolve: (f: Frame) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching frame within ${timeoutMs} ms; received: ${JSON.stringify(this.frames).slice(0, 2000)}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Sends `frame` and resolves with the reply carrying its ref. */
  request(frame: Frame, timeoutMs = 5000): Promise<Frame> {
    const reply = this.next((f) => f[1] === frame[1] && f[3] === 'phx_reply', timeoutMs);
    this.send(frame);
    return reply;
  }

  /** Frames received and not taken that match `predicate` (after waiting `ms`). */
  async unmatched(predicate: (f: Frame) => boolean = () => true, ms = 300): Promise<Frame[]> {
    await new Promise((r) => setTimeout(r, ms));
    return this.frames.filter((f, i) => !this.taken.has(i) && predicate(f));
  }

  close(): Promise<Close> {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close(1000);
    return this.closed;
  }
}

/** What the server answered to a handshake at `query`: 101 (then closed again) or the HTTP status and body. */
export function upgrade(base: string, query: Record<string, string | undefined>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(base, query));
    socket.on('upgrade', () => {
      socket.once('open', () => socket.close());
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    socket.on('error', (err) => {
      if (!/Unexpected server response/.test(err.message)) reject(err);
    });
  });
}
