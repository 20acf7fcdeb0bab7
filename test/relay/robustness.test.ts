/**
 * Every relay route of the generated table (specs/openapi/relay.yaml), correctly signed, fed hostile
 * input: wrong JSON types, nulls, huge strings, path parameters that are not ids. Each answer must be a
 * documented relay error (or a success), in the relay's format — never a 500 — and the data must be
 * unchanged by every refused call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayRoutes } from '../../generated/relay/routes.js';
import { registerUser } from '../support/http.js';
import { makeKey, relayFetch } from '../support/relay.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let session: string;

beforeAll(async () => {
  server = await startTestServer({ relayRateLimitPerMinute: 100_000, relayTestHooks: true });
  session = (await registerUser(server)).access_token;
});
afterAll(() => server?.close());

const HOSTILE_BODIES: unknown[] = [
  {},
  { team: null, invite_code: null, visibility: null, claim_secret: null, new_token: null, user_code: null, action: null },
  { team: [], invite_code: 5, visibility: 1, claim_secret: {}, new_token: [], user_code: 7, action: 'nope', ttl_hours: { x: 1 } },
  { team: { name: 7, members: 'x', skills: [null, 5], platforms: [1], knowledge: ['k'] }, team_id: 'not-a-uuid', base_hash: 42 },
  { team: { name: 'ok', members: [{ name: { a: 1 }, role: [] }] }, team_id: '00000000-0000-0000-0000-000000000000' },
  { team: { name: 'ok', skills: [{ id: 'a', body: 5 }] }, ttl_hours: '1e9', visibility: 'public', invite_code: 'x'.repeat(10_000) },
  // Passes every shape check, so it reaches the operations themselves.
  {
    team: { name: 'ok' },
    team_id: 'not-a-uuid',
    base_hash: 42,
    ttl_hours: -1,
    visibility: 'public',
    invite_code: 'trc_inv_x',
    claim_secret: 'trc_ocs_x',
    new_token: 'trc_ak_x',
    user_code: 'ABCD-EFGH',
    action: 'get_team',
  },
  { user_code: 'ÄÄÄÄ-ÄÄÄÄ', new_token: 'trc_ak_short', claim_secret: 'trc_ocs_' + 'x'.repeat(5000), team_id: '' },
];
const HOSTILE_PARAMS = ['x', '%00', '..', "'; drop table relay_teams; --", '00000000-0000-0000-0000-000000000000', 'é'.repeat(300)];

async function snapshot(): Promise<string> {
  const rows = await server.svc.db`
    select (select count(*) from relay_teams) as teams, (select count(*) from relay_members) as members,
           (select count(*) from relay_token_teams) as links, (select count(*) from relay_invites) as invites,
           (select count(*) from relay_machine_tokens) as machines, (select count(*) from relay_device_requests) as devices`;
  return JSON.stringify(rows[0]);
}

describe('every relay route refuses hostile input cleanly', () => {
  for (const route of relayRoutes) {
    it(`${route.method} ${route.path}`, async () => {
      const key = makeKey();
      const before = await snapshot();
      const paths = route.pathParams.length ? HOSTILE_PARAMS : [''];
      const bodies = route.hasBody ? HOSTILE_BODIES : [undefined];
      const statuses = new Set<number>();
      for (const param of paths) {
        const path = route.path.replace(/\{[^}]+\}/g, (m) => (m === '{token}' ? key.token : encodeURIComponent(param)));
        for (const body of bodies) {
          const payload = body && typeof body === 'object' && route.hasBody ? { token: key.token, ...body } : body;
          const res = await relayFetch(
            server.url,
            key,
            route.method,
            `${path}${(route.queryParams as readonly string[]).includes('team_id') ? `?team_id=${encodeURIComponent(param || 'x')}` : ''}`,
            payload as object | undefined,
            {
              headers: { authorization: `Bearer ${session}` },
            },
          );
          statuses.add(res.status);
          expect(res.status, `${route.method} ${path} ${JSON.stringify(payload)?.slice(0, 120)}`).toBeLessThan(500);
          if (res.status >= 400 && res.status !== 404) {
            expect(typeof res.body?.error, JSON.stringify(res.body)).toBe('string');
          }
        }
      }
      // Some calls may legitimately succeed (a team created, an invite made): only refused calls must leave no trace.
      if ([...statuses].every((s) => s >= 400)) expect(await snapshot()).toBe(before);
    });
  }
});
