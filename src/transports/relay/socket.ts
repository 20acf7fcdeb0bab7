/**
 * The team relay's Phoenix Channels socket (reference protocol.md): `GET /socket/websocket?ticket=…&vsn=2.0.0`
 * on a `noServer` WebSocketServer (src/server.ts routes the upgrade here), speaking the V2 JSON
 * serializer — every frame is `[join_ref, ref, topic, event, payload]`. One channel exists,
 * `knowledge:<team_id>` (src/domain/relay/knowledge-channel.ts).
 *
 * Choices where Phoenix leaves room (documented in protocol.md / gaps.md U12, U13, U19):
 * - only `vsn=2.0.0`; a bad, expired or missing ticket or another vsn → raw HTTP 403, no upgrade;
 * - incoming frames over 512 KiB → ws closes with 1009; a frame that is not a V2 message (binary,
 *   not JSON, not an array of ≥ 5 elements, refs not string/null, topic/event not strings, payload
 *   not an object) → close 1003 (Phoenix's decoder would crash the connection);
 * - no incoming frame (message, ping or pong) for 60 s → close 1000 "idle timeout";
 * - an event the knowledge channel does not know → error reply `{"reason":"unknown event"}`
 *   (Phoenix would crash the channel);
 * - `RelayTokenRevoked` {token} on the bus → every socket of that token closes with 4001 "token
 *   revoked" (gaps.md U19); with a `team_id` as well (one association erased) only that team's
 *   memberships end, with a `phx_close`, and the sockets stay open for the token's other teams;
 * - `close()` (graceful shutdown) → 1012 "service restart".
 *
 * Messages of one topic are handled strictly in order (a push sent right after its join waits for
 * the join); different topics proceed independently; heartbeats are answered at once. With too many
 * messages in flight the socket stops reading (TCP back-pressure) until they are done.
 *
 * Broadcasts: one bus subscription per instance. `RelayKnowledgeUpdated` goes, as
 * `[join_ref, null, "knowledge:<id>", "knowledge:updated", {content, knowledge_hash, knowledge_size}]`,
 * exactly once to every membership of that topic except the pushing connection (`source`); a change
 * made over REST has no pushing connection and reaches every joined connection (the issue's "every
 * other joined connection", over gaps.md G9's per-token exclusion).
 * The registry topic → memberships makes a fan-out cost one send per recipient; the frame's tail is
 * encoded once per event and only the join_ref prefix differs per connection.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { KNOWLEDGE_EVENTS, KNOWLEDGE_TOPIC_PREFIX } from '../../../generated/relay/socket.js';
import { RelayError } from '../../domain/relay/index.js';
import { joinKnowledge, pushKnowledge } from '../../domain/relay/knowledge-channel.js';
import { verifySocketTicket } from '../../domain/relay/signature.js';
import type { BusEvent } from '../../platform/bus.js';
import type { Services } from '../../platform/services.js';
import { addTo, removeFrom, closeWithin, sendWithin, SLOW_CONSUMER_GRACE_MS } from '../shared/sockets.js';
import { WS_CLOSE } from '../../../generated/ws-actions.js';
import { refuseUpgrade } from '../http/drain.js';
import { replyReason } from './errors.js';

export interface RelaySocket {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection with `code` (default 1012 Service restart) and stops. */
  close(code?: number): Promise<void>;
  /** Open connections on this instance. */
  connectionCount(): number;
}

export interface RelaySocketOptions {
  /** Close a connection that sent nothing for this long (default 60 s, as Phoenix). */
  idleTimeoutMs?: number;
  /** Channels one connection may have joined at once (default 100, as Phoenix). */
  maxChannels?: number;
  /** Largest incoming frame in bytes (default 512 KiB, gaps.md U13). */
  maxFrameBytes?: number;
  /** How long shutdown waits for clients to answer the close frame before cutting them off (default 1 s). */
  shutdownGraceMs?: number;
}

