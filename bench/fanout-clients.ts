/**
 * Fan-out load generator (run pinned to the load-generator core). Opens `clients` WebSocket clients,
 * then fires `events` triggers one after another and, for each, measures from just before the trigger
 * is sent to the moment the LAST client received that event. Clients stay cheap: they never parse
 * event frames, they look for the `evt-NNNNNN-evt` marker in the raw bytes (see markerSeq).
 *
 * Config: JSON in env BENCH_FANOUT (see FanoutConfig). Result: one JSON line on stdout (FanoutResult).
 *   mode "candidate": the real server. Each client gets a ticket (POST /api/v1/auth/ws-ticket with its
 *     user's token), connects to /ws and authenticates; the trigger is PATCH /api/v1/tasks/{taskId}
 *     with title evt-<seq>-evt.
 *     With `chatChannelId` (the chat scenario) the trigger is POST /api/v1/chat/channels/{id}/messages with
 *     content evt-<seq>-evt instead (the ChatMessage frame carries the marker once).
 *   mode "baseline": bench/baseline-broadcast.ts. Plain connect; the trigger is POST /trigger?seq&size.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { mapLimit } from './lib/api.js';
import { percentile } from './lib/stats.js';
import { runWorker } from './lib/worker.js';

export interface FanoutConfig {
  mode: 'candidate' | 'baseline';
  /** http://127.0.0.1:PORT */
  base: string;
  clients: number;
  /** Candidate: access tokens; client i uses tokens[i % tokens.length]. */
  tokens?: string[];
  /** Candidate: a JSON file holding `tokens` instead (1,000 tokens exceed what one environment variable may carry). */
  tokensFile?: string;
  /** Candidate: the token that sends the PATCH, and the task it changes. */
  triggerToken?: string;
  taskId?: string;
  /** Candidate, chat scenario: the trigger is a message `evt-<seq>-evt` sent to this channel (ChatMessage fan-out). */
  chatChannelId?: string;
  /** Baseline: frame size in bytes (the real server's EntityChanged size). */
  payloadBytes?: number;
  events: number;
  /** The first this-many events are delivered and checked but left out of the latency figures (JIT warm-up). */
  warmupEvents: number;
  /** First sequence number; events use seqStart .. seqStart+events-1 (unique across runs). */
  seqStart: number;
  /** Pause between one event's completion (or timeout) and the next trigger. */
  gapMs: number;
  /** Give up waiting for one event after this long (counted as incomplete). */
  eventTimeoutMs: number;
  connectConcurrency: number;
}

export interface FanoutResult {
  mode: FanoutConfig['mode'];
  clients: number;
  events: number;
  /** Trigger → last client's receipt, per event (ms); only complete events. */
  lastMs: { p50: number; p99: number; max: number; mean: number };
  /** Trigger → first client's receipt (ms). */
  firstMs: { p50: number; p99: number };
  /** Trigger → each receipt, over all receipts (ms). */
  perMessage: { p50: number; p99: number };
  /** Trigger HTTP round trip (ms). */
  triggerMs: { p50: number; p99: number };
  incompleteEvents: number;
  /** (client, event) pairs never received. */
  misses: number;
  /** Receipts beyond the first of the same event by the same client. */
  duplicates: number;
  /** Frames other than the measured events (e.g. presence), total. */
  otherFrames: number;
  frameBytes: number;
  connectMs: number;
  /** Clients whose socket closed during the run. */
  closedEarly: number;
  extensions: string;
  /** Per measured event, in order (ms, rounded to 0.1): trigger → last receipt, → first receipt, → trigger's HTTP answer. */
  lastSeries: number[];
  firstSeries: number[];
  triggerSeries: number[];
  /** Per measured event: when its trigger was sent, CLOCK_MONOTONIC in µs (the clock of V8 .cpuprofile timestamps). */
  sentAtUs: number[];
}

const MARKER = Buffer.from('evt-');

