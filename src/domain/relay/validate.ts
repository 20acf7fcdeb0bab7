/**
 * Validation and sanitizing of the `team` object of `POST /api/teams` (reference relay-api.md §3.1).
 * Checks run in the documented order — name, members, skills, knowledge, platforms — and the first
 * failure is the message of the `invalid_input` error. Extra checks the original left to its
 * database (gaps.md U6: empty member name/role, duplicate member names) and the description limit
 * (G3) fail the same way.
 * Sizes are UTF-8 bytes.
 */
import { RELAY_PLATFORMS } from '../../../generated/relay/routes.js';
import type { HashSkill } from './hash.js';
import { KNOWLEDGE_CAP, byteLength } from './knowledge.js';

/** The seed's platforms, exactly (gaps.md G2), as specs/openapi/relay.yaml lists them. */
export const PLATFORMS = RELAY_PLATFORMS;

export const LIMITS = {
  teamName: 64,
  members: 20,
  memberName: 64,
  memberRole: 256,
  memberDescription: 1_000,
  memberSoul: 10_000,
  skills: 50,
  skillBody: 10_000,
  knowledge: KNOWLEDGE_CAP,
} as const;

const TEAM_NAME = /^[a-zA-Z0-9][a-zA-Z0-9 _-]*$/;
const SKILL_ID = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;

export interface Member {
  name: string;
  role: string;
  description?: string;
  soul?: string;
  skills?: string[];
}

/** A skill as stored: only these keys, null values dropped, `false` kept. */
export interface Skill extends HashSkill {
  body?: string;
}

export interface SanitizedTeam {
  name: string;
  members: Member[];
  skills: Skill[];
  platforms: string[];
  /** null when the request had none (an update then keeps the stored knowledge). */
  knowledge: string | null;
}

export type TeamValidation = { ok: true; team: SanitizedTeam } | { ok: false; error: string };

/** Internal short-circuit: the first failing check throws its message. */
class Invalid extends Error {}
const invalid = (message: string): never => {
  throw new Invalid(message);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAbsent = (v: unknown): v is null | undefined => v === null || v === undefined;
/** How a value appears inside a message. */
const shown = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
/** The first `n` characters (code points) of `s`. */
const firstChars = (s: string, n: number): string => Array.from(s).slice(0, n).join('');

/**
 * A missing name counts as empty: the original needs a name to create a team and an update without
 * one would blank it, so both answer `team name must not be empty`.
 */
function validateName(raw: unknown): string {
  if (isAbsent(raw)) invalid('team name must not be empty');
  if (typeof raw !== 'string') return invalid('team name must be a string');
  const name = raw.trim();
  if (name === '') invalid('team name must not be empty');
  if (byteLength(name) > LIMITS.teamName) invalid('team name must be 64 characters or fewer');
  if (!TEAM_NAME.test(name)) invalid('team name must be alphanumeric (hyphens, underscores, and spaces allowed)');
  return name;
}

/** Member `name`/`role` are coerced to strings like the original (missing → ""); objects are refused. */
function memberText(member: Record<string, unknown>, key: 'name' | 'role'): string {
  const v = member[key];
  if (isAbsent(v)) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return invalid(`member ${key} must be a string`);
}

/** Optional member text (`description`, `soul`): absent or "" → undefined. */
function optionalMemberText(member: Record<string, unknown>, key: 'description' | 'soul', name: string): string | undefined {
  const v = member[key];
  if (isAbsent(v) || v === '') return undefined;
  if (typeof v !== 'string') return invalid(`member '${firstChars(name, 32)}' ${key} must be a string`);
  return v;
}

function memberSkills(member: Record<string, unknown>, name: string): string[] | undefined {
  const v = member.skills;
  if (isAbsent(v)) return undefined;
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
    return invalid(`member '${firstChars(name, 32)}' skills must be a list of strings`);
  }
  return v.length > 0 ? [...v] : undefined;
}

