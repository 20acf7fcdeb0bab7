/**
 * The device verification page `GET /auth/verify` (auth.md §5, gaps.md U2) in a real browser:
 * Debian's Chromium driven by playwright-core. A TRCR user registered over REST signs in on the
 * page, checks the code a machine got from `POST /api/auth/device`, consents, and the machine's
 * signed poll then reads the confirmation. Chromium must be at /usr/bin/chromium or $CHROMIUM_PATH (.ci/run installs
 * it); without it this file fails rather than skipping.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { makeKey, relayFetch, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SUCCESS = (email: string): string => `Device linked to ${email}. You can close this page and return to your terminal.`;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ relayRateLimitPerMinute: 10_000 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function startDevice(key: RelayKey): Promise<{ device_code: string; user_code: string; verification_url: string }> {
  const res = await relayFetch(server.url, key, 'POST', '/api/auth/device', { token: key.token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const poll = (key: RelayKey, deviceCode: string) => relayFetch(server.url, key, 'GET', `/api/auth/device/${deviceCode}`);

/**
 * A fresh tab (own sessionStorage) that records script errors and console errors (CSP violations
 * land there); answers the page expects to be errors (a refused code) are not problems.
 */
async function openPage(query: string, expectFailures = false): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !(expectFailures && msg.text().startsWith('Failed to load resource'))) problems.push(`console: ${msg.text()}`);
  });
  const res = await page.goto(`${server.url}/auth/verify${query}`);
  expect(res?.status()).toBe(200);
  return { page, problems };
}

async function signIn(page: Page, user: RegisteredUser): Promise<void> {
  await page.locator('#email').waitFor({ state: 'visible' });
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await page.click('#sign-in');
  await page.locator('#code').waitFor({ state: 'visible' });
}

const text = async (page: Page, selector: string): Promise<string> => ((await page.textContent(selector)) ?? '').trim();

async function resultText(page: Page): Promise<string> {
  await page.locator('#result').waitFor({ state: 'visible' });
  // (browser-side expressions are strings: this project compiles without the DOM library)
  await page.waitForFunction(`(document.getElementById('result')?.textContent ?? '').trim() !== ''`);
  return text(page, '#result');
}

describe('GET /auth/verify in Chromium', () => {
  it('signs in, shows the prefilled code, asks for consent, links the machine; the CLI poll then sees it', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    const req = await startDevice(key);
    expect(new URL(req.verification_url).pathname).toBe('/auth/verify');

    const { page, problems } = await openPage(`?code=${encodeURIComponent(req.user_code)}`);
    const headers = (await page.request.get(`${server.url}/auth/verify`)).headers();
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(headers['content-security-policy']).toContain("default-src 'none'");

    // only the sign-in step is shown at first
    expect(await page.isVisible('#email')).toBe(true);
    expect(await page.isVisible('#code')).toBe(false);
    expect(await page.isVisible('#confirm')).toBe(false);
    await signIn(page, user);

    expect(await page.inputValue('#code')).toBe(req.user_code);
    expect(await text(page, '#account-email')).toBe(user.email);

    // the session survives a reload of the tab
    await page.reload();
    await page.locator('#code').waitFor({ state: 'visible' });
    expect(await page.isVisible('#email')).toBe(false);

    await page.click('#continue');
    await page.locator('#confirm').waitFor({ state: 'visible' });
    expect(await text(page, '#consent-code')).toBe(req.user_code);
    expect(await text(page, '#step-consent')).toContain('Only confirm if you just ran teamrc login on your machine');

    // nothing is linked before the person confirms
    expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });

    await page.click('#confirm');
    expect(await resultText(page)).toBe(SUCCESS(user.email));

    const res = await poll(key, req.device_code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'confirmed', email: user.email, machine_count: 1, team_count: 0 });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a typed code is normalized; a wrong code shows the server error; a malformed one is caught on the page', async () => {
    const user = await registerUser(server);
    const { page, problems } = await openPage('', true);
    await signIn(page, user);
    expect(await page.inputValue('#code')).toBe('');

    await page.fill('#code', 'ab');
    await page.click('#continue');
    await page.locator('#code-error').waitFor({ state: 'visible' });
    expect(await text(page, '#code-error')).toContain('8-character code');
    expect(await page.isVisible('#confirm')).toBe(false);

    await page.fill('#code', 'zzzz zzz2');
    await page.click('#continue');
    await page.locator('#confirm').waitFor({ state: 'visible' });
    expect(await text(page, '#consent-code')).toBe('ZZZZ-ZZZ2');
    await page.click('#confirm');
    expect(await resultText(page)).toBe('invalid or expired code');
    expect(await page.getAttribute('#result', 'class')).toBe('error');

    // start over with the machine's real code, typed loosely
    const key = makeKey();
    const req = await startDevice(key);
    await page.click('#start-over');
    await page.fill('#code', req.user_code.toLowerCase().replace('-', ''));
    await page.click('#continue');
    await page.click('#confirm');
    expect(await resultText(page)).toBe(SUCCESS(user.email));
    expect((await poll(key, req.device_code)).body).toMatchObject({ status: 'confirmed', email: user.email });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Cancel links nothing', async () => {
    const user = await registerUser(server);
    const key = makeKey();
    const req = await startDevice(key);
    const { page } = await openPage(`?code=${req.user_code}`);
    await signIn(page, user);
    await page.click('#continue');
    await page.click('#cancel');
    expect(await resultText(page)).toContain('Nothing was linked');
    expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });
    await page.context().close();
  });

  it('a machine linked to another account shows "Failed to link account"', async () => {
    const owner = await registerUser(server);
    const other = await registerUser(server);
    const key = makeKey();
    const first = await startDevice(key);
    const linked = await fetch(`${server.url}/auth/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.access_token}` },
      body: JSON.stringify({ user_code: first.user_code }),
    });
    expect(linked.status).toBe(200);

    const req = await startDevice(key);
    const { page } = await openPage(`?code=${req.user_code}`);
    await signIn(page, other);
    await page.click('#continue');
    await page.click('#confirm');
    expect(await resultText(page)).toBe('Failed to link account: token is linked to another account');
    expect((await poll(key, req.device_code)).body).toEqual({ status: 'pending' });
    await page.context().close();
  });

  it('a wrong password shows the sign-in error and keeps the code step closed', async () => {
    const user = await registerUser(server);
    const { page } = await openPage('?code=ABCD-EF23');
    await page.fill('#email', user.email);
    await page.fill('#password', 'not the password');
    await page.click('#sign-in');
    await page.locator('#sign-in-error').waitFor({ state: 'visible' });
    expect(await text(page, '#sign-in-error')).not.toBe('');
    expect(await page.isVisible('#code')).toBe(false);
    await page.context().close();
  });

  it('puts the code from the URL into the page as text, never as markup', async () => {
    const user = await registerUser(server);
    const evil = '"><script>window.x=1</script>';
    const { page } = await openPage(`?code=${encodeURIComponent(evil)}`);
    await signIn(page, user);
    expect(await page.inputValue('#code')).toBe(evil);
    expect(await page.evaluate('typeof window.x')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(1);
    await page.context().close();
  });
});
