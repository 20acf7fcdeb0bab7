/**
 * The real server as a child process (`node_modules/.bin/tsx src/main.ts`, what `npm start` runs), for
 * fault tests that must see the process die, exit or survive.
 *
 *   const srv = spawnServer({ DATABASE_URL, REDIS_URL });
 *   const url = await srv.waitForListening();   // the "TRCR listening on <url>" log line
 *   ...; expect(srv.alive()).toBe(true);
 *   await srv.stop();                           // SIGTERM, then SIGKILL after a grace period
 *
 * PORT defaults to 0 (a free port, read back from the log line), HOST to 127.0.0.1, DATA_DIR to a temp
 * folder (removed by stop()), JWT_SECRET to a fixed test value, LOG_LEVEL to info. stdout and stderr are
 * collected; `lines()` parses stdout's JSON log lines. Every process still running when the test process
 * exits is killed (SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** Base URL once listening (`http://127.0.0.1:<port>`). */
  url: string | undefined;
  stdout(): string;
  stderr(): string;
  /** stdout's JSON log lines (others skipped). */
  lines(): Record<string, unknown>[];
  /** Resolves when the process has exited. */
  exited: Promise<ExitInfo>;
  /** undefined while it runs. */
  exit(): ExitInfo | undefined;
  alive(): boolean;
  /** Waits for a stdout/stderr line matching `re`; rejects on timeout or if the process exits first. */
  waitForLine(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the "listening" log line and returns the base URL. */
  waitForListening(timeoutMs?: number): Promise<string>;
  /** SIGTERM, SIGKILL after `graceMs`; removes the temp DATA_DIR. Resolves with the exit. */
  stop(graceMs?: number): Promise<ExitInfo>;
}

const running = new Set<ChildProcess>();
let hookInstalled = false;

function installExitHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  process.once('exit', () => {
    for (const child of running) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

export const TEST_JWT_SECRET = 'fault-test-jwt-secret-0123456789abcdef0123456789';

export function spawnServer(env: Record<string, string | undefined> = {}): ServerProcess {
  installExitHook();
  const ownDataDir = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-fault-srv-'));
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    ...env,
  })) {
    if (v !== undefined) childEnv[k] = v;
  }
  // Not inherited from the test runner: the server's own defaults apply unless the test sets them.
  for (const k of ['VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) if (!(k in env)) delete childEnv[k];

  const child = spawn(path.join(bin, 'tsx'), ['src/main.ts'], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  let err = '';
  /** Complete lines of stdout and stderr, in arrival order (what waitForLine scans, incrementally). */
  const seen: string[] = [];
  const partial = { out: '', err: '' };
  let exitInfo: ExitInfo | undefined;
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const w of [...waiters]) w();
  };
  const take = (which: 'out' | 'err', text: string): void => {
    const parts = (partial[which] + text).split('\n');
    partial[which] = parts.pop()!;
    seen.push(...parts);
  };
  child.stdout.on('data', (c: Buffer) => {
    const t = c.toString('utf8');
    out += t;
    take('out', t);
    notify();
  });
  child.stderr.on('data', (c: Buffer) => {
    const t = c.toString('utf8');
    err += t;
    take('err', t);
    notify();
  });
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      exitInfo = { code, signal };
      resolve(exitInfo);
      notify();
    });
  });

  const proc: ServerProcess = {
    child,
    pid: child.pid!,
    url: undefined,
    stdout: () => out,
    stderr: () => err,
    lines() {
      const list: Record<string, unknown>[] = [];
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          list.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          // a partial line
        }
      }
      return list;
    },
    exited,
    exit: () => exitInfo,
    alive: () => exitInfo === undefined,
    waitForLine(re, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        let next = 0;
        const check = (): void => {
          for (; next < seen.length; next++) {
            const line = seen[next]!;
            if (re.test(line)) return done(() => resolve(line));
          }
          const rest = [partial.out, partial.err].find((l) => re.test(l));
          if (rest !== undefined && exitInfo) return done(() => resolve(rest));
          if (exitInfo) return done(() => reject(new Error(`server exited (${exitInfo!.code ?? exitInfo!.signal}) before ${re}\n${tail()}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms\n${tail()}`))), timeoutMs);
        const done = (fn: () => void): void => {
          clearTimeout(timer);
          waiters.delete(check);
          fn();
        };
        waiters.add(check);
        check();
      });
    },
    async waitForListening(timeoutMs = 90_000) {
      await proc.waitForLine(/TRCR listening on /, timeoutMs);
      const line = proc.lines().find((l) => typeof l.msg === 'string' && l.msg.startsWith('TRCR listening on '));
      const url = typeof line?.url === 'string' ? line.url : /TRCR listening on (\S+)/.exec(out)?.[1];
      if (!url) throw new Error(`could not read the URL from the listening line\n${tail()}`);
      proc.url = url.replace('0.0.0.0', '127.0.0.1').replace('localhost', '127.0.0.1');
      return proc.url;
    },
    async stop(graceMs = 15_000) {
      if (!exitInfo) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      return exitInfo!;
    },
  };
  const tail = (): string => `--- stdout ---\n${out.slice(-3000)}\n--- stderr ---\n${err.slice(-3000)}`;
  return proc;
}
