/**
 * Team operations of the relay (relay-api.md §3.1–3.11): create/update with conflict detection and
 * append-only knowledge, reads, invites, preview, visibility and clone, ownership claim, erase.
 * Every write runs in one transaction (a failure leaves the data as it was); a knowledge change is
 * emitted as `RelayKnowledgeUpdated` and reaches the sockets after commit.
 */
import { hashPassword, verifyPassword } from '../../platform/crypto.js';
import type { AnySql, TxSql } from '../../platform/db.js';
import type { Services } from '../../platform/services.js';
import { withTx, type Emit } from '../../platform/tx.js';
import type { RelayInputs } from '../../../generated/relay/routes.js';
import { claimSecret, cloneToken, inviteCode } from './codes.js';
import { signer, type RelayContext } from './context.js';
import { relayError } from './errors.js';
import { isoSeconds } from './format.js';
import { knowledgeHash, type TeamHashes } from './hash.js';
import { byteLength, mergeKnowledge, pruneKnowledge } from './knowledge.js';
import { accountOf, hashesOf, isTeamId, loadTeam, loadTeams, resolveTeam, teamData, teamIdsOf, type Team, type TeamData } from './team-data.js';
import { validateTeam, type SanitizedTeam } from './validate.js';

const HEX64 = /^[0-9a-f]{64}$/;
const NOT_A_MEMBER = 'not a team member';
const DEFAULT_INVITE_TTL_HOURS = 24;
const MAX_INVITE_TTL_HOURS = 168;

function sanitize(team: unknown): SanitizedTeam {
  const checked = validateTeam(team);
  if (!checked.ok) throw relayError('invalid_input', checked.error);
  return checked.team;
}

/** Insert or update the members of a team from `members`, keeping the positions of existing ones. */
async function writeMembers(sql: TxSql, teamId: string, members: SanitizedTeam['members'], replace: boolean): Promise<void> {
  const names = members.map((m) => m.name);
  if (replace) await sql`delete from relay_members where team_id = ${teamId} and not (name = any(${names}::text[]))`;
  if (members.length === 0) return;
  const rows = members.map((m, i) => ({
    position: i,
    name: m.name,
    role: m.role,
    description: m.description ?? null,
    soul: m.soul ?? null,
    skills: m.skills ?? [],
  }));
  await sql`
    insert into relay_members (team_id, position, name, role, description, soul, skills)
    select ${teamId}, coalesce((select max(position) + 1 from relay_members where team_id = ${teamId}), 0) + x.position,
           x.name, x.role, x.description, x.soul,
           coalesce(array(select jsonb_array_elements_text(x.skills)), '{}')
    from jsonb_to_recordset(${sql.json(rows)}) as x(position int, name text, role text, description text, soul text, skills jsonb)
    on conflict (team_id, name) do update
      set role = excluded.role, description = excluded.description, soul = excluded.soul, skills = excluded.skills
      where (relay_members.role, relay_members.description, relay_members.soul, relay_members.skills)
        is distinct from (excluded.role, excluded.description, excluded.soul, excluded.skills)`;
}

type Owner = { userId: string } | { secretHash: string } | null;

async function insertTeam(sql: TxSql, team: SanitizedTeam, owner: Owner): Promise<string> {
  const knowledge = team.knowledge === null || team.knowledge === '' ? null : team.knowledge;
  const h = hashesOf({ members: team.members, skills: team.skills, knowledge });
  const [row] = await sql<{ id: string }[]>`
    insert into relay_teams (name, skills, platforms, knowledge, owner_user_id, owner_claim_secret, members_hash, skills_hash, knowledge_hash)
    values (${team.name}, ${sql.json(team.skills as never)}, ${team.platforms}::text[], ${knowledge},
            ${owner && 'userId' in owner ? owner.userId : null}, ${owner && 'secretHash' in owner ? owner.secretHash : null},
            ${h.members_hash}, ${h.skills_hash}, ${h.knowledge_hash})
    returning id`;
  await writeMembers(sql, row!.id, team.members, false);
  return row!.id;
}

async function associate(sql: AnySql, token: string, teamId: string): Promise<void> {
  await sql`insert into relay_token_teams (token, team_id) values (${token}, ${teamId}) on conflict do nothing`;
}

/**
 * Applies an update to a locked team (data-model.md §4.1): name, skills, platforms replaced; members
 * diffed by name; knowledge merged (append-only) and pruned; hashes restamped. A knowledge change is
 * broadcast to every joined socket (a REST or web change has no pushing connection to skip).
 */
