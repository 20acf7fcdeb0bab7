/** The conformance cases of the personal_access_tokens area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created } from '../world.js';
import type { OpCase } from './shared.js';

export const personalAccessTokensCases = {
  'personal_access_tokens.list': {
    sample: () => ({}),
    reads: () => ({ all: {} }),
  },
  'personal_access_tokens.create': {
    sample: (w) => ({ name: 'Sample', org_id: w.orgId }),
    write: { input: ({ w, tag }) => ({ name: `pat ${tag}`, org_id: w.orgId, expires_at: '2029-06-01T00:00:00Z' }) },
    foreign: (w) => ({ 'an organization of which one is not a member': { name: 'Sneaky', org_id: w.strangerOrgId } }),
  },
  'personal_access_tokens.delete': {
    sample: (w) => ({ id: w.foreign.patId }),
    write: {
      input: async ({ w, actor, tag }) => ({ id: (await created(actor!, '/personal-access-tokens', { name: `doomed ${tag}`, org_id: w.orgId })).id }),
    },
    foreign: (w) => ({ "another user's token": { id: w.foreign.patId } }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