function sanitizeMember(raw: unknown): Member {
  if (!isObject(raw)) return invalid('members must be a list of objects');
  const name = memberText(raw, 'name');
  const member: Member = { name, role: memberText(raw, 'role') };
  const description = optionalMemberText(raw, 'description', name);
  const soul = optionalMemberText(raw, 'soul', name);
  if (description !== undefined) member.description = description;
  if (soul !== undefined) member.soul = soul;
  return member;
}

const exceedsLimits = (m: Member): boolean =>
  byteLength(m.name) > LIMITS.memberName ||
  byteLength(m.role) > LIMITS.memberRole ||
  byteLength(m.description ?? '') > LIMITS.memberDescription ||
  byteLength(m.soul ?? '') > LIMITS.memberSoul;

function validateMembers(raw: unknown): Member[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) return invalid('members must be a list');
  if (raw.length > LIMITS.members) invalid('team may have at most 20 members');
  const members = raw.map(sanitizeMember);
  for (const m of members) {
    if (exceedsLimits(m)) invalid(`member '${firstChars(m.name, 32)}' exceeds field size limits`);
  }
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (m.name.trim() === '') invalid('member name must not be empty');
    if (m.role.trim() === '') invalid('member role must not be empty');
    if (seen.has(m.name)) invalid(`duplicate member name '${m.name}'`);
    seen.add(m.name);
    const skills = memberSkills(raw[i] as Record<string, unknown>, m.name);
    if (skills) m.skills = skills;
  });
  return members;
}

const SKILL_KEYS = ['id', 'title', 'description', 'alwaysApply', 'globs', 'userInvocable', 'body'] as const;

function validateSkill(raw: unknown): Skill {
  const entry = isObject(raw) ? raw : {};
  const id = entry.id;
  if (typeof id !== 'string' || !SKILL_ID.test(id)) {
    invalid(`skills entry has invalid id: '${isAbsent(id) ? 'missing' : shown(id)}'`);
  }
  const skillId = id as string;
  const body = entry.body;
  if (!isAbsent(body) && typeof body !== 'string') invalid(`skills entry '${skillId}' body must be a string`);
  if (typeof body === 'string' && byteLength(body) > LIMITS.skillBody) {
    invalid(`skills entry '${skillId}' body exceeds 10000 bytes`);
  }
  const skill: Record<string, unknown> = {};
  for (const key of SKILL_KEYS) {
    if (!isAbsent(entry[key])) skill[key] = entry[key];
  }
  return skill as unknown as Skill;
}

function validateSkills(raw: unknown): Skill[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) return invalid('skills must be a list');
  if (raw.length > LIMITS.skills) invalid('skills may have at most 50 entries');
  return raw.map(validateSkill);
}

function validateKnowledge(raw: unknown): string | null {
  if (isAbsent(raw)) return null;
  if (typeof raw !== 'string') return invalid('knowledge must be a string');
  if (byteLength(raw) > LIMITS.knowledge) invalid('knowledge exceeds maximum size of 100,000 bytes');
  return raw;
}

function validatePlatforms(raw: unknown): string[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) return invalid('platforms must be a list');
  for (const p of raw) {
    if (typeof p !== 'string' || !(PLATFORMS as readonly string[]).includes(p)) invalid(`unknown platform: '${shown(p)}'`);
  }
  return [...(raw as string[])];
}

/**
 * The `team` of a `POST /api/teams` body → the sanitized team, or the first validation message.
 * A `team` that is not a JSON object answers `team must be an object`.
 */
export function validateTeam(team: unknown): TeamValidation {
  try {
    if (!isObject(team)) return { ok: false, error: 'team must be an object' };
    const name = validateName(team.name);
    const members = validateMembers(team.members);
    const skills = validateSkills(team.skills);
    const knowledge = validateKnowledge(team.knowledge);
    const platforms = validatePlatforms(team.platforms);
    return { ok: true, team: { name, members, skills, platforms, knowledge } };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: err.message };
    throw err;
  }
}
