/**
 * Issue 12: `reports.timesheet` grouped by project over a month of RT_ENTRIES (1,000,000) time entries, against the
 * same SQL run raw, and its latency under RT_CONCURRENCY (10) concurrent callers.
 *
 *   A "raw":  the very statements the operation sends, imported from src/domain/reports/ (`loadScope`, then
 *             `timesheet()`: the figures statement and the page statement, run together as the operation runs
 *             them), with postgres.js in this process (`createDb`, the server's options and type parsers).
 *   B "ws":   `{"action": "reports.timesheet", "payload": {from, to, group_by: "project"}}` over one /ws connection.
 *   C "rest": `GET /api/v1/reports/timesheet?from=…&to=…&group_by=project` with a Bearer token, body parsed.
 *
 * Run (from the repository root; about 4 minutes with the defaults, seeding included):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/reports-timesheet.ts
 *
 * The server is started as `npm start` does, pinned to core 1, with its own database (created, then dropped), the
 * shared Redis and rate limits raised out of the way; this process stays on core 0; PostgreSQL is not pinned. The
 * owner and organization (time zone Europe/Berlin) are made through the API; RT_USERS members with client and cost
 * rates, RT_PROJECTS projects (every third with its own rate, every fifth member a project member with an override)
 * and the entries with SQL, the entries in ONE `insert … select … from generate_series` (15 to 134 minutes each,
 * spread over March 2026, every fifth not billable). Every variant must answer the same report before timing.
 *
 * Phase 1, sequential and interleaved: rounds (RT_ROUNDS undisturbed ones, at most twice as many) of RT_CALLS calls
 * per variant in chunks of RT_CHUNK in a random order; per variant and round the wall time per call. The report
 * gives the median over the rounds with min–max, and B and C as multiples of A (target ≤ 1.3 × A).
 * Phase 2, concurrency: RT_CONCURRENCY REST callers in closed loops for RT_CONC_CALLS calls in all; p50, p90, p99 and
 * max of the call latencies, and calls per second.
 *
 * The server runs with DB_STATEMENT_TIMEOUT_MS=RT_STATEMENT_TIMEOUT_MS (60 s; 0 keeps the default 5 s): with the
 * default, ten concurrent reports over a million entries on a 2-core box queue in PostgreSQL past 5 s and answer 503.
 *
 * Knobs (env, defaults shown): RT_STATEMENT_TIMEOUT_MS=60000 RT_ENTRIES=1000000 RT_USERS=50 RT_PROJECTS=40 RT_ROUNDS=5 RT_CALLS=6 RT_CHUNK=2
 *   RT_WARMUP=2 RT_CONCURRENCY=10 RT_CONC_CALLS=100 RT_PORT=18192 RT_QUIET_WAIT_S=5 RT_NOISY_SHARE=0.1 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import { createDatabase, createDb, dropDatabase } from '../src/platform/db.js';
import { heading, loadScope } from '../src/domain/reports/scope.js';
import { timesheet } from '../src/domain/reports/timesheet.js';
import { Api } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { ROOT, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { fmt, percentile, spread } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const s = {
  entries: num('RT_ENTRIES', 1_000_000),
  users: num('RT_USERS', 50),
  projects: num('RT_PROJECTS', 40),
  rounds: num('RT_ROUNDS', 5),
  calls: num('RT_CALLS', 6),
  chunk: num('RT_CHUNK', 2),
  warmup: num('RT_WARMUP', 2),
  concurrency: num('RT_CONCURRENCY', 10),
  concCalls: num('RT_CONC_CALLS', 100),
  port: num('RT_PORT', 18192),
  quietWaitMs: num('RT_QUIET_WAIT_S', 5) * 1000,
  noisyShare: num('RT_NOISY_SHARE', 0.1),
  /** The server's DB_STATEMENT_TIMEOUT_MS (0 = its default, 5 s; DB_QUERY_TIMEOUT_MS is set 1 s above it). */
  statementTimeoutMs: num('RT_STATEMENT_TIMEOUT_MS', 60_000),
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};
const INPUT = { from: '2026-03-01', to: '2026-03-31', group_by: 'project' as const };
const VARIANTS = ['raw', 'ws', 'rest'] as const;
type Variant = (typeof VARIANTS)[number];
const LABELS: Record<Variant, string> = {
  raw: 'A: the SQL, raw postgres.js',
  ws: 'B: `reports.timesheet` over /ws',
  rest: 'C: `GET /api/v1/reports/timesheet`',
};

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[reports-timesheet ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

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
      ...(s.statementTimeoutMs > 0
        ? { DB_STATEMENT_TIMEOUT_MS: String(s.statementTimeoutMs), DB_QUERY_TIMEOUT_MS: String(s.statementTimeoutMs + 1000) }
        : {}),
    },
    logFile: path.join(logDir, 'server.log'),
  });
  await waitHealthy(`${base}/healthz`, server, 120_000);
  return server;
}

