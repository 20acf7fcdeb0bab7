/**
 * Real-time event bus. Events are written to the `events` outbox inside the mutation's
 * transaction (see tx.ts) and published here after commit.
 *
 * - `createMemoryBus()`: one process; delivery is asynchronous (never inside the publisher's call stack).
 * - `createRedisBus(url)`: many instances. One publisher and ONE subscriber connection per process;
 *   a published batch is delivered to this process's subscribers directly and to other instances
 *   through Redis pub/sub (each instance ignores its own echo). With an `outbox` (the `events` table,
 *   outbox.ts) every instance delivers each committed event exactly once and in sequence order, Redis
 *   or not: see `InOrderDelivery`.
 *
 * Subscribers receive the same event object: treat it as read-only.
 */
import { randomBytes } from 'node:crypto';
import type { EventData } from '../../generated/events.js';
import type { Logger } from './logger.js';
import type { EventLog } from './outbox.js';
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
 * (generated/events.ts: `EntityChanged`, `TimerUpdate`, `NotificationCreated`, `ChatMessage`, `UserTyping`; org-scoped), and the relay's own.
 */
export type BusMessage =
  | {
      type: 'EntityChanged';
      org_id: string;
      /** null: every member who may see the entity; else only this user. */ user_id: string | null;
      data: EventData['EntityChanged'];
      /**
       * Who may receive it besides holders of `manage_projects`: the members of the members-only project the
       * entity lives in; null or absent: everyone `user_id` and the organization allow. Set at commit by the
       * domain's hook (tx.ts `setEventAudience`), stored with the event, judged in src/domain/audience.ts.
       */
      audience?: readonly string[] | null;
    }
  | { type: 'TimerUpdate'; org_id: string; /** The timer's owner: the only receiver. */ user_id: string; data: EventData['TimerUpdate'] }
  | {
      type: 'NotificationCreated';
      org_id: string;
      /** The notification's recipient: the only receiver. */ user_id: string;
      data: EventData['NotificationCreated'];
    }
  | {
      type: 'ChatMessage' | 'UserTyping';
      org_id: string;
      user_id: null;
      data: EventData['ChatMessage'] | EventData['UserTyping'];
      /** The channel's members who may see it (src/domain/chat/visibility.ts `channelAudiences`): the only receivers. */
      audience?: readonly string[] | null;
    }
  | {
      type: 'UserPresence';
      org_id: string;
      /** Always null: every member of the organization receives it. */ user_id: null;
      data: EventData['UserPresence'];
    }
  | { type: RelayEventType; org_id: null; user_id: null; data: Record<string, unknown> }
  /**
   * Credentials ended (logout, detected refresh-token reuse, password reset, PAT revoked): every instance
   * refuses them from the next call on and closes their sockets (src/domain/auth/revocation.ts). Never sent to clients.
   */
  | { type: 'SessionRevoked'; org_id: null; user_id: string; data: { session_ids: string[]; pat_ids: string[] } };

export type BusEventType = BusMessage['type'];

/**
 * A committed event: its message and its global sequence from the `events` table. Every event emitted
 * through withTx (TRCR's and the team relay's alike) has one. A message published with `seq: 0` is not in
 * the table: it is delivered as it arrives (to this instance at once, to others through Redis if Redis is
 * up), outside the sequence order, and lost for other instances during an outage.
 */
export type BusEvent = BusMessage & { seq: number };

