/**
 * The job queue (DESIGN §3: periodic and deferred work): graphile-worker on the application's own
 * PostgreSQL, shared by every instance.
 *
 * - `installJobQueue(url)` installs or upgrades graphile-worker's schema (`graphile_worker`); Services
 *   does it right after our own migrations, so `add_job` exists before the first request.
 * - `enqueue(sql, identifier, payload, { runAt, jobKey })` calls `graphile_worker.add_job` on the
 *   caller's postgres.js connection or transaction: a rolled-back change enqueues nothing. A `jobKey`
 *   keeps one pending job per key (adding again replaces its payload and run_at); `removeJob` drops it.
 * - `createJobs(...)` runs the worker (a `pg` pool of its own, built from the same connection string)
 *   with the handlers and crontab of one table (src/jobs.ts). graphile-worker's crontab is safe with
 *   several instances: each tick is enqueued once (job key per tick in `known_crontabs`).
 * - A database outage never ends the process: the pool's and the worker's errors are logged, and a
 *   runner that gives up is started again after a pause until `stop()`.
 * - `runNow(identifier, payload)` enqueues a job for now and resolves once some instance has run it
 *   (tests run a periodic task this way instead of waiting for its minute).
 */
import pg from 'pg';
import { Logger as WorkerLogger, parseCronItems, run, runMigrations, type CronItem, type Runner, type TaskList } from 'graphile-worker';
import type { AnySql, postgres } from './db.js';
import { isDatabaseUnavailable } from './db-errors.js';
import type { Logger } from './logger.js';

/** A job as its handler sees it. */
export interface JobInfo {
  id: string;
  identifier: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  key: string | null;
}

/** A task handler: what one job of `identifier` does. Throwing fails the attempt (retried with backoff). */
export type JobHandler<S> = (svc: S, payload: Record<string, unknown>, job: JobInfo) => Promise<void>;

/** The one table of task handlers and periodic entries. */
export interface JobTable<S> {
  tasks: Record<string, JobHandler<S>>;
  /** graphile-worker crontab entries: five-field `match` in UTC, `task` one of `tasks`. */
  crontab: { task: string; match: string; identifier?: string; payload?: Record<string, unknown> }[];
}

export interface EnqueueOptions {
  /** When it may run (default: now). */
  runAt?: Date | string | undefined;
  /** At most one pending job per key: adding again replaces the pending one (a running one is left to finish). */
  jobKey?: string | undefined;
  maxAttempts?: number | undefined;
}

/** Adds a job in `sql`'s transaction (or on its own on the pool). Returns the job id. */
export async function enqueue(sql: AnySql, identifier: string, payload: Record<string, unknown> = {}, opts: EnqueueOptions = {}): Promise<string> {
  const runAt = opts.runAt === undefined ? null : typeof opts.runAt === 'string' ? opts.runAt : opts.runAt.toISOString();
  const [row] = await sql<{ id: string }[]>`
    select (graphile_worker.add_job(
      identifier => ${identifier},
      payload => ${sql.json(payload as postgres.JSONValue)}::json,
      run_at => ${runAt}::timestamptz,
      max_attempts => ${opts.maxAttempts ?? null}::int,
      job_key => ${opts.jobKey ?? null}::text
    )).id::text as id`;
  return row!.id;
}

/** Removes the pending job with `jobKey` (a running one finishes but is not retried). */
export async function removeJob(sql: AnySql, jobKey: string): Promise<void> {
  await sql`select graphile_worker.remove_job(${jobKey})`;
}

export interface Jobs {
  /** Starts the worker with the table's handlers and crontab (Services calls it last). */
  start(): Promise<void>;
  /** Enqueues `identifier` for now and waits until an instance ran it; rejects with its error if it failed. */
  runNow(identifier: string, payload?: Record<string, unknown>, opts?: { timeoutMs?: number }): Promise<void>;
  /** Graceful: running jobs get `gracefulMs` to finish, then they are aborted; bounded. Idempotent. */
  stop(): Promise<void>;
}

export interface JobsOptions<S> {
  connectionString: string;
  db: AnySql;
  log: Logger;
  table: JobTable<S>;
  /** The services handed to every handler (resolved when the first job runs). */
  services: () => S;
  /** Jobs run at once per instance (default 4). */
  concurrency?: number;
  /** How often the worker looks for jobs that became due without a notification (ms, default 2000). */
  pollIntervalMs?: number;
  /** How long stop() lets running jobs finish (ms, default 5000). */
  gracefulMs?: number;
}

/** graphile-worker's log lines through our logger (its `debug` is very chatty: kept at debug). */
function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const obj = { ...scope, ...(meta ?? {}) };
    if (level === 'error') log.error(obj, `jobs: ${message}`);
    else if (level === 'warning') log.warn(obj, `jobs: ${message}`);
    else if (level === 'info') log.info(obj, `jobs: ${message}`);
    else log.debug(obj, `jobs: ${message}`);
  });
}

