/**
 * Issue 8 item 14: a user's `default_org_id` (their personal organization) is private. `me` (REST
 * `GET /me`, WS `users.me`, GraphQL `me`, register and login) carries it; a user embedded anywhere
 * else (GraphQL `Member.user`, `TimeEntry.user`, `Task.assignees`; REST/WS members) does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs } from '../support/ws.js';
import { addMember } from './support.js';

let server: TestServer;
let owner: RegisteredUser;
let viewer: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
  owner = await registerUser(server, { name: 'Owner' });
  viewer = await addMember(server, owner, owner.orgId, 'viewer', 'Viewer');
});
afterAll(async () => {
  await server?.close();
});

describe("other members' default organization", () => {
  it('a viewer cannot read members { user { default_org_id } } over GraphQL', async () => {
    const res = await gql(server, viewer.access_token, `{ members(orgId: "${owner.orgId}") { data { user { id default_org_id } } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/default_org_id/);
    // The owner's personal organization id is nowhere in the answer (here it is the shared organization, and still private as a default).
    expect(JSON.stringify(res.body)).not.toContain(owner.user.default_org_id);
  });

  it('the GraphQL User type has no default_org_id; CurrentUser (me) has', async () => {
    const res = await gql(
      server,
      viewer.access_token,
      '{ u: __type(name: "User") { fields { name } } c: __type(name: "CurrentUser") { fields { name } } }',
    );
    const names = (t: { fields: { name: string }[] }): string[] => t.fields.map((f) => f.name);
    expect(names(res.body.data.u)).not.toContain('default_org_id');
    expect(names(res.body.data.c)).toContain('default_org_id');
    const members = await gql(server, viewer.access_token, `{ members(orgId: "${owner.orgId}") { data { user { id name } } } }`);
    expect(members.body.errors).toBeUndefined();
    expect(members.body.data.members.data.map((m: { user: { id: string } }) => m.user.id).sort()).toEqual([owner.user.id, viewer.user.id].sort());
  });

  it('REST and WS member lists carry no default_org_id', async () => {
    const rest = await api(server, viewer.access_token).get(`/members?org_id=${owner.orgId}`);
    expect(rest.status).toBe(200);
    expect(JSON.stringify(rest.body)).not.toContain('default_org_id');
    const ws = await connectWs(server, viewer.access_token);
    try {
      const reply = await ws.request('members.list', { org_id: owner.orgId });
      expect(reply.status).toBe('ok');
      expect(JSON.stringify(reply.data)).not.toContain('default_org_id');
      const me = await ws.request('users.me', {});
      expect(me.data).toMatchObject({ id: viewer.user.id, default_org_id: viewer.orgId });
    } finally {
      await ws.close();
    }
  });

  it('me still carries the caller’s own default_org_id on REST and GraphQL', async () => {
    const rest = await api(server, viewer.access_token).get('/me');
    expect(rest.body.data).toMatchObject({ id: viewer.user.id, default_org_id: viewer.orgId });
    const g = await gql(server, viewer.access_token, '{ me { id default_org_id } }');
    expect(g.body.data.me).toEqual({ id: viewer.user.id, default_org_id: viewer.orgId });
  });
});
