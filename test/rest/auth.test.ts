/** Bearer authentication on REST: missing, forged, `alg: none`, expired tokens; public routes ignore a bad header. */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAccessToken } from '../../src/platform/crypto.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let user: RegisteredUser;
beforeAll(async () => {
  server = await startTestServer();
  user = await registerUser(server);
});
afterAll(async () => {
  await server?.close();
});

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

async function expect401(token: string | undefined, header?: string): Promise<void> {
  const headers: Record<string, string> = header ? { authorization: header } : {};
  const res = await api(server, token).get('/me', headers);
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe('UNAUTHORIZED');
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('REST authentication', () => {
  it('a valid access token authenticates', async () => {
    const res = await api(server, user.access_token).get('/me');
    expect(res.status).toBe(200);
  });

  it('no token → 401', async () => {
    await expect401(undefined);
  });

  it('a malformed Authorization header → 401', async () => {
    await expect401(undefined, 'Basic dXNlcjpwYXNz');
  });

  it('a token signed with another secret → 401', async () => {
    const { jwtIssuer, jwtAudience } = server.svc.config;
    const forged = await new SignJWT({ sid: 'sess_x' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.user.id)
      .setIssuer(jwtIssuer)
      .setAudience(jwtAudience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    await expect401(forged);
  });

  it('an unsigned `alg: none` token → 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { jwtIssuer, jwtAudience } = server.svc.config;
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: user.user.id, sid: 'sess_x', iss: jwtIssuer, aud: jwtAudience, iat: now, exp: now + 600 })}.`;
    await expect401(token);
  });

  it('an expired token → 401', async () => {
    const claims = JSON.parse(Buffer.from(user.access_token.split('.')[1]!, 'base64url').toString()) as { sub: string; sid: string };
    const expired = await signAccessToken(server.svc.config, { sub: claims.sub, sid: claims.sid }, { now: Date.now() - 3600_000 });
    await expect401(expired);
  });

  it('a bad token on a public route is ignored (the caller is anonymous there)', async () => {
    const res = await api(server, 'not-a-token').post('/auth/login', { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    expect(typeof res.body.access_token).toBe('string');
  });
});
