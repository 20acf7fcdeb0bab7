/**
 * `POST /api/test/setup` — the relay's test-support actions (mounted only with RELAY_TEST_HOOKS=1),
 * checked over HTTP together with the routes whose state they set up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimPush } from '../../src/domain/relay/ratelimit.js';
import { api, httpRequest, registerUser, type ApiResponse } from '../support/http.js';
import { makeKey, relayFetch, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ relayTestHooks: true, relayRateLimitPerMinute: 10_000 });
});

afterAll(async () => {
  await server?.close();
});

const hookAt = (s: TestServer, body: unknown): Promise<ApiResponse> => httpRequest('POST', `${s.url}/api/test/setup`, body);
const hook = (body: Record<string, unknown>): Promise<ApiResponse> => hookAt(server, body);

async function createUser(): Promise<{ user_id: string; email: string; password: string }> {
  const res = await hook({ action: 'create_user' });
  expect(res.status).toBe(200);
  return res.body;
}

async function createTeam(key: RelayKey, team: object): Promise<string> {
  const res = await relayFetch(server.url, key, 'POST', '/api/teams', { token: key.token, team });
  expect(res.status).toBe(201);
  return res.body.team.id as string;
}

describe('mounting', () => {
  it('is 404 when the server runs without RELAY_TEST_HOOKS', async () => {
    const plain = await startTestServer();
    try {
      const res = await hookAt(plain, { action: 'create_user' });
      expect(res.status).toBe(404);
      // And nothing was created: the action never ran.
      const [row] = await plain.svc.db<{ n: number }[]>`select count(*)::int as n from users`;
      expect(row!.n).toBe(0);
    } finally {
      await plain.close();
    }
  });

  it('answers 400 for a missing or unknown action and a missing parameter', async () => {
    const none = await hook({});
    expect(none.status).toBe(400);
    expect(none.body.error).toMatch(/action/);
    const unknown = await hook({ action: 'drop_everything' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ error: 'unknown action' });
    const missing = await hook({ action: 'link_token', user_id: 'usr_x' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: 'missing parameter: token' });
    const badToken = await hook({ action: 'link_token', user_id: 'usr_x', token: 'trc_ak_short' });
    expect(badToken.status).toBe(400);
    expect(badToken.body).toEqual({ error: 'invalid token format' });
  });
});

describe('users and machines', () => {
  it('create_user makes a real TRCR user with a relay account', async () => {
    const user = await createUser();
    expect(user.user_id).toMatch(/^usr_/);
    expect(user.email).toMatch(/^relay-[0-9a-f]+@example\.test$/);
    // A TRCR user: it can sign in, and has its personal organization.
    const login = await api(server).post('/auth/login', { email: user.email, password: user.password });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(user.user_id);
    expect(login.body.user.default_org_id).toMatch(/^org_/);
    // And a relay account: the dashboard answers (no machines yet).
    const account = await httpRequest('GET', `${server.url}/api/account`, undefined, { authorization: `Bearer ${login.body.access_token}` });
    expect(account.status).toBe(200);
    expect(account.body).toEqual({ account: { id: user.user_id, email: user.email }, machines: [] });
  });

  it('link_token, revoke_token, reassociate, export_user and delete_user work on the account', async () => {
    const user = await createUser();
    const a = makeKey();
    const b = makeKey();
    const fresh = makeKey();
    for (const k of [a, b, fresh]) {
      const linked = await hook({ action: 'link_token', user_id: user.user_id, token: k.token });
      expect(linked.status).toBe(200);
      expect(linked.body).toEqual({ status: 'linked' });
    }
    const teamA = await createTeam(a, { name: 'Hook A', members: [] });
    const teamB = await createTeam(b, { name: 'Hook B', members: [] });

    const exported = await hook({ action: 'export_user', user_id: user.user_id });
    expect(exported.status).toBe(200);
    expect(exported.body.export.account).toEqual({ id: user.user_id, email: user.email });
    expect(exported.body.export.machines.map((m: any) => m.token)).toEqual([a.token, b.token, fresh.token]);
    expect(exported.body.export.teams.map((t: any) => t.id)).toEqual([teamA, teamB]);

    const revoked = await hook({ action: 'revoke_token', user_id: user.user_id, token: b.token });
    expect(revoked.body).toEqual({ status: 'revoked' });
    expect((await relayFetch(server.url, b, 'GET', `/api/teams/${b.token}`)).status).toBe(404);
    const notMine = await hook({ action: 'revoke_token', user_id: user.user_id, token: makeKey().token });
    expect(notMine.status).toBe(404);
    expect(notMine.body).toEqual({ error: 'token_not_found' });

    const moved = await hook({ action: 'reassociate', user_id: user.user_id, new_token: fresh.token });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual({ reassociated: 1 });
    const freshTeam = await relayFetch(server.url, fresh, 'GET', `/api/teams/${fresh.token}`);
    expect(freshTeam.body.team.id).toBe(teamA);
    const refused = await hook({ action: 'reassociate', user_id: user.user_id, new_token: b.token });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'new_token must be a non-revoked token linked to your account' });

    const afterRevoke = await hook({ action: 'export_user', user_id: user.user_id });
    const byToken = Object.fromEntries(afterRevoke.body.export.machines.map((m: any) => [m.token, m]));
    expect(byToken[b.token].revoked_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(byToken[a.token].revoked_at).toBeNull();

    const deleted = await hook({ action: 'delete_user', user_id: user.user_id });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ status: 'deleted' });
    const gone = await hook({ action: 'export_user', user_id: user.user_id });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'not_found' });
    expect((await relayFetch(server.url, a, 'GET', `/api/teams/${a.token}`)).status).toBe(404);
    expect((await relayFetch(server.url, fresh, 'GET', `/api/teams/${fresh.token}`)).status).toBe(404);
  });

  it('link_token refuses a token linked to another account, and an unknown user', async () => {
    const first = await createUser();
    const second = await createUser();
    const key = makeKey();
    expect((await hook({ action: 'link_token', user_id: first.user_id, token: key.token })).status).toBe(200);
    const taken = await hook({ action: 'link_token', user_id: second.user_id, token: key.token });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({ error: 'token is linked to another account' });
    const secondExport = await hook({ action: 'export_user', user_id: second.user_id });
    expect(secondExport.body.export.machines).toEqual([]);
    const nobody = await hook({ action: 'link_token', user_id: 'usr_01jzzzzzzzzzzzzzzzzzzzzzzz', token: makeKey().token });
    expect(nobody.status).toBe(404);
  });

  it('links a machine of a user registered over REST, as the dashboard then shows', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    expect((await hook({ action: 'link_token', user_id: user.user.id, token: key.token })).status).toBe(200);
    const account = await httpRequest('GET', `${server.url}/api/account`, undefined, { authorization: `Bearer ${user.access_token}` });
    expect(account.status).toBe(200);
    expect(account.body.machines.map((m: any) => m.token)).toEqual([`${key.token.slice(0, 12)}...`]);
  });
});

describe('device login', () => {
  it('confirm_device_auth confirms a pending device request for a user', async () => {
    const user = await createUser();
    const key = makeKey();
    const start = await relayFetch(server.url, key, 'POST', '/api/auth/device', { token: key.token });
    expect(start.status).toBe(200);
    const pending = await relayFetch(server.url, key, 'GET', `/api/auth/device/${start.body.device_code}`);
    expect(pending.body).toEqual({ status: 'pending' });

    const confirmed = await hook({ action: 'confirm_device_auth', user_code: start.body.user_code, user_id: user.user_id, email: user.email });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ status: 'confirmed', email: user.email });

    const poll = await relayFetch(server.url, key, 'GET', `/api/auth/device/${start.body.device_code}`);
    expect(poll.body).toEqual({ status: 'confirmed', email: user.email, machine_count: 1, team_count: 0 });
    const exported = await hook({ action: 'export_user', user_id: user.user_id });
    expect(exported.body.export.machines.map((m: any) => m.token)).toEqual([key.token]);

    const unknown = await hook({ action: 'confirm_device_auth', user_code: 'ABCD-EFGH', user_id: user.user_id });
    expect(unknown.status).toBe(404);
  });
});

describe('web-side teams', () => {
  it('create_team_web, get_team and update_team act on the team the CLI sees', async () => {
    const owner = await createUser();
    const created = await hook({
      action: 'create_team_web',
      owner_user_id: owner.user_id,
      team: { name: 'Web Team', members: [{ name: 'writer', role: 'Writes docs' }] },
    });
    expect(created.status).toBe(200);
    expect(created.body.team_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.invite_code).toMatch(/^trc_inv_[A-Za-z0-9_-]{24}$/);

    const key = makeKey();
    const join = await relayFetch(server.url, key, 'POST', '/api/join', { invite_code: created.body.invite_code, token: key.token });
    expect(join.status).toBe(200);
    expect(join.body.team.id).toBe(created.body.team_id);

    const got = await hook({ action: 'get_team', token: key.token, team_id: created.body.team_id });
    expect(got.status).toBe(200);
    expect(got.body.team).toMatchObject({ id: created.body.team_id, name: 'Web Team', members: [{ name: 'writer', role: 'Writes docs' }] });

    const updated = await hook({
      action: 'update_team',
      token: key.token,
      team_id: created.body.team_id,
      team: {
        name: 'Web Team Renamed',
        members: [
          { name: 'writer', role: 'Writes docs' },
          { name: 'editor', role: 'Edits' },
        ],
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.team.name).toBe('Web Team Renamed');
    const cli = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}`);
    expect(cli.body.team.name).toBe('Web Team Renamed');
    expect(cli.body.team.members.map((m: any) => m.name)).toEqual(['writer', 'editor']);

    const notMember = await hook({ action: 'get_team', token: makeKey().token, team_id: created.body.team_id });
    expect(notMember.status).toBe(404);
    const missingTeam = await hook({ action: 'update_team', token: key.token, team_id: created.body.team_id });
    expect(missingTeam.status).toBe(400);
    expect(missingTeam.body).toEqual({ error: 'missing parameter: team' });
  });
});

describe('clear_rate_limits', () => {
  it('lets a token that hit the limit through again', async () => {
    const limited = await startTestServer({ relayTestHooks: true, relayRateLimitPerMinute: 2 });
    try {
      const key = makeKey();
      const head = () => relayFetch(limited.url, key, 'GET', `/api/teams/${key.token}/head`);
      expect((await head()).status).toBe(404);
      expect((await head()).status).toBe(404);
      const blocked = await head();
      expect(blocked.status).toBe(429);
      expect(blocked.body).toEqual({ error: 'rate limit exceeded' });

      const cleared = await hookAt(limited, { action: 'clear_rate_limits' });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toEqual({ status: 'ok' });
      expect((await head()).status).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('empties every relay counter of the deployment: Redis keys, address limits and push marks, for all instances', async () => {
    const first = await startTestServer({ relayTestHooks: true, relayRateLimitPerMinute: 1 });
    const second = await startTestServer({ relayTestHooks: true, relayRateLimitPerMinute: 1 }, { shareWith: first });
    try {
      const key = makeKey();
      const head = (s: TestServer) => relayFetch(s.url, key, 'GET', `/api/teams/${key.token}/head`);
      const clone = async (s: TestServer) => (await fetch(`${s.url}/api/teams/clone/trc_cl_nothing`)).status;
      expect((await head(first)).status).toBe(404);
      expect((await head(second)).status).toBe(429);
      expect(await clone(first)).toBe(404);
      expect(await clone(second)).toBe(429);
      expect(await claimPush(first.svc, key.token)).toBe(true);
      expect(await claimPush(second.svc, key.token)).toBe(false);
      const relayKeys = () => first.svc.redis!.keys(`${first.svc.keyPrefix}:relay:*`);
      expect((await relayKeys()).length).toBeGreaterThan(0);

      expect((await hookAt(second, { action: 'clear_rate_limits' })).body).toEqual({ status: 'ok' });
      expect(await relayKeys()).toEqual([]);
      expect((await head(first)).status).toBe(404);
      expect(await clone(first)).toBe(404);
      expect(await claimPush(second.svc, key.token)).toBe(true);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
