/**
 * The relay's team endpoints (relay-api.md §3.1–3.11) driven like the teamrc CLI: signed requests
 * built by test/support/relay.ts (independent of the server's verification code), answers checked
 * against the documented statuses, bodies and hashes.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKey, relayFetch, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const EMPTY_HASH = sha('');

beforeAll(async () => {
  server = await startTestServer({ relayRateLimitPerMinute: 10_000, relayTestHooks: true });
});
afterAll(() => server?.close());

const post = (key: RelayKey, path: string, body: object | string) => relayFetch(server.url, key, 'POST', path, body);
const get = (key: RelayKey, path: string) => relayFetch(server.url, key, 'GET', path);
const del = (key: RelayKey, path: string) => relayFetch(server.url, key, 'DELETE', path);

const TEAM = {
  name: 'My Team',
  members: [
    { name: 'backend-dev', role: 'Backend developer', description: 'Designs APIs.', soul: 'You are careful.', skills: ['write-tests'] },
    { name: 'alice', role: 'dev' },
  ],
  skills: [{ id: 'write-tests', title: 'Write Tests', body: 'Always write tests...', alwaysApply: true, globs: null, userInvocable: false }],
  knowledge: 'Shared knowledge text...',
  platforms: ['claude-code', 'cursor'],
};

async function createTeam(key: RelayKey, team: object = TEAM): Promise<any> {
  const res = await post(key, '/api/teams', { token: key.token, team });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.team;
}

async function setup(action: string, fields: object = {}): Promise<any> {
  const res = await fetch(`${server.url}/api/test/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, ...fields }),
  });
  expect(res.status).toBe(200);
  return res.json();
}

describe('POST /api/teams', () => {
  it('creates a team: 201, team_data with the four hashes, a claim secret once, member order kept', async () => {
    const key = makeKey();
    const team = await createTeam(key);
    expect(team.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(team.name).toBe('My Team');
    expect(team.members.map((m: any) => m.name)).toEqual(['backend-dev', 'alice']);
    expect(team.members[1]).toEqual({ name: 'alice', role: 'dev' });
    // null skill values are dropped, false kept
    expect(team.skills).toEqual([
      { id: 'write-tests', title: 'Write Tests', body: 'Always write tests...', alwaysApply: true, userInvocable: false },
    ]);
    expect(team.platforms).toEqual(['claude-code', 'cursor']);
    expect(team.knowledge).toBe('Shared knowledge text...');
    expect(team.knowledge_hash).toBe(sha('Shared knowledge text...\n'));
    expect(team.hash).toBe(sha(`${team.members_hash}:${team.skills_hash}:${team.knowledge_hash}`));
    expect(team.owner_claim_secret).toMatch(/^trc_ocs_[A-Za-z0-9_-]{24}$/);

    const again = await get(key, `/api/teams/${key.token}`);
    expect(again.status).toBe(200);
    expect(again.body.team.owner_claim_secret).toBeUndefined();
    expect(again.body.team.hash).toBe(team.hash);
    // the claim secret is stored hashed, never in clear
    const [row] = await server.svc.db`select owner_claim_secret from relay_teams where id = ${team.id}`;
    expect(row!.owner_claim_secret).not.toContain(team.owner_claim_secret);
    expect(row!.owner_claim_secret).toMatch(/^\$argon2/);
  });

  it('matches the wiki example hashes of data-model.md §3.1', async () => {
    const key = makeKey();
    const team = await createTeam(key, {
      name: 'My Team',
      members: [
        {
          name: 'backend-dev',
          role: 'Backend developer',
          description: 'Designs APIs and business logic. Use when tasks involve endpoints or server-side architecture.',
          soul: 'You are...',
          skills: ['write-tests'],
        },
      ],
      skills: [{ id: 'write-tests', title: 'Write Tests', body: 'Always write tests...', alwaysApply: true, globs: null, userInvocable: false }],
      knowledge: 'Shared knowledge text...',
      platforms: ['claude-code', 'cursor'],
    });
    expect(team.members_hash).toBe('3b03697c57efef00d435a8f42005a8603070830e781e606c5f49dcfe09f1bdd5');
    expect(team.skills_hash).toBe('d86bd2d6b90b107017bc298360ec8e3e4edf7201de7775e57c93f45037f30e02');
    expect(team.knowledge_hash).toBe('71d81fac2559bc6bec104306e3d831b3abafffd4236d94a08feee839f52d8413');
    expect(team.hash).toBe('13bbebae083f02faae268588f8bbff3196ea54ef9c4bf1dfa64ec3c5f45fa74a');
  });

  it('updates: 200; omitted lists clear, omitted knowledge stays, knowledge is append-only', async () => {
    const key = makeKey();
    const created = await createTeam(key);
    const res = await post(key, '/api/teams', {
      token: key.token,
      team: { name: 'Renamed', members: [{ name: 'alice', role: 'lead' }], knowledge: 'Shared knowledge text...\nNew line' },
    });
    expect(res.status).toBe(200);
    const t = res.body.team;
    expect(t.id).toBe(created.id);
    expect(t.name).toBe('Renamed');
    expect(t.members).toEqual([{ name: 'alice', role: 'lead' }]);
    expect(t.skills).toBeUndefined();
    expect(t.platforms).toBeUndefined();
    expect(t.knowledge).toBe('Shared knowledge text...\nNew line\n');
    expect(t.owner_claim_secret).toBeUndefined();

    const keep = await post(key, '/api/teams', { token: key.token, team: { name: 'Renamed', members: [{ name: 'alice', role: 'lead' }] } });
    expect(keep.status).toBe(200);
    expect(keep.body.team.knowledge).toBe('Shared knowledge text...\nNew line\n');
    const shrink = await post(key, '/api/teams', { token: key.token, team: { name: 'Renamed', knowledge: 'Only this' } });
    expect(shrink.body.team.knowledge).toBe('Shared knowledge text...\nNew line\nOnly this\n');
  });

  it('name and platforms are not hashed; a stale base_hash is a 409 with server_hash; knowledge-only divergence merges', async () => {
    const key = makeKey();
    const created = await createTeam(key);
    const rename = await post(key, '/api/teams', {
      token: key.token,
      base_hash: created.hash,
      team: { ...TEAM, name: 'Other', platforms: ['codex'] },
    });
    expect(rename.status).toBe(200);
    expect(rename.body.team.hash).toBe(created.hash);

    const moved = await post(key, '/api/teams', {
      token: key.token,
      base_hash: created.hash,
      team: { ...TEAM, members: [{ name: 'bob', role: 'qa' }] },
    });
    expect(moved.status).toBe(200);
    const current = moved.body.team.hash;
    expect(current).not.toBe(created.hash);

    // A client still on the old hash changing members → conflict.
    const stale = await post(key, '/api/teams', {
      token: key.token,
      base_hash: created.hash,
      team: { ...TEAM, members: [{ name: 'carol', role: 'x' }] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ error: 'conflict', server_hash: current });
    const after = await get(key, `/api/teams/${key.token}/head`);
    expect(after.body.hash).toBe(current);

    // Same members and skills as the server, different knowledge → merged, not refused.
    const ko = await post(key, '/api/teams', {
      token: key.token,
      base_hash: created.hash,
      team: { ...TEAM, members: [{ name: 'bob', role: 'qa' }], knowledge: 'A finding from another machine' },
    });
    expect(ko.status).toBe(200);
    expect(ko.body.team.knowledge).toBe('Shared knowledge text...\nA finding from another machine\n');

    // A malformed base_hash is ignored (last writer wins).
    const lax = await post(key, '/api/teams', { token: key.token, base_hash: 'not-a-hash', team: { name: 'X' } });
    expect(lax.status).toBe(200);
  });

  it('validates in the documented order with the documented messages, writing nothing', async () => {
    const key = makeKey();
    const cases: [object, RegExp][] = [
      [{ name: '' }, /must not be empty/],
      [{ name: 'x'.repeat(65) }, /64/],
      [{ name: '-bad!' }, /alphanumeric/],
      [{ name: 'ok', members: Array.from({ length: 21 }, (_, i) => ({ name: `m${i}`, role: 'r' })) }, /20/],
      [{ name: 'ok', members: [{ name: 'a', role: 'r'.repeat(257) }] }, /member 'a' exceeds field size limits/],
      [{ name: 'ok', members: [{ name: 'a', role: 'r', description: 'é'.repeat(501) }] }, /exceeds field size limits/],
      [{ name: 'ok', skills: Array.from({ length: 51 }, (_, i) => ({ id: `s${i}` })) }, /50/],
      [{ name: 'ok', skills: [{ id: '-x' }] }, /invalid id/],
      [{ name: 'ok', skills: [{ id: 's', body: 'b'.repeat(10_001) }] }, /10000 bytes/],
      [{ name: 'ok', knowledge: 'k'.repeat(100_001) }, /100/],
      [{ name: 'ok', platforms: ['vim'] }, /unknown platform: 'vim'/],
      // first failure wins: a bad name beats a bad platform
      [{ name: '!', platforms: ['vim'] }, /alphanumeric/],
    ];
    for (const [team, message] of cases) {
      const res = await post(key, '/api/teams', { token: key.token, team });
      expect(res.status, JSON.stringify(team).slice(0, 80)).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    const [count] = await server.svc.db`select count(*)::int as n from relay_token_teams where token = ${key.token}`;
    expect(count!.n).toBe(0);
  });

  it('accepts the platforms of both CLI generations (the seed six and copilot, amazon-q, windsurf, cline)', async () => {
    const key = makeKey();
    const platforms = ['claude-code', 'cursor', 'codex', 'gemini', 'openclaw', 'claude-desktop', 'copilot', 'amazon-q', 'windsurf', 'cline'];
    const res = await post(key, '/api/teams', { token: key.token, team: { name: 'Both CLIs', platforms } });
    expect(res.status).toBe(201);
    expect(res.body.team.platforms).toEqual(platforms);
  });

  it('missing fields, malformed JSON and non-object bodies answer 400 in the relay format', async () => {
    const key = makeKey();
    const missing = await post(key, '/api/teams', { token: key.token });
    expect(missing).toMatchObject({ status: 400, body: { error: 'missing parameter: team' } });
    const notJson = await post(key, '/api/teams', `{"token":"${key.token}",`);
    expect(notJson.status).toBe(400);
    expect(notJson.body).toEqual({ error: 'invalid JSON' });
    const teamString = await post(key, '/api/teams', { token: key.token, team: 'x' });
    expect(teamString.status).toBe(400);
    expect(typeof teamString.body.error).toBe('string');
  });

  it('multi-team tokens need team_id (409); an unknown team_id is 404, not a new team', async () => {
    const key = makeKey();
    const other = makeKey();
    const first = await createTeam(key, { name: 'First' });
    const second = await createTeam(other, { name: 'Second' });
    const inv = await post(other, '/api/teams/invite', { token: other.token });
    expect((await post(key, '/api/join', { token: key.token, invite_code: inv.body.invite_code })).status).toBe(200);

    const ambiguous = await get(key, `/api/teams/${key.token}`);
    expect(ambiguous).toMatchObject({ status: 409, body: { error: 'team_id required: token belongs to multiple teams' } });
    const update = await post(key, '/api/teams', { token: key.token, team: { name: 'X' } });
    expect(update.status).toBe(409);

    const one = await get(key, `/api/teams/${key.token}?team_id=${second.id}`);
    expect(one.status).toBe(200);
    expect(one.body.team.name).toBe('Second');
    const all = await get(key, `/api/teams/all/${key.token}`);
    expect(all.body.teams.map((t: any) => t.name).sort()).toEqual(['First', 'Second']);

    const stranger = await post(key, '/api/teams', { token: key.token, team_id: '00000000-0000-4000-8000-000000000000', team: { name: 'X' } });
    expect(stranger).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const garbage = await get(key, `/api/teams/${key.token}?team_id=nope`);
    expect(garbage.status).toBe(404);
    const update2 = await post(key, '/api/teams', { token: key.token, team_id: first.id, team: { name: 'First2' } });
    expect(update2.status).toBe(200);
    expect(update2.body.team.name).toBe('First2');
  });
  it('concurrent first pushes of one token create one team, not two', async () => {
    const key = makeKey();
    const results = await Promise.all(Array.from({ length: 20 }, () => post(key, '/api/teams', { token: key.token, team: { name: 'Once' } })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    const [n] = await server.svc.db`select count(*)::int as n from relay_token_teams where token = ${key.token}`;
    expect(n!.n).toBe(1);
  });
});

describe('reads', () => {
  it('head is the bare hash object; unknown tokens are 404 not_found', async () => {
    const key = makeKey();
    const team = await createTeam(key, { name: 'Empty' });
    const head = await get(key, `/api/teams/${key.token}/head`);
    expect(head.status).toBe(200);
    expect(head.body).toEqual({ hash: team.hash, members_hash: team.members_hash, skills_hash: team.skills_hash, knowledge_hash: EMPTY_HASH });
    expect(team.members_hash).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');
    expect(team.hash).toBe('412418bc90aa1f6295e8fa9682553179add49b260e5296a488f150d63e14d427');
    expect(team.knowledge).toBeNull();

    const nobody = makeKey();
    for (const path of [`/api/teams/${nobody.token}`, `/api/teams/${nobody.token}/head`, `/api/teams/all/${nobody.token}`]) {
      expect(await get(nobody, path)).toMatchObject({ status: 404, body: { error: 'not_found' } });
    }
  });

  it("a token cannot read another token's team: the signature must be the path token's", async () => {
    const key = makeKey();
    const thief = makeKey();
    await createTeam(key);
    const res = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}`, undefined, { signer: thief });
    expect(res.status).toBe(401);
    expect(res.body.reason).toBe('signature verification failed');
  });
});

describe('invites, join, preview', () => {
  it('invites are multi-use until expiry; join is idempotent; preview hides knowledge and souls', async () => {
    const owner = makeKey();
    const team = await createTeam(owner);
    const inv = await post(owner, '/api/teams/invite', { token: owner.token, ttl_hours: 2 });
    expect(inv.status).toBe(200);
    expect(inv.body.invite_code).toMatch(/^trc_inv_[A-Za-z0-9_-]{24}$/);
    expect(inv.body.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const hours = (Date.parse(inv.body.expires_at) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);

    const guest = makeKey();
    const preview = await post(guest, '/api/teams/preview', { token: guest.token, invite_code: inv.body.invite_code });
    expect(preview.status).toBe(200);
    expect(preview.body.team).not.toHaveProperty('knowledge');
    expect(preview.body.team.members[0]).not.toHaveProperty('soul');
    expect(preview.body.team.skills[0].body).toBe('Always write tests...');
    expect((await get(guest, `/api/teams/${guest.token}`)).status).toBe(404);

    for (const k of [guest, guest, makeKey()]) {
      const joined = await post(k, '/api/join', { token: k.token, invite_code: inv.body.invite_code });
      expect(joined.status).toBe(200);
      expect(joined.body.token).toBe(k.token);
      expect(joined.body.team.id).toBe(team.id);
      expect(joined.body.team.knowledge).toBe(TEAM.knowledge);
      expect(joined.body.team.members[0].soul).toBe('You are careful.');
    }
    const [n] = await server.svc.db`select count(*)::int as n from relay_token_teams where team_id = ${team.id}`;
    expect(n!.n).toBe(3);

    expect(await post(guest, '/api/join', { token: guest.token, invite_code: 'trc_inv_nope' })).toMatchObject({
      status: 404,
      body: { error: 'invalid_invite' },
    });
    expect((await post(guest, '/api/teams/preview', { token: guest.token, invite_code: 'trc_inv_nope' })).body).toEqual({ error: 'invalid_invite' });
  });

  it('clamps ttl_hours to [1, 168], defaults non-integers to 24, refuses non-members', async () => {
    const owner = makeKey();
    await createTeam(owner);
    const cases: [unknown, number][] = [
      [1000, 168],
      [0, 1],
      [-5, 1],
      ['48', 48],
      ['abc', 24],
      [1.5, 24],
    ];
    for (const [ttl, want] of cases) {
      const res = await post(owner, '/api/teams/invite', { token: owner.token, ttl_hours: ttl });
      const hours = Math.round((Date.parse(res.body.expires_at) - Date.now()) / 3_600_000);
      expect(hours, String(ttl)).toBe(want);
    }
    const stranger = makeKey();
    expect(await post(stranger, '/api/teams/invite', { token: stranger.token })).toMatchObject({ status: 403, body: { error: 'not a team member' } });
  });

  it('an expired invite is invalid', async () => {
    const owner = makeKey();
    const team = await createTeam(owner);
    const inv = await post(owner, '/api/teams/invite', { token: owner.token });
    await server.svc.db`update relay_invites set expires_at = now() - interval '1 second' where team_id = ${team.id}`;
    const guest = makeKey();
    expect((await post(guest, '/api/join', { token: guest.token, invite_code: inv.body.invite_code })).status).toBe(404);
  });
});

describe('ownership, visibility, clone', () => {
  it('claim needs a linked account; the right secret makes it owner once; then visibility and clone work', async () => {
    const key = makeKey();
    const team = await createTeam(key);
    const secret = team.owner_claim_secret as string;

    expect(await post(key, '/api/teams/claim', { token: key.token, claim_secret: secret })).toMatchObject({
      status: 403,
      body: { error: 'link your account first with `teamrc login`' },
    });
    const vis0 = await post(key, '/api/teams/visibility', { token: key.token, visibility: 'public' });
    expect(vis0.status).toBe(403);
    expect(vis0.body.error).toMatch(/^only the team owner can change visibility/);

    const user = await setup('create_user');
    await setup('link_token', { user_id: user.user_id, token: key.token });
    expect(await post(key, '/api/teams/claim', { token: key.token, claim_secret: 'trc_ocs_wrongwrongwrongwrongwron' })).toMatchObject({
      status: 404,
      body: { error: 'invalid or already-claimed ownership token' },
    });
    expect(await post(key, '/api/teams/claim', { token: key.token, claim_secret: secret, team_id: team.id })).toMatchObject({
      status: 200,
      body: { status: 'claimed' },
    });
    expect((await post(key, '/api/teams/claim', { token: key.token, claim_secret: secret })).status).toBe(404);

    expect((await post(key, '/api/teams/visibility', { token: key.token, visibility: 'open' })).body).toEqual({
      error: "visibility must be 'public' or 'private'",
    });
    const pub = await post(key, '/api/teams/visibility', { token: key.token, visibility: 'public' });
    expect(pub.status).toBe(200);
    expect(pub.body.visibility).toBe('public');
    expect(pub.body.clone_token).toMatch(/^trc_cl_[A-Za-z0-9_-]{24}$/);

    const clone = await fetch(`${server.url}/api/teams/clone/${pub.body.clone_token}`);
    expect(clone.status).toBe(200);
    const cloned = (await clone.json()) as any;
    expect(cloned.team).not.toHaveProperty('knowledge');
    expect(cloned.team.skills[0]).not.toHaveProperty('body');
    expect(cloned.team.members[0].soul).toBe('You are careful.');

    const priv = await post(key, '/api/teams/visibility', { token: key.token, visibility: 'private' });
    expect(priv.body).toEqual({ visibility: 'private', clone_token: pub.body.clone_token });
    const gone = await fetch(`${server.url}/api/teams/clone/${pub.body.clone_token}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: 'invalid_clone_token' });
    const again = await post(key, '/api/teams/visibility', { token: key.token, visibility: 'public' });
    expect(again.body.clone_token).toBe(pub.body.clone_token);

    // Another participant (not the owner's token) may not change it.
    const inv = await post(key, '/api/teams/invite', { token: key.token });
    const member = makeKey();
    await post(member, '/api/join', { token: member.token, invite_code: inv.body.invite_code });
    expect((await post(member, '/api/teams/visibility', { token: member.token, visibility: 'private' })).status).toBe(403);
  });

  it('a token linked before creating owns the team at once, with no claim secret', async () => {
    const key = makeKey();
    const user = await setup('create_user');
    await setup('link_token', { user_id: user.user_id, token: key.token });
    const team = await createTeam(key);
    expect(team.owner_claim_secret).toBeUndefined();
    expect((await post(key, '/api/teams/visibility', { token: key.token, visibility: 'public' })).status).toBe(200);
  });
});

describe('DELETE /api/token/:token/erase', () => {
  it('removes one association with team_id, all without; team data stays', async () => {
    const key = makeKey();
    const a = await createTeam(key, { name: 'A' });
    const other = makeKey();
    const b = await createTeam(other, { name: 'B' });
    const code = (await post(other, '/api/teams/invite', { token: other.token })).body.invite_code;
    await post(key, '/api/join', { token: key.token, invite_code: code });

    const one = await del(key, `/api/token/${key.token}/erase?team_id=${b.id}`);
    expect(one).toMatchObject({ status: 200, body: { status: 'disconnected', teams_removed: 1 } });
    expect((await get(key, `/api/teams/${key.token}`)).body.team.id).toBe(a.id);

    const rest = await del(key, `/api/token/${key.token}/erase`);
    expect(rest.body).toEqual({ status: 'disconnected', teams_removed: 1 });
    expect((await get(key, `/api/teams/all/${key.token}`)).status).toBe(404);
    expect((await del(key, `/api/token/${key.token}/erase`)).body).toEqual({ status: 'disconnected', teams_removed: 0 });
    expect((await get(other, `/api/teams/${other.token}`)).body.team.name).toBe('B');
    const [row] = await server.svc.db`select count(*)::int as n from relay_teams where id = ${a.id}`;
    expect(row!.n).toBe(1);
  });
});
