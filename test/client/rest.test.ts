/**
 * The typed client (@trcr/client) against the running server over REST and GraphQL: every documented error
 * code arrives as a TrcrError with that code, lists are walked across pages, a session's refresh token is
 * rotated once however many calls find the access token expired, and 429s are waited out (or not).
 */
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTrcrError, TrcrError, type ErrorCode } from '@trcr/client';
import { MeDocument, ProjectsDocument, CreateTaskDocument, TasksDocument } from '@trcr/client/graphql';
import { freePort } from '../support/ports.js';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server.js';
import { clientOf, PASSWORD, signedIn, uniqueEmail } from './support.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The TrcrError a call rejects with. */
async function errorOf(call: Promise<unknown>): Promise<TrcrError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TrcrError);
  return err as TrcrError;
}

/** An access token of the same session that expired a minute ago. */
async function expired(accessToken: string): Promise<string> {
  const claims = decodeJwt(accessToken);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, iat: now - 960, exp: now - 60 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

describe('typed errors: each documented code is a TrcrError with that code', () => {
  it('VALIDATION_ERROR names the field (REST, GraphQL)', async () => {
    const { trcr } = await signedIn(server);
    const rest = await errorOf(trcr.rest.post('/projects', { body: { name: '' } }));
    expect(rest).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, transport: 'rest', details: { field: 'name' } });
    expect(rest.requestId).toMatch(/\S/);
    const gql = await errorOf(trcr.graphql.request(CreateTaskDocument, { input: { title: 'x', project_id: 'prj_nope', priority: 'huge' } }));
    expect(gql).toMatchObject({ code: 'VALIDATION_ERROR', transport: 'graphql', details: { field: 'priority' } });
  });

  it('UNAUTHORIZED without credentials (REST, GraphQL)', async () => {
    const anonymous = clientOf(server);
    const rest = await errorOf(anonymous.rest.get('/tasks'));
    expect([rest.code, rest.status]).toEqual(['UNAUTHORIZED', 401]);
    const gql = await errorOf(anonymous.graphql.request(MeDocument));
    expect(gql.code).toBe('UNAUTHORIZED');
  });

  it('FORBIDDEN: a personal access token cannot create tokens (REST, GraphQL)', async () => {
    const { trcr } = await signedIn(server);
    const { data: pat } = await trcr.rest.post('/personal-access-tokens', { body: { name: 'script' } });
    const scripted = clientOf(server, { auth: { token: pat.token } });
    expect((await scripted.rest.get('/me')).data.id).toBeTruthy();
    const rest = await errorOf(scripted.rest.post('/personal-access-tokens', { body: { name: 'another' } }));
    expect([rest.code, rest.status]).toEqual(['FORBIDDEN', 403]);
    const gql = await errorOf(scripted.graphql.request('mutation { createPersonalAccessToken(input: { name: "x" }) { token } }'));
    expect(gql.code).toBe('FORBIDDEN');
  });

  it('NOT_FOUND (REST, GraphQL with the partial data and the path)', async () => {
    const { trcr } = await signedIn(server);
    const rest = await errorOf(trcr.rest.get('/tasks/{id}', { params: { path: { id: 'tsk_01aaaaaaaaaaaaaaaaaaaaaaaa' } } }));
    expect([rest.code, rest.status, rest.message]).toEqual(['NOT_FOUND', 404, 'Task not found']);
    const gql = await errorOf(trcr.graphql.request('{ me { id } task(id: "tsk_01aaaaaaaaaaaaaaaaaaaaaaaa") { id } }'));
    expect([gql.code, gql.path]).toEqual(['NOT_FOUND', ['task']]);
    expect(gql.data).toMatchObject({ me: { id: expect.any(String) }, task: null });
  });

  it('CONFLICT: an organization slug already taken', async () => {
    const { trcr } = await signedIn(server);
    const slug = `acme-${Date.now().toString(36)}`;
    await trcr.rest.post('/organizations', { body: { name: 'Acme', slug } });
    const err = await errorOf(trcr.rest.post('/organizations', { body: { name: 'Acme again', slug } }));
    expect([err.code, err.status]).toEqual(['CONFLICT', 409]);
  });

  it('PAYLOAD_TOO_LARGE: a body over 1 MiB', async () => {
    const { trcr } = await signedIn(server);
    const err = await errorOf(trcr.rest.post('/projects', { body: { name: 'Big', description: 'x'.repeat(1_100_000) } }));
    expect([err.code, err.status]).toEqual(['PAYLOAD_TOO_LARGE', 413]);
  });

  it('QUERY_TOO_COMPLEX: a GraphQL document over the cost limit, with its cost', async () => {
    const { trcr } = await signedIn(server);
    const err = await errorOf(
      trcr.graphql.request(
        '{ projects(perPage: 100) { data { tasks(perPage: 100) { data { project { tasks(perPage: 100) { data { id title } } } } } } } }',
      ),
    );
    expect([err.code, err.status]).toEqual(['QUERY_TOO_COMPLEX', 400]);
    expect(err.details).toMatchObject({ cost: 2_030_202, max_cost: 200_000 });
  });

  it('SERVICE_UNAVAILABLE: sign-in fails closed while Redis is unreachable', async () => {
    const deadPort = await freePort();
    const noRedis = await startTestServer({ redisUrl: `redis://127.0.0.1:${deadPort}` });
    try {
      const err = await errorOf(clientOf(noRedis).auth.login({ email: uniqueEmail(), password: PASSWORD }));
      expect([err.code, err.status, err.retryAfter]).toEqual(['SERVICE_UNAVAILABLE', 503, 5]);
    } finally {
      await noRedis.close();
    }
  });

  it('RATE_LIMIT_EXCEEDED with Retry-After when retries are off (REST and GraphQL)', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3 });
    try {
      const { trcr } = await signedIn(limited, { retry: false });
      for (let i = 0; i < 3; i++) await trcr.rest.get('/tasks');
      const rest = await errorOf(trcr.rest.get('/tasks'));
      expect([rest.code, rest.status]).toEqual(['RATE_LIMIT_EXCEEDED', 429]);
      expect(rest.retryAfter).toBeGreaterThan(0);
      const gql = await errorOf(trcr.graphql.request(MeDocument));
      expect(gql.code).toBe('RATE_LIMIT_EXCEEDED');
      // With retries on but a wait longer than the client accepts, the 429 is the answer too.
      const impatient = clientOf(limited, { auth: { accessToken: trcr.auth.tokens!.accessToken }, retry: { maxDelayMs: 100 } });
      expect((await errorOf(impatient.rest.get('/tasks'))).code).toBe('RATE_LIMIT_EXCEEDED');
      // A patient client waits out the Retry-After (up to a minute here) unless the caller aborts the call.
      const patient = clientOf(limited, { auth: { accessToken: trcr.auth.tokens!.accessToken } });
      const started = Date.now();
      const aborted = await patient.rest.get('/tasks', { signal: AbortSignal.timeout(300) }).catch((e: unknown) => e);
      expect(aborted).toMatchObject({ name: 'TimeoutError' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await limited.close();
    }
  });

  it('the codes the tests cover are the documented ones, except INTERNAL_ERROR (no way to cause one from outside)', async () => {
    const { ERROR_CODES } = await import('@trcr/client');
    const covered: ErrorCode[] = [
      'VALIDATION_ERROR',
      'UNAUTHORIZED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'PAYLOAD_TOO_LARGE',
      'RATE_LIMIT_EXCEEDED',
      'SERVICE_UNAVAILABLE',
      'QUERY_TOO_COMPLEX',
    ];
    expect([...ERROR_CODES].sort()).toEqual([...covered, 'INTERNAL_ERROR'].sort());
  });
});

