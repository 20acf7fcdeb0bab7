/**
 * Accounts and sessions over GraphQL (/graphql, HTTP POST): the same operations and errors as REST,
 * with errors in `errors[].extensions.code`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../src/platform/crypto.js';
import { mailsTo } from '../members/support.js';
import { httpRequest } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { openWs } from '../support/ws.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  await server?.close();
});

interface GqlResult {
  status: number;
  data: any;
  errors?: { message: string; extensions?: { code?: string; details?: any } }[];
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
  const res = await httpRequest('POST', `${server.url}/graphql`, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  return { status: res.status, data: res.body?.data, errors: res.body?.errors };
}

function expectGqlError(res: GqlResult, code: string, field?: string): void {
  expect(res.errors?.length, JSON.stringify(res)).toBeGreaterThan(0);
  expect(res.errors![0]!.extensions?.code).toBe(code);
  if (field) expect(res.errors![0]!.extensions?.details?.field).toBe(field);
}

const TOKENS = 'access_token refresh_token token_type expires_in user { id email name default_org_id created_at }';
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ${TOKENS} } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${TOKENS} } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { ${TOKENS} } }`;
const LOGOUT = 'mutation($input: LogoutInput!) { logout(input: $input) { success } }';
const FORGOT = 'mutation($input: ForgotPasswordInput!) { forgotPassword(input: $input) { message } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { message } }';
const TICKET = 'mutation { createWsTicket { ticket expires_in } }';
const ME = '{ me { id email } }';

let seq = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${++seq}@example.test`;

async function register(email = uniqueEmail('gql'), password = 'gql-password-1') {
  const res = await gql(REGISTER, { input: { email, password, name: 'Graph Q' } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { ...res.data.register, email, password };
}

describe('register and login', () => {
  it('register signs the user in; me works with the access token', async () => {
    const email = uniqueEmail('Reg');
    const t = await register(email);
    expect(t).toMatchObject({ token_type: 'Bearer', expires_in: 900, user: { email: email.toLowerCase(), name: 'Graph Q' } });
    expect(t.user.default_org_id).toMatch(/^org_/);
    const me = await gql(ME, {}, t.access_token);
    expect(me.data.me).toEqual({ id: t.user.id, email: email.toLowerCase() });
  });

  it('register refuses a taken email and invalid input', async () => {
    const t = await register();
    expectGqlError(await gql(REGISTER, { input: { email: t.email.toUpperCase(), password: 'another-pw', name: 'X' } }), 'CONFLICT', 'email');
    expectGqlError(await gql(REGISTER, { input: { email: uniqueEmail('s'), password: 'short', name: 'X' } }), 'VALIDATION_ERROR', 'password');
    expectGqlError(await gql(REGISTER, { input: { email: 'nope', password: 'long-enough', name: 'X' } }), 'VALIDATION_ERROR', 'email');
    // GraphQL's own type checks: a missing required field and an unknown field never reach the domain.
    const missing = await gql(REGISTER, { input: { email: uniqueEmail('m'), name: 'X' } });
    expect(missing.errors?.length).toBeGreaterThan(0);
    const unknown = await gql(REGISTER, { input: { email: uniqueEmail('u'), password: 'long-enough', name: 'X', admin: true } });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    const wrongType = await gql(REGISTER, { input: { email: uniqueEmail('w'), password: 12345678, name: 'X' } });
    expect(wrongType.errors?.length).toBeGreaterThan(0);
  });

  it('login: right password works; wrong password and unknown email look the same', async () => {
    const t = await register();
    const ok = await gql(LOGIN, { input: { email: t.email, password: t.password } });
    expect(ok.data.login.user.id).toBe(t.user.id);
    const wrong = await gql(LOGIN, { input: { email: t.email, password: 'wrong-password' } });
    const unknown = await gql(LOGIN, { input: { email: uniqueEmail('ghost'), password: 'wrong-password' } });
    expectGqlError(wrong, 'UNAUTHORIZED');
    expectGqlError(unknown, 'UNAUTHORIZED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });
});

describe('refreshToken and logout', () => {
  it('rotates; reusing a rotated token revokes the session', async () => {
    const t = await register();
    const r1 = await gql(REFRESH, { input: { refresh_token: t.refresh_token } });
    expect(r1.data.refreshToken).toMatchObject({ token_type: 'Bearer', user: null });
    const r2 = await gql(REFRESH, { input: { refresh_token: r1.data.refreshToken.refresh_token } });
    expect(r2.errors).toBeUndefined();
    // Past the grace window for concurrent refreshes (REFRESH_REUSE_GRACE_SECONDS; test/auth/refresh-race.test.ts).
    await server.svc.db`update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where rotated_at is not null`;

    expectGqlError(await gql(REFRESH, { input: { refresh_token: t.refresh_token } }), 'UNAUTHORIZED');
    expectGqlError(await gql(REFRESH, { input: { refresh_token: r2.data.refreshToken.refresh_token } }), 'UNAUTHORIZED');
    expectGqlError(await gql(REFRESH, { input: { refresh_token: 'rt_unknown' } }), 'UNAUTHORIZED');
  });

  it('logout is idempotent and ends the session', async () => {
    const t = await register();
    expect((await gql(LOGOUT, { input: { refresh_token: t.refresh_token } })).data.logout).toEqual({ success: true });
    expect((await gql(LOGOUT, { input: { refresh_token: t.refresh_token } })).data.logout).toEqual({ success: true });
    expect((await gql(LOGOUT, { input: { refresh_token: 'rt_nothing' } })).data.logout).toEqual({ success: true });
    expectGqlError(await gql(REFRESH, { input: { refresh_token: t.refresh_token } }), 'UNAUTHORIZED');
  });
});

describe('forgotPassword and resetPassword', () => {
  it('mails a reset token that sets a new password once', async () => {
    const t = await register();
    const known = await gql(FORGOT, { input: { email: t.email } });
    const unknown = await gql(FORGOT, { input: { email: uniqueEmail('nobody') } });
    expect(known.data.forgotPassword).toEqual(unknown.data.forgotPassword);

    const mail = (await mailsTo(server, t.email, 'password_reset')).at(-1)!;
    const token = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail.body_text)![1]!);

    expectGqlError(await gql(RESET, { input: { token: 'prt_bogus', password: 'new-password-1' } }), 'VALIDATION_ERROR', 'token');
    expectGqlError(await gql(RESET, { input: { token, password: 'short' } }), 'VALIDATION_ERROR', 'password');
    const done = await gql(RESET, { input: { token, password: 'new-password-1' } });
    expect(done.data.resetPassword.message).toEqual(expect.any(String));
    expectGqlError(await gql(RESET, { input: { token, password: 'new-password-2' } }), 'VALIDATION_ERROR', 'token');

    expectGqlError(await gql(LOGIN, { input: { email: t.email, password: t.password } }), 'UNAUTHORIZED');
    expect((await gql(LOGIN, { input: { email: t.email, password: 'new-password-1' } })).data.login.user.id).toBe(t.user.id);
    expectGqlError(await gql(REFRESH, { input: { refresh_token: t.refresh_token } }), 'UNAUTHORIZED');
  });
});

describe('createWsTicket and access tokens', () => {
  it('issues a single-use ticket; needs a valid, unexpired token', async () => {
    const t = await register();
    const res = await gql(TICKET, {}, t.access_token);
    expect(res.data.createWsTicket).toEqual({ ticket: expect.stringMatching(/^wst_/), expires_in: 30 });
    const ws = await openWs(server);
    expect((await ws.request('authenticate', { ticket: res.data.createWsTicket.ticket })).status).toBe('ok');
    await ws.close();
    const again = await openWs(server);
    expect((await again.request('authenticate', { ticket: res.data.createWsTicket.ticket })).error?.code).toBe('UNAUTHORIZED');
    await again.closed;

    expectGqlError(await gql(TICKET), 'UNAUTHORIZED');
    const expired = await signAccessToken(server.svc.config, { sub: t.user.id, sid: 'fam_x' }, { now: Date.now() - 3600_000 });
    const res401 = await gql(ME, {}, expired);
    expect(res401.status).toBe(401);
    expect(JSON.stringify(res401)).toMatch(/expired/i);
  });
});
