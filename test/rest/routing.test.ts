/** The REST router is built from the generated table; unknown paths and methods answer the error envelope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationMeta } from '../../generated/operations.js';
import { restRoutes } from '../../generated/rest-routes.js';
import { api, httpRequest, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  // Every route is called once without a token: more calls than the default 100 per minute per client.
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  await server?.close();
});

const concretePath = (koaPath: string): string => koaPath.replace(/:[a-z_]+/g, 'xyz_01jq3v8m2xg9r6h5k4t7w0c1de');

describe('routes from the generated table', () => {
  it('every route answers on its method and path (authenticated ones demand a token)', async () => {
    expect(restRoutes.length).toBeGreaterThan(10);
    for (const route of restRoutes) {
      const res = await api(server).request(route.method, concretePath(route.koaPath), route.hasBody ? {} : undefined);
      // Neither "no such endpoint" nor "wrong method": the route exists.
      expect(res.body?.error?.message ?? '', `${route.method} ${route.path}`).not.toMatch(/No API endpoint|not allowed/);
      if (operationMeta[route.operation].auth === 'user') {
        expect(res.status, `${route.method} ${route.path}`).toBe(401);
        expect(res.body.error.code).toBe('UNAUTHORIZED');
      }
    }
  });

  it('runs the operation and answers with the route status and body', async () => {
    const user = await registerUser(server);
    const me = await api(server, user.access_token).get('/me');
    expect(me.status).toBe(200);
    expect(me.body.data.id).toBe(user.user.id);
    expect(me.headers.get('content-type')).toMatch(/application\/json/);

    const created = await api(server, user.access_token).post('/projects', { name: 'Routing' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ name: 'Routing' });
    const got = await api(server, user.access_token).get(`/projects/${created.body.data.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data.id).toBe(created.body.data.id);
  });
});

describe('errors outside the table', () => {
  it('unknown path under /api/v1 → 404 NOT_FOUND envelope', async () => {
    const res = await api(server).get('/nope/nothing');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(typeof res.body.error.message).toBe('string');
  });

  it('known path, wrong method → 405 VALIDATION_ERROR envelope with Allow', async () => {
    const res = await api(server).request('PUT', '/projects');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.allowed).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(res.headers.get('allow')).toMatch(/GET/);
  });

  it('errors outside /api/v1 are JSON too', async () => {
    const res = await httpRequest('GET', `${server.url}/definitely-not-here`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('X-Request-Id: echoed when given, generated when absent', async () => {
    const given = await api(server).get('/nope', { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const generated = await api(server).get('/nope');
    expect(generated.headers.get('x-request-id')).toMatch(/^req_/);
  });
});

describe('/healthz', () => {
  it('answers 200 {status:"ok"} when the database answers', async () => {
    const res = await httpRequest('GET', `${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database does not', async () => {
    const other = await startTestServer();
    try {
      await other.svc.db.end({ timeout: 1 });
      const res = await httpRequest('GET', `${other.url}/healthz`);
      expect(res.status).toBe(503);
      expect(res.body.status).not.toBe('ok');
    } finally {
      await other.close();
    }
  });
});
