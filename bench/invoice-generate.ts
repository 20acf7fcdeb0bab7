/**
 * Issue 12: `invoices.generate` on 10,000 billable entries over 20 projects, against the same set-based SQL run raw.
 *
 *   A "raw":       the two statements `invoices.generate` runs (src/domain/invoices/operations.ts): the linking
 *                  UPDATE (entries selected with the rate hierarchy of src/domain/time_entries/rates.ts, imported, so
 *                  the rate SQL is the server's very text) and the lines INSERT that points the entries at their
 *                  lines, in one transaction, sent with postgres.js from this process (`createDb`, the server's
 *                  options): the floor.
 *   B "generate":  `POST /api/v1/invoices/{id}/generate` (REST, Bearer token, body parsed) on a fresh draft.
 *
 * Run (from the repository root; about 2–4 minutes with the defaults):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/invoice-generate.ts
 *
 * The server is started as `npm start` does (`node --max-semi-space-size=32 --import tsx src/main.ts`) pinned to
 * core 1, with its own database (created, then dropped) and the shared Redis; this process (the load generator
 * and variant A's client) stays on core 0. PostgreSQL is not pinned. The user and organization are made through the
 * API; the rest with SQL (`generate_series`): one client, INV_PROJECTS projects of it with hourly rates,
 * INV_USERS members (two with a project-member rate on every third project), and INV_ENTRIES billable, stopped,
 * not invoiced entries spread over the projects and users in the last 60 days, every 37th with an entry override:
 * so a project has one to three (project, rate) lines.
 *
 * Every run (both variants) starts from the same state: a fresh draft made through REST (untimed), the entries not
 * invoiced, `vacuum analyze` of the touched tables. Only the generate call (B) or the raw transaction (A) is timed;
 * each must link exactly INV_ENTRIES entries, and A and B must give the same lines (project, rate, seconds, amount).
 * Then the invoice is removed and its entries freed with SQL. Runs are interleaved in pairs, the order within a
 * pair alternating (A B, B A, …), after INV_WARMUP untimed pairs. Per run: wall time and other processes' CPU
 * (bench/lib/noise.ts; a run is disturbed when they took more than INV_NOISY_SHARE of a core).
 *
 * With INV_EXPLAIN=1 it also prints EXPLAIN (ANALYZE, BUFFERS) of the linking statement once (rolled back).
 *
 * Knobs (env, defaults shown): INV_ENTRIES=10000 INV_PROJECTS=20 INV_USERS=4 INV_RUNS=20 INV_WARMUP=2
 *   INV_PORT=18197 INV_QUIET_WAIT_S=2 INV_NOISY_SHARE=0.1 INV_EXPLAIN=0 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDatabase, createDb, dropDatabase, type Sql } from '../src/platform/db.js';
import { newId } from '../src/platform/ids.js';
import { formatMoney } from '../src/domain/money.js';
import { effectiveRate, entrySecs, rateJoins, timeAmount } from '../src/domain/time_entries/rates.js';
import { Api } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { ROOT, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { fmt, median, percentile } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const s = {
  entries: num('INV_ENTRIES', 10_000),
  projects: num('INV_PROJECTS', 20),
  users: num('INV_USERS', 4),
  runs: num('INV_RUNS', 20),
  warmup: num('INV_WARMUP', 2),
  port: num('INV_PORT', 18197),
  quietWaitMs: num('INV_QUIET_WAIT_S', 2) * 1000,
  noisyShare: num('INV_NOISY_SHARE', 0.1),
  explain: env('INV_EXPLAIN', '0') === '1',
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};
const PASSWORD = 'bench-password-1234';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
const log = (msg: string): void => void process.stderr.write(`[invoice-generate ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

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

interface Ctx {
  orgId: string;
  clientId: string;
  currency: string;
  timezone: string;
  today: string;
}

interface Group {
  project_id: string;
  name: string;
  rate: number;
  secs: string;
  n: number;
}

/**
 * Variant A: the linking UPDATE and the lines INSERT of `invoices.generate` (defaults: no `from`, `to` = today), in
 * one transaction. Statement texts as in src/domain/invoices/operations.ts.
 */
