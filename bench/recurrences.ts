/**
 * Issue 11: recurrences on the job queue. REC_COUNT recurrences fall due at once (one instance each) on one
 * server instance; how long until the last instance exists, and proof that none was created twice.
 *
 * Run (from the repository root; about 2–4 minutes with the defaults):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/recurrences.ts
 *
 * The server is started as `npm start` does (`node --max-semi-space-size=32 --import tsx src/main.ts`) pinned to
 * core 1, with its own database (created, then dropped) and the shared Redis; this process stays on core 0.
 * PostgreSQL is not pinned. The user and organization are made through the API; per round, REC_COUNT template
 * tasks spread over REC_PROJECTS projects and one daily recurrence each (due: next_run_at = today's midnight in
 * the organization's time zone, UTC) are inserted with SQL, then their `run_recurrence` jobs are enqueued in one
 * transaction, due now (what the server's own writes would have enqueued, one job per recurrence keyed by its id).
 * The clock starts when that transaction commits and stops when this process sees the last instance (polling every
 * 50 ms). Then the proof: exactly REC_COUNT instance rows for the round's recurrences, as many distinct
 * (recurrence_id, recurrence_occurrence) pairs, occurrences_created summing to REC_COUNT, no job left failed, and
 * the same count again after REC_SETTLE_MS.
 *
 * Per round: wall time to the last instance, instances per second, the server's CPU (/proc), and other processes'
 * CPU during the round (bench/lib/noise.ts: a round is disturbed when they took more than REC_NOISY_SHARE of a
 * core). The report gives the median and min–max over the rounds, and says how many were disturbed.
 *
 * Knobs (env, defaults shown): REC_COUNT=10000 REC_PROJECTS=100 REC_ROUNDS=3 REC_PORT=18191 REC_SETTLE_MS=2000
 *   REC_QUIET_WAIT_S=5 REC_NOISY_SHARE=0.1 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase, createDb, dropDatabase } from '../src/platform/db.js';
import { newId } from '../src/platform/ids.js';
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
  count: num('REC_COUNT', 10_000),
  projects: num('REC_PROJECTS', 100),
  rounds: num('REC_ROUNDS', 3),
  port: num('REC_PORT', 18191),
  settleMs: num('REC_SETTLE_MS', 2000),
  quietWaitMs: num('REC_QUIET_WAIT_S', 5) * 1000,
  noisyShare: num('REC_NOISY_SHARE', 0.1),
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[recurrences ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

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
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789abcdef',
      DATA_DIR: path.join(logDir, 'data'),
      LOG_LEVEL: s.logLevel,
    },
    logFile: path.join(logDir, 'server.log'),
  });
  await waitHealthy(`${base}/healthz`, server, 120_000);
  return server;
}

interface Sample {
  round: number;
  seconds: number;
  perSecond: number;
  serverCpuS: number;
  foreignCpuS: number;
  disturbed: boolean;
  instances: number;
  distinct: number;
  counted: number;
  failedJobs: number;
  afterSettle: number;
}

async function main(): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  const dbName = `trcr_bench_rec_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  let server: Pinned | undefined;
  const sql = createDb(databaseUrl, { applicationName: 'bench-recurrences', max: 4 });
  const samples: Sample[] = [];
  try {
    server = await startServer(databaseUrl);
    const serverPid = server.child.pid!;
    const base = `http://127.0.0.1:${s.port}`;
    const t = await new Api(base).call<{ access_token: string; user: { id: string } }>('POST', '/api/v1/auth/register', {
      email: `bench-rec-${Date.now().toString(36)}@example.com`,
      password: 'bench-password-1234',
      name: 'Bench Recurrences',
    });
    const api = new Api(base, t.access_token);
    const { data: first } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name: 'Routines 0' });
    const orgId = first.org_id;
    const userId = t.user.id;
    const projects = [first.id];
    for (let i = 1; i < s.projects; i++) {
      const id = newId('prj');
      await sql`insert into projects (id, org_id, name) values (${id}, ${orgId}, ${`Routines ${i}`})`;
      projects.push(id);
    }
    log(`server on core ${SERVER_CORE}, ${s.projects} projects; ${s.rounds} rounds of ${s.count} due recurrences`);

    for (let round = 1; round <= s.rounds; round++) {
      // Fresh templates and recurrences per round, due at today's midnight (UTC organization): one instance each.
      const recIds: string[] = [];
      const midnight = (await sql<{ d: string }[]>`select date_trunc('day', now()) as d`)[0]!.d;
      for (let from = 0; from < s.count; from += 1000) {
        const n = Math.min(1000, s.count - from);
        const tasks = Array.from({ length: n }, (_, k) => ({
          id: newId('tsk'),
          org_id: orgId,
          project_id: projects[(from + k) % projects.length]!,
          title: `Round ${round} routine ${from + k}`,
          priority: 'medium',
          position: 1_000_000 + from + k,
          created_by: userId,
        }));
        await sql`insert into tasks ${sql(tasks)}`;
        const recs = tasks.map((task) => ({
          id: newId('rec'),
          org_id: orgId,
          task_id: task.id,
          recurrence_pattern: 'daily',
          timezone: 'UTC',
          created_by: userId,
          next_run_at: midnight,
        }));
        await sql`insert into task_recurrences ${sql(recs)}`;
        recIds.push(...recs.map((r) => r.id));
      }
      await sql`analyze tasks`;
      if (s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);

      const snap = cpuSnapshot();
      const cpu0 = processCpuUs(serverPid);
      await sql.begin(async (tx) => {
        await tx`
          select count(graphile_worker.add_job('run_recurrence', json_build_object('recurrence_id', id), run_at => now(), job_key => id))
          from task_recurrences where id = any(${recIds})`;
      });
      const t0 = process.hrtime.bigint();
      let instances = 0;
      while (instances < s.count) {
        await new Promise((r) => setTimeout(r, 50));
        instances = (await sql<{ n: number }[]>`select count(*)::int as n from tasks where recurrence_id = any(${recIds})`)[0]!.n;
      }
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const serverCpuS = (processCpuUs(serverPid) - cpu0) / 1e6;
      const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
      const [proof] = await sql<{ instances: number; distinct: number; counted: number }[]>`
        select (select count(*)::int from tasks where recurrence_id = any(${recIds})) as instances,
               (select count(*)::int from (select distinct recurrence_id, recurrence_occurrence from tasks where recurrence_id = any(${recIds})) d) as distinct,
               (select coalesce(sum(occurrences_created), 0)::int from task_recurrences where id = any(${recIds})) as counted`;
      const failed = (await sql<{ failed: number }[]>`select count(*)::int as failed from graphile_worker.jobs where last_error is not null`)[0]!
        .failed;
      await new Promise((r) => setTimeout(r, s.settleMs));
      const afterSettle = (await sql<{ n: number }[]>`select count(*)::int as n from tasks where recurrence_id = any(${recIds})`)[0]!.n;
      const sample: Sample = {
        round,
        seconds,
        perSecond: s.count / seconds,
        serverCpuS,
        foreignCpuS,
        disturbed: foreignCpuS > s.noisyShare * seconds,
        ...proof!,
        failedJobs: failed,
        afterSettle,
      };
      samples.push(sample);
      log(
        `round ${round}: last of ${s.count} instances after ${seconds.toFixed(2)} s (${sample.perSecond.toFixed(0)}/s), server CPU ${serverCpuS.toFixed(1)} s; ` +
          `instances ${proof!.instances}, distinct occurrences ${proof!.distinct}, occurrences_created ${proof!.counted}, failed jobs ${failed}, ` +
          `after ${s.settleMs} ms ${afterSettle}; foreign CPU ${foreignCpuS.toFixed(1)} s${sample.disturbed ? ' (disturbed)' : ''}`,
      );
      if (proof!.instances !== s.count || proof!.distinct !== s.count || proof!.counted !== s.count || afterSettle !== s.count || failed !== 0) {
        throw new Error(`round ${round}: an instance was missing or created twice`);
      }
    }
  } finally {
    await sql.end();
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }

  const wall = spread(samples.map((x) => x.seconds));
  const rate = spread(samples.map((x) => x.perSecond));
  const cpu = spread(samples.map((x) => x.serverCpuS));
  const disturbed = samples.filter((x) => x.disturbed).length;
  const report = [
    `## Recurrences: ${s.count} due at once, one server instance`,
    '',
    `Command: \`taskset -c 0 node_modules/.bin/node --import tsx bench/recurrences.ts\` (REC_COUNT=${s.count}, REC_PROJECTS=${s.projects}, ${s.rounds} rounds; ${disturbed} disturbed)`,
    '',
    '| | median | min | max |',
    '|---|---|---|---|',
    `| time to the last instance (s) | ${fmt(wall.median)} | ${fmt(wall.min)} | ${fmt(wall.max)} |`,
    `| instances per second | ${fmt(rate.median)} | ${fmt(rate.min)} | ${fmt(rate.max)} |`,
    `| server CPU (s) | ${fmt(cpu.median)} | ${fmt(cpu.min)} | ${fmt(cpu.max)} |`,
    '',
    `Proof per round: ${samples.map((x) => `${x.instances} instances / ${x.distinct} distinct occurrences / occurrences_created ${x.counted} / ${x.afterSettle} after settling`).join('; ')}; failed jobs: ${samples.map((x) => x.failedJobs).join(', ')}.`,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  fs.writeFileSync(path.join(logDir, 'recurrences.md'), `${report}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
