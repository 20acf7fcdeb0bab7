/**
 * The relay's dashboard account routes (relay-api.md §3.14, gaps.md U1/U4/U5/U19), driven over HTTP
 * like the dashboard and the teamrc CLI would: a TRCR user registered over REST is the session
 * (`Authorization: Bearer <access token>`), machines are linked by the device login (or the test
 * hook), teams are created and joined with signed requests.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, httpRequest, registerUser, type ApiResponse, type RegisteredUser } from '../support/http.js';
import { connectPhoenix, makeKey, relayFetch, socketClosed, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: TestServer;

beforeAll(async () => {
  // Many session requests come from one address here; the per-address limit is not under test.
  server = await startTestServer({ relayTestHooks: true, relayRateLimitPerMinute: 10_000 });
});

afterAll(async () => {
  await server?.close();
});

const emailHash = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
const masked = (key: RelayKey): string => `${key.token.slice(0, 12)}...`;

/** A dashboard request with the TRCR session of `user` (or none). */
function dashboard(method: string, path: string, user?: RegisteredUser, body?: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = user ? { authorization: `Bearer ${user.access_token}` } : {};
  return httpRequest(method, `${server.url}${path}`, body, headers);
}

const hook = (body: Record<string, unknown>): Promise<ApiResponse> => httpRequest('POST', `${server.url}/api/test/setup`, body);

async function linkByHook(user: RegisteredUser, key: RelayKey): Promise<void> {
  const res = await hook({ action: 'link_token', user_id: user.user.id, token: key.token });
  expect(res.status).toBe(200);
}

/** `teamrc login`: the machine starts a device request, the person confirms it on /auth/verify, the machine polls. */
async function linkByDeviceLogin(user: RegisteredUser, key: RelayKey): Promise<void> {
  const start = await relayFetch(server.url, key, 'POST', '/api/auth/device', { token: key.token });
  expect(start.status).toBe(200);
  const confirm = await dashboard('POST', '/auth/verify', user, { user_code: start.body.user_code });
  expect(confirm.status).toBe(200);
  const poll = await relayFetch(server.url, key, 'GET', `/api/auth/device/${start.body.device_code}`);
  expect(poll.body).toMatchObject({ status: 'confirmed', email: user.user.email });
}

const TEAM = {
  name: 'Account Team',
  members: [
    { name: 'backend-dev', role: 'Backend developer', soul: 'You build APIs.', skills: ['write-tests'] },
    { name: 'reviewer', role: 'Reviewer' },
  ],
  skills: [{ id: 'write-tests', title: 'Write Tests', body: 'Always write tests.' }],
  knowledge: 'We deploy on Fridays.',
  platforms: ['claude-code', 'cursor'],
};

async function createTeam(key: RelayKey, team: object = TEAM): Promise<string> {
  const res = await relayFetch(server.url, key, 'POST', '/api/teams', { token: key.token, team });
  expect(res.status).toBe(201);
  return res.body.team.id as string;
}

async function joinTeam(owner: RelayKey, teamId: string, joiner: RelayKey): Promise<void> {
  const invite = await relayFetch(server.url, owner, 'POST', '/api/teams/invite', { token: owner.token, team_id: teamId });
  expect(invite.status).toBe(200);
  const join = await relayFetch(server.url, joiner, 'POST', '/api/join', { invite_code: invite.body.invite_code, token: joiner.token });
  expect(join.status).toBe(200);
}

const teamsOf = (key: RelayKey) => relayFetch(server.url, key, 'GET', `/api/teams/all/${key.token}`);

describe('session', () => {
  it('answers 401 without a TRCR access token, or with a bad one', async () => {
    for (const [method, path] of [
      ['GET', '/api/account'],
      ['GET', '/api/account/teams'],
      ['GET', '/api/account/export'],
      ['DELETE', '/api/account'],
      ['DELETE', `/api/account/machines/${makeKey().token}`],
    ] as const) {
      const none = await dashboard(method, path);
      expect(none.status, `${method} ${path}`).toBe(401);
      expect(none.body).toEqual({ error: 'unauthorized' });
      const bad = await httpRequest(method, `${server.url}${path}`, undefined, { authorization: 'Bearer not-a-token' });
      expect(bad.status, `${method} ${path}`).toBe(401);
    }
  });

  it('answers 404 account_not_found for a TRCR user with no linked machine', async () => {
    const user = await registerUser(server);
    for (const [method, path] of [
      ['GET', '/api/account'],
      ['GET', '/api/account/teams'],
      ['GET', '/api/account/export'],
      ['DELETE', '/api/account'],
      ['DELETE', `/api/account/machines/${makeKey().token}`],
    ] as const) {
      const res = await dashboard(method, path, user);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ error: 'account_not_found' });
    }
  });
});

