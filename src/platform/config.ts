/**
 * Process configuration, read once at start from the environment (12-factor), with typed overrides
 * for tests. Invalid values throw a `ConfigError` naming the variable, so a bad deploy fails at
 * start rather than at the first request.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; unset = start an embedded PostgreSQL under `${dataDir}/pg`. */
  databaseUrl?: string;
  /**
   * Start-up with DATABASE_URL: keep retrying to reach PostgreSQL (backoff 0.5 s doubling to 5 s, a log
   * line per attempt) for this many seconds, then exit 1 (`DB_CONNECT_TIMEOUT_S`, default 60).
   */
  dbConnectTimeoutS: number;
  /** Opening one connection (TCP, start-up, authentication) fails after this many ms (`DB_CONNECT_ATTEMPT_TIMEOUT_MS`, default 2000). */
  dbConnectAttemptTimeoutMs: number;
  /** PostgreSQL's `statement_timeout` for every session, in ms (`DB_STATEMENT_TIMEOUT_MS`, default 5000). */
  dbStatementTimeoutMs: number;
  /** Jobs of the job queue one instance runs at once (`JOB_CONCURRENCY`, default 4). */
  jobConcurrency: number;
  /**
   * Client-side bound on one query, in ms, from handing it to the pool (waiting for a free connection
   * included) to its answer (`DB_QUERY_TIMEOUT_MS`, default DB_STATEMENT_TIMEOUT_MS + 1000): what bounds a
   * request while PostgreSQL is frozen or unreachable. The request then answers `SERVICE_UNAVAILABLE`.
   */
  dbQueryTimeoutMs: number;
  /** Redis URL; unset = in-process bus and rate-limit counters (single instance). */
  redisUrl?: string;
  dataDir: string;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  /** Public base URL without a trailing slash, e.g. `http://localhost:8080`. */
  publicUrl: string;
  /** SMTP URL (`smtp://user:pass@host:587`); unset = mail is written as `.eml` files under `${dataDir}/mail`. */
  smtpUrl?: string;
  mailFrom: string;
  rateLimitPerMinute: number;
  /** GraphQL: a query stops after this long (ms) and answers QUERY_TOO_COMPLEX. */
  graphqlTimeoutMs: number;
  /** GraphQL: an answer larger than this (bytes of JSON) is not sent; QUERY_TOO_COMPLEX instead. */
  graphqlMaxResponseBytes: number;
  wsMessagesPerMinute: number;
  wsMaxConnectionsPerUser: number;
  wsMaxMessageBytes: number;
  wsAuthTimeoutMs: number;
  wsPingIntervalMs: number;
  /**
   * Presence across instances (src/platform/presence.ts): each instance refreshes its heartbeat every
   * `presenceHeartbeatMs` (PRESENCE_HEARTBEAT_MS, 5 s); an instance whose heartbeat is older than `presenceTtlMs`
   * (PRESENCE_TTL_MS, 20 s) is dead, and a live one takes its sockets off (their users go offline): within
   * TTL + heartbeat = 25 s by default, well under a minute.
   */
  presenceHeartbeatMs: number;
  presenceTtlMs: number;
  wsPongTimeoutMs: number;
  wsIdleTimeoutMs: number;
  /**
   * A WebSocket (/ws, graphql-ws, the relay socket) whose unsent data passes this many bytes is closed as a
   * slow consumer (`WS_MAX_BUFFERED_BYTES`, default 1 MiB), so a client that stops reading cannot make the
   * server buffer without bound.
   */
  wsMaxBufferedBytes: number;
  /**
   * Graceful shutdown: how long in-flight HTTP requests may take to finish before their connections are cut
   * (`SHUTDOWN_TIMEOUT_MS`, default 10 s). The process exits at the latest 5 s after this bound.
   */
  shutdownTimeoutMs: number;
  /**
   * Allowed `Origin` values for /mcp. Entries are exact origins, `scheme://host:*` (any port) or `*`.
   * The effective list: MCP_ALLOWED_ORIGINS (or its default) plus every `corsOrigins` entry, since an
   * origin trusted for browser calls to the API is trusted for /mcp as well.
   */
  mcpAllowedOrigins: string[];
  /**
   * Browser origins allowed to call /api/v1, /graphql and /mcp cross-origin (`CORS_ORIGINS`,
   * comma-separated). Entries are exact origins (`https://app.example.com`) or `scheme://host:*`
   * (any port); `*` is refused. Empty (the default) = no CORS headers at all.
   */
  corsOrigins: string[];
  logLevel: string;
  /**
   * Behind a load balancer or reverse proxy (`TRUST_PROXY=1`): take the client address from
   * `X-Forwarded-For`, so anonymous calls are rate-limited per client rather than per proxy.
   */
  trustProxy: boolean;
  /** Identifies this process in logs and on the bus (`INSTANCE_ID`, default `<hostname>-<pid>-<random>`). */
  instanceId: string;
  /** Team relay: requests per minute per machine token (`RELAY_RATE_LIMIT_PER_MINUTE`, default 60, as teamrc). */
  relayRateLimitPerMinute: number;
  /** Team relay: mount `POST /api/test/setup` (`RELAY_TEST_HOOKS=1`); never in production. */
  relayTestHooks: boolean;
  /**
   * Seconds after a refresh token's rotation during which presenting it again (a concurrent refresh from
   * another tab) returns a fresh pair of the same session instead of revoking it (`REFRESH_REUSE_GRACE_SECONDS`, default 10).
   */
  refreshReuseGraceSeconds: number;
  /** Login throttling (src/platform/login-throttle.ts; numbers documented on `auth.login`). */
  loginThrottle: LoginThrottleConfig;
}

