import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, parseTimestamp, type Sql } from '../../src/platform/db.js';
import { createTestDatabase, type TestDatabase } from '../../src/platform/testing.js';

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-28 14:30:00+00', '2026-03-28T14:30:00Z'],
    ['2026-03-28 14:30:00.123456+00', '2026-03-28T14:30:00Z'],
    ['2026-03-28 14:30:00.5+00', '2026-03-28T14:30:00Z'],
    ['2026-03-28 14:30:00', '2026-03-28T14:30:00Z'],
    ['2026-03-28 14:30:00.999', '2026-03-28T14:30:00Z'],
    ['2026-03-28 16:30:00+02', '2026-03-28T14:30:00Z'],
    ['2026-03-28 09:00:00.25-05:30', '2026-03-28T14:30:00Z'],
    ['infinity', 'infinity'],
    ['-infinity', '-infinity'],
  ])('%s → %s', (input, out) => {
    expect(parseTimestamp(input)).toBe(out);
  });
});

describe('createDb type parsers', () => {
  let db: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    db = await createTestDatabase('db');
    sql = createDb(db.url, { max: 2 });
  });
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await db?.drop();
  });

  it('returns wire-ready timestamps, dates and numbers', async () => {
    const [row] = await sql`
      select
        timestamptz '2026-03-28 14:30:00.123456+00' as tz,
        timestamptz '2026-03-28 16:30:00+02' as tz_offset,
        timestamp '2026-03-28 14:30:00.9' as ts,
        date '2026-03-28' as d,
        12.50::numeric(10,2) as n,
        9007199254740991::int8 as big,
        count(*) as cnt,
        now() as now,
        null::timestamptz as nul,
        array[timestamptz '2026-03-28 14:30:00+00', timestamptz '2026-01-01 00:00:00.5+00'] as arr,
        array[date '2026-03-28'] as darr`;
    expect(row).toMatchObject({
      tz: '2026-03-28T14:30:00Z',
      tz_offset: '2026-03-28T14:30:00Z',
      ts: '2026-03-28T14:30:00Z',
      d: '2026-03-28',
      n: 12.5,
      big: 9007199254740991,
      cnt: 1,
      nul: null,
      arr: ['2026-03-28T14:30:00Z', '2026-01-01T00:00:00Z'],
      darr: ['2026-03-28'],
    });
    expect(row!.now).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('keeps UTC even if the server default time zone differs, and accepts Date/ISO parameters', async () => {
    const [row] =
      await sql`select current_setting('TimeZone') as tz, ${new Date('2026-03-28T14:30:00.000Z')}::timestamptz as p, ${'2026-03-28T16:30:00+02:00'}::timestamptz as q`;
    expect(row).toEqual({ tz: 'UTC', p: '2026-03-28T14:30:00Z', q: '2026-03-28T14:30:00Z' });
  });
});
