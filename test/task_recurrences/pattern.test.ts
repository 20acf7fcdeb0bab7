/**
 * Recurrence patterns in the organization's time zone: local midnight across DST changes, weekly on the
 * anchor's weekday, monthly clamped to the month's last day, cron expressions DST-safe (croner), and the
 * patterns refused.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/platform/errors.js';
import { assertPattern, localMidnight, nextOccurrence } from '../../src/domain/task_recurrences/pattern.js';

const series = (pattern: string, tz: string, anchor: string, from: string, n: number): string[] => {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < n; i++) {
    at = nextOccurrence(pattern, tz, anchor, at);
    out.push(at.toISOString());
  }
  return out;
};

describe('recurrence patterns', () => {
  it('daily: local midnight, also across the spring and autumn DST changes (Europe/Berlin)', () => {
    expect(series('daily', 'Europe/Berlin', '2026-03-27', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-27T23:00:00.000Z', // 28 March, CET
      '2026-03-28T23:00:00.000Z', // 29 March begins in CET; clocks jump at 02:00
      '2026-03-29T22:00:00.000Z', // 30 March, CEST
    ]);
    expect(series('daily', 'Europe/Berlin', '2026-10-24', '2026-10-24T12:00:00Z', 2)).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ]);
  });

  it('weekly: on the anchor date’s weekday', () => {
    // 2026-03-04 is a Wednesday.
    expect(series('weekly', 'America/New_York', '2026-03-04', '2026-03-05T00:00:00Z', 3)).toEqual([
      '2026-03-11T04:00:00.000Z', // EDT from 8 March
      '2026-03-18T04:00:00.000Z',
      '2026-03-25T04:00:00.000Z',
    ]);
  });

  it('monthly: on the anchor’s day of month, clamped to the last day of shorter months', () => {
    expect(series('monthly', 'UTC', '2026-01-31', '2026-01-31T12:00:00Z', 4)).toEqual([
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
      '2026-04-30T00:00:00.000Z',
      '2026-05-31T00:00:00.000Z',
    ]);
    expect(series('monthly', 'UTC', '2024-01-30', '2024-01-31T00:00:00Z', 1)).toEqual(['2024-02-29T00:00:00.000Z']);
  });

  it('cron: evaluated in the time zone; a local time skipped by DST occurs once, after the gap', () => {
    expect(series('0 9 * * 1-5', 'Asia/Tokyo', '2026-03-06', '2026-03-06T01:00:00Z', 2)).toEqual([
      '2026-03-09T00:00:00.000Z',
      '2026-03-10T00:00:00.000Z',
    ]);
    const around = series('30 2 * * *', 'Europe/Berlin', '2026-03-28', '2026-03-28T12:00:00Z', 2);
    // 29 March 02:30 does not exist in Berlin: one occurrence that day, at the first valid time after the gap.
    expect(around[0]!.slice(0, 10)).toBe('2026-03-29');
    expect(around[1]).toBe('2026-03-30T00:30:00.000Z');
  });

  it('local midnight is the first instant of the day', () => {
    expect(localMidnight('2026-07-01', 'Australia/Sydney').toISOString()).toBe('2026-06-30T14:00:00.000Z');
    expect(localMidnight('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it.each(['hourly', 'Daily', '* * * *', '* * * * * *', '61 * * * *', '@daily', 'every day', '0 0 31 2 *'])(
    'refuses %j naming recurrence_pattern',
    (p) => {
      let err: unknown;
      try {
        assertPattern(p, 'UTC');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('VALIDATION_ERROR');
      expect((err as AppError).details).toMatchObject({ field: 'recurrence_pattern' });
    },
  );
});
