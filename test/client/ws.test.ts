/**
 * The typed client's WebSocket (/ws) and graphql-ws subscriptions against the running server: typed replies
 * and errors, events, and reconnection when the server closes the socket (the access token expired: 4011; the
 * instance restarted: 1012), with a fresh ticket, requests made meanwhile kept and events flowing again.
 */
import { connect, createServer, type Socket } from 'node:net';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrcrConnectionError, TrcrError, type WsEvents, type WsState, type WsStateInfo } from '@trcr/client';
import { EntityChangedDocument, TimerUpdateDocument, StartTimerDocument } from '@trcr/client/graphql';
import { freePort } from '../support/ports.js';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server.js';
import { clientOf, signedIn } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Resolves with the first value `take` accepts among the calls of the returned handler. */
function waitFor<T>(timeoutMs = 10_000): { handler: (v: T) => void; next: (pred?: (v: T) => boolean) => Promise<T> } {
  const seen: T[] = [];
  const waiters: { pred: (v: T) => boolean; resolve: (v: T) => void }[] = [];
  return {
    handler(v) {
      seen.push(v);
      for (const w of [...waiters]) {
        if (!w.pred(v)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(v);
      }
    },
    next(pred = () => true) {
      const hit = seen.find(pred);
      if (hit) {
        seen.splice(seen.indexOf(hit), 1);
        return Promise.resolve(hit);
      }
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching value in time')), timeoutMs);
        waiters.push({
          pred,
          resolve: (v) => {
            clearTimeout(timer);
            seen.splice(seen.indexOf(v), 1);
            resolve(v);
          },
        });
      });
    },
  };
}

/**
 * A TCP proxy in front of the server. `freezeWebSockets()` stops every byte of the WebSocket connections open
 * through it, both ways, as a dead network would (no close, no error); HTTP and new connections pass.
 */
