/**
 * PostgreSQL access through porsager `postgres`, configured so rows come back wire-ready:
 *   timestamptz / timestamp → `2026-03-28T14:30:00Z` (UTC, whole seconds), date → `2026-03-28`,
 *   numeric and int8 → number.
 * Parsing timestamps into Date objects is the largest per-row cost in postgres.js (measured ≈43 %
 * of a 25-row list query on this box), so the parser slices the ISO text the server sends instead.
 */
import type postgresTypes from 'postgres';
import { isDatabaseUnavailable } from './db-errors.js';
import { installPostgresFix, postgresFixStatus } from './postgres-fix.js';
import { rfc3339 } from './time.js';

// postgres.js 3.4.9 crashes the process when PostgreSQL restarts under load: postgres-fix.ts repairs it as
// the module loads, so postgres.js is imported here, dynamically, after the repair is installed.
installPostgresFix();
const postgres = (await import('postgres')).default;

// postgres' default type argument (no custom types at the type level): the parsers below are registered at run time only.
export type Sql = postgresTypes.Sql;
export type TxSql = postgresTypes.TransactionSql;
/** Either the pool or a transaction: what query helpers accept (the one name for it). */
export type AnySql = postgresTypes.ISql;
export type PostgresError = postgresTypes.PostgresError;
export type { postgresTypes as postgres };
export { isDatabaseUnavailable, postgresFixStatus };

export interface DbOptions {
  /** Pool size (default 10, or `?max=` in the URL). */
  max?: number;
  /** Close idle connections after this many seconds (default 60; 0 = never). */
  idleTimeoutSeconds?: number;
  /** Give up opening one connection (TCP, start-up, authentication) after this many ms (default 2000). */
  connectTimeoutMs?: number;
  /** `application_name` shown in pg_stat_activity (default `trcr`). */
  applicationName?: string;
  /** PostgreSQL's `statement_timeout` for every session (ms); unset = server default. */
  statementTimeoutMs?: number;
  /**
   * The client-side bound on one query (ms), from handing it to the pool (waiting for a free connection
   * included) to its answer; see {@link setQueryTimeout}. Unset = leave the process-wide value as it is.
   */
  queryTimeoutMs?: number;
  /** Extra postgres() options (advanced; applied last). */
  extra?: postgresTypes.Options<Record<string, never>>;
}

const OID_TIMESTAMP = 1114;
const OID_TIMESTAMPTZ = 1184;
const OID_DATE = 1082;
const OID_NUMERIC = 1700;
const OID_INT8 = 20;

const SLOW_TS_RE = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?$/;

/**
 * Postgres timestamp text (`DateStyle=ISO`) → RFC 3339 UTC with second precision.
 * Fast path: `YYYY-MM-DD HH:MM:SS[.ffffff][+00]` (what a `TimeZone=UTC` session sends).
 * Other offsets are converted; `infinity`, BC and 5-digit years are returned unchanged.
 */
export function parseTimestamp(x: string): string {
  if (x.length >= 19 && x.charCodeAt(10) === 32 && x.charCodeAt(4) === 45) {
    let i = 19;
    if (x.charCodeAt(i) === 46 /* . */) {
      i++;
      while (i < x.length) {
        const c = x.charCodeAt(i);
        if (c < 48 || c > 57) break;
        i++;
      }
    }
    const rest = x.length - i;
    if (rest === 0 || (rest === 3 && x.endsWith('+00'))) {
      return x.slice(0, 10) + 'T' + x.slice(11, 19) + 'Z';
    }
  }
  return parseTimestampSlow(x);
}

function parseTimestampSlow(x: string): string {
  const m = SLOW_TS_RE.exec(x);
  if (!m) return x; // infinity, -infinity, BC dates, years > 9999
  const [, y, mo, d, h, mi, s, sign, oh, om, os] = m;
  let ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!);
  if (Number(y) < 100) {
    // Date.UTC maps years 0-99 to 1900-1999.
    const dt = new Date(ms);
    dt.setUTCFullYear(+y!);
    ms = dt.getTime();
  }
  if (sign) {
    const off = (+oh! * 3600 + +(om ?? 0) * 60 + +(os ?? 0)) * 1000;
    ms += sign === '+' ? -off : off;
  }
  return rfc3339(ms);
}