describe('GET /api/account', () => {
  it('shows the account and its machines, tokens masked to their first 12 characters', async () => {
    const user = await registerUser(server, { email: `Mixed.Case-${Date.now()}@Example.test` });
    const laptop = makeKey();
    const desktop = makeKey();
    await linkByDeviceLogin(user, laptop);
    await linkByHook(user, desktop);

    const res = await dashboard('GET', '/api/account', user);
    expect(res.status).toBe(200);
    expect(res.body.account).toEqual({ id: user.user.id, email: user.user.email });
    expect(res.body.machines).toHaveLength(2);
    expect(res.body.machines.map((m: any) => m.token)).toEqual([masked(laptop), masked(desktop)]);
    for (const m of res.body.machines) {
      expect(Object.keys(m).sort()).toEqual(['id', 'last_seen_at', 'machine_name', 'revoked_at', 'token']);
      expect(m.id).toMatch(UUID);
      expect(m.token).toHaveLength(15);
      expect(m.machine_name).toBeNull();
      expect(m.last_seen_at).toMatch(ISO_SECONDS);
      expect(m.revoked_at).toBeNull();
    }
    // The full token never appears on the dashboard.
    expect(JSON.stringify(res.body)).not.toContain(laptop.token);
  });
});

describe('GET /api/account/teams', () => {
  it('lists the teams of the account machines with counts, hashed participants and its own machines', async () => {
    const alice = await registerUser(server);
    const bob = await registerUser(server);
    const aliceKey = makeKey();
    const aliceSecond = makeKey();
    const bobKey = makeKey();
    const bobOther = makeKey();
    const anonymous = makeKey();
    await linkByHook(alice, aliceKey);
    await linkByHook(alice, aliceSecond);
    await linkByHook(bob, bobKey);
    await linkByHook(bob, bobOther);

    const shared = await createTeam(aliceKey);
    await joinTeam(aliceKey, shared, aliceSecond);
    await joinTeam(aliceKey, shared, bobKey);
    await joinTeam(aliceKey, shared, anonymous);
    const bobsOwn = await createTeam(bobOther, { name: 'Bob Only', members: [] });

    const res = await dashboard('GET', '/api/account/teams', alice);
    expect(res.status).toBe(200);
    expect(res.body.teams).toHaveLength(1);
    const [team] = res.body.teams;
    expect(team).toMatchObject({ id: shared, name: 'Account Team', agent_count: 2, skill_count: 1, platforms: ['claude-code', 'cursor'] });
    // Alice counts once although two of her machines are in the team; the unlinked token is "anonymous".
    expect(team.participants).toEqual([emailHash(alice.email), emailHash(bob.email), 'anonymous']);
    expect(team.machines).toEqual([
      { token: masked(aliceKey), name: null, scope: 'project', project_name: null, last_seen_at: expect.stringMatching(ISO_SECONDS) },
      { token: masked(aliceSecond), name: null, scope: 'project', project_name: null, last_seen_at: expect.stringMatching(ISO_SECONDS) },
    ]);

    const bobs = await dashboard('GET', '/api/account/teams', bob);
    expect(bobs.body.teams.map((t: any) => t.id).sort()).toEqual([shared, bobsOwn].sort());
    const bobShared = bobs.body.teams.find((t: any) => t.id === shared);
    expect(bobShared.machines).toEqual([expect.objectContaining({ token: masked(bobKey) })]);
    expect(bobShared.participants).toEqual(team.participants);
    const own = bobs.body.teams.find((t: any) => t.id === bobsOwn);
    expect(own).toMatchObject({ agent_count: 0, skill_count: 0, platforms: [], participants: [emailHash(bob.email)] });
  });

  it('is an empty list for an account whose machines are in no team', async () => {
    const user = await registerUser(server);
    await linkByHook(user, makeKey());
    const res = await dashboard('GET', '/api/account/teams', user);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ teams: [] });
  });
});

