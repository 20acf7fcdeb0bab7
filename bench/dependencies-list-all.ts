/**
 * Issue 10: what `tasks.dependencies.list_all` costs on top of its one SQL statement. One organization with
 * DL_TASKS tasks and DL_EDGES dependencies (acyclic: every edge goes from a higher to a lower task index),
 * then rounds of sequential calls of three variants, interleaved:
 *
 *   A "raw":  the same statement (`allEdges()` of src/domain/task_dependencies/queries.ts, imported, so it is
 *             the very SQL the server sends) run with postgres.js in this process (`createDb`, the server's
 *             options and type parsers): the floor, PostgreSQL's work plus decoding the rows.
 *   B "ws":   `{"action": "tasks.dependencies.list_all"}` over one authenticated /ws connection, reply parsed.
 *   C "rest": `GET /api/v1/task-dependencies` with a Bearer token (identity encoding), body parsed.
 *
 * Run (from the repository root; about 2 minutes with the defaults):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/dependencies-list-all.ts
 *
 * The server is started as `npm start` does (`node --max-semi-space-size=32 --import tsx src/main.ts`) pinned to
 * core 1, with its own database (created, then dropped), the shared Redis, and rate limits raised out of the
 * way; this process (the load generator, and variant A's client) stays on core 0. PostgreSQL is not pinned. The
 * user, organization and project are made through the API; the tasks and edges are inserted with SQL (through
 * the API the seed alone would take minutes). Every variant must answer the same edges before timing starts.
 *
 * Each round (up to 2 × DL_ROUNDS of them) waits up to DL_QUIET_WAIT_S for a quiet box, makes one untimed call of each variant, then times
 * DL_CALLS calls per variant in chunks of DL_CHUNK, the chunks of all variants in a random order. Per variant and
 * round: wall time per call, this process's CPU per call and the server's CPU per call (/proc of the server
 * process). The report gives, per variant, the median over the undisturbed rounds with min–max; a round is
 * disturbed when other processes took more than DL_NOISY_SHARE of a core during it (bench/lib/noise.ts); when
 * every round was disturbed, the figures are over all of them and the report says so.
 *
 * Knobs (env, defaults shown): DL_TASKS=10000 DL_EDGES=20000 DL_ROUNDS=10 DL_CALLS=20 DL_CHUNK=5 DL_WARMUP=20
 *   DL_PORT=18190 DL_QUIET_WAIT_S=5 DL_NOISY_SHARE=0.1 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import { createDatabase, createDb, dropDatabase } from '../src/platform/db.js';
import { allEdges } from '../src/domain/task_dependencies/queries.js';
import { Api } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { ROOT, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { fmt, spread } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const s = {
  tasks: num('DL_TASKS', 10_000),
  edges: num('DL_EDGES', 20_000),
  rounds: num('DL_ROUNDS', 10),
  calls: num('DL_CALLS', 20),
  chunk: num('DL_CHUNK', 5),
  warmup: num('DL_WARMUP', 20),
  port: num('DL_PORT', 18190),
  quietWaitMs: num('DL_QUIET_WAIT_S', 5) * 1000,
  noisyShare: num('DL_NOISY_SHARE', 0.1),
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};
const VARIANTS = ['raw', 'ws', 'rest'] as const;
type Variant = (typeof VARIANTS)[number];
const LABELS: Record<Variant, string> = {
  raw: 'A: the SQL, raw postgres.js',
  ws: 'B: `tasks.dependencies.list_all` over /ws',
  rest: 'C: `GET /api/v1/task-dependencies`',
};

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[deps-list-all ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

interface Edge {
  id: string;
  task_id: string;
  depends_on_id: string;
}

/** utime + stime of a process, in µs (clock ticks of 10 ms). */
function processCpuUs(pid: number): number {
  const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10_000;
}

