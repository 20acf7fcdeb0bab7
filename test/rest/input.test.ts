/** Request decoding: JSON only, 1 MB limit, object bodies, strict fields, query coercion and strictness. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser, type ApiClient } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let client: ApiClient;
let projectId: string;
beforeAll(async () => {
  server = await startTestServer();
  const user = await registerUser(server);
  client = api(server, user.access_token);
  const p = await client.post('/projects', { name: 'Input tests' });
  projectId = p.body.data.id;
});
afterAll(async () => {
  await server?.close();
});

describe('request body', () => {
  it('invalid JSON → 400 VALIDATION_ERROR "Invalid JSON"', async () => {
    const res = await client.post('/projects', '{"name": "x",');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Invalid JSON' });
  });

  it('a non-object JSON body → 400', async () => {
    for (const body of ['[1,2]', '"text"', '42', 'null']) {
      const res = await client.post('/projects', body);
      expect(res.status, body).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('a body over 1 MB → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await client.post('/projects', { name: 'x', description: 'a'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a route without a documented body still validates one: unknown fields fail, org_id selects the organization', async () => {
    const project = await client.post('/projects', { name: 'To delete' });
    const bogus = await client.delete(`/projects/${project.body.data.id}`, { bogus: 1 });
    expect(bogus.status).toBe(400);
    expect(bogus.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'bogus' } });
    expect((await client.get(`/projects/${project.body.data.id}`)).status).toBe(200);

    const other = await client.post('/organizations', { name: 'Second org' });
    const orgId = other.body.data.id as string;
    const elsewhere = await client.post('/projects', { name: 'Elsewhere', org_id: orgId });
    expect(elsewhere.status).toBe(201);
    // Without org_id the call acts in the default organization, where the project does not exist.
    expect((await client.delete(`/projects/${elsewhere.body.data.id}`)).status).toBe(404);
    const deleted = await client.delete(`/projects/${elsewhere.body.data.id}`, { org_id: orgId });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toMatchObject({ id: elsewhere.body.data.id, deleted: true });
  });

  it('an unknown field → 400 naming it', async () => {
    const res = await client.post('/projects', { name: 'x', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.field).toBe('colour');
  });

  it('a wrong type → 400 naming the field', async () => {
    const res = await client.post('/projects', { name: 42 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('name');
  });

  it('a missing required field → 400 naming it (an empty body counts as {})', async () => {
    const res = await client.post('/projects');
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('name');
  });
});

describe('query string', () => {
  it('is coerced to the declared types', async () => {
    for (const title of ['a', 'b', 'c']) await client.post('/tasks', { title, project_id: projectId });
    const res = await client.get(`/tasks?project_id=${projectId}&page=2&per_page=2`);
    expect(res.status).toBe(200);
    expect(res.body.pagination).toMatchObject({ page: 2, per_page: 2, total: 3, total_pages: 2 });
    expect(res.body.data).toHaveLength(1);
  });

  it('an unknown parameter → 400 naming it', async () => {
    const res = await client.get('/tasks?colour=red');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.details.field).toBe('colour');
  });

  it('a repeated parameter → 400 naming it', async () => {
    const res = await client.get('/tasks?page=1&page=2');
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('page');
  });

  it('a value of the wrong type → 400 naming it', async () => {
    const res = await client.get('/tasks?per_page=many');
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('per_page');
  });
});

describe('path parameters', () => {
  it('are part of the input (another id is NOT_FOUND)', async () => {
    const res = await client.get('/projects/prj_01jq3v8m2xg9r6h5k4t7w0c1de');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
