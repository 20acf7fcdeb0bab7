/**
 * Runs the server the way a user or a container does: `npm start` as a child process in its own process
 * group (so a test can signal npm, the server, or the whole group), on a free loopback port, against a
 * fresh test database, and waits for its "listening" log line. Logs (pino JSON lines) are kept for
 * assertions. `kill()` SIGKILLs whatever is left of the group and drops the database; it also runs when the
 * test process exits, so nothing outlives a failed test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../../../src/platform/testing.js';
import { freePort } from '../../support/ports.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const START_TIMEOUT_MS = 90_000;

export interface NpmStarted {
  /** `http://127.0.0.1:<port>` */
  url: string;
  wsUrl: string;
  graphqlWsUrl: string;
  port: number;
  /** npm's pid, also the process group id. */
  npmPid: number;
  /** The node process serving (npm's child). */
  serverPid: number;
  /** Parsed JSON log lines (stdout), plus `{ raw }` for anything else (stdout and stderr). */
  logs: Record<string, unknown>[];
  /** Resolves with npm's exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident set size of the server process in bytes (`VmRSS` from /proc). */
  rss(): number;
  /** Pids still in the process group. */
  groupPids(): number[];
  /** SIGKILLs what is left of the group (idempotent). */
  kill(): void;
}

interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
}

function procStats(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), ppid: Number(fields[1]), pgrp: Number(fields[2]) });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** True when nothing accepts connections on the port any more. */
export function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

const running = new Set<NpmStarted>();
/** SIGKILLs every server this process started and has not killed yet (afterEach / afterAll, and at exit). */
export function killAll(): void {
  for (const s of running) s.kill();
}
process.once('exit', killAll);

/** Starts `npm start` with `env` on top of a minimal test environment. The database must exist (migrations run at start). */
export async function npmStart(database: Pick<TestDatabase, 'url'>, env: Record<string, string> = {}): Promise<NpmStarted> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-npm-start-'));
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: REPO,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? os.tmpdir(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      JWT_SECRET: 'fault-test-secret-0123456789abcdef0123456789',
      LOG_LEVEL: 'info',
      npm_config_update_notifier: 'false',
      ...env,
    },
  });
  const npmPid = child.pid!;
  const logs: Record<string, unknown>[] = [];
  // FAULT_LOG_DIR=<dir>: also keep each server's output in <dir>/npm-start-<port>.log (debugging).
  const logFile = process.env.FAULT_LOG_DIR ? path.join(process.env.FAULT_LOG_DIR, `npm-start-${port}.log`) : undefined;
  const onLine = (line: string): void => {
    if (logFile) fs.appendFileSync(logFile, line + '\n');
    if (line.trim() === '') return;
    try {
      const parsed: unknown = JSON.parse(line);
      logs.push(parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { raw: line });
    } catch {
      logs.push({ raw: line });
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      if (logFile) fs.appendFileSync(logFile, `npm exited: code ${code} signal ${signal}\n`);
      resolve({ code, signal });
    }),
  );

  const groupPids = (): number[] =>
    procStats()
      .filter((p) => p.pgrp === npmPid)
      .map((p) => p.pid);
  let serverPid = 0;
  const started: NpmStarted = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    graphqlWsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    npmPid,
    get serverPid() {
      return serverPid;
    },
    logs,
    exited,
    rss() {
      try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${serverPid}/status`, 'utf8'));
        return kb ? Number(kb[1]) * 1024 : 0;
      } catch {
        return 0; // the server is gone
      }
    },
    groupPids,
    kill() {
      running.delete(started);
      try {
        process.kill(-npmPid, 'SIGKILL');
      } catch {
        // already gone
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.add(started);

  const deadline = Date.now() + START_TIMEOUT_MS;
  let early: { code: number | null } | undefined;
  void exited.then((e) => (early = e));
  while (!logs.some((l) => typeof l.msg === 'string' && l.msg.startsWith('TRCR listening'))) {
    if (early || Date.now() > deadline) {
      started.kill();
      throw new Error(`npm start did not come up (exit ${JSON.stringify(early)}): ${JSON.stringify(logs.slice(-20))}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const children = procStats().filter((p) => p.ppid === npmPid);
  if (children.length !== 1) throw new Error(`expected npm to have one child, found ${JSON.stringify(children)}`);
  serverPid = children[0]!.pid;
  return started;
}

export { createTestDatabase };
