/**
 * Issue 11: notifications fan-out. A task with 50 assignees (50 users of one organization, each with one open /ws
 * socket), its status changed by a 51st user (the task's creator, so the 50 assignees are exactly the recipients):
 * the time from the write's start (just before `PATCH /api/v1/tasks/{id}/status` is sent) to the LAST of the 50
 * `NotificationCreated` events arriving, per round; also the write's own answer time. Each round also enqueues 50
 * mails (task_status_changed, mail on by default), which the server's mailer writes out after the commit, as in
 * production without SMTP.
 *
 * Run (from the repository root; the server goes to core 1, this process, holding the 50 sockets, stays on core 0):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/notifications.ts
 *
 * A fresh database (`trcr_bench_ntf_*`, dropped at the end), the server started as `npm start` does, with
 * RATE_LIMIT_PER_MINUTE=100000000 and, by default, WITHOUT Redis (the in-process bus: one instance delivers to its
 * own sockets either way). Set NTF_REDIS_URL=redis://127.0.0.1:6379 to go through Redis, but only when no other
 * TRCR server uses that Redis: the bus channel is `trcr:events` for every deployment, so another server's events
 * (other sequence numbers) make this one's in-order delivery skip its own. Users register through the API; the 50 assignees join the
 * organization by a row in `members` (the invitation flow needs the mailed token; what is measured is the
 * notification path), and 20 of them are assigned through the API (its maximum per task), the other 30 by rows in
 * `task_assignees`. Every socket must receive exactly one NotificationCreated per round (checked; a miss fails
 * the run). Rounds in which other processes took more than NTF_NOISY_SHARE of a core are marked disturbed; the
 * figures are given over all rounds and over the undisturbed ones.
 *
 * Knobs (env, defaults shown): NTF_ROUNDS=40 NTF_WARMUP=5 NTF_USERS=50 NTF_PORT=18195 NTF_GAP_MS=250 NTF_REDIS_URL=
 *   NTF_NOISY_SHARE=0.1 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import WebSocket from 'ws';
import { createDatabase, dropDatabase } from '../src/platform/db.js';
import { Api, mapLimit } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds } from './lib/noise.js';
import { ROOT, sleep, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { fmt, percentile, spread } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
/** Empty (the default): the in-process bus; see the header. */
const REDIS_URL = env('NTF_REDIS_URL', '');
const SERVER_CORE = 1;
const settings = {
  rounds: num('NTF_ROUNDS', 40),
  warmup: num('NTF_WARMUP', 5),
  users: num('NTF_USERS', 50),
  port: num('NTF_PORT', 18195),
  gapMs: num('NTF_GAP_MS', 250),
  noisyShare: num('NTF_NOISY_SHARE', 0.1),
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};
const PASSWORD = 'bench-password-1234';

const log = (msg: string): void => console.error(`[notifications] ${msg}`);

interface Socket {
  userId: string;
  ws: WebSocket;
  /** Resolvers waiting for this socket's next NotificationCreated about the task. */
  waiting: ((at: number) => void)[];
  /** Arrivals not yet taken (should stay empty between rounds). */
  early: number[];
}

async function openSocket(base: string, token: string, userId: string, taskIdRef: { id: string }): Promise<Socket> {
  const { ticket } = await new Api(base, token).call<{ ticket: string }>('POST', '/api/v1/auth/ws-ticket');
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ws`);
  const socket: Socket = { userId, ws, waiting: [], early: [] };
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => {
      ws.send(JSON.stringify({ action: 'authenticate', payload: { ticket }, request_id: 'auth' }));
    });
    ws.on('message', (raw: Buffer) => {
      const at = performance.now();
      const text = raw.toString('utf8');
      const msg = JSON.parse(text) as { event?: string; request_id?: string; status?: string; data?: { entity_id?: string } };
      if (msg.request_id === 'auth') {
        if (msg.status === 'ok') resolve();
        else reject(new Error(`authenticate: ${text}`));
        return;
      }
      if (msg.event === 'NotificationCreated' && msg.data?.entity_id === taskIdRef.id) {
        const w = socket.waiting.shift();
        if (w) w(at);
        else socket.early.push(at);
      }
    });
  });
  return socket;
}

function nextArrival(s: Socket, timeoutMs: number): Promise<number> {
  const early = s.early.shift();
  if (early !== undefined) return Promise.resolve(early);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket of ${s.userId}: no NotificationCreated within ${timeoutMs} ms`)), timeoutMs);
    s.waiting.push((at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });
}

interface Round {
  round: number;
  writeMs: number;
  lastMs: number;
  firstMs: number;
  disturbed: boolean;
  foreignCpuS: number;
}

