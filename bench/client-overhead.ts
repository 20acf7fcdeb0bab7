/**
 * Issue 9: what the typed client (@trcr/client) adds to `GET /api/v1/tasks?project_id=…&per_page=25`, measured
 * as client-side CPU per call (this process's user + system CPU over sequential calls, divided by their number),
 * wall time per call beside it. Target: the client's median ≤ 1.10 × the bare fetch's.
 *
 *   A "fetch":  fetch(url, { headers: { authorization: 'Bearer …' } }) + await res.json()
 *   B "client": trcr.rest.get('/tasks', { params: { query: { project_id, per_page: 25 } } }), same token
 *
 * Run (from the repository root, after `npm run build:client`: B is this checkout's built package,
 * clients/typescript/dist, as users get it):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/client-overhead.ts
 *
 * 1. Against the real server. A fresh database (`trcr_bench_co_*`, dropped at the end), the server started as
 *    `npm start` does (`node --max-semi-space-size=32 --import tsx src/main.ts`) pinned to core 1 with the
 *    shared Redis and RATE_LIMIT_PER_MINUTE=100000000, one user, one project and CO_TASKS tasks seeded through
 *    the API; A and B must get the same body; CO_WARMUP calls of each to warm up. Then CO_ROUNDS rounds: each
 *    waits for a quiet box, re-warms (CO_REWARM untimed calls of each variant: the first batch after an idle
 *    wait was often 10–40 % slower here), then times CO_CALLS calls per variant in chunks of CO_CHUNK, the chunks
 *    of all variants in a random order, so slow phases of the box and the garbage collector's pauses fall on
 *    every variant alike. (A fixed ABBA… order after a full GC forced at the start of every round met the
 *    collector's rhythm at the same places every round: the variant whose chunk came second was charged most
 *    of the full collections, typically 30 % more CPU per call.)
 * 2. Layers, without the network (CO_LAYER_ROUNDS rounds, 0 to skip): one answer of the real server is
 *    recorded (headers and gzip body chunks as they arrived) and replayed by an in-process undici dispatcher
 *    installed as the global one, so every variant runs all of its own and undici's code (Request, headers,
 *    gunzip, JSON) but no socket, no server and no idle wait, along the steps
 *      fetch(url, init) → fetch(new Request(url, init)) → openapi-fetch's GET on the global fetch → trcr.rest.get.
 *    The client's whole extra (last row against the first) comes out like the real-server one; the steps in
 *    between are small against this box's noise (± 20 µs between runs): for which code costs what, profile
 *    one layer variant at a time (below) and compare self times.
 *
 * The box is shared: a round in which other processes took more than CO_NOISY_SHARE of a core (foreign CPU,
 * bench/lib/noise.ts) counts as disturbed, and rounds go on until the wanted number of undisturbed ones ran or
 * three times as many ran; the figures are over the undisturbed rounds (every round is in the JSON). Prints a
 * Markdown report; the raw figures go to bench/results/logs/<time>/client-overhead.json beside the server log.
 *
 * Knobs (env, defaults shown):
 *   CO_ROUNDS=30 CO_CALLS=1000 CO_CHUNK=50 CO_WARMUP=2000 CO_REWARM=100 CO_TASKS=30 CO_PORT=18180
 *   CO_LAYER_ROUNDS=20 CO_LAYER_CALLS=2000 CO_LAYER_CHUNK=50
 *   CO_VARIANTS=fetch,client   the variants against the real server (CO_ROUNDS=0: none, only the layers)
 *   CO_LAYERS=fetch,fetch-request,openapi-fetch,client   the layer variants; one at a time for a profile:
 *     CO_ROUNDS=0 CO_LAYERS=client taskset -c 0 node_modules/.bin/node --cpu-prof --cpu-prof-dir=bench/results/prof/co-client \
 *       --import tsx bench/client-overhead.ts     then   tsx bench/profile-summary.ts <file> --last <layer phase s>
 *   CO_QUIET_WAIT_S=30         before each round, wait up to this long for a 2 s window with the box < 10 % busy
 *   CO_NOISY_SHARE=0.1         a round is disturbed when foreign CPU > this share of one core over its wall time
 *   CO_CLIENT=<file>           the client entry to load (default: this checkout's clients/typescript/dist)
 *   BENCH_LOG_LEVEL=info       the server's LOG_LEVEL
 * The collector's work is part of what a variant costs and is counted where it falls: the client process runs
 * with Node's default heap settings (a full mark-compact every few hundred calls here, 6–25 ms each), which is
 * the main noise between rounds; many rounds of many calls, in random chunk order, average it out.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import createClient from 'openapi-fetch';
import type { createTrcrClient as CreateTrcrClient } from '../clients/typescript/src/index.js';
import type { paths } from '../generated/openapi/types.js';
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
  rounds: num('CO_ROUNDS', 30),
  calls: num('CO_CALLS', 1000),
  chunk: num('CO_CHUNK', 50),
  layerRounds: num('CO_LAYER_ROUNDS', 20),
  layerCalls: num('CO_LAYER_CALLS', 2000),
  layerChunk: num('CO_LAYER_CHUNK', 50),
  warmup: num('CO_WARMUP', 2000),
  rewarm: num('CO_REWARM', 100),
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
const LAYERS = ['fetch', 'fetch-request', 'openapi-fetch', 'client'] as const;
type Layer = (typeof LAYERS)[number];
const layerNames = env('CO_LAYERS', LAYERS.join(','))
  .split(',')
  .map((v) => {
    if (!(LAYERS as readonly string[]).includes(v)) throw new Error(`CO_LAYERS: unknown variant ${v}`);
    return v as Layer;
  });
const LABELS: Record<string, string> = {
  fetch: 'A: bare `fetch(url, init)` + `res.json()`',
  client: 'B: `trcr.rest.get`',
  'fetch-request': '`fetch(new Request(url, init))` + `res.json()`',
  'openapi-fetch': "openapi-fetch's `GET` on the global fetch (no Session)",
};
const clientEntry = env('CO_CLIENT', path.join(ROOT, 'clients', 'typescript', 'dist', 'clients', 'typescript', 'src', 'index.js'));

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[client-overhead ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const loadavg = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

type Call = () => Promise<unknown>;

/** One variant's figures in one round. */
interface Batch {
  round: number;
  variant: string;
  cpuUsPerCall: number;
  wallUsPerCall: number;
  /** Foreign CPU during the whole round (all variants). */
  foreignCpuS: number;
  /** Foreign CPU over the round's wall time above CO_NOISY_SHARE of a core. */
  disturbed: boolean;
}

