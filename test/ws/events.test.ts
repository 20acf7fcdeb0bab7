/**
 * Pushed events on /ws: EntityChanged to every member of the organization (and nobody else),
 * TimerUpdate to the user's own connections, and audiences that follow membership changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let server: TestServer;
let alice: RegisteredUser;
let bob: RegisteredUser; // member of alice's organization
let carol: RegisteredUser; // stranger
const sockets: WsClient[] = [];

async function connect(user: RegisteredUser): Promise<WsClient> {
  const ws = await connectWs(server, user.access_token);
  sockets.push(ws);
  return ws;
}

const entity = (type: string, id?: string) => (e: WsEvent) =>
  e.event === 'EntityChanged' && e.data.entity_type === type && (id === undefined || e.data.entity_id === id);

beforeAll(async () => {
  server = await startTestServer();
  alice = await registerUser(server, { name: 'Alice' });
  const bobEmail = `bob-${Date.now()}@example.test`;
  const invite = await api(server, alice.access_token).post('/members/invite', { email: bobEmail, role: 'member' });
  expect(invite.status).toBe(201);
  bob = await registerUser(server, { name: 'Bob', email: bobEmail }); // joins alice's organization
  carol = await registerUser(server, { name: 'Carol' });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()));
  await server?.close();
});

describe('EntityChanged', () => {
  it('reaches another member of the organization, not a stranger; the frame has no request_id', async () => {
    const bobWs = await connect(bob);
    const carolWs = await connect(carol);
    const created = await api(server, alice.access_token).post('/projects', { name: 'Shared', org_id: alice.orgId });
    expect(created.status).toBe(201);

    const ev = await bobWs.nextEvent(entity('project', created.body.data.id));
    expect(Object.keys(ev).sort()).toEqual(['data', 'event']);
    expect(ev.data).toMatchObject({
      entity_type: 'project',
      entity_id: created.body.data.id,
      action: 'created',
      user_id: alice.user.id,
      org_id: alice.orgId,
      entity: created.body.data,
    });
    expect(ev.data.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(await carolWs.noEvent(entity('project'))).toBe(true);
  });

  it('an update made over /ws carries changes {from, to} to the other members', async () => {
    const aliceWs = await connect(alice);
    const bobWs = await connect(bob);
    const project = (await aliceWs.request('projects.create', { name: 'Before' })).data;
    await bobWs.nextEvent(entity('project', project.id));
    const updated = await aliceWs.request('projects.update', { id: project.id, name: 'After' });
    expect(updated.status).toBe('ok');
    const ev = await bobWs.nextEvent((e) => entity('project', project.id)(e) && e.data.action === 'updated');
    expect(ev.data.changes).toEqual({ name: { from: 'Before', to: 'After' } });
    // The author's own connection receives it too.
    await aliceWs.nextEvent((e) => entity('project', project.id)(e) && e.data.action === 'updated');
  });
});

describe('TimerUpdate', () => {
  it("goes to all of the user's own connections and to nobody else", async () => {
    const tab1 = await connect(alice);
    const tab2 = await connect(alice);
    const bobWs = await connect(bob);
    const started = await api(server, alice.access_token).post('/time-entries/start', { org_id: alice.orgId, description: 'Docs' });
    expect(started.status).toBe(201);
    const entryId = started.body.data.id;
    for (const ws of [tab1, tab2]) {
      const ev = await ws.nextEvent((e) => e.event === 'TimerUpdate');
      expect(ev.data).toMatchObject({ running: true, time_entry: { id: entryId, description: 'Docs', start_time: started.body.data.started_at } });
    }
    // Bob sees the new entry as an organization change, but not alice's timer.
    await bobWs.nextEvent(entity('time_entry', entryId));
    expect(await bobWs.noEvent((e) => e.event === 'TimerUpdate')).toBe(true);

    const stopped = await tab1.request('time_entries.stop', { org_id: alice.orgId });
    expect(stopped.status).toBe('ok');
    const ev = await tab2.nextEvent((e) => e.event === 'TimerUpdate' && e.data.running === false);
    expect(ev.data.time_entry.id).toBe(entryId);
  });
});

describe('membership changes', () => {
  it('a removed member gets the removal event and nothing more from that organization', async () => {
    // Dave joins alice's organization by registering with an invited address.
    const email = `dave-${Date.now()}@example.test`;
    await api(server, alice.access_token).post('/members/invite', { email, role: 'member' });
    const dave = await registerUser(server, { email, name: 'Dave' });
    const daveWs = await connect(dave);
    expect(daveWs.userId).toBe(dave.user.id);

    const removed = await api(server, alice.access_token).delete(`/members/${dave.user.id}`);
    expect(removed.status).toBe(200);
    const ev = await daveWs.nextEvent((e) => entity('member', dave.user.id)(e) && e.data.action === 'deleted');
    expect(ev.data.org_id).toBe(alice.orgId);

    await api(server, alice.access_token).post('/projects', { name: 'After dave left', org_id: alice.orgId });
    expect(await daveWs.noEvent(entity('project'))).toBe(true);
  });

  it("creating an organization adds it to the creator's connections", async () => {
    const erin = await registerUser(server, { name: 'Erin' });
    const ws = await connect(erin);
    const org = await api(server, erin.access_token).post('/organizations', { name: 'Erin Two' });
    expect(org.status).toBe(201);
    await ws.nextEvent((e) => entity('organization', org.body.data.id)(e) && e.data.action === 'created');
    const project = await api(server, erin.access_token).post('/projects', { name: 'In the new org', org_id: org.body.data.id });
    await ws.nextEvent(entity('project', project.body.data.id));
  });
});
