/**
 * PostgreSQL access through porsager `postgres`, configured so rows come back wire-ready:
 *   timestamptz / timestamp → `2026-03-28T14:30:00Z` (UTC, whole seconds), date → `2026-03-28`,
 *   numeric and int8 → number.
 * Parsing timestamps into Date objects is the largest per-row cost in postgres.js (measured ≈43 %
 * of a 25-row list query on this box), so the parser slices the ISO text the server sends instead.
 */
import postgres from 'postgres';
import { rfc3339 } from './time.js';

// postgres' default type argument (no custom types at the type level): the parsers below are registered at run time only.
export type Sql = postgres.Sql;
export type TxSql = postgres.TransactionSql;
/** Either the pool or a transaction: what query helpers accept (the one name for it). */
export type AnySql = postgres.ISql;
export type PostgresError = postgres.PostgresError;
export { postgres };

export interface DbOptions {
  /** Pool size (default 10, or `?max=` in the URL). */
  max?: number;
  /** Close idle connections after this many seconds (default 60; 0 = never). */
  idleTimeoutSeconds?: number;
  /** Give up connecting after this many seconds (default 10). */
  connectTimeoutSeconds?: number;
  /** `application_name` shown in pg_stat_activity (default `trcr`). */
  applicationName?: string;
  /** Abort statements running longer than this (ms); unset = server default. */
  statementTimeoutMs?: number;
  /** Extra postgres() options (advanced; applied last). */
  extra?: postgres.Options<Record<string, never>>;
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

/** Opens a pool. Nothing connects until the first query. */
export function createDb(url: string, opts: DbOptions = {}): Sql {
  const connection: Record<string, string | number | boolean> = {
    application_name: opts.applicationName ?? 'trcr',
    TimeZone: 'UTC',
    DateStyle: 'ISO, MDY',
  };
  if (opts.statementTimeoutMs !== undefined) connection.statement_timeout = opts.statementTimeoutMs;
  const hasMaxInUrl = /[?&]max=/.test(url);
  const options: postgres.Options<Record<string, postgres.PostgresType>> = {
    ...(hasMaxInUrl && opts.max === undefined ? {} : { max: opts.max ?? 10 }),
    idle_timeout: opts.idleTimeoutSeconds ?? 60,
    connect_timeout: opts.connectTimeoutSeconds ?? 10,
    connection,
    onnotice: () => {},
    types: {
      // Only `parse` is given, so the built-in serializers (Date → ISO string) stay in place.
      trcr_timestamp: { to: OID_TIMESTAMPTZ, from: [OID_TIMESTAMPTZ, OID_TIMESTAMP], parse: parseTimestamp } as unknown as postgres.PostgresType,
      trcr_date: { to: OID_DATE, from: [OID_DATE], parse: parseDate } as unknown as postgres.PostgresType,
      trcr_number: { to: OID_NUMERIC, from: [OID_NUMERIC, OID_INT8], parse: parseNumber } as unknown as postgres.PostgresType,
    },
    ...opts.extra,
  };
  return postgres(url, options);
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
