/**
 * Shared team knowledge of the teamrc relay (reference data-model.md §4.2–4.3): the append-only,
 * line de-duplicating merge applied to every knowledge write, and the prune that keeps the text
 * under the 100,000-byte cap by dropping the oldest `## ` sections first (the preamble is kept).
 */

export const KNOWLEDGE_CAP = 100_000;

/** Longest preamble (text before the first `## ` heading) kept by a prune. */
export const PREAMBLE_CAP = 10_240;

export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

const isEmpty = (s: string | null | undefined): s is null | undefined | '' => s === null || s === undefined || s === '';

/**
 * Appends to `existing` the non-blank lines of `incoming` whose trimmed text is not already a line
 * of `existing` (kept untrimmed, in incoming order; repeats inside `incoming` are not collapsed).
 * Nothing is ever removed: lines deleted elsewhere come back, reorderings are not propagated.
 */
export function mergeKnowledge(existing: string | null, incoming: string | null): string | null {
  if (isEmpty(existing)) return incoming;
  if (isEmpty(incoming)) return existing;
  const seen = new Set(
    existing
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  const add = incoming.split('\n').filter((line) => line.trim() !== '' && !seen.has(line.trim()));
  if (add.length === 0) return existing;
  return `${existing.trimEnd()}\n${add.join('\n')}\n`;
}

/** A heading starts a section: exactly `## ` at the line start (`###` is not one). */
const isHeading = (line: string): boolean => line.startsWith('## ');

/** The longest run of whole leading lines of `preamble` that fits in `PREAMBLE_CAP` bytes. */
function cutPreamble(preamble: string): string {
  if (byteLength(preamble) <= PREAMBLE_CAP) return preamble;
  const lines = preamble.split('\n');
  const endsWithNewline = preamble.endsWith('\n');
  const kept: string[] = [];
  let size = 0;
  for (const line of endsWithNewline ? lines.slice(0, -1) : lines) {
    // Each kept line is followed by "\n" when the original preamble had one after it.
    const next = size + byteLength(line) + (kept.length > 0 ? 1 : 0);
    const withTail = next + (endsWithNewline ? 1 : 0);
    if (withTail > PREAMBLE_CAP) break;
    kept.push(line);
    size = next;
  }
  if (kept.length === 0) return '';
  return kept.join('\n') + (endsWithNewline ? '\n' : '');
}

/** Splits into the preamble and the `## ` sections (each its heading plus the lines up to the next). */
function splitSections(content: string): { preamble: string; sections: string[] } {
  const lines = content.split('\n');
  const first = lines.findIndex(isHeading);
  if (first === -1) return { preamble: content, sections: [] };
  let preamble = lines.slice(0, first).join('\n');
  if (preamble !== '' && !preamble.endsWith('\n')) preamble += '\n';
  const sections: string[] = [];
  let current: string[] = [];
  for (const line of lines.slice(first)) {
    if (isHeading(line) && current.length > 0) {
      sections.push(current.join('\n'));
      current = [];
    }
    current.push(line);
  }
  sections.push(current.join('\n'));
  return { preamble, sections };
}

function reassemble(preamble: string, sections: readonly string[]): string {
  if (sections.length === 0) return preamble;
  if (preamble === '') return sections.join('\n');
  return `${preamble}\n${sections.join('\n')}`;
}

/**
 * `content` unchanged when it fits in `max` bytes; otherwise the preamble (cut to ≤ 10,240 bytes at
 * a line boundary) plus the newest sections that fit in 80 % of `max`, oldest dropped first.
 */
export function pruneKnowledge(content: string | null, max: number = KNOWLEDGE_CAP): string {
  if (isEmpty(content)) return '';
  if (byteLength(content) <= max) return content;
  const target = Math.floor(0.8 * max);
  const split = splitSections(content);
  const preamble = cutPreamble(split.preamble);
  const sizes = split.sections.map(byteLength);
  // bytes(reassemble(preamble, sections[start..])) without rebuilding the string each time.
  const sizeFrom = (start: number, sectionBytes: number): number => {
    const count = sizes.length - start;
    if (count === 0) return byteLength(preamble);
    const joined = sectionBytes + (count - 1);
    return preamble === '' ? joined : byteLength(preamble) + 1 + joined;
  };
  let start = 0;
  let sectionBytes = sizes.reduce((a, b) => a + b, 0);
  while (start < sizes.length && sizeFrom(start, sectionBytes) > target) {
    sectionBytes -= sizes[start]!;
    start += 1;
  }
  return reassemble(preamble, split.sections.slice(start));
}
