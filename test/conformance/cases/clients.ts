/** The conformance cases of the clients area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, newTag, type Person, type World } from '../world.js';
import { inOrg, type OpCase } from './shared.js';

const newClient = (w: World, p: Person, tag: string, extra: Record<string, unknown> = {}): Promise<any> =>
  created(p, `/clients${inOrg(w)}`, { name: `Client ${tag}`, email: `billing-${tag}@example.test`, ...extra });

export const clientsCases = {
  'clients.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'search by name, any case': { org_id: w.orgId, search: 'aCm' },
      'search matching nothing': { org_id: w.orgId, search: 'zzz-nobody' },
      'archived only': { org_id: w.orgId, archived: true },
      'page 2 of 1 per page': { org_id: w.orgId, page: 2, per_page: 1 },
    }),
  },
  'clients.get': {
    sample: (w) => ({ org_id: w.orgId, id: w.clientId }),
    reads: (w) => ({ 'the team client': { org_id: w.orgId, id: w.clientId } }),
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, id: w.foreign.clientId } }),
  },
  'clients.create': {
    sample: (w) => ({ org_id: w.orgId, name: `Sample ${newTag()}` }),
    write: {
      input: ({ w, tag }) => ({
        org_id: w.orgId,
        name: `Globex ${tag}`,
        email: `ap-${tag}@globex.example`,
        address: 'Main Street 1\n12345 Springfield',
        tax_rate_bp: 1900,
        currency: 'EUR',
        notes: 'Pays late',
      }),
    },
    forbidden: (w) => ({ org_id: w.orgId, name: 'Viewer client' }),
  },
  'clients.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newClient(w, w.owner, newTag())).id, name: `Renamed ${newTag()}` }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newClient(w, actor!, tag)).id,
        name: `After ${tag}`,
        tax_rate_bp: 770,
        currency: 'CHF',
        email: null,
        archived: true,
      }),
    },
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, id: w.foreign.clientId, name: 'Mine now' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newClient(w, w.owner, newTag())).id, name: 'Viewer was here' }),
  },
  'clients.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newClient(w, w.owner, newTag())).id }),
    write: {
      async input({ w, actor, tag }) {
        const client = await newClient(w, actor!, tag);
        // A project billed to it: detached in the same change (its `updated` event comes first).
        await created(actor!, `/projects${inOrg(w)}`, { name: `Billed ${tag}`, client_id: client.id });
        return { org_id: w.orgId, id: client.id };
      },
    },
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, id: w.foreign.clientId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newClient(w, w.owner, newTag())).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