export interface EventBus {
  /** Publishes a batch (in order). Never throws; never waits on Redis (resolves once the batch is handed over). */
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

/** Catch-up timings (ms); the defaults suit production, tests may shorten them. */
export interface CatchUpOptions {
  /** How long a sequence gap may wait for the live path before the table is read (default 200). */
  settleMs?: number;
  /** While the subscriber connection is down, the table is read this often (default 1000). */
  pollMs?: number;
  /** While it is up, the table's tail is checked this often, for an event whose publish was lost (default 10000). */
  tailCheckMs?: number;
}

/** What the in-order delivery counted since start (logs, tests, the bench). */
export interface CatchUpStats {
  /** Highest sequence delivered (or skipped as a rolled-back hole). */
  lastSeq: number;
  /** Events delivered from the table rather than from the live path. */
  fromTable: number;
  /** Arrivals dropped because that sequence was already delivered. */
  duplicates: number;
  /** Sequence numbers skipped as holes (allocated by transactions that rolled back). */
  skipped: number;
}

/**
 * Delivers each committed event once, in `seq` order, whatever path it came by: this instance's own
 * publish, Redis pub/sub, or a read of the `events` table. `lastSeq` is the watermark: every sequence up to
 * it was delivered (or is a hole, below). An arrival at or under it, or already waiting, is a duplicate and
 * dropped; one above `lastSeq + 1` waits in `pending` until the gap before it is filled.
 *
 * Filling a gap. The table is read (`seq > lastSeq`) when a gap has waited `settleMs` for the live path,
 * when the subscriber connection is (re)subscribed after an outage, every `pollMs` while it is down, and
 * every `tailCheckMs` otherwise (a lost publish of the very last event shows no gap).
 *
 * Holes. `seq` comes from a sequence: it is allocated when the row is inserted, not when the transaction
 * commits, so a gap can be (a) an event still to come over the live path, (b) a transaction that inserted
 * its events and has not committed yet (tx.ts inserts them last, just before COMMIT, so this lasts
 * milliseconds), or (c) a transaction that rolled back: that number never appears. Skipping after a fixed
 * time would lose (b) under load; waiting forever would stall delivery on (c). So when a gap survives a
 * read of the table, the reader takes the database snapshot; the missing number was allocated before
 * the later event we hold committed, hence before that snapshot, by a transaction that had either ended
 * or was in progress in it. Once every transaction in progress in that snapshot has ended
 * (`EventLog.ended`), the table is read once more: a number still missing was rolled back and is
 * skipped. Delivery therefore waits for the slowest writer that was running, never drops a committed event.
 *
 * Messages with `seq: 0` (not in the table; see BusEvent) skip all of this and are delivered as they come.
 *
 * Start: the watermark starts at the table's head (an instance does not replay history to sockets that
 * connect later); events that arrived while it was read are delivered. An event of a transaction that
 * commits after that read with a lower number is dropped: it happened before this instance served anyone.
 *
 * Transaction ids are cluster-wide: a long writing transaction in another database of the same server
 * also delays the skipping of a hole (only that; holes are rare: a transaction failing at COMMIT).
 */
export class InOrderDelivery {
  private lastSeq = -1;
  private readonly pending = new Map<number, BusEvent>();
  private gapSnapshot: string | null = null;
  private filling = false;
  private refill = false;
  private closed = false;
  private fillTimer: NodeJS.Timeout | undefined;
  private readonly settleMs: number;
  readonly stats: CatchUpStats = { lastSeq: -1, fromTable: 0, duplicates: 0, skipped: 0 };

  constructor(
    private readonly outbox: EventLog,
    private readonly deliver: (events: readonly BusEvent[]) => void,
    private readonly log: LogLike | undefined,
    opts: CatchUpOptions = {},
  ) {
    this.settleMs = opts.settleMs ?? 200;
  }

  /** Reads the table's head as the starting watermark; arrivals before that wait. */
  async start(): Promise<void> {
    const head = await this.outbox.head();
    if (this.closed || this.lastSeq >= 0) return;
    this.lastSeq = head;
    this.stats.lastSeq = head;
    // Arrivals while the head was read are committed events (at most once each): deliver those at or under it now.
    const early = [...this.pending.values()].filter((e) => e.seq <= head).sort((x, y) => x.seq - y.seq);
    for (const e of early) this.pending.delete(e.seq);
    if (early.length > 0) this.deliver(early);
    this.drain();
  }

  accept(events: readonly BusEvent[], fromTable = false): void {
    if (this.closed) return;
    for (const e of events) {
      if (!(e.seq > 0)) {
        // Not in the events table (seq 0): delivered as it comes, best effort, never caught up.
        this.deliver([e]);
        continue;
      }
      if ((this.lastSeq >= 0 && e.seq <= this.lastSeq) || this.pending.has(e.seq)) {
        if (!fromTable) this.stats.duplicates++;
        continue;
      }
      this.pending.set(e.seq, e);
      if (fromTable) this.stats.fromTable++;
    }
    this.drain();
  }

  private drain(): void {
    if (this.lastSeq < 0) return;
    const out: BusEvent[] = [];
    for (let e = this.pending.get(this.lastSeq + 1); e; e = this.pending.get(this.lastSeq + 1)) {
      this.pending.delete(e.seq);
      this.lastSeq = e.seq;
      out.push(e);
    }
    this.stats.lastSeq = this.lastSeq;
    if (out.length > 0) {
      this.gapSnapshot = null;
      this.deliver(out);
    }
    if (this.pending.size > 0) this.scheduleFill(this.settleMs);
  }

  private scheduleFill(ms: number): void {
    if (this.closed || this.fillTimer) return;
    this.fillTimer = setTimeout(() => {
      this.fillTimer = undefined;
      void this.fill();
    }, ms);
    this.fillTimer.unref();
  }