/** Failed-login limits: see `auth.login` in specs/openapi/paths/auth.yaml and the README. */
export interface LoginThrottleConfig {
  /** Consecutive failures for one account from one address before that pair is blocked (`LOGIN_MAX_FAILURES_PER_ADDRESS`, 5). */
  failuresPerAccountAddress: number;
  /** First block of an (account, address) pair, doubled with each further block (`LOGIN_BLOCK_SECONDS`, 60). */
  blockSeconds: number;
  /** Longest block of an (account, address) pair (`LOGIN_MAX_BLOCK_SECONDS`, 3600). */
  maxBlockSeconds: number;
  /**
   * Failures for one account from all addresses within an hour before addresses that have not signed in to it
   * successfully in the last 30 days are refused for the rest of that hour (`LOGIN_MAX_FAILURES_PER_ACCOUNT`, 50).
   */
  failuresPerAccount: number;
  /** Failures from one address for any accounts within an hour before the address is blocked for an hour (`LOGIN_MAX_FAILURES_PER_ADDRESS_ALL`, 100). */
  failuresPerAddress: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(`Invalid configuration: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const MIN_JWT_SECRET_LENGTH = 32;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

function int(env: Env, name: string, def: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = str(env, name);
  if (raw === undefined) return def;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function checkInt(name: string, n: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got ${String(n)}`);
  }
  return n;
}

function checkUrl(name: string, value: string | undefined, protocols: string[]): string | undefined {
  if (value === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(u.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${u.protocol}"`);
  }
  return value;
}

/**
 * Reads `${dataDir}/jwt-secret`, or creates it (32 random bytes, base64url, mode 0600) so that a
 * restart keeps issued sessions valid. Safe when several processes start together (exclusive create).
 */
export function loadOrCreateJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_JWT_SECRET_LENGTH) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Another process created it first (or the old one was too short: replace it).
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_JWT_SECRET_LENGTH) return existing;
    fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
    return secret;
  }
}

/** The default MCP origin allow-list: the public URL's origin plus loopback origins on any port. */
export function defaultMcpOrigins(publicUrl: string): string[] {
  const list = [
    new URL(publicUrl).origin,
    'http://localhost:*',
    'http://127.0.0.1:*',
    'http://[::1]:*',
    'https://localhost:*',
    'https://127.0.0.1:*',
  ];
  return [...new Set(list)];
}

/**
 * True when `origin` (an `Origin` header value) matches one of `patterns`: an exact origin,
 * `scheme://host:*` (that host on any port, or none) or `*`.
 */
export function originAllowed(origin: string | undefined | null, patterns: readonly string[]): boolean {
  if (!origin) return false;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  const normalized = o.origin;
  for (const p of patterns) {
    if (p === '*') return true;
    if (p.endsWith(':*')) {
      const base = p.slice(0, -2); // scheme://host
      const host = o.port ? normalized.slice(0, normalized.length - o.port.length - 1) : normalized;
      if (host === base) return true;
    } else if (p === normalized || p === origin) {
      return true;
    }
  }
  return false;
}

/**
 * Checks and normalizes a CORS allow-list: each entry an http(s) origin without path, query or
 * fragment (`https://App.example.com:443/` → `https://app.example.com`), or `scheme://host:*`.
 */
