/**
 * Issue 10: loading a board. One GraphQL query (the typed client's `Board` document: a project with its groups,
 * 200 tasks, their labels, checklists, comment counts and dependencies) against the REST calls a client makes for the same data: the project's groups,
 * its tasks (2 pages of 100), the labels, then per task its checklist, its comments (`per_page=1`, for the count)
 * and its dependencies, 6 at a time (a browser's connections per host), 604 calls in all.
 *
 * Run (from the repository root; the server goes to core 1, this process, the client, stays on core 0):
 *
 *   taskset -c 0 node_modules/.bin/node --import tsx bench/board.ts
 *
 * A fresh database (`trcr_bench_board_*`, dropped at the end), the server started as `npm start` does, with the
 * shared Redis and RATE_LIMIT_PER_MINUTE=100000000. The board is seeded through the API: 5 labels, 4 groups, 200
 * tasks (40 ungrouped, 40 per group, 0–2 labels each), 3 checklist items and 2 comments per task, 150 dependencies.
 * Both variants must return the same board (checked once before timing: same tasks, labels, checklist items,
 * comment counts and dependency edges). Then BOARD_ROUNDS rounds; each round loads the board BOARD_LOADS times
 * per variant, the variants alternating (which one goes first alternates by round). Per load: wall time, the
 * server's CPU time (utime + stime of its process, from /proc) and this process's CPU time. Rounds in which other
 * processes took more than BOARD_NOISY_SHARE of a core are marked disturbed; the figures are over the others.
 *
 * Knobs (env, defaults shown): BOARD_ROUNDS=15 BOARD_LOADS=4 BOARD_WARMUP=5 BOARD_PORT=18190 BOARD_CONCURRENCY=6
 *   BOARD_NOISY_SHARE=0.1 BOARD_QUIET_WAIT_S=20 BENCH_LOG_LEVEL=warn
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDatabase, dropDatabase } from '../src/platform/db.js';
import { BoardDocument } from '../generated/client/graphql/graphql.js';
import { Api, mapLimit } from './lib/api.js';
import { cpuSnapshot, foreignCpuSeconds, waitQuiet } from './lib/noise.js';
import { ROOT, spawnPinned, waitHealthy, type Pinned } from './lib/proc.js';
import { fmt, spread } from './lib/stats.js';

const env = (name: string, def: string): string => process.env[name] ?? def;
const num = (name: string, def: number): number => Number(env(name, String(def)));

const ADMIN_URL = env('BENCH_ADMIN_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const SERVER_CORE = 1;
const settings = {
  rounds: num('BOARD_ROUNDS', 15),
  loads: num('BOARD_LOADS', 4),
  warmup: num('BOARD_WARMUP', 5),
  port: num('BOARD_PORT', 18190),
  concurrency: num('BOARD_CONCURRENCY', 6),
  noisyShare: num('BOARD_NOISY_SHARE', 0.1),
  quietWaitMs: num('BOARD_QUIET_WAIT_S', 20) * 1000,
  logLevel: env('BENCH_LOG_LEVEL', 'warn'),
};

const log = (msg: string): void => console.error(`[board] ${msg}`);

/** What both variants must agree on, per task id. */
type Board = Record<
  string,
  { group: string | null; position: number; labels: string[]; checklist: string[]; comments: number; blockedBy: string[]; blocks: string[] }
>;

const sorted = (xs: string[]): string[] => [...xs].sort();

interface Ref {
  id: string;
}
interface DepRef {
  task_id: string;
}
interface Card {
  id: string;
  position: number;
  group_id: string | null;
  labels: Ref[];
  checklist: { data: Ref[] };
  comment_count: number;
  dependencies: { blocked_by: DepRef[]; blocks: DepRef[] };
}
interface BoardAnswer {
  data: { project: { task_groups: { data: { tasks: { data: Card[] } }[] }; ungrouped_tasks: { data: Card[] } } };
  errors?: unknown;
}
interface RestTask {
  id: string;
  position: number;
  group_id: string | null;
  label_ids: string[];
}
interface Page<T> {
  data: T[];
  pagination: { total: number };
}

