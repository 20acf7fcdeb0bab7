/**
 * Issue 9: what the typed client (@trcr/client) adds to `GET /api/v1/tasks?project_id=…&per_page=25`, measured
 * as client-side CPU per call (the measuring process's user + system CPU over a batch of sequential calls,
 * divided by the batch size), wall time per call beside it. Target: the client's median ≤ 1.10 × the bare
 * fetch's.
 *
 *   A "fetch":  fetch(url, { headers: { authorization: 'Bearer …' } }) + await res.json()
 *   B "client": trcr.rest.get('/tasks', { params: { query: { project_id, per_page: 25 } } }), same token
 *
 * Run (from the repository root, after `npm run build:client`: B is this checkout's built package,
 * clients/typescript/dist, as users get it):
 *
 *   taskset -c 0 node_modules/.bin/node --expose-gc --import tsx bench/client-overhead.ts
 *
 * It creates its own database (`trcr_bench_co_*`, dropped at the end), starts the real server as `npm start`
 * does (`node --max-semi-space-size=32 --import tsx src/main.ts`) pinned to core 1 with the shared Redis and
 * RATE_LIMIT_PER_MINUTE=100000000, seeds one user, one project and CO_TASKS tasks through the API, checks that
 * A and B get the same body, warms both up, then runs CO_ROUNDS rounds of one CO_CALLS-call batch per variant,
 * the order alternating by round (AB, BA, AB, …). The box is shared: a round in which other processes took more
 * than 10 % of a core during either batch (foreign CPU, bench/lib/noise.ts) counts as disturbed, and rounds go on
 * until CO_ROUNDS undisturbed ones ran or 3 × CO_ROUNDS ran; the figures are over the undisturbed rounds (all of
 * them are in the JSON). Prints a Markdown report; the raw figures go to
 * bench/results/logs/<time>/client-overhead.json beside the server log.
 *
 * Knobs (env, defaults shown):
 *   CO_ROUNDS=15 CO_CALLS=500 CO_WARMUP=2000 CO_TASKS=30 CO_PORT=18180
 *   CO_VARIANTS=fetch,client   only some variants, e.g. `CO_VARIANTS=client` for a --cpu-prof of the client alone
 *   CO_QUIET_WAIT_S=30         before each round, wait up to this long for a 2 s window with the box < 10 % busy
 *   CO_NOISY_SHARE=0.1         a batch is disturbed when foreign CPU > this share of one core over its wall time
 *   CO_CLIENT=<file>           the client entry to load (default: this checkout's clients/typescript/dist)
 *   BENCH_LOG_LEVEL=info       the server's LOG_LEVEL
 * With --expose-gc, a full GC runs before every batch, so a batch does not pay for the other variant's garbage.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { createTrcrClient as CreateTrcrClient } from '../clients/typescript/src/index.js';
import { createDatabase, dropDatabase } from '../src/platform/db.js';
import { Api } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { ROOT, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { taskBody } from './lib/seed.js';
import { fmt, median, spread, type Spread } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const settings = {
  rounds: num('CO_ROUNDS', 15),
  calls: num('CO_CALLS', 500),
  warmup: num('CO_WARMUP', 2000),
  tasks: num('CO_TASKS', 30),
  port: num('CO_PORT', 18180),
  quietWaitMs: num('CO_QUIET_WAIT_S', 30) * 1000,
  noisyShare: num('CO_NOISY_SHARE', 0.1),
  logLevel: env('BENCH_LOG_LEVEL', 'info'),
};
const VARIANTS = ['fetch', 'client'] as const;
type Variant = (typeof VARIANTS)[number];
const variants = env('CO_VARIANTS', VARIANTS.join(','))
  .split(',')
  .map((v) => {
    if (!(VARIANTS as readonly string[]).includes(v)) throw new Error(`CO_VARIANTS: unknown variant ${v}`);
    return v as Variant;
  });
const clientEntry = env('CO_CLIENT', path.join(ROOT, 'clients', 'typescript', 'dist', 'clients', 'typescript', 'src', 'index.js'));

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[client-overhead ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const runGc = (globalThis as { gc?: () => void }).gc;

interface Batch {
  round: number;
  variant: Variant;
  /** Position in the round (0 = first). */
  slot: number;
  cpuUsPerCall: number;
  wallUsPerCall: number;
  foreignCpuS: number;
  /** Foreign CPU over the batch's wall time above CO_NOISY_SHARE of a core. */
  disturbed: boolean;
}

