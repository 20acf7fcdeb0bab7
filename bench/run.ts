/**
 * The benchmark run (`npm run bench` → bench/run.sh → this, pinned to core 0):
 *   1. a fresh database on postgres://postgres@127.0.0.1:5432, the real server (`src/main.ts`) on core 1
 *      with the real Redis, seeded through its API;
 *   2. "list": wrk (core 0) on GET /api/v1/tasks?project_id=…&per_page=25 against bench/baseline-list.ts
 *      (core 1), interleaved baseline/candidate, after a warm-up;
 *   3. "fanout": bench/fanout-clients.ts (core 0) with 1,000 WebSocket clients against
 *      bench/baseline-broadcast.ts and the real /ws (both on core 1), interleaved.
 *   4. "relay" (not in the default set): relay `knowledge:updated` broadcasts to 200 joined sockets of
 *      the real /socket/websocket at increasing push rates (bench/relay-broadcast.ts, bench/relay-clients.ts).
 * Then every child is stopped and the database dropped, whatever happened. Results go to
 * bench/results/latest.{json,md} (server logs under bench/results/logs/).
 *
 * Knobs (env, defaults shown):
 *   BENCH_SCENARIOS=list,fanout   (also: chat, relay)
 *   CHAT_RUNS=3 CHAT_MEMBERS=1000 CHAT_EVENTS=200 CHAT_WARMUP_EVENTS=20 CHAT_GAP_MS=50  (the chat scenario: ChatMessage
 *                                to the general channel, CHAT_MEMBERS members made with SQL, one socket each)
 *   LIST_RUNS=3 LIST_SECONDS=10 LIST_WARMUP_SECONDS=3 LIST_CONNECTIONS=50
 *   FANOUT_RUNS=3 FANOUT_CLIENTS=1000 FANOUT_USERS=10 FANOUT_EVENTS=200 FANOUT_WARMUP_EVENTS=20 FANOUT_GAP_MS=50
 *   RELAY_RUNS=1 RELAY_CLIENTS=200 RELAY_RATES=10,25,50,100,150,200 RELAY_MODES=empty,full …  (header of bench/relay-broadcast.ts)
 *   BENCH_LOG_LEVEL=info         the real server's LOG_LEVEL
 *   BENCH_QUIET_WAIT_S=30        before each measured run, wait up to this long for a 2 s window in which
 *                                the whole box is < 10 % busy
 *   BENCH_COUNT_STATEMENTS=1     0 skips the ≈ 70 s count of SQL statements per list request
 *   BENCH_CPU_PROF=0             1 profiles the real server into bench/results/prof/
 *   BENCH_NODE_FLAGS=…           node flags for the real server (default: --max-semi-space-size=32, as npm start)
 *   BENCH_CLIENT_FLAGS=…         the same for the fan-out clients
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import { signAccessToken } from '../src/platform/crypto.js';
import { createDatabase, createDb, dropDatabase } from '../src/platform/db.js';
import type { FanoutConfig, FanoutResult } from './fanout-clients.js';
import { Api } from './lib/api.js';
import { ROOT, TSX, runPinned, sleep, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { login, seed, type Seeded } from './lib/seed.js';
import { NOISY_CPU_S, renderMarkdown, type BenchResults, type ListRun, type FanoutRun } from './lib/report.js';
import { relaySettingsFromEnv, renderRelayMarkdown, runRelay, type RelayResults } from './relay-broadcast.js';
import { runWrk } from './lib/wrk.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const LOAD_CORE = 0;
const PORTS = { candidate: 18080, list: 18091, broadcast: 18092 };

const scenarios = new Set(env('BENCH_SCENARIOS', 'list,fanout').split(','));
const list = {
  runs: num('LIST_RUNS', 3),
  seconds: num('LIST_SECONDS', 10),
  warmupSeconds: num('LIST_WARMUP_SECONDS', 3),
  connections: num('LIST_CONNECTIONS', 50),
};
const relaySettings = relaySettingsFromEnv();
/** The chat scenario: ChatMessage to the general channel of org A with CHAT_MEMBERS members, one socket each. */
const chat = {
  runs: num('CHAT_RUNS', 3),
  members: num('CHAT_MEMBERS', 1000),
  events: num('CHAT_EVENTS', 200),
  warmupEvents: num('CHAT_WARMUP_EVENTS', 20),
  gapMs: num('CHAT_GAP_MS', 50),
};
const fanout = {
  runs: num('FANOUT_RUNS', 3),
  clients: num('FANOUT_CLIENTS', 1000),
  users: num('FANOUT_USERS', 10),
  events: num('FANOUT_EVENTS', 200),
  warmupEvents: num('FANOUT_WARMUP_EVENTS', 20),
  gapMs: num('FANOUT_GAP_MS', 50),
};

