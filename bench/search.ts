/**
 * Issue 13: `search` over SR_TASKS (100,000) tasks and SR_MESSAGES (1,000,000) chat messages, at SR_CONCURRENCY (10)
 * concurrent callers, through the API against the same SQL run raw at the same concurrency.
 *
 *   A "raw":  the very statement the operation sends (`postgresSearchEngine.search`, src/domain/search/postgres.ts:
 *             `searchStatement()` and its row mapping), with postgres.js in this process (`createDb`, the server's
 *             options and type parsers, pool of 10 like the server's), SR_CONCURRENCY closed loops.
 *   B "rest": `GET /api/v1/search?q=…` with a Bearer token and `X-Org-Id`, body parsed, SR_CONCURRENCY closed loops.
 *   C "floor": `GET /api/v1/labels` the same way (an empty list: what any REST call costs here, authentication,
 *             organization, rate limit and encoding, with next to no SQL), to read B's distance from A.
 *
 * Run (from the repository root; about 4–6 minutes with the defaults, seeding included):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/search.ts
 *
 * The server is started as `npm start` does, pinned to core 1, with its own database (created, then dropped), the
 * shared Redis and rate limits raised out of the way; this process stays on core 0; PostgreSQL is not pinned.
 * The owner, their organization and the searching member are made through the API (the member joins with SQL:
 * role `member`, so every visibility condition is exercised: no `manage_projects`, no invoice permission). With SQL:
 * SR_PROJECTS projects (every fifth members-only, the searcher not in it), SR_CHANNELS channels besides `general`
 * (the searcher in every other one), the tasks and the messages each in ONE `insert … select … generate_series`.
 * Text: words of a 21,952-word vocabulary of pronounceable made-up words (three syllables of 28, some accented),
 * picked by a hash of the row and the position: tasks get a 3-word title and a 12-word description, messages 8 to
 * 15 words, so one word is in roughly 0.05 % of the rows: the query (one word, also a prefix) finds a few hundred
 * rows, most of them messages. The GIN index of the messages is dropped during their insert and built again after
 * (the migration's definition), which is faster than maintaining it row by row; tables are analyzed afterwards.
 *
 * Rounds (SR_ROUNDS): per round, both variants in a random order, each SR_CALLS calls spread over SR_CONCURRENCY
 * callers; per variant and round p50, p99 and calls per second. Rounds with more foreign CPU than SR_NOISY_SHARE of
 * their time are marked disturbed and left out when there are undisturbed ones. The report gives medians over the
 * rounds (min–max) and B / A for p50 and p99 (target p99 ratio ≤ 1.3).
 *
 * Knobs (env, defaults shown): SR_TASKS=100000 SR_MESSAGES=1000000 SR_PROJECTS=20 SR_CHANNELS=20 SR_ROUNDS=5
 *   SR_CALLS=400 SR_CONCURRENCY=10 SR_WARMUP=50 SR_PORT=18193 SR_QUIET_WAIT_S=5 SR_NOISY_SHARE=0.1 SR_WORD=
 *   BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDatabase, createDb, dropDatabase } from '../src/platform/db.js';
import { postgresSearchEngine, searchStatement } from '../src/domain/search/postgres.js';
import { SEARCH_TYPES, type SearchRequest } from '../src/domain/search/engine.js';
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
  tasks: num('SR_TASKS', 100_000),
  messages: num('SR_MESSAGES', 1_000_000),
  projects: num('SR_PROJECTS', 20),
  channels: num('SR_CHANNELS', 20),
  rounds: num('SR_ROUNDS', 5),
  calls: num('SR_CALLS', 400),
  concurrency: num('SR_CONCURRENCY', 10),
  warmup: num('SR_WARMUP', 50),
  port: num('SR_PORT', 18193),
  quietWaitMs: num('SR_QUIET_WAIT_S', 5) * 1000,
  noisyShare: num('SR_NOISY_SHARE', 0.1),
  word: env('SR_WORD', ''),
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};
const VARIANTS = ['raw', 'rest', 'floor'] as const;
type Variant = (typeof VARIANTS)[number];
const LABELS: Record<Variant, string> = {
  raw: 'A: the SQL, raw postgres.js',
  rest: 'B: `GET /api/v1/search`',
  floor: 'C: `GET /api/v1/labels` (empty list: the platform per call)',
};
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'ba',
  'de',
  'fo',
  'gu',
  'ha',
  'je',
  'ko',
  'lu',
  'ma',
  'ni',
  'po',
  're',
  'si',
  'tu',
  'va',
  'zé',
  'ló',
  'mà',
  'nü',
  'ça',
];
const VOCABULARY = SYLLABLES.length ** 3;

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[search ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function startServer(databaseUrl: string): Promise<Pinned> {
  const base = `http://127.0.0.1:${s.port}`;
  const busy = await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${s.port} is already in use: stop whatever listens there first`);
  // SR_CPU_PROF=1: a CPU profile of the server into the log folder (summarize with bench/profile-summary.ts).
  const prof = process.env.SR_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(logDir, 'prof')}`] : [];
  const server = spawnPinned('server', process.execPath, [...prof, '--max-semi-space-size=32', '--import', 'tsx', 'src/main.ts'], {
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

interface Seeded {
  orgId: string;
  memberId: string;
  memberToken: string;
}

/** Owner, organization and searcher through the API; projects, channels, tasks and messages with SQL. */
async function seed(base: string, databaseUrl: string): Promise<Seeded> {
  const tag = Date.now().toString(36);
  const register = (who: string) =>
    new Api(base).call<{ access_token: string; user: { id: string } }>('POST', '/api/v1/auth/register', {
      email: `bench-sr-${who}-${tag}@example.com`,
      password: 'bench-password-1234',
      name: `Bench ${who}`,
    });
  const owner = await register('owner');
  const member = await register('member');
  const api = new Api(base, owner.access_token);
  const { data: first } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name: 'Project 00' });
  const orgId = first.org_id;
  const sql = createDb(databaseUrl, { applicationName: 'bench-sr-seed' });
  try {
    await sql`insert into members (org_id, user_id, role) values (${orgId}, ${member.user.id}, 'member')`;
    await sql.unsafe(`
      create function bench_word(n int) returns text language sql immutable
      return (array[${SYLLABLES.map((x) => `'${x}'`).join(',')}])[1 + n % 28]
        || (array[${SYLLABLES.map((x) => `'${x}'`).join(',')}])[1 + (n / 28) % 28]
        || (array[${SYLLABLES.map((x) => `'${x}'`).join(',')}])[1 + (n / 784) % 28]`);
    await sql.unsafe(`
      create function bench_text(seed bigint, words int) returns text language sql immutable
      return (select string_agg(bench_word(((hashint8(seed * 31 + j)::bigint % ${VOCABULARY} + ${VOCABULARY}) % ${VOCABULARY})::int), ' ') from generate_series(1, words) j)`);
    await sql`
      insert into projects (id, org_id, name, description, visibility, created_by)
      select 'prj_bench' || lpad(i::text, 4, '0'), ${orgId}, 'Project ' || lpad(i::text, 2, '0'), bench_text(-i, 10),
        case when i % 5 = 0 then 'members' else 'organization' end, ${owner.user.id}
      from generate_series(1, ${s.projects - 1}) i`;
    await sql`
      insert into chat_channels (id, org_id, kind, name, created_by)
      select 'ch_bench' || lpad(i::text, 4, '0'), ${orgId}, 'private', 'room-' || i, ${owner.user.id}
      from generate_series(1, ${s.channels}) i`;
    await sql`
      insert into chat_channel_members (channel_id, org_id, user_id)
      select 'ch_bench' || lpad(i::text, 4, '0'), ${orgId}, u
      from generate_series(1, ${s.channels}) i, unnest(array[${owner.user.id}, ${member.user.id}]::text[]) u
      where u = ${owner.user.id} or i % 2 = 0`;
    const [general] = await sql<{ id: string }[]>`select id from chat_channels where org_id = ${orgId} and kind = 'general'`;
    let t0 = Date.now();
    await sql`
      insert into tasks (id, org_id, project_id, title, description, created_by, created_at, updated_at)
      select 'tsk_bench' || lpad(i::text, 8, '0'), ${orgId},
        case when i % ${s.projects} = 0 then ${first.id} else 'prj_bench' || lpad((i % ${s.projects})::text, 4, '0') end,
        bench_text(i, 3), bench_text(i + 500000000, 12), ${owner.user.id},
        timestamptz '2026-01-01' + i * interval '1 minute', timestamptz '2026-01-01' + i * interval '1 minute'
      from generate_series(1, ${s.tasks}) i`;
    log(`inserted ${s.tasks} tasks in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    t0 = Date.now();
    await sql`drop index chat_messages_search_idx`;
    await sql`
      insert into chat_messages (id, org_id, channel_id, user_id, content, created_at, updated_at)
      select 'msg_bench' || lpad(i::text, 8, '0'), ${orgId},
        case when i % ${s.channels + 1} = 0 then ${general!.id} else 'ch_bench' || lpad((i % ${s.channels + 1})::text, 4, '0') end,
        case when i % 3 = 0 then ${member.user.id} else ${owner.user.id} end,
        bench_text(-1000000000 + i, 8 + i % 8),
        timestamptz '2026-01-01' + i * interval '10 seconds', timestamptz '2026-01-01' + i * interval '10 seconds'
      from generate_series(1, ${s.messages}) i`;
    log(`inserted ${s.messages} messages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    t0 = Date.now();
    await sql`create index chat_messages_search_idx on chat_messages using gin (search_vector)`;
    log(`built the messages' GIN index in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const table of ['projects', 'tasks', 'chat_channels', 'chat_channel_members', 'chat_messages', 'project_members', 'clients', 'invoices']) {
      await sql.unsafe(`vacuum analyze ${table}`);
    }
  } finally {
    await sql.end();
  }
  return { orgId, memberId: member.user.id, memberToken: member.access_token };
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** `calls` calls of `fn` spread over `concurrency` closed loops: each call's latency (ms) and the wall time (s). */
async function closedLoops(fn: () => Promise<unknown>, calls: number, concurrency: number): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const c0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        next++;
        const t0 = process.hrtime.bigint();
        await fn();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  return { latencies, seconds: Number(process.hrtime.bigint() - c0) / 1e9 };
}

interface Sample {
  round: number;
  variant: Variant;
  p50: number;
  p99: number;
  perSecond: number;
  foreignCpuS: number;
  disturbed: boolean;
}

async function main(): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const load = (): string =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  const loadBefore = load();
  const dbName = `trcr_bench_sr_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  log(`database ${dbName}; server log in ${path.relative(ROOT, logDir)}`);
  let server: Pinned | undefined;
  const samples: Sample[] = [];
  const figures = { total: 0, counts: {} as Record<string, number>, q: '' };
  const raw = createDb(databaseUrl, { applicationName: 'bench-sr-raw', max: 10 });
  try {
    server = await startServer(databaseUrl);
    const base = `http://127.0.0.1:${s.port}`;
    const { orgId, memberId, memberToken } = await seed(base, databaseUrl);
    // The query: a word of the vocabulary (SR_WORD, else one picked by the same hash as the text).
    const [picked] = await raw<
      { w: string }[]
    >`select bench_word(((hashint8(4242)::bigint % ${VOCABULARY} + ${VOCABULARY}) % ${VOCABULARY})::int) as w`;
    const q = s.word || picked!.w;
    figures.q = q;
    const req: SearchRequest = {
      q,
      types: [...SEARCH_TYPES],
      limit: 20,
      reader: { orgId, userId: memberId, seesAll: false },
      readsInvoices: false,
    };
    const restUrl = `${base}/api/v1/search?q=${encodeURIComponent(q)}`;
    const headers = { authorization: `Bearer ${memberToken}`, 'x-org-id': orgId, 'accept-encoding': 'identity' };
    const calls: Record<Variant, () => Promise<unknown>> = {
      raw: async () => JSON.parse(JSON.stringify(await postgresSearchEngine.search(raw, req))) as unknown,
      rest: async () => {
        const res = await fetch(restUrl, { headers });
        if (!res.ok) throw new Error(`GET ${restUrl} → ${res.status} ${await res.text()}`);
        return ((await res.json()) as { data: unknown }).data;
      },
      floor: async () => {
        const res = await fetch(`${base}/api/v1/labels`, { headers });
        if (!res.ok) throw new Error(`GET /api/v1/labels → ${res.status} ${await res.text()}`);
        return ((await res.json()) as { data: unknown }).data;
      },
    };
    const [a, b] = (await Promise.all([calls.raw(), calls.rest()])) as { total: number; counts: Record<string, number> }[];
    if (!isDeepStrictEqual(a, b)) throw new Error(`the variants answered differently:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    figures.total = a!.total;
    figures.counts = a!.counts;
    log(`q = ${q}: ${a!.total} visible hits (${JSON.stringify(a!.counts)}); both variants answer the same; warm-up ${s.warmup} calls each`);
    const plan = await raw<{ 'QUERY PLAN': string }[]>`explain (analyze, costs off) ${searchStatement(raw, req)}`;
    fs.writeFileSync(path.join(logDir, 'plan.txt'), plan.map((r) => r['QUERY PLAN']).join('\n'));
    for (const v of VARIANTS) await closedLoops(calls[v], s.warmup, s.concurrency);

    let clean = 0;
    for (let round = 1; clean < s.rounds && round <= 2 * s.rounds; round++) {
      if (s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);
      const line: string[] = [];
      let disturbedRound = false;
      for (const v of shuffled([...VARIANTS])) {
        const snap = cpuSnapshot();
        const { latencies, seconds } = await closedLoops(calls[v], s.calls, s.concurrency);
        const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
        const disturbed = foreignCpuS > s.noisyShare * seconds;
        disturbedRound ||= disturbed;
        samples.push({
          round,
          variant: v,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          perSecond: latencies.length / seconds,
          foreignCpuS,
          disturbed,
        });
        line.push(
          `${v} p50 ${fmt(percentile(latencies, 50))} ms p99 ${fmt(percentile(latencies, 99))} ms ${fmt(latencies.length / seconds)}/s (foreign CPU ${foreignCpuS.toFixed(2)} s)`,
        );
      }
      if (!disturbedRound) clean++;
      else for (const x of samples.filter((y) => y.round === round)) x.disturbed = true;
      log(`round ${round}: ${line.join('; ')}${disturbedRound ? ' (disturbed)' : ''}`);
    }
  } finally {
    await raw.end();
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }

  const cleanSamples = samples.filter((x) => !x.disturbed);
  const used = cleanSamples.length > 0 ? cleanSamples : samples;
  const rounds = new Set(used.map((x) => x.round)).size;
  const of = (v: Variant, k: 'p50' | 'p99' | 'perSecond') => spread(used.filter((x) => x.variant === v).map((x) => x[k]));
  const cell = (sp: { median: number; min: number; max: number }) => `${fmt(sp.median)} (${fmt(sp.min)}–${fmt(sp.max)})`;
  const report = [
    `### Run ${startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${s.tasks} tasks in ${s.projects} projects (every fifth members-only), ${s.messages} chat messages in ${s.channels + 1} channels; ` +
      `searcher: a \`member\` (not in the members-only projects, in \`general\` and every other channel, no invoice permission); ` +
      `q = \`${figures.q}\` (all kinds, limit 20): ${figures.total} visible hits ${JSON.stringify(figures.counts)}. ` +
      `${rounds} ${cleanSamples.length > 0 ? 'undisturbed rounds' : 'rounds (ALL disturbed: the box was never quiet)'} of ${s.calls} calls per variant at ${s.concurrency} concurrent callers ` +
      `(variants in a random order per round; ${samples.length / VARIANTS.length} rounds ran); load average before ${loadBefore}, after ${load()}.`,
    '',
    '| variant | p50 ms: median (min–max) | p99 ms: median (min–max) | calls/s: median |',
    '|---|---|---|---|',
    ...VARIANTS.map((v) => `| ${LABELS[v]} | ${cell(of(v, 'p50'))} | ${cell(of(v, 'p99'))} | ${fmt(of(v, 'perSecond').median)} |`),
    '',
    `B / A: p50 × ${fmt(of('rest', 'p50').median / of('raw', 'p50').median)}, p99 × ${fmt(of('rest', 'p99').median / of('raw', 'p99').median)} (target p99 ≤ 1.3). ` +
      `C / A: p50 × ${fmt(of('floor', 'p50').median / of('raw', 'p50').median)}, p99 × ${fmt(of('floor', 'p99').median / of('raw', 'p99').median)}.`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(logDir, 'search.json'), JSON.stringify({ startedAt, settings: s, figures, samples }, null, 2));
  process.stdout.write(report + '\n');
}

main().catch((err: unknown) => {
  log(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exit(1);
});
