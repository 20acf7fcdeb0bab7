/** Accounts and sessions: register, login, refresh, logout, password reset, WebSocket tickets. */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { Config } from '../../platform/config.js';
import { hashPassword, verifyPassword, WS_TICKET_TTL_SECONDS } from '../../platform/crypto.js';
import { conflict, forbidden, unauthorized, validationError } from '../../platform/errors.js';
import { newId, randomToken, sha256 } from '../../platform/ids.js';
import { enqueueMail, type MailMessage } from '../../platform/mail.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { joinPendingInvitations } from '../members/model.js';
import { createOrganization } from '../organizations/model.js';
import { findUserByEmail, normalizeEmail, toCurrentUser, type UserRow } from '../users/model.js';
import { revokeCredentials } from './revocation.js';
import { authTokens, issueRefreshToken, revokeFamily, type Session } from './sessions.js';

const FORGOT_PASSWORD_MESSAGE = 'If an account exists for this email address, a password reset link has been sent to it.';
const RESET_TTL = '1 hour';

function resetMail(config: Config, user: UserRow, token: string): MailMessage {
  const link = `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  return {
    to: user.email,
    kind: 'password_reset',
    subject: 'Reset your TRCR password',
    text: [
      `Hello ${user.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your TRCR account.',
      `Open this link within ${RESET_TTL} to choose a new password:`,
      '',
      link,
      '',
      `Or send this token with your new password to POST ${config.publicUrl}/api/v1/auth/reset-password:`,
      '',
      token,
      '',
      'The link works once. If you did not ask for this, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

type RefreshOutcome = { session: Session } | { reused: true } | { invalid: true };

export const authOperations = {
  async 'auth.register'(ctx, input) {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw validationError('name is required', { field: 'name' });
    // Hash before the transaction: it is the slow part and needs no locks.
    const passwordHash = await hashPassword(input.password);
    const { user, session } = await withTx(ctx.svc, async (sql, emit) => {
      // The unique index on lower(email) decides, also when two registrations race.
      const [created] = await sql<UserRow[]>`
        insert into users (id, email, name, password_hash) values (${newId('usr')}, ${email}, ${name}, ${passwordHash})
        on conflict ((lower(email))) do nothing
        returning *`;
      if (!created) throw conflict('An account with this email address already exists', { field: 'email' });
      const org = await createOrganization(sql, { name: `${name}'s workspace`, slugFrom: name, suffixSlug: true, createdBy: created.id });
      const [user] = await sql<UserRow[]>`update users set default_org_id = ${org.id} where id = ${created.id} returning *`;
      await joinPendingInvitations(sql, emit, user!);
      return { user: user!, session: await issueRefreshToken(sql, created.id) };
    });
    return authTokens(ctx.svc.config, session, toCurrentUser(user));
  },

  async 'auth.login'(ctx, input) {
    // Throttled per account (known or not: the answer must not tell), per address and per pair.
    const account = normalizeEmail(input.email);
    const address = ctx.ip ?? 'unknown';
    const throttle = ctx.svc.loginThrottle;
    await throttle.check(account, address);
    const user = await findUserByEmail(ctx.svc.db, input.email);
    // verifyPassword spends the same time for an unknown user, and the message is the same both ways.
    const ok = await verifyPassword(user?.password_hash, input.password);
    if (!user || !ok) {
      await throttle.failed(account, address);
      throw unauthorized('Invalid email or password');
    }
    await throttle.succeeded(account, address);
    const session = await issueRefreshToken(ctx.svc.db, user.id);
    return authTokens(ctx.svc.config, session, toCurrentUser(user));
  },

  async 'auth.refresh'(ctx, input) {
    const hash = sha256(input.refresh_token);
    const grace = ctx.svc.config.refreshReuseGraceSeconds;
    const outcome = await withTx<RefreshOutcome>(ctx.svc, async (sql, emit) => {
      // The row lock orders concurrent uses of one token: the second waits for the first to commit,
      // then sees the token rotated (within the grace window: a sibling pair of the same session).
      const [row] = await sql<{ id: string; user_id: string; family_id: string; rotated: boolean; in_grace: boolean; usable: boolean }[]>`
        select id, user_id, family_id, rotated_at is not null as rotated,
               coalesce(rotated_at > now() - make_interval(secs => ${grace}), false) as in_grace,
               (revoked_at is null and expires_at > now()) as usable
        from refresh_tokens where token_hash = ${hash}
        for update`;
      if (!row?.usable) return { invalid: true };
      if (!row.rotated) {
        await sql`update refresh_tokens set rotated_at = now() where id = ${row.id}`;
        return { session: await issueRefreshToken(sql, row.user_id, row.family_id) };
      }
      // A concurrent refresh (two tabs, a retried request) just rotated it: both callers get a working pair.
      if (row.in_grace) return { session: await issueRefreshToken(sql, row.user_id, row.family_id) };
      // A rotated token presented again after the grace window means it leaked: end the whole session (committed, then 401).
      await revokeFamily(sql, row.family_id);
      revokeCredentials(sql, emit, ctx.svc, row.user_id, { sessionIds: [row.family_id], patIds: [] });
      return { reused: true };
    });
    if ('reused' in outcome) {
      throw unauthorized('This refresh token was already used; the session has been revoked for safety. Sign in again.');
    }
    if ('invalid' in outcome) throw unauthorized('Invalid or expired refresh token');
    return authTokens(ctx.svc.config, outcome.session);
  },

  async 'auth.logout'(ctx, input) {
    // Idempotent and silent: an unknown token changes nothing and answers the same.
    await withTx(ctx.svc, async (sql, emit) => {
      const [ended] = await sql<{ user_id: string; family_id: string }[]>`
        update refresh_tokens set revoked_at = now()
        where revoked_at is null
          and family_id = (select family_id from refresh_tokens where token_hash = ${sha256(input.refresh_token)})
        returning user_id, family_id`;
      // Its access tokens stop working and its sockets close, on every instance.
      if (ended) revokeCredentials(sql, emit, ctx.svc, ended.user_id, { sessionIds: [ended.family_id], patIds: [] });
    });
    return { data: { success: true } };
  },

  async 'auth.forgot_password'(ctx, input) {
    const user = await findUserByEmail(ctx.svc.db, input.email);
    if (user) {
      const token = randomToken('prt');
      await withTx(ctx.svc, async (sql) => {
        await sql`
          insert into password_resets (token_hash, user_id, expires_at)
          values (${sha256(token)}, ${user.id}, now() + ${RESET_TTL}::interval)`;
        await enqueueMail(sql, resetMail(ctx.svc.config, user, token));
      });
    }
    return { data: { message: FORGOT_PASSWORD_MESSAGE } };
  },

  async 'auth.reset_password'(ctx, input) {
    const passwordHash = await hashPassword(input.password);
    await withTx(ctx.svc, async (sql, emit) => {
      const [reset] = await sql<{ user_id: string }[]>`
        update password_resets set used_at = now()
        where token_hash = ${sha256(input.token)} and used_at is null and expires_at > now()
        returning user_id`;
      if (!reset) throw validationError('Invalid or expired reset token', { field: 'token' });
      await sql`update users set password_hash = ${passwordHash}, updated_at = now() where id = ${reset.user_id}`;
      // Other reset links stop working, and every session of the user ends.
      await sql`update password_resets set used_at = now() where user_id = ${reset.user_id} and used_at is null`;
      const ended = await sql<{ family_id: string }[]>`
        update refresh_tokens set revoked_at = now() where user_id = ${reset.user_id} and revoked_at is null
        returning family_id`;
      // Access tokens already issued stop working too, and open sockets close.
      revokeCredentials(sql, emit, ctx.svc, reset.user_id, { sessionIds: [...new Set(ended.map((r) => r.family_id))], patIds: [] });
    });
    return { data: { message: 'Your password has been changed. Sign in with the new password.' } };
  },

  async 'auth.ws_ticket'(ctx) {
    const { actor } = ctx;
    // A ticket authenticates the user in every organization; a PAT may only act in its own.
    if (actor.patOrgId) throw forbidden('A personal access token cannot open a WebSocket session; use an access token');
    const ticket = randomToken('wst');
    // The connection it opens is bound to this access token's session and ends when the token expires.
    const credentialExpires = actor.expiresAtMs !== undefined ? new Date(actor.expiresAtMs).toISOString() : null;
    // Expired tickets are purged here, so the table stays as small as the last few minutes of tickets.
    await ctx.svc.db`
      with purge as (delete from ws_tickets where expires_at < now() - interval '5 minutes')
      insert into ws_tickets (ticket_hash, user_id, expires_at, session_id, credential_expires_at)
      values (${sha256(ticket)}, ${actor.userId}, now() + make_interval(secs => ${WS_TICKET_TTL_SECONDS}),
              ${actor.sessionId ?? null}, ${credentialExpires}::timestamptz)`;
    return { ticket, expires_in: WS_TICKET_TTL_SECONDS };
  },
} satisfies AreaHandlers<'auth', Contexts>;
