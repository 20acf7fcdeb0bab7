/** The conformance cases of the task_groups area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newProject, type OpCase } from './shared.js';

/** A new project of `p` with groups named `names` (in that order); returns the project and its groups. */
async function newGroups(w: World, p: Person, name: string, names: readonly string[]): Promise<{ projectId: string; groups: any[] }> {
  const project = await newProject(w, p, `${name} board`);
  const groups = [];
  for (const n of names) groups.push(await created(p, `/projects/${project.id}/task-groups${inOrg(w)}`, { name: n }));
  return { projectId: project.id, groups };
}

/** A new project of `p` with one group, as the input fields naming that group. */
const newGroup = async (w: World, p: Person, name: string): Promise<{ project_id: string; group_id: string }> => {
  const { projectId, groups } = await newGroups(w, p, name, [name]);
  return { project_id: projectId, group_id: groups[0].id };
};

/** A group in the stranger's organization (made once per world). */
const foreignGroups = new WeakMap<World, Promise<string>>();
function foreignGroup(w: World): Promise<string> {
  let id = foreignGroups.get(w);
  if (!id) {
    id = created(w.stranger, `/projects/${w.foreign.projectId}/task-groups`, { name: 'Not yours' }).then((g) => g.id as string);
    foreignGroups.set(w, id);
  }
  return id;
}

/** Inputs naming a group that is not one of the project's: another organization's, and another project's. */
async function foreignInputs(w: World, extra: Record<string, unknown> = {}): Promise<Record<string, Record<string, unknown>>> {
  const mine = await newGroup(w, w.owner, 'Mine');
  const other = await newGroup(w, w.owner, 'Other');
  return {
    "another organization's group": { org_id: w.orgId, project_id: mine.project_id, group_id: await foreignGroup(w), ...extra },
    "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, group_id: await foreignGroup(w), ...extra },
    "another project's group": { org_id: w.orgId, project_id: mine.project_id, group_id: other.group_id, ...extra },
  };
}

export const taskGroupsCases = {
  'task_groups.list': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newGroups(w, w.owner, 'Sample', ['One'])).projectId }),
    reads: (w, _r, d) => ({
      'with collapsed flags': { org_id: w.orgId, project_id: d.projectId },
      'page 2': { org_id: w.orgId, project_id: d.projectId, page: 2, per_page: 1 },
      'no groups': { org_id: w.orgId, project_id: d.archivedProjectId },
    }),
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId } }),
  },
  'task_groups.create': {
    sample: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Sample')).id, name: 'Sample' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        project_id: (await newGroups(w, actor!, `Create ${tag}`, ['Already there'])).projectId,
        name: `Group ${tag}`,
      }),
    },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, name: 'Sneaky' } }),
    forbidden: async (w) => ({ org_id: w.orgId, project_id: (await newProject(w, w.owner, 'Kept')).id, name: 'Viewer group' }),
  },
  'task_groups.update': {
    sample: async (w) => ({ org_id: w.orgId, ...(await newGroup(w, w.owner, 'Sample')), name: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, ...(await newGroup(w, actor!, `Before ${tag}`)), name: `After ${tag}` }),
    },
    foreign: (w) => foreignInputs(w, { name: 'Mine now' }),
    forbidden: async (w) => ({ org_id: w.orgId, ...(await newGroup(w, w.owner, 'Kept')), name: 'Viewer was here' }),
  },
  'task_groups.delete': {
    sample: async (w) => ({ org_id: w.orgId, ...(await newGroup(w, w.owner, 'Sample')) }),
    write: {
      // The first of three groups: the two others move up (updated events), the group goes (deleted).
      input: async ({ w, actor, tag }) => {
        const { projectId, groups } = await newGroups(w, actor!, `Delete ${tag}`, ['Doomed', 'Second', 'Third']);
        return { org_id: w.orgId, project_id: projectId, group_id: groups[0].id };
      },
      // DeleteResult's `id` is the group's; the project is only the path.
      notEchoed: ['project_id'],
    },
    foreign: (w) => foreignInputs(w),
    forbidden: async (w) => ({ org_id: w.orgId, ...(await newGroup(w, w.owner, 'Kept')) }),
  },
  'task_groups.reorder': {
    sample: async (w) => {
      const { projectId, groups } = await newGroups(w, w.owner, 'Sample', ['A', 'B']);
      return { org_id: w.orgId, project_id: projectId, order: [groups[1].id, groups[0].id] };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const { projectId, groups } = await newGroups(w, actor!, `Reorder ${tag}`, ['A', 'B', 'C']);
        return { org_id: w.orgId, project_id: projectId, order: [groups[2].id, groups[0].id, groups[1].id] };
      },
    },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId, order: [] } }),
    forbidden: async (w) => {
      const { projectId, groups } = await newGroups(w, w.owner, 'Kept', ['A', 'B']);
      return { org_id: w.orgId, project_id: projectId, order: [groups[1].id, groups[0].id] };
    },
  },
  'task_groups.toggle_collapsed': {
    sample: async (w) => ({ org_id: w.orgId, ...(await newGroup(w, w.owner, 'Sample')) }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, ...(await newGroup(w, actor!, `Fold ${tag}`)) }) },
    foreign: (w) => foreignInputs(w),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