/** Postgres `date` text (ISO) is already `YYYY-MM-DD`. */
export function parseDate(x: string): string {
  return x;
}

function parseNumber(x: string): number {
  return +x;
}

/**
 * Reconnection delay (seconds) after `retries` failed attempts in a row: 50 ms doubling up to 500 ms, with
 * jitter. postgres.js's default grows to 20 s after a few refused attempts (an outage of a few seconds
 * is enough), which kept the pool away from a PostgreSQL that was already back.
 */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.05 * 2 ** Math.max(0, retries - 1), 0.5) * (0.75 + Math.random() / 4);
}

/** Opens a pool. Nothing connects until the first query. */
export function createDb(url: string, opts: DbOptions = {}): Sql {
  const connection: Record<string, string | number | boolean> = {
    application_name: opts.applicationName ?? 'trcr',
    TimeZone: 'UTC',
    DateStyle: 'ISO, MDY',
  };
  if (opts.statementTimeoutMs !== undefined) connection.statement_timeout = opts.statementTimeoutMs;
  if (opts.queryTimeoutMs !== undefined) {
    setQueryTimeout(opts.queryTimeoutMs);
    // A transaction whose client gave up on a query (the server was frozen, say) is left idle in it once
    // the server answers again: PostgreSQL ends such a session, so it cannot hold locks for long.
    connection.idle_in_transaction_session_timeout = Math.max(10_000, 2 * opts.queryTimeoutMs);
  }
  const hasMaxInUrl = /[?&]max=/.test(url);
  const options: postgresTypes.Options<Record<string, postgresTypes.PostgresType>> = {
    ...(hasMaxInUrl && opts.max === undefined ? {} : { max: opts.max ?? 10 }),
    idle_timeout: opts.idleTimeoutSeconds ?? 60,
    connect_timeout: (opts.connectTimeoutMs ?? 2000) / 1000,
    backoff: reconnectDelaySeconds,
    connection,
    onnotice: () => {},
    types: {
      // Only `parse` is given, so the built-in serializers (Date → ISO string) stay in place.
      trcr_timestamp: { to: OID_TIMESTAMPTZ, from: [OID_TIMESTAMPTZ, OID_TIMESTAMP], parse: parseTimestamp } as unknown as postgresTypes.PostgresType,
      trcr_date: { to: OID_DATE, from: [OID_DATE], parse: parseDate } as unknown as postgresTypes.PostgresType,
      trcr_number: { to: OID_NUMERIC, from: [OID_NUMERIC, OID_INT8], parse: parseNumber } as unknown as postgresTypes.PostgresType,
    },
    ...opts.extra,
  };
  const sql = postgres(url, options);
  installQueryDeadline(sql);
  return sql;
}

/** What the deadline needs of a postgres.js Query (a Promise subclass; not exported by the package). */
interface QueryInternals {
  executed: boolean;
  /** The backend the query was written to; null while it waits in the pool's queue. */
  state: unknown;
  resolve: (x: unknown) => void;
  reject: (err: unknown) => void;
  cancel(): unknown;
  handle: (this: QueryInternals) => Promise<void>;
}

/** Thrown when a query had no answer within the query timeout (code `QUERY_TIMEOUT`). */
export class QueryTimeoutError extends Error {
  readonly code = 'QUERY_TIMEOUT';
  constructor(ms: number) {
    super(`The database did not answer within ${ms} ms`);
    this.name = 'QueryTimeoutError';
  }
}

let queryTimeoutMs = 0;
let deadlineInstalled = false;

/**
 * Sets the process-wide client-side query timeout (ms; 0 = none). PostgreSQL's own `statement_timeout`
 * cannot fire while the server is frozen or unreachable, and postgres.js waits for ever for an answer
 * or for a free pool connection; with this bound the query is failed with {@link QueryTimeoutError}
 * instead (and taken off the pool's queue if it was still waiting there). A query already sent stays on
 * its connection until the server answers or the connection drops.
 */
export function setQueryTimeout(ms: number): void {
  queryTimeoutMs = ms;
}