async function loadGraphql(api: Api, projectId: string): Promise<Board> {
  const res = await api.call<BoardAnswer>('POST', '/graphql', { query: BoardDocument.toString(), variables: { id: projectId } });
  if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors).slice(0, 500)}`);
  const board: Board = {};
  const cards = [...res.data.project.task_groups.data.flatMap((g) => g.tasks.data), ...res.data.project.ungrouped_tasks.data];
  for (const t of cards) {
    board[t.id] = {
      group: t.group_id,
      position: t.position,
      labels: sorted(t.labels.map((l) => l.id)),
      checklist: t.checklist.data.map((c) => c.id),
      comments: t.comment_count,
      blockedBy: sorted(t.dependencies.blocked_by.map((d) => d.task_id)),
      blocks: sorted(t.dependencies.blocks.map((d) => d.task_id)),
    };
  }
  return board;
}

async function loadRest(api: Api, projectId: string): Promise<{ board: Board; calls: number }> {
  let calls = 0;
  const get = <T>(p: string): Promise<T> => {
    calls++;
    return api.call<T>('GET', `/api/v1${p}`);
  };
  const [, page1, page2, labels] = await Promise.all([
    get<Page<Ref>>(`/projects/${projectId}/task-groups?per_page=100`),
    get<Page<RestTask>>(`/tasks?project_id=${projectId}&sort=position&per_page=100&page=1`),
    get<Page<RestTask>>(`/tasks?project_id=${projectId}&sort=position&per_page=100&page=2`),
    get<Page<Ref>>('/labels?per_page=100'),
  ]);
  const labelIds = new Set(labels.data.map((l) => l.id));
  const tasks = [...page1.data, ...page2.data];
  const board: Board = {};
  await mapLimit(tasks, settings.concurrency, async (t) => {
    const [checklist, comments, deps] = await Promise.all([
      get<Page<Ref>>(`/tasks/${t.id}/checklist?per_page=100`),
      get<Page<Ref>>(`/tasks/${t.id}/comments?per_page=1`),
      get<{ data: Card['dependencies'] }>(`/tasks/${t.id}/dependencies`),
    ]);
    board[t.id] = {
      group: t.group_id,
      position: t.position,
      labels: sorted(t.label_ids.filter((id) => labelIds.has(id))),
      checklist: checklist.data.map((c) => c.id),
      comments: comments.pagination.total,
      blockedBy: sorted(deps.data.blocked_by.map((d) => d.task_id)),
      blocks: sorted(deps.data.blocks.map((d) => d.task_id)),
    };
  });
  return { board, calls };
}

async function seedBoard(base: string): Promise<{ api: Api; projectId: string }> {
  const tag = Date.now().toString(36);
  const t = await new Api(base).call<{ access_token: string }>('POST', '/api/v1/auth/register', {
    email: `bench-board-${tag}@example.com`,
    password: 'bench-password-1234',
    name: 'Bench Board',
  });
  const api = new Api(base, t.access_token);
  const post = <T = { data: Ref }>(p: string, body: unknown): Promise<T> => api.call<T>('POST', `/api/v1${p}`, body);
  const { data: project } = await post('/projects', { name: 'Board' });
  const labels: string[] = [];
  for (const [i, color] of ['#ef4444', '#f59e0b', '#22c55e', '#3b82f6', '#a855f7'].entries())
    labels.push((await post('/labels', { name: `Label ${i}`, color })).data.id);
  const groups: (string | null)[] = [null];
  for (const name of ['Backlog', 'This week', 'Doing', 'Done']) groups.push((await post(`/projects/${project.id}/task-groups`, { name })).data.id);
  const tasks: string[] = [];
  for (let batch = 0; batch < 2; batch++) {
    const items = Array.from({ length: 100 }, (_, j) => {
      const i = batch * 100 + j;
      return {
        title: `Card ${i}`,
        project_id: project.id,
        priority: ['low', 'medium', 'high', 'urgent'][i % 4],
        group_id: groups[i % 5],
        label_ids: labels.slice(i % 5, (i % 5) + (i % 3)),
        due_date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      };
    });
    tasks.push(...(await post<{ data: { id: string }[] }>('/tasks/bulk', { tasks: items })).data.map((x) => x.id));
  }
  await mapLimit(tasks, 8, async (id, i) => {
    for (let k = 0; k < 3; k++) await post(`/tasks/${id}/checklist`, { title: `Step ${k}` });
    for (let k = 0; k < 2; k++) await post(`/tasks/${id}/comments`, { body: `Comment ${k} on card ${i}` });
  });
  // 150 edges, each from a later card to an earlier one (no cycles).
  for (let e = 0; e < 150; e++) {
    const from = 50 + e;
    const to = (e * 7) % from;
    await post(`/tasks/${tasks[from]}/dependencies`, { depends_on_id: tasks[to], dependency_type: 'blocked_by' });
  }
  return { api, projectId: project.id };
}

/** utime + stime of a process, in ms (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Load {
  round: number;
  variant: 'graphql' | 'rest';
  wallMs: number;
  serverCpuMs: number;
  clientCpuMs: number;
  disturbed: boolean;
}

async function main(): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '-');
  const logDir = path.join(ROOT, 'bench', 'results', 'logs', stamp);
  fs.mkdirSync(logDir, { recursive: true });
  const dbName = `trcr_bench_board_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(ADMIN_URL, dbName);
  let server: Pinned | undefined;
  try {
    const base = `http://127.0.0.1:${settings.port}`;
    server = spawnPinned('server', process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'src/main.ts'], {
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
    const pid = server.child.pid!;
    log('seeding the board through the API');
    const { api, projectId } = await seedBoard(base);

    const viaGraphql = await loadGraphql(api, projectId);
    const viaRest = await loadRest(api, projectId);
    if (Object.keys(viaGraphql).length !== 200) throw new Error(`GraphQL board has ${Object.keys(viaGraphql).length} tasks, not 200`);
    if (!isDeepStrictEqual(viaGraphql, viaRest.board)) throw new Error('the GraphQL and REST boards differ');
    log(`both variants return the same board of 200 tasks (REST: ${viaRest.calls} calls)`);
    for (let i = 0; i < settings.warmup; i++) {
      await loadGraphql(api, projectId);
      await loadRest(api, projectId);
    }

    const variants = {
      graphql: () => loadGraphql(api, projectId),
      rest: () => loadRest(api, projectId),
    } as const;
    const loads: Load[] = [];
    let clean = 0;
    for (let round = 1; clean < settings.rounds && round <= 3 * settings.rounds; round++) {
      if (settings.quietWaitMs > 0) await waitQuiet(settings.quietWaitMs);
      const order: (keyof typeof variants)[] = round % 2 ? ['graphql', 'rest'] : ['rest', 'graphql'];
      const snap = cpuSnapshot();
      const t0 = process.hrtime.bigint();
      const roundLoads: Omit<Load, 'disturbed'>[] = [];
      for (let i = 0; i < settings.loads; i++) {
        for (const variant of order) {
          const s0 = processCpuMs(pid);
          const c0 = process.cpuUsage();
          const w0 = process.hrtime.bigint();
          await variants[variant]();
          const wallMs = Number(process.hrtime.bigint() - w0) / 1e6;
          const c = process.cpuUsage(c0);
          roundLoads.push({ round, variant, wallMs, serverCpuMs: processCpuMs(pid) - s0, clientCpuMs: (c.user + c.system) / 1000 });
        }
      }
      const roundS = Number(process.hrtime.bigint() - t0) / 1e9;
      // The server and this process are ours; foreignCpuSeconds counts everything else.
      const foreign = foreignCpuSeconds(snap, cpuSnapshot());
      const disturbed = foreign > settings.noisyShare * roundS;
      if (!disturbed) clean++;
      loads.push(...roundLoads.map((l) => ({ ...l, disturbed })));
      const med = (v: string, k: 'wallMs' | 'serverCpuMs'): string => fmt(spread(roundLoads.filter((l) => l.variant === v).map((l) => l[k])).median);
      log(
        `round ${round}: graphql ${med('graphql', 'wallMs')} ms wall / ${med('graphql', 'serverCpuMs')} ms server CPU; rest ${med('rest', 'wallMs')} ms / ${med('rest', 'serverCpuMs')} ms; foreign CPU ${foreign.toFixed(2)} s${disturbed ? ' (disturbed)' : ''}`,
      );
    }

    const kept = loads.filter((l) => !l.disturbed);
    const figure = (variant: string, key: 'wallMs' | 'serverCpuMs' | 'clientCpuMs'): string => {
      const s = spread(kept.filter((l) => l.variant === variant).map((l) => l[key]));
      return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
    };
    const ratio = (key: 'wallMs' | 'serverCpuMs'): string => {
      const m = (v: string): number => spread(kept.filter((l) => l.variant === v).map((l) => l[key])).median;
      return `${fmt(m('rest') / m('graphql'))}×`;
    };
    const rounds = new Set(kept.map((l) => l.round)).size;
    const report = [
      `Board of 200 tasks: ${rounds} undisturbed rounds (of ${new Set(loads.map((l) => l.round)).size}), ${settings.loads} loads per variant each; median (min–max) per load.`,
      '',
      '| per board load | GraphQL, 1 request | REST, ' + viaRest.calls + ' requests (' + settings.concurrency + ' at a time) | REST / GraphQL |',
      '|---|---|---|---|',
      `| wall time, ms | ${figure('graphql', 'wallMs')} | ${figure('rest', 'wallMs')} | ${ratio('wallMs')} |`,
      `| server CPU, ms | ${figure('graphql', 'serverCpuMs')} | ${figure('rest', 'serverCpuMs')} | ${ratio('serverCpuMs')} |`,
      `| client CPU, ms | ${figure('graphql', 'clientCpuMs')} | ${figure('rest', 'clientCpuMs')} | |`,
    ].join('\n');
    console.log(report);
    fs.writeFileSync(path.join(logDir, 'board.json'), JSON.stringify({ settings, restCalls: viaRest.calls, loads }, null, 2));
    log(`raw figures: ${path.relative(ROOT, path.join(logDir, 'board.json'))}`);
  } finally {
    await server?.stop();
    await dropDatabase(ADMIN_URL, dbName).catch((err: unknown) => log(`could not drop ${dbName}: ${String(err)}`));
  }
}

await main();