async function main(): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '-');
  const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
  fs.mkdirSync(logDir, { recursive: true });
  const dbName = `trcr_bench_ntf_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  let server: Pinned | undefined;
  const sockets: Socket[] = [];
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const base = `http://127.0.0.1:${settings.port}`;
    server = spawnPinned('server', process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/main.ts'], {
      core: SERVER_CORE,
      env: {
        HOST: '127.0.0.1',
        PORT: String(settings.port),
        DATABASE_URL: databaseUrl,
        ...(REDIS_URL ? { REDIS_URL } : {}),
        RATE_LIMIT_PER_MINUTE: '100000000',
        JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789abcdef',
        DATA_DIR: path.join(logDir, 'data'),
        LOG_LEVEL: settings.logLevel,
      },
      logFile: path.join(logDir, 'server-notifications.log'),
    });
    await waitHealthy(`${base}/healthz`, server, 120_000);

    // The 51st user: creates the organization and the task, and changes its status.
    const tag = Date.now().toString(36);
    const register = (i: number | 'actor') =>
      new Api(base).call<{ access_token: string; user: { id: string; default_org_id: string } }>('POST', '/api/v1/auth/register', {
        email: `bench-ntf-${tag}-${i}@example.com`,
        password: PASSWORD,
        name: i === 'actor' ? 'Bench Actor' : `Assignee ${i}`,
      });
    const actor = await register('actor');
    const orgId = actor.user.default_org_id;
    const api = new Api(base, actor.access_token);
    const assignees = await mapLimit(
      Array.from({ length: settings.users }, (_, i) => i),
      4,
      (i) => register(i),
    );
    for (const a of assignees) await sql`insert into members (org_id, user_id, role) values (${orgId}, ${a.user.id}, 'member')`;
    const { data: project } = await api.call<{ data: { id: string } }>('POST', '/api/v1/projects', { name: 'Fan-out' });
    const taskRef = { id: '' };
    const { data: task } = await api.call<{ data: { id: string } }>('POST', '/api/v1/tasks', {
      title: 'Shared by fifty',
      project_id: project.id,
      assignee_ids: assignees.slice(0, 20).map((a) => a.user.id),
    });
    // The API takes at most 20 assignee_ids (specs/schemas/tasks.yaml); the others are added as rows.
    for (const a of assignees.slice(20)) await sql`insert into task_assignees (task_id, user_id, org_id) values (${task.id}, ${a.user.id}, ${orgId})`;
    taskRef.id = task.id;
    log(`seeded: 1 actor + ${assignees.length} assignees, task ${task.id}`);
    // Sockets open after the task exists: its task_assigned notifications are not counted.
    sockets.push(...(await mapLimit(assignees, 8, (a) => openSocket(base, a.access_token, a.user.id, taskRef))));
    log(`${sockets.length} sockets authenticated`);

    const statuses = ['in_progress', 'review'];
    const rounds: Round[] = [];
    for (let r = -settings.warmup; r < settings.rounds; r++) {
      // Foreign CPU is judged over the gap before the round and the round itself (one tick is 10 ms).
      const cpu0 = cpuSnapshot();
      const g0 = performance.now();
      await sleep(settings.gapMs);
      const arrivals = sockets.map((s) => nextArrival(s, 10_000));
      const t0 = performance.now();
      await api.call('PATCH', `/api/v1/tasks/${task.id}/status`, { status: statuses[(r + settings.warmup) % 2] });
      const t1 = performance.now();
      const at = await Promise.all(arrivals);
      const foreign = foreignCpuSeconds(cpu0, cpuSnapshot());
      const elapsedS = (Math.max(...at) - g0) / 1000;
      if (r >= 0) {
        rounds.push({
          round: r,
          writeMs: t1 - t0,
          lastMs: Math.max(...at) - t0,
          firstMs: Math.min(...at) - t0,
          foreignCpuS: foreign,
          disturbed: foreign > settings.noisyShare * elapsedS,
        });
      }
    }
    await sleep(500);
    const extra = sockets.reduce((n, s) => n + s.early.length, 0);
    if (extra > 0) throw new Error(`${extra} NotificationCreated events beyond one per socket per round`);
    const [counts] = await sql<{ notifications: number; mails: number }[]>`
      select (select count(*)::int from notifications where type = 'task_status_changed') as notifications,
             (select count(*)::int from mail_outbox where kind = 'notification.task_status_changed') as mails`;
    const expected = (settings.rounds + settings.warmup) * settings.users;
    if (counts!.notifications !== expected || counts!.mails !== expected)
      throw new Error(`expected ${expected} notifications and mails, found ${JSON.stringify(counts)}`);

    const report = (label: string, rs: Round[]): string => {
      const last = rs.map((x) => x.lastMs);
      const write = rs.map((x) => x.writeMs);
      const first = rs.map((x) => x.firstMs);
      const s = spread(last);
      return (
        `| ${label} | ${rs.length} | ${fmt(percentile(last, 50))} | ${fmt(percentile(last, 99))} | ${fmt(s.min)}–${fmt(s.max)} | ` +
        `${fmt(percentile(first, 50))} | ${fmt(percentile(write, 50))} / ${fmt(percentile(write, 99))} |`
      );
    };
    const quiet = rounds.filter((x) => !x.disturbed);
    const lines = [
      `Notifications fan-out: ${settings.users} recipients, ${settings.rounds} rounds (+${settings.warmup} warm-up), ${stamp}`,
      '',
      '| rounds | n | last NotificationCreated p50 ms | p99 ms | min–max ms | first p50 ms | write answer p50 / p99 ms |',
      '|---|---|---|---|---|---|---|',
      report('all', rounds),
      ...(quiet.length > 0 && quiet.length < rounds.length ? [report('undisturbed', quiet)] : []),
      '',
      `disturbed rounds: ${rounds.length - quiet.length} of ${rounds.length}; foreign CPU over the run: ${fmt(rounds.reduce((n, x) => n + x.foreignCpuS, 0))} s`,
      `checked: ${expected} notifications and ${expected} mails in the database, exactly one event per socket per round`,
    ];
    console.log(lines.join('\n'));
    fs.writeFileSync(path.join(logDir, 'notifications.json'), JSON.stringify({ settings, rounds }, null, 2));
  } finally {
    for (const s of sockets) s.ws.terminate();
    await sql.end({ timeout: 5 });
    await server?.stop();
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }
}

await main();
