/** Result types of a benchmark run and their Markdown rendering (per-run figures, medians, spread, targets). */
import type { FanoutResult } from '../fanout-clients.js';
import { fmt, median, spread, type Spread } from './stats.js';

export interface ListRun {
  run: number;
  target: 'baseline' | 'candidate';
  rps: number;
  p50: number;
  p75: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  /** CPU seconds other processes on the box used during the run (see lib/noise.ts). */
  foreignCpuS: number;
}

export type FanoutRun = Omit<FanoutResult, 'lastSeries' | 'firstSeries' | 'triggerSeries' | 'sentAtUs' | 'mode'> & {
  run: number;
  target: 'baseline' | 'candidate';
  foreignCpuS: number;
};

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  command: string;
  machine: {
    nproc: number;
    cpu: string;
    memGiB: number;
    node: string;
    postgres: string;
    redis: string;
    wrk: string;
    commit: string;
    dirtyFiles: number;
    kernel: string;
  };
  settings: Record<string, unknown>;
  seed: { tasks: number; listProjectTasks: number; users: number; seconds: number } | null;
  list: {
    runs: ListRun[];
    sameBody: boolean | null;
    bodyBytes: { candidate: number; baseline: number } | null;
    /** SQL statements per request (PostgreSQL transaction counter). */
    statements: { candidate: number; baseline: number } | null;
  };
  fanout: { runs: FanoutRun[]; frameBytes: number | null };
  notes: string[];
}

/** A run during which other processes used more than this much CPU is flagged as disturbed. */
export const NOISY_CPU_S = 1;
const cpuCell = (s: number): string => `${s.toFixed(1)}${s > NOISY_CPU_S ? ' ⚠' : ''}`;
const noisyNote = (xs: { foreignCpuS: number }[]): string => {
  const n = xs.filter((x) => x.foreignCpuS > NOISY_CPU_S).length;
  return `- Runs disturbed by other work on the box (⚠: > ${NOISY_CPU_S} CPU-s of foreign work during the run): ${n} of ${xs.length}`;
};

/**
 * The runs the verdict is computed from: the pairs in which neither run was disturbed, or every run
 * when no pair was clean. `basis` says which, for the report.
 */
function verdictRuns<T extends { run: number; target: string; foreignCpuS: number }>(runs: T[]): { b: T[]; c: T[]; basis: string } {
  const pairs = [...new Set(runs.map((x) => x.run))];
  const clean = pairs.filter(
    (p) => runs.filter((x) => x.run === p).every((x) => x.foreignCpuS <= NOISY_CPU_S) && runs.filter((x) => x.run === p).length === 2,
  );
  const use = clean.length > 0 ? runs.filter((x) => clean.includes(x.run)) : runs;
  const basis =
    clean.length > 0 ? `the ${clean.length} undisturbed pair(s) (${clean.join(', ')})` : 'all runs (no undisturbed pair: treat with caution)';
  return { b: use.filter((x) => x.target === 'baseline'), c: use.filter((x) => x.target === 'candidate'), basis };
}

const verdict = (ok: boolean): string => (ok ? '**met**' : '**not met**');
const range = (s: Spread): string => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
const minMax = (xs: number[]): string => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;

function listSection(r: BenchResults): string[] {
  const runs = r.list.runs;
  if (runs.length === 0) return [];
  const { b, c, basis } = verdictRuns(runs);
  const pairRatios = c.map((x) => x.rps / (b.find((y) => y.run === x.run)?.rps ?? NaN));
  const ratio = median(c.map((x) => x.rps)) / median(b.map((x) => x.rps));
  const tail = c.map((x) => x.p99 / x.p50);
  const baseTail = b.map((x) => x.p99 / x.p50);
  const bad = runs.reduce((s, x) => s + x.non2xx + x.socketErrors, 0); // correctness: every run counts
  const lines = [
    '## List endpoint: `GET /api/v1/tasks?project_id=…&per_page=25`',
    '',
    `Bodies identical (parsed JSON): ${r.list.sameBody === null ? 'not checked' : r.list.sameBody ? 'yes' : '**NO**'}` +
      (r.list.bodyBytes ? ` (${r.list.bodyBytes.candidate} / ${r.list.bodyBytes.baseline} bytes)` : '') +
      (r.list.statements
        ? `. SQL statements per request: candidate ${r.list.statements.candidate.toFixed(2)}, baseline ${r.list.statements.baseline.toFixed(2)}.`
        : ''),
    '',
    '| run | target | req/s | p50 ms | p75 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors | foreign CPU s |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (x) =>
        `| ${x.run} | ${x.target} | ${fmt(x.rps)} | ${fmt(x.p50)} | ${fmt(x.p75)} | ${fmt(x.p90)} | ${fmt(x.p99)} | ${fmt(x.max)} | ${x.non2xx} | ${x.socketErrors} | ${cpuCell(x.foreignCpuS)} |`,
    ),
    '',
    `Medians and verdicts below are over ${basis}.`,
    '',
    '| median (min–max) | req/s | p50 ms | p99 ms |',
    '|---|---|---|---|',
    ...(['baseline', 'candidate'] as const).map((t) => {
      const xs = t === 'baseline' ? b : c;
      return `| ${t} | ${range(spread(xs.map((x) => x.rps)))} | ${range(spread(xs.map((x) => x.p50)))} | ${range(spread(xs.map((x) => x.p99)))} |`;
    }),
    '',
    `- Throughput: median candidate / median baseline = **${fmt(ratio)}** (per pair ${minMax(pairRatios)}); target ≥ 0.5: ${verdict(ratio >= 0.5)}`,
    `- Tail: candidate p99 / p50 = **${fmt(median(tail))}** (per run ${minMax(tail)}); target ≤ 4: ${verdict(median(tail) <= 4)} — the baseline's own p99 / p50 under the same closed-loop load: ${fmt(median(baseTail))} (per run ${minMax(baseTail)})`,
    `- Non-2xx responses + socket errors over all runs: ${bad}${bad === 0 ? '' : ' (**the figures are not valid**)'}`,
    noisyNote(runs),
    '',
  ];
  return lines;
}

