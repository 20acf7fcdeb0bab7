/**
 * The package as users get it: `npm pack -w @trcr/client` builds a tarball that installs into an empty folder
 * (with only typescript and @types/node beside it), type-checks there under `strict` without skipLibCheck, and
 * runs the README's typed-client snippets (every ```ts block after a `<!-- readme-test: typed client -->`
 * marker) against a live server, unchanged but for the server's address.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The README's typed-client snippets, in order. */
async function snippets(): Promise<string[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/<!-- readme-test: typed client -->\s*```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const versionOf = async (pkg: string): Promise<string> =>
  (JSON.parse(await readFile(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

let server: TestServer;
let dir: string;
let files: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'trcr-client-consumer-'));
  // Node 24 from the repository (npm test puts it first in PATH) runs npm pack's build and the snippets.
  const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const { stdout } = await run(npm, ['pack', '-w', '@trcr/client', '--pack-destination', dir, '--json'], { cwd: root, env, timeout: 120_000 });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2023',
        lib: ['ES2023'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        allowImportingTsExtensions: true,
      },
      include: ['*.ts'],
    }),
  );
  const deps = [`./${filename}`, `typescript@${await versionOf('typescript')}`, `@types/node@${await versionOf('@types/node')}`];
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', ...deps], { cwd: dir, env, timeout: 240_000 });
  const all = await snippets();
  files = all.map((_, i) => `snippet-${i + 1}.ts`);
  await Promise.all(all.map((code, i) => writeFile(path.join(dir, files[i]!), code.replaceAll('http://localhost:8080', server.url))));
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the packed @trcr/client', () => {
  it('the tarball holds the built client and its generated types, not the sources', async () => {
    const installed = path.join(dir, 'node_modules/@trcr/client');
    const pkg = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@graphql-typed-document-node/core',
      'graphql-ws',
      'openapi-fetch',
      'openapi-typescript-helpers',
    ]);
    expect((await readdir(path.join(installed, 'dist/generated'))).sort()).toEqual(expect.arrayContaining(['client', 'openapi', 'operations.d.ts']));
    await expect(readdir(path.join(installed, 'src'))).rejects.toThrow();
  });

  it('type-checks in an empty folder (strict, library types checked too), README snippets included', async () => {
    expect(files).toHaveLength(3);
    const tsc = path.join(dir, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, timeout: 120_000 }).catch(
      (e: { stdout?: string; code?: number }) => e,
    );
    expect('code' in result ? result.stdout : '').toBe('');
  }, 120_000);

  it('a misuse fails to compile: unknown path, missing required field, wrong action payload', async () => {
    await writeFile(
      path.join(dir, 'misuse.ts'),
      [
        `import { createTrcrClient } from "@trcr/client";`,
        `const trcr = createTrcrClient({ baseUrl: "http://localhost" });`,
        `await trcr.rest.get("/no-such-path");`,
        `await trcr.rest.post("/tasks", { body: { project_id: "prj_1" } });`,
        `await trcr.ws.send("tasks.create", { title: 42, project_id: "prj_1" });`,
        `trcr.ws.on("NoSuchEvent", () => {});`,
      ].join('\n'),
    );
    const tsc = path.join(dir, 'node_modules/typescript/bin/tsc');
    const failed = (await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, timeout: 120_000 }).catch((e: unknown) => e)) as {
      stdout?: string;
    };
    await rm(path.join(dir, 'misuse.ts'));
    const errors = (failed.stdout ?? '').split('\n').filter((l) => l.startsWith('misuse.ts('));
    expect(errors.map((l) => l.slice(0, l.indexOf(')') + 1))).toEqual(
      ['misuse.ts(3,', 'misuse.ts(4,', 'misuse.ts(5,', 'misuse.ts(6,'].map((p) => expect.stringContaining(p)),
    );
  }, 120_000);

  it('the README snippets run against the server and print what they say', async () => {
    const exec = async (file: string, env: Record<string, string> = {}) =>
      (await run(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, timeout: 30_000 })).stdout;

    const rest = await exec(files[0]!);
    expect(rest).toContain('task: Launch open');
    expect(rest).toContain('stopped: true true');
    expect(rest).toContain('error: NOT_FOUND 404 Task not found');

    const user = await registerUser(server);
    const ws = await exec(files[1]!, { TOKEN: user.access_token });
    expect(ws).toContain('tasks.list: 0 of 0');
    expect(ws).toContain('created: Live');
    expect(ws).toContain('event: project created');

    const gql = await exec(files[2]!, { TOKEN: user.access_token });
    expect(gql).toContain('projects: Live of 1');
    expect(gql).toContain('timer: true From GraphQL');
  }, 120_000);
});
