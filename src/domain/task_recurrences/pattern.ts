/**
 * Recurrence patterns: when the occurrences of a repeating task fall, in the organization's time zone.
 *   daily    every day at local midnight
 *   weekly   every week on the anchor date's weekday, at local midnight
 *   monthly  every month on the anchor date's day of month (the month's last day when it is shorter), at local midnight
 *   a five-field cron expression (minute hour day-of-month month day-of-week), evaluated by croner in the
 *   time zone: DST-safe (a local time skipped by a DST change runs at the first valid time after the gap;
 *   one that occurs twice runs once).
 * The anchor date is the task's start date, else its due date, else the day it was created (local date).
 */
import { Cron } from 'croner';
import { validationError } from '../../platform/errors.js';

const NAMED = new Set(['daily', 'weekly', 'monthly']);
const DAY_MS = 86_400_000;

/** Throws VALIDATION_ERROR (field `recurrence_pattern`) unless `pattern` is one the server can evaluate. */
export function assertPattern(pattern: string, timezone: string): void {
  if (NAMED.has(pattern)) return;
  const fields = pattern.trim().split(/\s+/);
  const invalid = (why: string) =>
    validationError(`recurrence_pattern must be daily, weekly, monthly or a five-field cron expression: ${why}`, { field: 'recurrence_pattern' });
  if (pattern.trim().startsWith('@') || fields.length !== 5) throw invalid(`"${pattern}" has ${fields.length} fields`);
  let cron: Cron;
  try {
    cron = new Cron(pattern, { timezone, mode: '5-part', paused: true });
  } catch (err) {
    throw invalid(err instanceof Error ? err.message : String(err));
  }
  if (!cron.nextRun()) throw invalid(`"${pattern}" never occurs`);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date (`YYYY-MM-DD`) of `instant` in `timezone`. */
export function localDate(instant: Date, timezone: string): string {
  let f = dateFormats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timezone, f);
  }
  return f.format(instant);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** `timezone`'s offset from UTC at `instant`, in ms. */
function offsetMs(instant: number, timezone: string): number {
  let f = offsetFormats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timezone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts `date` in `timezone` (the first valid instant of that day, also across a DST gap). */
export function localMidnight(date: string, timezone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let t = wall - offsetMs(wall, timezone);
  t = wall - offsetMs(t, timezone);
  // A DST gap at midnight: the day starts at the first instant whose local date is `date`.
  if (localDate(new Date(t), timezone) < date) t += 3_600_000;
  return new Date(t);
}

/** `date` plus `days` (calendar arithmetic on `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** The first occurrence of `pattern` strictly after `after`. */
export function nextOccurrence(pattern: string, timezone: string, anchorDate: string, after: Date): Date {
  if (pattern === 'daily' || pattern === 'weekly') {
    const target = pattern === 'weekly' ? weekday(anchorDate) : -1;
    let d = localDate(after, timezone);
    for (let i = 0; i < 16; i++, d = addDays(d, 1)) {
      if (target >= 0 && weekday(d) !== target) continue;
      const at = localMidnight(d, timezone);
      if (at.getTime() > after.getTime()) return at;
    }
    throw new Error('unreachable: no daily or weekly occurrence within 16 days');
  }
  if (pattern === 'monthly') {
    const day = Number(anchorDate.slice(8, 10));
    const start = localDate(after, timezone);
    let year = Number(start.slice(0, 4));
    let month0 = Number(start.slice(5, 7)) - 1;
    for (let i = 0; i < 3; i++) {
      const d = `${year}-${String(month0 + 1).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month0))).padStart(2, '0')}`;
      const at = localMidnight(d, timezone);
      if (at.getTime() > after.getTime()) return at;
      month0++;
      if (month0 === 12) {
        month0 = 0;
        year++;
      }
    }
    throw new Error('unreachable: no monthly occurrence within 3 months');
  }
  const next = new Cron(pattern, { timezone, mode: '5-part', paused: true }).nextRun(after);
  if (!next) throw new Error(`pattern "${pattern}" has no further occurrence`);
  return next;
}
