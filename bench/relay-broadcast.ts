/**
 * The `relay` scenario of the benchmark (`BENCH_SCENARIOS=relay npm run bench`): how many relay
 * `knowledge:updated` broadcasts per second one server instance sustains to `RELAY_CLIENTS` (200)
 * joined Phoenix sockets, and the latency from a `knowledge:push` to the LAST receiver's delivery.
 *
 * For every run, knowledge mode and offered rate (a "step") it starts bench/relay-clients.ts on the
 * load-generator core against the real server (already started by run.ts on the server core with
 * `RELAY_RATE_LIMIT_PER_MINUTE=100000`). Each step uses a FRESH team (new machine tokens, team, invite,
 * joins, sockets), so steps are comparable and independent:
 *   - mode "empty": the team starts without knowledge; it grows by ~50 bytes per push during the step;
 *   - mode "full":  the team is created with ~99,000 bytes (just under the 100,000-byte cap), so every
 *     broadcast carries 80–100 KB (the prune cuts to 80,000 bytes whenever the cap is passed): the worst case.
 * A step "holds" when every accepted push reached every other socket exactly once (and none its own),
 * every push got a reply, accepted/s ≥ 95 % of the offered rate, the last-receiver p99 is within
 * RELAY_P99_LIMIT_MS and the generator kept its schedule. The sustained rate of a sweep is the highest
 * offered rate at which that step and every lower one held.
 *
 * Knobs (env, defaults shown):
 *   RELAY_RUNS=1 RELAY_CLIENTS=200 RELAY_MODES=empty,full
 *   RELAY_RATES=10,20,30,40,50,75,100,150,200   offered pushes/s, ascending
 *   RELAY_STOP_AFTER=2        stop a sweep after this many consecutive steps that do not hold (0 = run every rate)
 *   RELAY_SECONDS=10 RELAY_WARMUP_SECONDS=3 RELAY_DRAIN_MS=10000 RELAY_PREFILL_BYTES=99000
 *   RELAY_P99_LIMIT_MS=250
 */
import fs from 'node:fs';
import path from 'node:path';
import { cpuSnapshot, foreignCpuSeconds } from './lib/noise.js';
import { TSX, runPinned } from './lib/proc.js';
import { fmt } from './lib/stats.js';
import type { RelayStepConfig, RelayStepResult } from './relay-clients.js';

export type RelayMode = 'empty' | 'full';

export interface RelaySettings {
  runs: number;
  clients: number;
  rates: number[];
  modes: RelayMode[];
  seconds: number;
  warmupSeconds: number;
  drainMs: number;
  prefillBytes: number;
  p99LimitMs: number;
  stopAfter: number;
}

export interface RelayStep extends RelayStepResult {
  run: number;
  mode: RelayMode;
  /** CPU seconds other processes on the box used during the step (lib/noise.ts). */
  foreignCpuS: number;
  /** Why the step does not hold (empty = it holds). */
  failures: string[];
}

export interface RelaySweep {
  run: number;
  mode: RelayMode;
  /** Highest offered rate at which this and every lower step held; null when even the lowest did not. */
  sustainedRate: number | null;
}

export interface RelayResults {
  settings: RelaySettings;
  steps: RelayStep[];
  sweeps: RelaySweep[];
}

export function relaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RelaySettings {
  const num = (name: string, def: number): number => Number(env[name] ?? def);
  const modes = (env.RELAY_MODES ?? 'empty,full').split(',').filter(Boolean);
  for (const m of modes) if (m !== 'empty' && m !== 'full') throw new Error(`RELAY_MODES: unknown mode ${m} (empty, full)`);
  return {
    runs: num('RELAY_RUNS', 1),
    clients: num('RELAY_CLIENTS', 200),
    rates: (env.RELAY_RATES ?? '10,20,30,40,50,75,100,150,200')
      .split(',')
      .map(Number)
      .filter((r) => r > 0)
      .sort((a, b) => a - b),
    modes: modes as RelayMode[],
    seconds: num('RELAY_SECONDS', 10),
    warmupSeconds: num('RELAY_WARMUP_SECONDS', 3),
    drainMs: num('RELAY_DRAIN_MS', 10_000),
    prefillBytes: num('RELAY_PREFILL_BYTES', 99_000),
    p99LimitMs: num('RELAY_P99_LIMIT_MS', 250),
    stopAfter: num('RELAY_STOP_AFTER', 2),
  };
}

