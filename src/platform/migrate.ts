/**
 * Plain-SQL migrations: `migrations/NNN_name.sql`, applied in numeric order, each in its own
 * transaction, recorded in `schema_migrations`. Every step holds a transaction-scoped advisory
 * lock, so instances starting together apply each file exactly once. Idempotent.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sql } from './db.js';
import type { Logger } from './logger.js';

/** `<repo>/migrations`, resolved from this file (works under tsx and from a build). */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Arbitrary constant: the advisory lock key that serializes migrations ("TRCRMIGR"). */
export const MIGRATION_LOCK_KEY = 0x5452_4352_4d49n; // fits in int8

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
}

export async function listMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir);
  const files: MigrationFile[] = [];
  const seen = new Map<string, string>();
  for (const f of entries) {
    const m = /^(\d+)_([\w.-]+)\.sql$/.exec(f);
    if (!m) continue;
    const version = m[1]!;
    const prev = seen.get(version);
    if (prev) throw new Error(`Two migrations share version ${version}: ${prev} and ${f}`);
    seen.set(version, f);
    files.push({ version, name: m[2]!, file: path.join(dir, f) });
  }
  files.sort((a, b) => Number(a.version) - Number(b.version) || a.version.localeCompare(b.version));
  return files;
}

/**
 * Applies pending migrations. Returns the versions applied by this call (empty when up to date).
 */
export async function migrate(sql: Sql, dir: string = DEFAULT_MIGRATIONS_DIR, opts: { log?: Pick<Logger, 'info' | 'warn'> } = {}): Promise<string[]> {
  const files = await listMigrations(dir);
  const applied: string[] = [];
  for (const m of files) {
    const text = await fs.readFile(m.file, 'utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    const result = await sql.begin(async (tx) => {
      // A migration may run longer than DB_STATEMENT_TIMEOUT_MS (index builds): no limit inside it.
      await tx`set local statement_timeout = 0`;
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
      await tx`
        create table if not exists schema_migrations (
          version    text primary key,
          name       text,
          checksum   text,
          applied_at timestamptz not null default now()
        )`;
      const [row] = await tx<{ checksum: string | null }[]>`select checksum from schema_migrations where version = ${m.version}`;
      if (row) return { applied: false, checksum: row.checksum };
      await tx.unsafe(text).simple();
      await tx`insert into schema_migrations (version, name, checksum) values (${m.version}, ${m.name}, ${checksum})`;
      return { applied: true, checksum };
    });
    if (result.applied) {
      applied.push(m.version);
      opts.log?.info({ version: m.version, name: m.name }, 'migration applied');
    } else if (result.checksum && result.checksum !== checksum) {
      opts.log?.warn({ version: m.version, name: m.name }, 'migration file changed after it was applied (not re-run)');
    }
  }
  return applied;
}