async function applyUpdate(sql: TxSql, emit: Emit, cur: Team, incoming: SanitizedTeam): Promise<void> {
  const knowledge = incoming.knowledge === null ? cur.knowledge : pruneKnowledge(mergeKnowledge(cur.knowledge, incoming.knowledge)) || cur.knowledge;
  const h = hashesOf({ members: incoming.members, skills: incoming.skills, knowledge });
  await sql`
    update relay_teams set name = ${incoming.name}, skills = ${sql.json(incoming.skills as never)}, platforms = ${incoming.platforms}::text[],
      knowledge = ${knowledge}, members_hash = ${h.members_hash}, skills_hash = ${h.skills_hash}, knowledge_hash = ${h.knowledge_hash},
      updated_at = now()
    where id = ${cur.id}`;
  await writeMembers(sql, cur.id, incoming.members, true);
  if (h.knowledge_hash !== knowledgeHash(cur.knowledge) && knowledge !== null) {
    emit({
      type: 'RelayKnowledgeUpdated',
      org_id: null,
      user_id: null,
      data: { team_id: cur.id, content: knowledge, knowledge_hash: h.knowledge_hash, knowledge_size: byteLength(knowledge), source: null },
    });
  }
}

/** `conflict` unless `base_hash` is current, or only the knowledge diverged (then it merges). */
function checkBase(cur: Team, incoming: SanitizedTeam, baseHash: string | null): void {
  if (baseHash === null) return;
  const current = hashesOf(cur);
  if (baseHash === current.hash) return;
  const theirs = hashesOf({ members: incoming.members, skills: incoming.skills, knowledge: null });
  const knowledgeOnly = theirs.members_hash === current.members_hash && theirs.skills_hash === current.skills_hash && incoming.knowledge !== null;
  if (!knowledgeOnly) throw relayError('conflict', { server_hash: current.hash });
}

async function reload(sql: AnySql, id: string): Promise<Team> {
  const team = await loadTeam(sql, id);
  if (!team) throw relayError('not_found');
  return team;
}

/** A team envelope (`{"team": team_data}`), the answer of most team operations. */
export interface TeamEnvelope {
  team: TeamData;
}

/** POST /api/teams: `created` tells a new team (whose `owner_claim_secret` comes once) from an update. */
export async function upsertTeam(ctx: RelayContext, input: RelayInputs['teams.upsert']): Promise<TeamEnvelope & { created: boolean }> {
  const token = signer(ctx);
  const incoming = sanitize(input.team);
  const baseHash = typeof input.base_hash === 'string' && HEX64.test(input.base_hash) ? input.base_hash : null;
  return withTx(ctx.svc, async (sql, emit) => {
    // One write per token at a time: a double-submitted first push must not create two teams.
    await sql`select pg_advisory_xact_lock(hashtextextended(${`relay:team-write:${token}`}, 0))`;
    const target = await resolveTeam(sql, token, input.team_id);
    if (target.kind === 'none' && input.team_id !== undefined && input.team_id !== null && input.team_id !== '') {
      // gaps.md U9: the original silently created a second team here.
      throw relayError('not_found');
    }
    if (target.kind === 'none') {
      const account = await accountOf(sql, token);
      // Only an unowned team gets a claim secret, stored hashed (argon2: slow on purpose, so only here).
      const secret = account ? null : claimSecret();
      const owner: Owner = secret === null ? { userId: account! } : { secretHash: await hashPassword(secret) };
      const id = await insertTeam(sql, incoming, owner);
      await associate(sql, token, id);
      const team = await reload(sql, id);
      return { created: true, team: { ...teamData(team), ...(secret ? { owner_claim_secret: secret } : {}) } };
    }
    const cur = (await loadTeam(sql, target.id, { lock: true }))!;
    checkBase(cur, incoming, baseHash);
    await applyUpdate(sql, emit, cur, incoming);
    return { created: false, team: teamData(await reload(sql, cur.id)) };
  });
}

async function teamOf(sql: AnySql, token: string, teamId: unknown): Promise<Team> {
  const target = await resolveTeam(sql, token, teamId);
  const team = target.kind === 'team' ? await loadTeam(sql, target.id) : undefined;
  if (!team) throw relayError('not_found');
  return team;
}

/** GET /api/teams/:token. */
export async function getTeamOp(ctx: RelayContext, input: RelayInputs['teams.get']): Promise<TeamEnvelope> {
  return { team: teamData(await teamOf(ctx.svc.db, signer(ctx), input.team_id)) };
}

/** GET /api/teams/:token/head: the four hashes, bare. */
export async function headTeam(ctx: RelayContext, input: RelayInputs['teams.head']): Promise<TeamHashes> {
  const h = hashesOf(await teamOf(ctx.svc.db, signer(ctx), input.team_id));
  return { hash: h.hash, members_hash: h.members_hash, skills_hash: h.skills_hash, knowledge_hash: h.knowledge_hash };
}