export const RELAY_SOCKET_VSN = '2.0.0';
export const RELAY_CLOSE = {
  unsupportedData: { code: 1003, reason: 'malformed frame' },
  idle: { code: 1000, reason: 'idle timeout' },
  tokenRevoked: { code: 4001, reason: 'token revoked' },
  serviceRestart: { code: 1012, reason: 'service restart' },
  /** The code /ws declares (specs/asyncapi/trcr-ws.yaml), with the relay's lower-case reason. */
  slowConsumer: { code: WS_CLOSE.slowConsumer.code, reason: 'slow consumer' },
} as const;

const DEFAULTS = { idleTimeoutMs: 60_000, maxChannels: 100, maxFrameBytes: 512 * 1024, shutdownGraceMs: 1000 };
/** Messages in flight on one connection before it stops reading from the network. */
const MAX_IN_FLIGHT = 32;
const FORBIDDEN = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

// ---------------------------------------------------------------------------------------------
// V2 frames

type Ref = string | null;

interface Message {
  joinRef: Ref;
  ref: Ref;
  topic: string;
  event: string;
  payload: Record<string, unknown>;
}

const isRef = (v: unknown): v is Ref => v === null || typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A V2 message, or null when the text is not one (extra trailing elements are tolerated, as Phoenix does). */
export function decodeFrame(text: string): Message | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || v.length < 5) return null;
  const [joinRef, ref, topic, event, payload] = v as unknown[];
  if (!isRef(joinRef) || !isRef(ref) || typeof topic !== 'string' || typeof event !== 'string' || !isObject(payload)) return null;
  return { joinRef, ref, topic, event, payload };
}

const encode = (joinRef: Ref, ref: Ref, topic: string, event: string, payload: unknown): string =>
  JSON.stringify([joinRef, ref, topic, event, payload]);

const reply = (joinRef: Ref, ref: Ref, topic: string, status: 'ok' | 'error', response: unknown): string =>
  encode(joinRef, ref, topic, 'phx_reply', { status, response });

const errorReply = (joinRef: Ref, ref: Ref, topic: string, reason: string): string => reply(joinRef, ref, topic, 'error', { reason });

const unmatchedTopic = (m: Message): string => errorReply(null, m.ref, m.topic, 'unmatched topic');

const closeFrame = (joinRef: Ref, topic: string): string => encode(joinRef, joinRef, topic, 'phx_close', {});

