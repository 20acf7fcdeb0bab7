/**
 * Device authorization of the teamrc relay (`teamrc login`, reference auth.md §5, relay-api.md
 * §3.12–3.13, gaps.md U2/U3): a machine asks for a code pair, a signed-in TRCR user confirms the
 * short user code on the `/auth/verify` page, which links the machine's token to the user's relay
 * account, and the machine's poll reads the confirmation once.
 *
 *   POST /api/auth/device               → startDevice   (signed; the signer's token)
 *   GET  /api/auth/device/:device_code  → pollDevice    (signed; token from `x-trc-token`)
 *   POST /auth/verify                   → confirmDevice (TRCR session: ctx.userId)
 *   test hook confirm_device_auth       → confirmDeviceForUser
 */
import type { TxSql } from '../../platform/db.js';
import type { Services } from '../../platform/services.js';
import { withTx } from '../../platform/tx.js';
import { linkToken } from './account.js';
import { deviceCode, normalizeUserCode, userCode } from './codes.js';
import { sessionUser, signer, type RelayContext } from './context.js';
import { relayError, RelayError } from './errors.js';
import { enforceLimits } from './ratelimit.js';

/** Lifetime of a device request, seconds. */
export const DEVICE_TTL_SECONDS = 900;
/** How often the CLI is told to poll, seconds. */
export const DEVICE_POLL_INTERVAL_SECONDS = 5;
/** Unexpired requests one token may hold at once. */
export const MAX_PENDING_PER_TOKEN = 3;
/** Unexpired requests the whole relay holds at once. */
export const MAX_PENDING_GLOBAL = 10_000;
/** Failed confirmations of one request after which it is deleted. */
export const MAX_FAILED_ATTEMPTS = 5;

export const TOO_MANY_FAILED_ATTEMPTS = 'Too many failed attempts. Please run `teamrc login` again.';
export const INVALID_OR_EXPIRED_CODE = 'invalid or expired code';
export const TOKEN_LINKED_ELSEWHERE = 'token is linked to another account';

/** The answer to a device start: the code pair, where to confirm, and how long and how often to poll. */
export interface DeviceStart {
  device_code: string;
  user_code: string;
  verification_url: string;
  expires_in: number;
  interval: number;
}

/** A poll's answer: still pending, or confirmed with the account's counts (once). */
export type DevicePoll = { status: 'pending' } | { status: 'confirmed'; email: string | null; machine_count: number; team_count: number };

/** Where the public verification page lives, when the caller knows better than `config.publicUrl`. */
export interface DeviceStartOptions {
  /** Public base URL of the relay (no trailing slash needed), e.g. `https://teamrc.example.com`. */
  baseUrl?: string;
}

// ---------------------------------------------------------------------------------------------
// POST /api/auth/device
// ---------------------------------------------------------------------------------------------

/**
 * Starts a device request for the signing token. Expired requests are swept first; then at most
 * `MAX_PENDING_PER_TOKEN` per token (`rate_limited`) and `MAX_PENDING_GLOBAL` overall (`at_capacity`).
 * The count and the insert run under a per-token advisory lock, so concurrent starts cannot exceed
 * the token's cap.
 */
export async function startDevice(ctx: RelayContext, input: { token?: unknown }, opts: DeviceStartOptions = {}): Promise<DeviceStart> {
  const token = deviceSigner(ctx, input.token);
  await sweepExpiredDeviceRequests(ctx.svc);

  const codes = await withTx(ctx.svc, async (sql) => {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`relay:device:${token}`}, 0))`;
    const [counts] = await sql<{ mine: number; total: number }[]>`
      select count(*) filter (where token = ${token})::int as mine, count(*)::int as total
      from relay_device_requests
      where expires_at > now()`;
    const { mine, total } = counts!;
    if (mine >= MAX_PENDING_PER_TOKEN) throw relayError('rate_limited', 'too many pending requests for this token');
    if (total >= MAX_PENDING_GLOBAL) throw relayError('at_capacity', 'service temporarily at capacity');
    return insertDeviceRequest(sql, token);
  });

  return {
    device_code: codes.device_code,
    user_code: codes.user_code,
    verification_url: verificationUrl(opts.baseUrl ?? ctx.svc.config.publicUrl),
    expires_in: DEVICE_TTL_SECONDS,
    interval: DEVICE_POLL_INTERVAL_SECONDS,
  };
}

/** `<base>/auth/verify` (gaps.md U3). */
export function verificationUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/auth/verify`;
}

