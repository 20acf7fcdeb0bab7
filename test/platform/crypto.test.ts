import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { hashPassword, signAccessToken, verifyAccessToken, verifyPassword, ACCESS_TOKEN_TTL_SECONDS } from '../../src/platform/crypto.js';
import { AppError } from '../../src/platform/errors.js';

const config = { jwtSecret: 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(8), jwtIssuer: 'trcr', jwtAudience: 'trcr-api' };

async function expectUnauthorized(p: Promise<unknown>, message?: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('UNAUTHORIZED');
  expect((err as AppError).status).toBe(401);
  if (message) expect((err as AppError).message).toMatch(message);
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('access tokens', () => {
  it('a valid token verifies and carries sub and sid', async () => {
    const token = await signAccessToken(config, { sub: 'usr_1', sid: 'rtf_1' });
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload.exp - payload.iat).toBe(ACCESS_TOKEN_TTL_SECONDS);
    expect(payload).toMatchObject({ iss: 'trcr', aud: 'trcr-api', sub: 'usr_1', sid: 'rtf_1' });
    expect(await verifyAccessToken(config, token)).toEqual({ sub: 'usr_1', sid: 'rtf_1', exp: payload.exp });
  });

  it('expired → UNAUTHORIZED saying expired', async () => {
    const token = await signAccessToken(config, { sub: 'usr_1', sid: 's' }, { now: Date.now() - 3600_000 });
    await expectUnauthorized(verifyAccessToken(config, token), /expired/i);
  });

  it('alg none → UNAUTHORIZED', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'usr_1', sid: 's', iss: 'trcr', aud: 'trcr-api', iat: now, exp: now + 900 })}.`;
    await expectUnauthorized(verifyAccessToken(config, token));
  });

  it('wrong secret → UNAUTHORIZED', async () => {
    const token = await signAccessToken({ ...config, jwtSecret: 'x'.repeat(40) }, { sub: 'usr_1', sid: 's' });
    await expectUnauthorized(verifyAccessToken(config, token), /invalid/i);
  });

  it('tampered payload → UNAUTHORIZED', async () => {
    const token = await signAccessToken(config, { sub: 'usr_1', sid: 's' });
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${b64({ ...payload, sub: 'usr_admin' })}.${s}`;
    await expectUnauthorized(verifyAccessToken(config, forged));
  });

  it('wrong issuer / audience / missing sid → UNAUTHORIZED', async () => {
    await expectUnauthorized(verifyAccessToken(config, await signAccessToken({ ...config, jwtIssuer: 'other' }, { sub: 'u', sid: 's' })));
    await expectUnauthorized(verifyAccessToken(config, await signAccessToken({ ...config, jwtAudience: 'other' }, { sub: 'u', sid: 's' })));
    const key = new TextEncoder().encode(config.jwtSecret);
    const noSid = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('u')
      .setIssuer('trcr')
      .setAudience('trcr-api')
      .setExpirationTime('5m')
      .sign(key);
    await expectUnauthorized(verifyAccessToken(config, noSid));
    const noExp = await new SignJWT({ sid: 's' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('u')
      .setIssuer('trcr')
      .setAudience('trcr-api')
      .sign(key);
    await expectUnauthorized(verifyAccessToken(config, noExp));
    const hs512 = await new SignJWT({ sid: 's' })
      .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
      .setSubject('u')
      .setIssuer('trcr')
      .setAudience('trcr-api')
      .setExpirationTime('5m')
      .sign(key);
    await expectUnauthorized(verifyAccessToken(config, hs512));
  });

  it('garbage → UNAUTHORIZED', async () => {
    for (const t of ['', 'garbage', 'a.b.c', 'x'.repeat(5000), '...']) {
      await expectUnauthorized(verifyAccessToken(config, t));
    }
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(h, 'wrong')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
