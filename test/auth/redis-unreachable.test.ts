/**
 * A server whose Redis (REDIS_URL) cannot be reached: ordinary requests work (the per-user limit fails open,
 * counted in memory), while sign-in, token refresh and WebSocket tickets fail closed with
 * 503 SERVICE_UNAVAILABLE and Retry-After, on REST and GraphQL alike (`x-rate-limit: fail-closed`).
 * The Redis outage of a running pair of instances is the fault test test/fault/redis-outage.test.ts.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** A loopback port nobody listens on (taken and released at once). */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

let server: TestServer;
let user: RegisteredUser;
beforeAll(async () => {
  server = await startTestServer({ redisUrl: `redis://127.0.0.1:${await closedPort()}` });
  user = await registerUser(server); // registering is not fail-closed
});
afterAll(async () => {
  await server?.close();
});

describe('Redis unreachable', () => {
  it('ordinary requests keep working, with the rate-limit headers', async () => {
    const me = await api(server, user.access_token).get('/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('x-ratelimit-limit')).toBe('100');
    const created = await api(server, user.access_token).post('/projects', { name: 'During the outage' });
    expect(created.status).toBe(201);
  });

  it('sign-in, refresh and WS tickets answer 503 SERVICE_UNAVAILABLE with Retry-After over REST', async () => {
    const answers = [
      await api(server).post('/auth/login', { email: user.email, password: user.password }),
      await api(server).post('/auth/refresh', { refresh_token: user.refresh_token }),
      await api(server, user.access_token).post('/auth/ws-ticket'),
    ];
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The refresh token was not spent: the session is intact once Redis is back.
    const [row] = await server.svc.db<
      { n: number }[]
    >`select count(*) as n from refresh_tokens where rotated_at is not null or revoked_at is not null`;
    expect(Number(row!.n)).toBe(0);
  });

  it('and over GraphQL', async () => {
    const login = await gql(server, undefined, 'mutation($input: LoginInput!) { login(input: $input) { access_token } }', {
      input: { email: user.email, password: user.password },
    });
    expect(login.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const ticket = await gql(server, user.access_token, 'mutation { createWsTicket { ticket } }');
    expect(ticket.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});
