/** The conformance cases of the organizations area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created } from '../world.js';
import type { OpCase } from './shared.js';

export const organizationsCases = {
  'organizations.list': {
    sample: async () => ({}),
    reads: () => ({ all: {} }),
  },
  'organizations.get': {
    sample: async (w) => ({ id: w.orgId }),
    reads: (w, reader) => ({ team: { id: w.orgId }, personal: { id: reader.personalOrgId } }),
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId } }),
  },
  'organizations.create': {
    sample: async () => ({ name: 'Sample org' }),
    write: {
      input: async ({ tag }) => ({ name: `Org ${tag}`, slug: `org-${tag}`, timezone: 'Europe/Paris', currency: 'EUR' }),
    },
  },
  'organizations.update': {
    sample: async (w) => ({ id: w.orgId, name: 'Team' }),
    write: {
      input: async ({ actor, tag }) => ({
        id: (await created(actor!, '/organizations', { name: `Before ${tag}` })).id,
        name: `After ${tag}`,
        slug: `after-${tag}`,
        timezone: 'Asia/Tokyo',
        currency: 'JPY',
      }),
    },
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId, name: 'Mine now' } }),
    forbidden: async (w) => ({ id: w.orgId, name: 'Hijacked' }),
  },
  'organizations.delete': {
    sample: async (w) => ({ id: w.orgId }),
    write: { input: async ({ actor, tag }) => ({ id: (await created(actor!, '/organizations', { name: `Doomed ${tag}` })).id }) },
    foreign: async (w) => ({ 'another organization': { id: w.strangerOrgId } }),
    // Owner only (no x-permission): a viewer, like an admin, is refused.
    forbidden: async (w) => ({ id: w.orgId }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