interface RoundPlan {
  name: string;
  rounds: number;
  calls: number;
  chunk: number;
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

/** CPU and wall time of `n` sequential calls, in µs. */
async function timed(call: Call, n: number): Promise<{ cpuUs: number; wallUs: number }> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const c = process.cpuUsage(c0);
  return { cpuUs: c.user + c.system, wallUs: Number(process.hrtime.bigint() - t0) / 1000 };
}

/** `perVariant` chunks of every variant in a random order. */
function shuffledChunks<T>(fns: readonly T[], perVariant: number): T[] {
  const seq = fns.flatMap((f) => Array.from({ length: perVariant }, () => f));
  for (let i = seq.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [seq[i], seq[j]] = [seq[j]!, seq[i]!];
  }
  return seq;
}

/**
 * Rounds of `calls` calls per variant in chunks of `chunk`, all variants' chunks in a random order, until
 * `rounds` undisturbed rounds ran or 3 × `rounds` ran.
 */
async function runRounds(plan: RoundPlan, fns: ReadonlyArray<readonly [string, Call]>): Promise<Batch[]> {
  if (plan.calls % plan.chunk !== 0) throw new Error(`${plan.name}: calls per round must be a multiple of the chunk`);
  const batches: Batch[] = [];
  let clean = 0;
  for (let round = 1; clean < plan.rounds && round <= 3 * plan.rounds; round++) {
    if (settings.quietWaitMs > 0) await waitQuiet(settings.quietWaitMs);
    for (const [, fn] of fns) await timed(fn, settings.rewarm);
    const sum = new Map(fns.map(([name]) => [name, { cpuUs: 0, wallUs: 0 }]));
    const snap = cpuSnapshot();
    const t0 = process.hrtime.bigint();
    for (const [name, fn] of shuffledChunks(fns, plan.calls / plan.chunk)) {
      const t = await timed(fn, plan.chunk);
      sum.get(name)!.cpuUs += t.cpuUs;
      sum.get(name)!.wallUs += t.wallUs;
    }
    const roundS = Number(process.hrtime.bigint() - t0) / 1e9;
    const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
    const disturbed = foreignCpuS > settings.noisyShare * roundS;
    if (!disturbed) clean++;
    for (const [name] of fns) {
      const { cpuUs, wallUs } = sum.get(name)!;
      const b = { cpuUsPerCall: cpuUs / plan.calls, wallUsPerCall: wallUs / plan.calls };
      batches.push({ round, variant: name, ...b, foreignCpuS, disturbed });
    }
    const figures = fns.map(([name]) => `${name} ${(sum.get(name)!.cpuUs / plan.calls).toFixed(1)} µs`).join(', ');
    log(
      `${plan.name} round ${round}: CPU per call ${figures}; foreign CPU ${foreignCpuS.toFixed(2)} s over ${roundS.toFixed(1)} s${disturbed ? ' (disturbed)' : ''}`,
    );
  }
  return batches;
}

