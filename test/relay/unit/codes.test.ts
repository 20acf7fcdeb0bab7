/**
 * Codes and secrets the relay hands out (auth.md §4): formats, the user-code alphabet, and the
 * normalisation of a typed user code.
 */
import { describe, expect, it } from 'vitest';
import { USER_CODE_ALPHABET, claimSecret, cloneToken, deviceCode, inviteCode, normalizeUserCode, userCode } from '../../../src/domain/relay/codes.js';

const many = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

describe('prefixed codes (18 random bytes, base64url)', () => {
  it.each([
    ['invite code', inviteCode, 'trc_inv_'],
    ['clone token', cloneToken, 'trc_cl_'],
    ['claim secret', claimSecret, 'trc_ocs_'],
  ])('%s: prefix + 24 base64url chars, all different', (_label, make, prefix) => {
    const codes = many(200, make);
    for (const code of codes) {
      expect(code.startsWith(prefix)).toBe(true);
      const rest = code.slice(prefix.length);
      expect(rest).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(Buffer.from(rest, 'base64url')).toHaveLength(18);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('device code', () => {
  it('64 lowercase hex, all different', () => {
    const codes = many(200, deviceCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('user code', () => {
  it('the alphabet has 32 characters and no I, O, 0, 1', () => {
    expect(USER_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(USER_CODE_ALPHABET).size).toBe(32);
    for (const c of 'IO01') expect(USER_CODE_ALPHABET).not.toContain(c);
  });

  it('XXXX-XXXX from the alphabet, using all of it', () => {
    const codes = many(2000, userCode);
    const seen = new Set<string>();
    for (const code of codes) {
      expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4}$/);
      for (const c of code.replace('-', '')) seen.add(c);
    }
    // 16,000 draws over 32 letters: every letter appears (a missing one would mean a biased draw).
    expect(seen.size).toBe(32);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('normalizes to XXXX-XXXX its own output', () => {
    for (const code of many(50, userCode)) expect(normalizeUserCode(code)).toBe(code);
  });
});

describe('normalizeUserCode', () => {
  it('upper-cases, strips anything but A-Z 0-9, and puts the dash after 4', () => {
    expect(normalizeUserCode('abcd-ef23')).toBe('ABCD-EF23');
    expect(normalizeUserCode('abcdef23')).toBe('ABCD-EF23');
    expect(normalizeUserCode(' AB CD—EF 23 ')).toBe('ABCD-EF23');
    expect(normalizeUserCode('ab.cd_ef/23')).toBe('ABCD-EF23');
  });

  it('null unless exactly 8 letters or digits remain', () => {
    expect(normalizeUserCode('')).toBeNull();
    expect(normalizeUserCode('ABC')).toBeNull();
    expect(normalizeUserCode('ABCD-EF2')).toBeNull();
    expect(normalizeUserCode('ABCD-EF234')).toBeNull();
    expect(normalizeUserCode('----')).toBeNull();
    expect(normalizeUserCode('ÄBCD-EF23')).toBeNull();
  });
});
