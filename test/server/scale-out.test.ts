/** Two instances sharing PostgreSQL and Redis: an event caused on A reaches a WebSocket client on B. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs } from '../support/ws.js';

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

describe('two instances', () => {
  it('an event caused on instance A reaches a WS client on instance B', async () => {
    expect(a.url).not.toBe(b.url);
    const user = await registerUser(a);
    const ws = await connectWs(b, user.access_token);
    try {
      const project = await api(a, user.access_token).post('/projects', { name: 'Seen on B' });
      expect(project.status).toBe(201);
      const event = await ws.nextEvent(
        (e) => e.event === 'EntityChanged' && e.data.entity_type === 'project' && e.data.entity_id === project.body.data.id,
      );
      expect(event.data).toMatchObject({ action: 'created', entity: { name: 'Seen on B' } });
    } finally {
      await ws.close();
    }
  });

  it('they share the rate-limit budget of a user', async () => {
    const user = await registerUser(a);
    const first = await api(a, user.access_token).get('/me');
    const second = await api(b, user.access_token).get('/me');
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(Number(first.headers.get('x-ratelimit-remaining')) - 1);
  });
});
