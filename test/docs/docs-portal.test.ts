/**
 * The docs portal (/docs) in a real browser: Debian's Chromium driven by playwright-core, as in
 * test/relay/verify-page.test.ts. Every reference page must render its document (a known operation
 * reached through Redoc's sidebar), log no error, fetch nothing from another host, and give the
 * middle column a readable width at 1600 and 1280 px. Chromium must be at /usr/bin/chromium or
 * $CHROMIUM_PATH (.ci/run installs it); without it this file fails rather than skipping.
 * Set DOCS_SCREENSHOT_DIR to keep a PNG of every page visited.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, type DocsPage } from '../../src/transports/docs/index.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SCREENSHOT_DIR = process.env.DOCS_SCREENSHOT_DIR;
/** Each page test (load, render, navigate, measure) must finish within this. */
const PAGE_TEST_MS = 60_000;
/** Any single wait in the browser (Redoc parses the larger documents in a few seconds). */
const WAIT_MS = 20_000;
const NAV_HEIGHT_PX = 48;
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What each page must show: sidebar entries to open (`group` first when the entry is inside a
 * collapsed group), the title that then appears in the content, texts that must be visible there,
 * and the description whose block is measured.
 */
interface Visit {
  group?: string;
  item: string;
  /** Rows of a table that must be visible, each given by texts of its cells. */
  rows?: string[][];
  /** Text of the description block whose width is measured. */
  measure?: string;
}

const VISITS: Record<DocsPage, Visit[]> = {
  rest: [{ group: 'tasks', item: 'Create a task', measure: 'the task is placed last in its project' }],
  websocket: [
    { item: 'TRCR WebSocket', rows: [['4401', 'Unauthorized']], measure: 'One connection carries everything' },
    { group: 'TRCR WebSocket', item: 'tasks.create', measure: 'the task is placed last in its project' },
  ],
  graphql: [{ group: 'Mutations', item: 'createTask', measure: 'Create a task in a project' }],
  relay: [{ group: 'teams', item: 'Create or update a team', measure: 'a token with one team updates it' }],
  'relay-socket': [
    { item: 'Knowledge channel', measure: 'prunes the result to 100,000 bytes' },
    { group: 'Team knowledge', item: 'Push the local knowledge file.' },
  ],
};

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  if (SCREENSHOT_DIR) fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Tab {
  page: Page;
  /** Script errors and console errors. */
  problems: string[];
  /** Every URL the page requested that is not this server's, nor a data:/blob: URL. */
  outside: string[];
  close(): Promise<void>;
}

async function openTab(urlPath: string, width: number, height = 1000): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems: string[] = [];
  const outside: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!(url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:'))) outside.push(url);
  });
  const res = await page.goto(`${server.url}${urlPath}`);
  expect(res?.status(), urlPath).toBe(200);
  return { page, problems, outside, close: () => context.close() };
}

/** Waits until Redoc has drawn the sidebar, or fails with the error Redoc shows instead. */
async function rendered(page: Page, slug: DocsPage): Promise<void> {
  const menu = page.locator('redoc [data-component-name="Menu/Menu"]').first();
  const failure = page.locator('redoc [role="alert"]').first();
  await menu.or(failure).waitFor({ state: 'visible' });
  if (await failure.isVisible()) throw new Error(`/docs/${slug} (${PAGES[slug].file}): ${await failure.innerText()}`);
}

const menuItem = (page: Page, label: string): Locator =>
  page.locator(`redoc [data-component-name="Menu/MenuItem"] > a span[data-text="${label.replace(/"/g, '\\"')}"]`).first();

async function visible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.waitFor({ state: 'visible' });
  } catch {
    throw new Error(`not shown: ${what}`);
  }
}

/** Until the locator's top edge is inside the viewport below the navigation bar (Redoc scrolls smoothly, rendering lazily). */
async function scrolledTo(page: Page, locator: Locator, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  const height = page.viewportSize()?.height ?? 1000;
  for (;;) {
    const box = await locator.boundingBox({ timeout: 1000 }).catch(() => null);
    if (box && box.y >= NAV_HEIGHT_PX - 1 && box.y < height - 50) return;
    if (Date.now() > deadline) throw new Error(`${what} not scrolled into view (box ${JSON.stringify(box)})`);
    await page.waitForTimeout(100);
  }
}

