/** The conformance cases of the projects area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { newProject, type OpCase } from './shared.js';

export const projectsCases = {
  'projects.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      archived: { org_id: w.orgId, status: 'archived' },
      search: { org_id: w.orgId, search: 'WEB' },
      'page 2 of 1 per page': { org_id: w.orgId, page: 2, per_page: 1 },
    }),
  },
  'projects.get': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with client and rate': { org_id: w.orgId, id: d.projectId }, archived: { org_id: w.orgId, id: d.archivedProjectId } }),
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, id: w.foreign.projectId } }),
  },
  'projects.create': {
    sample: (w) => ({ org_id: w.orgId, name: 'Sample' }),
    write: {
      input: ({ w, tag }) => ({
        org_id: w.orgId,
        name: `Project ${tag}`,
        description: 'Conformance',
        color: '#336699',
        billable: false,
        hourly_rate_cents: 12345,
        client_id: w.clientId,
        status: 'active',
      }),
    },
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, name: 'Sneaky', client_id: w.foreign.clientId } }),
    forbidden: (w) => ({ org_id: w.orgId, name: 'Viewer project' }),
  },
  'projects.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id, name: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newProject(w, actor!, `Before ${tag}`)).id,
        name: `After ${tag}`,
        description: null,
        color: '#aa0000',
        billable: false,
        hourly_rate_cents: 5000,
        client_id: w.clientId,
        status: 'archived',
      }),
    },
    foreign: async (w) => ({
      "another organization's project": { org_id: w.orgId, id: w.foreign.projectId, name: 'Mine now' },
      "another organization's client": { org_id: w.orgId, id: (await newProject(w, w.owner, 'Mine')).id, client_id: w.foreign.clientId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Kept')).id, name: 'Viewer was here' }),
  },
  'projects.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newProject(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, id: w.foreign.projectId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newProject(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
