/**
 * The client in a browser, where live UIs run it: the package's entry bundled by esbuild, served from another
 * origin than the API (allowed by CORS_ORIGINS), driven in headless Chromium. The page signs in over REST (CORS
 * preflights included), opens /ws with a ticket, receives the event of a change it made, and runs a typed
 * GraphQL query — with the browser's own fetch and WebSocket.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

const root = path.resolve(import.meta.dirname, '../..');

/** What the page does, with the client as a UI would use it. */
const PAGE_SCRIPT = `
import { createTrcrClient, isTrcrError } from '@trcr/client';
import { MeDocument } from '@trcr/client/graphql';

async function run(api) {
  const trcr = createTrcrClient({ baseUrl: api });
  await trcr.auth.register({ email: 'browser-' + Date.now() + '@example.test', password: 'correct horse battery', name: 'Browser' });
  const events = [];
  trcr.ws.on('EntityChanged', (e) => events.push(e.entity_type + '.' + e.action));
  await trcr.ws.connect();
  const { data: project } = await trcr.ws.send('projects.create', { name: 'From the browser' });
  const { data: task } = await trcr.rest.post('/tasks', { body: { title: 'Click me', project_id: project.id } });
  const { me } = await trcr.graphql.request(MeDocument);
  let notFound = '';
  try {
    await trcr.rest.get('/tasks/{id}', { params: { path: { id: 'tsk_01aaaaaaaaaaaaaaaaaaaaaaaa' } } });
  } catch (err) {
    if (isTrcrError(err, 'NOT_FOUND')) notFound = err.code + ' ' + err.status;
  }
  for (let i = 0; i < 50 && events.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  const state = trcr.ws.state;
  await trcr.close();
  return { project: project.name, task: task.title, me: me.name, notFound, events, state };
}
window.__result = run(new URL(location.href).searchParams.get('api')).catch((e) => ({ error: String(e && e.stack || e) }));
`;

let api: TestServer;
let page: Server;
let pageOrigin: string;
let browser: Browser;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    // The repository resolves the client to its source (tsconfig paths), as the test suite does.
    tsconfig: path.join(root, 'tsconfig.json'),
  });
  const js = bundle.outputFiles[0]!.text;
  page = createServer((req, res) => {
    if (req.url?.startsWith('/app.js')) res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>client</title><script type="module" src="/app.js"></script>');
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(page.address() as { port: number }).port}`;
  api = await startTestServer({ corsOrigins: [pageOrigin] });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => page?.close(resolve));
});

describe('@trcr/client in Chromium', () => {
  it('REST, /ws and GraphQL from a page on another origin, with the browser fetch and WebSocket', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${pageOrigin}/?api=${encodeURIComponent(api.url)}`);
    const result = await tab.evaluate(() => (globalThis as unknown as { __result: Promise<unknown> }).__result);
    expect(result).toEqual({
      project: 'From the browser',
      task: 'Click me',
      me: 'Browser',
      notFound: 'NOT_FOUND 404',
      events: expect.arrayContaining(['project.created', 'task.created']),
      state: 'open',
    });
    await tab.close();
  });
});