  /** Reads every committed event above the watermark and resolves holes (see the class comment). Never throws. */
  async fill(): Promise<void> {
    if (this.closed) return;
    if (this.lastSeq < 0) return this.start().catch((err: unknown) => this.log?.warn({ err }, 'bus: reading the events head failed; retrying'));
    if (this.filling) {
      this.refill = true;
      return;
    }
    this.filling = true;
    try {
      do {
        this.refill = false;
        await this.readTail();
        if (this.pending.size === 0) break;
        // A gap survived the read: decide whether its numbers can still commit.
        if (this.gapSnapshot === null) {
          this.gapSnapshot = await this.outbox.snapshot();
        } else if (await this.outbox.ended(this.gapSnapshot)) {
          await this.readTail();
          if (this.pending.size > 0) {
            let next = Infinity;
            for (const seq of this.pending.keys()) if (seq < next) next = seq;
            this.log?.warn({ from: this.lastSeq + 1, to: next - 1 }, 'bus: sequence numbers of rolled-back transactions skipped');
            this.stats.skipped += next - 1 - this.lastSeq;
            this.lastSeq = next - 1;
            this.gapSnapshot = null;
            this.drain();
          }
        }
      } while (this.refill && !this.closed);
    } catch (err) {
      this.log?.warn({ err }, 'bus: reading the events table failed; retrying');
    } finally {
      this.filling = false;
    }
    if (this.pending.size > 0) this.scheduleFill(this.settleMs);
  }

  private async readTail(): Promise<void> {
    for (;;) {
      const rows = await this.outbox.read(this.lastSeq, 1000);
      if (this.closed) return;
      this.accept(rows, true);
      if (rows.length < 1000) return;
    }
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.fillTimer);
    this.pending.clear();
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
  /** The `events` table: with it, delivery is exactly once and in order across outages (InOrderDelivery). */
  outbox?: EventLog;
  catchUp?: CatchUpOptions;
}

interface WireMessage {
  src: string;
  events: BusEvent[];
}

export interface RedisEventBus extends EventBus {
  /** Resolves once the subscriber connection is subscribed (false if subscribing failed). */
  ready(): Promise<boolean>;
  /** The in-order delivery's counters and whether the subscription is live now (null without an outbox). */
  catchUpStats(): (CatchUpStats & { subscribed: boolean }) | null;
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

  const inOrder = opts.outbox ? new InOrderDelivery(opts.outbox, (events) => fanout.deliver(events), log, opts.catchUp) : null;
  const accept = (events: BusEvent[]): void => (inOrder ? inOrder.accept(events) : fanout.deliver(events));
  const pollMs = opts.catchUp?.pollMs ?? 1000;
  const tailCheckMs = opts.catchUp?.tailCheckMs ?? 10_000;
  let subscribedNow = false;
  let pollTimer: NodeJS.Timeout | undefined;
  const schedulePoll = (): void => {
    if (!inOrder || closed) return;
    clearTimeout(pollTimer);
    pollTimer = setTimeout(
      () => {
        void inOrder.fill().finally(schedulePoll);
      },
      subscribedNow ? tailCheckMs : pollMs,
    );
    pollTimer.unref();
  };

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
    accept(msg.events);
  });
  const subscribed = sub.subscribe(channel).then(
    () => true,
    (err: unknown) => {
      log?.error({ err, channel }, 'bus: subscribe failed');
      return false;
    },
  );
  if (inOrder) {
    void subscribed.then((ok) => {
      subscribedNow = ok;
    });
    void inOrder.start().then(schedulePoll, (err: unknown) => {
      log?.error({ err }, 'bus: reading the events head failed; retrying');
      schedulePoll();
    });
    sub.on('close', () => {
      if (!subscribedNow) return;
      subscribedNow = false;
      schedulePoll();
    });
    // ioredis resubscribes on reconnect before it emits `ready`; this SUBSCRIBE's answer comes after that
    // one's, so once it resolves every later PUBLISH reaches us, and whatever was published before is
    // already committed: one read of the table then closes the outage's gap.
    sub.on('ready', () => {
      if (closed) return;
      sub.subscribe(channel).then(
        () => {
          subscribedNow = true;
          void inOrder.fill().finally(schedulePoll);
        },
        (err: unknown) => log?.warn({ err }, 'bus: resubscribe failed'),
      );
    });
  }

  return {
    ready: () => subscribed,
    catchUpStats: () => (inOrder ? { ...inOrder.stats, subscribed: subscribedNow } : null),
    publish(events) {
      if (closed || events.length === 0) return Promise.resolve();
      const batch = events.slice();
      setImmediate(() => accept(batch));
      if (pub.status !== 'ready') {
        log?.warn({ count: batch.length, first_seq: batch[0]?.seq }, 'bus: redis unavailable, other instances will read these events from the table');
        return Promise.resolve();
      }
      // Not awaited: the caller (a request, after its commit) never waits on Redis; a PUBLISH that times out
      // or fails is made good by the other instances' catch-up from the table. One connection keeps the order.
      pub.publish(channel, JSON.stringify({ src, events: batch } satisfies WireMessage)).catch((err: unknown) => {
        log?.warn(
          { err, count: batch.length, first_seq: batch[0]?.seq },
          'bus: publish failed, other instances will read these events from the table',
        );
      });
      return Promise.resolve();
    },
    subscribe(fn) {
      return fanout.add(fn);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(pollTimer);
      inOrder?.close();
      fanout.clear();
      await closeRedis(sub);
      if (ownPublisher) await closeRedis(pub);
    },
  };
}