describe('429: the client waits out Retry-After and tries again', () => {
  it('a login refused for 1 s succeeds on the retry; with retries off the caller gets the 429', async () => {
    const throttled = await startTestServer({
      loginThrottle: { failuresPerAccountAddress: 1, blockSeconds: 1, maxBlockSeconds: 1, failuresPerAccount: 50, failuresPerAddress: 100 },
    });
    try {
      const { email } = await signedIn(throttled);
      const noRetry = clientOf(throttled, { retry: false });
      expect((await errorOf(noRetry.auth.login({ email, password: 'wrong password!' }))).code).toBe('UNAUTHORIZED');
      const refused = await errorOf(noRetry.auth.login({ email, password: PASSWORD }));
      expect([refused.code, refused.retryAfter]).toEqual(['RATE_LIMIT_EXCEEDED', 1]);

      const patient = clientOf(throttled);
      expect((await errorOf(patient.auth.login({ email, password: 'wrong password!' }))).code).toBe('UNAUTHORIZED');
      const started = Date.now();
      const tokens = await patient.auth.login({ email, password: PASSWORD });
      expect(tokens.access_token).toBeTruthy();
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    } finally {
      await throttled.close();
    }
  });
});

describe('pagination', () => {
  it('rest.paginate walks every page in order; rest.pages yields each page', async () => {
    const { trcr } = await signedIn(server);
    const { data: project } = await trcr.rest.post('/projects', { body: { name: 'Paged' } });
    const titles = Array.from({ length: 7 }, (_, i) => `Task ${i}`);
    for (const title of titles) await trcr.rest.post('/tasks', { body: { title, project_id: project.id } });
    const seen: string[] = [];
    for await (const task of trcr.rest.paginate('/tasks', { params: { query: { project_id: project.id, per_page: 3, sort: 'title' } } })) {
      seen.push(task.title);
    }
    expect(seen).toEqual(titles);
    const pages: number[] = [];
    for await (const page of trcr.rest.pages('/tasks', { params: { query: { project_id: project.id, per_page: 3 } } })) {
      pages.push(page.data.length);
      expect(page.pagination.total).toBe(7);
    }
    expect(pages).toEqual([3, 3, 1]);
    // Starting from a later page, and an empty list.
    const rest: string[] = [];
    for await (const t of trcr.rest.paginate('/tasks', { params: { query: { project_id: project.id, per_page: 3, page: 3 } } })) rest.push(t.id);
    expect(rest).toHaveLength(1);
    let none = 0;
    for await (const _ of trcr.rest.paginate('/projects', { params: { query: { search: 'no such project' } } })) none++;
    expect(none).toBe(0);
  });

  it('GraphQL typed documents page the same lists', async () => {
    const { trcr } = await signedIn(server);
    const { createProject } = await trcr.graphql.request((await import('@trcr/client/graphql')).CreateProjectDocument, {
      input: { name: 'Typed' },
    });
    for (let i = 0; i < 3; i++) await trcr.graphql.request(CreateTaskDocument, { input: { title: `G${i}`, project_id: createProject.id } });
    const page2 = await trcr.graphql.request(TasksDocument, { projectId: createProject.id, perPage: 2, page: 2, sort: 'title' });
    expect(page2.tasks.data.map((t) => t.title)).toEqual(['G2']);
    expect(page2.tasks.pagination).toEqual({ total: 3, page: 2, per_page: 2, total_pages: 2 });
    const projects = await trcr.graphql.request(ProjectsDocument, { perPage: 10 });
    expect(projects.projects.data.map((p) => p.name)).toContain('Typed');
  });
});

