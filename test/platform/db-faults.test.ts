/**
 * The database-outage plumbing against the real PostgreSQL (the full faults, with a private cluster that is
 * restarted and frozen under load, are in test/fault/postgres.test.ts): the postgres.js repair is loaded,
 * a query that cannot get a connection is bounded, unavailable-database errors become SERVICE_UNAVAILABLE,
 * and start-up waiting gives up with a clear error.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, DatabaseUnreachableError, postgresFixStatus, QueryTimeoutError, setQueryTimeout, waitForDatabase } from '../../src/platform/db.js';
import { toAppError } from '../../src/platform/errors.js';
import { createTestDatabase, TEST_ADMIN_URL, type TestDatabase } from '../../src/platform/testing.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

describe('database outages', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('dbfaults');
  });
  afterAll(async () => {
    setQueryTimeout(6000);
    await database?.drop();
  });

  it('loads postgres.js with its write scheduler repaired (porsager/postgres#1208)', () => {
    createDb(database.url); // loads the driver
    expect(postgresFixStatus()).toBe('applied');
  });

  it('a refused connection fails fast and answers SERVICE_UNAVAILABLE with Retry-After', async () => {
    const db = createDb(`postgres://postgres@127.0.0.1:${await closedPort()}/x`, { max: 1 });
    const started = Date.now();
    const err = await db`select 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect((err as { code?: string }).code).toBe('ECONNREFUSED');
    const answer = toAppError(err);
    expect([answer.code, answer.status, answer.retryAfter]).toEqual(['SERVICE_UNAVAILABLE', 503, 1]);
    await db.end({ timeout: 1 });
  });

  it('a query waiting for a busy pool gives up after the query timeout (QUERY_TIMEOUT → 503) and leaves the queue', async () => {
    const db = createDb(database.url, { max: 1 });
    try {
      await db`select 1`;
      setQueryTimeout(0);
      const busy = db`select pg_sleep(1.5)`.execute(); // holds the only connection, with no deadline of its own
      setQueryTimeout(800);
      const started = Date.now();
      const err = await db`select 2 as two`.then(
        () => null,
        (e: unknown) => e,
      );
      const waited = Date.now() - started;
      expect(err).toBeInstanceOf(QueryTimeoutError);
      expect(waited).toBeGreaterThanOrEqual(700);
      expect(waited).toBeLessThan(1400);
      expect(toAppError(err).code).toBe('SERVICE_UNAVAILABLE');
      await busy;
      // The timed-out query was taken off the queue: the pool serves the next one normally.
      setQueryTimeout(5000);
      expect(await db`select 3 as three`).toEqual([{ three: 3 }]);
    } finally {
      setQueryTimeout(6000);
      await db.end({ timeout: 2 });
    }
  });

  it('PostgreSQL statement_timeout (57014) answers SERVICE_UNAVAILABLE', async () => {
    const db = createDb(database.url, { max: 1, statementTimeoutMs: 200 });
    try {
      const err = await db`select pg_sleep(2)`.then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as { code?: string }).code).toBe('57014');
      expect(toAppError(err).code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await db.end({ timeout: 2 });
    }
  });

  it('start-up waiting retries with a log line per attempt, then throws DatabaseUnreachableError', async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/x`;
    const db = createDb(url, { max: 1 });
    const lines: string[] = [];
    const log = { warn: (_: object, msg: string) => lines.push(msg), info: (_: object, msg: string) => lines.push(msg) };
    const started = Date.now();
    const err = await waitForDatabase(db, url, { timeoutSeconds: 1, log, initialDelayMs: 200 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(err).toBeInstanceOf(DatabaseUnreachableError);
    expect((err as Error).message).toMatch(
      /^Could not connect to PostgreSQL at 127\.0\.0\.1:\d+\/x within DB_CONNECT_TIMEOUT_S=1 s \(\d+ attempts; last error: .*ECONNREFUSED/,
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^database not reachable \(attempt 1: .*ECONNREFUSED.*\); retrying in 0\.2 s$/);
    await db.end({ timeout: 1 });
  });

  it('start-up does not wait on errors that waiting cannot fix (a missing database)', async () => {
    const url = TEST_ADMIN_URL.replace(/\/[^/]*$/, '/trcr_no_such_database_here');
    const db = createDb(url, { max: 1 });
    const started = Date.now();
    const err = await waitForDatabase(db, url, { timeoutSeconds: 30 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect((err as { code?: string }).code).toBe('3D000');
    await db.end({ timeout: 1 });
  });
});

describe('a connection cut while a result streams', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('dbcut');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('the next query on the reconnected connection is neither failed nor corrupted by the cut one', async () => {
    const db = createDb(database.url, { max: 1 });
    const admin = createDb(database.url, { max: 1 });
    try {
      const [row] = await db<{ pid: number }[]>`select pg_backend_pid() as pid`;
      const pid = row!.pid;
      // A result of many rows, cut between two DataRow messages: the first 49 rows (49 KB, past PostgreSQL's
      // 8 KB output buffer) reach the client, then the backend sleeps and is terminated.
      const cut = db`select n, repeat('x', 1000) as pad, pg_sleep(case when n = 50 then 2 else 0 end) from generate_series(1, 100) n`.then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 700));
      await admin`select pg_terminate_backend(${pid})`;
      const err = await cut;
      expect(toAppError(err).code).toBe('SERVICE_UNAVAILABLE');
      // The same pool reconnects; its first result must start at index 0.
      const rows = await db<{ n: number }[]>`select n from generate_series(1, 3) n`;
      expect(rows.length).toBe(3);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await db.end({ timeout: 1 });
      await admin.end({ timeout: 1 });
    }
  });
});
