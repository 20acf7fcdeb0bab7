/**
 * Validation and sanitizing of the `team` of POST /api/teams (relay-api.md §3.1, gaps.md G2/G3/U6):
 * each message, the order of the checks, and what the sanitized team keeps.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORMS, validateTeam } from '../../../src/domain/relay/validate.js';

const errorOf = (team: unknown): string | null => {
  const r = validateTeam(team);
  return r.ok ? null : r.error;
};

const member = (name: string, extra: Record<string, unknown> = {}) => ({ name, role: 'dev', ...extra });
const members = (n: number) => Array.from({ length: n }, (_, i) => member(`m${i}`));
const skills = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, body: 'b' }));

describe('team name', () => {
  it('is trimmed and kept', () => {
    const r = validateTeam({ name: '  My Team_1-x  ' });
    expect(r).toEqual({ ok: true, team: { name: 'My Team_1-x', members: [], skills: [], platforms: [], knowledge: null } });
  });

  it('empty, blank or missing → must not be empty', () => {
    expect(errorOf({ name: '' })).toBe('team name must not be empty');
    expect(errorOf({ name: '   ' })).toBe('team name must not be empty');
    expect(errorOf({})).toBe('team name must not be empty');
    expect(errorOf({ name: null })).toBe('team name must not be empty');
  });

  it('more than 64 bytes → 64 characters or fewer (bytes, after trimming)', () => {
    expect(errorOf({ name: 'a'.repeat(64) })).toBeNull();
    expect(errorOf({ name: ` ${'a'.repeat(64)} ` })).toBeNull();
    expect(errorOf({ name: 'a'.repeat(65) })).toBe('team name must be 64 characters or fewer');
    // 33 two-byte characters are 66 bytes.
    expect(errorOf({ name: 'é'.repeat(33) })).toBe('team name must be 64 characters or fewer');
  });

  it('pattern ^[a-zA-Z0-9][a-zA-Z0-9 _-]*$', () => {
    const msg = 'team name must be alphanumeric (hyphens, underscores, and spaces allowed)';
    expect(errorOf({ name: '-team' })).toBe(msg);
    expect(errorOf({ name: '_team' })).toBe(msg);
    expect(errorOf({ name: 'team!' })).toBe(msg);
    expect(errorOf({ name: 'tëam' })).toBe(msg);
    expect(errorOf({ name: 'a b-c_d 9' })).toBeNull();
  });

  it('not a string → must be a string', () => {
    expect(errorOf({ name: 42 })).toBe('team name must be a string');
    expect(errorOf({ name: ['x'] })).toBe('team name must be a string');
  });

  it('a team that is not an object is refused', () => {
    expect(errorOf('x')).toBe('team must be an object');
    expect(errorOf(null)).toBe('team must be an object');
    expect(errorOf([{ name: 'x' }])).toBe('team must be an object');
  });
});

describe('members', () => {
  it('at most 20', () => {
    expect(errorOf({ name: 't', members: members(20) })).toBeNull();
    expect(errorOf({ name: 't', members: members(21) })).toBe('team may have at most 20 members');
  });

  it('must be a list', () => {
    expect(errorOf({ name: 't', members: {} })).toBe('members must be a list');
    expect(errorOf({ name: 't', members: 'alice' })).toBe('members must be a list');
  });

  it('field size limits (bytes): name 64, role 256, description 1,000, soul 10,000', () => {
    const ok = { name: 't', members: [member('a'.repeat(64), { role: 'r'.repeat(256), description: 'd'.repeat(1000), soul: 's'.repeat(10_000) })] };
    expect(errorOf(ok)).toBeNull();
    const long = 'n'.repeat(65);
    expect(errorOf({ name: 't', members: [member(long)] })).toBe(`member '${'n'.repeat(32)}' exceeds field size limits`);
    expect(errorOf({ name: 't', members: [member('bob', { role: 'r'.repeat(257) })] })).toBe("member 'bob' exceeds field size limits");
    expect(errorOf({ name: 't', members: [member('bob', { description: 'd'.repeat(1001) })] })).toBe("member 'bob' exceeds field size limits");
    expect(errorOf({ name: 't', members: [member('bob', { description: 'é'.repeat(501) })] })).toBe("member 'bob' exceeds field size limits");
    expect(errorOf({ name: 't', members: [member('bob', { soul: 's'.repeat(10_001) })] })).toBe("member 'bob' exceeds field size limits");
  });

  it('empty name or role, duplicate names (gaps.md U6)', () => {
    expect(errorOf({ name: 't', members: [member('')] })).toBe('member name must not be empty');
    expect(errorOf({ name: 't', members: [{ role: 'dev' }] })).toBe('member name must not be empty');
    expect(errorOf({ name: 't', members: [member('  ')] })).toBe('member name must not be empty');
    expect(errorOf({ name: 't', members: [{ name: 'bob', role: '' }] })).toBe('member role must not be empty');
    expect(errorOf({ name: 't', members: [{ name: 'bob' }] })).toBe('member role must not be empty');
    expect(errorOf({ name: 't', members: [member('bob'), member('al'), member('bob')] })).toBe("duplicate member name 'bob'");
  });

  it('member skills must be a list of strings', () => {
    expect(errorOf({ name: 't', members: [member('bob', { skills: 'lint' })] })).toBe("member 'bob' skills must be a list of strings");
    expect(errorOf({ name: 't', members: [member('bob', { skills: ['lint', 3] })] })).toBe("member 'bob' skills must be a list of strings");
  });

  it('sanitized to {name, role, description?, soul?, skills?}; empty and null values dropped', () => {
    const r = validateTeam({
      name: 't',
      members: [
        { name: 'a', role: 'dev', description: '', soul: null, skills: [], extra: 'x', id: 5 },
        { name: 'b', role: 'qa', description: 'd', soul: 's', skills: ['lint', 'deploy'] },
        { name: 7, role: true },
      ],
    });
    expect(r.ok && r.team.members).toEqual([
      { name: 'a', role: 'dev' },
      { name: 'b', role: 'qa', description: 'd', soul: 's', skills: ['lint', 'deploy'] },
      { name: '7', role: 'true' },
    ]);
  });
});

describe('skills', () => {
  it('at most 50, and a list', () => {
    expect(errorOf({ name: 't', skills: skills(50) })).toBeNull();
    expect(errorOf({ name: 't', skills: skills(51) })).toBe('skills may have at most 50 entries');
    expect(errorOf({ name: 't', skills: { id: 'x' } })).toBe('skills must be a list');
  });

  it('id must match ^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$', () => {
    expect(errorOf({ name: 't', skills: [{ id: 'a'.repeat(64) }] })).toBeNull();
    expect(errorOf({ name: 't', skills: [{ id: 'a'.repeat(65) }] })).toBe(`skills entry has invalid id: '${'a'.repeat(65)}'`);
    expect(errorOf({ name: 't', skills: [{ id: '-x' }] })).toBe("skills entry has invalid id: '-x'");
    expect(errorOf({ name: 't', skills: [{ id: 'a b' }] })).toBe("skills entry has invalid id: 'a b'");
    expect(errorOf({ name: 't', skills: [{ title: 'no id' }] })).toBe("skills entry has invalid id: 'missing'");
    expect(errorOf({ name: 't', skills: ['write-tests'] })).toBe("skills entry has invalid id: 'missing'");
    expect(errorOf({ name: 't', skills: [{ id: 12 }] })).toBe("skills entry has invalid id: '12'");
  });

  it('body at most 10,000 bytes', () => {
    expect(errorOf({ name: 't', skills: [{ id: 'x', body: 'b'.repeat(10_000) }] })).toBeNull();
    expect(errorOf({ name: 't', skills: [{ id: 'x', body: 'b'.repeat(10_001) }] })).toBe("skills entry 'x' body exceeds 10000 bytes");
    expect(errorOf({ name: 't', skills: [{ id: 'x', body: 'é'.repeat(5001) }] })).toBe("skills entry 'x' body exceeds 10000 bytes");
  });

  it('keeps only the documented keys; nulls dropped, false kept', () => {
    const r = validateTeam({
      name: 't',
      skills: [{ id: 'write-tests', title: 'Write Tests', body: 'Always…', alwaysApply: true, globs: null, userInvocable: false, color: 'red' }],
    });
    expect(r.ok && r.team.skills).toEqual([{ id: 'write-tests', title: 'Write Tests', body: 'Always…', alwaysApply: true, userInvocable: false }]);
  });
});

describe('knowledge', () => {
  it('missing → null; a string up to 100,000 bytes is kept', () => {
    const r = validateTeam({ name: 't', knowledge: 'k'.repeat(100_000) });
    expect(r.ok && r.team.knowledge?.length).toBe(100_000);
    expect(validateTeam({ name: 't' })).toMatchObject({ ok: true, team: { knowledge: null } });
  });

  it('over 100,000 bytes or not a string → refused', () => {
    expect(errorOf({ name: 't', knowledge: 'k'.repeat(100_001) })).toBe('knowledge exceeds maximum size of 100,000 bytes');
    expect(errorOf({ name: 't', knowledge: 'é'.repeat(50_001) })).toBe('knowledge exceeds maximum size of 100,000 bytes');
    expect(errorOf({ name: 't', knowledge: 5 })).toBe('knowledge must be a string');
  });
});

describe('platforms', () => {
  it("the seed's six and the newer CLI's four, exactly", () => {
    expect([...PLATFORMS]).toEqual([
      'claude-code',
      'cursor',
      'codex',
      'gemini',
      'openclaw',
      'claude-desktop',
      'copilot',
      'amazon-q',
      'windsurf',
      'cline',
    ]);
    const r = validateTeam({ name: 't', platforms: [...PLATFORMS] });
    expect(r.ok && r.team.platforms).toEqual([...PLATFORMS]);
  });

  it('the newer CLI releases send copilot, amazon-q, windsurf and cline: accepted', () => {
    const r = validateTeam({ name: 't', platforms: ['copilot', 'amazon-q', 'windsurf', 'cline', 'cursor'] });
    expect(r.ok && r.team.platforms).toEqual(['copilot', 'amazon-q', 'windsurf', 'cline', 'cursor']);
  });

  it('anything else is an unknown platform', () => {
    expect(errorOf({ name: 't', platforms: ['cursor', 'vscode'] })).toBe("unknown platform: 'vscode'");
    expect(errorOf({ name: 't', platforms: ['Cursor'] })).toBe("unknown platform: 'Cursor'");
    expect(errorOf({ name: 't', platforms: 'cursor' })).toBe('platforms must be a list');
  });
});

describe('order of the checks: the first failure wins', () => {
  it('name before members before skills before knowledge before platforms', () => {
    const bad = {
      name: 'bad name!',
      members: members(21),
      skills: skills(51),
      knowledge: 'k'.repeat(100_001),
      platforms: ['nope'],
    };
    expect(errorOf(bad)).toBe('team name must be alphanumeric (hyphens, underscores, and spaces allowed)');
    expect(errorOf({ ...bad, name: 'ok' })).toBe('team may have at most 20 members');
    expect(errorOf({ ...bad, name: 'ok', members: [] })).toBe('skills may have at most 50 entries');
    expect(errorOf({ ...bad, name: 'ok', members: [], skills: [] })).toBe('knowledge exceeds maximum size of 100,000 bytes');
    expect(errorOf({ ...bad, name: 'ok', members: [], skills: [], knowledge: null })).toBe("unknown platform: 'nope'");
  });

  it('size limits are checked before empty names and duplicates', () => {
    expect(errorOf({ name: 't', members: [member(''), member('bob', { soul: 's'.repeat(10_001) })] })).toBe("member 'bob' exceeds field size limits");
    expect(errorOf({ name: 't', members: [member('bob'), member('bob'), member('x'.repeat(70))] })).toBe(
      `member '${'x'.repeat(32)}' exceeds field size limits`,
    );
  });

  it('within skills, entries are checked in order (id, then body, per entry)', () => {
    expect(errorOf({ name: 't', skills: [{ id: 'a', body: 'b'.repeat(10_001) }, { id: '-' }] })).toBe("skills entry 'a' body exceeds 10000 bytes");
    expect(errorOf({ name: 't', skills: [{ id: '-' }, { id: 'a', body: 'b'.repeat(10_001) }] })).toBe("skills entry has invalid id: '-'");
  });
});
