/**
 * Reading teams and rendering `team_data` (data-model.md §2), and resolving which team a token means
 * (§5: `team_id` given → must be associated; absent → the single association, several → `conflict`).
 */
import type { AnySql } from '../../platform/db.js';
import { relayError } from './errors.js';
import { fullHash, knowledgeHash, membersHash, skillsHash, type TeamHashes } from './hash.js';
import type { Member, Skill } from './validate.js';

export interface TeamRow {
  id: string;
  name: string;
  skills: Skill[];
  platforms: string[];
  knowledge: string | null;
  visibility: 'private' | 'public';
  clone_token: string | null;
  owner_user_id: string | null;
  owner_claim_secret: string | null;
  members_hash: string | null;
  skills_hash: string | null;
  knowledge_hash: string | null;
}

export interface Team extends TeamRow {
  members: Member[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Team ids are UUIDs: anything else names no team (and never reaches a uuid column). */
export const isTeamId = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

interface MemberRow {
  team_id: string;
  name: string;
  role: string;
  description: string | null;
  soul: string | null;
  skills: string[];
}

const toMember = (r: MemberRow): Member => ({
  name: r.name,
  role: r.role,
  ...(r.description ? { description: r.description } : {}),
  ...(r.soul ? { soul: r.soul } : {}),
  ...(r.skills.length ? { skills: r.skills } : {}),
});

/** Loads non-deleted teams with their members (in insertion order); `lock` takes row locks for an update. */
export async function loadTeams(sql: AnySql, ids: string[], opts: { lock?: boolean } = {}): Promise<Team[]> {
  if (ids.length === 0) return [];
  const rows = opts.lock
    ? await sql<TeamRow[]>`select * from relay_teams where id = any(${ids}::uuid[]) and deleted_at is null order by created_at, id for update`
    : await sql<TeamRow[]>`select * from relay_teams where id = any(${ids}::uuid[]) and deleted_at is null order by created_at, id`;
  if (rows.length === 0) return [];
  const members = await sql<MemberRow[]>`
    select team_id, name, role, description, soul, skills from relay_members
    where team_id = any(${rows.map((r) => r.id)}::uuid[]) order by position, name`;
  const byTeam = new Map<string, Member[]>(rows.map((r) => [r.id, []]));
  for (const m of members) byTeam.get(m.team_id)?.push(toMember(m));
  return rows.map((r) => ({ ...r, members: byTeam.get(r.id) ?? [] }));
}

export async function loadTeam(sql: AnySql, id: string, opts: { lock?: boolean } = {}): Promise<Team | undefined> {
  return isTeamId(id) ? (await loadTeams(sql, [id], opts))[0] : undefined;
}

/** The hashes of a team's current content (computed, so they are right even for rows stamped by older code). */
export function hashesOf(t: { members: Member[]; skills: Skill[]; knowledge: string | null }): TeamHashes {
  const m = membersHash(t.members);
  const s = skillsHash(t.skills);
  const k = knowledgeHash(t.knowledge);
  return { hash: fullHash(m, s, k), members_hash: m, skills_hash: s, knowledge_hash: k };
}

/** The stored hashes (stamped on every write), falling back to computing them. */
export function storedHashes(t: Team): TeamHashes {
  if (t.members_hash && t.skills_hash && t.knowledge_hash) {
    return {
      hash: fullHash(t.members_hash, t.skills_hash, t.knowledge_hash),
      members_hash: t.members_hash,
      skills_hash: t.skills_hash,
      knowledge_hash: t.knowledge_hash,
    };
  }
  return hashesOf(t);
}

export type Redaction = 'none' | 'preview' | 'clone';

/** `team_data` as answered (its keys depend on the redaction). */
export type TeamData = Record<string, unknown>;

/**
 * `team_data`: full (join, get, all), `preview` (no knowledge, no souls) or `clone` (no knowledge, no
 * skill bodies, `skills` always present). Empty `skills`/`platforms` are omitted otherwise.
 */
export function teamData(t: Team, redaction: Redaction = 'none'): TeamData {
  const h = storedHashes(t);
  const members = redaction === 'preview' ? t.members.map(({ soul: _soul, ...m }) => m) : t.members;
  const skills = redaction === 'clone' ? t.skills.map(({ body: _body, ...s }) => s) : t.skills;
  return {
    id: t.id,
    name: t.name,
    ...(redaction === 'none' ? { knowledge: t.knowledge } : {}),
    hash: h.hash,
    members_hash: h.members_hash,
    skills_hash: h.skills_hash,
    knowledge_hash: h.knowledge_hash,
    members,
    ...(skills.length || redaction === 'clone' ? { skills } : {}),
    ...(t.platforms.length ? { platforms: t.platforms } : {}),
  };
}

/** Ids of the non-deleted teams a token is associated with, oldest association first. */
export async function teamIdsOf(sql: AnySql, token: string): Promise<string[]> {
  const rows = await sql<{ team_id: string }[]>`
    select tt.team_id from relay_token_teams tt join relay_teams t on t.id = tt.team_id
    where tt.token = ${token} and t.deleted_at is null
    order by tt.created_at, tt.team_id`;
  return rows.map((r) => r.team_id);
}

export const MULTI_TEAM = 'team_id required: token belongs to multiple teams';

export type Resolution = { kind: 'team'; id: string } | { kind: 'none' };

/**
 * The team a request means. `team_id` given: that team if the token is associated with it, else none.
 * Absent: the token's only team; none; or a `conflict` when it has several.
 */
export async function resolveTeam(sql: AnySql, token: string, teamId: unknown): Promise<Resolution> {
  if (teamId !== undefined && teamId !== null && teamId !== '') {
    if (!isTeamId(teamId)) return { kind: 'none' };
    const [row] = await sql`
      select 1 from relay_token_teams tt join relay_teams t on t.id = tt.team_id
      where tt.token = ${token} and tt.team_id = ${teamId} and t.deleted_at is null`;
    return row ? { kind: 'team', id: teamId } : { kind: 'none' };
  }
  const ids = await teamIdsOf(sql, token);
  if (ids.length > 1) throw relayError('conflict', MULTI_TEAM);
  return ids.length === 1 ? { kind: 'team', id: ids[0]! } : { kind: 'none' };
}

/** The account a token is linked to (non-revoked machine token), if any. */
export async function accountOf(sql: AnySql, token: string): Promise<string | null> {
  const [row] = await sql<{ user_id: string }[]>`select user_id from relay_machine_tokens where token = ${token} and revoked_at is null`;
  return row?.user_id ?? null;
}
