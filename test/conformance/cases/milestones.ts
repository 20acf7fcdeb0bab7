/** The conformance cases of the milestones area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newProject, newTask, type OpCase } from './shared.js';

async function newMilestone(w: World, p: Person, name: string, projectId?: string): Promise<any> {
  const project = projectId ?? (await newProject(w, p, `${name} project`)).id;
  return created(p, `/projects/${project}/milestones${inOrg(w)}`, { title: name, target_date: '2025-06-30', description: 'Due' });
}

/** A milestone of the stranger's organization (made once per world). */
const foreignMilestones = new WeakMap<World, Promise<string>>();
function foreignMilestoneId(w: World): Promise<string> {
  let id = foreignMilestones.get(w);
  if (!id) {
    id = created(w.stranger, `/projects/${w.foreign.projectId}/milestones`, { title: 'Not yours', target_date: '2025-01-31' }).then((m) => m.id);
    foreignMilestones.set(w, id);
  }
  return id;
}

export const milestonesCases = {
  'milestones.list': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({
      'with counts': { org_id: w.orgId, project_id: d.projectId },
      'page 2 of 1 per page': { org_id: w.orgId, project_id: d.projectId, page: 2, per_page: 1 },
      'none yet': { org_id: w.orgId, project_id: d.archivedProjectId },
    }),
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId } }),
  },
  'milestones.create': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id, title: 'Sample', target_date: '2025-06-30' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        project_id: (await newProject(w, actor!, `Planned ${tag}`)).id,
        title: `Beta ${tag}`,
        target_date: '2025-05-15',
        color: '#112233',
        description: 'Everything the testers need',
      }),
    },
    foreign: (w) => ({
      "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, title: 'Sneaky', target_date: '2025-06-30' },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Kept')).id, title: 'Viewer', target_date: '2025-06-30' }),
  },
  'milestones.update': {
    sample: async (w) => ({ org_id: w.orgId, milestone_id: (await newMilestone(w, w.owner, 'Sample')).id, title: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        milestone_id: (await newMilestone(w, actor!, `Before ${tag}`)).id,
        title: `After ${tag}`,
        target_date: '2025-07-01',
        color: '#445566',
        description: null,
      }),
    },
    foreign: async (w) => ({ "another organization's milestone": { org_id: w.orgId, milestone_id: await foreignMilestoneId(w), title: 'Mine now' } }),
    forbidden: async (w) => ({ org_id: w.orgId, milestone_id: (await newMilestone(w, w.owner, 'Kept')).id, title: 'Viewer was here' }),
  },
  'milestones.delete': {
    sample: async (w) => ({ org_id: w.orgId, milestone_id: (await newMilestone(w, w.owner, 'Sample')).id }),
    write: {
      async input({ w, actor, tag }) {
        const task = await newTask(w, actor!, `Planned ${tag}`);
        const milestone = await newMilestone(w, actor!, `Doomed ${tag}`, task.project_id);
        // Straight into the database: which API sets a task's milestone is not this area's concern.
        await w.server.svc.db`update tasks set milestone_id = ${milestone.id} where id = ${task.id}`;
        return { org_id: w.orgId, milestone_id: milestone.id };
      },
    },
    foreign: async (w) => ({ "another organization's milestone": { org_id: w.orgId, milestone_id: await foreignMilestoneId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, milestone_id: (await newMilestone(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