const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef0123456789abcdef';

/** Before each measured run, wait up to this long for the box to be idle (0 = don't wait). */
const quietWaitMs = num('BENCH_QUIET_WAIT_S', 30) * 1000;
async function quiet(): Promise<void> {
  if (quietWaitMs <= 0) return;
  const waited = await waitQuiet(quietWaitMs);
  if (waited >= quietWaitMs) log(`box still busy after ${quietWaitMs / 1000} s: measuring anyway (see foreign CPU)`);
}

type Target = 'baseline' | 'candidate';

/**
 * Runs baseline/candidate pairs, interleaved, until `want` pairs ran undisturbed by other work on the
 * box (both runs ≤ NOISY_CPU_S of foreign CPU) or 3 × `want` pairs ran. Every run is kept (the
 * report flags the disturbed ones); `runOne` measures one target once.
 */
async function interleaved(name: string, want: number, runOne: (target: Target, pair: number) => Promise<{ foreignCpuS: number }>): Promise<void> {
  let clean = 0;
  for (let pair = 1; clean < want && pair <= 3 * want; pair++) {
    const foreign: number[] = [];
    for (const target of ['baseline', 'candidate'] as const) {
      await quiet();
      foreign.push((await runOne(target, pair)).foreignCpuS);
    }
    if (foreign.every((f) => f <= NOISY_CPU_S)) clean++;
    else if (clean < want) log(`${name} pair ${pair} was disturbed by other work on the box: running another`);
  }
}

