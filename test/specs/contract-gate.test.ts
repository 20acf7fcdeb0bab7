/**
 * The breaking-change gate (scripts/contract/check.ts, a CI step) and the release script, run as CI runs them:
 * as child processes, here on temporary copies of the bundles edited with the `yaml` package. A removed field,
 * operation, action or enum value and a new required input fail; an addition passes; an approval with a reason
 * lets a breaking change through, one without a reason fails; the release bumps @trcr/client by semver.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bundles = path.join(root, 'generated/bundles');
const work = mkdtempSync(path.join(tmpdir(), 'trcr-contract-gate-'));
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a script of scripts/contract on this process's Node; resolves with its exit code and output. */
function run(script: 'check' | 'release', args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/contract/${script}.ts`, ...args], { cwd: root, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

type Edits = Partial<Record<'openapi.yaml' | 'asyncapi.yaml' | 'relay-asyncapi.yaml' | 'schema.graphql', (doc: any) => any>>;
let copies = 0;

/** A copy of the current bundles with edits: YAML documents get the parsed document, schema.graphql its text. */
function bundleCopy(edits: Edits = {}): string {
  const dir = path.join(work, `bundles-${++copies}`);
  cpSync(bundles, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (file.endsWith('.graphql')) writeFileSync(target, edit(readFileSync(target, 'utf8')));
    else {
      const doc = YAML.parse(readFileSync(target, 'utf8'));
      edit(doc);
      writeFileSync(target, YAML.stringify(doc));
    }
  }
  return dir;
}

/** The released contract for a test: the current bundles and the given approvals. */
function contractCopy(approvals: unknown[] = []): string {
  const dir = bundleCopy();
  writeFileSync(path.join(dir, 'approved-breaking-changes.yaml'), YAML.stringify(approvals));
  return dir;
}

const check = (head: string, base = contractCopy()): Promise<{ code: number; out: string }> => run('check', ['--base', base, '--head', head]);

function removeField(schema: any, field: string): void {
  delete schema.properties[field];
  schema.required = schema.required.filter((name: string) => name !== field);
}
const withoutTaskTitle = (sdl: string): string => {
  const edited = sdl.replace(/(\ntype Task \{[^}]*?)\n {2}"Short title\."\n {2}title: String!/, '$1');
  expect(edited).not.toBe(sdl);
  return edited;
};

describe('contract gate (npm run contract:check)', () => {
  it('passes on the committed contract against the current bundles', async () => {
    const { code, out } = await run('check', []);
    expect(out).toContain('PASSED');
    expect(code).toBe(0);
  }, 60_000);

  it('fails on a response field removed from OpenAPI and names it', async () => {
    const { code, out } = await check(bundleCopy({ 'openapi.yaml': (d) => removeField(d.components.schemas.Task, 'title') }));
    expect(code).toBe(1);
    expect(out).toContain('✖ BREAKING  property-removed #/components/schemas/Task/properties/title');
    expect(out).toContain('✖ BREAKING  required-properties-removed #/components/schemas/Task/required (title)');
  }, 60_000);

  it('fails on a field removed from AsyncAPI replies and from an event payload and names them', async () => {
    const head = bundleCopy({
      'asyncapi.yaml': (d) => {
        removeField(d.components.schemas.Task, 'title');
        removeField(d.components.schemas.TimerTimeEntry, 'description');
      },
    });
    const { code, out } = await check(head);
    expect(code).toBe(1);
    expect(out).toContain('✖ BREAKING  remove #/components/schemas/Task/properties/title');
    expect(out).toMatch(/in messages tasks\.create\.reply, (tasks\.\w+\.reply, )*tasks\.get\.reply/);
    expect(out).toContain('✖ BREAKING  remove #/components/schemas/TimerTimeEntry/properties/description');
    expect(out).toContain('in message TimerUpdate');
  }, 60_000);

  it('fails on a field removed from a GraphQL type and names it', async () => {
    const { code, out } = await check(bundleCopy({ 'schema.graphql': withoutTaskTitle }));
    expect(code).toBe(1);
    expect(out).toContain('✖ BREAKING  FIELD_REMOVED Task.title');
  }, 60_000);

  it('passes on optional fields added to OpenAPI, AsyncAPI and GraphQL', async () => {
    const head = bundleCopy({
      'openapi.yaml': (d) => {
        d.components.schemas.Task.properties.color = { type: 'string' };
        d.components.schemas.TaskCreate.properties.color = { type: 'string', maxLength: 20 };
      },
      'asyncapi.yaml': (d) => {
        d.components.schemas.Task.properties.color = { type: 'string' };
        d.components.schemas.TimerTimeEntry.properties.color = { type: 'string' };
      },
      'schema.graphql': (sdl: string) => sdl.replace(/\ntype Task \{\n/, '\ntype Task {\n  "Label colour."\n  color: String\n'),
    });
    const { code, out } = await check(head);
    expect(out).toMatch(/openapi \(openapi\.yaml\): 0 breaking \(0 approved\), 2 additions/);
    expect(out).toMatch(/asyncapi \(asyncapi\.yaml\): 0 breaking \(0 approved\), 2 additions/);
    expect(out).toMatch(/graphql \(schema\.graphql\): 0 breaking \(0 approved\), 1 addition\b/);
    expect(out).toContain('PASSED');
    expect(code).toBe(0);
  }, 60_000);

  it('fails on a removed operation, a renamed WebSocket action, a removed enum value and a new required input', async () => {
    const head = bundleCopy({
      'openapi.yaml': (d) => {
        delete d.paths['/tasks/{id}'].delete;
        d.components.schemas.TaskPriority.enum = d.components.schemas.TaskPriority.enum.filter((v: string) => v !== 'urgent');
        d.components.schemas.TaskCreate.required.push('due_date');
      },
      'asyncapi.yaml': (d) => {
        // tasks.update_status becomes tasks.set_status: the message, its action constant and the operation.
        const message = d.components.messages['tasks.update_status'];
        message.name = 'tasks.set_status';
        message.payload.properties.action.const = 'tasks.set_status';
        d.components.messages['tasks.set_status'] = message;
        delete d.components.messages['tasks.update_status'];
        delete d.channels.ws.messages['tasks.update_status'];
        d.channels.ws.messages['tasks.set_status'] = { $ref: '#/components/messages/tasks.set_status' };
        const operation = d.operations['tasks.update_status'];
        operation.messages = [{ $ref: '#/channels/ws/messages/tasks.set_status' }];
        d.operations['tasks.set_status'] = operation;
        delete d.operations['tasks.update_status'];
      },
      'relay-asyncapi.yaml': (d) => {
        d.components.schemas.PushPayload.properties.force = { type: 'boolean' };
        d.components.schemas.PushPayload.required.push('force');
      },
    });
    const { code, out } = await check(head);
    expect(code).toBe(1);
    for (const id of [
      'operation-removed #/paths/~1tasks~1{id}/delete',
      'enum-values-removed #/components/schemas/TaskPriority/enum (urgent)',
      'required-properties-added #/components/schemas/TaskCreate/required (due_date)',
      'remove #/channels/ws/messages/tasks.update_status',
      'remove #/operations/tasks.update_status',
      'add #/components/schemas/PushPayload/required/force',
    ]) {
      expect(out).toContain(`✖ BREAKING  ${id}`);
    }
  }, 60_000);
});

describe('approvals (contract/approved-breaking-changes.yaml)', () => {
  const head = bundleCopy({ 'openapi.yaml': (d) => removeField(d.components.schemas.Task, 'title') });
  const approve = (reason: string): unknown[] => [
    { interface: 'openapi', change: 'property-removed #/components/schemas/Task/properties/title', reason },
    { interface: 'openapi', change: 'required-properties-removed #/components/schemas/Task/required (title)', reason },
  ];

  it('let a listed breaking change through, and report a stale entry', async () => {
    const approvals = [...approve('Task titles moved to `name`.'), { interface: 'graphql', change: 'FIELD_REMOVED Task.title', reason: 'Not done yet.' }];
    const { code, out } = await check(head, contractCopy(approvals));
    expect(out).toContain('✔ approved  property-removed #/components/schemas/Task/properties/title');
    expect(out).toContain('reason: Task titles moved to `name`.');
    expect(out).toContain('warning: stale approval (matches no breaking change; remove it): graphql: FIELD_REMOVED Task.title');
    expect(code).toBe(0);
  }, 60_000);

  it('fail when an entry has no reason', async () => {
    const { code, out } = await check(head, contractCopy(approve('  ')));
    expect(code).toBe(1);
    expect(out).toMatch(/entry 1 \(property-removed #\/components\/schemas\/Task\/properties\/title\): reason is missing or empty/);
  }, 60_000);
});

describe('release (npm run contract:release)', () => {
  const clientPackage = readFileSync(path.join(root, 'clients/typescript/package.json'), 'utf8');
  const [major, minor] = (JSON.parse(clientPackage) as { version: string }).version.split('.').map(Number) as [number, number];

  function release(head: string, approvals: unknown[] = []) {
    const dir = path.join(work, `release-${++copies}`);
    mkdirSync(dir);
    const contract = contractCopy(approvals);
    const pkg = path.join(dir, 'package.json');
    writeFileSync(pkg, clientPackage);
    return run('release', ['--contract', contract, '--head', head, '--package', pkg]).then((result) => ({ ...result, contract, pkg }));
  }

  it('bumps the minor version for an addition and copies the bundles into the contract', async () => {
    const head = bundleCopy({ 'openapi.yaml': (d) => (d.components.schemas.Task.properties.color = { type: 'string' }) });
    const { code, out, contract, pkg } = await release(head);
    expect(out).toContain(`@trcr/client: ${major}.${minor}.`);
    expect(code).toBe(0);
    expect(readFileSync(pkg, 'utf8')).toBe(clientPackage.replace(/"version": "[^"]+"/, `"version": "${major}.${minor + 1}.0"`));
    expect(readFileSync(path.join(contract, 'openapi.yaml'), 'utf8')).toBe(readFileSync(path.join(head, 'openapi.yaml'), 'utf8'));
  }, 60_000);

  it('bumps the major version for an approved breaking change and empties the approvals', async () => {
    const head = bundleCopy({ 'schema.graphql': withoutTaskTitle });
    const { code, contract, pkg } = await release(head, [{ interface: 'graphql', change: 'FIELD_REMOVED Task.title', reason: 'Renamed to name.' }]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(pkg, 'utf8')).version).toBe(`${major + 1}.0.0`);
    expect(YAML.parse(readFileSync(path.join(contract, 'approved-breaking-changes.yaml'), 'utf8'))).toEqual([]);
    expect(readFileSync(path.join(contract, 'schema.graphql'), 'utf8')).toBe(readFileSync(path.join(head, 'schema.graphql'), 'utf8'));
  }, 60_000);
});
