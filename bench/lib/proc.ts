/**
 * Child processes of a benchmark run. Every child is started through `taskset` in its own process
 * group (so tsx's inner node process dies with it) and recorded in a pid file that bench/run.sh's
 * trap reads; on any exit of this process the groups are SIGKILLed. Nothing may outlive the run on a
 * 2-core box.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const PID_FILE = process.env.BENCH_PID_FILE;
const live = new Set<number>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function recordPids(): void {
  if (PID_FILE) fs.writeFileSync(PID_FILE, [...live].join('\n') + (live.size ? '\n' : ''));
}

process.on('exit', () => {
  for (const pid of live) killGroup(pid, 'SIGKILL');
});

export interface Pinned {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or null on a signal). */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface PinnedOptions {
  core: number;
  env?: Record<string, string>;
  /** File for stdout+stderr; default: inherit stderr, ignore stdout. */
  logFile?: string;
  /** Capture stdout (returned via `stdout()`), e.g. a load generator's JSON result. */
  captureStdout?: boolean;
}

/** Starts `cmd args` pinned to one core. */
export function spawnPinned(name: string, cmd: string, args: string[], opts: PinnedOptions): Pinned & { stdout(): string } {
  const log = opts.logFile ? fs.openSync(opts.logFile, 'a') : undefined;
  const child = spawn('taskset', ['-c', String(opts.core), cmd, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: ['ignore', opts.captureStdout ? 'pipe' : (log ?? 'ignore'), log ?? 'inherit'],
  });
  if (log !== undefined) fs.closeSync(log);
  const pid = child.pid!;
  live.add(pid);
  recordPids();
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      killGroup(pid, 'SIGKILL'); // grandchildren (tsx's node) if any are left
      live.delete(pid);
      recordPids();
      resolve(code);
    });
  });
  return {
    name,
    child,
    exited,
    stdout: () => out,
    async stop(graceMs = 5000) {
      if (!live.has(pid)) return;
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a pinned command to completion and returns its stdout; rejects on a non-zero exit. */
export async function runPinned(name: string, cmd: string, args: string[], opts: PinnedOptions & { timeoutMs: number }): Promise<string> {
  const p = spawnPinned(name, cmd, args, { ...opts, captureStdout: true });
  const timer = setTimeout(() => void p.stop(1000), opts.timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${name} exited with ${code}`);
  return p.stdout();
}

/** Polls `url` until it answers 2xx, the process exits, or `timeoutMs` passes. */
export async function waitHealthy(url: string, proc: Pinned, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void proc.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${proc.name} exited before becoming healthy`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${proc.name} not healthy at ${url} after ${timeoutMs} ms`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