// ---------------------------------------------------------------- layers: the network replaced by a replay

interface Recorded {
  status: number;
  statusText: string;
  rawHeaders: Buffer[];
  chunks: Buffer[];
}

/** One answer of `url` as a fetch gets it: the Accept-Encoding undici sends, raw headers, body chunks. */
function record(url: string, token: string): Promise<Recorded> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate' } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on('data', (c: Buffer) => chunks.push(c))
          .on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              statusText: res.statusMessage ?? '',
              rawHeaders: res.rawHeaders.map((h) => Buffer.from(h, 'latin1')),
              chunks,
            }),
          )
          .on('error', reject);
      })
      .on('error', reject);
  });
}

/** The (legacy) handler undici's fetch passes to `Dispatcher.dispatch`. */
interface FetchHandler {
  onConnect(abort: (err?: Error) => void): void;
  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(trailers: Buffer[]): void;
}

/**
 * Makes Node's global fetch answer every request with `r`, in a later turn of the event loop as a socket
 * would: undici looks its global dispatcher up under this symbol (the one `setGlobalDispatcher` sets).
 */
function replayGlobally(r: Recorded): void {
  const dispatcher = {
    dispatch(_opts: unknown, h: FetchHandler): boolean {
      setImmediate(() => {
        h.onConnect(() => undefined);
        h.onHeaders(r.status, r.rawHeaders, () => undefined, r.statusText);
        for (const c of r.chunks) h.onData(Buffer.from(c));
        h.onComplete([]);
      });
      return true;
    },
  };
  (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')] = dispatcher;
}

// ---------------------------------------------------------------- report

const range = (s: Spread): string => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const pct = (r: number): string => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)} %`;

function cleanRounds(all: Batch[]): { batches: Batch[]; basis: string } {
  const rounds = [...new Set(all.map((b) => b.round))];
  const clean = rounds.filter((r) => all.every((b) => b.round !== r || !b.disturbed));
  return clean.length > 0
    ? { batches: all.filter((b) => clean.includes(b.round)), basis: `the ${clean.length} undisturbed round(s) of ${rounds.length}` }
    : { batches: all, basis: `all ${rounds.length} rounds (none undisturbed: treat with caution)` };
}

/** Per round, `key` of variant `b` minus (or over) that of variant `a`. */
function paired(xs: Batch[], a: string, b: string, key: 'cpuUsPerCall' | 'wallUsPerCall', op: 'ratio' | 'diff'): number[] {
  return xs
    .filter((x) => x.variant === b)
    .map((x) => {
      const y = xs.find((z) => z.round === x.round && z.variant === a)![key];
      return op === 'ratio' ? x[key] / y : x[key] - y;
    });
}

function realSection(all: Batch[]): string[] {
  const { batches, basis } = cleanRounds(all);
  const of = (v: string, xs = batches) => xs.filter((b) => b.variant === v);
  const lines = [
    `Against the real server: ${settings.calls} sequential calls per variant and round in chunks of ${settings.chunk}, both variants' chunks in a random order, after ${settings.warmup} warm-up calls each and ${settings.rewarm} more at the start of every round. Figures over ${basis} (disturbed: other processes took > ${settings.noisyShare * 100} % of a core during the round).`,
    '',
    '| variant | client CPU µs/call, median (min–max) | wall µs/call, median (min–max) | foreign CPU s per round, median (max) |',
    '|---|---|---|---|',
  ];
  for (const v of variants) {
    const xs = of(v);
    const foreign = xs.map((b) => b.foreignCpuS);
    lines.push(
      `| ${LABELS[v]} | ${range(spread(xs.map((b) => b.cpuUsPerCall)))} | ${range(spread(xs.map((b) => b.wallUsPerCall)))} | ${fmt(median(foreign))} (${fmt(Math.max(...foreign))}) |`,
    );
  }
  if (variants.length === 2) {
    const ratio = (xs: Batch[], key: 'cpuUsPerCall' | 'wallUsPerCall') => ({
      ofMedians: median(of('client', xs).map((x) => x[key])) / median(of('fetch', xs).map((x) => x[key])),
      paired: spread(paired(xs, 'fetch', 'client', key, 'ratio')),
    });
    const cpu = ratio(batches, 'cpuUsPerCall');
    const mean = (xs: Batch[]) => xs.reduce((t, x) => t + x.cpuUsPerCall, 0) / xs.length;
    const ofMeans = mean(of('client')) / mean(of('fetch'));
    const diffs = paired(batches, 'fetch', 'client', 'cpuUsPerCall', 'diff');
    const diffMean = diffs.reduce((t, x) => t + x, 0) / diffs.length;
    const diffSe = Math.sqrt(diffs.reduce((t, x) => t + (x - diffMean) ** 2, 0) / (diffs.length - 1) / diffs.length);
    const wall = ratio(batches, 'wallUsPerCall');
    const allCpu = ratio(all, 'cpuUsPerCall');
    lines.push(
      '',
      `- Client CPU per call, median B / median A = **${fmt(cpu.ofMedians)}** (**${pct(cpu.ofMedians)}**; per round ${range(cpu.paired)}); target ≤ 1.10: ${cpu.ofMedians <= 1.1 ? 'met' : '**not met**'}`,
      `- All those rounds' calls together (total CPU): B / A = ${fmt(ofMeans)} (${pct(ofMeans)}; ${fmt(mean(of('fetch')))} vs ${fmt(mean(of('client')))} µs per call)`,
      `- Per round, B − A: mean ${fmt(diffMean)} µs per call, standard error ${fmt(diffSe)} µs over ${diffs.length} rounds (${pct(1 + diffMean / mean(of('fetch')))} of A)`,
      `- Wall time per call, median B / median A = ${fmt(wall.ofMedians)} (${pct(wall.ofMedians)}; per round ${range(wall.paired)})`,
      `- Over all ${new Set(all.map((b) => b.round)).size} rounds, disturbed ones included: client CPU B / A = ${fmt(allCpu.ofMedians)} (${pct(allCpu.ofMedians)}; per round ${range(allCpu.paired)})`,
    );
  }
  return lines;
}

