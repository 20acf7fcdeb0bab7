/**
 * Expired device-login requests disappear on their own: the `sweep_relay_device_requests` job runs every
 * minute from the job queue's crontab (src/jobs.ts), not only when the next request starts or is polled.
 * The test runs that job now (`svc.jobs.runNow`) instead of waiting for its minute.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jobTable } from '../../src/jobs.js';
import { makeKey, relayFetch } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ relayRateLimitPerMinute: 10_000 });
});
afterAll(() => server?.close());

it('the sweep is a crontab entry of the job queue, every minute', async () => {
  expect(jobTable.crontab).toContainEqual({ task: 'sweep_relay_device_requests', match: '* * * * *' });
  // The worker registers its crontab in the database (graphile-worker's distributed cron bookkeeping) once its
  // cron has started, shortly after the server answers.
  const known = async (): Promise<string[]> =>
    (await server.svc.db<{ identifier: string }[]>`select identifier from graphile_worker._private_known_crontabs`).map((r) => r.identifier);
  await expect.poll(known, { timeout: 15_000, interval: 100 }).toContain('sweep_relay_device_requests');
});

it('an expired device request is deleted by the sweep job; a pending one stays', async () => {
  const [a, b] = [makeKey(), makeKey()];
  const expired = await relayFetch(server.url, a, 'POST', '/api/auth/device', { token: a.token });
  const pending = await relayFetch(server.url, b, 'POST', '/api/auth/device', { token: b.token });
  expect([expired.status, pending.status]).toEqual([200, 200]);
  await server.svc.db`update relay_device_requests set expires_at = now() - interval '1 second' where device_code = ${expired.body.device_code}`;

  await server.svc.jobs.runNow('sweep_relay_device_requests');
  const codes = (await server.svc.db<{ device_code: string }[]>`select device_code from relay_device_requests`).map((r) => r.device_code);
  expect(codes).toEqual([pending.body.device_code]);
});