function fanoutSection(r: BenchResults): string[] {
  const runs = r.fanout.runs;
  if (runs.length === 0) return [];
  const { b, c, basis } = verdictRuns(runs);
  const allB = runs.filter((x) => x.target === 'baseline');
  const allC = runs.filter((x) => x.target === 'candidate');
  const bP99 = median(b.map((x) => x.lastMs.p99));
  const cP99 = median(c.map((x) => x.lastMs.p99));
  const limit = 1.5 * bP99 + 10;
  const lost = (xs: FanoutRun[]): number => xs.reduce((s, x) => s + x.misses + x.duplicates + x.incompleteEvents + x.closedEarly, 0);
  return [
    '## Fan-out: `EntityChanged` of a REST `PATCH /api/v1/tasks/{id}` to 1,000 WebSocket clients',
    '',
    `Frame: ${r.fanout.frameBytes ?? '?'} bytes (baseline frames padded to the same size); WebSocket extensions negotiated by the server: ${runs.find((x) => x.target === 'candidate')?.extensions || 'none'}. Latency = trigger sent → LAST client received, per event.`,
    '',
    '| run | target | last p50 ms | last p99 ms | last max ms | first p50 / p99 ms | per-msg p50 ms | trigger answer p50 / p99 ms | events | misses | dups | incomplete | closed | other frames | foreign CPU s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (x) =>
        `| ${x.run} | ${x.target} | ${fmt(x.lastMs.p50)} | ${fmt(x.lastMs.p99)} | ${fmt(x.lastMs.max)} | ${fmt(x.firstMs.p50)} / ${fmt(x.firstMs.p99)} | ${fmt(x.perMessage.p50)} | ${fmt(x.triggerMs.p50)} / ${fmt(x.triggerMs.p99)} | ${x.events} | ${x.misses} | ${x.duplicates} | ${x.incompleteEvents} | ${x.closedEarly} | ${x.otherFrames} | ${cpuCell(x.foreignCpuS)} |`,
    ),
    '',
    `Medians and verdicts below are over ${basis}.`,
    '',
    '| median (min–max) | last-client p50 ms | last-client p99 ms |',
    '|---|---|---|',
    ...(['baseline', 'candidate'] as const).map((t) => {
      const xs = t === 'baseline' ? b : c;
      return `| ${t} | ${range(spread(xs.map((x) => x.lastMs.p50)))} | ${range(spread(xs.map((x) => x.lastMs.p99)))} |`;
    }),
    '',
    `- Exactly once (every run counts): candidate misses + duplicates + incomplete events + dropped sockets = ${lost(allC)} (baseline ${lost(allB)}); target 0: ${verdict(lost(allC) === 0)}`,
    `- Latency: candidate last-client p99 median ${fmt(cP99)} ms vs limit 1.5 × ${fmt(bP99)} + 10 = ${fmt(limit)} ms (ratio ${fmt(cP99 / bP99)}×): ${verdict(cP99 <= limit)}`,
    noisyNote(runs),
    '',
  ];
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  return (
    [
      `# Benchmark run ${r.startedAt}`,
      '',
      `\`${r.command}\` — ${m.nproc} cores (${m.cpu}), ${m.memGiB} GiB, Linux ${m.kernel}; Node ${m.node}; PostgreSQL ${m.postgres}; Redis ${m.redis}; ${m.wrk}; commit ${m.commit} (+${m.dirtyFiles} uncommitted files).`,
      `Servers pinned to core ${String(r.settings.serverCore)}, load generators to core ${String(r.settings.loadCore)}; PostgreSQL and Redis unpinned. Server LOG_LEVEL=${String(r.settings.logLevel)}.`,
      r.seed
        ? `Seed: ${r.seed.tasks} tasks (${r.seed.listProjectTasks} in the listed project), ${r.seed.users} users in the fan-out organization, ${fmt(r.seed.seconds)} s through the API.`
        : '',
      '',
      ...listSection(r),
      ...fanoutSection(r),
      ...r.notes.map((n) => `- ${n}`),
    ].join('\n') + '\n'
  );
}
