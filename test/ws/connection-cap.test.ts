/**
 * Item 9 of issue 8: the 5-sockets-per-user cap covers /ws and graphql-ws together, across instances
 * (two servers on the shared Redis). The 6th socket of either kind is refused with 4009 Too many
 * connections; closing one frees a slot.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, openWs, type WsClient } from '../support/ws.js';

interface GqlSocket {
  client: Client;
  /** Resolves with 'connected', or with the close code when the server closes the socket first. */
  outcome: Promise<'connected' | number>;
  close(): Promise<void>;
}

/** An eager graphql-ws connection (connection_init with the token) that reports how it ended up. */
function openGraphqlWs(server: Pick<TestServer, 'graphqlWsUrl'>, token: string): GqlSocket {
  let settle!: (v: 'connected' | number) => void;
  const outcome = new Promise<'connected' | number>((resolve) => (settle = resolve));
  const client = createClient({
    url: server.graphqlWsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: {
      connected: () => settle('connected'),
      closed: (event) => settle((event as { code: number }).code),
    },
  });
  return {
    client,
    outcome,
    async close() {
      await client.dispose();
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}

/** Waits until the user holds `n` slots in Redis (releases are fire-and-forget on the server). */
async function slotsHeld(server: TestServer, userId: string): Promise<number> {
  return server.svc.redis!.zcard(`trcr:ws:conns:${userId}`);
}

async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({}, { shareWith: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('one cap for /ws and graphql-ws, across instances', () => {
  let user: RegisteredUser;
  beforeAll(async () => {
    user = await registerUser(a);
  });

  it('5 sockets mixed over two instances are accepted; the 6th graphql-ws socket closes 4009; closing one frees a slot', async () => {
    const ws: WsClient[] = [await connectWs(a, user.access_token), await connectWs(b, user.access_token)];
    const gqls = [openGraphqlWs(a, user.access_token), openGraphqlWs(b, user.access_token), openGraphqlWs(b, user.access_token)];
    for (const g of gqls) expect(await g.outcome).toBe('connected');
    expect(await slotsHeld(a, user.user.id)).toBe(5);

    const sixth = openGraphqlWs(a, user.access_token);
    expect(await sixth.outcome).toBe(4009);
    await sixth.close();

    // A /ws socket is refused too while 5 are open.
    const sixthWs = await openWs(b);
    expect((await sixthWs.authenticate(user.access_token)).error!.code).toBe('CONFLICT');
    expect((await sixthWs.closed).code).toBe(4009);

    // Closing a graphql-ws socket frees its slot: a /ws socket now fits, and then nothing else.
    await gqls.pop()!.close();
    await eventually(async () => (await slotsHeld(a, user.user.id)) === 4);
    ws.push(await connectWs(a, user.access_token));
    const again = openGraphqlWs(b, user.access_token);
    expect(await again.outcome).toBe(4009);
    await again.close();

    // Closing a /ws socket frees a slot for graphql-ws.
    await ws.pop()!.close();
    await eventually(async () => (await slotsHeld(a, user.user.id)) === 4);
    const fits = openGraphqlWs(b, user.access_token);
    expect(await fits.outcome).toBe('connected');
    gqls.push(fits);

    await Promise.all([...ws.map((c) => c.close()), ...gqls.map((g) => g.close())]);
    await eventually(async () => (await slotsHeld(a, user.user.id)) === 0);
  });

  it('a graphql-ws socket with a bad token still closes 4403 and takes no slot', async () => {
    const other = await registerUser(a);
    const bad = openGraphqlWs(a, 'not-a-token');
    expect(await bad.outcome).toBe(4403);
    await bad.close();
    expect(await slotsHeld(a, other.user.id)).toBe(0);
  });
});
