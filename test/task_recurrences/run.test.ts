/**
 * Recurrences running on the job queue. Time passes the way the queue sees it: a test moves a recurrence's
 * stored next_run_at and its job's run_at back N days (graphile_worker.reschedule_jobs), as if the server had
 * been down that long, and the worker (polling every 100 ms here) runs the job. Then exactly N instances exist:
 * copies of the task (dates shifted, checklist unchecked, first open status), announced with EntityChanged,
 * at most 100 per run; with two instances on one database and across a restart, each occurrence once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/domain/task_recurrences/pattern.js';
import { runRecurrenceJob } from '../../src/domain/task_recurrences/schedule.js';
import { startTeam, type Team } from '../projects/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient } from '../support/ws.js';

const TZ = 'America/New_York';
let team: Team;
let ws: WsClient;
let projectId: string;
let labelId: string;

beforeAll(async () => {
  team = await startTeam({ jobPollIntervalMs: 100 });
  await team.server.svc.db`update organizations set timezone = ${TZ} where id = ${team.orgId}`;
  ws = await connectWs(team.server, team.member.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Routines' })).body.data.id;
  labelId = (await team.owner.rest.post('/labels', { name: 'routine', color: '#123456' })).body.data.id;
});
afterAll(async () => {
  await ws?.close();
  await team?.server.close();
});

const db = () => team.server.svc.db;

/** A task with everything an instance copies, repeating daily. */
async function repeatingTask(title: string, pattern = 'daily'): Promise<{ task: any; rec: any }> {
  const task = (
    await team.owner.rest.post('/tasks', {
      title,
      description: 'Every day',
      project_id: projectId,
      priority: 'high',
      status: 'in_progress',
      start_date: '2030-06-10',
      due_date: '2030-06-12',
      estimated_hours: 0.5,
      assignee_ids: [team.member.id, team.owner.id],
      label_ids: [labelId],
    })
  ).body.data;
  for (const t of ['Fill the can', 'Water']) expect((await team.owner.rest.post(`/tasks/${task.id}/checklist`, { title: t })).status).toBe(201);
  const items = (await team.owner.rest.get(`/tasks/${task.id}/checklist`)).body.data;
  expect((await team.owner.rest.post(`/checklist-items/${items[0].id}/toggle`)).status).toBe(200);
  const rec = (await team.owner.rest.post(`/tasks/${task.id}/recurrence`, { recurrence_pattern: pattern })).body.data;
  return { task, rec };
}

/**
 * "The server was down": the recurrence's next occurrence becomes the local midnight `days` days ago (or so),
 * and its job is due then too. Returns how many occurrences are now due (the local midnights up to now).
 */
