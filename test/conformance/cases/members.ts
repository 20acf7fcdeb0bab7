/** The conformance cases of the members area (members.*, and invitations.accept). The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { expectStatus, mailedToken } from '../world.js';
import { inOrg, type OpCase } from './shared.js';

export const membersCases = {
  'members.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      admins: { org_id: w.orgId, role: 'admin' },
      'page 2 of 2 per page': { org_id: w.orgId, page: 2, per_page: 2 },
    }),
  },
  'members.invite': {
    sample: (w) => ({ org_id: w.orgId, email: 'sample@example.test' }),
    write: { input: ({ w, tag }) => ({ org_id: w.orgId, email: `inv-${tag}@example.test`, role: 'manager' }) },
    forbidden: (w) => ({ org_id: w.orgId, email: 'viewer-invites@example.test', role: 'admin' }),
  },
  'members.update': {
    sample: (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id, role: 'admin' }),
    write: {
      input: async ({ w, tag }) => ({
        org_id: w.orgId,
        user_id: (await w.newPerson(`Upd ${tag}`, 'member', `upd-${tag}@example.test`)).id,
        role: 'manager',
        permissions: { view_audit: true, manage_time: false },
        hourly_rate_cents: 12345,
        cost_rate_cents: 6000,
      }),
      notEchoed: ['permissions'],
    },
    foreign: (w) => ({ 'a user of another organization': { org_id: w.orgId, user_id: w.stranger.id, role: 'member' } }),
    forbidden: (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id, role: 'viewer' }),
  },
  'members.remove': {
    sample: (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id }),
    write: { input: async ({ w, tag }) => ({ org_id: w.orgId, user_id: (await w.newPerson(`Rem ${tag}`, 'member', `rem-${tag}@example.test`)).id }) },
    foreign: (w) => ({ 'a user of another organization': { org_id: w.orgId, user_id: w.stranger.id } }),
    forbidden: (w) => ({ org_id: w.orgId, user_id: w.actors.rest.id }),
  },
  'invitations.accept': {
    sample: () => ({ token: 'ivt_unknown' }),
    write: {
      // A registered user with no membership yet, invited by the owner in `input`.
      actor: (w, tag) => w.newPerson(`Ida ${tag}`, undefined, `ida-${tag}@example.test`),
      async input({ w, actor }) {
        expectStatus(await w.owner.rest.post(`/members/invite${inOrg(w)}`, { email: actor!.email, role: 'member' }), 201, 'invite');
        return { token: await mailedToken(w.server, actor!.email, 'invitation') };
      },
      notEchoed: ['token'],
    },
    async foreign(w) {
      // Addressed to someone else (by the stranger's organization): NOT_FOUND for the owner.
      const email = `someone-else-${Date.now()}@example.test`;
      expectStatus(await w.stranger.rest.post('/members/invite', { email }), 201, 'stranger invite');
      return { "another address's invitation": { token: await mailedToken(w.server, email, 'invitation') } };
    },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
