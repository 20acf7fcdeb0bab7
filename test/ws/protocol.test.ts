/**
 * The /ws action protocol as the seed documents it: ticket authentication, request/reply correlation,
 * ping/pong, errors for bad frames, and operation replies shaped like the REST bodies.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, getWsTicket, openWs, textOf } from '../support/ws.js';

let server: TestServer;
let alice: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer();
  alice = await registerUser(server, { name: 'Alice' });
});
afterAll(async () => {
  await server?.close();
});

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('the seed snippet', () => {
  it('authenticates with a fresh ticket, matches replies by request_id, and answers ping with pong', async () => {
    const ticket = await getWsTicket(server, alice.access_token);
    expect(ticket).toMatch(/^wst_/);

    // Exactly the documented client: raw `ws`, JSON frames, request_id correlation.
    const ws = new WebSocket(server.wsUrl);
    const received: any[] = [];
    const authenticated = new Promise<any>((resolve) => {
      ws.on('message', (raw) => {
        const msg = JSON.parse(textOf(raw));
        received.push(msg);
        if (msg.request_id === 'req_1' && msg.status === 'ok') resolve(msg);
      });
    });
    ws.on('open', () => {
      ws.send(JSON.stringify({ action: 'authenticate', payload: { ticket }, request_id: 'req_1' }));
    });
    const reply = await authenticated;
    expect(reply).toMatchObject({ status: 'ok', request_id: 'req_1', data: { authenticated: true, user_id: alice.user.id } });
    expect(reply.data.organizations).toEqual([alice.orgId]);

    const pong = new Promise<any>((resolve) =>
      ws.on('message', (raw) => {
        const msg = JSON.parse(textOf(raw));
        if (msg.action === 'pong') resolve(msg);
      }),
    );
    ws.send(JSON.stringify({ action: 'ping' }));
    const p = await pong;
    expect(p.action).toBe('pong');
    expect(p.timestamp).toMatch(RFC3339_UTC);
    expect(Math.abs(Date.parse(p.timestamp) - Date.now())).toBeLessThan(5000);
    expect(p).not.toHaveProperty('status');
    ws.close();
  });

  it("echoes a request_id given with ping, and accepts the blog's `id` as the correlation field", async () => {
    const ws = await connectWs(server, alice.access_token);
    ws.send({ action: 'ping', request_id: 'p1' });
    const pong = await ws.nextMessage((m) => m.action === 'pong');
    expect(pong).toMatchObject({ action: 'pong', request_id: 'p1' });

    ws.send({ action: 'users.me', id: 'legacy-7' });
    const reply = await ws.nextMessage((m) => m.id === 'legacy-7');
    expect(reply).toMatchObject({ status: 'ok', id: 'legacy-7', request_id: null, data: { id: alice.user.id, email: alice.email } });
    await ws.close();
  });

  it('a request without correlation gets request_id: null', async () => {
    const ws = await connectWs(server, alice.access_token);
    ws.send({ action: 'users.me' });
    const reply = await ws.nextMessage((m) => m.status === 'ok');
    expect(reply.request_id).toBeNull();
    await ws.close();
  });
});

describe('authentication', () => {
  it('an action before authenticate answers UNAUTHORIZED and keeps the connection', async () => {
    const ws = await openWs(server);
    const reply = await ws.request('users.me');
    expect(reply.status).toBe('error');
    expect(reply.error!.code).toBe('UNAUTHORIZED');
    expect(reply.error!.message).toMatch(/Authenticate first/);
    // ping works before authenticating, and authenticate still does.
    ws.send({ action: 'ping' });
    await ws.nextMessage((m) => m.action === 'pong');
    expect((await ws.authenticate(alice.access_token)).status).toBe('ok');
    expect((await ws.request('users.me')).status).toBe('ok');
    await ws.close();
  });

  it('a bad ticket answers UNAUTHORIZED, then closes 4401', async () => {
    const ws = await openWs(server);
    const reply = await ws.request('authenticate', { ticket: 'wst_not-a-real-ticket' });
    expect(reply).toMatchObject({ status: 'error', error: { code: 'UNAUTHORIZED' } });
    expect((await ws.closed).code).toBe(4401);
  });

  it('a ticket works once: reusing it closes 4401', async () => {
    const ticket = await getWsTicket(server, alice.access_token);
    const first = await openWs(server);
    expect((await first.request('authenticate', { ticket })).status).toBe('ok');
    const second = await openWs(server);
    const reply = await second.request('authenticate', { ticket });
    expect(reply.error!.code).toBe('UNAUTHORIZED');
    expect((await second.closed).code).toBe(4401);
    await first.close();
  });

  it('authenticate without a ticket is a VALIDATION_ERROR (the connection stays)', async () => {
    const ws = await openWs(server);
    const reply = await ws.request('authenticate', {});
    expect(reply.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'ticket' } });
    expect((await ws.authenticate(alice.access_token)).status).toBe('ok');
    await ws.close();
  });

  it('authenticating twice answers CONFLICT and changes nothing', async () => {
    const ws = await connectWs(server, alice.access_token);
    const reply = await ws.request('authenticate', { ticket: await getWsTicket(server, alice.access_token) });
    expect(reply.error!.code).toBe('CONFLICT');
    expect((await ws.request('users.me')).status).toBe('ok');
    await ws.close();
  });

  it('requests sent right after authenticate (without waiting) run authenticated', async () => {
    const ws = await openWs(server);
    const ticket = await getWsTicket(server, alice.access_token);
    ws.send({ action: 'authenticate', payload: { ticket }, request_id: 'a' });
    ws.send({ action: 'users.me', request_id: 'b' });
    expect((await ws.nextMessage((m) => m.request_id === 'a')).status).toBe('ok');
    expect((await ws.nextMessage((m) => m.request_id === 'b')).status).toBe('ok');
    await ws.close();
  });
});

describe('bad frames', () => {
  it('invalid JSON answers VALIDATION_ERROR and the connection survives', async () => {
    const ws = await connectWs(server, alice.access_token);
    ws.send('{"action": "users.me",');
    const reply = await ws.nextMessage((m) => m.status === 'error');
    expect(reply.error.code).toBe('VALIDATION_ERROR');
    expect((await ws.request('users.me')).status).toBe('ok');
    await ws.close();
  });

  it('a frame that is not an object, or has no action, answers VALIDATION_ERROR', async () => {
    const ws = await connectWs(server, alice.access_token);
    ws.send('[1,2,3]');
    expect((await ws.nextMessage((m) => m.status === 'error')).error.code).toBe('VALIDATION_ERROR');
    ws.send({ payload: {}, request_id: 'no-action' });
    const reply = await ws.nextMessage((m) => m.request_id === 'no-action');
    expect(reply.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'action' } });
    await ws.close();
  });

  it('an unknown action answers VALIDATION_ERROR naming the field', async () => {
    const ws = await connectWs(server, alice.access_token);
    const reply = await ws.request('tasks.explode', {});
    expect(reply.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'action' } });
    // Operations not exposed on ws (auth endpoints) are unknown actions too.
    const login = await ws.request('auth.login', { email: alice.email, password: alice.password });
    expect(login.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'action' } });
    await ws.close();
  });

  it('a payload that does not fit the operation answers VALIDATION_ERROR like REST', async () => {
    const ws = await connectWs(server, alice.access_token);
    const reply = await ws.request('projects.create', { name: 'X', bogus: 1 });
    expect(reply.status).toBe('error');
    expect(reply.error!.code).toBe('VALIDATION_ERROR');
    const rest = await api(server, alice.access_token).post('/projects', { name: 'X', bogus: 1 });
    expect(rest.body.error.code).toBe('VALIDATION_ERROR');
    expect(reply.error!.details).toEqual(rest.body.error.details);
    await ws.close();
  });

  it('a message over 64 KB closes the connection with 1009', async () => {
    const ws = await connectWs(server, alice.access_token);
    ws.send({ action: 'projects.create', payload: { name: 'x'.repeat(70 * 1024) } });
    expect((await ws.closed).code).toBe(1009);
  });
});

describe('operation replies', () => {
  it("data is the REST body's data; lists carry pagination", async () => {
    const ws = await connectWs(server, alice.access_token);
    const created = await ws.request('projects.create', { name: 'Website' });
    expect(created.status).toBe('ok');
    expect(created.data).toMatchObject({ name: 'Website', org_id: alice.orgId });
    const rest = await api(server, alice.access_token).get(`/projects/${created.data.id}`);
    expect(created.data).toEqual(rest.body.data);

    const list = await ws.request('projects.list', { per_page: 1 });
    expect(list.status).toBe('ok');
    expect(Array.isArray(list.data)).toBe(true);
    expect(list.pagination).toMatchObject({ page: 1, per_page: 1 });
    expect(list.pagination!.total).toBeGreaterThanOrEqual(1);

    const restList = await api(server, alice.access_token).get('/projects?per_page=1');
    expect({ data: list.data, pagination: list.pagination }).toEqual(restList.body);
    await ws.close();
  });

  it("an org-scoped action acts in payload.org_id; a stranger's organization is NOT_FOUND", async () => {
    const bob = await registerUser(server, { name: 'Bob' });
    const ws = await connectWs(server, alice.access_token);
    const own = await ws.request('time_entries.current', { org_id: alice.orgId });
    expect(own).toMatchObject({ status: 'ok', data: null });
    const other = await ws.request('time_entries.current', { org_id: bob.orgId });
    expect(other.error!.code).toBe('NOT_FOUND');
    await ws.close();
  });
});
