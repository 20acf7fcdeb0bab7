/**
 * Every answer under /api/v1 is the JSON error envelope, whatever the method and however malformed the
 * request: a method no route has (PROPFIND, TRACE) on a known path is 405 with `Allow` (was Koa's
 * `501 text/plain`), on an unknown path 404; a path that is not percent-encoded UTF-8 is 400; and
 * what Node's HTTP parser rejects (over-long URL, malformed request line or header, CONNECT) is a JSON
 * 400/405/431 instead of a bare status line or a dropped connection.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkErrorEnvelope } from '../support/contract.js';
import { api, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** Writes `request` as bytes on a fresh connection and reads the answer until the server closes it. */
function rawRequest(request: string | Buffer): Promise<RawAnswer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 10 s'));
    }, 10_000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const bodyText = rest.join('\r\n\r\n');
      let body: unknown = bodyText;
      try {
        body = JSON.parse(bodyText);
      } catch {
        // kept as text: the assertions say what was expected
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const expectEnvelope = (res: RawAnswer, where: string): void => {
  expect(res.headers['content-type'], where).toMatch(/^application\/json/);
  checkErrorEnvelope(where, res.body);
};

describe('methods no route has', () => {
  it('PROPFIND /api/v1/projects → 405 VALIDATION_ERROR envelope with Allow, not 501 text/plain', async () => {
    const user = await registerUser(server);
    for (const method of ['PROPFIND', 'MKCOL', 'M-SEARCH']) {
      const res = await api(server, user.access_token).request(method, '/projects');
      expect(res.status, method).toBe(405);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { method, allowed: expect.arrayContaining(['GET', 'POST']) } });
      expect(res.headers.get('allow')).toMatch(/GET/);
    }
  });

  it('TRACE (which fetch refuses to send) on a known path → 405 envelope', async () => {
    const res = await rawRequest('TRACE /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(405);
    expectEnvelope(res, 'TRACE /api/v1/me');
    expect(res.headers.allow).toMatch(/GET/);
  });

  it('an unknown method on an unknown path → 404 NOT_FOUND envelope, no empty Allow', async () => {
    const res = await api(server).request('PROPFIND', '/nothing/here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect(res.headers.get('allow')).toBeNull();
  });

  it('OPTIONS outside a CORS preflight: 204 with Allow, no text body', async () => {
    const res = await api(server).request('OPTIONS', '/projects');
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect(res.headers.get('allow')).toMatch(/POST/);
  });

  it('CONNECT → 405 envelope instead of a dropped connection', async () => {
    const res = await rawRequest('CONNECT localhost:80 HTTP/1.1\r\nHost: localhost:80\r\n\r\n');
    expect(res.status).toBe(405);
    expectEnvelope(res, 'CONNECT');
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
  });
});

describe('paths and requests that do not parse', () => {
  it('bad percent-encoding in a path → 400 VALIDATION_ERROR naming the path', async () => {
    for (const path of ['/projects/%E0%A4%A', '/projects/prj_%ED%A0%80', '/projects/%']) {
      const res = await api(server).get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.error, path).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'path' } });
    }
  });

  it('an over-long URL → 431 PAYLOAD_TOO_LARGE envelope (Node would answer a bare status line)', async () => {
    const res = await rawRequest(`GET /api/v1/projects/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(res.status).toBe(431);
    expectEnvelope(res, 'over-long URL');
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit_bytes: expect.any(Number) } });
  });

  it('a malformed request line or header (a NUL in X-Org-Id) → 400 VALIDATION_ERROR envelope', async () => {
    for (const [what, request] of [
      ['bad method token', 'G@T /api/v1/projects HTTP/1.1\r\nHost: localhost\r\n\r\n'],
      ['space in the target', 'GET /api/v1/pro jects HTTP/1.1\r\nHost: localhost\r\n\r\n'],
      ['NUL in a header', 'GET /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nX-Org-Id: org_\u0000x\r\n\r\n'],
    ] as const) {
      const res = await rawRequest(request);
      expect(res.status, what).toBe(400);
      expectEnvelope(res, what);
      expect(res.body.error, what).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'request' } });
    }
  });

  it('the server keeps answering normal requests afterwards', async () => {
    const res = await api(server).get('/nope');
    expect(res.status).toBe(404);
  });
});
