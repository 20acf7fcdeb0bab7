/**
 * A private PostgreSQL cluster for fault tests: `initdb` into a temp folder, a free loopback port,
 * `listen_addresses=127.0.0.1`, its unix socket in the temp folder, trust authentication for `postgres`.
 * The test can start, stop, restart (fast), freeze (SIGSTOP) and thaw (SIGCONT) it, and destroy it.
 *
 * Binaries: `PG_BIN` or the newest `/usr/lib/postgresql/<version>/bin`. As root (PostgreSQL refuses to
 * run as root) every command runs as the `postgres` account (else `nobody`), as src/platform/embedded.ts
 * does; the temp folder lives in os.tmpdir(), which that account can enter.
 * A cluster left running is stopped (immediate) when the process exits; `destroy()` is the normal way.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/ports.js';

export interface PgCluster {
  port: number;
  dir: string;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database?: string): string;
  /** Starts it and waits until it accepts connections. */
  start(): Promise<void>;
  /** Fast shutdown (`pg_ctl -m fast stop`), waiting until it is down. */
  stop(): Promise<void>;
  /** `pg_ctl -m fast restart`, waiting until it accepts connections again. */
  restart(): Promise<void>;
  /** SIGSTOP to the postmaster and every backend: connections stay open, nothing answers. */
  freeze(): void;
  /** SIGCONT to what `freeze()` stopped (and any child since). */
  thaw(): void;
  /** Whether `pg_isready` says it accepts connections. */
  isReady(): Promise<boolean>;
  /** Creates a database (`createdb` over the cluster's unix socket). */
  createDatabase(name: string): Promise<void>;
  /** Stops it (immediate) and removes its folder. Idempotent. */
  destroy(): Promise<void>;
  /** The server log so far. */
  log(): string;
}

type Account = { uid: number; gid: number };

export function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('no PostgreSQL binaries: set PG_BIN or install postgresql');
  return path.join(base, versions[0]!, 'bin');
}

function account(): Account | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      if (uid > 0) return { uid, gid };
    } catch {
      // no such account
    }
  }
  throw new Error('running as root and found no unprivileged account (postgres, nobody) to run PostgreSQL as');
}

function run(bin: string, args: string[], who: Account | null, timeoutMs = 60_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      ...(who ? { uid: who.uid, gid: who.gid } : {}),
      cwd: '/',
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const live = new Set<PgCluster>();
let exitHook = false;

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

/** Creates (initdb) a cluster on a free port; it is not started. */
export async function createPgCluster(opts: { port?: number } = {}): Promise<PgCluster> {
  const bin = pgBinDir();
  const who = account();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-fault-pg-'));
  fs.chmodSync(root, 0o755);
  const dir = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  const sockDir = path.join(root, 'sock');
  fs.mkdirSync(sockDir);
  fs.writeFileSync(logFile, '');
  if (who) execFileSync('chown', ['-R', `${who.uid}:${who.gid}`, root]);
  const port = opts.port ?? (await freePort());

  const init = await run(path.join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'], who, 120_000);
  if (init.code !== 0) throw new Error(`initdb failed: ${init.out}`);
  fs.appendFileSync(
    path.join(dir, 'postgresql.conf'),
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${sockDir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 100',
      "timezone = 'UTC'",
      "lc_messages = 'C'",
      '',
    ].join('\n'),
  );

  const pgCtl = (args: string[], timeoutMs = 60_000) => run(path.join(bin, 'pg_ctl'), ['-D', dir, ...args], who, timeoutMs);
  const postmasterPid = (): number | null => {
    try {
      const pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  };
  let frozen: number[] = [];
  let destroyed = false;

  const cluster: PgCluster = {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      const r = await pgCtl(['-l', logFile, '-w', '-t', '60', 'start'], 90_000);
      if (r.code !== 0) throw new Error(`pg_ctl start failed: ${r.out}\n${cluster.log().slice(-2000)}`);
    },
    async stop() {
      const r = await pgCtl(['-m', 'fast', '-w', '-t', '60', 'stop'], 90_000);
      if (r.code !== 0) throw new Error(`pg_ctl stop failed: ${r.out}`);
    },
    async restart() {
      const r = await pgCtl(['-l', logFile, '-m', 'fast', '-w', '-t', '60', 'restart'], 120_000);
      if (r.code !== 0) throw new Error(`pg_ctl restart failed: ${r.out}\n${cluster.log().slice(-2000)}`);
    },
    freeze() {
      const pid = postmasterPid();
      if (!pid) throw new Error('freeze: the cluster is not running');
      frozen = [pid, ...children(pid)];
      for (const p of frozen) {
        try {
          process.kill(p, 'SIGSTOP');
        } catch {
          // exited meanwhile
        }
      }
    },
    thaw() {
      const pid = postmasterPid();
      const all = new Set([...frozen, ...(pid ? [pid, ...children(pid)] : [])]);
      frozen = [];
      for (const p of all) {
        try {
          process.kill(p, 'SIGCONT');
        } catch {
          // exited meanwhile
        }
      }
    },
    async isReady() {
      const r = await run(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-t', '2'], who, 10_000);
      return r.code === 0;
    },
    async createDatabase(name) {
      const r = await run(path.join(bin, 'createdb'), ['-h', sockDir, '-p', String(port), '-U', 'postgres', name], who);
      if (r.code !== 0) throw new Error(`createdb failed: ${r.out}`);
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      live.delete(cluster);
      cluster.thaw();
      if (postmasterPid()) await pgCtl(['-m', 'immediate', '-w', '-t', '30', 'stop'], 40_000).catch(() => undefined);
      fs.rmSync(root, { recursive: true, force: true });
    },
    log: () => {
      try {
        return fs.readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
  };
  live.add(cluster);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      // Synchronous last resort: SIGCONT then SIGQUIT (immediate shutdown) to each live cluster.
      for (const c of live) {
        try {
          const pid = Number(fs.readFileSync(path.join(c.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
          if (pid > 0) {
            process.kill(pid, 'SIGCONT');
            for (const child of children(pid)) process.kill(child, 'SIGCONT');
            process.kill(pid, 'SIGQUIT');
          }
        } catch {
          // not running
        }
        fs.rmSync(path.dirname(c.dir), { recursive: true, force: true });
      }
    });
  }
  return cluster;
}