/** Deletes every expired device request (indexed on `expires_at`); returns how many. */
export async function sweepExpiredDeviceRequests(svc: Pick<Services, 'db'>): Promise<number> {
  const rows = await svc.db`delete from relay_device_requests where expires_at <= now() returning 1`;
  return rows.length;
}

/** Inserts a pending request with fresh codes; a user code already taken is drawn again. */
async function insertDeviceRequest(sql: TxSql, token: string): Promise<{ device_code: string; user_code: string }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const [row] = await sql<{ device_code: string; user_code: string }[]>`
      insert into relay_device_requests (device_code, user_code, token, status, expires_at)
      values (${deviceCode()}, ${userCode()}, ${token}, 'pending', now() + make_interval(secs => ${DEVICE_TTL_SECONDS}))
      on conflict do nothing
      returning device_code, user_code`;
    if (row) return row;
  }
  throw new Error('could not draw a free device user code');
}

// ---------------------------------------------------------------------------------------------
// GET /api/auth/device/:device_code
// ---------------------------------------------------------------------------------------------

/**
 * The CLI's poll. A confirmed request is answered once and deleted in the same statement; an
 * expired one is deleted and fails `not_found`, as do unknown codes and requests of another token.
 */
export async function pollDevice(ctx: RelayContext, input: { device_code?: unknown }): Promise<DevicePoll> {
  const token = signer(ctx);
  const code = input.device_code;
  if (typeof code !== 'string' || code.length === 0 || code.length > 128) throw relayError('not_found');

  const [done] = await ctx.svc.db<{ status: string; user_id: string | null; email: string | null; expired: boolean }[]>`
    delete from relay_device_requests
    where device_code = ${code} and token = ${token} and (status = 'confirmed' or expires_at <= now())
    returning status, user_id, email, expires_at <= now() as expired`;
  if (done) {
    if (done.expired || done.status !== 'confirmed' || !done.user_id) throw relayError('not_found');
    const counts = await accountCounts(ctx.svc, done.user_id);
    return { status: 'confirmed', email: done.email, ...counts };
  }

  const [pending] = await ctx.svc.db`
    select 1 from relay_device_requests
    where device_code = ${code} and token = ${token} and status = 'pending' and expires_at > now()`;
  if (!pending) throw relayError('not_found');
  return { status: 'pending' };
}

/** The account's non-revoked machines, and the distinct live teams across them. */
async function accountCounts(svc: Services, userId: string): Promise<{ machine_count: number; team_count: number }> {
  const [row] = await svc.db<{ machine_count: number; team_count: number }[]>`
    select
      (select count(*)::int from relay_machine_tokens
        where user_id = ${userId} and revoked_at is null) as machine_count,
      (select count(distinct tt.team_id)::int
        from relay_machine_tokens mt
        join relay_token_teams tt on tt.token = mt.token
        join relay_teams t on t.id = tt.team_id and t.deleted_at is null
        where mt.user_id = ${userId} and mt.revoked_at is null) as team_count`;
  return { machine_count: row!.machine_count, team_count: row!.team_count };
}

// ---------------------------------------------------------------------------------------------
// POST /auth/verify
// ---------------------------------------------------------------------------------------------

/**
 * The verify page's confirm action, for the signed-in TRCR user `ctx.userId`: `unauthorized` without
 * a session, `rate_limited` beyond the `verify` limit (./ratelimit.ts), then `confirmDeviceForUser`.
 */
