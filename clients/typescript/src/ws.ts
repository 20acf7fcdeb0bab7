/**
 * The WebSocket API (/ws), typed from the AsyncAPI document (generated/ws-actions.ts, ws-messages.ts):
 * `send(action, payload)` answers the action's reply or throws a `TrcrError`; `on(event, handler)` receives
 * pushed events with their typed data.
 *
 * The connection looks after itself: a fresh ticket (`POST /auth/ws-ticket`) for every connection, the
 * `authenticate` handshake, an application `ping` as heartbeat (the server closes connections that stay silent
 * for 5 minutes; no `pong` within `pongTimeoutMs` counts as a lost connection), and reconnection with the
 * documented back-off, min(1000 · 2^attempt, 30000) ms with jitter, the attempt count reset once authenticated.
 * A request made while the connection is down waits for it and fails with `TIMEOUT` after `requestTimeoutMs`;
 * a request already sent when the connection drops is sent again if it only reads, and otherwise fails with
 * `CONNECTION_LOST` (it may or may not have been applied). Nothing is dropped silently.
 */
import type { WsAction } from '../../../generated/ws-actions.js';
import type { WsServerPush } from '../../../generated/ws-messages.js';
import type { OperationInput, OperationOutput } from '../../../generated/operations.js';
import { ORG_PARAM_ACTIONS, READ_ACTIONS } from '../../../generated/client/operations.js';
import { isTrcrError, toTrcrError, TrcrConnectionError } from './errors.js';
import type { RestClient } from './rest.js';
import type { Session } from './session.js';

/** Each pushed event's `data`, by event name (`EntityChanged`, `TimerUpdate`, …). */
export type WsEvents = { [E in WsServerPush as E['event']]: E['data'] };
export type WsEventName = keyof WsEvents;

export type WsState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What goes with a state change. */
export interface WsStateInfo {
  /** `closed`: why the client stopped (a `TrcrError` such as `UNAUTHORIZED` when the session is over). */
  error?: Error;
  /** `reconnecting`: the close code and reason of the connection that was lost (see the AsyncAPI close codes), when it had one. */
  closeCode?: number;
  closeReason?: string;
  /** `reconnecting`: the attempt about to be made (1, 2, …) and the wait before it. */
  attempt?: number;
  delayMs?: number;
}

export interface WsOptions {
  /** A WebSocket implementation (default: the global `WebSocket`, Node 22+ and browsers). */
  WebSocket?: typeof WebSocket;
  /** How long a request may wait, for the connection and for its reply (default 15,000 ms). */
  requestTimeoutMs?: number;
  /** Send a `ping` this often (default 60,000 ms). */
  heartbeatMs?: number;
  /** A `ping` without `pong` for this long drops the connection (default 10,000 ms). */
  pongTimeoutMs?: number;
  /** Reconnection: first delay (default 1,000 ms), the cap (default 30,000 ms), attempts (default unlimited); `false`: never. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number; maxAttempts?: number } | false;
}

export interface SendOptions {
  /** Overrides `requestTimeoutMs` for this request. */
  timeoutMs?: number;
  /**
   * Gives up waiting when aborted: the promise rejects with the signal's reason. A request not sent yet is not
   * sent; one already sent may still be applied (its reply is ignored).
   */
  signal?: AbortSignal;
}

type SendArgs<A extends WsAction> =
  object extends OperationInput<A> ? [payload?: OperationInput<A>, options?: SendOptions] : [payload: OperationInput<A>, options?: SendOptions];

interface Pending {
  action: WsAction;
  payload: Record<string, unknown>;
  sent: boolean;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

interface Frame {
  status?: 'ok' | 'error';
  request_id?: string | null;
  action?: string;
  event?: string;
  data?: unknown;
  pagination?: unknown;
  error?: unknown;
}

const AUTH_ID = 'auth';

export class TrcrSocket {
  private socket: WebSocket | null = null;
  private stateValue: WsState = 'idle';
  private attempt = 0;
  private seq = 0;
  private readonly pending = new Map<string, Pending>();
  private readonly handlers = new Map<string, Set<(data: never) => void>>();
  private readonly stateHandlers = new Set<(state: WsState, info: WsStateInfo) => void>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private opened: { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } | null = null;
  private readonly Impl: typeof WebSocket;
  private readonly options: Required<Omit<WsOptions, 'WebSocket' | 'reconnect'>> & {
    reconnect: { initialDelayMs: number; maxDelayMs: number; maxAttempts: number } | false;
  };