async function startServer(databaseUrl: string): Promise<Pinned> {
  const base = `http://127.0.0.1:${s.port}`;
  const busy = await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${s.port} is already in use: stop whatever listens there first`);
  const server = spawnPinned('server', process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/main.ts'], {
    core: SERVER_CORE,
    env: {
      HOST: '127.0.0.1',
      PORT: String(s.port),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      RATE_LIMIT_PER_MINUTE: '100000000',
      WS_MESSAGES_PER_MINUTE: '100000000',
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: path.join(logDir, 'data'),
      LOG_LEVEL: s.logLevel,
    },
    logFile: path.join(logDir, 'server.log'),
  });
  await waitHealthy(`${base}/healthz`, server, 120_000);
  return server;
}

/** A small deterministic generator (mulberry32), so every run seeds the same graph. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The organization (through the API), then its tasks and edges (SQL). */
async function seed(base: string, databaseUrl: string): Promise<{ token: string; orgId: string; userId: string }> {
  const tag = Date.now().toString(36);
  const t = await new Api(base).call<{ access_token: string; user: { id: string; default_org_id: string } }>('POST', '/api/v1/auth/register', {
    email: `bench-deps-${tag}@example.com`,
    password: 'bench-password-1234',
    name: 'Bench Dependencies',
  });
  const api = new Api(base, t.access_token);
  const { data: project } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name: 'Dependency graph' });
  const orgId = project.org_id;
  const sql = createDb(databaseUrl, { applicationName: 'bench-deps-seed' });
  try {
    const ids = Array.from({ length: s.tasks }, (_, i) => `tsk_bench${String(i).padStart(6, '0')}`);
    for (let from = 0; from < ids.length; from += 1000) {
      const rows = ids
        .slice(from, from + 1000)
        .map((id, k) => ({ id, org_id: orgId, project_id: project.id, title: `Task ${from + k}`, position: from + k }));
      await sql`insert into tasks ${sql(rows)}`;
    }
    const rand = prng(10);
    const seen = new Set<string>();
    const edges: { id: string; org_id: string; task_id: string; depends_on_id: string }[] = [];
    while (edges.length < s.edges) {
      const i = 1 + Math.floor(rand() * (s.tasks - 1));
      const j = Math.floor(rand() * i); // lower index: the graph stays acyclic
      const key = `${i}:${j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ id: `dep_bench${String(edges.length).padStart(6, '0')}`, org_id: orgId, task_id: ids[i]!, depends_on_id: ids[j]! });
    }
    for (let from = 0; from < edges.length; from += 2000) await sql`insert into task_dependencies ${sql(edges.slice(from, from + 2000))}`;
    await sql`analyze tasks`;
    await sql`analyze task_dependencies`;
  } finally {
    await sql.end();
  }
  return { token: t.access_token, orgId, userId: t.user.id };
}