function layerSection(all: Batch[], names: string[]): string[] {
  const { batches, basis } = cleanRounds(all);
  const cpu = (v: string) => batches.filter((b) => b.variant === v).map((b) => b.cpuUsPerCall);
  const mean = (v: string) => cpu(v).reduce((t, x) => t + x, 0) / cpu(v).length;
  return [
    '',
    `Layers, the network replaced by an in-process replay of one recorded answer: ${settings.layerCalls} calls per variant and round in chunks of ${settings.layerChunk}, all variants' chunks in a random order, over ${basis}. "Adds" = median over rounds of the per-round difference; "all calls" = total CPU over all those rounds' calls.`,
    '',
    '| variant | client CPU µs/call, median (min–max) | adds to the row above, µs | adds to the first row, µs | all calls: adds to the row above / to the first row, µs |',
    '|---|---|---|---|---|',
    ...names.map((v, i) => {
      const above = i === 0 ? '' : fmt(median(paired(batches, names[i - 1]!, v, 'cpuUsPerCall', 'diff')));
      const overA = i === 0 ? '' : fmt(median(paired(batches, names[0]!, v, 'cpuUsPerCall', 'diff')));
      const all = i === 0 ? '' : `${fmt(mean(v) - mean(names[i - 1]!))} / ${fmt(mean(v) - mean(names[0]!))}`;
      return `| ${LABELS[v]} | ${range(spread(cpu(v)))} | ${above} | ${overA} | ${all} |`;
    }),
  ];
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  if (Number(process.versions.node.split('.')[0]) < 22) throw new Error(`Node ${process.version}: run with node_modules/.bin/node (Node 24)`);
  if (!fs.existsSync(clientEntry)) throw new Error(`${clientEntry} is missing: run \`npm run build:client\` first`);
  const { createTrcrClient } = (await import(pathToFileURL(clientEntry).href)) as { createTrcrClient: typeof CreateTrcrClient };
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  const dbName = `trcr_bench_co_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  dropOnSignal = dbName;
  log(`database ${dbName}; server log in ${path.relative(ROOT, logDir)}`);
  let server: Pinned | undefined;
  let real: Batch[];
  let recorded: Recorded;
  let bodyBytes: number;
  let calls: Record<Layer, Call>;
  try {
    server = await startServer(databaseUrl);
    const base = `http://127.0.0.1:${settings.port}`;
    const { token, projectId } = await seedOne(base);
    log(`seeded 1 user, 1 project, ${settings.tasks} tasks`);

    const url = `${base}/api/v1/tasks?project_id=${projectId}&per_page=25`;
    const json = async (res: Response): Promise<unknown> => {
      if (!res.ok) throw new Error(`GET ${url} → ${res.status}`);
      return res.json();
    };
    const trcr = createTrcrClient({ baseUrl: base, auth: { accessToken: token } });
    const openapi = createClient<paths>({ baseUrl: `${base}/api/v1`, headers: { authorization: `Bearer ${token}` } });
    const query = { project_id: projectId, per_page: 25 };
    calls = {
      fetch: async () => json(await fetch(url, { headers: { authorization: `Bearer ${token}` } })),
      client: () => trcr.rest.get('/tasks', { params: { query: { project_id: projectId, per_page: 25 } } }),
      'fetch-request': async () => json(await fetch(new Request(url, { headers: { authorization: `Bearer ${token}` } }))),
      'openapi-fetch': async () => {
        const { data, response } = await openapi.GET('/tasks', { params: { query } });
        if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
        return data;
      },
    };

    const bodies = [await calls.fetch(), await calls.client(), await calls['fetch-request'](), await calls['openapi-fetch']()];
    if ((bodies[0] as { data: unknown[] }).data.length !== 25) throw new Error('the list did not answer 25 tasks');
    if (!bodies.every((b) => isDeepStrictEqual(b, bodies[0]))) throw new Error('the variants got different bodies');
    bodyBytes = Buffer.byteLength(JSON.stringify(bodies[0]));
    recorded = await record(url, token);
    log(`same body for every variant (${bodyBytes} bytes as JSON); warm-up ${settings.warmup} calls each`);
    if (settings.rounds > 0) for (const v of variants) await timed(calls[v], settings.warmup);
    real = await runRounds(
      { name: 'real', rounds: settings.rounds, calls: settings.calls, chunk: settings.chunk },
      variants.map((v) => [v, calls[v]] as const),
    );
  } finally {
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
    dropOnSignal = undefined;
  }

  let layers: Batch[] = [];
  if (settings.layerRounds > 0) {
    replayGlobally(recorded);
    const replayed = await calls.client();
    const encoding = recorded.rawHeaders.findIndex((h, i) => i % 2 === 0 && h.toString('latin1').toLowerCase() === 'content-encoding');
    log(
      `layers: replaying one recorded answer (${recorded.chunks.reduce((s, c) => s + c.length, 0)} bytes in ${recorded.chunks.length} chunk(s), ${encoding >= 0 ? recorded.rawHeaders[encoding + 1]!.toString('latin1') : 'identity'})`,
    );
    if ((replayed as { data: unknown[] }).data.length !== 25) throw new Error('the replay did not answer the list');
    for (const v of layerNames) await timed(calls[v], settings.warmup);
    layers = await runRounds(
      { name: 'layers', rounds: settings.layerRounds, calls: settings.layerCalls, chunk: settings.layerChunk },
      layerNames.map((v) => [v, calls[v]] as const),
    );
  }

  const cpu = os.cpus();
  const knobs = Object.entries(process.env)
    .filter(([k]) => k.startsWith('CO_') || k === 'BENCH_LOG_LEVEL')
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  const meta = {
    startedAt,
    command: `${knobs}taskset -c 0 node_modules/.bin/node ${process.execArgv.join(' ')} bench/client-overhead.ts`,
    machine: `${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}; Node ${process.version}`,
    affinity: readAffinity(),
    commit: `${git('rev-parse', '--short', 'HEAD')} (+${git('status', '--porcelain').split('\n').filter(Boolean).length} uncommitted files)`,
    loadBefore,
    loadAfter: loadavg(),
  };
  const md =
    [
      `# Client overhead, ${meta.startedAt}`,
      '',
      `\`${meta.command}\` — ${meta.machine}; commit ${meta.commit}; server on core ${SERVER_CORE}, this process on core(s) ${meta.affinity}; body ${bodyBytes} bytes (25 tasks) as JSON. Load average ${meta.loadBefore} before, ${meta.loadAfter} after.`,
      '',
      ...(real.length > 0 ? realSection(real) : []),
      ...(layers.length > 0 ? layerSection(layers, layerNames) : []),
    ].join('\n') + '\n';
  fs.writeFileSync(
    path.join(logDir, 'client-overhead.json'),
    JSON.stringify({ ...meta, settings, variants, bodyBytes, real, layers }, null, 2) + '\n',
  );
  fs.writeFileSync(path.join(logDir, 'client-overhead.md'), md);
  process.stdout.write(md);
}

function git(...args: string[]): string {
  return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();
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
