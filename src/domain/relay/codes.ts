/**
 * Random codes and secrets the teamrc relay hands out (reference auth.md §4): invite codes, clone
 * tokens and owner claim secrets (prefix + base64url of 18 random bytes), device codes (64 hex) and
 * the human-typed device user codes `XXXX-XXXX`.
 */
import { randomBytes } from 'node:crypto';

/** No I, O, 0, 1: nothing a person could misread. */
export const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const USER_CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

const prefixed = (prefix: string): string => prefix + randomBytes(18).toString('base64url');

/** `trc_inv_` + 24 chars. */
export const inviteCode = (): string => prefixed('trc_inv_');

/** `trc_cl_` + 24 chars. */
export const cloneToken = (): string => prefixed('trc_cl_');

/** `trc_ocs_` + 24 chars (stored hashed only). */
export const claimSecret = (): string => prefixed('trc_ocs_');

/** 32 random bytes as 64 lowercase hex. */
export const deviceCode = (): string => randomBytes(32).toString('hex');

/** `n` characters drawn uniformly from `alphabet` (bytes that would bias the draw are rejected). */
function randomChars(alphabet: string, n: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < n) {
    for (const byte of randomBytes(n * 2)) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === n) break;
    }
  }
  return out;
}

/** `XXXX-XXXX` from `USER_CODE_ALPHABET`. */
export function userCode(): string {
  const chars = randomChars(USER_CODE_ALPHABET, 8);
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * What a person typed → `XXXX-XXXX` (upper-cased, everything but A-Z and 0-9 removed, the dash put
 * back after 4), or null when it cannot be a user code.
 */
export function normalizeUserCode(input: string): string | null {
  const chars = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const code = chars.length > 4 ? `${chars.slice(0, 4)}-${chars.slice(4)}` : chars;
  return USER_CODE.test(code) ? code : null;
}
