/**
 * Accounts and sessions over REST (and the WebSocket ticket over /ws): register, login, refresh with
 * rotation and reuse detection, logout, password reset by mail, access-token checks, ws tickets.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../src/platform/crypto.js';
import { mailsTo } from '../members/support.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { openWs } from '../support/ws.js';

let server: TestServer;
const anon = () => api(server);

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  await server?.close();
});

let seq = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${++seq}@example.test`;

function expectError(res: { status: number; body: any }, status: number, code: string, field?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error.code).toBe(code);
  if (field) expect(res.body.error.details?.field).toBe(field);
}

describe('auth.register', () => {
  it('creates the user, a personal organization owned by them, and signs them in', async () => {
    const res = await anon().post('/auth/register', { email: 'Jane.Doe@Example.TEST', password: 'correct-horse', name: ' Jane Doe ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(res.body.access_token.split('.')).toHaveLength(3);
    expect(res.body.refresh_token).toEqual(expect.any(String));
    const user = res.body.user;
    expect(user).toMatchObject({ email: 'jane.doe@example.test', name: 'Jane Doe', avatar_url: null });
    expect(user.id).toMatch(/^usr_/);
    expect(user.default_org_id).toMatch(/^org_/);
    expect(user.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const me = await api(server, res.body.access_token).get('/me');
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual(user);

    const orgs = await api(server, res.body.access_token).get('/organizations');
    expect(orgs.body.data).toHaveLength(1);
    expect(orgs.body.data[0]).toMatchObject({ id: user.default_org_id, name: "Jane Doe's workspace", role: 'owner' });
    expect(orgs.body.data[0].slug).toMatch(/^jane-doe-[a-z0-9]+$/);
  });

  it('refuses an email that is already registered, whatever its case (409, field email)', async () => {
    const email = uniqueEmail('dup');
    await registerUser(server, { email });
    const res = await anon().post('/auth/register', { email: email.toUpperCase(), password: 'password-2', name: 'Other' });
    expectError(res, 409, 'CONFLICT', 'email');
    // The first account is untouched: its password still works.
    expect((await anon().post('/auth/login', { email, password: 'correct horse battery staple' })).status).toBe(200);
  });

  it.each([
    ['a missing password', { email: 'a@example.test', name: 'A' }, 'password'],
    ['a missing email', { password: 'password-1', name: 'A' }, 'email'],
    ['a name of the wrong type', { email: 'b@example.test', password: 'password-1', name: 42 }, 'name'],
    ['an unknown field', { email: 'c@example.test', password: 'password-1', name: 'C', admin: true }, 'admin'],
    ['a password shorter than 8', { email: 'd@example.test', password: 'short', name: 'D' }, 'password'],
    ['an invalid email', { email: 'not-an-email', password: 'password-1', name: 'E' }, 'email'],
    ['a blank name', { email: 'f@example.test', password: 'password-1', name: '   ' }, 'name'],
  ])('rejects %s (400, names the field)', async (_label, body, field) => {
    const res = await anon().post('/auth/register', body);
    expectError(res, 400, 'VALIDATION_ERROR', field);
  });
});

describe('auth.login', () => {
  let user: RegisteredUser;
  beforeAll(async () => {
    user = await registerUser(server, { email: uniqueEmail('login') });
  });

  it('signs in with the right password (any email case) and returns the user', async () => {
    const res = await anon().post('/auth/login', { email: user.email.toUpperCase(), password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual(user.user);
    expect((await api(server, res.body.access_token).get('/me')).status).toBe(200);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await anon().post('/auth/login', { email: user.email, password: 'not the password' });
    const unknown = await anon().post('/auth/login', { email: uniqueEmail('nobody'), password: 'whatever-1' });
    expectError(wrong, 401, 'UNAUTHORIZED');
    expectError(unknown, 401, 'UNAUTHORIZED');
    expect(wrong.body.error.message).toBe('Invalid email or password');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rejects missing and mistyped fields (400)', async () => {
    expectError(await anon().post('/auth/login', { email: user.email }), 400, 'VALIDATION_ERROR', 'password');
    expectError(await anon().post('/auth/login', { email: user.email, password: 12345678 }), 400, 'VALIDATION_ERROR', 'password');
    expectError(await anon().post('/auth/login', { email: user.email, password: 'x', remember: true }), 400, 'VALIDATION_ERROR', 'remember');
  });
});

describe('auth.refresh and auth.logout', () => {
  it('rotates: a new pair without user; the new access token works', async () => {
    const user = await registerUser(server);
    const res = await anon().post('/auth/refresh', { refresh_token: user.refresh_token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(res.body).not.toHaveProperty('user');
    expect(res.body.refresh_token).not.toBe(user.refresh_token);
    const me = await api(server, res.body.access_token).get('/me');
    expect(me.body.data.id).toBe(user.user.id);
  });

  it('a rotated token presented again revokes the whole session', async () => {
    const user = await registerUser(server);
    const first = await anon().post('/auth/refresh', { refresh_token: user.refresh_token });
    const second = await anon().post('/auth/refresh', { refresh_token: first.body.refresh_token });
    expect(second.status).toBe(200);
    // Past the grace window for concurrent refreshes (REFRESH_REUSE_GRACE_SECONDS; test/auth/refresh-race.test.ts).
    await server.svc
      .db`update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where user_id = ${user.user.id} and rotated_at is not null`;

    const reuse = await anon().post('/auth/refresh', { refresh_token: user.refresh_token });
    expectError(reuse, 401, 'UNAUTHORIZED');
    expect(reuse.body.error.message).toMatch(/already used/);
    // The legitimate latest token of the same session is dead too.
    expectError(await anon().post('/auth/refresh', { refresh_token: second.body.refresh_token }), 401, 'UNAUTHORIZED');
    // Another session of the same user (a separate login) is not affected.
    const other = await anon().post('/auth/login', { email: user.email, password: user.password });
    expect((await anon().post('/auth/refresh', { refresh_token: other.body.refresh_token })).status).toBe(200);
  });

  it('unknown, expired and malformed refresh tokens are refused', async () => {
    expectError(await anon().post('/auth/refresh', { refresh_token: 'rt_unknown' }), 401, 'UNAUTHORIZED');
    const user = await registerUser(server);
    await server.svc.db`update refresh_tokens set expires_at = now() - interval '1 second' where user_id = ${user.user.id}`;
    expectError(await anon().post('/auth/refresh', { refresh_token: user.refresh_token }), 401, 'UNAUTHORIZED');
    expectError(await anon().post('/auth/refresh', {}), 400, 'VALIDATION_ERROR', 'refresh_token');
    expectError(await anon().post('/auth/refresh', { refresh_token: 7 }), 400, 'VALIDATION_ERROR', 'refresh_token');
  });

  it('logout ends the session; it is idempotent and silent about unknown tokens', async () => {
    const user = await registerUser(server);
    const rotated = await anon().post('/auth/refresh', { refresh_token: user.refresh_token });
    const out = await anon().post('/auth/logout', { refresh_token: rotated.body.refresh_token });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ data: { success: true } });
    expectError(await anon().post('/auth/refresh', { refresh_token: rotated.body.refresh_token }), 401, 'UNAUTHORIZED');

    expect((await anon().post('/auth/logout', { refresh_token: rotated.body.refresh_token })).body).toEqual({ data: { success: true } });
    expect((await anon().post('/auth/logout', { refresh_token: 'rt_never_issued' })).body).toEqual({ data: { success: true } });
    expectError(await anon().post('/auth/logout', {}), 400, 'VALIDATION_ERROR', 'refresh_token');
  });
});

describe('auth.forgot_password and auth.reset_password', () => {
  let user: RegisteredUser;
  let token: string;

  beforeAll(async () => {
    user = await registerUser(server, { email: uniqueEmail('reset'), name: 'Reset Me' });
  });

  it('answers the same for known and unknown addresses, and mails only the known one', async () => {
    const unknownEmail = uniqueEmail('ghost');
    const known = await anon().post('/auth/forgot-password', { email: user.email.toUpperCase() });
    const unknown = await anon().post('/auth/forgot-password', { email: unknownEmail });
    expect(known.status).toBe(200);
    expect(known.body).toEqual(unknown.body);
    expect(known.body.data.message).toEqual(expect.any(String));

    expect(await mailsTo(server, unknownEmail)).toHaveLength(0);
    const [mail] = await mailsTo(server, user.email, 'password_reset');
    expect(mail).toBeDefined();
    const link = /(\S+\/reset-password\?token=(\S+))/.exec(mail!.body_text);
    expect(link?.[1]).toContain(`${server.svc.config.publicUrl}/reset-password?token=`);
    token = decodeURIComponent(link![2]!);
    expect(mail!.body_text).toContain(token);

    // The mailer writes it as an .eml file under the data dir (no SMTP configured in tests).
    await server.svc.mailer.drain();
    const eml = await fs.readFile(path.join(server.dataDir, 'mail', `${mail!.id}.eml`), 'utf8');
    expect(eml).toContain(`To: ${user.email}`);
  });

  it('rejects a bad token or password without changing anything', async () => {
    expectError(await anon().post('/auth/reset-password', { token: 'prt_forged', password: 'new-password-1' }), 400, 'VALIDATION_ERROR', 'token');
    expectError(await anon().post('/auth/reset-password', { token, password: 'short' }), 400, 'VALIDATION_ERROR', 'password');
    expectError(await anon().post('/auth/reset-password', { password: 'new-password-1' }), 400, 'VALIDATION_ERROR', 'token');
    expect((await anon().post('/auth/login', { email: user.email, password: user.password })).status).toBe(200);
  });

  it('sets the new password once, and signs the user out everywhere', async () => {
    const res = await anon().post('/auth/reset-password', { token, password: 'brand-new-password' });
    expect(res.status).toBe(200);
    expect(res.body.data.message).toEqual(expect.any(String));

    expectError(await anon().post('/auth/login', { email: user.email, password: user.password }), 401, 'UNAUTHORIZED');
    expect((await anon().post('/auth/login', { email: user.email, password: 'brand-new-password' })).status).toBe(200);
    expectError(await anon().post('/auth/refresh', { refresh_token: user.refresh_token }), 401, 'UNAUTHORIZED');

    const again = await anon().post('/auth/reset-password', { token, password: 'another-password' });
    expectError(again, 400, 'VALIDATION_ERROR', 'token');
    expect(again.body.error.message).toBe('Invalid or expired reset token');
  });

  it('an expired reset token is refused', async () => {
    await anon().post('/auth/forgot-password', { email: user.email });
    const mail = (await mailsTo(server, user.email, 'password_reset')).at(-1)!;
    const fresh = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail.body_text)![1]!);
    await server.svc.db`update password_resets set expires_at = now() - interval '1 second' where user_id = ${user.user.id}`;
    expectError(await anon().post('/auth/reset-password', { token: fresh, password: 'yet-another-pw' }), 400, 'VALIDATION_ERROR', 'token');
  });
});

describe('access tokens', () => {
  let user: RegisteredUser;
  beforeAll(async () => {
    user = await registerUser(server);
  });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  it('an expired access token answers 401 saying so', async () => {
    const expired = await signAccessToken(server.svc.config, { sub: user.user.id, sid: 'fam_x' }, { now: Date.now() - 3600_000 });
    const res = await api(server, expired).get('/me');
    expectError(res, 401, 'UNAUTHORIZED');
    expect(res.body.error.message).toMatch(/expired/i);
  });

  it('a token signed with another key, or unsigned (alg none), answers 401', async () => {
    const { jwtIssuer, jwtAudience } = server.svc.config;
    const forged = await new SignJWT({ sid: 'fam_x' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.user.id)
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('some-other-secret-some-other-secret-0000'));
    expectError(await api(server, forged).get('/me'), 401, 'UNAUTHORIZED');
    const now = Math.floor(Date.now() / 1000);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: user.user.id, sid: 'fam_x', iss: jwtIssuer, aud: jwtAudience, iat: now, exp: now + 600 })}.`;
    expectError(await api(server, none).get('/me'), 401, 'UNAUTHORIZED');
    expectError(await api(server, 'garbage').get('/me'), 401, 'UNAUTHORIZED');
    expectError(await api(server, 'trcr_pat_not-a-real-token').get('/me'), 401, 'UNAUTHORIZED');
  });
});

describe('auth.ws_ticket', () => {
  let user: RegisteredUser;
  beforeAll(async () => {
    user = await registerUser(server);
  });

  it('needs a Bearer token', async () => {
    expectError(await anon().post('/auth/ws-ticket'), 401, 'UNAUTHORIZED');
  });

  it('issues a single-use ticket that authenticates one WebSocket', async () => {
    const res = await api(server, user.access_token).post('/auth/ws-ticket');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ticket: expect.stringMatching(/^wst_/), expires_in: 30 });

    const ws = await openWs(server);
    const ok = await ws.request('authenticate', { ticket: res.body.ticket });
    expect(ok.status).toBe('ok');
    expect(ok.data).toMatchObject({ authenticated: true, user_id: user.user.id, organizations: [user.orgId] });
    const me = await ws.request('users.me');
    expect(me.data.id).toBe(user.user.id);
    await ws.close();

    const second = await openWs(server);
    const reused = await second.request('authenticate', { ticket: res.body.ticket });
    expect(reused.status).toBe('error');
    expect(reused.error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Invalid or expired ticket' });
    expect((await second.closed).code).toBe(4401);
  });

  it('an expired ticket is refused', async () => {
    const res = await api(server, user.access_token).post('/auth/ws-ticket');
    await server.svc.db`update ws_tickets set expires_at = now() - interval '1 second' where user_id = ${user.user.id} and used_at is null`;
    const ws = await openWs(server);
    const reply = await ws.request('authenticate', { ticket: res.body.ticket });
    expect(reply.error?.code).toBe('UNAUTHORIZED');
    expect((await ws.closed).code).toBe(4401);
  });

  it('a personal access token cannot get a ticket (it would escape its organization)', async () => {
    const pat = await api(server, user.access_token).post('/personal-access-tokens', { name: 'script' });
    expectError(await api(server, pat.body.data.token).post('/auth/ws-ticket'), 403, 'FORBIDDEN');
  });
});