/** Opens a sidebar entry and checks what it shows; returns the width of the measured block. */
async function visit(page: Page, slug: DocsPage, v: Visit): Promise<number | undefined> {
  const where = `/docs/${slug} → ${v.group ? `${v.group} › ` : ''}${v.item}`;
  if (v.group && !(await menuItem(page, v.item).isVisible())) {
    await visible(menuItem(page, v.group), `sidebar entry "${v.group}" on /docs/${slug}`);
    await menuItem(page, v.group).click();
  }
  await visible(menuItem(page, v.item), `sidebar entry "${v.item}" on /docs/${slug}`);
  await menuItem(page, v.item).click();
  const title = page.locator('redoc main').getByText(v.item, { exact: true }).first();
  await visible(title, `title "${v.item}" in the content (${where})`);
  await scrolledTo(page, title, `title of ${where}`);
  for (const cells of v.rows ?? []) {
    let row = page.locator('redoc main tr');
    for (const cell of cells) row = row.filter({ has: page.locator('td, th').getByText(cell, { exact: true }) });
    await visible(row.first(), `table row ${JSON.stringify(cells)} (${where})`);
  }
  if (!v.measure) return undefined;
  const block = page.locator('redoc main [data-component-name="Markdown/Markdown"]', { hasText: v.measure }).last();
  await visible(block, `description "${v.measure}" (${where})`);
  return (await block.boundingBox())?.width;
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** GET a raw path (no URL normalization, so `..` reaches the server as written). */
function rawGet(rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: rawPath, headers: { 'accept-encoding': 'identity', ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${rawPath}: no answer`)));
  });
}

describe('/docs reference pages in Chromium at 1600×1000', () => {
  it('has a test table entry for every page', () => {
    expect(Object.keys(VISITS).sort()).toEqual(Object.keys(PAGES).sort());
  });

  for (const slug of Object.keys(PAGES) as DocsPage[]) {
    it(
      `/docs/${slug} renders its operations offline, without errors, with a wide middle column`,
      async () => {
        const tab = await openTab(`/docs/${slug}`, 1600);
        try {
          const { page } = tab;
          await rendered(page, slug);
          // the portal's navigation bar stays above Redoc
          await visible(page.locator('body > nav a[aria-current="page"]', { hasText: PAGES[slug].title }), 'navigation bar');
          await screenshot(page, `${slug}-1600`);
          for (const [i, v] of VISITS[slug].entries()) {
            const width = await visit(page, slug, v);
            await screenshot(page, `${slug}-1600-${i + 1}`);
            if (width !== undefined) expect(width, `width of "${v.measure}" on /docs/${slug}`).toBeGreaterThanOrEqual(500);
          }
          expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), 'no horizontal scrolling').toBe(true);
          expect(tab.outside, 'requests to other hosts').toEqual([]);
          expect(tab.problems, 'console errors').toEqual([]);
        } finally {
          await tab.close();
        }
      },
      PAGE_TEST_MS,
    );
  }

  it(
    'at 1280 px the REST page still gives the description a readable column',
    async () => {
      const tab = await openTab('/docs/rest', 1280, 900);
      try {
        await rendered(tab.page, 'rest');
        const width = await visit(tab.page, 'rest', VISITS.rest[0]!);
        await screenshot(tab.page, 'rest-1280');
        expect(width, 'description width at 1280 px').toBeGreaterThanOrEqual(450);
        expect(await tab.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), 'no horizontal scrolling').toBe(true);
        expect(tab.outside, 'requests to other hosts').toEqual([]);
        expect(tab.problems, 'console errors').toEqual([]);
      } finally {
        await tab.close();
      }
    },
    PAGE_TEST_MS,
  );

  it(
    'the overview lists every page under the same navigation bar',
    async () => {
      const tab = await openTab('/docs/', 1600);
      try {
        const { page } = tab;
        await visible(page.locator('main.overview h1', { hasText: 'TRCR developer platform' }), 'overview heading');
        for (const [slug, p] of Object.entries(PAGES)) {
          expect(await page.locator(`body > nav a[href="/docs/${slug}"]`).innerText()).toBe(p.title);
          expect(await page.locator(`main.overview a[href="/docs/${slug}"]`).count()).toBe(1);
        }
        await screenshot(page, 'overview-1600');
        expect(tab.outside).toEqual([]);
        expect(tab.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    },
    PAGE_TEST_MS,
  );
});

describe('/docs files', () => {
  it('pages carry a policy that allows this server only', async () => {
    for (const slug of ['', ...Object.keys(PAGES)]) {
      const res = await fetch(`${server.url}/docs/${slug}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = res.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toMatch(/https?:/);
    }
  });

  it('serves each page’s document, and the Redoc bundle without its hosted logo', async () => {
    for (const [slug, { file }] of Object.entries(PAGES)) {
      const html = await (await fetch(`${server.url}/docs/${slug}`)).text();
      const specUrl = /init\("([^"]+)"/.exec(html)?.[1];
      expect(specUrl, `spec URL on /docs/${slug}`).toBeDefined();
      const res = await fetch(`${server.url}${specUrl}`);
      expect(res.status, specUrl).toBe(200);
      expect(await res.text(), specUrl).toBe(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    }
    const bundle = await fetch(`${server.url}/docs/redoc.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    const js = await bundle.text();
    expect(js).toContain('export{RedocStandalone,hydrate,init}');
    expect(js).not.toContain('cdn.redoc.ly');
    const etag = bundle.headers.get('etag');
    expect(etag).toBeTruthy();
    // (not fetch(): with If-None-Match it adds Cache-Control: no-cache, which forbids a 304)
    expect((await rawGet('/docs/redoc.js', { 'if-none-match': etag! })).status).toBe(304);
  });

  it('serves the bundles and nothing else: no source spec file, nothing outside the folder, only spec files', async () => {
    expect((await rawGet('/docs/bundles/relay-openapi.yaml')).status).toBe(200);
    for (const p of [
      '/docs/specs/openapi/relay.yaml',
      '/docs/bundles/../../package.json',
      '/docs/bundles/..%2f..%2fpackage.json',
      '/docs/bundles/%2e%2e/%2e%2e/package.json',
      '/docs/bundles/..%2F..%2F..%2Fpackage.json',
      '/docs/bundles/../specs/README.md',
      '/docs/bundles/%00.yaml',
      '/docs/bundles/%E0%A4%A.yaml',
      '/docs/src/transports/docs/index.ts',
    ]) {
      const res = await rawGet(p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('"name": "trcr-platform"');
    }
  });
});
