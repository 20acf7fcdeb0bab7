import { describe, expect, it } from 'vitest';
import { isId, newId, randomToken, sha256 } from '../../src/platform/ids.js';

describe('ids', () => {
  it('newId makes prefixed, time-sortable TypeIDs', async () => {
    const a = newId('tsk');
    await new Promise((r) => setTimeout(r, 2));
    const b = newId('tsk');
    expect(a).toMatch(/^tsk_[0-7][0-9a-hjkmnp-tv-z]{25}$/);
    expect(a < b).toBe(true);
    expect(newId('te')).toMatch(/^te_/);
    expect(isId(a, 'tsk')).toBe(true);
    expect(isId(a, 'prj')).toBe(false);
    expect(isId(a)).toBe(true);
    expect(isId('tsk_nope')).toBe(false);
    expect(isId(42)).toBe(false);
  });

  it('randomToken and sha256', () => {
    const t = randomToken('wst');
    expect(t).toMatch(/^wst_[A-Za-z0-9_-]{43}$/);
    expect(randomToken('trcr_pat')).toMatch(/^trcr_pat_/);
    expect(randomToken('trcr_pat_', 16)).toMatch(/^trcr_pat_[A-Za-z0-9_-]{22}$/);
    expect(randomToken('wst')).not.toBe(t);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
