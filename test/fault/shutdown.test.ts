/**
 * Shutdown under `npm start` (issue 8, item 5). The server runs as `npm start` in its own process group,
 * under load: REST clients looping, a request in flight, 15 /ws sockets and a graphql-ws socket. SIGTERM
 * is sent to the server process, to npm alone (npm as PID 1 in a container) and to the whole group (Ctrl-C
 * in a terminal, a container runtime). Whichever receives it, the server drains once: "stopping" logged
 * once, the in-flight request completes, later requests get a clean refusal (connection refused, or 503
 * with `Connection: close`), never a reset; every socket closes with 1012; npm exits 0 within the bound
 * (SHUTDOWN_TIMEOUT_MS + 5 s) and nothing is left running or listening.
 */
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { connectWs, type WsClose } from '../support/ws.js';
import { createTestDatabase, killAll, npmStart, portRefuses, type NpmStarted } from './support/npm-start.js';
import type { TestDatabase } from '../../src/platform/testing.js';

const SHUTDOWN_TIMEOUT_MS = 10_000;
/** The documented bound: the drain bound plus 5 s for sockets and services (src/main.ts). */
const EXIT_BOUND_MS = SHUTDOWN_TIMEOUT_MS + 5_000;
const SOCKETS = 15;
const LOOPS = 4;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('shutdown');
});
afterEach(() => killAll());
afterAll(async () => {
  killAll();
  await database?.drop();
});

/** A POST whose body is sent in two parts; `finish()` sends the rest and resolves with the answer. */
function slowPost(url: string, token: string, body: object) {
  const text = JSON.stringify(body);
  const half = Math.floor(text.length / 2);
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(data) }));
    });
    req.on('error', reject);
  });
  answer.catch(() => {}); // observed by finish()
  req.write(text.slice(0, half));
  return {
    finish() {
      req.end(text.slice(half));
      return answer;
    },
  };
}

interface LoopOutcome {
  ok: number;
  /** 503 SERVICE_UNAVAILABLE with Connection: close. */
  refused503: number;
  /** ECONNREFUSED: the listener is closed. */
  refusedConnect: number;
  /** Anything else (a reset, a hang-up, an unexpected status): must stay empty. */
  bad: string[];
}

/** A REST client sending one request after another until the server refuses new connections. */
async function restLoop(server: NpmStarted, user: RegisteredUser, stop: () => boolean): Promise<LoopOutcome> {
  const out: LoopOutcome = { ok: 0, refused503: 0, refusedConnect: 0, bad: [] };
  const client = api(server, user.access_token);
  while (!stop()) {
    try {
      const res = await client.get('/me');
      if (res.status === 200) out.ok++;
      else if (res.status === 503 && res.headers.get('connection') === 'close' && res.body?.error?.code === 'SERVICE_UNAVAILABLE') out.refused503++;
      else out.bad.push(`status ${res.status} ${JSON.stringify(res.body)}`);
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code;
      if (code === 'ECONNREFUSED') {
        out.refusedConnect++;
        return out;
      }
      out.bad.push(`${String(err)} (${code ?? String((err as { cause?: unknown }).cause)})`);
      return out;
    }
  }
  return out;
}

/** A graphql-ws connection, acknowledged; resolves its close. */
async function openGraphqlWs(server: NpmStarted, token: string): Promise<{ closed: Promise<WsClose> }> {
  const socket = new WebSocket(server.graphqlWsUrl, 'graphql-transport-ws');
  const closed = new Promise<WsClose>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('error', () => {}); // surfaced through `closed`
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.once('message', (raw: Buffer) => (JSON.parse(raw.toString()).type === 'connection_ack' ? resolve() : reject(new Error(raw.toString()))));
    socket.once('error', reject);
  });
  return { closed };
}

type Target = 'server' | 'npm' | 'group';

async function drainUnderLoad(target: Target): Promise<void> {
  const server = await npmStart(database, {
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    WS_MAX_CONNECTIONS_PER_USER: String(SOCKETS + 5),
    RATE_LIMIT_PER_MINUTE: '1000000',
    WS_MESSAGES_PER_MINUTE: '1000000',
  });
  try {
    const user = await registerUser(server);
    const sockets = await Promise.all(Array.from({ length: SOCKETS }, () => connectWs(server, user.access_token)));
    const graphql = await openGraphqlWs(server, user.access_token);

    let exitedAt = 0;
    const loops = Array.from({ length: LOOPS }, () => restLoop(server, user, () => exitedAt > 0));
    // Load is running: some requests have been answered before the signal.
    await new Promise((r) => setTimeout(r, 1000));
    const inFlight = slowPost(`${server.url}/api/v1/projects`, user.access_token, { name: `In flight at ${target} SIGTERM` });
    await new Promise((r) => setTimeout(r, 200));

    const signalledAt = Date.now();
    if (target === 'server') process.kill(server.serverPid, 'SIGTERM');
    else if (target === 'npm') process.kill(server.npmPid, 'SIGTERM');
    else process.kill(-server.npmPid, 'SIGTERM');

    // Every socket is told to reconnect elsewhere (1012), none is dropped (1006).
    const closes = await Promise.all(sockets.map((s) => s.closed));
    expect(closes.map((c) => c.code)).toEqual(Array(SOCKETS).fill(1012));
    expect((await graphql.closed).code).toBe(1012);

    // The request in flight when the signal came is finished, not cut.
    const answer = await inFlight.finish();
    expect(answer.status).toBe(201);
    expect(answer.body.data.name).toBe(`In flight at ${target} SIGTERM`);

    const exit = await server.exited;
    exitedAt = Date.now();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAt - signalledAt).toBeLessThan(EXIT_BOUND_MS);

    const outcomes = await Promise.all(loops);
    expect(outcomes.flatMap((o) => o.bad)).toEqual([]);
    expect(outcomes.reduce((n, o) => n + o.ok, 0)).toBeGreaterThan(0);
    // Each client ended on a clean refusal.
    for (const o of outcomes) expect(o.refusedConnect + o.refused503).toBeGreaterThan(0);

    const messages = server.logs.map((l) => l.msg);
    expect(messages.filter((m) => m === 'stopping')).toHaveLength(1);
    expect(messages).not.toContain('second signal: exiting now');
    expect(messages.filter((m) => typeof m === 'string' && /overran|failed/.test(m))).toEqual([]);

    // Nothing left: no process in the group, nothing listening.
    await new Promise((r) => setTimeout(r, 200));
    expect(server.groupPids()).toEqual([]);
    expect(await portRefuses(server.port)).toBe(true);
  } finally {
    server.kill();
  }
}

describe('shutdown under npm start, under load', () => {
  it('SIGTERM to the server process drains once and exits 0', () => drainUnderLoad('server'));
  it('SIGTERM to npm alone drains once and exits 0', () => drainUnderLoad('npm'));
  it('SIGTERM to the whole process group drains once and exits 0', () => drainUnderLoad('group'));
});
