import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Sql } from '../../src/platform/db.js';
import { listMigrations, migrate } from '../../src/platform/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../src/platform/testing.js';

describe('migrate', () => {
  let db: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    db = await createTestDatabase('migrate');
    sql = createDb(db.url, { max: 4 });
  });
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await db?.drop();
  });

  it('applies every migration on a fresh database, then nothing the second time', async () => {
    const files = await listMigrations();
    expect(files.length).toBeGreaterThan(0);
    const first = await migrate(sql);
    expect(first).toEqual(files.map((f) => f.version));
    const second = await migrate(sql);
    expect(second).toEqual([]);
    const rows = await sql<{ version: string; applied_at: string }[]>`select version, applied_at from schema_migrations order by version`;
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(rows[0]!.applied_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const [t] = await sql`select to_regclass('public.events') as t`;
    expect(t!.t).toBe('events');
  });

  it('is safe when several instances migrate the same database at once', async () => {
    const other = await createTestDatabase('migrate_par');
    const pools = [createDb(other.url, { max: 2 }), createDb(other.url, { max: 2 }), createDb(other.url, { max: 2 })];
    try {
      const results = await Promise.all(pools.map((p) => migrate(p)));
      const all = results.flat();
      const files = await listMigrations();
      // each version applied exactly once in total
      expect(all.sort()).toEqual(files.map((f) => f.version).sort());
    } finally {
      await Promise.all(pools.map((p) => p.end({ timeout: 5 })));
      await other.drop();
    }
  });
});
