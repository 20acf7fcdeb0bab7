/**
 * Relay broadcast load generator: one step of the `relay` scenario (run pinned to the load-generator
 * core by bench/relay-broadcast.ts). It sets up a fresh relay team through the real signed REST API
 * (owner creates it, optionally pre-filled with knowledge; an invite; every other machine joins), opens
 * `clients` Phoenix V2 sockets (`/socket/websocket?ticket=…&vsn=2.0.0`), one machine token each, joins
 * them all to `knowledge:<team_id>`, and then offers `rate` `knowledge:push`es per second, round-robin
 * over the sockets (the relay accepts one push per second per token). Every push adds one new section
 * `## rly-NNNNNNN-rly` + one line, so each one changes the knowledge and is broadcast as
 * `knowledge:updated` to the other `clients - 1` sockets.
 *
 * Measured per push: sent → its `phx_reply`, sent → first and → LAST receiver's `knowledge:updated`.
 * A broadcast carries the full knowledge, so it contains older markers too; merge appends at the end,
 * so the frame's LAST marker names the push it belongs to. Frames are never JSON-parsed (only replies).
 * Checked: every accepted push reaches every other socket exactly once and never its own socket.
 *
 * Config: JSON in env BENCH_RELAY (RelayStepConfig). Result: one JSON line on stdout (RelayStepResult).
 */
import { createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { mapLimit } from './lib/api.js';
import { percentile } from './lib/stats.js';
import { runWorker } from './lib/worker.js';

export interface RelayStepConfig {
  /** http://127.0.0.1:PORT of the real server. */
  base: string;
  /** Joined sockets, each its own machine token (the pushers are these same sockets). */
  clients: number;
  /** Offered pushes per second. */
  rate: number;
  /** Pushes during this many seconds first are checked for delivery but left out of the figures. */
  warmupSeconds: number;
  /** Measured window. */
  seconds: number;
  /** Knowledge the team is created with, in bytes (0 = empty; ~99,000 = at the 100,000-byte cap). */
  prefillBytes: number;
  /** After the last push, wait at most this long for outstanding replies and deliveries. */
  drainMs: number;
  /** The server's process group (sum of its processes' CPU time and peak RSS); 0 = don't measure. */
  serverPgid: number;
  connectConcurrency: number;
}

export interface Quantiles {
  p50: number;
  p99: number;
  max: number;
}

export interface RelayStepResult {
  rate: number;
  prefillBytes: number;
  clients: number;
  /** Receivers per broadcast (clients - 1: every socket but the pusher's). */
  receivers: number;
  seconds: number;
  /** Pushes sent in the measured window, and their replies. */
  sent: number;
  accepted: number;
  rateLimited: number;
  /** Other error replies, by reason. */
  errors: Record<string, number>;
  /** Pushes of the window with no reply by the end of the drain. */
  noReply: number;
  acceptedPerS: number;
  /** knowledge:updated frames that arrived during the measured window, per second, and their MB/s. */
  deliveredPerS: number;
  deliveredMBps: number;
  /** Accepted pushes (measured window) whose broadcast did not reach all receivers by the end of the drain. */
  incomplete: number;
  /** (receiver, accepted push) pairs never delivered; all pushes of the step, warm-up included. */
  misses: number;
  /** Deliveries beyond the first of the same push to the same socket. */
  duplicates: number;
  /** Deliveries of a push to its own socket (must be 0), and frames that name no push of this step. */
  echoes: number;
  unknownFrames: number;
  /** Sent → LAST receiver, sent → first receiver, sent → phx_reply (ms, complete accepted pushes of the window). */
  lastMs: Quantiles & { mean: number };
  firstMs: Quantiles;
  replyMs: Quantiles;
  /** How late the generator sent pushes against their schedule (ms): large values mean it could not keep the pace. */
  sendLagMs: Quantiles;
  /** Per second of the window: p50 and max of sent → last receiver (ms), to see whether a queue builds up. */
  lastMsPerSecond: { p50: number; max: number; n: number }[];
  /** Stored knowledge after each accepted push of the window (reply's knowledge_size), bytes. */
  knowledgeBytes: Quantiles & { min: number };
  /** knowledge:updated frame size on the wire (bytes). */
  frameBytes: { min: number; max: number };
  /** CPU use during the window, % of one core: the server's process group, and this generator. */
  serverCpuPct: number | null;
  clientCpuPct: number;
  /** PostgreSQL + Redis CPU during the window, % of one core (they are not pinned). */
  servicesCpuPct: number | null;
  serverRssMaxMiB: number | null;
  setupMs: number;
  closedEarly: number;
}

// ------------------------------------------------------------------------- machine keys and signing

interface MachineKey {
  token: string;
  privateKey: KeyObject;
}

function makeKey(): MachineKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { token: `trc_ak_${jwk.x}`, privateKey };
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const signB64 = (key: MachineKey, message: string): string => sign(null, Buffer.from(message, 'utf8'), key.privateKey).toString('base64url');

/** A signed relay POST as the teamrc CLI sends it: the signature covers `<ts>.<raw body>`. */
async function signedPost<T>(base: string, key: MachineKey, path: string, body: object): Promise<T> {
  const raw = JSON.stringify(body);
  const ts = String(nowSeconds());
  const res = await fetch(base + path, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-teamrc-version': '1',
      'x-trc-timestamp': ts,
      'x-trc-signature': signB64(key, `${ts}.${raw}`),
    },
    body: raw,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${path} → HTTP ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

const ticket = (key: MachineKey): string => {
  const ts = nowSeconds();
  return `${ts}.${key.token}.${signB64(key, `${ts}.${key.token}`)}`;
};

// ------------------------------------------------------------------------- knowledge text

/** Marker of push `seq` in the knowledge: its section heading. Nothing else in the text contains `rly-`. */
const MARKER = Buffer.from('rly-');
const SEQ_DIGITS = 7;
const pushContent = (seq: number, pusher: number): string => {
  const s = String(seq).padStart(SEQ_DIGITS, '0');
  return `## rly-${s}-rly\nnote ${s} from machine ${String(pusher).padStart(3, '0')}\n`;
};

/** About `bytes` of knowledge in `## ` sections of ~100 bytes (so a prune keeps the newest 80,000 bytes). */
function prefill(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const n = String(i).padStart(5, '0');
    const section = `## seed ${n}\n- seed fact ${n}: the quick brown fox jumps over the lazy dog, twice.\n`;
    if (size + section.length > bytes) break;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

/** The push a knowledge:updated frame belongs to: the number in its last marker, or -1. */
function lastMarkerSeq(buf: Buffer): number {
  const at = buf.lastIndexOf(MARKER);
  if (at === -1 || at + 4 + SEQ_DIGITS > buf.length) return -1;
  const n = Number(buf.toString('latin1', at + 4, at + 4 + SEQ_DIGITS));
  return Number.isInteger(n) ? n : -1;
}

const UPDATED = Buffer.from('"knowledge:updated"');
/** `"knowledge:updated"` appears in the first ~80 bytes of a broadcast: `["1",null,"knowledge:<uuid>","knowledge:updated",{`. */
const isUpdated = (buf: Buffer): boolean => buf.subarray(0, 160).indexOf(UPDATED) !== -1;

// ------------------------------------------------------------------------- server CPU and memory

const HZ = 100;

/**
 * CPU ticks (utime + stime) and RSS of every process in group `pgid`, and the CPU ticks of PostgreSQL
 * and Redis (which serve the pushes: their share of the cores matters on a 2-core box).
 */
function groupStats(pgid: number): { ticks: number; rssKiB: number; serviceTicks: number } {
  let ticks = 0;
  let rssKiB = 0;
  let serviceTicks = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
      const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // f[0] = state (field 3)
      const cpu = Number(f[11]) + Number(f[12]);
      if (comm === 'postgres' || comm.startsWith('redis-server')) serviceTicks += cpu;
      if (Number(f[2]) !== pgid) continue; // field 5: pgrp
      ticks += cpu;
      rssKiB += (Number(f[21]) * 4096) / 1024; // field 24: rss in pages
    } catch {
      // exited meanwhile
    }
  }
  return { ticks, rssKiB, serviceTicks };
}

// ------------------------------------------------------------------------- the step

interface Conn {
  i: number;
  ws: WebSocket;
  key: MachineKey;
}

const q = (xs: number[]): Quantiles => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), max: xs.length ? Math.max(...xs) : NaN });

