/**
 * Real-time event bus. Events are written to the `events` outbox inside the mutation's
 * transaction (see tx.ts) and published here after commit.
 *
 * - `createMemoryBus()`: one process; delivery is asynchronous (never inside the publisher's call stack).
 * - `createRedisBus(url)`: many instances. One publisher and ONE subscriber connection per process;
 *   a published batch is delivered to this process's subscribers directly and to other instances
 *   through Redis pub/sub (each instance ignores its own echo). Redis down → logged and dropped for
 *   other instances; local delivery continues.
 *
 * Subscribers receive the same event object: treat it as read-only.
 */
import { randomBytes } from 'node:crypto';
import type { EventData } from '../../generated/events.js';
import type { Logger } from './logger.js';
import { closeRedis, createRedis, type Redis } from './redis.js';

/**
 * The team relay's own events (org_id null), which never leave the server:
 * `RelayKnowledgeUpdated` {team_id, content, knowledge_hash, knowledge_size, source: the pushing socket
 * connection's id, null for a change made over REST} and
 * `RelayTokenRevoked` {token, team_id?} (sockets of that token are closed; with team_id, only that team's channel).
 */
export type RelayEventType = 'RelayKnowledgeUpdated' | 'RelayTokenRevoked';

/**
 * What travels on the bus: TRCR's pushed events, as declared in the AsyncAPI document
 * (generated/events.ts: `EntityChanged`, `TimerUpdate`; org-scoped), and the relay's own.
 */
export type BusMessage =
  | {
      type: 'EntityChanged';
      org_id: string;
      /** null: every member who may see the entity; else only this user. */ user_id: string | null;
      data: EventData['EntityChanged'];
    }
  | { type: 'TimerUpdate'; org_id: string; /** The timer's owner: the only receiver. */ user_id: string; data: EventData['TimerUpdate'] }
  | { type: RelayEventType; org_id: null; user_id: null; data: Record<string, unknown> }
  /**
   * Credentials ended (logout, detected refresh-token reuse, password reset, PAT revoked): every instance
   * refuses them from the next call on and closes their sockets (src/domain/auth/revocation.ts). Never sent to clients.
   */
  | { type: 'SessionRevoked'; org_id: null; user_id: string; data: { session_ids: string[]; pat_ids: string[] } };

export type BusEventType = BusMessage['type'];

/** A committed event: its message and its global sequence from the `events` table. */
export type BusEvent = BusMessage & { seq: number };

export interface EventBus {
  /** Publishes a batch (in order). Never throws; never waits on an unavailable Redis. */
  publish(events: BusEvent[]): Promise<void>;
  /** Registers a listener; returns the function that removes it. */
  subscribe(fn: (e: BusEvent) => void): () => void;
  close(): Promise<void>;
}

type LogLike = Pick<Logger, 'warn' | 'error' | 'info'>;

class Fanout {
  private readonly listeners = new Set<(e: BusEvent) => void>();
  constructor(private readonly log?: LogLike) {}

  add(fn: (e: BusEvent) => void): () => void {
    // Wrap so that the same function can subscribe twice and each unsubscribe removes one.
    const entry = (e: BusEvent): void => fn(e);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  deliver(events: readonly BusEvent[]): void {
    for (const e of events) {
      for (const fn of this.listeners) {
        try {
          fn(e);
        } catch (err) {
          this.log?.error({ err, seq: e.seq }, 'bus subscriber threw');
        }
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }

  get size(): number {
    return this.listeners.size;
  }
}

export function createMemoryBus(opts: { log?: LogLike } = {}): EventBus {
  const fanout = new Fanout(opts.log);
  let closed = false;
  return {
    publish(events) {
      if (closed || events.length === 0) return Promise.resolve();
      const batch = events.slice();
      setImmediate(() => fanout.deliver(batch));
      return Promise.resolve();
    },
    subscribe(fn) {
      return fanout.add(fn);
    },
    close() {
      closed = true;
      fanout.clear();
      return Promise.resolve();
    },
  };
}

export interface RedisBusOptions {
  channel?: string;
  log?: LogLike;
  /** Distinguishes this process's own messages (default: random). */
  instanceId?: string;
  /** Reuse an existing (non-subscriber) client for PUBLISH; it is not closed by `close()`. */
  publisher?: Redis;
}

interface WireMessage {
  src: string;
  events: BusEvent[];
}

export interface RedisEventBus extends EventBus {
  /** Resolves once the subscriber connection is subscribed (false if subscribing failed). */
  ready(): Promise<boolean>;
}

export function createRedisBus(redisUrl: string, opts: RedisBusOptions = {}): RedisEventBus {
  const channel = opts.channel ?? 'trcr:events';
  const log = opts.log;
  const src = `${opts.instanceId ?? 'bus'}:${randomBytes(6).toString('hex')}`;
  const ownPublisher = !opts.publisher;
  const pub = opts.publisher ?? createRedis(redisUrl, { name: 'trcr-bus-pub', ...(log ? { log } : {}) });
  const sub = createRedis(redisUrl, { name: 'trcr-bus-sub', subscriber: true, ...(log ? { log } : {}) });
  const fanout = new Fanout(log);
  let closed = false;

  sub.on('message', (ch: string, message: string) => {
    if (ch !== channel) return;
    let msg: WireMessage;
    try {
      msg = JSON.parse(message) as WireMessage;
    } catch (err) {
      log?.warn({ err }, 'bus: unparseable message dropped');
      return;
    }
    if (msg.src === src || !Array.isArray(msg.events)) return;
    fanout.deliver(msg.events);
  });
  const subscribed = sub.subscribe(channel).then(
    () => true,
    (err: unknown) => {
      log?.error({ err, channel }, 'bus: subscribe failed');
      return false;
    },
  );

  return {
    ready: () => subscribed,
    async publish(events) {
      if (closed || events.length === 0) return;
      const batch = events.slice();
      setImmediate(() => fanout.deliver(batch));
      if (pub.status !== 'ready') {
        log?.warn({ count: batch.length, first_seq: batch[0]?.seq }, 'bus: redis unavailable, events not sent to other instances');
        return;
      }
      try {
        await pub.publish(channel, JSON.stringify({ src, events: batch } satisfies WireMessage));
      } catch (err) {
        log?.warn({ err, count: batch.length, first_seq: batch[0]?.seq }, 'bus: publish failed, events not sent to other instances');
      }
    },
    subscribe(fn) {
      return fanout.add(fn);
    },
    async close() {
      if (closed) return;
      closed = true;
      fanout.clear();
      await closeRedis(sub);
      if (ownPublisher) await closeRedis(pub);
    },
  };
}
