/**
 * Small value formats shared by the relay's account side: timestamps as teamrc writes them
 * (ISO 8601 UTC, whole seconds, `Z`), masked machine tokens and the participants' email hash.
 */
import { sha256 } from '../../platform/ids.js';
import { rfc3339 } from '../../platform/time.js';

/** `2026-03-16T12:00:00Z` (platform/time.ts); accepts a Date or any date string; null stays null. */
export function isoSeconds(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : null;
  return rfc3339(date);
}

/** The dashboard shows a machine token as its first 12 characters and `...` (`trc_ak_abcde...`). */
export function maskToken(token: string): string {
  return `${token.slice(0, 12)}...`;
}

/** A participant as other team members see it: SHA-256 hex of the trimmed, lower-cased email (gaps.md U5). */
export function emailHash(email: string): string {
  return sha256(email.trim().toLowerCase());
}

/** What an unlinked token (no account) counts as among a team's participants. */
export const ANONYMOUS = 'anonymous';
