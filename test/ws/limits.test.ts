/**
 * /ws limits and keep-alive: auth deadline (4001), message rate (RATE_LIMIT_EXCEEDED, then 4008),
 * connections per user across instances (4009), idle close (4004), pong timeout (4003), shutdown (1012).
 * Servers with small timeouts stand in for the documented 10 s / 30 s / 5 min.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABUSE_REJECTIONS } from '../../src/transports/ws/connection.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, openWs, type WsClient } from '../support/ws.js';

const servers: TestServer[] = [];
async function start(...args: Parameters<typeof startTestServer>): Promise<TestServer> {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('default limits', () => {
  let server: TestServer;
  let user: RegisteredUser;
  beforeAll(async () => {
    server = await start();
    user = await registerUser(server);
  });

  it('the 61st message within a minute answers RATE_LIMIT_EXCEEDED and is not executed', async () => {
    const ws = await connectWs(server, user.access_token); // authenticate = message 1
    for (let i = 2; i <= 60; i++) ws.send({ action: 'ping', request_id: `p${i}` });
    for (let i = 2; i <= 60; i++) await ws.nextMessage((m) => m.request_id === `p${i}`);
    const reply = await ws.request('projects.create', { name: 'over the limit' });
    expect(reply).toMatchObject({
      status: 'error',
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many messages. Please slow down.' },
    });
    expect(reply.request_id).toMatch(/^r_/);
    await ws.close();
    // Not executed: the project does not exist.
    const check = await connectWs(server, user.access_token);
    const list = await check.request('projects.list', { search: 'over the limit' });
    expect(list.data).toEqual([]);
    await check.close();
  });

  it('the 6th connection of a user answers CONFLICT and closes 4009; closing one frees a slot', async () => {
    const other = await registerUser(server);
    const open: WsClient[] = [];
    for (let i = 0; i < 5; i++) open.push(await connectWs(server, other.access_token));
    const sixth = await openWs(server);
    const reply = await sixth.authenticate(other.access_token);
    expect(reply.error!.code).toBe('CONFLICT');
    expect((await sixth.closed).code).toBe(4009);

    await open.pop()!.close();
    // The slot is released when the connection ends.
    const again = await connectWs(server, other.access_token);
    open.push(again);
    await Promise.all(open.map((c) => c.close()));
  });
});

describe('connections are counted across instances (Redis)', () => {
  it('3 on one instance + 2 on another: the 6th is refused on either', async () => {
    const a = await start();
    const b = await start({}, { shareWith: a });
    const user = await registerUser(a);
    const open: WsClient[] = [];
    for (let i = 0; i < 3; i++) open.push(await connectWs(a, user.access_token));
    for (let i = 0; i < 2; i++) open.push(await connectWs(b, user.access_token));
    const sixth = await openWs(b);
    expect((await sixth.authenticate(user.access_token)).error!.code).toBe('CONFLICT');
    expect((await sixth.closed).code).toBe(4009);
    await Promise.all(open.map((c) => c.close()));
  });
});

describe('without Redis (one instance)', () => {
  it('counts connections in memory', async () => {
    const server = await start({ redisUrl: undefined, wsMaxConnectionsPerUser: 2 });
    const user = await registerUser(server);
    const one = await connectWs(server, user.access_token);
    const two = await connectWs(server, user.access_token);
    const three = await openWs(server);
    expect((await three.authenticate(user.access_token)).error!.code).toBe('CONFLICT');
    expect((await three.closed).code).toBe(4009);
    await Promise.all([one.close(), two.close()]);
  });
});

describe('small limits', () => {
  let server: TestServer;
  let user: RegisteredUser;
  beforeAll(async () => {
    server = await start({ wsAuthTimeoutMs: 300, wsMessagesPerMinute: 5, wsIdleTimeoutMs: 600, wsPingIntervalMs: 150, wsPongTimeoutMs: 150 });
    user = await registerUser(server);
  });

  it('no authenticate within wsAuthTimeoutMs closes 4001', async () => {
    const ws = await openWs(server);
    const started = Date.now();
    expect((await ws.closed).code).toBe(4001);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('an authenticated connection is not closed by the auth deadline', async () => {
    const ws = await connectWs(server, user.access_token);
    await new Promise((r) => setTimeout(r, 400));
    expect((await ws.request('users.me')).status).toBe('ok');
    await ws.close();
  });

  it('over wsMessagesPerMinute: RATE_LIMIT_EXCEEDED; still sending (over 20 rejected) closes 4008', async () => {
    const ws = await connectWs(server, user.access_token);
    for (let i = 0; i < 4; i++) expect((await ws.request('users.me')).status).toBe('ok');
    const limited = await ws.request('users.me');
    expect(limited.error!.code).toBe('RATE_LIMIT_EXCEEDED');
    for (let i = 0; i < 25; i++) ws.send({ action: 'ping' });
    expect((await ws.closed).code).toBe(4008);
    const rejected = ws.messages.filter((m) => m.error?.code === 'RATE_LIMIT_EXCEEDED');
    expect(rejected.length).toBe(ABUSE_REJECTIONS + 1);
  });

  it('no message for wsIdleTimeoutMs closes 4004; messages keep it open', async () => {
    const ws = await connectWs(server, user.access_token);
    const idle = await connectWs(server, user.access_token);
    const started = Date.now();
    // 4 pings over ~1 s: more than the idle timeout in total, never 600 ms apart.
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 250));
      ws.send({ action: 'ping' });
    }
    expect((await idle.closed).code).toBe(4004);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(ws.socket.readyState).toBe(ws.socket.OPEN);
    expect((await ws.closed).code).toBe(4004);
  });

  it('a client that does not answer ping frames is closed with 4003', async () => {
    const ws = await connectWs(server, user.access_token, { autoPong: false });
    const close = await ws.closed;
    expect(close.code).toBe(4003);
  });
});

describe('shutdown', () => {
  it('closing the server closes sockets with 1012', async () => {
    const server = await start();
    const user = await registerUser(server);
    const ws = await connectWs(server, user.access_token);
    const unauthenticated = await openWs(server);
    await server.close();
    expect((await ws.closed).code).toBe(1012);
    expect((await unauthenticated.closed).code).toBe(1012);
  });
});