const resultsDir = path.join(ROOT, 'bench', 'results');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(resultsDir, 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function sh(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (err) {
    // `wrk --version` prints its banner and exits 1.
    return String((err as { stdout?: string }).stdout ?? '').trim();
  }
}

async function machine(): Promise<BenchResults['machine']> {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const sql = createDb(ADMIN_URL, { max: 1 });
  const [pg] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
  await sql.end({ timeout: 2 });
  return {
    nproc: os.cpus().length, // not availableParallelism(): this process is pinned to one core
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: pg!.v,
    redis: /redis_version:(\S+)/.exec(sh('redis-cli', ['-u', REDIS_URL, 'INFO', 'server']))?.[1] ?? 'unknown',
    wrk: sh('wrk', ['--version']).split('\n')[0] ?? 'unknown',
    commit: sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
    dirtyFiles: Number(sh('sh', ['-c', `git -C ${ROOT} status --porcelain | wc -l`])),
    kernel: os.release(),
  };
}

async function startServer(name: string, args: string | string[], port: number, extraEnv: Record<string, string>): Promise<Pinned> {
  // A leftover process on the port would answer the health check and be benchmarked instead.
  const busy = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use: stop whatever listens there first`);
  const p = spawnPinned(name, TSX, typeof args === 'string' ? [args] : args, {
    core: SERVER_CORE,
    env: { PORT: String(port), ...extraEnv },
    logFile: path.join(logDir, `${name}.log`),
  });
  return p;
}

async function startCandidate(databaseUrl: string, wsCap: number): Promise<Pinned> {
  const extra: Record<string, string> = {
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    RATE_LIMIT_PER_MINUTE: '100000000',
    RELAY_RATE_LIMIT_PER_MINUTE: '100000', // the relay's signed REST limit (per token; per address twice that): 200 joins per step
    WS_MAX_CONNECTIONS_PER_USER: String(wsCap),
    JWT_SECRET,
    DATA_DIR: path.join(logDir, 'data'),
    LOG_LEVEL: env('BENCH_LOG_LEVEL', 'info'),
  };
  // Node flags go before the script: tsx hands them to the node process it starts. The default is
  // what `npm start` passes (package.json): a 32 MB young generation, so fewer scavenges pause requests.
  const flags = (process.env.BENCH_NODE_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean);
  if (process.env.BENCH_CPU_PROF === '1') flags.push('--cpu-prof', `--cpu-prof-dir=${path.join(resultsDir, 'prof', stamp)}`);
  const p = await startServer('candidate', [...flags, 'src/main.ts'], PORTS.candidate, extra);
  await waitHealthy(`http://127.0.0.1:${PORTS.candidate}/healthz`, p, 120_000);
  return p;
}

// ---------------------------------------------------------------- list scenario

function listUrl(port: number, s: Seeded): string {
  return `http://127.0.0.1:${port}/api/v1/tasks?project_id=${s.listProjectId}&per_page=25`;
}

/** The baseline must answer what the server answers, or the comparison means nothing. */
async function sameListBody(s: Seeded, token: string): Promise<{ equal: boolean; bytes: { candidate: number; baseline: number } }> {
  const get = async (port: number): Promise<string> => {
    const res = await fetch(listUrl(port, s), { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    if (!res.ok) throw new Error(`GET list on :${port} → ${res.status} ${text.slice(0, 200)}`);
    return text;
  };
  const [c, b] = [await get(PORTS.candidate), await get(PORTS.list)];
  const cj = JSON.parse(c) as { data: unknown[] };
  if (cj.data.length !== 25) throw new Error(`list returned ${cj.data.length} tasks, expected 25`);
  return { equal: isDeepStrictEqual(cj, JSON.parse(b)), bytes: { candidate: Buffer.byteLength(c), baseline: Buffer.byteLength(b) } };
}

/**
 * SQL statements per request: PostgreSQL's committed-transaction counter for the bench database around
 * `n` sequential requests (every autocommit statement is one transaction), minus the count of an idle
 * window of the same wait (background work: autovacuum, the mail poller, our own count query).
 * Backends publish their counters at most once a second and, once idle, within 10 s: hence the waits.
 */
async function statementsPerRequest(databaseUrl: string, url: string, token: string, n = 1000): Promise<number> {
  const sql = createDb(databaseUrl, { max: 1 });
  const count = async (): Promise<number> => {
    await sleep(11_000);
    const [row] = await sql<{ n: number }[]>`select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`;
    return row!.n;
  };
  try {
    const c0 = await count();
    const c1 = await count(); // idle window
    for (let i = 0; i < n; i++) {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
    }
    const c2 = await count();
    return (c2 - c1 - (c1 - c0)) / n;
  } finally {
    await sql.end({ timeout: 2 });
  }
}

async function runList(s: Seeded, databaseUrl: string, out: BenchResults): Promise<void> {
  const baseline = await startServer('baseline-list', 'bench/baseline-list.ts', PORTS.list, { DATABASE_URL: databaseUrl, ORG_ID: s.orgId });
  try {
    await waitHealthy(`http://127.0.0.1:${PORTS.list}/healthz`, baseline);
    let token = await login(`http://127.0.0.1:${PORTS.candidate}`, s.users[0]!);
    const check = await sameListBody(s, token);
    out.list.sameBody = check.equal;
    out.list.bodyBytes = check.bytes;
    log(`list: bodies ${check.equal ? 'identical' : 'DIFFER'} (${check.bytes.candidate} / ${check.bytes.baseline} bytes)`);
    if (process.env.BENCH_COUNT_STATEMENTS !== '0') {
      out.list.statements = {
        baseline: await statementsPerRequest(databaseUrl, listUrl(PORTS.list, s), token),
        candidate: await statementsPerRequest(databaseUrl, listUrl(PORTS.candidate, s), token),
      };
      log(
        `list: SQL statements per request: baseline ${out.list.statements.baseline.toFixed(2)}, candidate ${out.list.statements.candidate.toFixed(2)}`,
      );
    }

    const wrk = (port: number, seconds: number) =>
      runWrk({
        url: listUrl(port, s),
        headers: { Authorization: `Bearer ${token}` },
        durationSec: seconds,
        connections: list.connections,
        core: LOAD_CORE,
      });
    log(`list: warm-up ${list.warmupSeconds}s each`);
    await wrk(PORTS.list, list.warmupSeconds);
    await wrk(PORTS.candidate, list.warmupSeconds);
    await interleaved('list', list.runs, async (target, r) => {
      if (target === 'baseline') token = await login(`http://127.0.0.1:${PORTS.candidate}`, s.users[0]!);
      const cpu0 = cpuSnapshot();
      const w = await wrk(target === 'baseline' ? PORTS.list : PORTS.candidate, list.seconds);
      const foreignCpuS = foreignCpuSeconds(cpu0, cpuSnapshot());
      const run: ListRun = {
        run: r,
        target,
        rps: w.rps,
        p50: w.p50,
        p75: w.p75,
        p90: w.p90,
        p99: w.p99,
        max: w.max,
        requests: w.requests,
        non2xx: w.non2xx,
        socketErrors: w.socketErrors,
        foreignCpuS,
      };
      out.list.runs.push(run);
      fs.appendFileSync(path.join(logDir, 'wrk.log'), `--- run ${r} ${target}\n${w.raw}\n`);
      log(
        `list run ${r} ${target}: ${w.rps.toFixed(0)} req/s p50 ${w.p50} ms p99 ${w.p99} ms non2xx ${w.non2xx} sockerr ${w.socketErrors} foreign CPU ${foreignCpuS.toFixed(1)} s`,
      );
      await sleep(1000);
      return run;
    });
  } finally {
    await baseline.stop();
  }
}

// ---------------------------------------------------------------- fan-out scenario

/** Size of the real EntityChanged frame for a title PATCH (one client, two events; the second is steady-state). */
async function probeFrameBytes(s: Seeded, token: string): Promise<number> {
  const base = `http://127.0.0.1:${PORTS.candidate}`;
  const api = new Api(base, token);
  const { ticket } = await api.call<{ ticket: string }>('POST', '/api/v1/auth/ws-ticket');
  const ws = new WebSocket(base.replace('http', 'ws') + '/ws');
  const frames: Buffer[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject);
      ws.once('open', () => ws.send(JSON.stringify({ action: 'authenticate', payload: { ticket }, request_id: 'auth' })));
      ws.on('message', (d: Buffer) => {
        if (d.includes('"request_id":"auth"')) {
          if (d.includes('"status":"ok"')) resolve();
          else reject(new Error(`probe authenticate failed: ${d.toString()}`));
        } else if (d.includes('EntityChanged') && d.includes('evt-99999')) frames.push(d);
      });
    });
    for (const title of ['evt-999998-evt', 'evt-999999-evt']) {
      await api.call('PATCH', `/api/v1/tasks/${s.fanoutTaskId}`, { title });
    }
    const deadline = Date.now() + 5000;
    while (frames.length < 2 && Date.now() < deadline) await sleep(20);
    if (frames.length < 2) throw new Error(`probe: got ${frames.length} EntityChanged frames for 2 PATCHes`);
    fs.writeFileSync(path.join(logDir, 'entity-changed-sample.json'), frames[1]!);
    return frames[1]!.length;
  } finally {
    ws.terminate();
  }
}