/** A `pg` pool for graphile-worker whose idle-client errors (the server went away) are logged, not thrown. */
function createWorkerPool(connectionString: string, max: number, log: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'trcr-jobs', connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  pool.on('error', (err) => log.warn({ err: err.message }, 'jobs: database connection lost'));
  pool.on('connect', (client) => {
    client.on('error', (err) => log.warn({ err: err.message }, 'jobs: database connection error'));
  });
  return pool;
}

/** Installs or upgrades graphile-worker's schema on the database at `connectionString`. */
export async function installJobQueue(connectionString: string, log: Logger): Promise<void> {
  const pool = createWorkerPool(connectionString, 2, log);
  try {
    await runMigrations({ pgPool: pool, logger: workerLogger(log) });
  } finally {
    await pool.end();
  }
}

export function createJobs<S>(opts: JobsOptions<S>): Jobs {
  const { log, table } = opts;
  const concurrency = opts.concurrency ?? 4;
  let pool: pg.Pool | null = null;
  let runner: Runner | null = null;
  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;

  const taskList: TaskList = {};
  for (const [identifier, handler] of Object.entries(table.tasks)) {
    taskList[identifier] = async (payload, helpers) => {
      const job = helpers.job;
      const running = handler(opts.services(), (payload ?? {}) as Record<string, unknown>, {
        id: String(job.id),
        identifier,
        attempts: job.attempts,
        maxAttempts: job.max_attempts,
        runAt: job.run_at,
        key: job.key,
      });
      // On shutdown a job that overruns the grace period fails (and is retried later, by any instance), so the
      // worker stops in bounded time; what the handler still does runs in its own transaction, and every
      // handler is written to be run again safely.
      running.catch(() => {});
      await Promise.race([running, helpers.abortPromise]);
    };
  }
  for (const item of table.crontab) {
    if (!table.tasks[item.task]) throw new Error(`crontab names an unknown task: ${item.task}`);
  }
  const cronItems: CronItem[] = table.crontab.map((c) => ({
    task: c.task,
    match: c.match,
    identifier: c.identifier ?? c.task,
    // A missed tick (every instance down) is not replayed: the next one does the same work.
    options: { backfillPeriod: 0, jobKey: `cron:${c.identifier ?? c.task}` },
    ...(c.payload ? { payload: c.payload } : {}),
  }));

  async function startRunner(): Promise<void> {
    pool ??= createWorkerPool(opts.connectionString, concurrency + 3, log);
    const r = await run({
      pgPool: pool,
      taskList,
      parsedCronItems: parseCronItems(cronItems),
      concurrency,
      noHandleSignals: true,
      pollInterval: opts.pollIntervalMs ?? 2000,
      gracefulShutdownAbortTimeout: opts.gracefulMs ?? 5000,
      logger: workerLogger(log),
    });
    runner = r;
    r.promise.then(
      () => {
        if (runner === r) runner = null;
      },
      (err: unknown) => {
        if (runner === r) runner = null;
        if (stopped) return;
        // The worker gave up (e.g. the database was gone too long): start again after a pause.
        log.warn({ err: err instanceof Error ? err.message : String(err) }, 'jobs: worker stopped; restarting');
        scheduleRestart();
      },
    );
  }

  function scheduleRestart(delayMs = 2000): void {
    if (stopped || restartTimer) return;
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopped) return;
      startRunner().catch((err: unknown) => {
        if (isDatabaseUnavailable(err)) log.warn({ err: (err as Error).message }, 'jobs: database unavailable; retrying');
        else log.error({ err }, 'jobs: starting the worker failed; retrying');
        scheduleRestart(Math.min(delayMs * 2, 30_000));
      });
    }, delayMs);
    restartTimer.unref();
  }

  async function waitForJob(id: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await opts.db<{ attempts: number; last_error: string | null; locked_at: string | null }[]>`
        select attempts, last_error, locked_at from graphile_worker.jobs where id = ${id}::bigint`;
      // A job that succeeded is deleted; one that failed keeps its error (and waits for its retry).
      if (!row) return;
      if (row.last_error && !row.locked_at) throw new Error(`job ${id} failed: ${row.last_error}`);
      if (Date.now() > deadline) throw new Error(`job ${id} did not run within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  return {
    async start() {
      if (stopped || runner) return;
      await startRunner();
    },
    async runNow(identifier, payload = {}, o = {}) {
      const id = await enqueue(opts.db, identifier, payload);
      await waitForJob(id, o.timeoutMs ?? 15_000);
    },
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearTimeout(restartTimer);
        const r = runner;
        if (r) {
          // graphile-worker's graceful stop waits for running jobs, then aborts them; bound it regardless.
          const bound = (opts.gracefulMs ?? 5000) + 2000;
          let timer: NodeJS.Timeout | undefined;
          const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), bound)));
          const result = await Promise.race([r.stop().then(() => 'stopped' as const), timedOut]).catch((err: unknown) => {
            log.warn({ err }, 'jobs: stopping the worker failed');
            return 'failed' as const;
          });
          clearTimeout(timer);
          if (result !== 'stopped') await r.kill().catch(() => {});
        }
        if (pool) await pool.end().catch((err: unknown) => log.warn({ err }, 'jobs: closing the pool failed'));
      })();
      return stopping;
    },
  };
}