const round1 = (xs: number[]): number[] => xs.map((x) => Math.round(x * 10) / 10);

/**
 * The event's own `evt-NNNNNN-evt` sequence number in a frame, or -1. An update frame carries the new
 * title twice (`changes.title.to` and `entity.title`) and the previous one once (`changes.title.from`),
 * so the number seen twice wins; a frame with a single marker is that one.
 */
function markerSeq(buf: Buffer): number {
  const seen: number[] = [];
  let at = buf.indexOf(MARKER);
  while (at !== -1 && at + 14 <= buf.length) {
    if (buf[at + 10] === 0x2d /* - */ && buf.toString('latin1', at + 11, at + 14) === 'evt') {
      const n = Number(buf.toString('latin1', at + 4, at + 10));
      if (seen.includes(n)) return n;
      seen.push(n);
    }
    at = buf.indexOf(MARKER, at + 4);
  }
  return seen.length === 1 ? seen[0]! : -1;
}

interface Measure {
  k: number;
  t0: number;
  remaining: number;
  first: number;
  last: number;
  done: () => void;
}

async function connectClient(cfg: FanoutConfig, i: number): Promise<WebSocket> {
  const wsUrl = cfg.base.replace(/^http/, 'ws') + '/ws';
  let ticket: string | undefined;
  if (cfg.mode === 'candidate') {
    const token = cfg.tokens![i % cfg.tokens!.length]!;
    const res = await fetch(`${cfg.base}/api/v1/auth/ws-ticket`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { ticket?: string };
    if (!res.ok || !body.ticket) throw new Error(`ws-ticket → ${res.status} ${JSON.stringify(body)}`);
    ticket = body.ticket;
  }
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client ${i}: connect/authenticate timed out`)), 15_000);
    ws.once('error', reject);
    ws.once('open', () => {
      if (ticket === undefined) {
        clearTimeout(timer);
        resolve();
        return;
      }
      ws.send(JSON.stringify({ action: 'authenticate', payload: { ticket }, request_id: 'auth' }));
      const onMessage = (data: Buffer): void => {
        const msg = JSON.parse(data.toString()) as { request_id?: string; status?: string; error?: unknown };
        if (msg.request_id !== 'auth') return;
        ws.off('message', onMessage);
        clearTimeout(timer);
        if (msg.status === 'ok') resolve();
        else reject(new Error(`client ${i}: authenticate → ${JSON.stringify(msg)}`));
      };
      ws.on('message', onMessage);
    });
    ws.once('close', (code) => reject(new Error(`client ${i}: closed ${code} during setup`)));
  });
  return ws;
}

async function trigger(cfg: FanoutConfig, seq: number): Promise<void> {
  const title = `evt-${String(seq).padStart(6, '0')}-evt`;
  const res =
    cfg.mode === 'candidate' && cfg.chatChannelId
      ? await fetch(`${cfg.base}/api/v1/chat/channels/${cfg.chatChannelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${cfg.triggerToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ content: title }),
        })
      : cfg.mode === 'candidate'
        ? await fetch(`${cfg.base}/api/v1/tasks/${cfg.taskId}`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${cfg.triggerToken}`, 'content-type': 'application/json' },
            body: JSON.stringify({ title }),
          })
        : await fetch(`${cfg.base}/trigger?seq=${seq}&size=${cfg.payloadBytes}`, { method: 'POST' });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`trigger ${seq} → HTTP ${res.status}`);
}

async function run(cfg: FanoutConfig): Promise<FanoutResult> {
  if (cfg.tokensFile) cfg = { ...cfg, tokens: JSON.parse(fs.readFileSync(cfg.tokensFile, 'utf8')) as string[] };
  const n = cfg.clients;
  const received = Array.from({ length: n }, () => new Uint16Array(cfg.events));
  const perMessage: number[] = [];
  let current: Measure | null = null;
  let otherFrames = 0;
  let frameBytes = 0;
  let closedEarly = 0;
  let finished = false;

  const c0 = performance.now();
  const sockets = await mapLimit(
    Array.from({ length: n }, (_, i) => i),
    cfg.connectConcurrency,
    (i) => connectClient(cfg, i),
  );
  const connectMs = performance.now() - c0;

  sockets.forEach((ws, i) => {
    ws.removeAllListeners('error');
    ws.on('error', () => {});
    ws.on('close', () => {
      if (!finished) closedEarly++;
    });
    ws.on('message', (data: Buffer) => {
      const now = performance.now();
      const seq = markerSeq(data);
      const k = seq - cfg.seqStart;
      if (seq < 0 || k < 0 || k >= cfg.events) {
        otherFrames++;
        return;
      }
      const count = ++received[i]![k]!;
      frameBytes = data.length;
      const m = current;
      if (count === 1 && m && m.k === k) {
        if (k >= cfg.warmupEvents) perMessage.push(now - m.t0);
        if (m.first === 0) m.first = now;
        m.last = now;
        if (--m.remaining === 0) m.done();
      }
    });
  });
  await new Promise((r) => setTimeout(r, 1000)); // let connection-time traffic (e.g. presence) settle

  const last: number[] = [];
  const first: number[] = [];
  const triggerMs: number[] = [];
  const sentAtUs: number[] = [];
  let incompleteEvents = 0;
  for (let k = 0; k < cfg.events; k++) {
    let timer: NodeJS.Timeout | undefined;
    const m: Measure = { k, t0: 0, remaining: n, first: 0, last: 0, done: () => {} };
    const complete = new Promise<boolean>((resolve) => {
      m.done = () => resolve(true);
      timer = setTimeout(() => resolve(false), cfg.eventTimeoutMs);
    });
    current = m;
    m.t0 = performance.now();
    const sentAt = Number(process.hrtime.bigint() / 1000n);
    let answeredAt = 0;
    const sent = trigger(cfg, cfg.seqStart + k).then(() => (answeredAt = performance.now()));
    const ok = await complete;
    clearTimeout(timer);
    await sent;
    current = null;
    if (!ok) incompleteEvents++;
    else if (k >= cfg.warmupEvents) {
      last.push(m.last - m.t0);
      first.push(m.first - m.t0);
      triggerMs.push(answeredAt - m.t0);
      sentAtUs.push(sentAt);
    }
    await new Promise((r) => setTimeout(r, cfg.gapMs));
  }
  await new Promise((r) => setTimeout(r, 2000)); // late or duplicate deliveries
  finished = true;

  let misses = 0;
  let duplicates = 0;
  for (const counts of received) {
    for (const c of counts) {
      if (c === 0) misses++;
      else duplicates += c - 1;
    }
  }
  const extensions = sockets[0]?.extensions ?? '';
  for (const ws of sockets) ws.terminate();
  return {
    mode: cfg.mode,
    clients: n,
    events: cfg.events,
    lastMs: {
      p50: percentile(last, 50),
      p99: percentile(last, 99),
      max: Math.max(...last),
      mean: last.reduce((s, x) => s + x, 0) / (last.length || 1),
    },
    firstMs: { p50: percentile(first, 50), p99: percentile(first, 99) },
    perMessage: { p50: percentile(perMessage, 50), p99: percentile(perMessage, 99) },
    triggerMs: { p50: percentile(triggerMs, 50), p99: percentile(triggerMs, 99) },
    incompleteEvents,
    misses,
    duplicates,
    otherFrames,
    frameBytes,
    connectMs,
    closedEarly,
    extensions,
    lastSeries: round1(last),
    firstSeries: round1(first),
    triggerSeries: round1(triggerMs),
    sentAtUs,
  };
}

runWorker<FanoutConfig, Awaited<ReturnType<typeof run>>>('BENCH_FANOUT', run);
