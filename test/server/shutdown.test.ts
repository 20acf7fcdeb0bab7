/** Graceful shutdown: in-flight requests finish, new connections are refused, WebSockets close with 1012. */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { api, registerUser } from '../support/http.js';
import { startTestServer } from '../support/server.js';
import { connectWs } from '../support/ws.js';

/** Starts a POST whose body is sent in two parts; `finish()` sends the rest and resolves with the answer. */
function slowPost(url: string, token: string, body: object) {
  const text = JSON.stringify(body);
  const half = Math.floor(text.length / 2);
  const req = http.request(url, {
    method: 'POST',
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
  answer.catch(() => {}); // observed by finish(); do not report it as unhandled before then
  req.write(text.slice(0, half));
  return {
    finish() {
      req.end(text.slice(half));
      return answer;
    },
  };
}

describe('graceful shutdown', () => {
  it('finishes the in-flight request, refuses new ones, closes WebSockets with 1012', async () => {
    const server = await startTestServer();
    const user = await registerUser(server);
    const ws = await connectWs(server, user.access_token);

    const inFlight = slowPost(`${server.url}/api/v1/projects`, user.access_token, { name: 'Finished during shutdown' });
    // Give the server time to receive the headers and start reading the body.
    await new Promise((r) => setTimeout(r, 100));

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    const wsClose = await ws.closed;
    expect(wsClose.code).toBe(1012);

    // No new requests while draining: a new connection is refused; one already open (fetch keeps the
    // registration's connection alive) answers 503 and is closed.
    const refusal = await fetch(`${server.url}/healthz`).then(
      async (r) => ({ status: r.status, connection: r.headers.get('connection'), retryAfter: r.headers.get('retry-after'), body: await r.json() }),
      () => 'refused' as const,
    );
    if (refusal !== 'refused') {
      expect(refusal).toMatchObject({ status: 503, connection: 'close', retryAfter: '1', body: { error: { code: 'SERVICE_UNAVAILABLE' } } });
    }
    expect(closed).toBe(false);

    const res = await inFlight.finish();
    expect(res.status).toBe(201);
    expect(res.body.data.name).toBe('Finished during shutdown');
    await closing;
    expect(closed).toBe(true);
  });

  it('a request that never finishes is cut after the shutdown bound', async () => {
    const server = await startTestServer({}, { shutdownTimeoutMs: 300 });
    const user = await registerUser(server);
    const stuck = slowPost(`${server.url}/api/v1/projects`, user.access_token, { name: 'Never sent in full' });
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(3000);
    await expect(stuck.finish()).rejects.toThrow();
  });

  it('close() is idempotent', async () => {
    const server = await startTestServer();
    await api(server).get('/nope');
    await Promise.all([server.close(), server.close()]);
    await server.close();
  });
});
