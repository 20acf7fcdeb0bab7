/**
 * The relay socket's connection and Phoenix V2 protocol (reference protocol.md §1–3, auth.md §3),
 * observed frame by frame with a raw `ws` client: the 403 refusals, heartbeats, the replies for
 * topics nobody serves, malformed and oversized frames, idle close, forced close on token
 * erase/revocation and on shutdown. Knowledge (teams needed) is in socket-knowledge.test.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelaySocket, type RelaySocket, type RelaySocketOptions } from '../../src/transports/relay/socket.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectPhoenix, JoinError, joinChannel, makeKey, makeTicket, nowSeconds, relayFetch, type RelayKey } from '../support/relay.js';
import { byRef, RawPhoenix, upgrade } from './socket-client.js';

let server: TestServer;
/** Where the relay socket is mounted (the test server itself). */
let base: string;
let key: RelayKey;
const open: RawPhoenix[] = [];

async function connect(k: RelayKey = key, at = base): Promise<RawPhoenix> {
  const c = await RawPhoenix.open(at, { ticket: makeTicket(k) });
  open.push(c);
  return c;
}

/** A second relay socket on its own port, sharing the test server's services, with test-sized options. */
async function startOwnRelay(options: RelaySocketOptions): Promise<{ base: string; relay: RelaySocket; stop(): Promise<void> }> {
  const relay = createRelaySocket(server.svc, options);
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  httpServer.on('upgrade', (req, socket, head) => relay.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    relay,
    async stop() {
      await relay.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  key = makeKey();
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await server?.close();
});

describe('connect', () => {
  it('upgrades with a fresh ticket and vsn=2.0.0', async () => {
    expect(await upgrade(base, { ticket: makeTicket(key), vsn: '2.0.0' })).toEqual({ status: 101, body: '' });
  });

  it.each([
    ['no ticket', () => ({ vsn: '2.0.0' })],
    ['an empty ticket', () => ({ ticket: '', vsn: '2.0.0' })],
    ['a ticket that is not three parts', () => ({ ticket: `${nowSeconds()}.${key.token}`, vsn: '2.0.0' })],
    ['a ticket older than 30 s', () => ({ ticket: makeTicket(key, nowSeconds() - 45), vsn: '2.0.0' })],
    ['a ticket more than 30 s in the future', () => ({ ticket: makeTicket(key, nowSeconds() + 45), vsn: '2.0.0' })],
    [
      'a ticket signed by another key',
      () => {
        const other = makeKey();
        const [ts, , sig] = makeTicket(other).split('.');
        return { ticket: `${ts}.${key.token}.${sig}`, vsn: '2.0.0' };
      },
    ],
    ['vsn=1.0.0', () => ({ ticket: makeTicket(key), vsn: '1.0.0' })],
    ['no vsn', () => ({ ticket: makeTicket(key) })],
  ])('refuses %s with 403 and an empty body', async (_name, query) => {
    expect(await upgrade(base, query())).toEqual({ status: 403, body: '' });
  });

  it('accepts a ticket 25 s old (the window is ±30 s)', async () => {
    expect((await upgrade(base, { ticket: makeTicket(key, nowSeconds() - 25), vsn: '2.0.0' })).status).toBe(101);
  });
});

describe('protocol', () => {
  it('answers a heartbeat on "phoenix" with an ok reply and a null join_ref, without any join', async () => {
    const c = await connect();
    expect(await c.request([null, '7', 'phoenix', 'heartbeat', {}])).toEqual([null, '7', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);
  });

  it('tolerates extra trailing elements in a frame', async () => {
    const c = await connect();
    c.send([null, '8', 'phoenix', 'heartbeat', {}, 'extra']);
    expect(await c.next(byRef('8'))).toEqual([null, '8', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);
  });

  it('answers a join of a topic no channel serves with "unmatched topic" and a null join_ref', async () => {
    const c = await connect();
    expect(await c.request(['3', '3', 'rooms:lobby', 'phx_join', {}])).toEqual([
      null,
      '3',
      'rooms:lobby',
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ]);
  });

  it('refuses a knowledge join for a team that does not exist, or a malformed id, with not_found', async () => {
    const c = await connect();
    const topic = `knowledge:${randomUUID()}`;
    expect(await c.request(['1', '1', topic, 'phx_join', {}])).toEqual([
      '1',
      '1',
      topic,
      'phx_reply',
      { status: 'error', response: { reason: 'not_found' } },
    ]);
    expect(await c.request(['2', '2', 'knowledge:not-a-uuid', 'phx_join', {}])).toEqual([
      '2',
      '2',
      'knowledge:not-a-uuid',
      'phx_reply',
      { status: 'error', response: { reason: 'not_found' } },
    ]);
    // Refused joins leave nothing joined: a push there is an unmatched topic.
    expect(await c.request(['1', '3', topic, 'knowledge:push', { content: 'x' }])).toEqual([
      null,
      '3',
      topic,
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ]);
  });

  it('answers an event on a topic that is not joined with "unmatched topic" (join_ref null)', async () => {
    const c = await connect();
    const topic = `knowledge:${randomUUID()}`;
    expect(await c.request(['4', '5', topic, 'knowledge:push', { content: 'hello' }])).toEqual([
      null,
      '5',
      topic,
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ]);
    // Also on "phoenix" for anything but a heartbeat.
    expect(await c.request([null, '6', 'phoenix', 'hello', {}])).toEqual([
      null,
      '6',
      'phoenix',
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ]);
  });

  it('answers a leave of a topic that is not joined with ok and no phx_close', async () => {
    const c = await connect();
    const topic = `knowledge:${randomUUID()}`;
    expect(await c.request(['9', '10', topic, 'phx_leave', {}])).toEqual(['9', '10', topic, 'phx_reply', { status: 'ok', response: {} }]);
    expect(await c.unmatched()).toEqual([]);
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['a JSON object', JSON.stringify({ topic: 'phoenix', event: 'heartbeat', payload: {}, ref: '1' })],
    ['an array of four elements', JSON.stringify([null, '1', 'phoenix', 'heartbeat'])],
    ['a payload that is not an object', JSON.stringify([null, '1', 'phoenix', 'heartbeat', 'x'])],
    ['a list payload', JSON.stringify([null, '1', 'phoenix', 'heartbeat', []])],
    ['a numeric ref', JSON.stringify([null, 1, 'phoenix', 'heartbeat', {}])],
    ['a non-string topic', JSON.stringify([null, '1', 5, 'heartbeat', {}])],
  ])('closes the connection with 1003 on %s', async (_name, text) => {
    const c = await connect();
    c.send(text);
    expect((await c.closed).code).toBe(1003);
    // The server is unharmed.
    const d = await connect();
    expect((await d.request([null, '1', 'phoenix', 'heartbeat', {}]))[4]).toEqual({ status: 'ok', response: {} });
  });

  it('closes the connection with 1003 on a binary frame', async () => {
    const c = await connect();
    c.socket.send(Buffer.from(JSON.stringify([null, '1', 'phoenix', 'heartbeat', {}])), { binary: true });
    expect((await c.closed).code).toBe(1003);
  });

  it('accepts a frame of exactly 512 KiB and closes with 1009 on one over it', async () => {
    const frameOf = (bytes: number): string => {
      const empty = JSON.stringify([null, '1', 'phoenix', 'heartbeat', { pad: '' }]);
      return JSON.stringify([null, '1', 'phoenix', 'heartbeat', { pad: 'x'.repeat(bytes - empty.length) }]);
    };
    const small = frameOf(512 * 1024);
    expect(Buffer.byteLength(small)).toBe(512 * 1024);
    const c = await connect();
    c.send(small);
    expect(await c.next(byRef('1'))).toEqual([null, '1', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);

    const big = frameOf(512 * 1024 + 1);
    const d = await connect();
    d.send(big);
    expect((await d.closed).code).toBe(1009);
  });

  it('closes every connection of a token that erases itself (4001), and only that token’s connections', async () => {
    const revoked = makeKey();
    const a = await connect(revoked);
    const b = await connect(revoked);
    const other = await connect(makeKey());
    const erased = await relayFetch(server.url, revoked, 'DELETE', `/api/token/${revoked.token}/erase`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await a.closed).toEqual({ code: 4001, reason: 'token revoked' });
    expect(await b.closed).toEqual({ code: 4001, reason: 'token revoked' });
    expect((await other.request([null, '1', 'phoenix', 'heartbeat', {}]))[4]).toEqual({ status: 'ok', response: {} });
  });
});

describe('with the npm phoenix client', () => {
  it('connects and gets its heartbeat answered', async () => {
    const socket = await connectPhoenix(base, key);
    try {
      const rtt = await new Promise<number>((resolve) => socket.ping(resolve));
      expect(rtt).toBeGreaterThanOrEqual(0);
      expect(socket.isConnected()).toBe(true);
    } finally {
      socket.disconnect();
    }
  });

  it('cannot connect with an expired ticket', async () => {
    await expect(connectPhoenix(base, key, { ticket: () => makeTicket(key, nowSeconds() - 60) })).rejects.toThrow(/failed to connect/);
  });

  it('is refused a join of a team that does not exist (not_found)', async () => {
    const socket = await connectPhoenix(base, key);
    try {
      const err = await joinChannel(socket, `knowledge:${randomUUID()}`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JoinError);
      expect((err as JoinError).payload).toEqual({ reason: 'not_found' });
    } finally {
      socket.disconnect();
    }
  });
});

describe('timers and shutdown (a relay socket with test-sized options)', () => {
  it('closes a connection that sent nothing for the idle timeout; heartbeats keep one open', async () => {
    const own = await startOwnRelay({ idleTimeoutMs: 400 });
    try {
      const silent = await connect(key, own.base);
      const chatty = await connect(key, own.base);
      const started = Date.now();
      let n = 0;
      const beat = setInterval(() => chatty.send([null, String(++n), 'phoenix', 'heartbeat', {}]), 100);
      const closed = await silent.closed;
      const idleFor = Date.now() - started;
      expect(closed).toEqual({ code: 1000, reason: 'idle timeout' });
      expect(idleFor).toBeGreaterThanOrEqual(350);
      expect(idleFor).toBeLessThan(2000);
      await new Promise((r) => setTimeout(r, 600));
      clearInterval(beat);
      expect(chatty.socket.readyState).toBe(WebSocket.OPEN);
      expect(own.relay.connectionCount()).toBe(1);
    } finally {
      await own.stop();
    }
  });

  it('close() closes every connection with 1012 and refuses new upgrades', async () => {
    const own = await startOwnRelay({});
    const a = await connect(key, own.base);
    const b = await connect(makeKey(), own.base);
    expect(own.relay.connectionCount()).toBe(2);
    await own.relay.close();
    expect(await a.closed).toEqual({ code: 1012, reason: 'service restart' });
    expect(await b.closed).toEqual({ code: 1012, reason: 'service restart' });
    expect(own.relay.connectionCount()).toBe(0);
    await expect(RawPhoenix.open(own.base, { ticket: makeTicket(key) })).rejects.toThrow();
    await own.stop();
  });

  it('counts connections as they open and close', async () => {
    const own = await startOwnRelay({});
    try {
      const a = await connect(key, own.base);
      await connect(key, own.base);
      expect(own.relay.connectionCount()).toBe(2);
      await a.close();
      await new Promise((r) => setTimeout(r, 50));
      expect(own.relay.connectionCount()).toBe(1);
    } finally {
      await own.stop();
    }
  });
});
