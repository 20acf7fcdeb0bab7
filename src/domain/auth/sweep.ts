/**
 * Deleting credentials nobody can use any more (the `sweep_expired_credentials` job, src/jobs.ts):
 * WS tickets five minutes after they expired, password-reset tokens a day after, and refresh tokens once
 * every token of their session (family) has expired or was revoked (while one of them lives, the old
 * ones are what detects the reuse of a leaked token).
 */
import type { Sql } from '../../platform/db.js';

export async function sweepExpiredCredentials(svc: { db: Sql }): Promise<{ ws_tickets: number; password_resets: number; refresh_tokens: number }> {
  const [row] = await svc.db<{ ws_tickets: number; password_resets: number; refresh_tokens: number }[]>`
    with t as (delete from ws_tickets where expires_at < now() - interval '5 minutes' returning 1),
    p as (delete from password_resets where expires_at < now() - interval '1 day' returning 1),
    r as (
      delete from refresh_tokens r
      where r.expires_at < now()
        and not exists (
          select 1 from refresh_tokens o
          where o.family_id = r.family_id and o.expires_at >= now() and o.revoked_at is null)
      returning 1)
    select (select count(*) from t)::int as ws_tickets, (select count(*) from p)::int as password_resets,
           (select count(*) from r)::int as refresh_tokens`;
  return row!;
}