/** An authenticated /ws connection that runs one request at a time. */
async function openWs(base: string, token: string): Promise<{ request(action: string): Promise<unknown>; close(): void }> {
  const { ticket } = await new Api(base, token).call<{ ticket: string }>('POST', '/api/v1/auth/ws-ticket');
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ws`, { maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  let waiting: ((m: { request_id?: string; status?: string; data?: unknown; error?: unknown }) => void) | undefined;
  ws.on('message', (raw: Buffer) => {
    const m = JSON.parse(raw.toString('utf8')) as { request_id?: string; event?: string };
    if (m.request_id && waiting) waiting(m);
  });
  let n = 0;
  const send = (action: string, payload: unknown): Promise<{ status?: string; data?: unknown; error?: unknown }> =>
    new Promise((resolve) => {
      const id = `r${++n}`;
      waiting = (m) => {
        if (m.request_id !== id) return;
        waiting = undefined;
        resolve(m);
      };
      ws.send(JSON.stringify({ action, payload, request_id: id }));
    });
  const auth = await send('authenticate', { ticket });
  if (auth.status !== 'ok') throw new Error(`authenticate: ${JSON.stringify(auth)}`);
  return {
    async request(action) {
      const reply = await send(action, {});
      if (reply.status !== 'ok') throw new Error(`${action}: ${JSON.stringify(reply.error)}`);
      return reply.data;
    },
    close: () => ws.close(),
  };
}

interface Sample {
  round: number;
  variant: Variant;
  wallMsPerCall: number;
  clientCpuMsPerCall: number;
  serverCpuMsPerCall: number;
  foreignCpuS: number;
  disturbed: boolean;
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function main(): Promise<void> {
  if (s.calls % s.chunk !== 0) throw new Error('DL_CALLS must be a multiple of DL_CHUNK');
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const load = (): string =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  const loadBefore = load();
  const dbName = `trcr_bench_dl_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  log(`database ${dbName}; server log in ${path.relative(ROOT, logDir)}`);
  let server: Pinned | undefined;
  const samples: Sample[] = [];
  let bodyBytes: number;
  const raw = createDb(databaseUrl, { applicationName: 'bench-deps-raw' });
  let ws: Awaited<ReturnType<typeof openWs>> | undefined;
  try {
    server = await startServer(databaseUrl);
    const serverPid = server.child.pid!;
    const base = `http://127.0.0.1:${s.port}`;
    const t0 = Date.now();
    const { token, orgId, userId } = await seed(base, databaseUrl);
    log(`seeded ${s.tasks} tasks and ${s.edges} edges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    ws = await openWs(base, token);
    const restUrl = `${base}/api/v1/task-dependencies`;
    const calls: Record<Variant, () => Promise<unknown>> = {
      raw: async () => [...(await allEdges(raw, { orgId, userId, seesAll: true }))],
      ws: () => ws!.request('tasks.dependencies.list_all'),
      rest: async () => {
        const res = await fetch(restUrl, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
        if (!res.ok) throw new Error(`GET ${restUrl} → ${res.status}`);
        return ((await res.json()) as { data: unknown }).data;
      },
    };
    const answers = await Promise.all(VARIANTS.map((v) => calls[v]()));
    const edges = answers[0] as Edge[];
    if (edges.length !== s.edges) throw new Error(`raw SQL answered ${edges.length} edges, not ${s.edges}`);
    if (!answers.every((a) => isDeepStrictEqual(a, edges))) throw new Error('the variants answered different edges');
    bodyBytes = Buffer.byteLength(JSON.stringify({ data: edges }));
    log(`every variant answers the same ${edges.length} edges (${bodyBytes} bytes as JSON); warm-up ${s.warmup} calls each`);
    for (const v of VARIANTS) for (let i = 0; i < s.warmup; i++) await calls[v]();

    let clean = 0;
    for (let round = 1; clean < s.rounds && round <= 2 * s.rounds; round++) {
      if (s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);
      for (const v of VARIANTS) await calls[v]();
      const sum = new Map(VARIANTS.map((v) => [v, { wallUs: 0, clientUs: 0, serverUs: 0 }]));
      const snap = cpuSnapshot();
      const r0 = process.hrtime.bigint();
      for (const v of shuffled(VARIANTS.flatMap((v) => Array.from({ length: s.calls / s.chunk }, () => v)))) {
        const w0 = process.hrtime.bigint();
        const c0 = process.cpuUsage();
        const sv0 = processCpuUs(serverPid);
        for (let i = 0; i < s.chunk; i++) await calls[v]();
        const c = process.cpuUsage(c0);
        const acc = sum.get(v)!;
        acc.serverUs += processCpuUs(serverPid) - sv0;
        acc.clientUs += c.user + c.system;
        acc.wallUs += Number(process.hrtime.bigint() - w0) / 1000;
      }
      const roundS = Number(process.hrtime.bigint() - r0) / 1e9;
      const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
      const disturbed = foreignCpuS > s.noisyShare * roundS;
      if (!disturbed) clean++;
      for (const v of VARIANTS) {
        const a = sum.get(v)!;
        samples.push({
          round,
          variant: v,
          wallMsPerCall: a.wallUs / s.calls / 1000,
          clientCpuMsPerCall: a.clientUs / s.calls / 1000,
          serverCpuMsPerCall: a.serverUs / s.calls / 1000,
          foreignCpuS,
          disturbed,
        });
      }
      const line = VARIANTS.map((v) => `${v} ${(sum.get(v)!.wallUs / s.calls / 1000).toFixed(1)} ms`).join(', ');
      log(
        `round ${round}: wall per call ${line}; foreign CPU ${foreignCpuS.toFixed(2)} s over ${roundS.toFixed(1)} s${disturbed ? ' (disturbed)' : ''}`,
      );
    }
  } finally {
    ws?.close();
    await raw.end();
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }

  // The undisturbed rounds; on a box that never quietened, every round (the report says which).
  const clean = samples.filter((x) => !x.disturbed);
  const used = clean.length > 0 ? clean : samples;
  const rounds = new Set(used.map((x) => x.round)).size;
  const of = (v: Variant, k: 'wallMsPerCall' | 'clientCpuMsPerCall' | 'serverCpuMsPerCall') =>
    spread(used.filter((x) => x.variant === v).map((x) => x[k]));
  const cell = (sp: { median: number; min: number; max: number }) => `${fmt(sp.median)} (${fmt(sp.min)}–${fmt(sp.max)})`;
  const rawWall = of('raw', 'wallMsPerCall').median;
  const lines = [
    `### Run ${startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${s.tasks} tasks, ${s.edges} edges, answer ${bodyBytes} bytes of JSON; ${rounds} ${clean.length > 0 ? 'undisturbed rounds' : 'rounds (ALL disturbed: the box was never quiet)'} of ${s.calls} calls per variant ` +
      `(chunks of ${s.chunk}, random order; ${samples.length / VARIANTS.length} rounds ran); load average before ${loadBefore}, after ${load()}.`,
    'Per call, median over the rounds (min–max of the per-round figures), in ms:',
    '',
    '| variant | wall | × A | load generator CPU (core 0) | server CPU (core 1) |',
    '|---|---|---|---|---|',
    ...VARIANTS.map(
      (v) =>
        `| ${LABELS[v]} | ${cell(of(v, 'wallMsPerCall'))} | ${fmt(of(v, 'wallMsPerCall').median / rawWall)} | ${cell(of(v, 'clientCpuMsPerCall'))} | ${v === 'raw' ? '—' : cell(of(v, 'serverCpuMsPerCall'))} |`,
    ),
    '',
  ];
  const report = lines.join('\n');
  fs.writeFileSync(path.join(logDir, 'dependencies-list-all.json'), JSON.stringify({ startedAt, settings: s, bodyBytes, samples }, null, 2));
  process.stdout.write(report + '\n');
}

main().catch((err: unknown) => {
  log(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exit(1);
});
