/**
 * Sessions (DESIGN §3): a login starts a refresh-token family; the access JWT carries the family id
 * as `sid`. Refresh tokens are opaque, stored as sha256, valid 30 days and rotated on every use.
 */
import type { AuthTokens, CurrentUser } from '../../../generated/models.js';
import type { Config } from '../../platform/config.js';
import { ACCESS_TOKEN_TTL_SECONDS, REFRESH_TOKEN_TTL_DAYS, signAccessToken } from '../../platform/crypto.js';
import type { AnySql } from '../../platform/db.js';
import { newId, randomToken, sha256 } from '../../platform/ids.js';

export interface Session {
  userId: string;
  familyId: string;
  refreshToken: string;
}

/** Stores a new refresh token, in `familyId` (rotation) or in a new family (login). */
export async function issueRefreshToken(sql: AnySql, userId: string, familyId: string = newId('fam')): Promise<Session> {
  const refreshToken = randomToken('rt');
  await sql`
    insert into refresh_tokens (id, user_id, family_id, token_hash, expires_at)
    values (${newId('rt')}, ${userId}, ${familyId}, ${sha256(refreshToken)}, now() + make_interval(days => ${REFRESH_TOKEN_TTL_DAYS}))`;
  return { userId, familyId, refreshToken };
}

/** Revokes every token of a family (logout, detected reuse). */
export async function revokeFamily(sql: AnySql, familyId: string): Promise<void> {
  await sql`update refresh_tokens set revoked_at = now() where family_id = ${familyId} and revoked_at is null`;
}

/** The AuthTokens answer; `user` only on register and login. */
export async function authTokens(config: Config, s: Session, user?: CurrentUser): Promise<AuthTokens> {
  const accessToken = await signAccessToken(config, { sub: s.userId, sid: s.familyId });
  return {
    access_token: accessToken,
    refresh_token: s.refreshToken,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    ...(user ? { user } : {}),
  };
}
