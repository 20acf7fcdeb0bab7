/**
 * The specs are the source of truth, so an invalid one must fail CI. The linters see what every
 * generator and the docs portal see: the bundled documents of generated/bundles/ (one per interface,
 * made from the per-area files by npm run generate; generated.test.ts proves they are current).
 * OpenAPI and AsyncAPI are linted by Redocly, AsyncAPI is validated by the official parser, the
 * GraphQL SDL must build. The hand-written files stay small enough to read: none over 1,000 lines.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Parser, fromFile } from '@asyncapi/parser';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bundles = path.join(root, 'generated/bundles');
const run = promisify(execFile);
// Severity 0 is an error; compared as a number, as the diagnostics' enum comes from a nested copy of @stoplight/types.
const isErrorDiagnostic = (d: { severity: number }): boolean => d.severity === 0;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('specs', () => {
  it('the bundled OpenAPI and AsyncAPI documents pass redocly lint', async () => {
    const bin = path.join(root, 'node_modules/.bin/redocly');
    const docs = ['openapi.yaml', 'asyncapi.yaml', 'relay-openapi.yaml', 'relay-asyncapi.yaml'].map((f) => path.join(bundles, f));
    const { stdout, stderr } = await run(bin, ['lint', '--config', 'redocly.yaml', '--format', 'stylish', ...docs], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((err: { stdout: string; stderr: string }) => {
      throw new Error(`redocly lint failed:\n${err.stdout}\n${err.stderr}`);
    });
    expect(`${stdout}${stderr}`).not.toMatch(/\berror\b.*\d+:\d+/i);
  }, 60_000);

  it('the bundled AsyncAPI document validates with @asyncapi/parser', async () => {
    const { document, diagnostics } = await fromFile(new Parser(), path.join(bundles, 'asyncapi.yaml')).parse();
    const errors = diagnostics.filter(isErrorDiagnostic).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.operations().all().length).toBeGreaterThan(30);
  });

  it('the bundled relay socket AsyncAPI document validates with @asyncapi/parser', async () => {
    const { document, diagnostics } = await fromFile(new Parser(), path.join(bundles, 'relay-asyncapi.yaml')).parse();
    const errors = diagnostics.filter(isErrorDiagnostic).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.channels().get('knowledge')?.address()).toBe('knowledge:{team_id}');
  });

  it('the bundled GraphQL SDL builds and binds every root field to an operation', () => {
    const schema = buildSchema(readFileSync(path.join(bundles, 'schema.graphql'), 'utf8'));
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      const fields = Object.values(type.getFields());
      expect(fields.length).toBeGreaterThan(10);
      for (const f of fields) expect(f.astNode?.directives?.some((d) => d.name.value === 'operation'), `${type.name}.${f.name}`).toBe(true);
    }
  });

  it('every area has its files side by side: OpenAPI paths, AsyncAPI actions (if it has /ws actions), GraphQL SDL, schemas', () => {
    const areas = readdirSync(path.join(root, 'specs/openapi/paths')).map((f) => f.replace(/\.yaml$/, ''));
    expect(areas.length).toBeGreaterThan(5);
    for (const area of areas) {
      expect(statSync(path.join(root, 'specs/graphql', `${area}.graphql`)).isFile(), `specs/graphql/${area}.graphql`).toBe(true);
      expect(statSync(path.join(root, 'specs/schemas', `${area}.yaml`)).isFile(), `specs/schemas/${area}.yaml`).toBe(true);
    }
  });

  it('no hand-written spec file is over 1,000 lines', () => {
    const long = filesUnder(path.join(root, 'specs'))
      .map((file) => ({ file: path.relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 1000);
    expect(long).toEqual([]);
  });
});
