/**
 * Expired device-login requests disappear on their own (every `sweepIntervalMs`, 60 s by default),
 * not only when the next request starts or is polled.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeKey, relayFetch } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ relayRateLimitPerMinute: 10_000 }, { sweepIntervalMs: 200 });
});
afterAll(() => server?.close());

it('an expired device request is deleted by the sweeper; a pending one stays', async () => {
  const [a, b] = [makeKey(), makeKey()];
  const expired = await relayFetch(server.url, a, 'POST', '/api/auth/device', { token: a.token });
  const pending = await relayFetch(server.url, b, 'POST', '/api/auth/device', { token: b.token });
  expect([expired.status, pending.status]).toEqual([200, 200]);
  await server.svc.db`update relay_device_requests set expires_at = now() - interval '1 second' where device_code = ${expired.body.device_code}`;

  const deadline = Date.now() + 5000;
  let codes: string[] = [];
  while (Date.now() < deadline) {
    codes = (await server.svc.db<{ device_code: string }[]>`select device_code from relay_device_requests`).map((r) => r.device_code);
    if (!codes.includes(expired.body.device_code)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(codes).toEqual([pending.body.device_code]);
});