  constructor(
    private readonly session: Session,
    private readonly rest: RestClient,
    options: WsOptions = {},
  ) {
    const Impl = options.WebSocket ?? (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
    if (!Impl) throw new Error('No WebSocket implementation: pass ws: { WebSocket } (e.g. from the `ws` package)');
    this.Impl = Impl;
    const r = options.reconnect;
    this.options = {
      requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
      heartbeatMs: options.heartbeatMs ?? 60_000,
      pongTimeoutMs: options.pongTimeoutMs ?? 10_000,
      reconnect:
        r === false
          ? false
          : { initialDelayMs: r?.initialDelayMs ?? 1_000, maxDelayMs: r?.maxDelayMs ?? 30_000, maxAttempts: r?.maxAttempts ?? Infinity },
    };
  }

  get state(): WsState {
    return this.stateValue;
  }

  /** Connects and authenticates (once; later calls wait for the same connection). */
  connect(): Promise<void> {
    if (this.stateValue === 'open') return Promise.resolve();
    if (this.stateValue === 'closed') return Promise.reject(new TrcrConnectionError('CLOSED', 'The WebSocket client was closed'));
    if (!this.opened) {
      let resolve!: () => void;
      let reject!: (err: Error) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => {});
      this.opened = { promise, resolve, reject };
    }
    if (this.stateValue === 'idle') void this.open();
    return this.opened.promise;
  }

