/**
 * Turning credentials into an Actor, for the transports: Bearer tokens (PAT or JWT), WebSocket
 * tickets, and the organizations a user's events come from.
 */
import { verifyAccessToken } from '../../platform/crypto.js';
import { unauthorized } from '../../platform/errors.js';
import { sha256 } from '../../platform/ids.js';
import type { Services } from '../../platform/services.js';
import type { Actor } from '../context.js';
import { revocations } from './revocation.js';

export const PAT_PREFIX = 'trcr_pat_';
/** Longer than any token we issue: anything beyond is rejected without a database look-up. */
const MAX_OPAQUE_TOKEN_LENGTH = 200;

/**
 * A `trcr_pat_…` token is looked up by its hash (not revoked, not expired, its user still a member of
 * its organization); anything else must be a valid access JWT (checked without the database).
 * Every failure is UNAUTHORIZED.
 */
export async function authenticateBearer(svc: Services, token: string): Promise<Actor> {
  if (typeof token === 'string' && token.startsWith(PAT_PREFIX)) return authenticatePat(svc, token);
  const claims = await verifyAccessToken(svc.config, token);
  const actor: Actor = { via: 'jwt', userId: claims.sub, sessionId: claims.sid, expiresAtMs: claims.exp * 1000 };
  // Signed out, revoked after reuse, or a password reset: refused from the next call on (revocation.ts).
  if (revocations(svc).isRevoked(actor)) throw unauthorized('This session has ended (signed out or revoked); sign in again');
  return actor;
}

async function authenticatePat(svc: Services, token: string): Promise<Actor> {
  if (token.length > MAX_OPAQUE_TOKEN_LENGTH) throw unauthorized('Invalid personal access token');
  const [pat] = await svc.db<{ id: string; user_id: string; org_id: string; expires_ms: string | null; expired: boolean; stale: boolean }[]>`
    select p.id, p.user_id, p.org_id,
           (extract(epoch from p.expires_at) * 1000)::bigint::text as expires_ms,
           (p.expires_at is not null and p.expires_at <= now()) as expired,
           (p.last_used_at is null or p.last_used_at < now() - interval '1 minute') as stale
    from personal_access_tokens p
    join members m on m.org_id = p.org_id and m.user_id = p.user_id
    where p.token_hash = ${sha256(token)} and p.revoked_at is null`;
  if (!pat) throw unauthorized('Invalid or revoked personal access token');
  if (pat.expired) throw unauthorized('Personal access token expired');
  // last_used_at is informational: write it at most once a minute, not on every request.
  if (pat.stale) {
    await svc.db`
      update personal_access_tokens set last_used_at = now()
      where id = ${pat.id} and (last_used_at is null or last_used_at < now() - interval '1 minute')`;
  }
  return {
    via: 'pat',
    userId: pat.user_id,
    patId: pat.id,
    patOrgId: pat.org_id,
    ...(pat.expires_ms !== null ? { expiresAtMs: Number(pat.expires_ms) } : {}),
  };
}

/**
 * Redeems a `wst_…` ticket: single use (atomic), unexpired. The connection inherits the session of the
 * access token the ticket was issued with, and its expiry: it ends when that session is revoked or
 * that token expires.
 */
export async function redeemWsTicket(svc: Services, ticket: string): Promise<Actor> {
  if (typeof ticket !== 'string' || !ticket.startsWith('wst_') || ticket.length > MAX_OPAQUE_TOKEN_LENGTH) {
    throw unauthorized('Invalid or expired ticket');
  }
  const [row] = await svc.db<{ user_id: string; session_id: string | null; expires_ms: string | null }[]>`
    update ws_tickets set used_at = now()
    where ticket_hash = ${sha256(ticket)} and used_at is null and expires_at > now()
      and (credential_expires_at is null or credential_expires_at > now())
    returning user_id, session_id, (extract(epoch from credential_expires_at) * 1000)::bigint::text as expires_ms`;
  if (!row) throw unauthorized('Invalid or expired ticket');
  const actor: Actor = {
    via: 'ws',
    userId: row.user_id,
    ...(row.session_id !== null ? { sessionId: row.session_id } : {}),
    ...(row.expires_ms !== null ? { expiresAtMs: Number(row.expires_ms) } : {}),
  };
  if (revocations(svc).isRevoked(actor)) throw unauthorized('Invalid or expired ticket');
  return actor;
}
