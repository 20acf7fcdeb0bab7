/**
 * The specs are the source of truth, so an invalid one must fail CI: OpenAPI and AsyncAPI are
 * linted by Redocly, AsyncAPI is validated by the official parser, the SDL must build.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Parser, fromFile } from '@asyncapi/parser';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('specs', () => {
  it('OpenAPI and AsyncAPI pass redocly lint', async () => {
    const bin = path.join(root, 'node_modules/.bin/redocly');
    const { stdout, stderr } = await run(
      bin,
      ['lint', '--config', 'redocly.yaml', '--format', 'stylish', 'specs/openapi/trcr.yaml', 'specs/asyncapi/trcr-ws.yaml', 'specs/openapi/relay.yaml', 'specs/asyncapi/relay-socket.yaml'],
      { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).catch((err: { stdout: string; stderr: string }) => {
      throw new Error(`redocly lint failed:\n${err.stdout}\n${err.stderr}`);
    });
    expect(`${stdout}${stderr}`).not.toMatch(/\berror\b.*\d+:\d+/i);
  }, 60_000);

  it('AsyncAPI document validates with @asyncapi/parser', async () => {
    const { document, diagnostics } = await fromFile(new Parser(), path.join(root, 'specs/asyncapi/trcr-ws.yaml')).parse();
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.operations().all().length).toBeGreaterThan(30);
  });

  it('the relay socket AsyncAPI document validates with @asyncapi/parser', async () => {
    const { document, diagnostics } = await fromFile(new Parser(), path.join(root, 'specs/asyncapi/relay-socket.yaml')).parse();
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.channels().get('knowledge')?.address()).toBe('knowledge:{team_id}');
  });

  it('GraphQL SDL builds and binds root fields to operations', () => {
    const schema = buildSchema(readFileSync(path.join(root, 'specs/graphql/schema.graphql'), 'utf8'));
    const fields = Object.values(schema.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(20);
    for (const f of fields) expect(f.astNode?.directives?.some((d) => d.name.value === 'operation'), f.name).toBe(true);
  });
});
