import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/platform/db.js';
import { locateInstalledPostgres, startEmbeddedPostgres } from '../../src/platform/embedded.js';

describe('embedded postgres', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-emb-'));
  // As root, anything PostgreSQL's account could not reach would go here (not /var/lib/trcr).
  const relocateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-emb-reloc-'));
  fs.chmodSync(relocateDir, 0o755);
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(relocateDir, { recursive: true, force: true });
  });

  it('initialises once, serves database trcr, and keeps data across restarts', { timeout: 120_000 }, async () => {
    const sigterm = process.listenerCount('SIGTERM');
    const pg1 = await startEmbeddedPostgres(dataDir, { relocateDir });
    try {
      expect(process.listenerCount('SIGTERM')).toBe(sigterm); // no exit hooks hijacking shutdown
      expect(pg1.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/trcr$/);
      // A reachable data folder keeps the cluster in DATA_DIR/pg (a real folder, not a link).
      expect(pg1.clusterDir).toBe(path.join(dataDir, 'pg'));
      expect(fs.lstatSync(pg1.clusterDir).isDirectory()).toBe(true);
      expect(fs.readdirSync(relocateDir).filter((e) => e === 'clusters')).toEqual([]);
      expect([await locateInstalledPostgres(), path.join(relocateDir, 'postgresql')].some((d) => pg1.installDir.startsWith(d))).toBe(true);
      if (process.getuid?.() === 0) {
        const st = fs.statSync(pg1.clusterDir);
        expect(st.uid).not.toBe(0);
        expect(st.mode & 0o777).toBe(0o700);
      }
      expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(fs.statSync(path.join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);
      const sql = createDb(pg1.url, { max: 1 });
      const [v] = await sql`select current_database() as db, current_setting('server_version_num')::int as ver, current_setting('TimeZone') as tz`;
      expect(v).toMatchObject({ db: 'trcr', tz: 'UTC' });
      expect(v!.ver).toBeGreaterThanOrEqual(170000);
      await sql`create table keep (x int)`;
      await sql`insert into keep values (42)`;
      await sql.end();
    } finally {
      await pg1.stop();
      await pg1.stop(); // idempotent
    }
    const versionFile = fs.statSync(path.join(dataDir, 'pg', 'PG_VERSION')).mtimeMs;

    const pg2 = await startEmbeddedPostgres(dataDir, { relocateDir });
    try {
      expect(fs.statSync(path.join(dataDir, 'pg', 'PG_VERSION')).mtimeMs).toBe(versionFile); // not re-initialised
      expect(pg2.clusterDir).toBe(pg1.clusterDir);
      const sql = createDb(pg2.url, { max: 1 });
      const rows = await sql`select x from keep`;
      expect(rows.map((r) => r.x)).toEqual([42]);
      await sql.end();
    } finally {
      await pg2.stop();
    }
  });
});
