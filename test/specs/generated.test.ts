/**
 * generated/ is output only: regenerating from the specs into a temporary folder must give the
 * committed files byte for byte (a hand edit or a forgotten `npm run generate` fails here).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'trcr-gen-'));

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generated/', () => {
  it('is exactly what npm run generate produces from specs/', async () => {
    await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/generate.ts', '--out', out], { cwd: root });
    const committed = listFiles(path.join(root, 'generated')).sort();
    const fresh = listFiles(out).sort();
    expect(committed).toEqual(fresh);
    for (const file of fresh) {
      expect(readFileSync(path.join(root, 'generated', file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  }, 120_000);
});