/** GET /api/teams/all/:token: `not_found` only when the token has no association at all. */
export async function allTeams(ctx: RelayContext): Promise<{ teams: TeamData[] }> {
  const token = signer(ctx);
  const [any] = await ctx.svc.db`select 1 from relay_token_teams where token = ${token} limit 1`;
  if (!any) throw relayError('not_found');
  const teams = await loadTeams(ctx.svc.db, await teamIdsOf(ctx.svc.db, token));
  return { teams: teams.map((t) => teamData(t)) };
}

async function teamOfInvite(sql: AnySql, code: string): Promise<Team> {
  const [row] = await sql<{ team_id: string }[]>`
    select i.team_id from relay_invites i join relay_teams t on t.id = i.team_id
    where i.code = ${code} and i.expires_at > now() and t.deleted_at is null`;
  const team = row ? await loadTeam(sql, row.team_id) : undefined;
  if (!team) throw relayError('not_found', 'invalid_invite');
  return team;
}

/** POST /api/join: multi-use invites, idempotent association. */
export async function joinTeam(ctx: RelayContext, input: RelayInputs['teams.join']): Promise<TeamEnvelope & { token: string }> {
  const token = signer(ctx);
  const team = await teamOfInvite(ctx.svc.db, input.invite_code);
  await associate(ctx.svc.db, token, team.id);
  return { team: teamData(team), token };
}

/** POST /api/teams/preview: no association; no knowledge, no souls. */
export async function previewTeam(ctx: RelayContext, input: RelayInputs['teams.preview']): Promise<TeamEnvelope> {
  signer(ctx);
  return { team: teamData(await teamOfInvite(ctx.svc.db, input.invite_code), 'preview') };
}

/** `ttl_hours`: an integer or integer string, clamped to [1, 168]; anything else is the default 24. */
export function inviteTtlHours(raw: unknown): number {
  const n =
    typeof raw === 'number' && Number.isInteger(raw)
      ? raw
      : typeof raw === 'string' && /^-?\d+$/.test(raw.trim())
        ? Number(raw.trim())
        : DEFAULT_INVITE_TTL_HOURS;
  return Math.min(MAX_INVITE_TTL_HOURS, Math.max(1, n));
}

interface Invite {
  invite_code: string;
  expires_at: string;
}

async function createInvite(sql: AnySql, teamId: string, ttlHours: number): Promise<Invite> {
  const expires = new Date(Math.floor(Date.now() / 1000) * 1000 + ttlHours * 3_600_000);
  const code = inviteCode();
  await sql`insert into relay_invites (code, team_id, expires_at) values (${code}, ${teamId}, ${expires})`;
  return { invite_code: code, expires_at: isoSeconds(expires)! };
}

/** POST /api/teams/invite. */
export async function inviteToTeam(ctx: RelayContext, input: RelayInputs['teams.invite']): Promise<Invite> {
  const target = await resolveTeam(ctx.svc.db, signer(ctx), input.team_id);
  if (target.kind === 'none') throw relayError('forbidden', NOT_A_MEMBER);
  return createInvite(ctx.svc.db, target.id, inviteTtlHours(input.ttl_hours));
}

/** POST /api/teams/visibility: owner only; the clone token is created once and kept. */
export async function setVisibility(
  ctx: RelayContext,
  input: RelayInputs['teams.visibility'],
): Promise<{ visibility: 'public' | 'private'; clone_token: string | null }> {
  const token = signer(ctx);
  const visibility = input.visibility;
  if (visibility !== 'public' && visibility !== 'private') throw relayError('invalid_input', "visibility must be 'public' or 'private'");
  return withTx(ctx.svc, async (sql) => {
    const target = await resolveTeam(sql, token, input.team_id);
    if (target.kind === 'none') throw relayError('forbidden', NOT_A_MEMBER);
    const team = await loadTeam(sql, target.id, { lock: true });
    if (!team) throw relayError('not_found');
    const account = await accountOf(sql, token);
    if (!account || account !== team.owner_user_id) {
      throw relayError('forbidden', 'only the team owner can change visibility. Link your account with `teamrc login`.');
    }
    const clone = visibility === 'public' ? (team.clone_token ?? cloneToken()) : team.clone_token;
    await sql`update relay_teams set visibility = ${visibility}, clone_token = ${clone}, updated_at = now() where id = ${team.id}`;
    return { visibility, clone_token: clone };
  });
}

/** A fixed argon2 hash to verify against when there is no candidate, so timing does not tell. */
let dummyHash: Promise<string> | undefined;

