/**
 * A teamrc client for relay tests, written from the reference (auth.md) and independent of the
 * server code: machine keys, signed requests built exactly like the teamrc CLI, socket tickets,
 * and a Phoenix channel client (the npm `phoenix` package over `ws`).
 *
 *   const key = makeKey();                                   // or makeKey(Buffer.alloc(32, 1))
 *   const res = await relayFetch(server.url, key, 'POST', '/api/teams', { token: key.token, team });
 *   const res2 = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}/head`);
 *   const socket = await connectPhoenix(server.url, key);
 *   const { channel, reply } = await openChannel(socket, `team:${teamId}`);
 *   const { status, response } = await pushAsync(channel, 'knowledge:push', { content: 'x' });
 *   socket.disconnect();
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Socket, type Channel, type PushStatus } from 'phoenix';
import WebSocket from 'ws';

export interface RelayKey {
  /** `trc_ak_` + base64url (no padding) of the 32-byte public key. */
  token: string;
  privateKey: KeyObject;
}

export interface RelayResponse<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the answer is not JSON (undefined when empty). */
  body: T;
}

export type SignedHeader = 'signature' | 'timestamp' | 'token';

export interface RelayFetchOptions {
  /** The `x-trc-timestamp` to send and sign (default: now, in seconds). */
  timestamp?: number | string;
  /** Extra headers (override the computed ones, names case-insensitive); null removes one (`x-teamrc-version`, …). */
  headers?: Record<string, string | null>;
  /** Signed headers not to send. */
  omit?: SignedHeader[];
  /** Sign with this key instead (its signature is sent with `key`'s token). */
  signer?: RelayKey;
  /** Send this `x-trc-signature` as is instead of the computed one. */
  signature?: string;
  /** Sign this message instead of the one the CLI would build. */
  message?: string;
}

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A machine key: from a 32-byte seed (deterministic) or fresh. */
export function makeKey(seed?: Buffer): RelayKey {
  const privateKey = seed
    ? createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' })
    : generateKeyPairSync('ed25519').privateKey;
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { token: `trc_ak_${jwk.x}`, privateKey };
}