async function rawGenerate(sql: Sql, c: Ctx, invoiceId: string): Promise<number> {
  return sql.begin(async (tx) => {
    const to = c.today;
    const tz = c.timezone;
    const [linked] = await tx<{ groups: Group[]; linked: number; without_rate: number }[]>`
      with c as (
        select te.id, te.project_id, ${entrySecs(tx, 'te')} as secs, ${effectiveRate(tx, 'te')} as rate
        from time_entries te ${rateJoins(tx, 'te')}
        where te.org_id = ${c.orgId} and te.invoice_id is null and te.billable and te.stopped_at is not null
          and te.project_id in (select p.id from projects p where p.org_id = ${c.orgId} and p.client_id = ${c.clientId})
          and te.started_at < ((${to}::date + 1)::timestamp at time zone ${tz})
      ), u as (
        update time_entries t set invoice_id = ${invoiceId}, billed_rate_cents = c.rate, updated_at = now()
        from c where t.id = c.id and c.rate is not null and t.invoice_id is null
        returning t.id, c.project_id, c.rate, c.secs
      ), g as (
        select u.project_id, u.rate, sum(u.secs)::bigint as secs, count(*)::int as n from u group by u.project_id, u.rate
      )
      select coalesce((select json_agg(json_build_object('project_id', g.project_id, 'name', p.name, 'rate', g.rate, 'secs', g.secs, 'n', g.n)
                         order by p.name, g.project_id, g.rate desc)
                       from g join projects p on p.id = g.project_id), '[]'::json) as groups,
        (select count(*)::int from u) as linked,
        (select count(*)::int from c where c.rate is null) as without_rate`;
    const groups = linked!.groups;
    const count = 0; // a fresh draft has no lines
    const perProject = new Map<string, number>();
    for (const g of groups) perProject.set(g.project_id, (perProject.get(g.project_id) ?? 0) + 1);
    const ids = groups.map(() => newId('invl'));
    const descriptions = groups.map((g) => (perProject.get(g.project_id)! > 1 ? `${g.name} (${formatMoney(g.rate, c.currency)}/h)` : g.name));
    await tx`
      with l as (
        insert into invoice_lines (id, invoice_id, org_id, position, description, quantity_secs, unit_price_cents, amount_cents, project_id)
        select g.id, ${invoiceId}, ${c.orgId}, ${count} + g.n, g.description, g.secs, g.rate,
          ${timeAmount(tx, tx`g.secs`, tx`g.rate`)}, g.project_id
        from unnest(${tx.array(ids)}::text[], ${tx.array(descriptions)}::text[], ${tx.array(groups.map((g) => String(g.secs)))}::bigint[],
          ${tx.array(groups.map((g) => g.rate))}::bigint[], ${tx.array(groups.map((g) => g.project_id))}::text[])
          with ordinality as g(id, description, secs, rate, project_id, n)
        returning id, project_id, unit_price_cents
      )
      update time_entries t set invoice_line_id = l.id
      from l where t.invoice_id = ${invoiceId} and t.invoice_line_id is null and t.project_id = l.project_id and t.billed_rate_cents = l.unit_price_cents`;
    return linked!.linked;
  });
}

interface Sample {
  variant: 'raw' | 'generate';
  ms: number;
  foreignCpuS: number;
  disturbed: boolean;
}