describe('GET /api/account/export', () => {
  it('is a JSON download of the account, its machines and its teams', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    await linkByHook(user, key);
    const teamId = await createTeam(key);

    const res = await dashboard('GET', '/api/account/export', user);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="teamrc-export.json"');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.account).toEqual({ id: user.user.id, email: user.user.email });
    // The export is the person's own data: full tokens.
    expect(res.body.machines).toEqual([
      {
        token: key.token,
        machine_name: null,
        last_seen_at: expect.stringMatching(ISO_SECONDS),
        revoked_at: null,
        created_at: expect.stringMatching(ISO_SECONDS),
      },
    ]);
    expect(res.body.teams).toHaveLength(1);
    const [team] = res.body.teams;
    expect(team).toMatchObject({
      id: teamId,
      name: 'Account Team',
      platforms: ['claude-code', 'cursor'],
      knowledge: expect.stringContaining('We deploy on Fridays.'),
      visibility: 'private',
      participants: [emailHash(user.email)],
      your_machines: [{ token: key.token, machine_name: null, scope: 'project', project_name: null }],
    });
    expect(team.members).toEqual([
      { name: 'backend-dev', role: 'Backend developer', description: null, soul: 'You build APIs.', skills: ['write-tests'] },
      { name: 'reviewer', role: 'Reviewer', description: null, soul: null, skills: [] },
    ]);
    expect(team.skills).toEqual([expect.objectContaining({ id: 'write-tests', title: 'Write Tests', body: 'Always write tests.' })]);
  });
});

describe('DELETE /api/account/machines/:token', () => {
  it('revokes the machine: revoked_at set, its team associations gone, its teams no longer listed', async () => {
    const user = await registerUser(server);
    const keep = makeKey();
    const lost = makeKey();
    await linkByHook(user, keep);
    await linkByHook(user, lost);
    const teamId = await createTeam(lost, { name: 'Lost Team', members: [] });
    expect((await relayFetch(server.url, lost, 'GET', `/api/teams/${lost.token}`)).status).toBe(200);

    const res = await dashboard('DELETE', `/api/account/machines/${lost.token}`, user);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'revoked' });

    const get = await relayFetch(server.url, lost, 'GET', `/api/teams/${lost.token}`);
    expect(get.status).toBe(404);
    expect(get.body).toEqual({ error: 'not_found' });
    const account = await dashboard('GET', '/api/account', user);
    const byToken = Object.fromEntries(account.body.machines.map((m: any) => [m.token, m]));
    expect(byToken[masked(lost)].revoked_at).toMatch(ISO_SECONDS);
    expect(byToken[masked(keep)].revoked_at).toBeNull();
    const teams = await dashboard('GET', '/api/account/teams', user);
    expect(teams.body.teams.map((t: any) => t.id)).not.toContain(teamId);
  });

  it('closes the revoked machine socket', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    await linkByHook(user, key);
    const socket = await connectPhoenix(server.url, key);
    try {
      const closed = socketClosed(socket);
      const res = await dashboard('DELETE', `/api/account/machines/${key.token}`, user);
      expect(res.status).toBe(200);
      const event = await closed;
      expect(event.code).toBe(4001);
    } finally {
      socket.disconnect();
    }
  });

  it('answers 404 token_not_found for another account machine or an unknown token, and changes nothing', async () => {
    const alice = await registerUser(server);
    const bob = await registerUser(server);
    const aliceKey = makeKey();
    const bobKey = makeKey();
    await linkByHook(alice, aliceKey);
    await linkByHook(bob, bobKey);
    await createTeam(bobKey, { name: 'Bob Team', members: [] });

    const other = await dashboard('DELETE', `/api/account/machines/${bobKey.token}`, alice);
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ error: 'token_not_found' });
    const unknown = await dashboard('DELETE', `/api/account/machines/${makeKey().token}`, alice);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'token_not_found' });

    expect((await relayFetch(server.url, bobKey, 'GET', `/api/teams/${bobKey.token}`)).status).toBe(200);
    const bobAccount = await dashboard('GET', '/api/account', bob);
    expect(bobAccount.body.machines[0].revoked_at).toBeNull();
  });
});