export function parseCorsOrigins(name: string, entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().replace(/\/+$/, '');
    if (entry === '') continue;
    if (entry === '*') {
      throw new ConfigError(`${name} must list origins; "*" is not accepted (it would also open /mcp to every site)`);
    }
    const anyPort = entry.endsWith(':*');
    let u: URL;
    try {
      u = new URL(anyPort ? entry.slice(0, -2) : entry);
    } catch {
      throw new ConfigError(`${name}: "${entry}" is not an origin like https://app.example.com`);
    }
    if (
      (u.protocol !== 'http:' && u.protocol !== 'https:') ||
      u.pathname !== '/' ||
      u.search ||
      u.hash ||
      u.username ||
      u.password ||
      (anyPort && u.port)
    ) {
      throw new ConfigError(`${name}: "${entry}" is not an origin like https://app.example.com (scheme, host and optional port only)`);
    }
    out.push(anyPort ? `${u.origin}:*` : u.origin);
  }
  return [...new Set(out)];
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (1/0), got "${raw}"`);
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const port = overrides.port ?? int(env, 'PORT', 8080, 0, 65535);
  checkInt('port', port, 0, 65535);
  const host = overrides.host ?? str(env, 'HOST') ?? '0.0.0.0';
  const dataDir = path.resolve(overrides.dataDir ?? str(env, 'DATA_DIR') ?? './.data');

  const databaseUrl =
    'databaseUrl' in overrides ? overrides.databaseUrl : checkUrl('DATABASE_URL', str(env, 'DATABASE_URL'), ['postgres:', 'postgresql:']);
  const redisUrl = 'redisUrl' in overrides ? overrides.redisUrl : checkUrl('REDIS_URL', str(env, 'REDIS_URL'), ['redis:', 'rediss:']);
  const smtpUrl = 'smtpUrl' in overrides ? overrides.smtpUrl : checkUrl('SMTP_URL', str(env, 'SMTP_URL'), ['smtp:', 'smtps:']);

  let publicUrl = overrides.publicUrl ?? checkUrl('PUBLIC_URL', str(env, 'PUBLIC_URL'), ['http:', 'https:']) ?? `http://localhost:${port}`;
  publicUrl = publicUrl.replace(/\/+$/, '');

  const jwtSecret = overrides.jwtSecret ?? str(env, 'JWT_SECRET') ?? loadOrCreateJwtSecret(dataDir);
  if (jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }

  const logLevel = overrides.logLevel ?? str(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const mcpEnv = str(env, 'MCP_ALLOWED_ORIGINS');
  const mcpAllowedOrigins =
    overrides.mcpAllowedOrigins ??
    (mcpEnv
      ? mcpEnv
          .split(',')
          .map((s) => s.trim().replace(/\/+$/, ''))
          .filter(Boolean)
      : defaultMcpOrigins(publicUrl));
  const corsOrigins = overrides.corsOrigins
    ? parseCorsOrigins('corsOrigins', overrides.corsOrigins)
    : parseCorsOrigins('CORS_ORIGINS', (str(env, 'CORS_ORIGINS') ?? '').split(','));

  const dbStatementTimeoutMs = checkInt('dbStatementTimeoutMs', overrides.dbStatementTimeoutMs ?? int(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 1), 1);
  const cfg: Config = {
    port,
    dbConnectTimeoutS: checkInt('dbConnectTimeoutS', overrides.dbConnectTimeoutS ?? int(env, 'DB_CONNECT_TIMEOUT_S', 60, 0), 0),
    dbConnectAttemptTimeoutMs: checkInt(
      'dbConnectAttemptTimeoutMs',
      overrides.dbConnectAttemptTimeoutMs ?? int(env, 'DB_CONNECT_ATTEMPT_TIMEOUT_MS', 2000, 1),
      1,
    ),
    dbStatementTimeoutMs,
    jobConcurrency: checkInt('jobConcurrency', overrides.jobConcurrency ?? int(env, 'JOB_CONCURRENCY', 4, 1), 1),
    dbQueryTimeoutMs: checkInt('dbQueryTimeoutMs', overrides.dbQueryTimeoutMs ?? int(env, 'DB_QUERY_TIMEOUT_MS', dbStatementTimeoutMs + 1000, 1), 1),
    host,
    dataDir,
    jwtSecret,
    jwtIssuer: overrides.jwtIssuer ?? str(env, 'JWT_ISSUER') ?? 'trcr',
    jwtAudience: overrides.jwtAudience ?? str(env, 'JWT_AUDIENCE') ?? 'trcr-api',
    publicUrl,
    mailFrom: overrides.mailFrom ?? str(env, 'MAIL_FROM') ?? 'TRCR <no-reply@trcr.local>',
    rateLimitPerMinute: checkInt('rateLimitPerMinute', overrides.rateLimitPerMinute ?? int(env, 'RATE_LIMIT_PER_MINUTE', 100, 1), 1),
    graphqlTimeoutMs: checkInt('graphqlTimeoutMs', overrides.graphqlTimeoutMs ?? int(env, 'GRAPHQL_TIMEOUT_MS', 10_000, 1), 1),
    graphqlMaxResponseBytes: checkInt(
      'graphqlMaxResponseBytes',
      overrides.graphqlMaxResponseBytes ?? int(env, 'GRAPHQL_MAX_RESPONSE_BYTES', 5 * 1024 * 1024, 1),
      1,
    ),
    wsMessagesPerMinute: checkInt('wsMessagesPerMinute', overrides.wsMessagesPerMinute ?? int(env, 'WS_MESSAGES_PER_MINUTE', 60, 1), 1),
    wsMaxConnectionsPerUser: checkInt(
      'wsMaxConnectionsPerUser',
      overrides.wsMaxConnectionsPerUser ?? int(env, 'WS_MAX_CONNECTIONS_PER_USER', 5, 1),
      1,
    ),
    wsMaxMessageBytes: checkInt('wsMaxMessageBytes', overrides.wsMaxMessageBytes ?? int(env, 'WS_MAX_MESSAGE_BYTES', 65536, 1), 1),
    wsAuthTimeoutMs: checkInt('wsAuthTimeoutMs', overrides.wsAuthTimeoutMs ?? int(env, 'WS_AUTH_TIMEOUT_MS', 10_000, 1), 1),
    wsPingIntervalMs: checkInt('wsPingIntervalMs', overrides.wsPingIntervalMs ?? int(env, 'WS_PING_INTERVAL_MS', 30_000, 1), 1),
    presenceHeartbeatMs: checkInt('presenceHeartbeatMs', overrides.presenceHeartbeatMs ?? int(env, 'PRESENCE_HEARTBEAT_MS', 5_000, 10), 10),
    presenceTtlMs: checkInt('presenceTtlMs', overrides.presenceTtlMs ?? int(env, 'PRESENCE_TTL_MS', 20_000, 20), 20),
    wsPongTimeoutMs: checkInt('wsPongTimeoutMs', overrides.wsPongTimeoutMs ?? int(env, 'WS_PONG_TIMEOUT_MS', 10_000, 1), 1),
    wsIdleTimeoutMs: checkInt('wsIdleTimeoutMs', overrides.wsIdleTimeoutMs ?? int(env, 'WS_IDLE_TIMEOUT_MS', 300_000, 1), 1),
    wsMaxBufferedBytes: checkInt('wsMaxBufferedBytes', overrides.wsMaxBufferedBytes ?? int(env, 'WS_MAX_BUFFERED_BYTES', 1_048_576, 1), 1),
    shutdownTimeoutMs: checkInt('shutdownTimeoutMs', overrides.shutdownTimeoutMs ?? int(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0), 0),
    // An origin allowed for CORS also passes the /mcp Origin check (see Config.mcpAllowedOrigins).
    mcpAllowedOrigins: [...new Set([...mcpAllowedOrigins, ...corsOrigins])],
    corsOrigins,
    logLevel,
    trustProxy: overrides.trustProxy ?? bool(env, 'TRUST_PROXY', false),
    instanceId: overrides.instanceId ?? str(env, 'INSTANCE_ID') ?? `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    relayRateLimitPerMinute: checkInt(
      'relayRateLimitPerMinute',
      overrides.relayRateLimitPerMinute ?? int(env, 'RELAY_RATE_LIMIT_PER_MINUTE', 60, 1),
      1,
    ),
    relayTestHooks: overrides.relayTestHooks ?? bool(env, 'RELAY_TEST_HOOKS', false),
    refreshReuseGraceSeconds: checkInt(
      'refreshReuseGraceSeconds',
      overrides.refreshReuseGraceSeconds ?? int(env, 'REFRESH_REUSE_GRACE_SECONDS', 10, 0, 60),
      0,
      60,
    ),
    loginThrottle: overrides.loginThrottle ?? {
      failuresPerAccountAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 5, 1),
      blockSeconds: int(env, 'LOGIN_BLOCK_SECONDS', 60, 1),
      maxBlockSeconds: int(env, 'LOGIN_MAX_BLOCK_SECONDS', 3600, 1),
      failuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 50, 1),
      failuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS_ALL', 100, 1),
    },
  };
  if (databaseUrl !== undefined) cfg.databaseUrl = databaseUrl;
  if (redisUrl !== undefined) cfg.redisUrl = redisUrl;
  if (smtpUrl !== undefined) cfg.smtpUrl = smtpUrl;
  return cfg;
}
