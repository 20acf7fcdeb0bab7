/**
 * Permission and membership changes take effect on the very next call, on every instance, even
 * though each instance keeps recent membership lookups for a moment (src/domain/access.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { addMember } from './support.js';

let a: TestServer;
let b: TestServer;
let owner: RegisteredUser;
let member: RegisteredUser;
let projectId: string;

beforeAll(async () => {
  a = await startTestServer({ rateLimitPerMinute: 10_000 });
  // A second instance on the same database and Redis: it learns about changes only through the bus.
  b = await startTestServer({ rateLimitPerMinute: 10_000 }, { shareWith: a });
  owner = await registerUser(a);
  member = await addMember(a, owner, owner.orgId, 'member');
  projectId = (await api(a, owner.access_token).post('/projects', { name: 'Access' })).body.data.id;
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('access changes', () => {
  it('a demotion applies to the next call on both instances', async () => {
    for (const server of [a, b]) {
      const ok = await api(server, member.access_token).post(`/tasks?org_id=${owner.orgId}`, { title: 'Before', project_id: projectId });
      expect(ok.status).toBe(201);
    }
    const demoted = await api(a, owner.access_token).patch(`/members/${member.user.id}?org_id=${owner.orgId}`, { role: 'viewer' });
    expect(demoted.status).toBe(200);
    for (const server of [a, b]) {
      const res = await api(server, member.access_token).post(`/tasks?org_id=${owner.orgId}`, { title: 'After', project_id: projectId });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('a removed member sees nothing of the organization on the next call, on both instances', async () => {
    for (const server of [a, b]) {
      expect((await api(server, member.access_token).get(`/projects/${projectId}?org_id=${owner.orgId}`)).status).toBe(200);
    }
    const removed = await api(b, owner.access_token).delete(`/members/${member.user.id}?org_id=${owner.orgId}`);
    expect(removed.status).toBe(200);
    for (const server of [a, b]) {
      const res = await api(server, member.access_token).get(`/projects/${projectId}?org_id=${owner.orgId}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });
});
