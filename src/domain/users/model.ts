/** Users: rows, the API shape, and email normalization shared by auth and invitations. */
import type { CurrentUser, User, UserSummary } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  avatar_url: string | null;
  default_org_id: string | null;
  created_at: string;
}

/** Emails are unique case-insensitively; we store and compare them trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A user as other people see them: without their (private) default organization. */
export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, avatar_url: row.avatar_url, created_at: row.created_at };
}

/** The signed-in user, for themselves only (`users.me`, register, login): with `default_org_id`. */
export function toCurrentUser(row: UserRow): CurrentUser {
  return { ...toUser(row), default_org_id: row.default_org_id };
}

export function toUserSummary(row: Pick<UserRow, 'id' | 'name' | 'email' | 'avatar_url'>): UserSummary {
  return { id: row.id, name: row.name, email: row.email, avatar_url: row.avatar_url };
}

export async function findUserById(sql: AnySql, id: string): Promise<UserRow | undefined> {
  const rows = await sql<UserRow[]>`select * from users where id = ${id}`;
  return rows[0];
}

export async function findUserByEmail(sql: AnySql, email: string): Promise<UserRow | undefined> {
  const rows = await sql<UserRow[]>`select * from users where lower(email) = ${normalizeEmail(email)}`;
  return rows[0];
}
