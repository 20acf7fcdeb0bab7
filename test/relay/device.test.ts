/**
 * Device login (`teamrc login`, auth.md §5, relay-api.md §3.12–3.13, gaps.md U2/U3) over HTTP: the
 * machine starts and polls with signed requests (test/support/relay.ts, built like the CLI), a TRCR
 * user registered over REST confirms on `POST /auth/verify` with its access token as the session.
 * Expiry cannot be waited for (900 s): those cases age the request rows in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest, registerUser, type ApiResponse, type RegisteredUser } from '../support/http.js';
import { makeKey, relayFetch, type RelayKey, type RelayResponse } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PUBLIC_URL = 'https://relay.example.test';
const USER_CODE = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}$/;
const TOO_MANY = 'Too many failed attempts. Please run `teamrc login` again.';

let server: TestServer;

beforeAll(async () => {
  // Many requests come from one address and one token here; the general limits are not under test.
  server = await startTestServer({ publicUrl: PUBLIC_URL, relayRateLimitPerMinute: 10_000 });
});
afterAll(() => server?.close());

const start = (key: RelayKey, body: object = { token: key.token }): Promise<RelayResponse> =>
  relayFetch(server.url, key, 'POST', '/api/auth/device', body);
const poll = (key: RelayKey, deviceCode: string): Promise<RelayResponse> => relayFetch(server.url, key, 'GET', `/api/auth/device/${deviceCode}`);
const confirm = (user: RegisteredUser | null, userCode: unknown): Promise<ApiResponse> =>
  httpRequest('POST', `${server.url}/auth/verify`, { user_code: userCode }, user ? { authorization: `Bearer ${user.access_token}` } : {});

async function started(key: RelayKey): Promise<{ device_code: string; user_code: string }> {
  const res = await start(key);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** The whole login: start, confirm as `user`, poll once; returns the poll answer. */
async function login(key: RelayKey, user: RegisteredUser): Promise<any> {
  const req = await started(key);
  const ok = await confirm(user, req.user_code);
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  const res = await poll(key, req.device_code);
  expect(res.status).toBe(200);
  return res.body;
}