/** base64url (no padding) of the Ed25519 signature of the UTF-8 `message`. */
export function signMessage(key: RelayKey, message: string | Buffer): string {
  const bytes = typeof message === 'string' ? Buffer.from(message, 'utf8') : message;
  return sign(null, bytes, key.privateKey).toString('base64url');
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const signsPath = (method: string): boolean => method === 'GET' || method === 'DELETE';

/** Reads an answer: JSON when it parses, else the text. */
async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * One signed request as the teamrc CLI sends it: for POST/PATCH the body is `JSON.stringify`-ed once
 * and `<ts>.<body>` is signed; for GET/DELETE `<ts>.<METHOD> <path?query>` is signed and the token
 * goes in `x-trc-token`. A string `body` is sent (and signed) byte for byte.
 */
export async function relayFetch<T = any>(
  baseUrl: string,
  key: RelayKey,
  method: string,
  pathWithQuery: string,
  body?: object | string,
  opts: RelayFetchOptions = {},
): Promise<RelayResponse<T>> {
  const upper = method.toUpperCase();
  const timestamp = String(opts.timestamp ?? nowSeconds());
  const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const message = opts.message ?? (signsPath(upper) ? `${timestamp}.${upper} ${pathWithQuery}` : `${timestamp}.${raw ?? ''}`);
  const omit = new Set(opts.omit ?? []);
  const headers: Record<string, string | null> = {
    accept: 'application/json',
    'x-teamrc-version': '1',
    ...(raw !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(omit.has('signature') ? {} : { 'x-trc-signature': opts.signature ?? signMessage(opts.signer ?? key, message) }),
    ...(omit.has('timestamp') ? {} : { 'x-trc-timestamp': timestamp }),
    ...(signsPath(upper) && !omit.has('token') ? { 'x-trc-token': key.token } : {}),
    ...Object.fromEntries(Object.entries(opts.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  const sent = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== null));
  const res = await fetch(baseUrl + pathWithQuery, { method: upper, headers: sent, body: raw });
  return { status: res.status, headers: res.headers, body: (await readBody(res)) as T };
}

/** A socket ticket `<ts>.<token>.<signature over "<ts>.<token>">`. */
export function makeTicket(key: RelayKey, ts: number | string = nowSeconds()): string {
  return `${ts}.${key.token}.${signMessage(key, `${ts}.${key.token}`)}`;
}

export interface ConnectOptions {
  /** Mints the ticket for each connect (default: a fresh `makeTicket(key)`); undefined sends none. */
  ticket?: () => string | undefined;
  /** How long to wait for the connection (ms, default 5000). */
  timeoutMs?: number;
}

/**
 * A Phoenix socket connected to `${baseUrl}/socket/websocket?ticket=…&vsn=2.0.0`. Each (re)connect
 * mints a fresh ticket. Rejects (and stops reconnecting) when the first connection attempt fails,
 * e.g. the 403 a bad ticket gets.
 */
export function connectPhoenix(baseUrl: string, key: RelayKey, opts: ConnectOptions = {}): Promise<Socket> {
  const ticket = opts.ticket ?? (() => makeTicket(key));
  const socket = new Socket(`${baseUrl.replace(/^http/, 'ws')}/socket`, {
    transport: WebSocket,
    params: () => {
      const t = ticket();
      return t === undefined ? {} : { ticket: t };
    },
  });
  return new Promise<Socket>((resolve, reject) => {
    const refs: string[] = [];
    let done = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.off(refs);
      if (!error) return resolve(socket);
      socket.disconnect();
      reject(error);
    };
    const timer = setTimeout(() => finish(new Error('phoenix socket did not connect in time')), opts.timeoutMs ?? 5000);
    refs.push(socket.onOpen(() => finish()));
    refs.push(socket.onError((err) => finish(new Error(`phoenix socket failed to connect: ${err?.message ?? err}`))));
    socket.connect();
  });
}

/** A join reply that was not `ok`: `payload` is the server's reply (`{reason: …}`), or `{}` on timeout. */
export class JoinError extends Error {
  constructor(
    readonly status: 'error' | 'timeout',
    readonly payload: any,
  ) {
    super(`join ${status}: ${JSON.stringify(payload)}`);
    this.name = 'JoinError';
  }
}

function joinPromise(socket: Socket, channel: Channel, timeoutMs: number): Promise<any> {
  // A refused channel is dropped, so the client does not keep retrying the join.
  const drop = (): void => {
    channel.rejoinTimer.reset();
    socket.remove(channel);
  };
  return new Promise((resolve, reject) => {
    channel
      .join(timeoutMs)
      .receive('ok', (reply) => resolve(reply))
      .receive('error', (reply) => {
        drop();
        reject(new JoinError('error', reply));
      })
      .receive('timeout', () => {
        drop();
        reject(new JoinError('timeout', {}));
      });
  });
}

/** Joins `topic` and resolves with the channel and the join reply; rejects with a `JoinError`. */
export async function openChannel(socket: Socket, topic: string, params: object = {}, timeoutMs = 5000): Promise<{ channel: Channel; reply: any }> {
  const channel = socket.channel(topic, params);
  const reply = await joinPromise(socket, channel, timeoutMs);
  return { channel, reply };
}

/** Joins `topic` and resolves with the join reply payload; rejects with a `JoinError` (its `payload` is the error reply). */
export async function joinChannel(socket: Socket, topic: string, params: object = {}, timeoutMs = 5000): Promise<any> {
  return (await openChannel(socket, topic, params, timeoutMs)).reply;
}

/** Pushes `event` and resolves with the reply, whatever its status (`timeout` → response `{}`). */
export function pushAsync(channel: Channel, event: string, payload: object = {}, timeoutMs = 5000): Promise<{ status: PushStatus; response: any }> {
  return new Promise((resolve) => {
    channel
      .push(event, payload, timeoutMs)
      .receive('ok', (response) => resolve({ status: 'ok', response }))
      .receive('error', (response) => resolve({ status: 'error', response }))
      .receive('timeout', () => resolve({ status: 'timeout', response: {} }));
  });
}

/** Collects every `event` broadcast on a channel from now on. */
export function recordEvents(channel: Channel, event: string): { events: any[]; next(timeoutMs?: number): Promise<any>; stop(): void } {
  const events: any[] = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  const ref = channel.on(event, (payload) => {
    events.push(payload);
    waiters.splice(0).forEach((wake) => wake());
  });
  const next = (timeoutMs = 5000): Promise<any> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${event}' within ${timeoutMs} ms`)), timeoutMs);
      const check = (): void => {
        if (taken < events.length) {
          clearTimeout(timer);
          resolve(events[taken++]);
        } else waiters.push(check);
      };
      check();
    });
  return { events, next, stop: () => channel.off(event, ref) };
}

/** Resolves with the close event of the socket's current connection (e.g. when the server closes it). */
export function socketClosed(socket: Socket, timeoutMs = 5000): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off([ref]);
      reject(new Error(`socket not closed within ${timeoutMs} ms`));
    }, timeoutMs);
    const ref = socket.onClose((event) => {
      clearTimeout(timer);
      socket.off([ref]);
      resolve(event);
    });
  });
}