async function fanoutRun(cfg: FanoutConfig): Promise<FanoutResult> {
  const flags = (process.env.BENCH_CLIENT_FLAGS ?? '').split(' ').filter(Boolean);
  const stdout = await runPinned(`fanout-${cfg.mode}`, TSX, [...flags, 'bench/fanout-clients.ts'], {
    core: LOAD_CORE,
    env: { BENCH_FANOUT: JSON.stringify(cfg) },
    logFile: path.join(logDir, 'fanout-clients.log'),
    timeoutMs: 10 * 60_000,
  });
  const lines = stdout.trim().split('\n');
  fs.appendFileSync(path.join(logDir, 'fanout-clients.log'), lines.slice(0, -1).join('\n') + '\n'); // e.g. --trace-gc output
  return JSON.parse(lines.at(-1)!) as FanoutResult;
}

async function runFanout(s: Seeded, out: BenchResults): Promise<void> {
  const base = `http://127.0.0.1:${PORTS.candidate}`;
  const frameBytes = await probeFrameBytes(s, await login(base, s.users[0]!));
  out.fanout.frameBytes = frameBytes;
  log(`fanout: EntityChanged frame is ${frameBytes} bytes; ${fanout.clients} clients over ${s.users.length} users`);
  const broadcast = await startServer('baseline-broadcast', 'bench/baseline-broadcast.ts', PORTS.broadcast, {});
  try {
    await waitHealthy(`http://127.0.0.1:${PORTS.broadcast}/healthz`, broadcast);
    const common = {
      clients: fanout.clients,
      events: fanout.events,
      warmupEvents: fanout.warmupEvents,
      gapMs: fanout.gapMs,
      eventTimeoutMs: 5000,
      connectConcurrency: 50,
    };
    await interleaved('fanout', fanout.runs, async (mode, r) => {
      const seqStart = ((r - 1) * 2 + (mode === 'baseline' ? 0 : 1)) * 1000 + 1;
      let cfg: FanoutConfig;
      if (mode === 'baseline') {
        cfg = { ...common, mode, base: `http://127.0.0.1:${PORTS.broadcast}`, payloadBytes: frameBytes, seqStart };
      } else {
        const tokens = [];
        for (const u of s.users) tokens.push(await login(base, u));
        cfg = { ...common, mode, base, tokens, triggerToken: tokens[0]!, taskId: s.fanoutTaskId, seqStart };
      }
      const cpu0 = cpuSnapshot();
      const res = await fanoutRun(cfg);
      const foreignCpuS = foreignCpuSeconds(cpu0, cpuSnapshot());
      const { lastSeries, firstSeries, triggerSeries, sentAtUs, mode: _mode, ...rest } = res;
      const run: FanoutRun = { run: r, target: mode, foreignCpuS, ...rest };
      out.fanout.runs.push(run);
      fs.appendFileSync(
        path.join(logDir, 'fanout-series.log'),
        `run ${r} ${mode} last: ${lastSeries.join(' ')}\nrun ${r} ${mode} first: ${firstSeries.join(' ')}\nrun ${r} ${mode} trigger: ${triggerSeries.join(' ')}\nrun ${r} ${mode} sentAtUs: ${sentAtUs.join(' ')}\n`,
      );
      log(
        `fanout run ${r} ${mode}: last-client p50 ${res.lastMs.p50.toFixed(1)} p99 ${res.lastMs.p99.toFixed(1)} ms; ` +
          `misses ${res.misses} dups ${res.duplicates} incomplete ${res.incompleteEvents} closed ${res.closedEarly} other ${res.otherFrames}; foreign CPU ${foreignCpuS.toFixed(1)} s`,
      );
      await sleep(2000);
      return run;
    });
  } finally {
    await broadcast.stop();
  }
}