/** The reasons a step does not hold (see the file header). */
function failuresOf(s: RelayStepResult, p99LimitMs: number): string[] {
  const f: string[] = [];
  if (s.misses > 0) f.push(`${s.misses} misses`);
  if (s.duplicates > 0) f.push(`${s.duplicates} duplicates`);
  if (s.echoes > 0) f.push(`${s.echoes} echoes to the pusher`);
  if (s.unknownFrames > 0) f.push(`${s.unknownFrames} unknown frames`);
  if (s.incomplete > 0) f.push(`${s.incomplete} broadcasts incomplete`);
  if (s.noReply > 0) f.push(`${s.noReply} pushes unanswered`);
  const errs = Object.entries(s.errors);
  if (errs.length > 0) f.push(`errors ${errs.map(([r, c]) => `${r}×${c}`).join(', ')}`);
  if (s.closedEarly > 0) f.push(`${s.closedEarly} sockets closed`);
  if (s.acceptedPerS < 0.95 * s.rate) f.push(`accepted ${fmt(s.acceptedPerS)}/s < 95 % of ${s.rate}/s`);
  if (!(s.lastMs.p99 <= p99LimitMs)) f.push(`p99 ${fmt(s.lastMs.p99)} ms > ${p99LimitMs} ms`);
  if (s.sendLagMs.p99 > 100) f.push(`generator behind schedule (send lag p99 ${fmt(s.sendLagMs.p99)} ms)`);
  return f;
}

export interface RunRelayOptions {
  /** http://127.0.0.1:PORT of the real server. */
  base: string;
  /** The real server's process group (its taskset child's pid), for its CPU and RSS. */
  serverPgid: number;
  logDir: string;
  settings: RelaySettings;
  core: number;
  log: (msg: string) => void;
  /** Waits for an idle box before a measured step. */
  quiet: () => Promise<void>;
}

async function runStep(o: RunRelayOptions, mode: RelayMode, rate: number): Promise<RelayStepResult> {
  const s = o.settings;
  const cfg: RelayStepConfig = {
    base: o.base,
    clients: s.clients,
    rate,
    warmupSeconds: s.warmupSeconds,
    seconds: s.seconds,
    prefillBytes: mode === 'full' ? s.prefillBytes : 0,
    drainMs: s.drainMs,
    serverPgid: o.serverPgid,
    connectConcurrency: 50,
  };
  const flags = (process.env.BENCH_CLIENT_FLAGS ?? '').split(' ').filter(Boolean);
  const logFile = path.join(o.logDir, 'relay-clients.log');
  const stdout = await runPinned(`relay-${mode}-${rate}`, TSX, [...flags, 'bench/relay-clients.ts'], {
    core: o.core,
    env: { BENCH_RELAY: JSON.stringify(cfg) },
    logFile,
    timeoutMs: 5 * 60_000,
  });
  const lines = stdout.trim().split('\n');
  fs.appendFileSync(logFile, lines.slice(0, -1).join('\n') + '\n');
  return JSON.parse(lines.at(-1)!) as RelayStepResult;
}

export async function runRelay(o: RunRelayOptions): Promise<RelayResults> {
  const s = o.settings;
  const out: RelayResults = { settings: s, steps: [], sweeps: [] };
  o.log(`relay: ${s.clients} sockets, rates ${s.rates.join(', ')}/s, modes ${s.modes.join(', ')}, ${s.runs} run(s)`);
  for (let run = 1; run <= s.runs; run++) {
    for (const mode of s.modes) {
      let failedInARow = 0;
      for (const rate of s.rates) {
        if (s.stopAfter > 0 && failedInARow >= s.stopAfter) {
          o.log(`relay run ${run} ${mode}: ${failedInARow} steps in a row did not hold: skipping ${rate}/s and above`);
          break;
        }
        await o.quiet();
        const cpu0 = cpuSnapshot();
        const r = await runStep(o, mode, rate);
        const foreignCpuS = foreignCpuSeconds(cpu0, cpuSnapshot());
        const step: RelayStep = { run, mode, foreignCpuS, ...r, failures: failuresOf(r, s.p99LimitMs) };
        out.steps.push(step);
        failedInARow = step.failures.length > 0 ? failedInARow + 1 : 0;
        fs.appendFileSync(
          path.join(o.logDir, 'relay-series.log'),
          `run ${run} ${mode} ${rate}/s last p50/max per second: ${r.lastMsPerSecond.map((x) => `${fmt(x.p50)}/${fmt(x.max)}(${x.n})`).join(' ')}\n`,
        );
        o.log(
          `relay run ${run} ${mode} ${rate}/s: accepted ${fmt(r.acceptedPerS)}/s, delivered ${fmt(r.deliveredPerS)} frames/s ` +
            `(${fmt(r.deliveredMBps)} MB/s), knowledge ${fmt(r.knowledgeBytes.min)}–${fmt(r.knowledgeBytes.max)} B; last p50 ${fmt(r.lastMs.p50)} ` +
            `p99 ${fmt(r.lastMs.p99)} max ${fmt(r.lastMs.max)} ms; server CPU ${fmt(r.serverCpuPct ?? NaN)} %, client ${fmt(r.clientCpuPct)} %, PG+Redis ${fmt(r.servicesCpuPct ?? NaN)} %; reply p50 ${fmt(r.replyMs.p50)} ms; ` +
            `foreign CPU ${foreignCpuS.toFixed(1)} s; ${step.failures.length ? `DOES NOT HOLD: ${step.failures.join('; ')}` : 'holds'}`,
        );
      }
      const held = out.steps.filter((x) => x.run === run && x.mode === mode).sort((a, b) => a.rate - b.rate);
      let sustainedRate: number | null = null;
      for (const x of held) {
        if (x.failures.length > 0) break;
        sustainedRate = x.rate;
      }
      out.sweeps.push({ run, mode, sustainedRate });
    }
  }
  return out;
}