async function startServer(databaseUrl: string): Promise<Pinned> {
  const base = `http://127.0.0.1:${settings.port}`;
  // A leftover process on the port would answer the health check and be measured instead.
  const busy = await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${settings.port} is already in use: stop whatever listens there first`);
  // `npm start` (package.json), with this process's Node (24, from the `node` devDependency).
  const server = spawnPinned('server', process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/main.ts'], {
    core: SERVER_CORE,
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.port),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      RATE_LIMIT_PER_MINUTE: '100000000',
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: path.join(logDir, 'data'),
      LOG_LEVEL: settings.logLevel,
    },
    logFile: path.join(logDir, 'server.log'),
  });
  await waitHealthy(`${base}/healthz`, server, 120_000);
  return server;
}

/** One user (and the organization registering creates), one project, `tasks` tasks, all through the API. */
async function seedOne(base: string): Promise<{ token: string; projectId: string }> {
  const tag = Date.now().toString(36);
  const t = await new Api(base).call<{ access_token: string; user: { id: string } }>('POST', '/api/v1/auth/register', {
    email: `bench-client-${tag}@example.com`,
    password: 'bench-password-1234',
    name: 'Bench Client',
  });
  const api = new Api(base, t.access_token);
  const { data: project } = await api.call<{ data: { id: string } }>('POST', '/api/v1/projects', { name: 'Client overhead' });
  for (let i = 0; i < settings.tasks; i++) await api.call('POST', '/api/v1/tasks', taskBody(project.id, i, t.user.id));
  return { token: t.access_token, projectId: project.id };
}

async function measure(call: () => Promise<unknown>, n: number): Promise<Pick<Batch, 'cpuUsPerCall' | 'wallUsPerCall'>> {
  runGc?.();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const c = process.cpuUsage(c0);
  const wallNs = Number(process.hrtime.bigint() - t0);
  return { cpuUsPerCall: (c.user + c.system) / n, wallUsPerCall: wallNs / 1000 / n };
}

const range = (s: Spread): string => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

function report(all: Batch[], meta: Record<string, string>): string {
  const rounds = [...new Set(all.map((b) => b.round))];
  const clean = rounds.filter((r) => all.every((b) => b.round !== r || !b.disturbed));
  const batches = clean.length > 0 ? all.filter((b) => clean.includes(b.round)) : all;
  const basis =
    clean.length > 0
      ? `the ${clean.length} undisturbed round(s) of ${rounds.length}`
      : `all ${rounds.length} rounds (none undisturbed: treat with caution)`;
  const of = (v: Variant, xs = batches) => xs.filter((b) => b.variant === v);
  const lines = [
    `# Client overhead, ${meta.startedAt}`,
    '',
    `\`${meta.command}\` — ${meta.machine}`,
    `Server on core ${SERVER_CORE}, this process on core(s) ${meta.affinity}; ${settings.calls} sequential calls per batch, one batch per variant and round, order alternating by round, after ${settings.warmup} warm-up calls each${runGc ? '; a full GC before every batch' : ''}. Load average ${meta.loadBefore} before, ${meta.loadAfter} after.`,
    '',
    `Figures over ${basis} (disturbed: other processes took > ${settings.noisyShare * 100} % of a core during a batch).`,
    '',
    '| variant | client CPU µs/call, median (min–max) | wall µs/call, median (min–max) | foreign CPU s per batch, median (max) |',
    '|---|---|---|---|',
  ];
  for (const v of variants) {
    const xs = of(v);
    const foreign = xs.map((b) => b.foreignCpuS);
    lines.push(
      `| ${v === 'fetch' ? 'A: bare `fetch` + `res.json()`' : 'B: `trcr.rest.get`'} | ${range(spread(xs.map((b) => b.cpuUsPerCall)))} | ${range(spread(xs.map((b) => b.wallUsPerCall)))} | ${fmt(median(foreign))} (${fmt(Math.max(...foreign))}) |`,
    );
  }
  if (variants.length === 2) {
    const pct = (r: number): string => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)} %`;
    const ratios = (xs: Batch[], key: 'cpuUsPerCall' | 'wallUsPerCall') => {
      const a = of('fetch', xs);
      const b = of('client', xs);
      const paired = b.map((x) => x[key] / a.find((y) => y.round === x.round)![key]);
      return { ofMedians: median(b.map((x) => x[key])) / median(a.map((x) => x[key])), paired: spread(paired) };
    };
    const cpu = ratios(batches, 'cpuUsPerCall');
    const wall = ratios(batches, 'wallUsPerCall');
    const allCpu = ratios(all, 'cpuUsPerCall');
    lines.push(
      '',
      `- Client CPU per call, median B / median A = **${fmt(cpu.ofMedians)}** (**${pct(cpu.ofMedians)}**; per round ${range(cpu.paired)}); target ≤ 1.10: ${cpu.ofMedians <= 1.1 ? 'met' : '**not met**'}`,
      `- Wall time per call, median B / median A = ${fmt(wall.ofMedians)} (${pct(wall.ofMedians)}; per round ${range(wall.paired)})`,
      `- Over all ${rounds.length} rounds, disturbed ones included: client CPU B / A = ${fmt(allCpu.ofMedians)} (${pct(allCpu.ofMedians)}; per round ${range(allCpu.paired)})`,
    );
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) < 22) throw new Error(`Node ${process.version}: run with node_modules/.bin/node (Node 24)`);
  if (!fs.existsSync(clientEntry)) throw new Error(`${clientEntry} is missing: run \`npm run build:client\` first`);
  const { createTrcrClient } = (await import(pathToFileURL(clientEntry).href)) as { createTrcrClient: typeof CreateTrcrClient };
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const loadBefore = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
  const dbName = `trcr_bench_co_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  dropOnSignal = dbName;
  log(`database ${dbName}; server log in ${path.relative(ROOT, logDir)}`);
  let server: Pinned | undefined;
  try {
    server = await startServer(databaseUrl);
    const base = `http://127.0.0.1:${settings.port}`;
    const { token, projectId } = await seedOne(base);
    log(`seeded 1 user, 1 project, ${settings.tasks} tasks`);

    const url = `${base}/api/v1/tasks?project_id=${projectId}&per_page=25`;
    const bare = async (): Promise<unknown> => {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
      return res.json();
    };
    const trcr = createTrcrClient({ baseUrl: base, auth: { accessToken: token } });
    const client = (): Promise<unknown> => trcr.rest.get('/tasks', { params: { query: { project_id: projectId, per_page: 25 } } });
    const calls: Record<Variant, () => Promise<unknown>> = { fetch: bare, client };

    const [a, b] = [(await bare()) as { data: unknown[] }, await client()];
    if (a.data.length !== 25) throw new Error(`the list answered ${a.data.length} tasks, expected 25`);
    if (!isDeepStrictEqual(a, b)) throw new Error('fetch and client got different bodies');
    const bodyBytes = Buffer.byteLength(JSON.stringify(a));
    log(`same body for both (${bodyBytes} bytes as JSON); warm-up ${settings.warmup} calls each`);
    for (const v of variants) await measure(calls[v], settings.warmup);

    const batches: Batch[] = [];
    let clean = 0;
    for (let round = 1; clean < settings.rounds && round <= 3 * settings.rounds; round++) {
      if (settings.quietWaitMs > 0) await waitQuiet(settings.quietWaitMs);
      const order = round % 2 === 1 ? variants : [...variants].reverse();
      for (const [slot, v] of order.entries()) {
        const snap = cpuSnapshot();
        const m = await measure(calls[v], settings.calls);
        const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
        const disturbed = foreignCpuS > (settings.noisyShare * m.wallUsPerCall * settings.calls) / 1e6;
        batches.push({ round, variant: v, slot, ...m, foreignCpuS, disturbed });
        log(
          `round ${round} ${v}: ${m.cpuUsPerCall.toFixed(1)} µs CPU, ${m.wallUsPerCall.toFixed(0)} µs wall per call; foreign CPU ${foreignCpuS.toFixed(2)} s${disturbed ? ' (disturbed)' : ''}`,
        );
      }
      if (batches.every((b) => b.round !== round || !b.disturbed)) clean++;
    }

    const cpu = os.cpus();
    const meta = {
      startedAt,
      command: `${variants.join(',') === VARIANTS.join(',') ? '' : `CO_VARIANTS=${variants.join(',')} `}taskset -c 0 node_modules/.bin/node ${process.execArgv.join(' ')} bench/client-overhead.ts`,
      machine: `${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}; Node ${process.version}; body ${bodyBytes} bytes (25 tasks).`,
      affinity: readAffinity(),
      loadBefore,
      loadAfter: os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' / '),
    };
    const md = report(batches, meta);
    fs.writeFileSync(path.join(logDir, 'client-overhead.json'), JSON.stringify({ ...meta, settings, variants, bodyBytes, batches }, null, 2) + '\n');
    fs.writeFileSync(path.join(logDir, 'client-overhead.md'), md);
    process.stdout.write(md);
  } finally {
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
    dropOnSignal = undefined;
  }
}

/** The cores this process may run on (`Cpus_allowed_list` of /proc/self/status). */
function readAffinity(): string {
  return /^Cpus_allowed_list:\s*(\S+)/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '?';
}

let dropOnSignal: string | undefined;
const abort = (signal: string): void => {
  log(`${signal}: stopping`);
  // The exit hook of lib/proc.ts kills the server's process group; the database is dropped first.
  const name = dropOnSignal;
  void (name ? dropDatabase(ADMIN_URL, name).catch(() => undefined) : Promise.resolve()).finally(() => process.exit(130));
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
