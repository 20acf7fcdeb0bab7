/**
 * One /ws connection: authentication by ticket, the action loop, its limits and timers
 * (specs/asyncapi/trcr-ws.yaml). Every timer is unref'd and cleared when the connection ends.
 */
import { randomUUID } from 'node:crypto';
import type { RawData, WebSocket } from 'ws';
import { redeemWsTicket } from '../../domain/auth/authenticate.js';
import { Subscriber } from '../../domain/audience.js';
import type { Actor } from '../../domain/context.js';
import { execute } from '../../domain/execute.js';
import { AppError, conflict, errorToAnswer, unauthorized, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Services } from '../../platform/services.js';
import type { EventHub, Recipient } from './hub.js';
import { closeWithin, sendWithin, SLOW_CONSUMER_GRACE_MS } from '../shared/sockets.js';
import type { CredentialWatch } from '../shared/credentials.js';
import type { ConnectionSlots } from '../shared/connection-slots.js';
import { SlidingWindow } from './limits.js';
import type { ClientInfo } from '../shared/client-info.js';
import { correlationOf, errorReply, isWsAction, okReply, parseJson, pongReply, toClientMessage, WS_CLOSE, type ClientMessage } from './protocol.js';

/** A client still sending after this many rate-limited messages within a minute is disconnected (4008). */
export const ABUSE_REJECTIONS = 20;
const MINUTE_MS = 60_000;

export interface ConnectionDeps {
  svc: Services;
  hub: EventHub;
  slots: ConnectionSlots;
  credentials: CredentialWatch;
  onClosed(conn: ActionConnection): void;
}

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