async function createTeam(key: RelayKey, name: string): Promise<string> {
  const res = await relayFetch(server.url, key, 'POST', '/api/teams', { token: key.token, team: { name, members: [], skills: [] } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.team.id;
}

/** `member` joins `teamId` with an invite created by `inviter`. */
async function joinTeam(inviter: RelayKey, teamId: string, member: RelayKey): Promise<void> {
  const invite = await relayFetch(server.url, inviter, 'POST', '/api/teams/invite', { token: inviter.token, team_id: teamId });
  expect(invite.status, JSON.stringify(invite.body)).toBe(200);
  const join = await relayFetch(server.url, member, 'POST', '/api/join', { token: member.token, invite_code: invite.body.invite_code });
  expect(join.status, JSON.stringify(join.body)).toBe(200);
}

/** Ages every request of `key` past its expiry (nothing else can make 900 s pass). */
async function expireRequestsOf(key: RelayKey): Promise<void> {
  await server.svc.db`update relay_device_requests set expires_at = now() - interval '1 second' where token = ${key.token}`;
}

const requestRows = async (key: RelayKey): Promise<number> =>
  (await server.svc.db`select 1 from relay_device_requests where token = ${key.token}`).length;

describe('POST /api/auth/device', () => {
  it('answers the code pair, the verification URL on the public base URL, 900 s and a 5 s interval', async () => {
    const key = makeKey();
    const res = await start(key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      device_code: expect.stringMatching(/^[0-9a-f]{64}$/),
      user_code: expect.stringMatching(USER_CODE),
      verification_url: `${PUBLIC_URL}/auth/verify`,
      expires_in: 900,
      interval: 5,
    });
    const second = await start(key);
    expect(second.body.device_code).not.toBe(res.body.device_code);
    expect(second.body.user_code).not.toBe(res.body.user_code);
  });

  it('refuses a request not signed by the token in the body', async () => {
    const key = makeKey();
    const other = makeKey();
    const res = await relayFetch(server.url, key, 'POST', '/api/auth/device', { token: key.token }, { signer: other });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('unauthorized');
    expect(await requestRows(key)).toBe(0);
  });

  it('allows 3 unexpired requests per token (429 beyond), other tokens unaffected; expired ones no longer count', async () => {
    const key = makeKey();
    for (let i = 0; i < 3; i++) await started(key);
    const fourth = await start(key);
    expect(fourth.status).toBe(429);
    expect(fourth.body).toEqual({ error: 'too many pending requests for this token' });
    expect(await requestRows(key)).toBe(3);

    expect((await start(makeKey())).status).toBe(200);

    await expireRequestsOf(key);
    expect((await start(key)).status).toBe(200);
    // the expired ones were swept
    expect(await requestRows(key)).toBe(1);
  });

  it('holds the per-token cap under concurrent starts', async () => {
    const key = makeKey();
    const results = await Promise.all(Array.from({ length: 8 }, () => start(key)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    expect(await requestRows(key)).toBe(3);
  });

  it('answers 503 when 10,000 unexpired requests exist in total', async () => {
    const filler = 'trc_ak_capacity_filler';
    await server.svc.db`
      insert into relay_device_requests (device_code, user_code, token, expires_at)
      select 'filler-' || i, 'FILL-' || i, ${filler}, now() + interval '10 minutes'
      from generate_series(1, 10000) as i`;
    try {
      const res = await start(makeKey());
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: 'service temporarily at capacity' });
    } finally {
      await server.svc.db`delete from relay_device_requests where token = ${filler}`;
    }
    expect((await start(makeKey())).status).toBe(200);
  });
});

describe('GET /api/auth/device/:device_code', () => {
  it('is pending until confirmed, for the requesting token only', async () => {
    const key = makeKey();
    const req = await started(key);
    const res = await poll(key, req.device_code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'pending' });

    const stranger = await poll(makeKey(), req.device_code);
    expect(stranger.status).toBe(404);
    expect(stranger.body).toEqual({ error: 'not_found' });

    const unknown = await poll(key, 'f'.repeat(64));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'not_found' });

    // still pending for its own token
    expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });
  });

  it('answers confirmed once (email, machines, teams), then 404', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    await createTeam(key, 'Alpha');
    const req = await started(key);

    const ok = await confirm(user, req.user_code);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 'confirmed', email: user.email });

    // a stranger's poll neither sees nor consumes the confirmation
    expect((await poll(makeKey(), req.device_code)).status).toBe(404);

    const first = await poll(key, req.device_code);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ status: 'confirmed', email: user.email, machine_count: 1, team_count: 1 });

    const again = await poll(key, req.device_code);
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ error: 'not_found' });
  });

  it('counts every non-revoked machine of the account and the distinct teams across them', async () => {
    const user = await registerUser(server);
    const laptop = makeKey();
    const desktop = makeKey();
    const colleague = makeKey();
    const shared = await createTeam(laptop, 'Shared');
    await createTeam(desktop, 'Desktop only');
    const other = await createTeam(colleague, 'Colleague');
    await joinTeam(laptop, shared, desktop);
    await joinTeam(colleague, other, laptop);

    expect(await login(laptop, user)).toEqual({ status: 'confirmed', email: user.email, machine_count: 1, team_count: 2 });
    // Shared counts once across the two machines
    expect(await login(desktop, user)).toEqual({ status: 'confirmed', email: user.email, machine_count: 2, team_count: 3 });
  });

  it('an expired request answers 404 and is deleted', async () => {
    const key = makeKey();
    const req = await started(key);
    await expireRequestsOf(key);
    const res = await poll(key, req.device_code);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not_found' });
    expect(await requestRows(key)).toBe(0);
  });
});

