/** The conformance cases of the project members area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newProject, type OpCase } from './shared.js';

/** A fresh project of `p` with the team's viewer as a member (the viewer belongs to the organization). */
async function projectWithMember(w: World, p: Person, name: string): Promise<{ projectId: string; userId: string }> {
  const project = await newProject(w, p, name);
  await created(p, `/projects/${project.id}/members${inOrg(w)}`, { user_id: w.viewer.id });
  return { projectId: project.id, userId: w.viewer.id };
}

export const projectMembersCases = {
  'projects.members.list': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({
      'with a lead': { org_id: w.orgId, project_id: d.projectId },
      'page 2 of 1 per page': { org_id: w.orgId, project_id: d.projectId, page: 2, per_page: 1 },
      'none yet': { org_id: w.orgId, project_id: d.archivedProjectId },
    }),
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId } }),
  },
  'projects.members.add': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id, user_id: w.viewer.id }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        project_id: (await newProject(w, actor!, `Staffed ${tag}`)).id,
        user_id: w.viewer.id,
        role: 'lead',
        hourly_rate_cents: 11000,
        cost_rate_cents: 4000,
      }),
    },
    foreign: async (w) => ({
      "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, user_id: w.viewer.id },
      'a user outside the organization': { org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Closed')).id, user_id: w.stranger.id },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Kept')).id, user_id: w.viewer.id }),
  },
  'projects.members.update': {
    sample: async (w) => ({
      org_id: w.orgId,
      project_id: (await projectWithMember(w, w.owner, 'Sample')).projectId,
      user_id: w.viewer.id,
      role: 'lead',
    }),
    write: {
      input: async ({ w, actor, tag }) => {
        const { projectId, userId } = await projectWithMember(w, actor!, `Promoted ${tag}`);
        return { org_id: w.orgId, project_id: projectId, user_id: userId, role: 'lead', hourly_rate_cents: 13000, cost_rate_cents: null };
      },
    },
    foreign: (w) => ({
      "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, user_id: w.stranger.id, role: 'lead' },
    }),
    forbidden: async (w) => ({
      org_id: w.orgId,
      project_id: (await projectWithMember(w, w.owner, 'Kept')).projectId,
      user_id: w.viewer.id,
      role: 'lead',
    }),
  },
  'projects.members.remove': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await projectWithMember(w, w.owner, 'Sample')).projectId, user_id: w.viewer.id }),
    write: {
      input: async ({ w, actor, tag }) => {
        const { projectId, userId } = await projectWithMember(w, actor!, `Shrunk ${tag}`);
        return { org_id: w.orgId, project_id: projectId, user_id: userId };
      },
    },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, user_id: w.stranger.id } }),
    forbidden: async (w) => ({ org_id: w.orgId, project_id: (await projectWithMember(w, w.owner, 'Kept')).projectId, user_id: w.viewer.id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