/** POST /api/teams/claim: the token's account becomes the owner of the team whose secret matches. */
export async function claimTeam(ctx: RelayContext, input: RelayInputs['teams.claim']): Promise<{ status: 'claimed' }> {
  const token = signer(ctx);
  const sql = ctx.svc.db;
  const account = await accountOf(sql, token);
  if (!account) throw relayError('forbidden', 'link your account first with `teamrc login`');
  const candidates = await sql<{ id: string; owner_claim_secret: string }[]>`
    select t.id, t.owner_claim_secret from relay_teams t join relay_token_teams tt on tt.team_id = t.id
    where tt.token = ${token} and t.owner_user_id is null and t.owner_claim_secret is not null and t.deleted_at is null`;
  let match: string | undefined;
  for (const c of candidates) {
    if (await verifyPassword(c.owner_claim_secret, input.claim_secret)) {
      match = c.id;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(await (dummyHash ??= hashPassword(claimSecret())), input.claim_secret);
  if (!match) throw relayError('not_found', 'invalid or already-claimed ownership token');
  const claimed = await sql`
    update relay_teams set owner_user_id = ${account}, owner_claim_secret = null, updated_at = now()
    where id = ${match} and owner_user_id is null returning id`;
  if (claimed.length === 0) throw relayError('conflict', 'team already has an owner');
  return { status: 'claimed' };
}

/**
 * Removes a token's association with one team, or with all of them (then also unlinking it from its
 * account). Its sockets are closed (gaps.md U19): the whole socket, or just that team's channel.
 */
export async function disconnectToken(sql: TxSql, emit: Emit, token: string, teamId: string | null): Promise<number> {
  if (teamId !== null) {
    if (!isTeamId(teamId)) return 0;
    const removed = await sql`delete from relay_token_teams where token = ${token} and team_id = ${teamId} returning team_id`;
    if (removed.length) emit({ type: 'RelayTokenRevoked', org_id: null, user_id: null, data: { token, team_id: teamId } });
    return removed.length;
  }
  const removed = await sql`delete from relay_token_teams where token = ${token} returning team_id`;
  await sql`update relay_machine_tokens set revoked_at = now() where token = ${token} and revoked_at is null`;
  emit({ type: 'RelayTokenRevoked', org_id: null, user_id: null, data: { token } });
  return removed.length;
}

/** DELETE /api/token/:token/erase: succeeds whether or not there was anything to remove. */
export async function eraseToken(ctx: RelayContext, input: RelayInputs['tokens.erase']): Promise<{ status: 'disconnected'; teams_removed: number }> {
  const token = signer(ctx);
  const teamId = input.team_id === undefined || input.team_id === '' ? null : input.team_id;
  const n = await withTx(ctx.svc, (sql, emit) => disconnectToken(sql, emit, token, teamId));
  return { status: 'disconnected', teams_removed: n };
}

/** GET /api/teams/clone/:clone_token (public): only while the team is public. */
export async function cloneTeam(ctx: RelayContext, input: RelayInputs['teams.clone']): Promise<TeamEnvelope> {
  const [row] = await ctx.svc.db<{ id: string }[]>`
    select id from relay_teams where clone_token = ${input.clone_token} and visibility = 'public' and deleted_at is null`;
  const team = row ? await loadTeam(ctx.svc.db, row.id) : undefined;
  if (!team) throw relayError('not_found', 'invalid_clone_token');
  return { team: teamData(team, 'clone') };
}

// ---- The web side (dashboard stand-ins used by the test hooks) ----

/** The team `teamId` of `token`, full data; `not_found` otherwise. */
export async function getTeam(svc: Services, token: string, teamId: string): Promise<TeamData> {
  return teamData(await teamOf(svc.db, token, teamId));
}

/** A web-side edit: no `base_hash`, knowledge merged like any update. */
export async function webUpdateTeam(svc: Services, token: string, teamId: string, team: unknown): Promise<TeamData> {
  const incoming = sanitize(team);
  return withTx(svc, async (sql, emit) => {
    const target = await resolveTeam(sql, token, teamId);
    const cur = target.kind === 'team' ? await loadTeam(sql, target.id, { lock: true }) : undefined;
    if (!cur) throw relayError('not_found');
    await applyUpdate(sql, emit, cur, incoming);
    return teamData(await reload(sql, cur.id));
  });
}

/** The web wizard: a team owned by `ownerUserId` from the start, with a first invite (24 h). */
export async function createTeamWeb(svc: Services, ownerUserId: string, team: unknown): Promise<{ team_id: string; invite_code: string }> {
  const incoming = sanitize(team);
  return withTx(svc, async (sql) => {
    const [user] = await sql`select 1 from users where id = ${ownerUserId}`;
    if (!user) throw relayError('not_found');
    await sql`insert into relay_accounts (user_id) values (${ownerUserId}) on conflict do nothing`;
    const id = await insertTeam(sql, incoming, { userId: ownerUserId });
    const invite = await createInvite(sql, id, DEFAULT_INVITE_TTL_HOURS);
    return { team_id: id, invite_code: invite.invite_code };
  });
}