describe('POST /auth/verify', () => {
  it('needs a signed-in TRCR user', async () => {
    const key = makeKey();
    const req = await started(key);
    const anonymous = await confirm(null, req.user_code);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: 'unauthorized' });
    const forged = await httpRequest('POST', `${server.url}/auth/verify`, { user_code: req.user_code }, { authorization: 'Bearer not-a-token' });
    expect(forged.status).toBe(401);
    expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });
  });

  it('normalizes what the person typed; refuses malformed codes (400) and unknown ones (404)', async () => {
    const user = await registerUser(server);
    for (const bad of ['ABC', 'ABCD-EFGH-J', '', 42]) {
      const res = await confirm(user, bad);
      expect(res.status, String(bad)).toBe(400);
    }
    expect((await confirm(user, 'ABC')).body).toEqual({ error: 'invalid code format' });

    const unknown = await confirm(user, 'ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'invalid or expired code' });

    const key = makeKey();
    const req = await started(key);
    const typed = ` ${req.user_code.toLowerCase().replace('-', ' ')} `;
    const ok = await confirm(user, typed);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await poll(key, req.device_code)).body).toMatchObject({ status: 'confirmed', email: user.email });
  });

  it('refuses an expired code and an already confirmed one', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    const req = await started(key);
    expect((await confirm(user, req.user_code)).status).toBe(200);
    const twice = await confirm(user, req.user_code);
    expect(twice.status).toBe(400);
    expect(twice.body).toEqual({ error: 'code already used' });

    const other = makeKey();
    const old = await started(other);
    await expireRequestsOf(other);
    const expired = await confirm(user, old.user_code);
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual({ error: 'invalid or expired code' });
  });

  it('refuses to link a token that is linked to another account; the fifth failure deletes the request', async () => {
    const owner = await registerUser(server);
    const intruder = await registerUser(server);
    const key = makeKey();
    await login(key, owner);

    const req = await started(key);
    for (let i = 1; i <= 4; i++) {
      const res = await confirm(intruder, req.user_code);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ error: 'token is linked to another account' });
      expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });
    }
    const fifth = await confirm(intruder, req.user_code);
    expect(fifth.status).toBe(410);
    expect(fifth.body).toEqual({ error: TOO_MANY });

    expect((await poll(key, req.device_code)).status).toBe(404);
    // gone for its rightful owner too
    expect((await confirm(owner, req.user_code)).status).toBe(404);
    // and the machine is still the owner's
    const again = await login(key, owner);
    expect(again).toMatchObject({ status: 'confirmed', email: owner.email, machine_count: 1 });
  });

  it('failures below five leave the request usable by the right account', async () => {
    const owner = await registerUser(server);
    const intruder = await registerUser(server);
    const key = makeKey();
    await login(key, owner);
    const req = await started(key);
    expect((await confirm(intruder, req.user_code)).status).toBe(409);
    const ok = await confirm(owner, req.user_code);
    expect(ok.status).toBe(200);
    expect((await poll(key, req.device_code)).body).toMatchObject({ status: 'confirmed', email: owner.email });
  });

  it('counts repeated confirmations of a used code: the fifth failure deletes it', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    const req = await started(key);
    expect((await confirm(user, req.user_code)).status).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await confirm(user, req.user_code)).status).toBe(400);
    const fifth = await confirm(user, req.user_code);
    expect(fifth.status).toBe(410);
    expect(fifth.body).toEqual({ error: TOO_MANY });
    // the confirmation was never read, and now it is gone
    expect((await poll(key, req.device_code)).status).toBe(404);
  });

  it('relinking a revoked machine of the same account restores it', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    expect(await login(key, user)).toMatchObject({ machine_count: 1 });
    const revoke = await httpRequest('DELETE', `${server.url}/api/account/machines/${key.token}`, undefined, {
      authorization: `Bearer ${user.access_token}`,
    });
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200);
    expect(await login(key, user)).toEqual({ status: 'confirmed', email: user.email, machine_count: 1, team_count: 0 });
  });

  it('limits a user to 10 confirmation attempts a minute (429)', async () => {
    const user = await registerUser(server);
    for (let i = 0; i < 10; i++) expect((await confirm(user, 'ZZZZ-ZZZ2')).status).toBe(404);
    const limited = await confirm(user, 'ZZZZ-ZZZ2');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: 'rate limit exceeded' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // even a valid code waits, and another user is not affected
    const key = makeKey();
    const req = await started(key);
    expect((await confirm(user, req.user_code)).status).toBe(429);
    const other = await registerUser(server);
    expect((await confirm(other, req.user_code)).status).toBe(200);
  });
});
