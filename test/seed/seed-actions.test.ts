/**
 * Every action of the seed's WebSocket reference (seeds/001_*.txt, its "Action Reference" tables;
 * copied into ./actions.txt, one action per line, `authenticate` left out) is answered on /ws by its
 * real client and is an MCP tool (the action's name with `_` for `.`). An action the server does not
 * know answers VALIDATION_ERROR on the field `action`; any other answer, even an error about the
 * empty payload, means the action is there.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient } from '../support/ws.js';

const SEED_ACTIONS = readFileSync(new URL('./actions.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

let server: TestServer;
let user: RegisteredUser;
let ws: WsClient;

beforeAll(async () => {
  // 93 actions on one socket: above the default 60 messages per minute.
  server = await startTestServer({ wsMessagesPerMinute: 1_000 });
  user = await registerUser(server, { name: 'Seed Reader' });
  ws = await connectWs(server, user.access_token);
});
afterAll(async () => {
  await ws?.close();
  await server?.close();
});

describe("the seed's WebSocket action reference", () => {
  it('lists 93 actions', () => {
    expect(SEED_ACTIONS).toHaveLength(93);
  });

  it.each(SEED_ACTIONS)('%s is answered on /ws', async (action) => {
    const reply = await ws.request(action, {});
    const unknown = reply.status === 'error' && reply.error?.code === 'VALIDATION_ERROR' && reply.error.details?.field === 'action';
    expect(unknown, `${action}: ${JSON.stringify(reply.error)}`).toBe(false);
  });

  it('each one is an MCP tool', async () => {
    const client = await connectMcp(server, user.access_token);
    try {
      const names = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await client.listTools(cursor ? { cursor } : {});
        for (const t of page.tools) names.add(t.name);
        cursor = page.nextCursor;
      } while (cursor);
      const missing = SEED_ACTIONS.filter((a) => !names.has(a.replaceAll('.', '_')));
      expect(missing).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
