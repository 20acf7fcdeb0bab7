/**
 * The job queue (src/platform/jobs.ts on graphile-worker): enqueue joins the caller's transaction, handlers
 * come from one table, crontab entries are registered, runNow runs a task at once and reports its failure,
 * stop() is bounded even while a job hangs, and two instances run a job once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobs, enqueue, type JobTable } from '../../src/platform/jobs.js';
import { silentLogger } from '../../src/platform/logger.js';
import type { Services } from '../../src/platform/services.js';
import { createTestServices } from '../../src/platform/testing.js';
import { withTx } from '../../src/platform/tx.js';

const runs: { task: string; payload: unknown; svc: unknown }[] = [];
let release: () => void = () => {};

const table: JobTable<Services> = {
  tasks: {
    record: (svc, payload) => {
      runs.push({ task: 'record', payload, svc });
      return Promise.resolve();
    },
    fail: () => Promise.reject(new Error('it broke')),
    hang: () =>
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    tick: async () => {},
  },
  crontab: [{ task: 'tick', match: '*/5 * * * *' }],
};

let svc: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
  svc = await createTestServices({ prefix: 'jobs', jobTable: table, jobPollIntervalMs: 100 });
});
afterAll(async () => {
  release();
  await svc?.close();
});

describe('job queue', () => {
  it('enqueue joins the caller transaction: a rollback enqueues nothing, a commit enqueues and the worker runs it', async () => {
    await expect(
      withTx(svc, async (sql) => {
        await enqueue(sql, 'record', { n: 1 }, { jobKey: 'rolled-back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await svc.db`select 1 from graphile_worker.jobs where key = 'rolled-back'`).toHaveLength(0);

    await withTx(svc, (sql) => enqueue(sql, 'record', { n: 2 }));
    const deadline = Date.now() + 10_000;
    while (!runs.some((r) => (r.payload as { n?: number }).n === 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const run = runs.find((r) => (r.payload as { n?: number }).n === 2);
    expect(run).toBeDefined();
    // The handler receives the finished services.
    expect(run!.svc).toBe(svc);
  });

  it('a job key keeps one pending job; runAt defers it', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await enqueue(svc.db, 'record', { v: 1 }, { jobKey: 'k1', runAt: later });
    await enqueue(svc.db, 'record', { v: 2 }, { jobKey: 'k1', runAt: later });
    const rows = await svc.db<{ payload: { v: number } }[]>`select payload from graphile_worker._private_jobs where key = 'k1'`;
    expect(rows.map((r) => r.payload)).toEqual([{ v: 2 }]);
    await svc.db`select graphile_worker.remove_job('k1')`;
  });

  it('runNow resolves once the task ran, and rejects with the error of a failing one', async () => {
    const before = runs.length;
    await svc.jobs.runNow('record', { now: true });
    expect(runs.slice(before).map((r) => r.payload)).toEqual([{ now: true }]);
    await expect(svc.jobs.runNow('fail')).rejects.toThrow(/it broke/);
  });

  it("the crontab entries are registered with graphile-worker's distributed cron", async () => {
    const rows = await svc.db<{ identifier: string }[]>`select identifier from graphile_worker._private_known_crontabs`;
    expect(rows.map((r) => r.identifier)).toContain('tick');
  });

  it('a crontab entry naming an unknown task is refused at start', () => {
    expect(() =>
      createJobs({
        connectionString: 'postgres://unused',
        db: svc.db,
        log: silentLogger(),
        table: { tasks: {}, crontab: [{ task: 'nope', match: '* * * * *' }] },
        services: () => svc,
      }),
    ).toThrow(/unknown task: nope/);
  });

  it('two workers on one database run a job once', async () => {
    const other = createJobs<Services>({
      connectionString: svc.database.url,
      db: svc.db,
      log: silentLogger(),
      table,
      services: () => svc,
      pollIntervalMs: 100,
    });
    await other.start();
    try {
      const before = runs.length;
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) ids.push(await enqueue(svc.db, 'record', { once: i }));
      const deadline = Date.now() + 15_000;
      while (runs.length - before < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      const seen = runs.slice(before).map((r) => (r.payload as { once: number }).once);
      expect(seen.sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
    } finally {
      await other.stop();
    }
  });

  it('stop() is bounded while a job hangs', async () => {
    const jobs = createJobs<Services>({
      connectionString: svc.database.url,
      db: svc.db,
      log: silentLogger(),
      table,
      services: () => svc,
      pollIntervalMs: 100,
      gracefulMs: 300,
    });
    // Either worker may take the job: both are stopped, each within its grace period plus a bound.
    await jobs.start();
    const id = await enqueue(svc.db, 'hang', {});
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = await svc.db`select locked_at from graphile_worker.jobs where id = ${id}::bigint`;
      if (row?.locked_at || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const started = Date.now();
    await jobs.stop();
    await svc.jobs.stop();
    expect(Date.now() - started).toBeLessThan(20_000);
    release();
  });
});
