/**
 * Ed25519 request signatures and socket tickets of the teamrc relay (reference auth.md §1–3).
 * The machine token `trc_ak_<base64url public key>` IS the public key, so verifying a request needs
 * no stored secret: decode the key from the token, check the signature over `<ts>.<payload>`, and
 * require the token to be the canonical encoding of that key. Pure: the caller passes the clock.
 * Node's built-in crypto only.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export const TOKEN_PREFIX = 'trc_ak_';

/** Allowed signature/timestamp skew in seconds, both directions. */
export const MAX_SKEW_SECONDS = 30;

const BASE64URL_NO_PAD = /^[A-Za-z0-9_-]*$/;
const INTEGER = /^-?\d+$/;

/** Strict base64url without padding: only `A-Z a-z 0-9 - _`, and a length that can encode whole bytes. */
export function isBase64UrlNoPad(s: string): boolean {
  return BASE64URL_NO_PAD.test(s) && s.length % 4 !== 1;
}

/** Strict decoder (Node's own also accepts `+/=` and whitespace); null when `s` is not base64url. */
function decodeBase64Url(s: string): Buffer | null {
  return isBase64UrlNoPad(s) ? Buffer.from(s, 'base64url') : null;
}

/**
 * The 32-byte public key inside a `trc_ak_` token, or null (no prefix, not strict base64url, wrong
 * size). Non-canonical encodings still decode here; `verifyRequestSignature` rejects them afterwards.
 */
export function decodeToken(token: string): Buffer | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const key = decodeBase64Url(token.slice(TOKEN_PREFIX.length));
  return key && key.length === 32 ? key : null;
}

/** The canonical token of a 32-byte public key. */
const encodeToken = (key: Buffer): string => TOKEN_PREFIX + key.toString('base64url');

// Importing a key is the costly part of a verification; machines sign many requests.
const KEY_CACHE_MAX = 10_000;
const keyCache = new Map<string, KeyObject>();

function publicKeyObject(key: Buffer): KeyObject {
  const x = key.toString('base64url');
  const cached = keyCache.get(x);
  if (cached) return cached;
  const imported = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(x, imported);
  return imported;
}

/** Pure Ed25519 verification; false (never a throw) for a malformed key or signature. */
function ed25519Verify(key: Buffer, message: Buffer, signature: Buffer): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, publicKeyObject(key), signature);
  } catch {
    return false;
  }
}

/** `^-?\d+$` (gaps.md U18: no `+5`, no spaces) and within ±30 s of `nowSeconds`. */
function timestampInRange(timestamp: string, nowSeconds: number): boolean {
  return INTEGER.test(timestamp) && Math.abs(nowSeconds - Number(timestamp)) <= MAX_SKEW_SECONDS;
}

export interface SignedRequest {
  method: string;
  /** Path plus `?query` exactly as received (no decoding, no normalisation). */
  rawPathAndQuery: string;
  /** The request body bytes exactly as received (`''` when there is none). */
  rawBody: Buffer | string;
  /** `x-trc-signature` */
  signature: string | undefined;
  /** `x-trc-timestamp` */
  timestamp: string | undefined;
  /** The token to verify with: body `token`, else path `:token`, else `x-trc-token` (the caller picks). */
  token: string | undefined;
}

export type SignatureResult = { ok: true; token: string } | { ok: false; reason: string };

/** `<ts>.<METHOD> <path?query>` for GET/DELETE, `<ts>.<raw body bytes>` for everything else; null if impossible. */
function signedMessage(req: SignedRequest, timestamp: string): Buffer | null {
  const method = req.method.toUpperCase();
  if (method === 'GET' || method === 'DELETE') {
    if (!req.rawPathAndQuery.startsWith('/')) return null;
    return Buffer.from(`${timestamp}.${req.method} ${req.rawPathAndQuery}`, 'utf8');
  }
  if (req.rawBody === undefined || req.rawBody === null) return null;
  const body = typeof req.rawBody === 'string' ? Buffer.from(req.rawBody, 'utf8') : req.rawBody;
  return Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
}

const fail = (reason: string): SignatureResult => ({ ok: false, reason });

/** The eight checks of auth.md §2, in order; the first failing one gives the `unauthorized` reason. */
export function verifyRequestSignature(req: SignedRequest, nowSeconds: number): SignatureResult {
  const { token, timestamp } = req;
  if (typeof token !== 'string' || token === '') return fail('missing or invalid token');
  const signature = typeof req.signature === 'string' ? decodeBase64Url(req.signature) : null;
  if (!signature || req.signature === '') return fail('missing or invalid signature header');
  if (timestamp === undefined) return fail('missing timestamp header');
  if (!timestampInRange(timestamp, nowSeconds)) return fail('timestamp out of range');
  const key = decodeToken(token);
  if (!key) return fail('invalid token format');
  const message = signedMessage(req, timestamp);
  if (!message) return fail('unable to construct sign message');
  if (!ed25519Verify(key, message, signature)) return fail('signature verification failed');
  if (encodeToken(key) !== token) return fail('token does not match signing key');
  return { ok: true, token };
}

/**
 * A socket ticket `<ts>.<token>.<signature>` (auth.md §3) → the token it was signed for, or null
 * when anything is wrong (the caller refuses the upgrade).
 */
export function verifySocketTicket(ticket: string | undefined, nowSeconds: number): string | null {
  if (typeof ticket !== 'string') return null;
  const parts = ticket.split('.');
  if (parts.length !== 3) return null;
  const [timestamp, token, sig] = parts as [string, string, string];
  if (!timestampInRange(timestamp, nowSeconds)) return null;
  const key = decodeToken(token);
  const signature = sig === '' ? null : decodeBase64Url(sig);
  if (!key || !signature) return null;
  if (!ed25519Verify(key, Buffer.from(`${timestamp}.${token}`, 'utf8'), signature)) return null;
  return encodeToken(key) === token ? token : null;
}