describe('session refresh', () => {
  it('an expired access token is refreshed once for many concurrent calls, and the new pair reaches onTokens', async () => {
    const { trcr: first, registered } = await signedIn(server);
    await first.rest.post('/projects', { body: { name: 'Before expiry' } });
    const rotations: string[] = [];
    const trcr = clientOf(server, {
      auth: { accessToken: await expired(registered.access_token), refreshToken: registered.refresh_token },
      onTokens: (t) => rotations.push(t.refresh_token),
    });
    const results = await Promise.all([
      trcr.rest.get('/projects'),
      trcr.rest.get('/tasks'),
      trcr.rest.get('/me'),
      trcr.graphql.request(MeDocument),
      trcr.rest.get('/projects'),
    ]);
    expect(results[0].data.map((p) => p.name)).toEqual(['Before expiry']);
    expect(rotations).toHaveLength(1);
    expect(rotations[0]).not.toBe(registered.refresh_token);
    expect(trcr.auth.tokens?.refreshToken).toBe(rotations[0]);
    // The rotated token keeps working for later calls without another refresh.
    await trcr.rest.get('/tasks');
    expect(rotations).toHaveLength(1);
  });

  it('a session that was signed out ends: the call fails UNAUTHORIZED and onSessionEnded is called once', async () => {
    const { trcr, registered } = await signedIn(server);
    let ended = 0;
    const other = clientOf(server, {
      auth: { accessToken: await expired(registered.access_token), refreshToken: registered.refresh_token },
      onSessionEnded: () => ended++,
    });
    await trcr.auth.logout();
    const err = await errorOf(other.rest.get('/tasks'));
    expect(err.code).toBe('UNAUTHORIZED');
    expect(ended).toBe(1);
    expect(other.auth.tokens).toBeUndefined();
    expect(isTrcrError(err, 'UNAUTHORIZED')).toBe(true);
  });

  it('the organization option acts in that organization (X-Org-Id)', async () => {
    const { trcr } = await signedIn(server);
    const { data: org } = await trcr.rest.post('/organizations', { body: { name: 'Second', slug: `second-${Date.now().toString(36)}` } });
    trcr.setOrg(org.id);
    const { data: project } = await trcr.rest.post('/projects', { body: { name: 'In the second org' } });
    expect(project.org_id).toBe(org.id);
    const { data: ws } = await trcr.ws.send('projects.get', { id: project.id });
    expect(ws.org_id).toBe(org.id);
    trcr.setOrg(undefined);
    expect((await errorOf(trcr.rest.get('/projects/{id}', { params: { path: { id: project.id } } }))).code).toBe('NOT_FOUND');
    await trcr.close();
  });
});
