/** The conformance cases of the organizations area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created } from '../world.js';
import type { OpCase } from './shared.js';

export const organizationsCases = {
  'organizations.list': {
    sample: () => ({}),
    reads: () => ({ all: {} }),
  },
  'organizations.get': {
    sample: (w) => ({ id: w.orgId }),
    reads: (w, reader) => ({ team: { id: w.orgId }, personal: { id: reader.personalOrgId } }),
    foreign: (w) => ({ 'another organization': { id: w.strangerOrgId } }),
  },
  'organizations.create': {
    sample: () => ({ name: 'Sample org' }),
    write: {
      input: ({ tag }) => ({ name: `Org ${tag}`, slug: `org-${tag}`, timezone: 'Europe/Paris', currency: 'EUR' }),
    },
  },
  'organizations.update': {
    sample: (w) => ({ id: w.orgId, name: 'Team' }),
    write: {
      input: async ({ actor, tag }) => ({
        id: (await created(actor!, '/organizations', { name: `Before ${tag}` })).id,
        name: `After ${tag}`,
        slug: `after-${tag}`,
        timezone: 'Asia/Tokyo',
        currency: 'JPY',
      }),
    },
    foreign: (w) => ({ 'another organization': { id: w.strangerOrgId, name: 'Mine now' } }),
    forbidden: (w) => ({ id: w.orgId, name: 'Hijacked' }),
  },
  'organizations.delete': {
    sample: (w) => ({ id: w.orgId }),
    write: { input: async ({ actor, tag }) => ({ id: (await created(actor!, '/organizations', { name: `Doomed ${tag}` })).id }) },
    foreign: (w) => ({ 'another organization': { id: w.strangerOrgId } }),
    // Owner only (no x-permission): a viewer, like an admin, is refused.
    forbidden: (w) => ({ id: w.orgId }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
