/**
 * Revocation reaches live credentials (DESIGN §3 Auth). Access JWTs are checked without the database,
 * so a revoked session (logout, detected refresh-token reuse, password reset) or PAT is announced on
 * the bus (`SessionRevoked`, written to the outbox in the revoking transaction): every instance
 * remembers it in memory for as long as an access token of that session can still be valid, refuses
 * it from the next call on (`authenticateBearer`, WS tickets and `execute()` for calls on open
 * sockets) and closes its open `/ws` and graphql-ws sockets with `sessionEnded` (4011).
 *
 * Cost per call: one or two Map look-ups. An instance that starts later loads the sessions revoked
 * within the last access-token lifetime from the database (`loadRevocations`). PATs are looked up
 * in the database on every call anyway; remembering them here serves their open sockets.
 */
import { ACCESS_TOKEN_TTL_SECONDS } from '../../platform/crypto.js';
import { unauthorized } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';
import { afterCommit, type Emit, type TxSql } from '../../platform/tx.js';
import type { Actor } from '../context.js';

/** As long as an access token of a revoked session may still verify (its lifetime plus jose's clock tolerance). */
const REMEMBER_MS = (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000;

export interface Revoked {
  sessionIds: readonly string[];
  patIds: readonly string[];
}

export class Revocations {
  private readonly sessions = new Map<string, number>();
  private readonly pats = new Map<string, number>();
  private readonly listeners = new Set<(r: Revoked) => void>();

  /** True when the actor's session or PAT was revoked. */
  isRevoked(actor: Actor): boolean {
    return (actor.sessionId !== undefined && this.sessions.has(actor.sessionId)) || (actor.patId !== undefined && this.pats.has(actor.patId));
  }

  add(r: Revoked): void {
    const now = Date.now();
    this.sweep(now);
    for (const id of r.sessionIds) this.sessions.set(id, now + REMEMBER_MS);
    for (const id of r.patIds) this.pats.set(id, now + REMEMBER_MS);
    for (const fn of this.listeners) fn(r);
  }

  /** Called with every revocation this instance learns of (the transports close the matching sockets). */
  onRevoked(fn: (r: Revoked) => void): () => void {
    const entry = (r: Revoked): void => fn(r);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  private sweep(now: number): void {
    for (const map of [this.sessions, this.pats]) {
      for (const [id, until] of map) if (until <= now) map.delete(id);
    }
  }
}

const registries = new WeakMap<Services, Revocations>();

/** This process's registry for `svc`, fed by the bus (created on first use; `loadRevocations` at start). */
export function revocations(svc: Services): Revocations {
  let r = registries.get(svc);
  if (!r) {
    const registry = new Revocations();
    r = registry;
    registries.set(svc, registry);
    svc.bus.subscribe((e) => {
      if (e.type === 'SessionRevoked') registry.add({ sessionIds: e.data.session_ids, patIds: e.data.pat_ids });
    });
  }
  return r;
}

/** At start: subscribes, then remembers the sessions revoked within the last access-token lifetime. */
export async function loadRevocations(svc: Services): Promise<void> {
  const registry = revocations(svc);
  const rows = await svc.db<{ family_id: string }[]>`
    select distinct family_id from refresh_tokens
    where revoked_at > now() - make_interval(secs => ${REMEMBER_MS / 1000})`;
  if (rows.length) registry.add({ sessionIds: rows.map((r) => r.family_id), patIds: [] });
}

/**
 * Records, in the revoking transaction, that credentials of `userId` ended: every instance learns it
 * through the bus after commit; this one also at once (before the answer leaves).
 */
export function revokeCredentials(sql: TxSql, emit: Emit, svc: Services, userId: string, r: Revoked): void {
  if (r.sessionIds.length === 0 && r.patIds.length === 0) return;
  emit({ type: 'SessionRevoked', org_id: null, user_id: userId, data: { session_ids: [...r.sessionIds], pat_ids: [...r.patIds] } });
  afterCommit(sql, () => revocations(svc).add(r));
}

/** Throws UNAUTHORIZED when the actor's credential was revoked or has expired (calls on open sockets). */
export function assertLive(svc: Services, actor: Actor): void {
  if (revocations(svc).isRevoked(actor)) throw unauthorized('This session has ended (signed out or revoked); sign in again');
  if (actor.expiresAtMs !== undefined && actor.expiresAtMs <= Date.now()) throw unauthorized('The credential of this connection has expired');
}