export async function confirmDevice(ctx: RelayContext, input: { user_code?: unknown }): Promise<{ status: 'confirmed'; email: string }> {
  const userId = sessionUser(ctx);
  await enforceLimits(ctx.svc, [['verify', userId]]);
  return confirmDeviceForUser(ctx.svc, input.user_code, userId);
}

type ConfirmOutcome = { ok: true; email: string } | { ok: false; error: RelayError };

/**
 * Confirms the request whose user code is `userCode` for TRCR user `userId` and links the
 * request's machine token to the user's relay account (created on first link), in one
 * transaction. `email` defaults to the user's email. Failures on a found request (expired,
 * already confirmed, token linked to another account) count against it; the fifth deletes it.
 * Throws a RelayError: `invalid_input` malformed or used code, `not_found` unknown/expired,
 * `conflict` token of another account, `attempts_exhausted` too many failed attempts.
 */
export async function confirmDeviceForUser(
  svc: Services,
  userCode: unknown,
  userId: string,
  email?: string,
): Promise<{ status: 'confirmed'; email: string }> {
  const code = typeof userCode === 'string' ? normalizeUserCode(userCode) : null;
  if (!code) throw relayError('invalid_input', 'invalid code format');

  const outcome = await withTx(svc, async (sql): Promise<ConfirmOutcome> => {
    const [req] = await sql<{ device_code: string; token: string; status: string; expired: boolean }[]>`
      select device_code, token, status, expires_at <= now() as expired
      from relay_device_requests
      where user_code = ${code}
      for update`;
    if (!req) return { ok: false, error: relayError('not_found', INVALID_OR_EXPIRED_CODE) };
    if (req.expired) return recordFailure(sql, req.device_code, relayError('not_found', INVALID_OR_EXPIRED_CODE));
    if (req.status !== 'pending') return recordFailure(sql, req.device_code, relayError('invalid_input', 'code already used'));

    const [user] = await sql<{ email: string }[]>`select email from users where id = ${userId}`;
    if (!user) return { ok: false, error: relayError('unauthorized') };
    const accountEmail = email ?? user.email;

    if ((await linkToken(sql, userId, req.token)) === 'taken') {
      return recordFailure(sql, req.device_code, relayError('conflict', TOKEN_LINKED_ELSEWHERE));
    }
    await sql`
      update relay_device_requests
      set status = 'confirmed', user_id = ${userId}, email = ${accountEmail}
      where device_code = ${req.device_code}`;
    return { ok: true, email: accountEmail };
  });

  // Failures are committed (the attempt counter must stick) and only then reported.
  if (!outcome.ok) throw outcome.error;
  return { status: 'confirmed', email: outcome.email };
}

/** Counts a failed confirmation of a request atomically; the `MAX_FAILED_ATTEMPTS`th deletes it. */
async function recordFailure(sql: TxSql, deviceCodeValue: string, error: RelayError): Promise<ConfirmOutcome> {
  const [row] = await sql<{ failed_attempts: number }[]>`
    update relay_device_requests set failed_attempts = failed_attempts + 1
    where device_code = ${deviceCodeValue}
    returning failed_attempts`;
  if (row && row.failed_attempts >= MAX_FAILED_ATTEMPTS) {
    await sql`delete from relay_device_requests where device_code = ${deviceCodeValue}`;
    return { ok: false, error: relayError('attempts_exhausted', TOO_MANY_FAILED_ATTEMPTS) };
  }
  return { ok: false, error };
}

// ---------------------------------------------------------------------------------------------

/** The verified signer; the body's `token`, when given, must be that signer. */
function deviceSigner(ctx: RelayContext, bodyToken: unknown): string {
  const token = signer(ctx);
  if (bodyToken !== undefined && bodyToken !== token) throw relayError('unauthorized', { reason: 'token does not match signing key' });
  return token;
}
