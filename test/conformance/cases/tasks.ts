/** The conformance cases of the tasks area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { newProject, newTask, type OpCase } from './shared.js';

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
        position: 7,
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
  'tasks.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newTask(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, id: w.foreign.taskId } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newTask(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
