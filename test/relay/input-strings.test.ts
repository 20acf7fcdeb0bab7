/**
 * The relay's path and query parameters reach its SQL as they are (a clone token, a device code, a
 * machine token). A NUL character or an unpaired surrogate in one is refused by the text rule of the
 * generated validation (400 `invalid parameter: <name>`), as in a body field, instead of a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../support/http.js';
import { makeKey, relayFetch } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('relay parameters and bodies: the text rule', () => {
  it('a NUL or an encoded surrogate in a public clone token → 400 invalid parameter, not 500', async () => {
    for (const token of ['abc%00def', 'abc%ED%A0%80']) {
      const res = await fetch(`${server.url}/api/teams/clone/${token}`, { headers: { accept: 'application/json' } });
      expect(res.status, token).toBe(token.includes('%00') ? 400 : 404);
      const body = (await res.json()) as Record<string, unknown>;
      if (token.includes('%00')) expect(body).toEqual({ error: 'invalid parameter: clone_token' });
    }
  });

  it('a NUL in a signed device code and in a machine token → 400, not 500', async () => {
    const key = makeKey();
    const device = await relayFetch(server.url, key, 'GET', '/api/auth/device/ab%00cd');
    expect(device.status).toBe(400);
    expect(device.body).toEqual({ error: 'invalid parameter: device_code' });

    const user = await registerUser(server);
    const machine = await fetch(`${server.url}/api/account/machines/trc_ak_%00`, {
      method: 'DELETE',
      headers: { accept: 'application/json', 'x-teamrc-version': '1', authorization: `Bearer ${user.access_token}` },
    });
    expect(machine.status).toBe(400);
    expect(await machine.json()).toEqual({ error: 'invalid parameter: token' });
  });

  it('a NUL in a team body field → 400 invalid parameter naming it', async () => {
    const key = makeKey();
    const res = await relayFetch(server.url, key, 'POST', '/api/teams', {
      token: key.token,
      team: { name: 'Team', members: [{ name: 'dev', role: 'Backend\u0000developer' }] },
    });
    expect(res.status).toBe(400);
    // The member list is free-form in the envelope (its checks are the domain's): the rule names it.
    expect(res.body).toEqual({ error: 'invalid parameter: team.members' });
  });
});
