/**
 * The README's runnable snippets work as pasted: every ```js block after a
 * `<!-- readme-test: … -->` marker runs with Node against a live server, its `http://localhost:8080`
 * pointed at the test server and `TOKEN` set to a fresh user's access token, and must exit 0 and
 * print what the README says it prints.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** The marked snippets of the README, in order. */
function snippets(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/<!-- readme-test:[^>]*-->\s*```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('README snippets', () => {
  it('there are snippets to run', () => {
    expect(snippets().length).toBeGreaterThan(0);
  });

  it('the WebSocket snippet fetches its own ticket, authenticates and prints the tasks.list reply', async () => {
    const user = await registerUser(server);
    const project = await api(server, user.access_token).post('/projects', { name: 'From the README' });
    await api(server, user.access_token).post('/tasks', { title: 'Read the README', project_id: project.body.data.id });
    const snippet = snippets().find((s) => s.includes('tasks.list'));
    expect(snippet).toBeDefined();
    const code = snippet!.replaceAll('http://localhost:8080', server.url);
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
      cwd: root,
      env: { ...process.env, TOKEN: user.access_token },
      timeout: 15_000,
    });
    expect(stdout).toMatch(/^tasks\.list: ok \[/m);
    expect(stdout).toContain('Read the README');
    expect(stdout).toContain('total: 1');
  });
});
