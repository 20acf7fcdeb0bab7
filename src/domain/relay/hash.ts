/**
 * The four team hashes of the teamrc relay (reference data-model.md §3): SHA-256 over canonical
 * JSON of the members and of the skills, over the knowledge text, and over the three joined.
 * Canonical = objects with keys in alphabetical order, null / "" / [] values omitted (booleans kept,
 * even false), lists sorted byte-wise by UTF-8 (not localeCompare), compact `JSON.stringify`.
 * Team name and platforms are deliberately not hashed.
 */
import { sha256 } from '../../platform/ids.js';

/** What the hashes read of a member (a stored or an incoming one). */
export interface HashMember {
  name: string;
  role: string;
  description?: string | null;
  soul?: string | null;
  skills?: readonly string[] | null;
}

/** What the hashes read of a skill. */
export interface HashSkill {
  id: string;
  title?: unknown;
  description?: unknown;
  alwaysApply?: unknown;
  globs?: unknown;
  userInvocable?: unknown;
  body?: unknown;
}

export interface TeamHashes {
  hash: string;
  members_hash: string;
  skills_hash: string;
  knowledge_hash: string;
}

/** Byte-wise comparison of the UTF-8 encodings (Elixir's term order for binaries). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

const isOmitted = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A list sorted byte-wise; non-strings (never sent by the CLI) are compared by their JSON. */
function sortedList(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const list: readonly unknown[] = v;
  const asText = (x: unknown): string => (typeof x === 'string' ? x : (JSON.stringify(x) ?? ''));
  return [...list].sort((a, b) => compareUtf8(asText(a), asText(b)));
}

/** An object with `keys` in the given (alphabetical) order, omitting null / "" / [] values. */
function canonicalObject(source: Record<string, unknown>, keys: readonly string[], sortedKeys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = sortedKeys.includes(key) ? sortedList(source[key]) : source[key];
    if (!isOmitted(value)) out[key] = value;
  }
  return out;
}

/** Stable sort by a string key, byte-wise (ties keep their order, like Enum.sort_by). */
function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareUtf8(key(a), key(b)));
}

const MEMBER_KEYS = ['description', 'name', 'role', 'skills', 'soul'] as const;
const SKILL_KEYS = ['alwaysApply', 'body', 'description', 'globs', 'id', 'title', 'userInvocable'] as const;

/** The canonical JSON the members hash is taken over (exported for diagnostics and tests). */
export function canonicalMembers(members: readonly HashMember[]): string {
  const sorted = sortBy(members, (m) => m.name);
  return JSON.stringify(sorted.map((m) => canonicalObject({ ...m }, MEMBER_KEYS, ['skills'])));
}

/** The canonical JSON the skills hash is taken over. */
export function canonicalSkills(skills: readonly HashSkill[]): string {
  const sorted = sortBy(skills, (s) => String(s.id));
  return JSON.stringify(sorted.map((s) => canonicalObject({ ...s }, SKILL_KEYS, ['globs'])));
}

export const membersHash = (members: readonly HashMember[]): string => sha256(canonicalMembers(members));

export const skillsHash = (skills: readonly HashSkill[]): string => sha256(canonicalSkills(skills));

/** SHA-256 of "" for no knowledge; else of the text with trailing whitespace replaced by one "\n". */
export function knowledgeHash(knowledge: string | null | undefined): string {
  if (knowledge === null || knowledge === undefined || knowledge === '') return sha256('');
  return sha256(`${knowledge.trimEnd()}\n`);
}

/** SHA-256 of `members_hash:skills_hash:knowledge_hash`. */
export const fullHash = (members: string, skills: string, knowledge: string): string => sha256(`${members}:${skills}:${knowledge}`);

/** All four hashes of a team. */
export function teamHashes(team: { members: readonly HashMember[]; skills: readonly HashSkill[]; knowledge: string | null | undefined }): TeamHashes {
  const members_hash = membersHash(team.members);
  const skills_hash = skillsHash(team.skills);
  const knowledge_hash = knowledgeHash(team.knowledge);
  return { hash: fullHash(members_hash, skills_hash, knowledge_hash), members_hash, skills_hash, knowledge_hash };
}