async function main(): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  const dbName = `trcr_bench_inv_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  let server: Pinned | undefined;
  const sql = createDb(databaseUrl, { applicationName: 'bench-invoice-generate', max: 2 });
  const samples: Sample[] = [];
  let linesChecked = 0;
  let explained = '';
  try {
    server = await startServer(databaseUrl);
    const base = `http://127.0.0.1:${s.port}`;
    const email = `bench-inv-${Date.now().toString(36)}@example.com`;
    const t = await new Api(base).call<{ access_token: string; user: { id: string } }>('POST', '/api/v1/auth/register', {
      email,
      password: PASSWORD,
      name: 'Bench Invoices',
    });
    const api = new Api(base, t.access_token);
    const relogin = async (): Promise<void> => {
      api.token = (await new Api(base).call<{ access_token: string }>('POST', '/api/v1/auth/login', { email, password: PASSWORD })).access_token;
    };
    const { data: first } = await api.call<{ data: { id: string; org_id: string } }>('POST', '/api/v1/projects', { name: 'Client project 00' });
    const orgId = first.org_id;
    const ownerId = t.user.id;

    // Seed (SQL): client, projects with rates, members with rates, project-member rates, entries.
    const clientId = newId('cli');
    await sql`insert into clients (id, org_id, name, email) values (${clientId}, ${orgId}, 'Bench Client', 'billing@example.com')`;
    await sql`update projects set client_id = ${clientId}, hourly_rate_cents = 8000 where id = ${first.id}`;
    const projectIds = [first.id];
    for (let i = 1; i < s.projects; i++) projectIds.push(newId('prj'));
    await sql`
      insert into projects (id, org_id, name, client_id, hourly_rate_cents, created_by)
      select p.id, ${orgId}, 'Client project ' || lpad(p.n::text, 2, '0'), ${clientId}, 8000 + 250 * p.n::int, ${ownerId}
      from unnest(${sql.array(projectIds.slice(1))}::text[]) with ordinality as p(id, n)`;
    const userIds = [ownerId];
    for (let k = 1; k < s.users; k++) userIds.push(newId('usr'));
    await sql`
      insert into users (id, email, name, password_hash, default_org_id)
      select u.id, 'bench-inv-member-' || u.n || '-' || u.id || '@example.com', 'Member ' || u.n, 'x', ${orgId}
      from unnest(${sql.array(userIds.slice(1))}::text[]) with ordinality as u(id, n)`;
    await sql`
      insert into members (org_id, user_id, role, hourly_rate_cents, cost_rate_cents)
      select ${orgId}, u.id, 'member', 6000 + 1000 * u.n::int, 4000 from unnest(${sql.array(userIds.slice(1))}::text[]) with ordinality as u(id, n)`;
    // Users 1 and 2 get a project-member rate on every third project: extra (project, rate) lines.
    await sql`
      insert into project_members (id, project_id, org_id, user_id, hourly_rate_cents)
      select 'pm_bench_' || p.pn || '_' || u.n, p.id, ${orgId}, u.id, 11000 + 500 * u.n::int
      from unnest(${sql.array(projectIds)}::text[]) with ordinality as p(id, pn),
           unnest(${sql.array(userIds.slice(1, 3))}::text[]) with ordinality as u(id, n)
      where p.pn % 3 = 0
      on conflict do nothing`;
    await sql`
      insert into time_entries (id, org_id, user_id, project_id, description, billable, hourly_rate_cents, started_at, stopped_at)
      select 'te_bench_' || lpad(i::text, 6, '0'), ${orgId}, (${sql.array(userIds)}::text[])[1 + i % ${s.users}],
        (${sql.array(projectIds)}::text[])[1 + (i / ${s.users}) % ${s.projects}], 'Work item ' || i, true,
        case when i % 37 = 0 then 15000 end,
        now() - interval '60 days' + (i * (interval '60 days' / ${s.entries})),
        now() - interval '60 days' + (i * (interval '60 days' / ${s.entries})) + ((1 + (i * 7919) % 7200) * interval '1 second')
      from generate_series(0, ${s.entries - 1}) as i`;
    await sql`vacuum analyze time_entries, projects, project_members, members, clients`;
    const [org] = await sql<{ currency: string; timezone: string; today: string }[]>`
      select currency, timezone, (now() at time zone timezone)::date::text as today from organizations where id = ${orgId}`;
    const ctx: Ctx = { orgId, clientId, ...org! };
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    log(
      `server on core ${SERVER_CORE}; ${s.entries} entries over ${s.projects} projects and ${s.users} members; ${s.warmup} warm-up + ${s.runs} pairs`,
    );

    const freshDraft = async (): Promise<string> =>
      (await api.call<{ data: { id: string } }>('POST', '/api/v1/invoices', { client_id: clientId, due_date: dueDate })).data.id;
    const reset = async (invoiceId: string): Promise<void> => {
      await sql.begin(async (tx) => {
        await tx`update time_entries set invoice_id = null, invoice_line_id = null, billed_rate_cents = null where invoice_id = ${invoiceId}`;
        await tx`delete from invoices where id = ${invoiceId}`;
      });
      await sql`vacuum analyze time_entries, invoice_lines, invoices`;
    };
    const linesOf = async (invoiceId: string) =>
      sql<{ project_id: string; unit_price_cents: string; quantity_secs: string; amount_cents: string; n: number }[]>`
        select l.project_id, l.unit_price_cents::text, l.quantity_secs::text, l.amount_cents::text,
          (select count(*)::int from time_entries t where t.invoice_line_id = l.id) as n
        from invoice_lines l where l.invoice_id = ${invoiceId} order by l.project_id, l.unit_price_cents`;
    let reference: unknown;

    if (s.explain) {
      const invoiceId = await freshDraft();
      await sql
        .begin(async (tx) => {
          const rows = await tx.unsafe(
            `explain (analyze, buffers) with c as (
               select te.id, te.project_id, (floor(extract(epoch from (te.stopped_at - te.started_at)))::bigint) as secs,
                 coalesce(te.billed_rate_cents, te.hourly_rate_cents, te_rpm.hourly_rate_cents, te_rp.hourly_rate_cents, te_rm.hourly_rate_cents) as rate
               from time_entries te
                 left join projects te_rp on te_rp.id = te.project_id
                 left join project_members te_rpm on te_rpm.project_id = te.project_id and te_rpm.user_id = te.user_id
                 left join members te_rm on te_rm.org_id = te.org_id and te_rm.user_id = te.user_id
               where te.org_id = $1 and te.invoice_id is null and te.billable and te.stopped_at is not null
                 and te.project_id in (select p.id from projects p where p.org_id = $1 and p.client_id = $2)
                 and te.started_at < (($3::date + 1)::timestamp at time zone $4)
             ), u as (
               update time_entries t set invoice_id = $5, billed_rate_cents = c.rate, updated_at = now()
               from c where t.id = c.id and c.rate is not null and t.invoice_id is null
               returning t.id, c.project_id, c.rate, c.secs
             )
             select project_id, rate, sum(secs), count(*) from u group by 1, 2`,
            [orgId, clientId, ctx.today, ctx.timezone, invoiceId],
          );
          explained = rows.map((r) => (r as Record<string, string>)['QUERY PLAN']).join('\n');
          throw new Error('rollback');
        })
        .catch((err: unknown) => {
          if (!(err instanceof Error && err.message === 'rollback')) throw err;
        });
      // The server's extra work after linking: the invoice's lines with their entries (queries.ts `linesOf`).
      await rawGenerate(sql, ctx, invoiceId);
      const lines = await sql.unsafe(
        `explain (analyze, buffers) select l.id, coalesce(e.n, 0)::int as time_entry_count, coalesce(e.ids, '{}') as time_entry_ids
         from invoice_lines l
         left join lateral (
           select count(*) as n, (array_agg(t.id order by t.started_at, t.id))[1:100] as ids
           from time_entries t where t.invoice_id = l.invoice_id and t.invoice_line_id = l.id
         ) e on true
         where l.invoice_id = any($1::text[]) order by l.invoice_id, l.position, l.id`,
        [[invoiceId]],
      );
      explained += `\n\nlinesOf after the link:\n${lines.map((r) => (r as Record<string, string>)['QUERY PLAN']).join('\n')}`;
      // The same answer with the invoice's entries aggregated once, grouped by line (a possible rewrite of linesOf).
      const grouped = await sql.unsafe(
        `explain (analyze, buffers) select l.id, coalesce(e.n, 0)::int as time_entry_count, coalesce(e.ids, '{}') as time_entry_ids
         from invoice_lines l
         left join (
           select t.invoice_line_id, count(*) as n, (array_agg(t.id order by t.started_at, t.id))[1:100] as ids
           from time_entries t where t.invoice_id = any($1::text[]) and t.invoice_line_id is not null group by t.invoice_line_id
         ) e on e.invoice_line_id = l.id
         where l.invoice_id = any($1::text[]) order by l.invoice_id, l.position, l.id`,
        [[invoiceId]],
      );
      explained += `\n\nlinesOf grouped once (alternative):\n${grouped.map((r) => (r as Record<string, string>)['QUERY PLAN']).join('\n')}`;
      await reset(invoiceId);
      process.stderr.write(`${explained}\n`);
    }

    const runOne = async (variant: 'raw' | 'generate', record: boolean): Promise<void> => {
      const invoiceId = await freshDraft();
      if (record && s.quietWaitMs > 0) await waitQuiet(s.quietWaitMs);
      const snap = cpuSnapshot();
      const t0 = performance.now();
      let linked: number;
      if (variant === 'raw') linked = await rawGenerate(sql, ctx, invoiceId);
      else linked = (await api.call<{ data: { entries_linked: number } }>('POST', `/api/v1/invoices/${invoiceId}/generate`, {})).data.entries_linked;
      const ms = performance.now() - t0;
      const foreignCpuS = foreignCpuSeconds(snap, cpuSnapshot());
      if (linked !== s.entries) throw new Error(`${variant}: linked ${linked} entries, expected ${s.entries}`);
      const lines = await linesOf(invoiceId);
      if (lines.reduce((a, l) => a + l.n, 0) !== s.entries) throw new Error(`${variant}: lines do not hold all ${s.entries} entries`);
      if (reference === undefined) reference = lines;
      else if (!isDeepStrictEqual(lines, reference)) throw new Error(`${variant}: lines differ from the first run's`);
      linesChecked = lines.length;
      await reset(invoiceId);
      if (record) samples.push({ variant, ms, foreignCpuS, disturbed: foreignCpuS > s.noisyShare * (ms / 1000) });
    };

    for (let w = 0; w < s.warmup; w++) {
      await runOne('raw', false);
      await runOne('generate', false);
    }
    for (let r = 0; r < s.runs; r++) {
      if (r % 10 === 0) await relogin(); // access tokens last 15 minutes
      const order: ('raw' | 'generate')[] = r % 2 === 0 ? ['raw', 'generate'] : ['generate', 'raw'];
      for (const v of order) await runOne(v, true);
      const last = samples.slice(-2);
      log(`pair ${r + 1}: ${last.map((x) => `${x.variant} ${x.ms.toFixed(1)} ms${x.disturbed ? ' (disturbed)' : ''}`).join(', ')}`);
    }
  } finally {
    await sql.end();
    await server?.stop(10_000);
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }

  const row = (variant: Sample['variant']): { ms: number[]; disturbed: number; foreign: number } => {
    const xs = samples.filter((x) => x.variant === variant);
    return { ms: xs.map((x) => x.ms), disturbed: xs.filter((x) => x.disturbed).length, foreign: median(xs.map((x) => x.foreignCpuS)) };
  };
  const raw = row('raw');
  const gen = row('generate');
  const line = (name: string, r: ReturnType<typeof row>): string =>
    `| ${name} | ${fmt(median(r.ms))} | ${fmt(Math.min(...r.ms))} | ${fmt(percentile(r.ms, 25))} | ${fmt(percentile(r.ms, 75))} | ${fmt(Math.max(...r.ms))} | ${r.ms.length} (${r.disturbed} disturbed) | ${fmt(r.foreign)} |`;
  const ratio = median(gen.ms) / median(raw.ms);
  const report = [
    `## Invoice generation: ${s.entries} entries over ${s.projects} projects`,
    '',
    `Command: \`taskset -c 0 node_modules/.bin/node --import tsx bench/invoice-generate.ts\` (INV_ENTRIES=${s.entries}, INV_PROJECTS=${s.projects}, INV_USERS=${s.users}, ${s.runs} interleaved pairs after ${s.warmup} warm-up pairs)`,
    '',
    '| variant | median ms | min | p25 | p75 | max | runs | foreign CPU s (median) |',
    '|---|---|---|---|---|---|---|---|',
    line('raw SQL (link UPDATE + lines INSERT, one transaction)', raw),
    line('`POST /api/v1/invoices/{id}/generate`', gen),
    '',
    `Ratio of medians generate / raw: **${ratio.toFixed(2)}** (target ≤ 2). Every run linked ${s.entries} entries into the same ${linesChecked} lines.`,
    ...(explained ? ['', '```', explained, '```'] : []),
  ].join('\n');
  process.stdout.write(`${report}\n`);
  fs.writeFileSync(path.join(logDir, 'invoice-generate.md'), `${report}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
