/**
 * The team hashes (data-model.md §3): every vector of §3.1 — the upstream fixture shared by the
 * original relay and CLI, and the ones computed for the reference (description, byte order, the
 * wiki's example team).
 */
import { describe, expect, it } from 'vitest';
import { canonicalMembers, fullHash, knowledgeHash, membersHash, skillsHash, teamHashes } from '../../../src/domain/relay/hash.js';

const EMPTY_LIST = '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';
const EMPTY_KNOWLEDGE = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('upstream fixture (canonical-hash-vectors.json)', () => {
  it('empty members and empty skills', () => {
    expect(membersHash([])).toBe(EMPTY_LIST);
    expect(skillsHash([])).toBe(EMPTY_LIST);
  });

  it('one member; an empty soul or empty skills change nothing', () => {
    const expected = 'e354e4c6a421caf9bf0bb234584ed94b63ffc2f3313e83d4aeffe4b16decb9a1';
    expect(membersHash([{ name: 'alice', role: 'dev' }])).toBe(expected);
    expect(membersHash([{ name: 'alice', role: 'dev', soul: '' }])).toBe(expected);
    expect(membersHash([{ name: 'alice', role: 'dev', skills: [] }])).toBe(expected);
    expect(membersHash([{ name: 'alice', role: 'dev', soul: null, skills: null, description: null }])).toBe(expected);
  });

  it('three members in any order', () => {
    const expected = '08b1dcd9f07e478fb94034477709c29f5e2a9c7c85a50443d074ff25f4fc0ebc';
    const charlie = { name: 'charlie', role: 'ops' };
    const alice = { name: 'alice', role: 'dev' };
    const bob = { name: 'bob', role: 'qa' };
    expect(membersHash([charlie, alice, bob])).toBe(expected);
    expect(membersHash([alice, bob, charlie])).toBe(expected);
    expect(membersHash([bob, charlie, alice])).toBe(expected);
  });

  it('member skills are sorted', () => {
    const expected = 'c3bd3de444b48b279b2f5b28f7aba413ac9017e8247f213d3a68ebabd7c8042b';
    expect(membersHash([{ name: 'alice', role: 'dev', soul: 'meticulous engineer', skills: ['lint', 'test', 'deploy'] }])).toBe(expected);
    expect(membersHash([{ name: 'alice', role: 'dev', soul: 'meticulous engineer', skills: ['deploy', 'lint', 'test'] }])).toBe(expected);
    expect(canonicalMembers([{ name: 'alice', role: 'dev', soul: 'x', skills: ['lint', 'deploy'] }])).toBe(
      '[{"name":"alice","role":"dev","skills":["deploy","lint"],"soul":"x"}]',
    );
  });

  it('newline and tab are escaped like JSON.stringify', () => {
    expect(membersHash([{ name: 'alice', role: 'dev', soul: 'line1\nline2\ttab' }])).toBe(
      '0fd521b8ef9f10a2c550484d47c4c4ab0351d387e4540af6302ac191825d39b8',
    );
  });

  it('a full skill (false kept, globs sorted)', () => {
    const skill = {
      id: 'review',
      title: 'Code Review',
      description: 'Review pull requests',
      body: 'Review all changes carefully.',
      alwaysApply: false,
      globs: ['*.ts', '*.js'],
      userInvocable: true,
    };
    expect(skillsHash([skill])).toBe('e23568d158acb6f89cc342ad74a4915398897cd3493168dd3c4db82ab872d04b');
    // Dropping the false flag changes the hash: booleans are kept even when false.
    const { alwaysApply: _dropped, ...withoutFlag } = skill;
    expect(skillsHash([withoutFlag])).not.toBe('e23568d158acb6f89cc342ad74a4915398897cd3493168dd3c4db82ab872d04b');
  });

  it('three skills sorted by id', () => {
    const expected = 'ffd2cbb8a694df3b8cd73e14531cac28bfeb3152e8d6fe25f3605fd0e9dc1e30';
    const testing = { id: 'testing', body: 'Write tests.' };
    const build = { id: 'build', body: 'Run build.' };
    const deploy = { id: 'deploy', body: 'Deploy to prod.' };
    expect(skillsHash([testing, build, deploy])).toBe(expected);
    expect(skillsHash([deploy, testing, build])).toBe(expected);
  });

  it('knowledge: none, some, and trailing whitespace normalised to one newline', () => {
    expect(knowledgeHash(null)).toBe(EMPTY_KNOWLEDGE);
    expect(knowledgeHash('')).toBe(EMPTY_KNOWLEDGE);
    expect(knowledgeHash('Some shared knowledge.')).toBe('8f6d83010c61e648ca9a3784aa23f8ce7286c34e1f22ce438f6e20ba4f59ab5d');
    const expected = 'a3351036c5d6b6f5065df5d24a252f8a1503935820f1c97ed31def5da6b132ac';
    expect(knowledgeHash('Some knowledge')).toBe(expected);
    expect(knowledgeHash('Some knowledge\n')).toBe(expected);
    expect(knowledgeHash('Some knowledge\n\n\n')).toBe(expected);
  });

  it('full hash of the empty hashes, and of aaa/bbb/ccc', () => {
    expect(fullHash(EMPTY_LIST, EMPTY_LIST, EMPTY_KNOWLEDGE)).toBe('412418bc90aa1f6295e8fa9682553179add49b260e5296a488f150d63e14d427');
    expect(fullHash('aaa', 'bbb', 'ccc')).toBe('4148b98ac0f54c718db259b7ea4e0471e0f1590786d720f93f62b536d2196d56');
    expect(teamHashes({ members: [], skills: [], knowledge: null })).toEqual({
      hash: '412418bc90aa1f6295e8fa9682553179add49b260e5296a488f150d63e14d427',
      members_hash: EMPTY_LIST,
      skills_hash: EMPTY_LIST,
      knowledge_hash: EMPTY_KNOWLEDGE,
    });
  });
});

