/**
 * Issue 8 item 10: failed logins are throttled per (account, address) with a growing block, per account
 * (for addresses the owner has not used) and per address, without letting an attacker lock the owner out.
 * Addresses come from X-Forwarded-For (TRUST_PROXY); the numbers are scaled down for the test
 * (documented defaults: 5 failures, 60 s doubling up to 1 h, 50 per account per hour, 100 per address per hour).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const PAIR = 5;
const BLOCK_SECONDS = 2;
const PER_ACCOUNT = 12;
let server: TestServer;
let owner: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer({
    rateLimitPerMinute: 10_000,
    trustProxy: true,
    loginThrottle: {
      failuresPerAccountAddress: PAIR,
      blockSeconds: BLOCK_SECONDS,
      maxBlockSeconds: 3600,
      failuresPerAccount: PER_ACCOUNT,
      failuresPerAddress: 1000,
    },
  });
  owner = await registerUser(server);
});
afterAll(async () => {
  await server?.close();
});

const login = (email: string, password: string, address: string) =>
  api(server).post('/auth/login', { email, password }, { 'x-forwarded-for': address });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function failTimes(email: string, address: string, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await login(email, 'wrong password!', address)).status);
  return statuses;
}

describe('login throttling per account and address (REST)', () => {
  it(`${PAIR} wrong passwords from one address block that address for that account, with Retry-After`, async () => {
    expect(await failTimes(owner.email, '203.0.113.1', PAIR)).toEqual(Array(PAIR).fill(401));
    const blocked = await login(owner.email, owner.password, '203.0.113.1');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
    const retry = Number(blocked.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(BLOCK_SECONDS);
  });

  it('the owner still signs in from another address meanwhile', async () => {
    const res = await login(owner.email, owner.password, '198.51.100.7');
    expect(res.status).toBe(200);
  });

  it('the block grows: the next block of the same pair lasts twice as long', async () => {
    await sleep(BLOCK_SECONDS * 1000 + 300);
    expect(await failTimes(owner.email, '203.0.113.1', PAIR)).toEqual(Array(PAIR).fill(401));
    const blocked = await login(owner.email, 'wrong password!', '203.0.113.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(BLOCK_SECONDS);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(2 * BLOCK_SECONDS);
  });

  it('a successful login resets the counter for its address', async () => {
    const user = await registerUser(server);
    expect(await failTimes(user.email, '203.0.113.2', PAIR - 1)).toEqual(Array(PAIR - 1).fill(401));
    expect((await login(user.email, user.password, '203.0.113.2')).status).toBe(200);
    expect(await failTimes(user.email, '203.0.113.2', PAIR - 1)).toEqual(Array(PAIR - 1).fill(401));
    expect((await login(user.email, user.password, '203.0.113.2')).status).toBe(200);
  });

  it('an unknown account is throttled the same way (the answer does not tell whether it exists)', async () => {
    expect(await failTimes('nobody-here@example.test', '203.0.113.3', PAIR)).toEqual(Array(PAIR).fill(401));
    expect((await login('nobody-here@example.test', 'whatever!!', '203.0.113.3')).status).toBe(429);
  });

  it('many addresses guessing one account: new addresses are refused, the owner’s known address is not', async () => {
    const victim = await registerUser(server);
    expect((await login(victim.email, victim.password, '192.0.2.200')).status).toBe(200); // the owner's usual address
    for (let i = 0; i < PER_ACCOUNT; i++) expect((await login(victim.email, 'wrong password!', `192.0.2.${i + 1}`)).status).toBe(401);
    const stranger = await login(victim.email, victim.password, '192.0.2.100');
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(victim.email, victim.password, '192.0.2.200')).status).toBe(200);
  });
});

describe('login throttling (GraphQL)', () => {
  it('the login mutation counts the same failures and answers RATE_LIMIT_EXCEEDED', async () => {
    const user = await registerUser(server);
    const mutation = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { access_token } }';
    const headers = { 'x-forwarded-for': '203.0.113.50' };
    for (let i = 0; i < PAIR; i++) {
      const res = await gql(server, undefined, mutation, { e: user.email, p: 'wrong password!' }, { headers });
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHORIZED');
    }
    const res = await gql(server, undefined, mutation, { e: user.email, p: user.password }, { headers });
    expect(res.body.errors[0].extensions.code).toBe('RATE_LIMIT_EXCEEDED');
    // The REST door shares the counters.
    expect((await login(user.email, user.password, '203.0.113.50')).status).toBe(429);
  });
});