function textOf(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Registry of this instance's connections and channel memberships

interface Membership {
  readonly conn: RelayConnection;
  readonly topic: string;
  readonly teamId: string;
  readonly joinRef: Ref;
  /** `[<join_ref>,` — the per-connection head of a broadcast frame. */
  readonly head: Buffer;
}

class Registry {
  readonly connections = new Set<RelayConnection>();
  private readonly byTopic = new Map<string, Set<Membership>>();
  private readonly byToken = new Map<string, Set<RelayConnection>>();

  addConnection(c: RelayConnection): void {
    this.connections.add(c);
    addTo(this.byToken, c.token, c);
  }

  removeConnection(c: RelayConnection): void {
    this.connections.delete(c);
    removeFrom(this.byToken, c.token, c);
  }

  addMembership(m: Membership): void {
    addTo(this.byTopic, m.topic, m);
  }

  removeMembership(m: Membership): void {
    removeFrom(this.byTopic, m.topic, m);
  }

  connectionsOf(token: string): RelayConnection[] {
    return [...(this.byToken.get(token) ?? [])];
  }

  /** Sends `knowledge:updated` to every membership of the team's topic except the pushing connection's. */
  deliverKnowledge(data: Record<string, unknown>): void {
    const { team_id: teamId, content, knowledge_hash: hash, knowledge_size: size, source } = data;
    if (typeof teamId !== 'string' || typeof content !== 'string' || typeof hash !== 'string' || typeof size !== 'number') return;
    const topic = KNOWLEDGE_TOPIC_PREFIX + teamId;
    const members = this.byTopic.get(topic);
    if (!members || members.size === 0) return;
    const payload = { content, knowledge_hash: hash, knowledge_size: size };
    // `null,"knowledge:<id>","knowledge:updated",{…}]` — everything after the join_ref, encoded once.
    const tail = Buffer.from(`${JSON.stringify([null, topic, KNOWLEDGE_EVENTS.updated, payload]).slice(1)}`);
    // One frame per distinct join_ref, shared by every connection that joined with it (clients
    // number refs per socket from 1, so most joins share a few refs): a 100 KB broadcast to 199
    // sockets is then a handful of copies, not 199 (bench/RESULTS.md, relay hot spot).
    const frames = new Map<Ref, Buffer>();
    for (const m of members) {
      if (m.conn.id === source) continue;
      let frame = frames.get(m.joinRef);
      if (!frame) frames.set(m.joinRef, (frame = Buffer.concat([m.head, tail])));
      m.conn.sendFrame(frame);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One connection

interface ConnectionDeps {
  svc: Services;
  registry: Registry;
  opts: typeof DEFAULTS;
}

class RelayConnection {
  private readonly joins = new Map<string, Membership>();
  /** Joins being processed (counted against the channel limit). */
  private pendingJoins = 0;
  /** Per topic: the tail of its message queue. */
  private readonly queues = new Map<string, Promise<void>>();
  private inFlight = 0;
  private closed = false;
  private lastActivity = Date.now();
  private idleTimer: NodeJS.Timeout | undefined;

  /** Unique across instances: names the pushing connection in `RelayKnowledgeUpdated.source`. */
  readonly id = randomUUID();

  constructor(
    private readonly ws: WebSocket,
    readonly token: string,
    private readonly deps: ConnectionDeps,
  ) {
    deps.registry.addConnection(this);
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('ping', () => this.touch());
    ws.on('pong', () => this.touch());
    ws.on('close', () => this.cleanup());
    // Protocol violations (e.g. a frame over maxPayload: ws closes with 1009 itself) must not crash the process.
    ws.on('error', (err) => deps.svc.log.debug({ err }, 'relay socket error'));
    this.armIdleTimer(deps.opts.idleTimeoutMs);
  }

  /** Sends an already encoded text frame. */
  /** Sends an already encoded text frame; a client whose backlog passed wsMaxBufferedBytes is closed instead (4010). */
  sendFrame(frame: Buffer | string): void {
    if (this.ws.readyState !== this.ws.OPEN || this.closed) return;
    if (sendWithin(this.ws, frame, this.deps.svc.config.wsMaxBufferedBytes)) return;
    this.deps.svc.log.warn({ conn: this.id, buffered: this.ws.bufferedAmount }, 'relay socket: slow consumer, closing');
    void closeWithin(this.ws, () => this.close(RELAY_CLOSE.slowConsumer), SLOW_CONSUMER_GRACE_MS);
  }

  close(reason: { code: number; reason: string }): void {
    if (this.closed) return;
    this.cleanup();
    this.ws.close(reason.code, reason.reason);
  }

  /** For shutdown: closes and resolves once the socket is closed, cutting it off after `graceMs`. */
  shutdown(reason: { code: number; reason: string }, graceMs: number): Promise<void> {
    return closeWithin(this.ws, () => this.close(reason), graceMs);
  }

  private cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const m of this.joins.values()) this.deps.registry.removeMembership(m);
    this.joins.clear();
    this.deps.registry.removeConnection(this);
  }

  private touch(): void {
    this.lastActivity = Date.now();
  }

  /** One timer per connection, re-armed only when it fires (not on every message). */
  private armIdleTimer(ms: number): void {
    this.idleTimer = setTimeout(() => {
      const idleFor = Date.now() - this.lastActivity;
      if (idleFor >= this.deps.opts.idleTimeoutMs) this.close(RELAY_CLOSE.idle);
      else this.armIdleTimer(this.deps.opts.idleTimeoutMs - idleFor);
    }, ms).unref();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    this.touch();
    const msg = isBinary ? null : decodeFrame(textOf(data));
    if (!msg) {
      this.close(RELAY_CLOSE.unsupportedData);
      return;
    }
    if (msg.topic === 'phoenix' && msg.event === 'heartbeat') {
      this.sendFrame(reply(null, msg.ref, 'phoenix', 'ok', {}));
      return;
    }
    this.enqueue(msg.topic, () => this.dispatch(msg));
  }

  /** Runs `task` after the earlier messages of the same topic; pauses reading while too much is in flight. */
  private enqueue(topic: string, task: () => Promise<void>): void {
    this.inFlight += 1;
    if (this.inFlight >= MAX_IN_FLIGHT && !this.ws.isPaused) this.ws.pause();
    const run = async (): Promise<void> => {
      try {
        if (!this.closed) await task();
      } catch (err) {
        this.deps.svc.log.error({ err, topic }, 'relay socket message failed');
      } finally {
        this.inFlight -= 1;
        if (this.inFlight < MAX_IN_FLIGHT / 2 && this.ws.isPaused) this.ws.resume();
      }
    };
    const next = (this.queues.get(topic) ?? Promise.resolve()).then(run);
    this.queues.set(topic, next);
    void next.then(() => {
      if (this.queues.get(topic) === next) this.queues.delete(topic);
    });
  }

  /** protocol.md §3, for everything but heartbeats. */
  private async dispatch(m: Message): Promise<void> {
    const member = this.joins.get(m.topic);
    if (m.event === KNOWLEDGE_EVENTS.join) return this.join(m, member);
    if (!member) {
      this.sendFrame(m.event === 'phx_leave' ? reply(m.joinRef, m.ref, m.topic, 'ok', {}) : unmatchedTopic(m));
      return;
    }
    // A message of an earlier membership of this topic: the client has not seen the close yet.
    if (m.joinRef !== null && m.joinRef !== member.joinRef) return;
    if (m.event === 'phx_leave') {
      this.leave(member);
      this.sendFrame(reply(member.joinRef, m.ref, m.topic, 'ok', {}));
      this.sendFrame(closeFrame(member.joinRef, m.topic));
      return;
    }
    await this.handleIn(member, m);
  }

  private async join(m: Message, existing: Membership | undefined): Promise<void> {
    if (existing) {
      this.leave(existing);
      this.sendFrame(closeFrame(existing.joinRef, existing.topic));
    }
    if (!m.topic.startsWith(KNOWLEDGE_TOPIC_PREFIX)) {
      this.sendFrame(unmatchedTopic(m));
      return;
    }
    if (this.joins.size + this.pendingJoins >= this.deps.opts.maxChannels) {
      this.sendFrame(errorReply(m.joinRef, m.ref, m.topic, 'too many channels joined'));
      return;
    }
    const teamId = m.topic.slice(KNOWLEDGE_TOPIC_PREFIX.length);
    this.pendingJoins += 1;
    try {
      const response = await joinKnowledge(this.deps.svc, this.token, teamId);
      if (this.closed) return;
      const member: Membership = { conn: this, topic: m.topic, teamId, joinRef: m.joinRef, head: Buffer.from(`[${JSON.stringify(m.joinRef)},`) };
      this.joins.set(m.topic, member);
      this.deps.registry.addMembership(member);
      this.sendFrame(reply(m.joinRef, m.ref, m.topic, 'ok', response));
    } catch (err) {
      if (!(err instanceof RelayError)) this.deps.svc.log.error({ err, topic: m.topic }, 'relay channel join crashed');
      const reason = err instanceof RelayError ? replyReason(err) : 'join crashed';
      this.sendFrame(errorReply(m.joinRef, m.ref, m.topic, reason));
    } finally {
      this.pendingJoins -= 1;
    }
  }

  /** Ends this connection's membership of `topic` from the server side (`phx_close`), if it has one. */
  dropTopic(topic: string): void {
    const member = this.joins.get(topic);
    if (!member) return;
    this.leave(member);
    this.sendFrame(closeFrame(member.joinRef, topic));
  }

  private leave(member: Membership): void {
    this.joins.delete(member.topic);
    this.deps.registry.removeMembership(member);
  }

  /** The knowledge channel's events. */
  private async handleIn(member: Membership, m: Message): Promise<void> {
    if (m.event !== KNOWLEDGE_EVENTS.push) {
      this.sendFrame(errorReply(member.joinRef, m.ref, m.topic, 'unknown event'));
      return;
    }
    try {
      const state = await pushKnowledge(this.deps.svc, this.token, member.teamId, m.payload.content, this.id);
      this.sendFrame(reply(member.joinRef, m.ref, m.topic, 'ok', { knowledge_hash: state.knowledge_hash, knowledge_size: state.knowledge_size }));
    } catch (err) {
      if (!(err instanceof RelayError)) throw err;
      this.sendFrame(errorReply(member.joinRef, m.ref, m.topic, replyReason(err)));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The transport

/** Refuses an upgrade the way Phoenix does when `connect` fails: 403, empty body, no WebSocket. */
function forbid(socket: Duplex): void {
  socket.on('error', () => {});
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(FORBIDDEN);
}

/** The token a connect request authenticates as, or null (bad/expired/missing ticket, vsn other than 2.0.0). */
function authenticate(req: IncomingMessage): string | null {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  if (query.get('vsn') !== RELAY_SOCKET_VSN) return null;
  return verifySocketTicket(query.get('ticket') ?? undefined, Math.floor(Date.now() / 1000));
}

export function createRelaySocket(svc: Services, options: RelaySocketOptions = {}): RelaySocket {
  const opts = { ...DEFAULTS, ...options };
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrameBytes, clientTracking: false });
  const registry = new Registry();
  const unsubscribe = svc.bus.subscribe((e: BusEvent) => {
    if (e.type === 'RelayKnowledgeUpdated') registry.deliverKnowledge(e.data);
    else if (e.type === 'RelayTokenRevoked' && typeof e.data.token === 'string') {
      const teamId = typeof e.data.team_id === 'string' ? e.data.team_id : null;
      for (const c of registry.connectionsOf(e.data.token)) {
        if (teamId === null) c.close(RELAY_CLOSE.tokenRevoked);
        else c.dropTopic(KNOWLEDGE_TOPIC_PREFIX + teamId);
      }
    }
  });
  let closing: Promise<void> | undefined;

  const shutdown = async (code: number): Promise<void> => {
    unsubscribe();
    const reason = code === RELAY_CLOSE.serviceRestart.code ? RELAY_CLOSE.serviceRestart : { code, reason: '' };
    await Promise.all([...registry.connections].map((c) => c.shutdown(reason, opts.shutdownGraceMs)));
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };

  return {
    handleUpgrade(req, socket, head) {
      if (closing) {
        refuseUpgrade(socket);
        return;
      }
      let token: string | null;
      try {
        token = authenticate(req);
      } catch (err) {
        svc.log.warn({ err }, 'relay socket: ticket check failed');
        token = null;
      }
      if (!token) {
        forbid(socket);
        return;
      }
      const bound = token;
      wss.handleUpgrade(req, socket, head, (ws) => {
        if (closing) ws.close(RELAY_CLOSE.serviceRestart.code, RELAY_CLOSE.serviceRestart.reason);
        else new RelayConnection(ws, bound, { svc, registry, opts });
      });
    },
    close(code = RELAY_CLOSE.serviceRestart.code) {
      closing ??= shutdown(code);
      return closing;
    },
    connectionCount() {
      return registry.connections.size;
    },
  };
}