const modeText: Record<RelayMode, string> = {
  empty: 'fresh team, knowledge starts empty and grows ~50 B per push',
  full: 'fresh team pre-filled to just under the 100,000-byte cap; broadcasts carry 80–100 KB',
};

export function renderRelayMarkdown(r: RelayResults): string {
  if (r.steps.length === 0) return '';
  const s = r.settings;
  const lines = [
    `## Relay: \`knowledge:updated\` broadcasts to ${s.clients} joined sockets`,
    '',
    `Each step: a fresh team, ${s.clients} sockets of ${s.clients} machine tokens joined to its knowledge topic; pushes round-robin over the sockets at the offered rate, ` +
      `${s.warmupSeconds} s warm-up then ${s.seconds} s measured; each push adds one section and is broadcast to the ${s.clients - 1} other sockets. ` +
      `Latency = push sent → LAST receiver's \`knowledge:updated\`. A step holds with 0 misses/duplicates/echoes, every push answered, accepted ≥ 95 % of offered, p99 ≤ ${s.p99LimitMs} ms.`,
    '',
    '| run | mode | offered/s | accepted/s | rate-limited | delivered frames/s | MB/s | knowledge bytes min–max | last p50 / p99 / max ms | first p50 ms | reply p50 / p99 ms | misses | dups | incomplete | server CPU % | client CPU % | PG + Redis CPU % | server RSS MiB | foreign CPU s | holds |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.steps.map(
      (x) =>
        `| ${x.run} | ${x.mode} | ${x.rate} | ${fmt(x.acceptedPerS)} | ${x.rateLimited} | ${fmt(x.deliveredPerS)} | ${fmt(x.deliveredMBps)} | ${fmt(x.knowledgeBytes.min)}–${fmt(x.knowledgeBytes.max)} | ` +
        `${fmt(x.lastMs.p50)} / ${fmt(x.lastMs.p99)} / ${fmt(x.lastMs.max)} | ${fmt(x.firstMs.p50)} | ${fmt(x.replyMs.p50)} / ${fmt(x.replyMs.p99)} | ${x.misses} | ${x.duplicates} | ${x.incomplete} | ` +
        `${fmt(x.serverCpuPct ?? NaN)} | ${fmt(x.clientCpuPct)} | ${fmt(x.servicesCpuPct ?? NaN)} | ${fmt(x.serverRssMaxMiB ?? NaN)} | ${x.foreignCpuS.toFixed(1)}${x.foreignCpuS > 1 ? ' ⚠' : ''} | ${x.failures.length ? `no: ${x.failures.join('; ')}` : 'yes'} |`,
    ),
    '',
    ...r.sweeps.map(
      (w) =>
        `- Run ${w.run}, ${w.mode} (${modeText[w.mode]}): sustained **${w.sustainedRate === null ? 'none of the offered rates' : `${w.sustainedRate} broadcasts/s`}**` +
        (w.sustainedRate === null ? '' : ` (× ${s.clients - 1} receivers = ${w.sustainedRate * (s.clients - 1)} deliveries/s)`),
    ),
    '',
  ];
  return lines.join('\n') + '\n';
}