/**
 * Wraps postgres.js's Query#handle (where every query starts, pool or transaction, awaited or
 * `.execute()`d) so that it is failed after `queryTimeoutMs`. Installed once per process, on the first pool.
 */
function installQueryDeadline(sql: Sql): void {
  if (deadlineInstalled) return;
  deadlineInstalled = true;
  const proto = Object.getPrototypeOf(sql`select 1`) as QueryInternals; // never awaited: nothing is sent
  const handle = proto.handle;
  proto.handle = function (this: QueryInternals) {
    const ms = queryTimeoutMs;
    if (!this.executed && ms > 0) {
      const resolve = this.resolve;
      const reject = this.reject;
      const timer = setTimeout(() => {
        reject(new QueryTimeoutError(ms));
        if (!this.state) this.cancel(); // still queued for a connection: take it off the queue
      }, ms);
      timer.unref();
      this.resolve = (x) => {
        clearTimeout(timer);
        resolve(x);
      };
      this.reject = (err) => {
        clearTimeout(timer);
        reject(err);
      };
    }
    return handle.call(this);
  };
}

export interface WaitForDatabaseOptions {
  /** Give up after this many seconds (DB_CONNECT_TIMEOUT_S). */
  timeoutSeconds: number;
  log?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  /** First delay between attempts (ms, default 500); doubles up to 5 s. */
  initialDelayMs?: number;
}

/** The database could not be reached at start within DB_CONNECT_TIMEOUT_S. */
export class DatabaseUnreachableError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

/** `host:port/database` of a PostgreSQL URL, without credentials (for logs). */
export function describeDbUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Start-up: runs `select 1` until it succeeds, retrying with backoff (0.5 s doubling to 5 s) while
 * the database is unavailable (refused, starting up, timing out…), one log line per failed attempt.
 * Errors that waiting cannot fix (wrong password, missing database) are thrown at once. After
 * `timeoutSeconds` it throws {@link DatabaseUnreachableError}.
 */
export async function waitForDatabase(db: Sql, url: string, opts: WaitForDatabaseOptions): Promise<void> {
  const started = Date.now();
  const deadline = started + opts.timeoutSeconds * 1000;
  let delay = opts.initialDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await db`select 1`;
      if (attempt > 1) opts.log?.info({ attempt, db: describeDbUrl(url) }, `database reachable after ${attempt} attempts`);
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const reason = (err as Error).message || String(err);
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new DatabaseUnreachableError(
          `Could not connect to PostgreSQL at ${describeDbUrl(url)} within DB_CONNECT_TIMEOUT_S=${opts.timeoutSeconds} s (${attempt} attempts; last error: ${reason})`,
          err,
        );
      }
      const wait = Math.min(delay, left);
      opts.log?.warn(
        { attempt, db: describeDbUrl(url), err: reason, retryInMs: wait },
        `database not reachable (attempt ${attempt}: ${reason}); retrying in ${(wait / 1000).toFixed(1)} s`,
      );
      await new Promise((r) => setTimeout(r, wait));
      delay = Math.min(delay * 2, 5000);
    }
  }
}

/** `url` with its database name replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(name);
  return u.toString();
}

function checkDbName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid database name: ${name}`);
}

async function withAdmin<T>(adminUrl: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
  // Connect to the maintenance database of the same server, whatever database the URL names.
  const sql = postgres(withDatabase(adminUrl, 'postgres'), { max: 1, onnotice: () => {}, connect_timeout: 10 }) as unknown as Sql;
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Creates database `name` (no error if it exists). Returns the URL of the new database. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  checkDbName(name);
  await withAdmin(adminUrl, async (sql) => {
    const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!exists) {
      try {
        await sql.unsafe(`create database "${name}"`);
      } catch (err) {
        if ((err as { code?: string }).code !== '42P04') throw err; // duplicate_database: created concurrently
      }
    }
  });
  return withDatabase(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting any sessions still attached. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  checkDbName(name);
  await withAdmin(adminUrl, async (sql) => {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
  });
}

/** SQLSTATE of a postgres error, if it is one. */
export function pgCode(err: unknown): string | undefined {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}