describe('POST /api/account/reassociate', () => {
  const reassociate = (user: RegisteredUser | undefined, signer: RelayKey, newToken: string) =>
    relayFetch(
      server.url,
      signer,
      'POST',
      '/api/account/reassociate',
      { token: signer.token, new_token: newToken },
      { headers: user ? { authorization: `Bearer ${user.access_token}` } : {} },
    );

  it('copies the team associations of the account other live machines onto new_token', async () => {
    const user = await registerUser(server);
    const old1 = makeKey();
    const old2 = makeKey();
    const revoked = makeKey();
    const fresh = makeKey();
    for (const k of [old1, old2, revoked, fresh]) await linkByHook(user, k);
    const teamA = await createTeam(old1, { name: 'Team A', members: [] });
    const teamB = await createTeam(old2, { name: 'Team B', members: [] });
    await joinTeam(old1, teamA, old2); // teamA twice among the other machines: copied once
    const teamC = await createTeam(revoked, { name: 'Team C', members: [] });
    expect((await hook({ action: 'revoke_token', user_id: user.user.id, token: revoked.token })).status).toBe(200);
    // teamC is gone with the revocation; a team the revoked key joins again later does not count either.
    await joinTeam(old1, teamA, revoked);

    const res = await reassociate(user, fresh, fresh.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ reassociated: 2 });
    const all = await teamsOf(fresh);
    expect(all.status).toBe(200);
    expect(all.body.teams.map((t: any) => t.id).sort()).toEqual([teamA, teamB].sort());
    expect(all.body.teams.map((t: any) => t.id)).not.toContain(teamC);

    // Nothing left to copy.
    const again = await reassociate(user, fresh, fresh.token);
    expect(again.body).toEqual({ reassociated: 0 });
  });

  it('refuses a new_token that is not a live machine of the account', async () => {
    const alice = await registerUser(server);
    const bob = await registerUser(server);
    const aliceKey = makeKey();
    const aliceRevoked = makeKey();
    const bobKey = makeKey();
    await linkByHook(alice, aliceKey);
    await linkByHook(alice, aliceRevoked);
    await linkByHook(bob, bobKey);
    await createTeam(aliceKey, { name: 'Alice Team', members: [] });
    await dashboard('DELETE', `/api/account/machines/${aliceRevoked.token}`, alice);

    for (const newToken of [bobKey.token, aliceRevoked.token, makeKey().token]) {
      const res = await reassociate(alice, aliceKey, newToken);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: 'new_token must be a non-revoked token linked to your account' });
    }
    const bobTeams = await teamsOf(bobKey);
    expect(bobTeams.status).toBe(404);
  });

  it('needs both the session and the signature', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    await linkByHook(user, key);
    const noSession = await reassociate(undefined, key, key.token);
    expect(noSession.status).toBe(401);
    expect(noSession.body.error).toBe('unauthorized');
    const noSignature = await relayFetch(
      server.url,
      key,
      'POST',
      '/api/account/reassociate',
      { token: key.token, new_token: key.token },
      {
        headers: { authorization: `Bearer ${user.access_token}` },
        omit: ['signature'],
      },
    );
    expect(noSignature.status).toBe(401);
    expect(noSignature.body).toMatchObject({ error: 'unauthorized', reason: 'missing or invalid signature header' });
  });

  it('answers 404 account_not_found for a user without a relay account', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    const res = await reassociate(user, key, key.token);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'account_not_found' });
  });
});

describe('DELETE /api/account', () => {
  it('deletes the relay account, its machines and associations, keeps the TRCR login and other members', async () => {
    const user = await registerUser(server);
    const other = await registerUser(server);
    const key = makeKey();
    const otherKey = makeKey();
    await linkByHook(user, key);
    await linkByHook(other, otherKey);
    const teamId = await createTeam(key);
    await joinTeam(key, teamId, otherKey);
    const socket = await connectPhoenix(server.url, key);
    const closed = socketClosed(socket);

    try {
      const res = await dashboard('DELETE', '/api/account', user);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'deleted' });
      expect((await closed).code).toBe(4001);
    } finally {
      socket.disconnect();
    }

    for (const [method, path] of [
      ['GET', '/api/account'],
      ['GET', '/api/account/teams'],
      ['GET', '/api/account/export'],
      ['DELETE', '/api/account'],
      ['DELETE', `/api/account/machines/${key.token}`],
    ] as const) {
      const after = await dashboard(method, path, user);
      expect(after.status, `${method} ${path}`).toBe(404);
      expect(after.body).toEqual({ error: 'account_not_found' });
    }
    expect((await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}`)).status).toBe(404);
    // The team itself and the other member stay.
    const kept = await relayFetch(server.url, otherKey, 'GET', `/api/teams/${otherKey.token}`);
    expect(kept.status).toBe(200);
    expect(kept.body.team.id).toBe(teamId);
    // The TRCR login is TRCR's: it still works.
    const login = await api(server).post('/auth/login', { email: user.email, password: user.password });
    expect(login.status).toBe(200);

    // Linking a machine again brings the account back, empty.
    await linkByHook(user, makeKey());
    const back = await dashboard('GET', '/api/account', user);
    expect(back.status).toBe(200);
    expect(back.body.machines).toHaveLength(1);
    expect(back.body.machines[0].token).not.toBe(masked(key));
  });
});
