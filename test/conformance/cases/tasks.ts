/** The conformance cases of the tasks area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created } from '../world.js';
import { inOrg, newProject, newTask, type OpCase } from './shared.js';

export const tasksCases = {
  'tasks.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w, _r, d) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'by priority in a project': { org_id: w.orgId, project_id: d.projectId, sort: 'priority' },
      done: { org_id: w.orgId, status: 'done' },
      'assigned to someone': { org_id: w.orgId, assignee_id: w.actors.rest.id },
      'due date descending, page 2': { org_id: w.orgId, sort: 'due_date', order: 'desc', page: 2, per_page: 2 },
      'a project by position': { org_id: w.orgId, project_id: d.projectId, sort: 'position' },
    }),
  },
  'tasks.get': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with assignees': { org_id: w.orgId, id: d.taskId } }),
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId } }),
  },
  'tasks.create': {
    sample: async (w) => ({ org_id: w.orgId, title: 'Sample', project_id: (await newProject(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        title: `Task ${tag}`,
        project_id: (await newProject(w, actor!, `Home ${tag}`)).id,
        description: 'Do it',
        status: 'in_progress',
        priority: 'high',
        start_date: '2025-04-01',
        due_date: '2025-04-15',
        estimated_hours: 2.5,
        assignee_ids: [actor!.id, w.owner.id],
      }),
    },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, title: 'Sneaky', project_id: w.foreign.projectId } }),
    forbidden: async (w) => ({ org_id: w.orgId, title: 'Viewer task', project_id: (await newProject(w, w.owner, 'Kept')).id }),
  },
  'tasks.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id, title: 'Renamed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newTask(w, actor!, `Before ${tag}`)).id,
        title: `After ${tag}`,
        project_id: (await newProject(w, actor!, `Moved ${tag}`)).id,
        description: null,
        status: 'review',
        priority: 'urgent',
        start_date: '2025-05-01',
        due_date: '2025-05-31',
        estimated_hours: 4,
        assignee_ids: [w.owner.id],
        position: 0,
      }),
    },
    foreign: async (w) => ({
      "another organization's task": { org_id: w.orgId, id: w.foreign.taskId, title: 'Mine now' },
      "another organization's project": { org_id: w.orgId, id: (await newTask(w, w.owner, 'Mine')).id, project_id: w.foreign.projectId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id, title: 'Viewer was here' }),
  },
  'tasks.update_status': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id, status: 'done' }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newTask(w, actor!, `Status ${tag}`)).id, status: 'done' }) },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId, status: 'done' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id, status: 'cancelled' }),
  },
  'tasks.create_bulk': {
    sample: async (w) => ({ org_id: w.orgId, tasks: [{ title: 'Sample', project_id: (await newProject(w, w.owner, 'Sample')).id }] }),
    write: {
      input: async ({ w, actor, tag }) => {
        const project = (await newProject(w, actor!, `Bulk ${tag}`)).id;
        const other = (await newProject(w, actor!, `Bulk other ${tag}`)).id;
        return {
          org_id: w.orgId,
          tasks: [
            { title: `First ${tag}`, project_id: project, start_date: '2025-04-01', assignee_ids: [actor!.id] },
            { title: `Second ${tag}`, project_id: project, status: 'review', priority: 'urgent', due_date: '2025-04-30' },
            { title: `Elsewhere ${tag}`, project_id: other, estimated_hours: 3 },
          ],
        };
      },
    },
    foreign: (w) => ({ "another organization's project": { org_id: w.orgId, tasks: [{ title: 'Sneaky', project_id: w.foreign.projectId }] } }),
    forbidden: async (w) => ({ org_id: w.orgId, tasks: [{ title: 'Viewer task', project_id: (await newProject(w, w.owner, 'Kept')).id }] }),
  },
  'tasks.reorder': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id, position: 0 }),
    write: {
      input: async ({ w, actor, tag }) => {
        const project = (await newProject(w, actor!, `Order ${tag}`)).id;
        const ids: string[] = [];
        for (const title of ['a', 'b', 'c'])
          ids.push((await created(actor!, `/tasks${inOrg(w)}`, { title: `${title} ${tag}`, project_id: project })).id);
        return { org_id: w.orgId, task_id: ids[2], position: 0, group_id: null };
      },
      notEchoed: ['task_id', 'group_id'],
    },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId, position: 0 } }),
    forbidden: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Kept')).id, position: 0 }),
  },
  'tasks.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newTask(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