export class ActionConnection implements Recipient {
  readonly id = randomUUID();
  private actor: Actor | null = null;
  /** Set once authenticated: what this connection receives (src/domain/audience.ts). */
  private listener: Subscriber | undefined;
  private slotHeld = false;
  private closed = false;
  private lastMessageAt = Date.now();
  private readonly accepted: SlidingWindow;
  private readonly rejected = new SlidingWindow(Number.MAX_SAFE_INTEGER, MINUTE_MS);
  /** Requests wait for an `authenticate` in progress, so "authenticate, then act" works without waiting for the reply. */
  private authGate: Promise<void> = Promise.resolve();
  private authTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private pongTimer: NodeJS.Timeout | undefined;
  /** Stops watching the credential (its revocation or expiry closes the connection with 4011). */
  private unwatchCredential: (() => void) | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: ConnectionDeps,
    private readonly client: ClientInfo = {},
  ) {
    const cfg = deps.svc.config;
    this.accepted = new SlidingWindow(cfg.wsMessagesPerMinute, MINUTE_MS);
    ws.on('message', (data) => this.onMessage(data));
    ws.on('pong', () => this.onPong());
    ws.on('close', () => this.cleanup());
    // Protocol violations (e.g. a frame over maxPayload: ws closes with 1009 itself) must not crash the process.
    ws.on('error', (err) => deps.svc.log.debug({ err, conn: this.id }, 'ws connection error'));

    this.authTimer = setTimeout(() => {
      if (!this.actor) this.close(WS_CLOSE.authTimeout);
    }, cfg.wsAuthTimeoutMs).unref();
    this.armIdleTimer(cfg.wsIdleTimeoutMs);
    this.heartbeat = setInterval(() => this.beat(), cfg.wsPingIntervalMs).unref();
  }

  get userId(): string {
    return this.actor?.userId ?? '';
  }

  get subscriber(): Subscriber {
    if (!this.listener) throw new Error('not authenticated');
    return this.listener;
  }

  /** Sends a pushed event frame (encoded once by the hub for all recipients). */
  sendFrame(frame: Buffer): void {
    this.send(frame);
  }

  /** Closes with `reason` (its code and text); the peer gets the close frame, this side is cleaned up at once. */
  close(reason: { code: number; reason: string }): void {
    if (this.closed) return;
    this.cleanup();
    this.ws.close(reason.code, reason.reason);
  }

  /** For shutdown: closes and resolves once the socket is closed, cutting it off after `graceMs`. */
  shutdown(reason: { code: number; reason: string }, graceMs: number): Promise<void> {
    return closeWithin(this.ws, () => this.close(reason), graceMs);
  }

  /** Queues a frame; a client whose backlog passed wsMaxBufferedBytes is closed instead (4010). */
  private send(data: Buffer | string): void {
    if (this.ws.readyState !== this.ws.OPEN || this.closed) return;
    if (sendWithin(this.ws, data, this.deps.svc.config.wsMaxBufferedBytes)) return;
    this.deps.svc.log.warn({ conn: this.id, user: this.userId, buffered: this.ws.bufferedAmount }, 'slow consumer: closing');
    void closeWithin(this.ws, () => this.close(WS_CLOSE.slowConsumer), SLOW_CONSUMER_GRACE_MS);
  }

  private onMessage(data: RawData): void {
    if (this.closed) return;
    const now = Date.now();
    this.lastMessageAt = now;
    const text = textOf(data);
    const parsed = parseJson(text);

    if (!this.accepted.tryHit(now)) {
      const err = new AppError('RATE_LIMIT_EXCEEDED', 'Too many messages. Please slow down.');
      this.send(errorReply(err, correlationOf(parsed?.value)));
      if (this.rejected.hit(now) > ABUSE_REJECTIONS) this.close(WS_CLOSE.rateLimited);
      return;
    }
    if (!parsed) {
      this.send(errorReply(validationError('The message is not valid JSON', { field: 'message' }), {}));
      return;
    }
    const msg = toClientMessage(parsed.value);
    if (msg instanceof AppError) {
      this.send(errorReply(msg, correlationOf(parsed.value)));
      return;
    }
    if (msg.action === 'ping') {
      this.send(pongReply(msg.corr));
      return;
    }
    if (msg.action === 'authenticate') {
      this.authGate = this.authGate.then(() => this.run(msg, () => this.authenticate(msg)));
      return;
    }
    void this.authGate.then(() => this.run(msg, () => this.perform(msg)));
  }

  /** Runs a request and answers it; whatever it throws becomes the error reply. */
  private async run(msg: ClientMessage, fn: () => Promise<string | undefined>): Promise<void> {
    if (this.closed) return;
    try {
      const reply = await fn();
      if (reply !== undefined) this.send(reply);
    } catch (thrown) {
      this.sendError(thrown, msg);
    }
  }

  private sendError(thrown: unknown, { action, corr }: ClientMessage): void {
    const err = errorToAnswer(this.deps.svc.log, thrown, { conn: this.id, action });
    this.send(errorReply(err, corr));
  }

  private async perform(msg: ClientMessage): Promise<string> {
    if (!this.actor) throw unauthorized('Authenticate first: send {"action": "authenticate", "payload": {"ticket": "wst_…"}}');
    if (!isWsAction(msg.action)) throw validationError(`Unknown action: ${msg.action}`, { field: 'action' });
    const ctx = { actor: this.actor, svc: this.deps.svc, requestId: newId('req'), transport: 'ws' as const, ...this.client };
    const result = await execute(msg.action, ctx, msg.payload ?? {});
    return okReply(result, msg.corr);
  }

  private async authenticate(msg: ClientMessage): Promise<string | undefined> {
    if (this.actor) throw conflict('This connection is already authenticated');
    const ticket = (msg.payload as { ticket?: unknown } | null | undefined)?.ticket;
    if (typeof ticket !== 'string' || ticket === '') throw validationError('ticket is required', { field: 'ticket' });
    const { svc, slots, hub } = this.deps;

    let actor: Actor;
    try {
      actor = await redeemWsTicket(svc, ticket);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'UNAUTHORIZED') throw err;
      this.send(errorReply(err, msg.corr));
      this.close(WS_CLOSE.unauthorized);
      return undefined;
    }
    if (this.closed) return undefined;

    const max = svc.config.wsMaxConnectionsPerUser;
    if (!(await slots.acquire(actor.userId, this.id))) {
      this.send(errorReply(conflict(`Too many connections: at most ${max} per user`, { limit: max }), msg.corr));
      this.close(WS_CLOSE.tooManyConnections);
      return undefined;
    }
    const subscriber = await Subscriber.load(svc, actor).catch((err: unknown) => {
      slots.release(actor.userId, this.id);
      throw err;
    });
    if (this.closed) {
      // Closed while authenticating (auth deadline): the slot goes back.
      slots.release(actor.userId, this.id);
      return undefined;
    }
    this.actor = actor;
    this.listener = subscriber;
    this.slotHeld = true;
    clearTimeout(this.authTimer);
    hub.add(this);
    // The connection lives as long as the access token its ticket came from, and no longer than its session.
    this.unwatchCredential = this.deps.credentials.watch(actor, () => this.close(WS_CLOSE.sessionEnded));
    return okReply({ authenticated: true, user_id: actor.userId, organizations: subscriber.orgIds }, msg.corr);
  }

  /** Server ping every wsPingIntervalMs; no pong within wsPongTimeoutMs closes (4003). Also keeps the connection slot alive. */
  private beat(): void {
    if (this.closed || this.pongTimer) return;
    this.pongTimer = setTimeout(() => this.close(WS_CLOSE.pongTimeout), this.deps.svc.config.wsPongTimeoutMs).unref();
    this.ws.ping();
    if (this.slotHeld) this.deps.slots.refresh(this.userId, this.id);
  }

  private onPong(): void {
    clearTimeout(this.pongTimer);
    this.pongTimer = undefined;
  }

  /** Re-armed lazily: a message does not touch the timer, the timer checks when the last one came. */
  private armIdleTimer(ms: number): void {
    this.idleTimer = setTimeout(() => {
      const limit = this.deps.svc.config.wsIdleTimeoutMs;
      const idle = Date.now() - this.lastMessageAt;
      if (idle >= limit) this.close(WS_CLOSE.idleTimeout);
      else this.armIdleTimer(limit - idle);
    }, ms).unref();
  }

  private cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.authTimer);
    clearTimeout(this.idleTimer);
    clearTimeout(this.pongTimer);
    clearInterval(this.heartbeat);
    this.unwatchCredential?.();
    if (this.listener) this.deps.hub.remove(this);
    if (this.slotHeld) {
      this.slotHeld = false;
      this.deps.slots.release(this.userId, this.id);
    }
    this.deps.onClosed(this);
  }
}