async function connect(cfg: RelayStepConfig, i: number, key: MachineKey): Promise<WebSocket> {
  const url = `${cfg.base.replace(/^http/, 'ws')}/socket/websocket?ticket=${encodeURIComponent(ticket(key))}&vsn=2.0.0`;
  const ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket ${i}: connect timed out`)), 15_000);
    ws.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  return ws;
}

/** Joins `topic` on every socket (`["1","1",topic,"phx_join",{}]`) and waits for all ok replies. */
async function joinAll(conns: Conn[], topic: string): Promise<void> {
  await Promise.all(
    conns.map(
      (c) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`socket ${c.i}: join timed out`)), 15_000);
          const onMessage = (data: Buffer): void => {
            const [, ref, , event, payload] = JSON.parse(data.toString()) as [
              unknown,
              unknown,
              unknown,
              string,
              { status: string; response: unknown },
            ];
            if (ref !== 'j' || event !== 'phx_reply') return;
            c.ws.off('message', onMessage);
            clearTimeout(timer);
            if (payload.status === 'ok') resolve();
            else reject(new Error(`socket ${c.i}: join → ${JSON.stringify(payload)}`));
          };
          c.ws.on('message', onMessage);
          c.ws.send(JSON.stringify(['1', 'j', topic, 'phx_join', {}]));
        }),
    ),
  );
}

async function run(cfg: RelayStepConfig): Promise<RelayStepResult> {
  const n = cfg.clients;
  const receivers = n - 1;
  const t0Setup = performance.now();

  // Team: created by machine 0 (pre-filled when asked), an invite, every other machine joins.
  const keys = Array.from({ length: n }, makeKey);
  const team: Record<string, unknown> = { name: 'Bench' };
  if (cfg.prefillBytes > 0) team.knowledge = prefill(cfg.prefillBytes);
  const created = await signedPost<{ team: { id: string } }>(cfg.base, keys[0]!, '/api/teams', { token: keys[0]!.token, team });
  const teamId = created.team.id;
  const { invite_code } = await signedPost<{ invite_code: string }>(cfg.base, keys[0]!, '/api/teams/invite', { token: keys[0]!.token });
  await mapLimit(keys.slice(1), 20, (k) => signedPost(cfg.base, k, '/api/join', { token: k.token, invite_code }));

  const topic = `knowledge:${teamId}`;
  const sockets = await mapLimit(keys, cfg.connectConcurrency, (k, i) => connect(cfg, i, k));
  const conns: Conn[] = sockets.map((ws, i) => ({ i, ws, key: keys[i]! }));
  await joinAll(conns, topic);
  const setupMs = performance.now() - t0Setup;

  // Push schedule: push k at start + k / rate, from socket k % n.
  const interval = 1000 / cfg.rate;
  const warmupPushes = Math.round(cfg.warmupSeconds * cfg.rate);
  const measuredPushes = Math.round(cfg.seconds * cfg.rate);
  const total = warmupPushes + measuredPushes;
  const sentAt = new Float64Array(total);
  const sendLag = new Float64Array(total);
  const replyAt = new Float64Array(total);
  const firstAt = new Float64Array(total);
  const lastAt = new Float64Array(total);
  const deliveredTo = new Uint16Array(total);
  const knowledgeSize = new Int32Array(total).fill(-1);
  const status = new Uint8Array(total); // 0 no reply, 1 ok, 2 rate_limited, 3 other error
  const errors: Record<string, number> = {};
  const perSocket = Array.from({ length: n }, () => new Uint8Array(total));
  let duplicates = 0;
  let echoes = 0;
  let unknownFrames = 0;
  let closedEarly = 0;
  let finished = false;
  let windowStart = Infinity;
  let windowEnd = Infinity;
  let windowFrames = 0;
  let windowBytes = 0;
  let frameMin = Infinity;
  let frameMax = 0;

  for (const c of conns) {
    c.ws.removeAllListeners('message');
    c.ws.on('error', () => {});
    c.ws.on('close', () => {
      if (!finished) closedEarly++;
    });
    c.ws.on('message', (data: Buffer) => {
      const now = performance.now();
      if (isUpdated(data)) {
        if (now >= windowStart && now < windowEnd) {
          windowFrames++;
          windowBytes += data.length;
        }
        if (data.length < frameMin) frameMin = data.length;
        if (data.length > frameMax) frameMax = data.length;
        const seq = lastMarkerSeq(data);
        if (seq < 0 || seq >= total || sentAt[seq] === 0) {
          unknownFrames++;
          return;
        }
        if (seq % n === c.i) {
          echoes++;
          return;
        }
        const count = ++perSocket[c.i]![seq]!;
        if (count > 1) {
          duplicates++;
          return;
        }
        if (deliveredTo[seq] === 0) firstAt[seq] = now;
        deliveredTo[seq]!++;
        lastAt[seq] = now;
        return;
      }
      const [, ref, , event, payload] = JSON.parse(data.toString()) as [
        unknown,
        unknown,
        unknown,
        string,
        { status?: string; response?: { reason?: string; knowledge_size?: number } },
      ];
      if (event !== 'phx_reply' || typeof ref !== 'string' || !ref.startsWith('p')) return; // heartbeat replies
      const seq = Number(ref.slice(1));
      replyAt[seq] = now;
      if (payload.status === 'ok') {
        status[seq] = 1;
        knowledgeSize[seq] = payload.response?.knowledge_size ?? -1;
      } else if (payload.response?.reason === 'rate_limited') status[seq] = 2;
      else {
        status[seq] = 3;
        const reason = payload.response?.reason ?? 'unknown';
        errors[reason] = (errors[reason] ?? 0) + 1;
      }
    });
  }
  // Heartbeats keep the receivers (which send nothing else) under the server's 60 s idle limit.
  const heartbeat = setInterval(() => {
    for (const c of conns) c.ws.send(JSON.stringify([null, 'h', 'phoenix', 'heartbeat', {}]));
  }, 20_000);
  await new Promise((r) => setTimeout(r, 1000));

  const pushFrame = (seq: number, pusher: number): string =>
    JSON.stringify(['1', `p${seq}`, topic, 'knowledge:push', { content: pushContent(seq, pusher) }]);
  let cpu0 = process.cpuUsage();
  let srv0 = cfg.serverPgid ? groupStats(cfg.serverPgid) : null;
  let rssMax = 0;
  const rssSampler = cfg.serverPgid ? setInterval(() => (rssMax = Math.max(rssMax, groupStats(cfg.serverPgid).rssKiB)), 500) : undefined;

  const start = performance.now() + 5;
  windowStart = start + warmupPushes * interval;
  windowEnd = start + total * interval;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        const seq = next++;
        if (seq === warmupPushes) {
          cpu0 = process.cpuUsage();
          srv0 = cfg.serverPgid ? groupStats(cfg.serverPgid) : null;
        }
        const c = conns[seq % n]!;
        sentAt[seq] = performance.now();
        sendLag[seq] = sentAt[seq] - (start + seq * interval);
        c.ws.send(pushFrame(seq, c.i));
      }
      if (next >= total) return resolve();
      setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  // Measured-window CPU ends with the schedule (plus the in-flight work it caused, up to 1 interval).
  await new Promise((r) => setTimeout(r, Math.max(0, windowEnd - performance.now())));
  const cpu = process.cpuUsage(cpu0);
  const srv1 = cfg.serverPgid ? groupStats(cfg.serverPgid) : null;
  const windowMs = windowEnd - windowStart;

  // Drain: until every push has its reply and every accepted one reached all receivers.
  const drainEnd = performance.now() + cfg.drainMs;
  const outstanding = (): boolean => {
    for (let s = 0; s < total; s++) if (status[s] === 0 || (status[s] === 1 && deliveredTo[s]! < receivers)) return true;
    return false;
  };
  while (outstanding() && performance.now() < drainEnd) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500)); // late duplicates or echoes
  finished = true;
  clearInterval(heartbeat);
  if (rssSampler) clearInterval(rssSampler);

  let misses = 0;
  for (let s = 0; s < total; s++) if (status[s] === 1) misses += receivers - deliveredTo[s]!;

  const last: number[] = [];
  const first: number[] = [];
  const replies: number[] = [];
  const sizes: number[] = [];
  const perSecond: number[][] = Array.from({ length: Math.ceil(cfg.seconds) }, () => []);
  let sent = 0;
  let accepted = 0;
  let rateLimited = 0;
  let noReply = 0;
  let incomplete = 0;
  for (let s = warmupPushes; s < total; s++) {
    sent++;
    if (status[s] === 0) noReply++;
    else replies.push(replyAt[s]! - sentAt[s]!);
    if (status[s] === 2) rateLimited++;
    if (status[s] !== 1) continue;
    accepted++;
    sizes.push(knowledgeSize[s]!);
    if (deliveredTo[s]! < receivers) {
      incomplete++;
      continue;
    }
    const l = lastAt[s]! - sentAt[s]!;
    last.push(l);
    first.push(firstAt[s]! - sentAt[s]!);
    perSecond[Math.min(perSecond.length - 1, Math.floor((s - warmupPushes) / cfg.rate))]!.push(l);
  }
  const lags = Array.from(sendLag.subarray(warmupPushes));
  for (const c of conns) c.ws.terminate();
  return {
    rate: cfg.rate,
    prefillBytes: cfg.prefillBytes,
    clients: n,
    receivers,
    seconds: windowMs / 1000,
    sent,
    accepted,
    rateLimited,
    errors,
    noReply,
    acceptedPerS: accepted / (windowMs / 1000),
    deliveredPerS: windowFrames / (windowMs / 1000),
    deliveredMBps: windowBytes / 1e6 / (windowMs / 1000),
    incomplete,
    misses,
    duplicates,
    echoes,
    unknownFrames,
    lastMs: { ...q(last), mean: last.reduce((a, b) => a + b, 0) / (last.length || 1) },
    firstMs: q(first),
    replyMs: q(replies),
    sendLagMs: q(lags),
    lastMsPerSecond: perSecond.map((xs) => ({ p50: percentile(xs, 50), max: xs.length ? Math.max(...xs) : NaN, n: xs.length })),
    knowledgeBytes: { min: sizes.length ? Math.min(...sizes) : NaN, ...q(sizes) },
    frameBytes: { min: Number.isFinite(frameMin) ? frameMin : 0, max: frameMax },
    serverCpuPct: srv0 && srv1 ? ((srv1.ticks - srv0.ticks) / HZ / (windowMs / 1000)) * 100 : null,
    clientCpuPct: ((cpu.user + cpu.system) / 1000 / windowMs) * 100,
    servicesCpuPct: srv0 && srv1 ? ((srv1.serviceTicks - srv0.serviceTicks) / HZ / (windowMs / 1000)) * 100 : null,
    serverRssMaxMiB: cfg.serverPgid ? rssMax / 1024 : null,
    setupMs,
    closedEarly,
  };
}

runWorker<RelayStepConfig, Awaited<ReturnType<typeof run>>>('BENCH_RELAY', run);