/** The owner and organization through the API; members, projects, project members and the entries with SQL. */
async function seed(base: string, databaseUrl: string): Promise<{ token: string; orgId: string; userId: string }> {
  const tag = Date.now().toString(36);
  const t = await new Api(base).call<{ access_token: string; user: { id: string } }>('POST', '/api/v1/auth/register', {
    email: `bench-rt-${tag}@example.com`,
    password: 'bench-password-1234',
    name: 'Bench Reports',
  });
  const api = new Api(base, t.access_token);
  const { data: first } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name: 'Project 000' });
  const orgId = first.org_id;
  const sql = createDb(databaseUrl, { applicationName: 'bench-rt-seed' });
  try {
    await sql`update organizations set timezone = 'Europe/Berlin', currency = 'EUR' where id = ${orgId}`;
    await sql`
      insert into users (id, email, name, password_hash)
      select 'usr_bench' || lpad(i::text, 4, '0'), 'bench-rt-' || ${tag} || '-' || i || '@example.com', 'Member ' || lpad(i::text, 4, '0'), 'x'
      from generate_series(1, ${s.users}) i`;
    await sql`
      insert into members (org_id, user_id, role, hourly_rate_cents, cost_rate_cents)
      select ${orgId}, 'usr_bench' || lpad(i::text, 4, '0'), 'member', 9000 + i * 37, case when i % 7 = 0 then null else 5000 + i * 11 end
      from generate_series(1, ${s.users}) i`;
    await sql`
      insert into projects (id, org_id, name, hourly_rate_cents)
      select 'prj_bench' || lpad(i::text, 4, '0'), ${orgId}, 'Project ' || lpad(i::text, 3, '0'), case when i % 3 = 0 then 12345 end
      from generate_series(1, ${s.projects - 1}) i`;
    await sql`
      insert into project_members (id, project_id, org_id, user_id, role, hourly_rate_cents, cost_rate_cents)
      select 'pm_bench' || p || '_' || u, 'prj_bench' || lpad(p::text, 4, '0'), ${orgId}, 'usr_bench' || lpad(u::text, 4, '0'), 'member', 15000 + p, 6000
      from generate_series(1, ${s.projects - 1}) p, generate_series(1, ${s.users}) u where u % 5 = 0`;
    const t0 = Date.now();
    // The month: 31 days of Berlin time (2026-03-01 00:00 +01:00 to 2026-04-01 00:00 +02:00), entries spread evenly.
    await sql`
      insert into time_entries (id, org_id, user_id, project_id, description, billable, started_at, stopped_at)
      select 'te_bench' || lpad(i::text, 8, '0'), ${orgId},
        'usr_bench' || lpad((1 + i % ${s.users})::text, 4, '0'),
        case when i % ${s.projects} = 0 then ${first.id} else 'prj_bench' || lpad((i % ${s.projects})::text, 4, '0') end,
        'Work item ' || (i % 1000), i % 5 <> 0, st, st + make_interval(mins => 15 + (i % 120))
      from generate_series(1, ${s.entries}) i,
        lateral (select timestamptz '2026-02-28 23:00:00+00' + (i::float8 / ${s.entries}) * interval '2674799 seconds' as st) x`;
    log(`inserted ${s.entries} entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await sql`analyze time_entries`;
    await sql`analyze projects`;
    await sql`analyze members`;
    await sql`analyze project_members`;
  } finally {
    await sql.end();
  }
  return { token: t.access_token, orgId, userId: t.user.id };
}

/** An authenticated /ws connection that runs one request at a time. */
async function openWs(base: string, token: string): Promise<{ request(action: string, payload: unknown): Promise<unknown>; close(): void }> {
  const { ticket } = await new Api(base, token).call<{ ticket: string }>('POST', '/api/v1/auth/ws-ticket');
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ws`, { maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  let waiting: ((m: { request_id?: string; status?: string; data?: unknown; error?: unknown }) => void) | undefined;
  ws.on('message', (raw: Buffer) => {
    const m = JSON.parse(raw.toString('utf8')) as { request_id?: string };
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
    async request(action, payload) {
      const reply = await send(action, payload);
      if (reply.status !== 'ok') throw new Error(`${action}: ${JSON.stringify(reply.error)}`);
      return reply.data;
    },
    close: () => ws.close(),
  };
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Sample {
  round: number;
  variant: Variant;
  wallMsPerCall: number;
  foreignCpuS: number;
  disturbed: boolean;
}

async function main(): Promise<void> {
  if (s.calls % s.chunk !== 0) throw new Error('RT_CALLS must be a multiple of RT_CHUNK');
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const load = (): string =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  const loadBefore = load();
  const dbName = `trcr_bench_rt_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  log(`database ${dbName}; server log in ${path.relative(ROOT, logDir)}`);
  let server: Pinned | undefined;
  const samples: Sample[] = [];
  const latencies: number[] = [];
  /** Phase 2 answers that were not 200, by status (a statement over DB_STATEMENT_TIMEOUT_MS answers 503). */
  const failures = new Map<number, number>();
  const figures = { concSeconds: 0, groups: 0 };
  const raw = createDb(databaseUrl, { applicationName: 'bench-rt-raw' });
  let ws: Awaited<ReturnType<typeof openWs>> | undefined;
  try {
    server = await startServer(databaseUrl);
    const base = `http://127.0.0.1:${s.port}`;
    const { token, orgId, userId } = await seed(base, databaseUrl);
    ws = await openWs(base, token);
    const restUrl = `${base}/api/v1/reports/timesheet?from=${INPUT.from}&to=${INPUT.to}&group_by=${INPUT.group_by}`;
    const reader = { orgId, userId, seesAll: true };
    const rest = async () => {
      const res = await fetch(restUrl, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
      if (!res.ok) throw new Error(`GET ${restUrl} → ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: unknown }).data;
    };
    const calls: Record<Variant, () => Promise<unknown>> = {
      raw: async () => {
        const org = await loadScope(raw, reader, {});
        return JSON.parse(JSON.stringify({ ...heading(INPUT, org), ...(await timesheet(raw, reader, org, INPUT)) })) as unknown;
      },
      ws: () => ws!.request('reports.timesheet', INPUT),
      rest,
    };
    const answers = (await Promise.all(VARIANTS.map((v) => calls[v]()))) as { totals: { entries: number }; groups: unknown[] }[];
    const first = answers[0]!;
    if (first.totals.entries !== s.entries) throw new Error(`raw SQL counted ${first.totals.entries} entries, not ${s.entries}`);
    if (!answers.every((a) => isDeepStrictEqual(a, first))) throw new Error('the variants answered different reports');
    figures.groups = first.groups.length;
    log(`every variant answers the same report (${first.totals.entries} entries, ${figures.groups} groups); warm-up ${s.warmup} calls each`);
    for (const v of VARIANTS) for (let i = 0; i < s.warmup; i++) await calls[v]();

    let clean = 0;
    for (let round = 1; clean < s.rounds && round <= 2 * s.rounds; round++) {
      if (s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);
      const sum = new Map(VARIANTS.map((v) => [v, 0]));
      const snap = cpuSnapshot();
      const r0 = process.hrtime.bigint();
      for (const v of shuffled(VARIANTS.flatMap((v) => Array.from({ length: s.calls / s.chunk }, () => v)))) {
        const w0 = process.hrtime.bigint();
        for (let i = 0; i < s.chunk; i++) await calls[v]();
        sum.set(v, sum.get(v)! + Number(process.hrtime.bigint() - w0) / 1e6);
      }
      const roundS = Number(process.hrtime.bigint() - r0) / 1e9;
      const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
      const disturbed = foreignCpuS > s.noisyShare * roundS;
      if (!disturbed) clean++;
      for (const v of VARIANTS) samples.push({ round, variant: v, wallMsPerCall: sum.get(v)! / s.calls, foreignCpuS, disturbed });
      log(
        `round ${round}: ${VARIANTS.map((v) => `${v} ${(sum.get(v)! / s.calls).toFixed(0)} ms`).join(', ')}; foreign CPU ${foreignCpuS.toFixed(2)} s over ${roundS.toFixed(1)} s${disturbed ? ' (disturbed)' : ''}`,
      );
    }

    // Phase 2: RT_CONCURRENCY closed-loop REST callers.
    if (s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);
    let next = 0;
    const c0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: s.concurrency }, async () => {
        while (next < s.concCalls) {
          next++;
          const t0 = process.hrtime.bigint();
          const res = await fetch(restUrl, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
          await res.arrayBuffer();
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (!res.ok) failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
        }
      }),
    );
    figures.concSeconds = Number(process.hrtime.bigint() - c0) / 1e9;
    log(
      `concurrency ${s.concurrency}: ${latencies.length} calls in ${figures.concSeconds.toFixed(1)} s, p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms`,
    );
  } finally {
    ws?.close();
    await raw.end();
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }

  const cleanSamples = samples.filter((x) => !x.disturbed);
  const used = cleanSamples.length > 0 ? cleanSamples : samples;
  const rounds = new Set(used.map((x) => x.round)).size;
  const of = (v: Variant) => spread(used.filter((x) => x.variant === v).map((x) => x.wallMsPerCall));
  const cell = (sp: { median: number; min: number; max: number }) => `${fmt(sp.median)} (${fmt(sp.min)}–${fmt(sp.max)})`;
  const rawWall = of('raw').median;
  const report = [
    `### Run ${startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${s.entries} entries in March 2026 (Europe/Berlin), ${s.users} members, ${s.projects} projects, grouped by project (${figures.groups} groups); ` +
      `${rounds} ${cleanSamples.length > 0 ? 'undisturbed rounds' : 'rounds (ALL disturbed: the box was never quiet)'} of ${s.calls} calls per variant ` +
      `(chunks of ${s.chunk}, random order; ${samples.length / VARIANTS.length} rounds ran); load average before ${loadBefore}, after ${load()}.`,
    '',
    '| variant | wall per call, ms: median (min–max) | × A |',
    '|---|---|---|',
    ...VARIANTS.map((v) => `| ${LABELS[v]} | ${cell(of(v))} | ${fmt(of(v).median / rawWall)} |`),
    '',
    `${s.concurrency} concurrent REST callers (server DB_STATEMENT_TIMEOUT_MS ${s.statementTimeoutMs || 'default 5000'}), ${latencies.length} calls in ${fmt(figures.concSeconds)} s (${fmt(latencies.length / figures.concSeconds)} calls/s): ` +
      `p50 ${fmt(percentile(latencies, 50))} ms, p90 ${fmt(percentile(latencies, 90))} ms, p99 ${fmt(percentile(latencies, 99))} ms, max ${fmt(Math.max(...latencies))} ms; ` +
      `answers other than 200: ${failures.size === 0 ? 'none' : [...failures].map(([status, n]) => `${n} × ${status}`).join(', ')}.`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(logDir, 'reports-timesheet.json'), JSON.stringify({ startedAt, settings: s, samples, latencies }, null, 2));
  process.stdout.write(report + '\n');
}

main().catch((err: unknown) => {
  log(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exit(1);
});