  /** Sends an action and answers its reply (`{ data }`, plus `pagination` for lists), or throws a `TrcrError`. */
  send<A extends WsAction>(action: A, ...[payload, options]: SendArgs<A>): Promise<OperationOutput<A>> {
    if (this.stateValue === 'closed') return Promise.reject(new TrcrConnectionError('CLOSED', 'The WebSocket client was closed'));
    const body: Record<string, unknown> = { ...(payload as Record<string, unknown> | undefined) };
    if (this.session.orgId && body.org_id === undefined && ORG_PARAM_ACTIONS.has(action)) body.org_id = this.session.orgId;
    const id = `c${++this.seq}`;
    const timeoutMs = options?.timeoutMs ?? this.options.requestTimeoutMs;
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<OperationOutput<A>>((resolve, reject) => {
      // Whichever comes first settles the request: the reply, the timeout, the abort, or the connection's end.
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (err: Error) => {
        done();
        reject(err);
      };
      const timer = setTimeout(() => {
        const sent = this.pending.get(id)?.sent;
        fail(
          new TrcrConnectionError(
            'TIMEOUT',
            sent ? `No reply to ${action} within ${timeoutMs} ms` : `${action} not sent: no connection within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      const onAbort = () => fail(signal!.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
      const succeed = (value: unknown) => {
        done();
        resolve(value as OperationOutput<A>);
      };
      this.pending.set(id, { action, payload: body, sent: false, resolve: succeed, reject: fail });
      if (this.stateValue === 'open') this.transmit(id);
      else this.connect().catch(() => {});
    });
  }

  /** Calls `handler` with the data of every `event` pushed from now on; answers a function that stops it. */
  on<E extends WsEventName>(event: E, handler: (data: WsEvents[E]) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    if (this.stateValue === 'idle') this.connect().catch(() => {});
    return () => set.delete(handler);
  }

  /** Calls `handler` on every change of the connection's state, and before each reconnection attempt. */
  onState(handler: (state: WsState, info: WsStateInfo) => void): () => void {
    this.stateHandlers.add(handler);
    return () => this.stateHandlers.delete(handler);
  }

  /** Closes the connection for good: requests still waiting fail with `CLOSED`. */
  close(): void {
    this.finish(new TrcrConnectionError('CLOSED', 'The WebSocket client was closed'));
  }

  private setState(state: WsState, info: WsStateInfo = {}): void {
    if (this.stateValue === state && state !== 'reconnecting') return;
    this.stateValue = state;
    for (const h of this.stateHandlers) h(state, info);
  }

  private async open(): Promise<void> {
    if (this.attempt === 0) this.setState('connecting');
    let ticket: string;
    try {
      ({ ticket } = await this.rest.post('/auth/ws-ticket'));
    } catch (err) {
      // Not signed in (any more), or a PAT (tickets need a session): waiting will not help.
      if (isTrcrError(err, 'UNAUTHORIZED') || isTrcrError(err, 'FORBIDDEN')) return this.finish(err);
      return this.scheduleReconnect();
    }
    if (this.stateValue === 'closed') return;
    const url = `${this.session.baseUrl.replace(/^http/, 'ws')}/ws`;
    const socket = new this.Impl(url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ action: 'authenticate', payload: { ticket }, request_id: AUTH_ID }));
    socket.onmessage = (ev: MessageEvent) => {
      if (this.socket === socket && typeof ev.data === 'string') this.receive(socket, ev.data);
    };
    socket.onclose = (ev: CloseEvent) => {
      if (this.socket === socket) this.dropped({ closeCode: ev.code, closeReason: ev.reason });
    };
    socket.onerror = () => {
      /* a close event follows */
    };
  }

  private receive(socket: WebSocket, text: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(text) as Frame;
    } catch {
      return;
    }
    if (frame.event) {
      for (const h of this.handlers.get(frame.event) ?? []) {
        try {
          (h as (data: unknown) => void)(frame.data);
        } catch (err) {
          queueMicrotask(() => {
            throw err;
          });
        }
      }
      return;
    }
    if (frame.action === 'pong') {
      clearTimeout(this.pongTimer);
      return;
    }
    const id = frame.request_id;
    if (id === AUTH_ID) {
      if (frame.status !== 'ok') return socket.close(); // an unusable ticket: reconnect with a fresh one
      this.attempt = 0;
      this.setState('open');
      this.startHeartbeat(socket);
      this.opened?.resolve();
      this.opened = null;
      for (const [pid, p] of this.pending) if (!p.sent) this.transmit(pid);
      return;
    }
    const p = id ? this.pending.get(id) : undefined;
    if (!p) return;
    if (frame.status === 'ok') {
      const { status: _s, request_id: _r, ...reply } = frame;
      p.resolve(reply);
    } else p.reject(toTrcrError(frame.error, { transport: 'ws' }));
  }

  private transmit(id: string): void {
    const p = this.pending.get(id);
    if (!p || !this.socket) return;
    p.sent = true;
    this.socket.send(JSON.stringify({ action: p.action, payload: p.payload, request_id: id }));
  }

  private startHeartbeat(socket: WebSocket): void {
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      socket.send(JSON.stringify({ action: 'ping' }));
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => {
        // No pong: treat the connection as lost without waiting for a close handshake that may never come.
        if (this.socket === socket) {
          socket.close(4000, 'Heartbeat timeout');
          this.dropped({ closeReason: `No pong within ${this.options.pongTimeoutMs} ms` });
        }
      }, this.options.pongTimeoutMs);
    }, this.options.heartbeatMs);
  }

  private stopSocket(): void {
    clearInterval(this.heartbeat);
    clearTimeout(this.pongTimer);
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= 1) socket.close(1000);
  }

  /** The connection is gone (closed by the server, the network, or the heartbeat). */
  private dropped(closed: Pick<WsStateInfo, 'closeCode' | 'closeReason'>): void {
    this.stopSocket();
    for (const p of [...this.pending.values()]) {
      if (!p.sent) continue;
      if (READ_ACTIONS.has(p.action)) p.sent = false;
      else {
        p.reject(
          new TrcrConnectionError('CONNECTION_LOST', `The connection was lost before ${p.action} was answered; it may or may not have been applied`),
        );
      }
    }
    if (this.stateValue !== 'closed') this.scheduleReconnect(closed);
  }

  private scheduleReconnect(closed: Pick<WsStateInfo, 'closeCode' | 'closeReason'> = {}): void {
    const r = this.options.reconnect;
    if (this.stateValue === 'closed') return;
    if (!r || this.attempt >= r.maxAttempts) {
      return this.finish(new TrcrConnectionError('CONNECTION_LOST', 'The WebSocket connection was lost and is not reconnected'));
    }
    const base = Math.min(r.initialDelayMs * 2 ** this.attempt, r.maxDelayMs);
    const delay = base / 2 + (Math.random() * base) / 2;
    this.attempt++;
    this.setState('reconnecting', { ...closed, attempt: this.attempt, delayMs: Math.round(delay) });
    this.reconnectTimer = setTimeout(() => void this.open(), delay);
  }

  /** Ends the client: no more reconnects; everything waiting fails with `error`. */
  private finish(error: Error): void {
    if (this.stateValue === 'closed') return;
    clearTimeout(this.reconnectTimer);
    this.stopSocket();
    this.setState('closed', { error });
    for (const p of [...this.pending.values()]) p.reject(error);
    this.opened?.reject(error);
    this.opened = null;
  }
}
