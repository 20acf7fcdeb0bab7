/** Organizations: rows, the API shape, slugs, and creating one with its first owner. */
import { randomBytes } from 'node:crypto';
import type { Organization } from '../../../generated/models.js';
import type { TxSql } from '../../platform/db.js';
import { conflict, validationError, type AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Role } from '../access.js';

export interface OrgRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  currency: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The organization as the API returns it, for a caller with `role`. */
export function toOrganization(row: OrgRow, role: Role): Organization {
  return { ...orgEntity(row), role };
}

/**
 * The organization in an EntityChanged event: without `role`, because the event goes to every member
 * and each has their own role (a client merges it into what it already holds).
 */
export function orgEntity(row: OrgRow): Omit<Organization, 'role'> {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    settings: { timezone: row.timezone, currency: row.currency },
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** `name` → a slug matching `^[a-z0-9][a-z0-9-]{1,62}$` (accents folded, other characters become dashes). */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  // Names without any latin letter or digit ("日本") still need a valid slug.
  return base.length >= 2 ? base : base ? `org-${base}` : 'org';
}

function slugSuffix(): string {
  return randomBytes(3).toString('hex');
}

/** Canonical IANA name of `timezone`, or VALIDATION_ERROR {field:'timezone'}. */
export function checkTimezone(timezone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone;
  } catch {
    throw validationError(`Unknown time zone: ${timezone}`, { field: 'timezone' });
  }
}

export interface NewOrganization {
  name: string;
  /** Explicit slug: taken → CONFLICT. Omitted: derived from the name, with a random suffix when needed. */
  slug?: string | undefined;
  /** Derive the slug from this text instead of `name`. */
  slugFrom?: string;
  /** Always add a random suffix to a derived slug (personal workspaces: names repeat a lot). */
  suffixSlug?: boolean;
  timezone?: string | undefined;
  currency?: string | undefined;
  createdBy: string;
}

async function tryInsert(sql: TxSql, o: NewOrganization, slug: string): Promise<OrgRow | undefined> {
  // `on conflict do nothing` keeps the transaction usable when the slug is taken (also under races).
  const rows = await sql<OrgRow[]>`
    insert into organizations (id, name, slug, timezone, currency, created_by)
    values (${newId('org')}, ${o.name}, ${slug}, ${o.timezone ?? 'UTC'}, ${o.currency ?? 'USD'}, ${o.createdBy})
    on conflict (slug) do nothing
    returning *`;
  return rows[0];
}

/** Inserts the organization and makes `createdBy` its owner. */
export async function createOrganization(sql: TxSql, o: NewOrganization): Promise<OrgRow> {
  const org = await insertWithFreeSlug(sql, o);
  await sql`insert into members (org_id, user_id, role) values (${org.id}, ${o.createdBy}, 'owner')`;
  return org;
}

async function insertWithFreeSlug(sql: TxSql, o: NewOrganization): Promise<OrgRow> {
  if (o.slug) {
    const row = await tryInsert(sql, o, o.slug);
    if (!row) throw slugTaken(o.slug);
    return row;
  }
  const base = slugify(o.slugFrom ?? o.name);
  for (let attempt = 0; attempt < 10; attempt++) {
    const slug = attempt === 0 && !o.suffixSlug ? base : `${base}-${slugSuffix()}`;
    const row = await tryInsert(sql, o, slug);
    if (row) return row;
  }
  throw new Error(`no free slug found for "${base}"`);
}

export function slugTaken(slug: string): AppError {
  return conflict(`The slug "${slug}" is already taken`, { field: 'slug' });
}