async function proxyOf(target: TestServer): Promise<{ url: string; freezeWebSockets(): void; close(): Promise<void> }> {
  const { port, hostname } = new URL(target.url);
  const pairs = new Set<{ client: Socket; upstream: Socket; ws: boolean; frozen: boolean }>();
  const proxy = createServer((client) => {
    const pair = { client, upstream: connect(Number(port), hostname), ws: false, frozen: false };
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      if (!pair.ws && chunk.subarray(0, 8).toString() === 'GET /ws ') pair.ws = true;
      if (!pair.frozen) pair.upstream.write(chunk);
    });
    pair.upstream.on('data', (chunk: Buffer) => {
      if (!pair.frozen) client.write(chunk);
    });
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      pair.upstream.destroy();
    };
    for (const s of [client, pair.upstream]) s.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as { port: number }).port}`,
    freezeWebSockets() {
      for (const p of pairs) if (p.ws) p.frozen = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of pairs) {
          p.client.destroy();
          p.upstream.destroy();
        }
        proxy.close(() => resolve());
      }),
  };
}

/**
 * The first value of `next`, acting every 500 ms until it comes (a subscription is registered on the server a
 * moment after `subscribe` returns: no fixed sleep to guess how long).
 */
async function firstWhile<T>(next: Promise<IteratorResult<T>>, act: () => Promise<unknown>): Promise<T> {
  let done = false;
  const result = next.finally(() => (done = true));
  while (!done) {
    await act();
    await Promise.race([result, new Promise((r) => setTimeout(r, 500))]);
  }
  return (await result).value as T;
}

describe('WebSocket heartbeat', () => {
  it('a connection that stops answering is dropped after a missed pong and replaced; a read in flight is sent again, a write fails CONNECTION_LOST', async () => {
    const proxy = await proxyOf(server);
    try {
      const { trcr } = await signedIn(
        { url: proxy.url },
        { ws: { heartbeatMs: 300, pongTimeoutMs: 300, reconnect: { initialDelayMs: 50, maxDelayMs: 200 } } },
      );
      await trcr.ws.connect();
      const changes: [WsState, WsStateInfo][] = [];
      trcr.ws.onState((state, info) => changes.push([state, info]));

      proxy.freezeWebSockets();
      const write = trcr.ws.send('projects.create', { name: 'Never arrives' }).catch((e: unknown) => e);
      const read = trcr.ws.send('projects.list');
      const lost = await write;
      expect(lost).toBeInstanceOf(TrcrConnectionError);
      expect(lost).toMatchObject({ code: 'CONNECTION_LOST' });
      const { data: projects } = await read;
      expect(projects.map((p) => p.name)).not.toContain('Never arrives');
      expect(trcr.ws.state).toBe('open');
      expect(changes[0]).toEqual(['reconnecting', { closeReason: 'No pong within 300 ms', attempt: 1, delayMs: expect.any(Number) }]);
      expect(changes.at(-1)?.[0]).toBe('open');
      await trcr.close();
    } finally {
      await proxy.close();
    }
  });
});

describe('WebSocket', () => {
  it('send answers the typed reply, errors are TrcrErrors, events arrive typed', async () => {
    const { trcr } = await signedIn(server);
    const changed = waitFor<WsEvents['EntityChanged']>();
    trcr.ws.on('EntityChanged', changed.handler);
    const { data: project } = await trcr.ws.send('projects.create', { name: 'Over the socket' });
    const { data: task } = await trcr.ws.send('tasks.create', { title: 'Typed', project_id: project.id });
    expect(task).toMatchObject({ title: 'Typed', project_id: project.id, status: 'open' });
    const list = await trcr.ws.send('tasks.list', { project_id: project.id });
    expect([list.data.length, list.pagination.total]).toEqual([1, 1]);
    const event = await changed.next((e) => e.entity_type === 'task' && e.action === 'created');
    expect(event.entity_id).toBe(task.id);

    const err = await trcr.ws.send('tasks.get', { id: 'tsk_01aaaaaaaaaaaaaaaaaaaaaaaa' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrcrError);
    expect(err).toMatchObject({ code: 'NOT_FOUND', transport: 'ws' });
    const invalid = await trcr.ws.send('tasks.create', { title: '', project_id: project.id }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'title' } });
    await trcr.close();
  });

  it('an AbortSignal gives up a request: before it is sent it is never sent, and an aborted wait rejects with the reason', async () => {
    const { trcr } = await signedIn(server);
    const already = await trcr.ws.send('projects.create', { name: 'Aborted early' }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(already).toMatchObject({ name: 'AbortError' });
    // Not connected yet: the request waits for the connection, and is dropped when aborted meanwhile.
    const controller = new AbortController();
    const waiting = trcr.ws.send('projects.create', { name: 'Aborted while connecting' }, { signal: controller.signal });
    controller.abort(new Error('user left the page'));
    await expect(waiting).rejects.toThrow('user left the page');
    const { data: projects } = await trcr.ws.send('projects.list');
    expect(projects.map((p) => p.name)).toEqual([]);
    await trcr.close();
  });

  it('a personal access token cannot open /ws: the client ends with the server error instead of retrying', async () => {
    const { trcr } = await signedIn(server);
    const { data: pat } = await trcr.rest.post('/personal-access-tokens', { body: { name: 'no sockets' } });
    const scripted = clientOf(server, { auth: { token: pat.token } });
    const states: WsState[] = [];
    scripted.ws.onState((s) => states.push(s));
    const err = await scripted.ws.send('tasks.list').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrcrError);
    expect(['FORBIDDEN', 'UNAUTHORIZED']).toContain((err as TrcrError).code);
    expect(states.at(-1)).toBe('closed');
  });

  it('when the access token expires the server closes the socket (4011); the client refreshes, reconnects with a new ticket, and events flow again', async () => {
    const { trcr: writer, registered } = await signedIn(server);
    const claims = decodeJwt(registered.access_token);
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ ...claims, iat: now, exp: now + 2 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const refreshed: string[] = [];
    const trcr = clientOf(server, {
      auth: { accessToken: shortLived, refreshToken: registered.refresh_token },
      onTokens: (t) => refreshed.push(t.access_token),
    });
    const states: WsState[] = [];
    const closes: (number | undefined)[] = [];
    trcr.ws.onState((s, info) => {
      states.push(s);
      if (s === 'reconnecting') closes.push(info.closeCode);
    });
    const changed = waitFor<WsEvents['EntityChanged']>(15_000);
    trcr.ws.on('EntityChanged', changed.handler);
    await trcr.ws.connect();
    const { data: before } = await writer.rest.post('/projects', { body: { name: 'Before the close' } });
    await changed.next((e) => e.entity_id === before.id);

    // The server ends the socket when the 2-second token expires; the client comes back on its own.
    await expect.poll(() => states.includes('reconnecting'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => trcr.ws.state, { timeout: 10_000 }).toBe('open');
    expect(refreshed).toHaveLength(1);
    expect(closes[0]).toBe(4011);
    const { data: after } = await writer.rest.post('/projects', { body: { name: 'After the reconnect' } });
    const event = await changed.next((e) => e.entity_id === after.id);
    expect(event).toMatchObject({ entity_type: 'project', action: 'created' });
    const { data: me } = await trcr.ws.send('users.me');
    expect(me.id).toBe(registered.user!.id);
    await trcr.close();
  });

  it('a server restart (1012) is ridden out: requests made while down wait for the new instance, events arrive after', async () => {
    const port = await freePort();
    let instance = await startTestServer({ port }, { shareWith: server });
    try {
      const { trcr, registered } = await signedIn(instance);
      const changed = waitFor<WsEvents['EntityChanged']>(15_000);
      trcr.ws.on('EntityChanged', changed.handler);
      await trcr.ws.connect();
      const states: WsState[] = [];
      const closes: (number | undefined)[] = [];
      trcr.ws.onState((s, info) => {
        states.push(s);
        if (s === 'reconnecting' && info.closeCode) closes.push(info.closeCode);
      });
      const subscription = trcr.graphql.subscribe(EntityChangedDocument, { entityType: 'task' });
      const firstTask = subscription.next();

      await instance.close();
      await expect.poll(() => trcr.ws.state).toBe('reconnecting');
      // Made while no server listens: it waits rather than vanishing...
      const waiting = trcr.ws.send('projects.create', { name: 'Made while down' });
      // ...and one with a short deadline fails with TIMEOUT rather than hanging.
      const late = await trcr.ws.send('tasks.list', {}, { timeoutMs: 200 }).catch((e: unknown) => e);
      expect(late).toBeInstanceOf(TrcrConnectionError);
      expect((late as TrcrConnectionError).code).toBe('TIMEOUT');

      instance = await startTestServer({ port }, { shareWith: server });
      const { data: made } = await waiting;
      expect(made.name).toBe('Made while down');
      expect(trcr.ws.state).toBe('open');
      expect(states).toContain('reconnecting');
      await changed.next((e) => e.entity_id === made.id);
      // A change made through another instance after the reconnect reaches the socket.
      const writerOfSameOrg = clientOf(server, { auth: { accessToken: registered.access_token } });
      const { data: task } = await writerOfSameOrg.rest.post('/tasks', { body: { title: 'After restart', project_id: made.id } });
      await changed.next((e) => e.entity_id === task.id);
      expect(closes[0]).toBe(1012);
      // The graphql-ws subscription made before the restart resumes on the new instance too (after its own back-off;
      // events in between are not replayed, so keep creating tasks until one arrives).
      const created: string[] = [];
      const resumed = await firstWhile(firstTask, async () => {
        created.push((await writerOfSameOrg.rest.post('/tasks', { body: { title: 'For the subscription', project_id: made.id } })).data.id);
      });
      expect(created).toContain(resumed.entityChanged.entity_id);
      await subscription.return!();
      await trcr.close();
    } finally {
      await instance.close();
    }
  });
});

describe('GraphQL subscriptions over graphql-ws', () => {
  it('typed subscription events with the same credentials (JWT and PAT)', async () => {
    const { trcr } = await signedIn(server);
    const timer = trcr.graphql.subscribe(TimerUpdateDocument);
    let value = await firstWhile(timer.next(), () => trcr.graphql.request(StartTimerDocument, { input: { description: 'typed' } }));
    // A start repeated while the subscription was still being set up stops the timer started before it: that
    // stop (running: false) may come first, the new start right after it.
    while (!value.timerUpdate.running) value = (await timer.next()).value as typeof value;
    expect(value).toMatchObject({ timerUpdate: { running: true, time_entry: { description: 'typed' } } });
    await timer.return!();

    const { data: pat } = await trcr.rest.post('/personal-access-tokens', { body: { name: 'subscriber' } });
    const scripted = clientOf(server, { auth: { token: pat.token } });
    const changes = scripted.graphql.subscribe(EntityChangedDocument, { entityType: 'project' });
    const created: string[] = [];
    const event = await firstWhile(changes.next(), async () => {
      created.push((await trcr.rest.post('/projects', { body: { name: 'Seen by the PAT' } })).data.id);
    });
    expect(event).toMatchObject({ entityChanged: { entity_type: 'project', action: 'created' } });
    expect(created).toContain(event.entityChanged.entity_id);
    await changes.return!();
    await scripted.close();
    await trcr.close();
  });
});
