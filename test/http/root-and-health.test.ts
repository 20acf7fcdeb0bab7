/** GET / (browser → /docs, others → a JSON map), /healthz (unchanged) and /readyz (database + Redis). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawRequest, unusedPort } from './support.js';

let server: TestServer; // with the test Redis
let noRedis: TestServer;

beforeAll(async () => {
  [server, noRedis] = await Promise.all([startTestServer(), startTestServer({ redisUrl: undefined })]);
});
afterAll(async () => {
  await server?.close();
  await noRedis?.close();
});

describe('GET /', () => {
  it('redirects a browser to /docs', async () => {
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const res = await rawRequest('GET', `${server.url}/`, { accept });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/docs');
    expect(res.headers.vary).toMatch(/accept/i);
  });

  it('answers other clients with a JSON map of the endpoints', async () => {
    for (const headers of [{}, { accept: 'application/json' }, { accept: '*/*' }] as Record<string, string>[]) {
      const res = await httpRequest('GET', `${server.url}/`, undefined, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.body).toEqual({
        name: 'TRCR',
        docs: '/docs',
        rest: '/api/v1',
        websocket: '/ws',
        graphql: '/graphql',
        mcp: '/mcp',
        health: '/healthz',
        ready: '/readyz',
      });
    }
  });

  it('HEAD works; other methods are NOT_FOUND as before', async () => {
    const head = await rawRequest('HEAD', `${server.url}/`);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await httpRequest('POST', `${server.url}/`, {});
    expect(post.status).toBe(404);
    expect(post.body.error.code).toBe('NOT_FOUND');
  });
});

describe('/healthz', () => {
  it('answers 200 {status:"ok"} to GET and HEAD, without auth or rate-limit headers', async () => {
    const res = await httpRequest('GET', `${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect((await rawRequest('HEAD', `${server.url}/healthz`)).status).toBe(200);
  });
});

describe('/readyz', () => {
  it('with Redis configured and answering: 200, both checks ok', async () => {
    const res = await httpRequest('GET', `${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await rawRequest('HEAD', `${server.url}/readyz`)).status).toBe(200);
  });

  it('without REDIS_URL: 200, redis not_configured', async () => {
    const res = await httpRequest('GET', `${noRedis.url}/readyz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'not_configured' } });
  });

  it('with Redis configured where nothing listens: 503 quickly, naming the failed check', async () => {
    const down = await startTestServer({ redisUrl: `redis://127.0.0.1:${await unusedPort()}` });
    try {
      for (const method of ['GET', 'GET', 'HEAD']) {
        const started = Date.now();
        const res = await rawRequest(method, `${down.url}/readyz`);
        expect(Date.now() - started).toBeLessThan(2500);
        expect(res.status).toBe(503);
        if (method === 'GET') {
          expect(JSON.parse(res.body.toString('utf8'))).toEqual({ status: 'unavailable', checks: { database: 'ok', redis: 'unavailable' } });
        }
      }
      // Liveness only looks at the database.
      expect((await httpRequest('GET', `${down.url}/healthz`)).status).toBe(200);
    } finally {
      await down.close();
    }
  });

  it('with the database gone: 503 from both, naming the database', async () => {
    const srv = await startTestServer({ redisUrl: undefined });
    try {
      await srv.svc.db.end({ timeout: 1 });
      const started = Date.now();
      const ready = await httpRequest('GET', `${srv.url}/readyz`);
      expect(Date.now() - started).toBeLessThan(2500);
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'unavailable', redis: 'not_configured' } });
      const health = await httpRequest('GET', `${srv.url}/healthz`);
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: 'unavailable' });
    } finally {
      await srv.close();
    }
  });
});
