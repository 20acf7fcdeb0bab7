/**
 * The process's shared services, built once at start (main.ts) and handed to every operation as
 * `ctx.svc`. Order: (embedded PostgreSQL) → pool → migrations (ours, then graphile-worker's schema) →
 * Redis → bus → rate limiter → mailer → job queue worker (last: its handlers get the finished services).
 * `close()` undoes it in reverse order (the worker first, gracefully and bounded) and is idempotent.
 */
import { createMemoryBus, createRedisBus, type EventBus } from './bus.js';
import type { Config } from './config.js';
import { createDb, describeDbUrl, postgresFixStatus, setQueryTimeout, waitForDatabase, type Sql } from './db.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded.js';
import { createJobs, installJobQueue, type Jobs, type JobTable } from './jobs.js';
import { createLogger, type Logger } from './logger.js';
import { createMailer, type Mailer } from './mail.js';
import { migrate } from './migrate.js';
import { createEventLog } from './outbox.js';
import { createLoginThrottle, type LoginThrottle } from './login-throttle.js';
import { createRateLimiter, type RateLimiter } from './ratelimit.js';
import { closeRedis, createRedis, waitForRedis, type Redis } from './redis.js';
import { createPresenceRegistry, type PresenceRegistry } from './presence.js';

export interface Services {
  config: Config;
  log: Logger;
  db: Sql;
  bus: EventBus;
  /** Per-user API limit (REST, GraphQL, MCP): `config.rateLimitPerMinute` per 60 s. Key it by user id (or IP when anonymous). */
  limiter: RateLimiter;
  /** Failed-login throttling per account, per address and per pair (`config.loginThrottle`). */
  loginThrottle: LoginThrottle;
  mailer: Mailer;
  /** The job queue's worker on this instance (`runNow` for tests); enqueue with `enqueue()` from jobs.ts. */
  jobs: Jobs;
  /** Shared command connection (null without REDIS_URL). Never use it for SUBSCRIBE. */
  redis: Redis | null;
  /** Prefix for this deployment's own Redis keys (`trcr`, or `trcr:<namespace>` in tests sharing a Redis). */
  keyPrefix: string;
  /** Open sockets per user across instances and the status they chose (presence.ts; src/domain/presence/). */
  presence: PresenceRegistry;
  close(): Promise<void>;
}

export interface CreateServicesOptions {
  logger?: Logger;
  /** Skip migrations (default: run them). */
  migrate?: boolean;
  /** Pool size (default 10). */
  dbMax?: number;
  /** The job queue's handlers and crontab (src/jobs.ts); without it this instance runs no jobs. */
  jobTable?: JobTable<Services>;
  /** How often the worker looks for jobs that became due without a notification (ms, default 2000). */
  jobPollIntervalMs?: number;
  /** Called with the text of every SQL statement sent (query counting in tests and benches). */
  onQuery?: (sql: string) => void;
  /** Suffix for the Redis bus channel and rate-limit keys, so servers sharing a Redis can be isolated (tests). */
  namespace?: string;
}

export async function createServices(config: Config, opts: CreateServicesOptions = {}): Promise<Services> {
  const log = opts.logger ?? createLogger(config);
  const cleanups: (() => Promise<void>)[] = [];
  const closeAll = async (): Promise<void> => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        log.warn({ err }, 'error while closing services');
      }
    }
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const embedded: EmbeddedPostgresHandle = await startEmbeddedPostgres(config.dataDir, { log });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.url;
    }

    const onQuery = opts.onQuery;
    const db = createDb(databaseUrl, {
      ...(opts.dbMax !== undefined ? { max: opts.dbMax } : {}),
      connectTimeoutMs: config.dbConnectAttemptTimeoutMs,
      statementTimeoutMs: config.dbStatementTimeoutMs,
      queryTimeoutMs: config.dbQueryTimeoutMs,
      ...(onQuery ? { extra: { debug: (_conn: number, query: string) => onQuery(query) } } : {}),
    });
    cleanups.push(() => db.end({ timeout: 5 }));
    if (postgresFixStatus() !== 'applied') {
      log.warn({ status: postgresFixStatus() }, 'postgres.js write-scheduler repair not applied (see src/platform/postgres-fix.ts)');
    }
    // An external PostgreSQL may come up after us (compose, restarts): wait for it, bounded.
    if (config.databaseUrl) {
      log.info({ db: describeDbUrl(databaseUrl) }, 'connecting to PostgreSQL');
      await waitForDatabase(db, databaseUrl, { timeoutSeconds: config.dbConnectTimeoutS, log });
    }
    if (opts.migrate !== false) {
      // Migrations may take longer than a request's query timeout (index builds): none while they run.
      setQueryTimeout(0);
      const applied = await migrate(db, undefined, { log }).finally(() => setQueryTimeout(config.dbQueryTimeoutMs));
      if (applied.length === 0) log.debug('database schema up to date');
      await installJobQueue(databaseUrl, log);
    }

    let redis: Redis | null = null;
    let bus: EventBus;
    if (config.redisUrl) {
      const client = createRedis(config.redisUrl, { log, name: 'trcr' });
      redis = client;
      cleanups.push(() => closeRedis(client));
      if (!(await waitForRedis(client, 3000))) {
        log.warn('redis not reachable at start: continuing; rate limits fall back to memory and events stay local until it is');
      }
      const redisBus = createRedisBus(config.redisUrl, {
        log,
        instanceId: config.instanceId,
        publisher: client,
        outbox: createEventLog(db),
        ...(opts.namespace ? { channel: `trcr:events:${opts.namespace}` } : {}),
      });
      bus = redisBus;
      cleanups.push(() => redisBus.close());
    } else {
      bus = createMemoryBus({ log });
      cleanups.push(() => bus.close());
    }

    const limiter = createRateLimiter({
      points: config.rateLimitPerMinute,
      durationSeconds: 60,
      redis,
      keyPrefix: opts.namespace ? `trcr:rl:api:${opts.namespace}` : 'trcr:rl:api',
      log,
    });

    const keyPrefix = opts.namespace ? `trcr:${opts.namespace}` : 'trcr';
    const loginThrottle = createLoginThrottle({ config: config.loginThrottle, redis, keyPrefix, log });

    const presence = createPresenceRegistry({
      redis,
      keyPrefix,
      instanceId: config.instanceId,
      heartbeatMs: config.presenceHeartbeatMs,
      ttlMs: config.presenceTtlMs,
      log,
    });
    cleanups.push(() => presence.close());

    const mailer = createMailer({ db, config, log });
    cleanups.push(() => mailer.close());

    let services: Services | undefined = undefined;
    const jobs = createJobs<Services>({
      connectionString: databaseUrl,
      db,
      log,
      table: opts.jobTable ?? { tasks: {}, crontab: [] },
      services: () => services!,
      concurrency: config.jobConcurrency,
      ...(opts.jobPollIntervalMs !== undefined ? { pollIntervalMs: opts.jobPollIntervalMs } : {}),
    });
    cleanups.push(() => jobs.stop());

    let closing: Promise<void> | undefined;
    services = {
      config,
      log,
      db,
      bus,
      limiter,
      loginThrottle,
      mailer,
      jobs,
      redis,
      keyPrefix,
      presence,
      close() {
        closing ??= closeAll();
        return closing;
      },
    };
    if (opts.jobTable) await jobs.start();
    return services;
  } catch (err) {
    await closeAll();
    throw err;
  }
}
