/**
 * GraphQL subscriptions over graphql-ws on /graphql: entityChanged and timerUpdate carry the events
 * caused by REST calls; the audience is the organization's members (and the user, for timers); a bad
 * token in connectionParams is refused with 4403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, subscribeGql, type GqlSubscription } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let alice: RegisteredUser;
let bob: RegisteredUser; // member of alice's organization
let stranger: RegisteredUser;
const subs: GqlSubscription[] = [];

async function subscribe(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<GqlSubscription> {
  const sub = await subscribeGql(server, token, query, variables);
  subs.push(sub);
  return sub;
}

const ENTITY_CHANGED = `subscription E($orgId: ID, $entityType: String) {
  entityChanged(orgId: $orgId, entityType: $entityType) { entity_type entity_id action changes entity user_id org_id timestamp }
}`;

beforeAll(async () => {
  server = await startTestServer();
  alice = await registerUser(server, { name: 'Alice' });
  const email = `bob-${Date.now()}@example.test`;
  await api(server, alice.access_token).post('/members/invite', { email, role: 'member' });
  bob = await registerUser(server, { name: 'Bob', email });
  stranger = await registerUser(server, { name: 'Stranger' });
});
afterAll(async () => {
  await Promise.all(subs.map((s) => s.close()));
  await server?.close();
});

describe('entityChanged', () => {
  it('streams changes made over REST to a member, filtered by entity type; not to a stranger', async () => {
    const bobSub = await subscribe(bob.access_token, ENTITY_CHANGED, { orgId: alice.orgId, entityType: 'project' });
    const strangerSub = await subscribe(stranger.access_token, ENTITY_CHANGED);

    const a = api(server, alice.access_token);
    const created = await a.post('/projects', { name: 'Live', org_id: alice.orgId });
    expect(created.status).toBe(201);
    const first = await bobSub.next();
    expect(first.errors).toBeUndefined();
    expect(first.data.entityChanged).toMatchObject({
      entity_type: 'project',
      entity_id: created.body.data.id,
      action: 'created',
      entity: created.body.data,
      user_id: alice.user.id,
      org_id: alice.orgId,
      changes: null,
    });

    // A task is another entity type: filtered out. The rename is delivered with its changes.
    await a.post('/tasks', { title: 'Not a project', project_id: created.body.data.id });
    await a.patch(`/projects/${created.body.data.id}`, { name: 'Renamed' });
    const second = await bobSub.next();
    expect(second.data.entityChanged).toMatchObject({ action: 'updated', changes: { name: { from: 'Live', to: 'Renamed' } } });

    expect(await strangerSub.nothing()).toBe(true);
  });

  it('without arguments: every organization of the user', async () => {
    const project = await api(server, alice.access_token).post('/projects', { name: 'Team' });
    const sub = await subscribe(alice.access_token, ENTITY_CHANGED);
    const task = await api(server, bob.access_token).post('/tasks', { title: 'By Bob', project_id: project.body.data.id, org_id: alice.orgId });
    expect(task.status).toBe(201);
    const ev = await sub.next();
    expect(ev.data.entityChanged).toMatchObject({ entity_type: 'task', entity_id: task.body.data.id, user_id: bob.user.id, org_id: alice.orgId });
  });

  it('an organization the user does not belong to: NOT_FOUND', async () => {
    const sub = await subscribe(stranger.access_token, ENTITY_CHANGED, { orgId: alice.orgId });
    const result = await sub.next();
    expect(result.errors![0].extensions.code).toBe('NOT_FOUND');
    await sub.completed;
  });
});

describe('timerUpdate', () => {
  it("streams the user's own timer, started and stopped over REST; not another member's", async () => {
    const QUERY = 'subscription { timerUpdate { running time_entry { id description start_time stopped_at duration_secs } } }';
    const aliceSub = await subscribe(alice.access_token, QUERY);
    const bobSub = await subscribe(bob.access_token, QUERY);

    const started = await api(server, alice.access_token).post('/time-entries/start', { description: 'Focus' });
    expect(started.status).toBe(201);
    const on = await aliceSub.next();
    expect(on.data.timerUpdate).toMatchObject({
      running: true,
      time_entry: { id: started.body.data.id, description: 'Focus', start_time: started.body.data.started_at, stopped_at: null },
    });

    const stopped = await gql(server, alice.access_token, 'mutation { stopTimer { id } }');
    expect(stopped.body.errors).toBeUndefined();
    const off = await aliceSub.next();
    expect(off.data.timerUpdate).toMatchObject({ running: false, time_entry: { id: started.body.data.id } });
    expect(off.data.timerUpdate.time_entry.duration_secs).toEqual(expect.any(Number));

    expect(await bobSub.nothing()).toBe(true);
  });
});

describe('authentication', () => {
  it('a bad token in connectionParams is refused with 4403', async () => {
    const sub = await subscribe('not-a-valid-token', 'subscription { timerUpdate { running } }');
    const err = await sub.failed;
    expect(err.code).toBe(4403);
  });

  it('no token is refused with 4403', async () => {
    const sub = await subscribe(undefined, 'subscription { timerUpdate { running } }');
    expect((await sub.failed).code).toBe(4403);
  });

  it('queries run over graphql-ws too, with the limits', async () => {
    const sub = await subscribe(alice.access_token, '{ me { id name } }');
    const result = await sub.next();
    expect(result.data).toEqual({ me: { id: alice.user.id, name: 'Alice' } });

    const deep = await subscribe(
      alice.access_token,
      '{ a1: me { id } a2: me { id } a3: me { id } a4: me { id } a5: me { id } a6: me { id } a7: me { id } a8: me { id } a9: me { id } a10: me { id } a11: me { id } a12: me { id } a13: me { id } a14: me { id } a15: me { id } a16: me { id } }',
    );
    const refused = await deep.failed;
    expect(refused[0].extensions.code).toBe('VALIDATION_ERROR');
  });
});