describe('computed for the reference', () => {
  it('member description comes first in the canonical member', () => {
    const members = [{ name: 'alice', role: 'dev', description: 'd' }];
    expect(canonicalMembers(members)).toBe('[{"description":"d","name":"alice","role":"dev"}]');
    expect(membersHash(members)).toBe('af20bfcc2788766aa9cbc1f798b6767ae7a78b66d29133948e7d2f6a13eedbdf');
  });

  it('names sort byte-wise: "Bob" before "alice" (localeCompare would not)', () => {
    const expected = 'c8b5f879acaf24a99b19734a630ac8a944bb10f0387fd33c6ee1e4c7ba016e1f';
    expect(
      membersHash([
        { name: 'alice', role: 'x' },
        { name: 'Bob', role: 'y' },
      ]),
    ).toBe(expected);
    expect(
      membersHash([
        { name: 'Bob', role: 'y' },
        { name: 'alice', role: 'x' },
      ]),
    ).toBe(expected);
    expect(
      canonicalMembers([
        { name: 'alice', role: 'x' },
        { name: 'Bob', role: 'y' },
      ]),
    ).toBe('[{"name":"Bob","role":"y"},{"name":"alice","role":"x"}]');
  });

  it("the wiki's example team", () => {
    const hashes = teamHashes({
      members: [
        {
          name: 'backend-dev',
          role: 'Backend developer',
          description: 'Designs APIs and business logic. Use when tasks involve endpoints or server-side architecture.',
          soul: 'You are...',
          skills: ['write-tests'],
        },
      ],
      skills: [{ id: 'write-tests', title: 'Write Tests', body: 'Always write tests...', alwaysApply: true, globs: null, userInvocable: false }],
      knowledge: 'Shared knowledge text...',
    });
    expect(hashes).toEqual({
      members_hash: '3b03697c57efef00d435a8f42005a8603070830e781e606c5f49dcfe09f1bdd5',
      skills_hash: 'd86bd2d6b90b107017bc298360ec8e3e4edf7201de7775e57c93f45037f30e02',
      knowledge_hash: '71d81fac2559bc6bec104306e3d831b3abafffd4236d94a08feee839f52d8413',
      hash: '13bbebae083f02faae268588f8bbff3196ea54ef9c4bf1dfa64ec3c5f45fa74a',
    });
  });
});

describe('canonical form details', () => {
  it('non-ASCII and "/" are not escaped; sorting is by UTF-8 bytes', () => {
    expect(
      canonicalMembers([
        { name: 'é', role: 'a/b' },
        { name: 'z', role: '✓' },
      ]),
    ).toBe('[{"name":"z","role":"✓"},{"name":"é","role":"a/b"}]');
  });

  it('unknown keys do not take part', () => {
    const skill = { id: 'a', body: 'b' };
    expect(skillsHash([{ ...skill, extra: 'x' } as typeof skill])).toBe(skillsHash([skill]));
  });
});
