/**
 * Test helpers (used by test/**): a fresh database per test run, dropped afterwards.
 *   TEST_DATABASE_URL  server to create test databases on (default postgres://postgres@127.0.0.1:5432/postgres)
 *   TEST_REDIS_URL     Redis for tests that want it (default redis://127.0.0.1:6379)
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from './config.js';
import { createDatabase, dropDatabase } from './db.js';
import { silentLogger, type Logger } from './logger.js';
import { createServices, type CreateServicesOptions, type Services } from './services.js';

export const TEST_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database `trcr_test_<prefix>_<random>` on the test server. */
export async function createTestDatabase(prefix = 'x'): Promise<TestDatabase> {
  const name =
    `trcr_test_${prefix.replace(/[^a-z0-9_]/gi, '').slice(0, 20)}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
  const url = await createDatabase(TEST_ADMIN_URL, name);
  return { name, url, drop: () => dropDatabase(TEST_ADMIN_URL, name) };
}

/** A config for tests: fixed secret, temp data dir, silent logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig(
    {},
    {
      dataDir: path.join(os.tmpdir(), `trcr-test-${process.pid}-${randomBytes(3).toString('hex')}`),
      jwtSecret: 'test-secret-0123456789abcdef0123456789abcdef',
      logLevel: 'silent',
      ...overrides,
    },
  );
}

/**
 * Services on a fresh migrated database (memory bus/limiter unless `redis: true`).
 * `close()` also drops the database.
 */
export async function createTestServices(
  opts: { redis?: boolean; config?: Partial<Config>; logger?: Logger; prefix?: string } & CreateServicesOptions = {},
): Promise<Services & { database: TestDatabase }> {
  const database = await createTestDatabase(opts.prefix);
  const config = testConfig({
    databaseUrl: database.url,
    ...(opts.redis ? { redisUrl: TEST_REDIS_URL } : {}),
    ...opts.config,
  });
  let svc: Services;
  try {
    svc = await createServices(config, { ...opts, logger: opts.logger ?? silentLogger() });
  } catch (err) {
    await database.drop().catch(() => {});
    throw err;
  }
  const close = svc.close.bind(svc);
  let closing: Promise<void> | undefined;
  return Object.assign(svc, {
    database,
    close() {
      closing ??= close().then(() => database.drop());
      return closing;
    },
  });
}
