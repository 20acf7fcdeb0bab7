/**
 * Knowledge merge and prune (data-model.md §4.2–4.3): append-only merge with line de-duplication,
 * and the prune that drops the oldest `## ` sections to get under 80 % of the cap.
 */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_CAP, byteLength, mergeKnowledge, pruneKnowledge } from '../../../src/domain/relay/knowledge.js';

describe('mergeKnowledge', () => {
  it('nothing stored → the incoming text; nothing incoming → the stored text', () => {
    expect(mergeKnowledge(null, 'a\nb')).toBe('a\nb');
    expect(mergeKnowledge('', 'a\nb')).toBe('a\nb');
    expect(mergeKnowledge('a\nb', null)).toBe('a\nb');
    expect(mergeKnowledge('a\nb', '')).toBe('a\nb');
    expect(mergeKnowledge(null, null)).toBeNull();
  });

  it('appends only new lines, after the stored text with its trailing whitespace replaced by one newline', () => {
    expect(mergeKnowledge('alpha\nbeta\n\n  ', 'beta\ngamma\nalpha\ndelta')).toBe('alpha\nbeta\ngamma\ndelta\n');
  });

  it('compares trimmed lines but appends them untrimmed; blank incoming lines are dropped', () => {
    expect(mergeKnowledge('  alpha  ', 'alpha\n\n   \n  gamma\t')).toBe('  alpha\n  gamma\t\n');
  });

  it('repeats inside the incoming text are not collapsed', () => {
    expect(mergeKnowledge('a', 'b\nb\na')).toBe('a\nb\nb\n');
  });

  it('nothing new → the stored text unchanged (not even re-trimmed)', () => {
    expect(mergeKnowledge('a\nb\n\n\n', 'b\n a \n')).toBe('a\nb\n\n\n');
  });

  it('lines deleted elsewhere are not deleted here; reordering is not propagated', () => {
    expect(mergeKnowledge('one\ntwo\nthree', 'three\none')).toBe('one\ntwo\nthree');
  });

  it('treats CRLF lines as equal to their LF version (trim removes the \\r)', () => {
    expect(mergeKnowledge('a\r\nb', 'a\nb\nc')).toBe('a\r\nb\nc\n');
  });
});

/** A `## ` section of exactly `bytes` bytes (heading line included). */
const section = (title: string, bytes: number): string => {
  const heading = `## ${title}\n`;
  return heading + 'x'.repeat(bytes - heading.length);
};

describe('pruneKnowledge', () => {
  it('empty → ""; at or under the cap → unchanged', () => {
    expect(pruneKnowledge(null)).toBe('');
    expect(pruneKnowledge('')).toBe('');
    const exact = 'p\n' + 'y'.repeat(KNOWLEDGE_CAP - 2);
    expect(byteLength(exact)).toBe(KNOWLEDGE_CAP);
    expect(pruneKnowledge(exact)).toBe(exact);
  });

  it('drops the oldest sections until the rest fits in 80 % (small cap, exact result)', () => {
    const a = section('A', 45);
    const b = section('B', 45);
    const c = '## C\nccc';
    const content = `intro\n${a}\n${b}\n${c}`;
    expect(byteLength(content)).toBeGreaterThan(100);
    // The preamble "intro" gets its own trailing newline, so one blank line separates it.
    expect(pruneKnowledge(content, 100)).toBe(`intro\n\n${b}\n${c}`);
  });

  it('over the default cap: newest sections kept, result ≤ 80,000 bytes, as many as fit', () => {
    const sections = Array.from({ length: 150 }, (_, i) => section(`Section ${i}`, 1000));
    const preamble = 'Team notes\nkept forever\n';
    const content = preamble + sections.join('\n');
    expect(byteLength(content)).toBeGreaterThan(KNOWLEDGE_CAP);
    const pruned = pruneKnowledge(content);
    expect(byteLength(pruned)).toBeLessThanOrEqual(80_000);
    expect(pruned.startsWith(`${preamble}\n`)).toBe(true);
    const kept = pruned.slice(preamble.length + 1);
    const keptCount = kept.split('\n## ').length;
    expect(kept).toBe(sections.slice(150 - keptCount).join('\n'));
    // Maximal: one more (older) section would not have fitted.
    const oneMore = `${preamble}\n${sections.slice(150 - keptCount - 1).join('\n')}`;
    expect(byteLength(oneMore)).toBeGreaterThan(80_000);
    expect(pruned.endsWith(sections[149]!)).toBe(true);
    expect(pruned).not.toContain('## Section 0\n');
  });

  it('a long preamble is cut at a line boundary to ≤ 10,240 bytes and never dropped', () => {
    const line = 'p'.repeat(99);
    const preambleLines = Array.from({ length: 300 }, (_, i) => `${i}`.padStart(3, '0') + line.slice(3));
    const sections = Array.from({ length: 100 }, (_, i) => section(`S${i}`, 1000));
    const content = preambleLines.join('\n') + '\n' + sections.join('\n');
    const pruned = pruneKnowledge(content);
    const [head] = pruned.split('\n## ');
    // 102 lines of 99 bytes + newlines = 10,200 bytes; a 103rd would pass 10,240.
    expect(head).toBe(preambleLines.slice(0, 102).join('\n') + '\n');
    expect(byteLength(head!)).toBeLessThanOrEqual(10_240);
    expect(byteLength(pruned)).toBeLessThanOrEqual(80_000);
    expect(pruned.endsWith(sections[99]!)).toBe(true);
  });

  it('"###" is not a heading: text with only ### headings is all preamble', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => `### Note ${i}\n${'z'.repeat(990)}`);
    const content = blocks.join('\n');
    expect(byteLength(content)).toBeGreaterThan(KNOWLEDGE_CAP);
    const pruned = pruneKnowledge(content);
    // No sections: only the preamble remains, cut to ≤ 10,240 bytes at a line boundary.
    expect(byteLength(pruned)).toBeLessThanOrEqual(10_240);
    expect(content.startsWith(pruned)).toBe(true);
    expect(pruned.startsWith('### Note 0\n')).toBe(true);
    expect(content[pruned.length]).toBe('\n');
  });

  it('"##x" and "#" do not start sections either; "## " does', () => {
    const content = `##x not a heading\n# title\n${section('Real', 60)}\n${section('Newer', 60)}`;
    // 147 bytes, cap 140 → target 112: the preamble (26 bytes) + "\n" + the newest section (60) fits, not both.
    expect(byteLength(content)).toBe(147);
    expect(pruneKnowledge(content, 140)).toBe(`##x not a heading\n# title\n\n${section('Newer', 60)}`);
  });

  it('when even the newest section does not fit, only the preamble remains', () => {
    const content = `pre\n${section('Huge', 200)}`;
    expect(pruneKnowledge(content, 100)).toBe('pre\n');
  });

  it('no preamble: the kept sections are joined without a leading newline', () => {
    const content = [section('A', 50), section('B', 50), section('C', 50)].join('\n');
    expect(pruneKnowledge(content, 150)).toBe([section('B', 50), section('C', 50)].join('\n'));
  });
});
