/**
 * The relay's request pipeline (relay-api.md §1, auth.md §2): every signature failure with its
 * reason, the version header, Accept, body limits, rate limits with retry-after, the unprefixed
 * paths beside TRCR's, the test hook's absence by default, /health.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKey, nowSeconds, relayFetch, signMessage, type RelayKey } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let limited: TestServer;

beforeAll(async () => {
  [server, limited] = await Promise.all([startTestServer({ relayRateLimitPerMinute: 10_000 }), startTestServer({ relayRateLimitPerMinute: 5 })]);
});
afterAll(async () => {
  await Promise.all([server?.close(), limited?.close()]);
});

const createBody = (key: RelayKey) => ({ token: key.token, team: { name: 'T' } });

describe('signatures', () => {
  it('accepts a request signed like the CLI, on POST and GET', async () => {
    const key = makeKey();
    const created = await relayFetch(server.url, key, 'POST', '/api/teams', createBody(key));
    expect(created.status).toBe(201);
    const head = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}/head?team_id=${created.body.team.id}`);
    expect(head.status).toBe(200);
  });

  it('answers 401 with the reason of the first failing check', async () => {
    const key = makeKey();
    const other = makeKey();
    const body = createBody(key);
    const cases: [string, Promise<{ status: number; body: any }>][] = [
      ['missing or invalid token', relayFetch(server.url, key, 'POST', '/api/teams', { team: { name: 'T' } })],
      ['missing or invalid signature header', relayFetch(server.url, key, 'POST', '/api/teams', body, { omit: ['signature'] })],
      ['missing or invalid signature header', relayFetch(server.url, key, 'POST', '/api/teams', body, { signature: 'not base64!' })],
      ['missing timestamp header', relayFetch(server.url, key, 'POST', '/api/teams', body, { omit: ['timestamp'] })],
      ['timestamp out of range', relayFetch(server.url, key, 'POST', '/api/teams', body, { timestamp: nowSeconds() - 40 })],
      ['timestamp out of range', relayFetch(server.url, key, 'POST', '/api/teams', body, { timestamp: nowSeconds() + 40 })],
      ['timestamp out of range', relayFetch(server.url, key, 'POST', '/api/teams', body, { timestamp: `+${nowSeconds()}` })],
      ['invalid token format', relayFetch(server.url, key, 'POST', '/api/teams', { token: 'trc_xx_abc', team: { name: 'T' } })],
      ['signature verification failed', relayFetch(server.url, key, 'POST', '/api/teams', body, { signer: other })],
      ['signature verification failed', relayFetch(server.url, key, 'POST', '/api/teams', body, { message: `${nowSeconds()}.{"tampered":true}` })],
      // GET signs the path and query: a different query than the one signed fails.
      [
        'signature verification failed',
        relayFetch(server.url, key, 'GET', `/api/teams/${key.token}?team_id=a`, undefined, {
          message: `${nowSeconds()}.GET /api/teams/${key.token}?team_id=b`,
        }),
      ],
    ];
    for (const [reason, pending] of cases) {
      const res = await pending;
      expect(res.status, reason).toBe(401);
      expect(res.body).toEqual({ error: 'unauthorized', reason });
    }
    // Nothing was written by any of them.
    const [n] = await server.svc.db`select count(*)::int as n from relay_token_teams where token = ${key.token}`;
    expect(n!.n).toBe(0);
  });

  it('a ±30 s skew is accepted; a non-canonical token encoding is refused', async () => {
    const key = makeKey();
    const early = await relayFetch(server.url, key, 'POST', '/api/teams', createBody(key), { timestamp: nowSeconds() - 29 });
    expect(early.status).toBe(201);
    // Same key bytes, different last base64url character: the decoded key verifies, the re-encoding differs.
    const last = key.token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const bumped = key.token.slice(0, -1) + alphabet[alphabet.indexOf(last) + 1];
    const ts = nowSeconds();
    const raw = JSON.stringify({ token: bumped, team: { name: 'T' } });
    const res = await fetch(`${server.url}/api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trc-timestamp': String(ts), 'x-trc-signature': signMessage(key, `${ts}.${raw}`) },
      body: raw,
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).reason).toBe('token does not match signing key');
  });

  it('the DELETE path token must be the signer, whatever x-trc-token says', async () => {
    const victim = makeKey();
    await relayFetch(server.url, victim, 'POST', '/api/teams', createBody(victim));
    const attacker = makeKey();
    const ts = nowSeconds();
    const path = `/api/token/${victim.token}/erase`;
    const res = await fetch(server.url + path, {
      method: 'DELETE',
      headers: { 'x-trc-timestamp': String(ts), 'x-trc-token': attacker.token, 'x-trc-signature': signMessage(attacker, `${ts}.DELETE ${path}`) },
    });
    expect(res.status).toBe(401);
    expect((await relayFetch(server.url, victim, 'GET', `/api/teams/${victim.token}`)).status).toBe(200);
  });
});

describe('pipeline', () => {
  it('X-Teamrc-Version: < 1 is 426, a non-integer 400, before the signature', async () => {
    const key = makeKey();
    const old = await relayFetch(server.url, key, 'POST', '/api/teams', createBody(key), {
      headers: { 'x-teamrc-version': '0' },
      omit: ['signature'],
    });
    expect(old.status).toBe(426);
    expect(old.body).toMatchObject({ error: 'upgrade_required', minimum_version: 1 });
    const junk = await relayFetch(server.url, key, 'POST', '/api/teams', createBody(key), { headers: { 'x-teamrc-version': 'v2' } });
    expect(junk.status).toBe(400);
    expect(junk.body).toEqual({ error: 'bad_request', message: 'Malformed version header. Expected an integer.' });
    const none = await relayFetch(server.url, key, 'POST', '/api/teams', createBody(key), { headers: { 'x-teamrc-version': null } });
    expect(none.status).toBe(201);
  });

  it('Accept that excludes JSON is 406; OPTIONS is 204', async () => {
    const key = makeKey();
    const res = await relayFetch(server.url, key, 'GET', `/api/teams/${key.token}`, undefined, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(406);
    const pre = await fetch(`${server.url}/api/teams`, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
  });

  it('bodies over 256,000 bytes are 413, not a crash', async () => {
    const key = makeKey();
    const res = await relayFetch(server.url, key, 'POST', '/api/teams', { token: key.token, team: { name: 'T', knowledge: 'x'.repeat(260_000) } });
    expect(res.status).toBe(413);
    expect(typeof res.body.error).toBe('string');
  });

  it('unknown relay paths answer Phoenix-style 404; TRCR keeps its own envelope next door', async () => {
    const res = await fetch(`${server.url}/api/teams/a/b/c/d`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: { detail: 'Not Found' } });
    const trcr = await fetch(`${server.url}/api/v1/nope`);
    expect(((await trcr.json()) as any).error.code).toBe('NOT_FOUND');
  });

  it('the test hook is not mounted without RELAY_TEST_HOOKS=1', async () => {
    const res = await fetch(`${server.url}/api/test/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"create_user"}',
    });
    expect(res.status).toBe(404);
    const [n] = await server.svc.db`select count(*)::int as n from users`;
    expect(n!.n).toBe(0);
  });

  it('the docs portal renders the relay specs', async () => {
    const page = await fetch(`${server.url}/docs/relay`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/docs/bundles/relay-openapi.yaml');
    const spec = await fetch(`${server.url}/docs/bundles/relay-openapi.yaml`);
    expect(await spec.text()).toContain('operationId: teams.upsert');
    const socket = await fetch(`${server.url}/docs/relay-socket`);
    expect(await socket.text()).toContain('relay-asyncapi.yaml');
  });

  it('GET /health is 200', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('rate limits', () => {
  it('per token: over the limit 429 with retry-after; another token is unaffected; failed signatures do not count', async () => {
    const key = makeKey();
    for (let i = 0; i < 3; i++) {
      const bad = await relayFetch(limited.url, key, 'GET', `/api/teams/${key.token}`, undefined, { omit: ['signature'] });
      expect(bad.status).toBe(401);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await relayFetch(limited.url, key, 'GET', `/api/teams/${key.token}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const res = await relayFetch(limited.url, key, 'GET', `/api/teams/${key.token}`);
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ error: 'rate limit exceeded' });
    // The seconds left in the token's window, which opened with its first counted request just now.
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(58);
    expect(retry).toBeLessThanOrEqual(60);
    const other = makeKey();
    expect((await relayFetch(limited.url, other, 'GET', `/api/teams/${other.token}`)).status).toBe(404);
  });

  it('the public clone route is limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${limited.url}/api/teams/clone/trc_cl_nothing`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
  });
});