// ---------------------------------------------------------------- chat scenario

/**
 * `chat.members` members of org A made with SQL (the members trigger puts each in the general channel), each
 * with an access token signed with the bench's JWT secret (access tokens are checked without the database).
 */
async function seedChatMembers(databaseUrl: string, s: Seeded, n: number): Promise<string[]> {
  const db = createDb(databaseUrl, { max: 2 });
  try {
    const rows = await db<{ id: string }[]>`
      with u as (
        insert into users (id, email, name, password_hash, default_org_id)
        select new_typeid('usr'), 'chat-' || g || '@bench.example', 'Chat Member ' || g, 'x', ${s.orgId}
        from generate_series(1, ${n}) g
        returning id
      ), m as (insert into members (org_id, user_id, role) select ${s.orgId}, u.id, 'member' from u returning user_id)
      select user_id as id from m order by user_id`;
    const jwt = { jwtSecret: JWT_SECRET, jwtIssuer: 'trcr', jwtAudience: 'trcr-api' };
    return await Promise.all(rows.map((r) => signAccessToken(jwt, { sub: r.id, sid: `bench-${r.id}` }, { ttlSeconds: 3600 })));
  } finally {
    await db.end();
  }
}

async function runChat(s: Seeded, databaseUrl: string, out: BenchResults): Promise<void> {
  const base = `http://127.0.0.1:${PORTS.candidate}`;
  const tokensFile = path.join(logDir, 'chat-tokens.json');
  fs.writeFileSync(tokensFile, JSON.stringify(await seedChatMembers(databaseUrl, s, chat.members)));
  const owner = await login(base, s.users[0]!);
  const api = new Api(base, owner);
  const channels = await api.call<{ data: { id: string; kind: string; member_count: number }[] }>('GET', '/api/v1/chat/channels?per_page=100');
  const general = channels.data.find((c) => c.kind === 'general')!;
  // The baseline broadcasts frames of the real ChatMessage's size (the marker's digits included).
  const probe = await api.call<{ data: unknown }>('POST', `/api/v1/chat/channels/${general.id}/messages`, { content: 'evt-000000-evt' });
  const frameBytes = Buffer.byteLength(JSON.stringify({ event: 'ChatMessage', data: { channel_id: general.id, message: probe.data } }));
  log(`chat: general channel has ${general.member_count} members; ${chat.members} clients, one per member; ChatMessage frame ${frameBytes} bytes`);
  const results: {
    run: number;
    target: string;
    foreignCpuS: number;
    result: Omit<FanoutResult, 'lastSeries' | 'firstSeries' | 'triggerSeries' | 'sentAtUs'>;
  }[] = [];
  const broadcast = await startServer('baseline-broadcast', 'bench/baseline-broadcast.ts', PORTS.broadcast, {});
  try {
    await waitHealthy(`http://127.0.0.1:${PORTS.broadcast}/healthz`, broadcast);
    const common = {
      clients: chat.members,
      events: chat.events,
      warmupEvents: chat.warmupEvents,
      gapMs: chat.gapMs,
      eventTimeoutMs: 5000,
      connectConcurrency: 50,
    };
    await interleaved('chat', chat.runs, async (mode, r) => {
      const seqStart = 100_000 + ((r - 1) * 2 + (mode === 'baseline' ? 0 : 1)) * 1000 + 1;
      const cfg: FanoutConfig =
        mode === 'baseline'
          ? { ...common, mode, base: `http://127.0.0.1:${PORTS.broadcast}`, payloadBytes: frameBytes, seqStart }
          : { ...common, mode, base, tokensFile, triggerToken: await login(base, s.users[0]!), chatChannelId: general.id, seqStart };
      const cpu0 = cpuSnapshot();
      const res = await fanoutRun(cfg);
      const foreignCpuS = foreignCpuSeconds(cpu0, cpuSnapshot());
      const { lastSeries, firstSeries: _first, triggerSeries: _trigger, sentAtUs: _sent, ...rest } = res;
      results.push({ run: r, target: mode, foreignCpuS, result: rest });
      fs.appendFileSync(path.join(logDir, 'chat-series.log'), `run ${r} ${mode} last: ${lastSeries.join(' ')}\n`);
      log(
        `chat run ${r} ${mode}: last-client p50 ${res.lastMs.p50.toFixed(1)} p99 ${res.lastMs.p99.toFixed(1)} ms; ` +
          `misses ${res.misses} dups ${res.duplicates} incomplete ${res.incompleteEvents} closed ${res.closedEarly} other ${res.otherFrames}; foreign CPU ${foreignCpuS.toFixed(1)} s`,
      );
      await sleep(2000);
      return { foreignCpuS };
    });
  } finally {
    await broadcast.stop();
  }
  const p99 = (target: string) => results.filter((x) => x.target === target).map((x) => x.result.lastMs.p99);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const summary = {
    members: chat.members,
    frameBytes,
    candidateP99Median: med(p99('candidate')),
    baselineP99Median: med(p99('baseline')),
    targetMs: 1.5 * med(p99('baseline')) + 10,
    runs: results,
  };
  out.notes.push(
    `chat: ChatMessage to ${chat.members} members (one socket each): p99 last delivery median ${summary.candidateP99Median.toFixed(1)} ms ` +
      `vs bare ws ${summary.baselineP99Median.toFixed(1)} ms (target ≤ ${summary.targetMs.toFixed(1)} ms); misses ${results.reduce((a, x) => a + x.result.misses, 0)}, duplicates ${results.reduce((a, x) => a + x.result.duplicates, 0)}`,
  );
  fs.writeFileSync(path.join(resultsDir, 'chat-latest.json'), JSON.stringify(summary, null, 2) + '\n');
  log(out.notes.at(-1)!);
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  const out: BenchResults = {
    startedAt: new Date().toISOString(),
    command: 'npm run bench',
    machine: await machine(),
    settings: { list, fanout, logLevel: env('BENCH_LOG_LEVEL', 'info'), serverCore: SERVER_CORE, loadCore: LOAD_CORE },
    list: { runs: [], sameBody: null, bodyBytes: null, statements: null },
    fanout: { runs: [], frameBytes: null },
    seed: null,
    notes: [],
  };
  const dbName = env('BENCH_DB_NAME', `trcr_bench_${Date.now().toString(36)}`);
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  log(`database ${dbName}; logs in ${path.relative(ROOT, logDir)}`);
  let candidate: Pinned | undefined;
  let relay: RelayResults | undefined;
  try {
    const users = Math.max(1, fanout.users);
    candidate = await startCandidate(databaseUrl, Math.ceil(fanout.clients / users));
    const t0 = Date.now();
    const seeded = await seed({
      base: `http://127.0.0.1:${PORTS.candidate}`,
      listProjects: 8,
      otherProjects: 4,
      tasksPerProject: 200,
      fanoutUsers: users,
    });
    out.seed = { tasks: seeded.totalTasks, listProjectTasks: 200, users: seeded.users.length, seconds: (Date.now() - t0) / 1000 };
    log(`seeded ${seeded.totalTasks} tasks, ${seeded.users.length} users of org A in ${out.seed.seconds.toFixed(1)} s`);
    if (scenarios.has('list')) await runList(seeded, databaseUrl, out);
    if (scenarios.has('fanout')) await runFanout(seeded, out);
    if (scenarios.has('chat')) await runChat(seeded, databaseUrl, out);
    if (scenarios.has('relay')) {
      relay = await runRelay({
        base: `http://127.0.0.1:${PORTS.candidate}`,
        serverPgid: candidate.child.pid!,
        logDir,
        settings: relaySettings,
        core: LOAD_CORE,
        log,
        quiet,
      });
    }
  } finally {
    await candidate?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
    out.finishedAt = new Date().toISOString();
    fs.writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(relay ? { ...out, relay } : out, null, 2) + '\n');
    const md = renderMarkdown(out) + (relay ? renderRelayMarkdown(relay) : '');
    fs.writeFileSync(path.join(resultsDir, 'latest.md'), md);
    process.stdout.write(md);
  }
}

const abort = (signal: string): void => {
  log(`${signal}: stopping children`);
  process.exit(130); // the exit hook in lib/proc.ts kills every child group
};
process.on('SIGINT', () => abort('SIGINT'));
process.on('SIGTERM', () => abort('SIGTERM'));

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
