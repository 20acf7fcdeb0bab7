/**
 * Auth primitives (no database): argon2id password hashes and HS256 access tokens (jose).
 * Refresh tokens, WS tickets and PATs are opaque random tokens (`randomToken` in ids.ts) stored as
 * `sha256(token)`; their lifetimes are exported here.
 */
import { webcrypto } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Config } from './config.js';
import { AppError } from './errors.js';

export const ACCESS_TOKEN_TTL_SECONDS = 900;
export const REFRESH_TOKEN_TTL_DAYS = 30;
export const WS_TICKET_TTL_SECONDS = 30;

// argon2id (algorithm 2), the library defaults otherwise: m=19456 KiB, t=2, p=1 (OWASP minimum).
const ARGON2_OPTIONS = { algorithm: 2 as const };

export async function hashPassword(pw: string): Promise<string> {
  return hash(pw, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies `pw` against an argon2 PHC hash. With `hash` null (unknown user), still spends the time
 * of one verification, so response times do not reveal which emails exist. Never throws.
 */
export async function verifyPassword(hashed: string | null | undefined, pw: string): Promise<boolean> {
  try {
    if (!hashed) {
      dummyHash ??= hashPassword('trcr-dummy-password-for-timing');
      await verify(await dummyHash, pw);
      return false;
    }
    return await verify(hashed, pw);
  } catch {
    return false;
  }
}

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Verified claims, with the token's expiry (`exp`, seconds since the epoch). */
export interface VerifiedClaims extends AccessClaims {
  exp: number;
}

type JwtConfig = Pick<Config, 'jwtSecret' | 'jwtIssuer' | 'jwtAudience'>;

// Imported once per secret: jose would otherwise import the raw bytes on every call (~20 % slower).
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
function keyFor(secret: string): Promise<webcrypto.CryptoKey> {
  let k = keys.get(secret);
  if (!k) {
    k = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, k);
  }
  return k;
}

export async function signAccessToken(config: JwtConfig, claims: AccessClaims, opts: { ttlSeconds?: number; now?: number } = {}): Promise<string> {
  const now = Math.floor((opts.now ?? Date.now()) / 1000);
  return new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(config.jwtIssuer)
    .setAudience(config.jwtAudience)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS))
    .sign(await keyFor(config.jwtSecret));
}

/**
 * Tokens already verified, until they expire: a client sends the same access token with every call,
 * and verification (WebCrypto HMAC through jose) is a tenth of a cheap request's CPU. The result of
 * verifying one exact token string cannot change before its `exp`, so remembering it is safe; keyed
 * per secret so a rotated secret invalidates everything.
 */
const VERIFIED_MAX = 10_000;
const verified = new Map<string, { claims: VerifiedClaims; expiresMs: number }>();

/** Verifies an access token; any failure is `AppError('UNAUTHORIZED')` ("Access token expired" when expired). */
export async function verifyAccessToken(config: JwtConfig, token: string): Promise<VerifiedClaims> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4096) {
    throw new AppError('UNAUTHORIZED', 'Invalid access token');
  }
  const cacheKey = `${config.jwtSecret}\u0000${config.jwtIssuer}\u0000${config.jwtAudience}\u0000${token}`;
  const known = verified.get(cacheKey);
  if (known) {
    if (known.expiresMs > Date.now()) return known.claims;
    verified.delete(cacheKey);
  }
  const claims = await verifyWithJose(config, token);
  if (verified.size >= VERIFIED_MAX) verified.clear();
  verified.set(cacheKey, { claims: claims.claims, expiresMs: claims.expiresMs });
  return claims.claims;
}

async function verifyWithJose(config: JwtConfig, token: string): Promise<{ claims: VerifiedClaims; expiresMs: number }> {
  try {
    const { payload } = await jwtVerify(token, await keyFor(config.jwtSecret), {
      algorithms: ['HS256'],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      typ: 'JWT',
      requiredClaims: ['exp', 'sub', 'sid'],
      clockTolerance: 5,
    });
    const { sub, sid, exp } = payload as { sub?: unknown; sid?: unknown; exp?: unknown };
    if (typeof sub !== 'string' || typeof sid !== 'string' || !sub || !sid || typeof exp !== 'number') {
      throw new AppError('UNAUTHORIZED', 'Invalid access token');
    }
    return { claims: { sub, sid, exp }, expiresMs: exp * 1000 };
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof errors.JWTExpired) throw new AppError('UNAUTHORIZED', 'Access token expired');
    throw new AppError('UNAUTHORIZED', 'Invalid access token');
  }
}
