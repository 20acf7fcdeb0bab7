/**
 * Identifiers and opaque tokens.
 * - Entity ids are TypeIDs: `<prefix>_<UUIDv7 in Crockford base32>` (e.g. `tsk_01jq3v…`), time-sortable.
 * - Tokens are crypto-random base64url strings with a readable prefix (`wst_…`, `trcr_pat_…`),
 *   stored only as `sha256(token)`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TypeID, typeid } from 'typeid-js';

/** Known id prefixes (see DESIGN §3). Others are allowed: any lowercase [a-z_] word. */
export type KnownIdPrefix =
  | 'usr'
  | 'org'
  | 'prj'
  | 'tsk'
  | 'te'
  | 'cli'
  | 'inv'
  | 'pat'
  | 'rt'
  | 'mail'
  | 'evt'
  | 'ch'
  | 'msg'
  | 'ntf'
  | 'lbl'
  | 'mst'
  | 'grp'
  | 'sts'
  | 'rec'
  | 'chk'
  | 'dep'
  | 'cmt'
  | 'sess'
  | 'fam'
  | 'ivt'
  | 'inl'
  | 'pay'
  | 'att'
  | 'tm'
  | 'req'
  | 'dev'
  | 'team'
  | 'mem';
// `string & {}` keeps autocompletion for the known ones while allowing new areas to add theirs.
export type IdPrefix = KnownIdPrefix | (string & {});

const PREFIX_RE = /^[a-z]([a-z_]{0,61}[a-z])?$/;

export function newId(prefix: IdPrefix): string {
  return typeid(prefix).toString();
}

/** True when `value` is a well-formed TypeID (with the given prefix, when one is given). */
export function isId(value: unknown, prefix?: IdPrefix): value is string {
  if (typeof value !== 'string' || value.length > 90) return false;
  const i = value.lastIndexOf('_');
  if (i <= 0) return false;
  const p = value.slice(0, i);
  if (prefix !== undefined ? p !== prefix : !PREFIX_RE.test(p)) return false;
  try {
    TypeID.fromString(value, p);
    return true;
  } catch {
    return false;
  }
}

/** `<prefix>_<base64url of `bytes` random bytes>`; `randomToken('wst')` → `wst_…`, `randomToken('trcr_pat')` → `trcr_pat_…`. */
export function randomToken(prefix: string, bytes = 32): string {
  const p = prefix === '' || prefix.endsWith('_') ? prefix : prefix + '_';
  return p + randomBytes(bytes).toString('base64url');
}

/** Hex SHA-256 of the UTF-8 text (token storage — tokens are random, so a fast hash is right — and content hashes). */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
