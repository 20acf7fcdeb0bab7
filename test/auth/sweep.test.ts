/**
 * Expired credentials are deleted by the `sweep_expired_credentials` job (every 15 minutes from the job queue's
 * crontab, src/jobs.ts; run at once here with `svc.jobs.runNow`): WS tickets five minutes past expiry, password
 * resets a day past, and refresh tokens once no token of their session (family) is alive. Live ones stay.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jobTable } from '../../src/jobs.js';
import { api, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 100_000 });
});
afterAll(() => server?.close());

it('deletes expired tickets, resets and dead refresh-token families; keeps the live ones', async () => {
  expect(jobTable.crontab).toContainEqual({ task: 'sweep_expired_credentials', match: '*/15 * * * *' });
  const db = server.svc.db;
  const [dead, alive] = [await registerUser(server), await registerUser(server)];
  // A rotated session: the old token stays while the new one lives (it is what detects the reuse of a leaked one).
  const rotated = await api(server).post('/auth/refresh', { refresh_token: alive.refresh_token });
  expect(rotated.status).toBe(200);
  for (const u of [dead, alive]) {
    expect((await api(server, u.access_token).post('/auth/ws-ticket')).status).toBe(200);
    await api(server).post('/auth/forgot-password', { email: u.email });
  }
  await db`update refresh_tokens set expires_at = now() - interval '1 second' where user_id = ${dead.user.id}`;
  await db`update refresh_tokens set expires_at = now() - interval '1 second' where user_id = ${alive.user.id} and rotated_at is not null`;
  await db`update ws_tickets set expires_at = now() - interval '6 minutes' where user_id = ${dead.user.id}`;
  await db`update password_resets set expires_at = now() - interval '25 hours' where user_id = ${dead.user.id}`;

  await server.svc.jobs.runNow('sweep_expired_credentials');

  const count = async (table: string, userId: string) =>
    (await db<{ n: number }[]>`select count(*)::int as n from ${db(table)} where user_id = ${userId}`)[0]!.n;
  expect(await count('refresh_tokens', dead.user.id)).toBe(0);
  expect(await count('ws_tickets', dead.user.id)).toBe(0);
  expect(await count('password_resets', dead.user.id)).toBe(0);
  expect(await count('refresh_tokens', alive.user.id)).toBe(2);
  expect(await count('ws_tickets', alive.user.id)).toBe(1);
  expect(await count('password_resets', alive.user.id)).toBe(1);
});
