/** Runs Debian's wrk pinned to the load-generator core and parses its `--latency` report. */
import path from 'node:path';
import { ROOT, runPinned } from './proc.js';

export interface WrkResult {
  rps: number;
  requests: number;
  /** Latency percentiles in ms, as printed by `--latency`. */
  p50: number;
  p75: number;
  p90: number;
  p99: number;
  /** Max latency in ms (Thread Stats line). */
  max: number;
  /** Responses outside 2xx (counted by bench/status.lua). */
  non2xx: number;
  /** connect + read + write + timeout socket errors. */
  socketErrors: number;
  raw: string;
}

export interface WrkOptions {
  url: string;
  headers?: Record<string, string>;
  durationSec: number;
  connections: number;
  threads?: number;
  core: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function toMs(value: string, unit: string): number {
  const k = UNIT_MS[unit];
  if (k === undefined) throw new Error(`unknown wrk time unit ${unit}`);
  return Number(value) * k;
}

function latencyPercentile(raw: string, p: number): number {
  const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(raw);
  if (!m) throw new Error(`wrk output has no ${p}% line:\n${raw}`);
  return toMs(m[1]!, m[2]!);
}

export function parseWrk(raw: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(raw);
  const reqs = /^\s+(\d+) requests in /m.exec(raw);
  const lat = /^\s+Latency\s+[\d.]+\w+\s+[\d.]+\w+\s+([\d.]+)(us|ms|s|m)/m.exec(raw);
  const status = /^BENCH_STATUS ok2xx=(\d+) non2xx=(\d+)/m.exec(raw);
  if (!rps || !reqs || !lat || !status) throw new Error(`unparsable wrk output:\n${raw}`);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  const socketErrors = sock ? sock.slice(1, 5).reduce((s, x) => s + Number(x), 0) : 0;
  return {
    rps: Number(rps[1]),
    requests: Number(reqs[1]),
    p50: latencyPercentile(raw, 50),
    p75: latencyPercentile(raw, 75),
    p90: latencyPercentile(raw, 90),
    p99: latencyPercentile(raw, 99),
    max: toMs(lat[1]!, lat[2]!),
    non2xx: Number(status[2]),
    socketErrors,
    raw,
  };
}

export async function runWrk(o: WrkOptions): Promise<WrkResult> {
  const args = [
    '-t',
    String(o.threads ?? 1),
    '-c',
    String(o.connections),
    '-d',
    `${o.durationSec}s`,
    '--latency',
    '-s',
    path.join(ROOT, 'bench', 'status.lua'),
  ];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}: ${v}`);
  args.push(o.url);
  const raw = await runPinned('wrk', 'wrk', args, { core: o.core, timeoutMs: (o.durationSec + 30) * 1000 });
  return parseWrk(raw);
}
