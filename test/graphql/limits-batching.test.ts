/**
 * Item 8 of issue 8 (GraphQL): each root mutation field of a document is one call of the per-user
 * API limit, over HTTP and graphql-ws; a document that does not fit runs nothing (429).
 * A server with a limit of 20 calls per minute stands in for the documented 100.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, subscribeGql } from '../support/graphql.js';
import { registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const LIMIT = 20;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: LIMIT });
});
afterAll(async () => {
  await server?.close();
});

/** One document creating `n` projects `<prefix> <i>` (the first unaliased, the others aliased: at most 15 aliases). */
const creates = (prefix: string, n: number): string =>
  `mutation { ${Array.from({ length: n }, (_, i) => `${i === 0 ? '' : `p${i}: `}createProject(input: { name: "${prefix} ${i}" }) { id }`).join(' ')} }`;

async function projectCount(user: RegisteredUser, prefix: string): Promise<number> {
  const [row] = await server.svc.db<
    { n: number }[]
  >`select count(*)::int as n from projects where org_id = ${user.orgId} and name like ${prefix + ' %'}`;
  return row!.n;
}

describe('GraphQL mutations count one call each', () => {
  it('16 mutations in one document cost 16; a document that does not fit runs nothing and answers 429', async () => {
    const user = await registerUser(server);
    const first = await gql(server, user.access_token, creates('m', 16));
    expect(first.status).toBe(200);
    expect(Object.keys(first.body.data)).toHaveLength(16);
    expect(first.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 16));
    expect(await projectCount(user, 'm')).toBe(16);

    // 4 left: 5 mutations do not fit. Nothing runs; the refused request itself counts one.
    const over = await gql(server, user.access_token, creates('o', 5));
    expect(over.status).toBe(429);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(over.headers.get('x-ratelimit-remaining')).toBe('3');
    expect(await projectCount(user, 'o')).toBe(0);

    // A fragment on Mutation counts its fields too: 3 fit in the 3 left.
    const frag = await gql(
      server,
      user.access_token,
      'mutation { ...M } fragment M on Mutation { a: createProject(input: { name: "f 1" }) { id } b: createProject(input: { name: "f 2" }) { id } c: createProject(input: { name: "f 3" }) { id } }',
    );
    expect(frag.status).toBe(200);
    expect(frag.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('a query document costs one call', async () => {
    const user = await registerUser(server);
    const res = await gql(server, user.access_token, '{ a: me { id } b: me { id } c: me { id } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 1));
  });

  it('over graphql-ws a document of 5 mutations costs 5', async () => {
    const user = await registerUser(server);
    const sub = await subscribeGql(server, user.access_token, creates('w', 5));
    const result = await sub.next();
    expect(Object.keys(result.data ?? {})).toHaveLength(5);
    await sub.close();
    const after = await gql(server, user.access_token, '{ me { id } }');
    expect(after.headers.get('x-ratelimit-remaining')).toBe(String(LIMIT - 5 - 1));

    // 14 left: 15 mutations over graphql-ws are refused, and none runs.
    const refused = await subscribeGql(server, user.access_token, creates('x', 15));
    const err = await refused.failed;
    expect(JSON.stringify(err)).toContain('RATE_LIMIT_EXCEEDED');
    await refused.close();
    expect(await projectCount(user, 'x')).toBe(0);
  });
});
