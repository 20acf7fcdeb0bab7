/** The conformance cases of the sidebar area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { newProject, type OpCase } from './shared.js';

export const sidebarCases = {
  'sidebar.get_collapsed': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({ mine: { org_id: w.orgId }, 'default organization': {} }),
  },
  'sidebar.toggle_collapsed': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id }),
    // The flag is the caller's own: nobody is told, not even the caller's other connections.
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, project_id: (await newProject(w, actor!, `Fold ${tag}`)).id }), silent: true },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId } }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
