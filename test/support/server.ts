/**
 * Starts a real server for a test file: a fresh database `trcr_test_<random>` (dropped on close),
 * the test Redis with its own bus channel and rate-limit namespace, a temp data dir, a free port,
 * silent logs and a fixed JWT secret.
 *   TEST_DATABASE_URL  admin URL of the PostgreSQL to create test databases on (default postgres://postgres@127.0.0.1:5432/postgres)
 *   TEST_REDIS_URL     Redis (default redis://127.0.0.1:6379)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../src/platform/config.js';
import { loadConfig } from '../../src/platform/config.js';
import { createDatabase, dropDatabase, withDatabase } from '../../src/platform/db.js';
import { silentLogger, type Logger } from '../../src/platform/logger.js';
import type { Services } from '../../src/platform/services.js';
import { createServer, type ServerOptions } from '../../src/server.js';

export const TEST_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_JWT_SECRET = 'test-jwt-secret-0123456789abcdef0123456789abcdef';

export interface TestServer {
  /** Base URL, e.g. `http://127.0.0.1:43123` (REST is under `${url}/api/v1`). */
  url: string;
  /** Action WebSocket: `ws://127.0.0.1:<port>/ws`. */
  wsUrl: string;
  /** graphql-ws: `ws://127.0.0.1:<port>/graphql`. */
  graphqlWsUrl: string;
  /** `${url}/mcp`. */
  mcpUrl: string;
  svc: Services;
  /** Name of this server's database (to start a second instance on it). */
  databaseName: string;
  dataDir: string;
  close(): Promise<void>;
}

/** What the job queue's periodic handlers run on the application's pool (src/jobs.ts). */
const BACKGROUND_WORK = /from mail_outbox|update mail_outbox|delete from relay_device_requests where expires_at|with t as \(delete from ws_tickets/i;

export interface StartOptions extends Pick<ServerOptions, 'onQuery' | 'shutdownTimeoutMs' | 'jobPollIntervalMs'> {
  /** Reuse another test server's database and namespace (a second instance of the same deployment). */
  shareWith?: TestServer;
  /** The server's logger (default: silent). */
  logger?: Logger;
}

const randomName = (): string => `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

/** Bus channel / rate-limit namespace per database, so that instances sharing a database share them. */
const namespaceOf = (databaseName: string): string => databaseName;

export async function startTestServer(overrides: Partial<Config> = {}, opts: StartOptions = {}): Promise<TestServer> {
  const shared = opts.shareWith;
  const databaseName = shared?.databaseName ?? `trcr_test_${randomName()}`;
  const ownsDatabase = !shared;
  if (ownsDatabase) await createDatabase(TEST_ADMIN_URL, databaseName);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'trcr-test-'));
  const dropAll = async (): Promise<void> => {
    await fs.rm(dataDir, { recursive: true, force: true });
    if (ownsDatabase) await dropDatabase(TEST_ADMIN_URL, databaseName);
  };

  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: withDatabase(TEST_ADMIN_URL, databaseName),
      redisUrl: TEST_REDIS_URL,
      dataDir,
      jwtSecret: TEST_JWT_SECRET,
      logLevel: 'silent',
      ...overrides,
    },
  );
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer(config, {
      logger: opts.logger ?? silentLogger(),
      namespace: namespaceOf(databaseName),
      // Test clients keep connections alive: do not wait for their keep-alive timeout on close.
      closeIdleAtOnce: true,
      // Statements of the job queue's background work (mail delivery, the once-a-minute sweeps of expired rows)
      // may fall inside a test's recording window: they are not the test's, so the hook does not see them.
      ...(opts.onQuery ? { onQuery: (query: string) => BACKGROUND_WORK.test(query) || opts.onQuery!(query) } : {}),
      ...(opts.shutdownTimeoutMs !== undefined ? { shutdownTimeoutMs: opts.shutdownTimeoutMs } : {}),
      ...(opts.jobPollIntervalMs !== undefined ? { jobPollIntervalMs: opts.jobPollIntervalMs } : {}),
    });
  } catch (err) {
    await dropAll().catch(() => {});
    throw err;
  }
  const wsBase = server.url.replace(/^http/, 'ws');
  let closing: Promise<void> | undefined;
  const running = server;
  return {
    url: server.url,
    wsUrl: `${wsBase}/ws`,
    graphqlWsUrl: `${wsBase}/graphql`,
    mcpUrl: `${server.url}/mcp`,
    svc: server.svc,
    databaseName,
    dataDir,
    close() {
      closing ??= running.close().finally(dropAll);
      return closing;
    },
  };
}
