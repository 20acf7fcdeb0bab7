/**
 * The domain side of the relay's `knowledge:<team_id>` channel (protocol.md §4): who may join a
 * team's knowledge topic, and a machine pushing its local knowledge file (merge → prune → store →
 * broadcast `RelayKnowledgeUpdated` on the bus). Both fail with a `RelayError`, which the WebSocket
 * transport (src/transports/relay/socket.ts) turns into a Phoenix error reply's `reason`.
 *
 * Push checks run in the order of protocol.md §4.2 (code, and text where it differs):
 *   1. `content` not a string            → invalid_input `missing content`   (no rate budget used)
 *   2. an accepted push of this TOKEN < 1 s ago (all sockets, teams, instances) → rate_limited
 *   3. token not associated / team deleted → not_found
 *   4. content > 100,000 UTF-8 bytes       → content_too_large
 *   5. database failure                    → internal_error `update_failed`
 * Step 2 takes the budget (the `push` limit of ./ratelimit.ts) as soon as it passes, so a push
 * failing at 3, 4 or 5 still counts as this second's push: the next one within the second is
 * `rate_limited`. A push refused at step 2 does not extend the window of the accepted one.
 */
import type { Services } from '../../platform/services.js';
import { withTx } from '../../platform/tx.js';
import { relayError } from './errors.js';
import { knowledgeHash } from './hash.js';
import { byteLength, KNOWLEDGE_CAP, mergeKnowledge, pruneKnowledge } from './knowledge.js';
import { claimPush } from './ratelimit.js';
import { isTeamId } from './team-data.js';

export interface KnowledgeJoinReply {
  knowledge_hash: string;
  knowledge_size: number;
  knowledge_cap: number;
}

export interface KnowledgeState {
  knowledge_hash: string;
  knowledge_size: number;
}

/**
 * Joins the socket's token to a team's knowledge topic: the token must be associated with the team
 * and the team not deleted. Throws `not_found` otherwise (also for a malformed id).
 */
export async function joinKnowledge(svc: Services, token: string, teamId: string): Promise<KnowledgeJoinReply> {
  if (!isTeamId(teamId)) throw relayError('not_found');
  const [row] = await svc.db<{ knowledge_hash: string | null; knowledge: string | null; knowledge_size: number }[]>`
    select t.knowledge_hash,
           case when t.knowledge_hash is null then t.knowledge end as knowledge,
           coalesce(octet_length(t.knowledge), 0)::int as knowledge_size
      from relay_teams t
      join relay_token_teams tt on tt.team_id = t.id and tt.token = ${token}
     where t.id = ${teamId} and t.deleted_at is null`;
  if (!row) throw relayError('not_found');
  return {
    knowledge_hash: row.knowledge_hash ?? knowledgeHash(row.knowledge),
    knowledge_size: row.knowledge_size,
    knowledge_cap: KNOWLEDGE_CAP,
  };
}

/**
 * Pushes `content` (the machine's full knowledge file) into the team's knowledge and returns the new
 * state; see the file header for the order of checks and their errors. `source` identifies the
 * pushing connection, which the broadcast skips.
 */
export async function pushKnowledge(svc: Services, token: string, teamId: string, content: unknown, source: string): Promise<KnowledgeState> {
  if (typeof content !== 'string') throw relayError('invalid_input', 'missing content');
  if (!(await claimPush(svc, token))) throw relayError('rate_limited');
  const associated = await dbStep(svc, teamId, 'association check', () => isAssociated(svc, token, teamId));
  if (!associated) throw relayError('not_found');
  if (byteLength(content) > KNOWLEDGE_CAP) throw relayError('content_too_large');
  const state = await dbStep(svc, teamId, 'store', () => storeMerged(svc, token, teamId, content, source));
  if (!state) throw relayError('not_found');
  return state;
}

/** Runs a database step of a push; a failure is logged and becomes `update_failed`. */
async function dbStep<T>(svc: Services, teamId: string, step: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    svc.log.error({ err, team_id: teamId }, `relay knowledge push: ${step} failed`);
    throw relayError('internal_error', 'update_failed');
  }
}

async function isAssociated(svc: Services, token: string, teamId: string): Promise<boolean> {
  if (!isTeamId(teamId)) return false;
  const rows = await svc.db`
    select 1
      from relay_token_teams tt
      join relay_teams t on t.id = tt.team_id
     where tt.token = ${token} and tt.team_id = ${teamId} and t.deleted_at is null`;
  return rows.length > 0;
}

/**
 * Merges `content` into the stored knowledge with the team row locked, stores the pruned result and
 * its hash, and emits `RelayKnowledgeUpdated` when the hash changed. Null when the team vanished
 * (deleted or association removed) since the check.
 */
async function storeMerged(svc: Services, token: string, teamId: string, content: string, source: string): Promise<KnowledgeState | null> {
  return withTx(svc, async (sql, emit) => {
    const [team] = await sql<{ knowledge: string | null; knowledge_hash: string | null }[]>`
      select t.knowledge, t.knowledge_hash
        from relay_teams t
       where t.id = ${teamId} and t.deleted_at is null
         and exists (select 1 from relay_token_teams tt where tt.team_id = t.id and tt.token = ${token})
         for update of t`;
    if (!team) return null;
    const pruned = pruneKnowledge(mergeKnowledge(team.knowledge, content));
    const hash = knowledgeHash(pruned);
    const state: KnowledgeState = { knowledge_hash: hash, knowledge_size: byteLength(pruned) };
    const previousHash = team.knowledge_hash ?? knowledgeHash(team.knowledge);
    if (pruned === (team.knowledge ?? '')) return state;
    await sql`
      update relay_teams
         set knowledge = ${pruned}, knowledge_hash = ${hash}, updated_at = now()
       where id = ${teamId}`;
    if (hash !== previousHash) {
      emit({
        type: 'RelayKnowledgeUpdated',
        org_id: null,
        user_id: null,
        data: { team_id: teamId, content: pruned, ...state, source },
      });
    }
    return state;
  });
}
