/**
 * Two instances of one deployment (same PostgreSQL database, same Redis): the relay's knowledge
 * broadcasts, its push limit and its request limits hold across instances, as they must behind a
 * load balancer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'phoenix';
import { connectPhoenix, makeKey, openChannel, pushAsync, recordEvents, relayFetch, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let a: TestServer;
let b: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  a = await startTestServer({ relayRateLimitPerMinute: 10_000 });
  b = await startTestServer({ relayRateLimitPerMinute: 10_000 }, { shareWith: a });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await b?.close();
  await a?.close();
});

async function connect(server: TestServer, key: RelayKey): Promise<Socket> {
  const socket = await connectPhoenix(server.url, key);
  sockets.push(socket);
  return socket;
}

async function teamWithTwoMachines(): Promise<{ owner: RelayKey; guest: RelayKey; teamId: string }> {
  const owner = makeKey();
  const guest = makeKey();
  const created = await relayFetch(a.url, owner, 'POST', '/api/teams', { token: owner.token, team: { name: 'Scale', knowledge: 'Base line' } });
  expect(created.status).toBe(201);
  const invite = await relayFetch(a.url, owner, 'POST', '/api/teams/invite', { token: owner.token });
  // The join goes through the other instance.
  expect((await relayFetch(b.url, guest, 'POST', '/api/join', { token: guest.token, invite_code: invite.body.invite_code })).status).toBe(200);
  return { owner, guest, teamId: created.body.team.id };
}

describe('relay across two instances', () => {
  it('a push on instance A reaches a socket on instance B exactly once, and not the pusher', async () => {
    const { owner, guest, teamId } = await teamWithTwoMachines();
    const topic = `knowledge:${teamId}`;
    const pusher = await openChannel(await connect(a, owner), topic);
    const listener = await openChannel(await connect(b, guest), topic);
    const received = recordEvents(listener.channel, 'knowledge:updated');
    const echoed = recordEvents(pusher.channel, 'knowledge:updated');

    const reply = await pushAsync(pusher.channel, 'knowledge:push', { content: 'Base line\nFound on A' });
    expect(reply.status).toBe('ok');
    const update = await received.next();
    expect(update).toEqual({
      content: 'Base line\nFound on A\n',
      knowledge_hash: reply.response.knowledge_hash,
      knowledge_size: reply.response.knowledge_size,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(received.events).toHaveLength(1);
    expect(echoed.events).toHaveLength(0);
  });

  it('a REST update on B is broadcast to a socket on A', async () => {
    const { owner, guest, teamId } = await teamWithTwoMachines();
    const listener = await openChannel(await connect(a, owner), `knowledge:${teamId}`);
    const received = recordEvents(listener.channel, 'knowledge:updated');
    const res = await relayFetch(b.url, guest, 'POST', '/api/teams', { token: guest.token, team: { name: 'Scale', knowledge: 'From REST on B' } });
    expect(res.status).toBe(200);
    expect((await received.next()).content).toBe('Base line\nFrom REST on B\n');
  });

  it('one accepted push per second per token, counted across instances', async () => {
    const { owner, teamId } = await teamWithTwoMachines();
    const topic = `knowledge:${teamId}`;
    const onA = await openChannel(await connect(a, owner), topic);
    const onB = await openChannel(await connect(b, owner), topic);
    const first = await pushAsync(onA.channel, 'knowledge:push', { content: 'one' });
    const second = await pushAsync(onB.channel, 'knowledge:push', { content: 'two' });
    expect(first.status).toBe('ok');
    expect(second).toEqual({ status: 'error', response: { reason: 'rate_limited' } });
  });

  it('request limits are shared: the budget spent on A is gone on B', async () => {
    const limitedA = await startTestServer({ relayRateLimitPerMinute: 3 });
    const limitedB = await startTestServer({ relayRateLimitPerMinute: 3 }, { shareWith: limitedA });
    try {
      const key = makeKey();
      const statuses: number[] = [];
      for (const server of [limitedA, limitedB, limitedA, limitedB]) {
        statuses.push((await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}`)).status);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
    } finally {
      await limitedB.close();
      await limitedA.close();
    }
  });
});