async function timeTravel(sql: ReturnType<typeof db>, recurrenceId: string, days: number): Promise<number> {
  const today = localDate(new Date(), TZ);
  const first = addDays(today, -(days - 1)); // `days` midnights: first … today
  await sql`
    update task_recurrences set next_run_at = (${first}::date::timestamp at time zone ${TZ}) where id = ${recurrenceId}`;
  await sql`
    select graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where key = ${recurrenceId}),
      run_at => (${first}::date::timestamp at time zone ${TZ}))`;
  return days;
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const instancesOf = (sql: ReturnType<typeof db>, recurrenceId: string) =>
  sql<{ id: string; recurrence_occurrence: string }[]>`
    select id, recurrence_occurrence from tasks where recurrence_id = ${recurrenceId} order by recurrence_occurrence`;

describe('recurrences on the job queue', () => {
  it('N missed days → N instances, each a copy with shifted dates, announced; the recurrence advances past now', async () => {
    const { task, rec } = await repeatingTask('Water the plants');
    const n = await timeTravel(db(), rec.id, 3);
    const after = await waitFor('the recurrence to run', async () => {
      const r = (await team.owner.rest.get(`/task-recurrences/${rec.id}`)).body.data;
      return r.occurrences_created > 0 && r;
    });
    expect(after.occurrences_created).toBe(n);
    expect(Date.parse(after.next_run_at)).toBeGreaterThan(Date.now());
    const instances = await instancesOf(db(), rec.id);
    expect(instances).toHaveLength(n);
    expect(after.last_run_at).toBe(instances[n - 1]!.recurrence_occurrence);
    // Each occurrence is the local midnight of one of the last N days, oldest first.
    const today = localDate(new Date(), TZ);
    expect(instances.map((i) => localDate(new Date(i.recurrence_occurrence), TZ))).toEqual([addDays(today, -2), addDays(today, -1), today]);

    const first = (await team.owner.rest.get(`/tasks/${instances[0]!.id}`)).body.data;
    const shift = Math.round((Date.parse(addDays(today, -2)) - Date.parse('2030-06-10')) / 86_400_000);
    expect(first).toMatchObject({
      title: task.title,
      description: task.description,
      project_id: projectId,
      priority: 'high',
      status: 'open', // the organization's default, not the template's
      estimated_hours: 0.5,
      start_date: addDays('2030-06-10', shift),
      due_date: addDays('2030-06-12', shift),
      assignee_ids: [...task.assignee_ids].sort(),
      label_ids: [labelId],
      created_by: team.owner.id,
    });
    const checklist = (await team.owner.rest.get(`/tasks/${first.id}/checklist`)).body.data;
    expect(checklist.map((i: any) => [i.title, i.completed])).toEqual([
      ['Fill the can', false],
      ['Water', false],
    ]);
    // Announced: each instance's `created` event reaches a member's socket, and the recurrence's `updated`.
    for (const i of instances) {
      const e = await ws.nextEvent((x) => x.event === 'EntityChanged' && x.data.entity_type === 'task' && x.data.entity.id === i.id, 10_000);
      expect(e.data.action).toBe('created');
    }
    const updated = await ws.nextEvent(
      (x) => x.event === 'EntityChanged' && x.data.entity_type === 'task_recurrence' && x.data.action === 'updated' && x.data.entity.id === rec.id,
    );
    expect(updated.data.changes.occurrences_created).toEqual({ from: 0, to: n });

    // Running the job again (a duplicate delivery, a restart) creates nothing more.
    expect(await runRecurrenceJob(team.server.svc, rec.id)).toBe(0);
    expect(await instancesOf(db(), rec.id)).toHaveLength(n);
  });

  it('at most 100 instances per run; then next_run_at jumps past now', async () => {
    const { rec } = await repeatingTask('Long gone');
    await timeTravel(db(), rec.id, 150);
    const after = await waitFor('the recurrence to run', async () => {
      const r = (await team.owner.rest.get(`/task-recurrences/${rec.id}`)).body.data;
      return r.occurrences_created > 0 && r;
    });
    expect(after.occurrences_created).toBe(100);
    expect(Date.parse(after.next_run_at)).toBeGreaterThan(Date.now());
    expect(await instancesOf(db(), rec.id)).toHaveLength(100);
    const [job] = await db()`select run_at from graphile_worker.jobs where key = ${rec.id}`;
    expect(job!.run_at).toBe(after.next_run_at);
  });

  it('deleting the recurrence stops future instances and keeps the existing ones', async () => {
    const { rec } = await repeatingTask('Stopped');
    await timeTravel(db(), rec.id, 2);
    await waitFor('two instances', async () => (await instancesOf(db(), rec.id)).length === 2);
    const ids = (await instancesOf(db(), rec.id)).map((i) => i.id);
    expect((await team.owner.rest.delete(`/task-recurrences/${rec.id}`)).status).toBe(200);
    expect(await db()`select 1 from graphile_worker.jobs where key = ${rec.id}`).toHaveLength(0);
    const kept = await db()`select id, recurrence_id from tasks where id = any(${ids})`;
    expect(kept.map((k) => k.recurrence_id)).toEqual([null, null]);
    expect(await runRecurrenceJob(team.server.svc, rec.id)).toBe(0);
  });

  describe('two server instances on one database, and a restart', () => {
    let second: TestServer | undefined;
    afterAll(async () => {
      await second?.close();
    });

    it('every occurrence is created exactly once', async () => {
      second = await startTestServer({}, { shareWith: team.server, jobPollIntervalMs: 100 });
      const recs: { id: string }[] = [];
      for (let i = 0; i < 12; i++) recs.push((await repeatingTask(`Shared ${i}`)).rec);
      // Both workers see every job due at once.
      for (const r of recs) await timeTravel(db(), r.id, 4);
      await waitFor('all instances', async () => {
        const [row] = await db()`select count(*)::int as n from tasks where recurrence_id = any(${recs.map((r) => r.id)})`;
        return row!.n >= 48;
      });
      // And both servers run the same jobs' work directly at the same time: the row lock and the unique
      // (recurrence_id, recurrence_occurrence) leave one instance per occurrence.
      for (const r of recs) await timeTravel(db(), r.id, 2);
      await Promise.all(recs.flatMap((r) => [runRecurrenceJob(team.server.svc, r.id), runRecurrenceJob(second!.svc, r.id)]));
      await new Promise((r) => setTimeout(r, 500));
      const rows = await db()<{ recurrence_id: string; n: number; distinct_n: number }[]>`
        select recurrence_id, count(*)::int as n, count(distinct recurrence_occurrence)::int as distinct_n
        from tasks where recurrence_id = any(${recs.map((r) => r.id)}) group by recurrence_id`;
      expect(rows).toHaveLength(12);
      for (const row of rows) {
        // 4 days, then 2 of the same days again: the later 2 already exist.
        expect(row).toMatchObject({ n: 4, distinct_n: 4 });
      }
      const counted = await db()<
        { occurrences_created: number }[]
      >`select occurrences_created from task_recurrences where id = any(${recs.map((r) => r.id)})`;
      expect(counted.map((c) => c.occurrences_created)).toEqual(Array(12).fill(4));
    });

    it('after a restart the missed occurrences are created once', async () => {
      const { rec } = await repeatingTask('Across a restart');
      await second!.close();
      second = undefined;
      await timeTravel(db(), rec.id, 5);
      // The other instance may run it meanwhile; a fresh one starting on the same database must not add to it.
      second = await startTestServer({}, { shareWith: team.server, jobPollIntervalMs: 100 });
      await waitFor('five instances', async () => (await instancesOf(db(), rec.id)).length >= 5);
      await new Promise((r) => setTimeout(r, 500));
      expect(await instancesOf(db(), rec.id)).toHaveLength(5);
      expect((await team.owner.rest.get(`/task-recurrences/${rec.id}`)).body.data.occurrences_created).toBe(5);
    });
  });
});
