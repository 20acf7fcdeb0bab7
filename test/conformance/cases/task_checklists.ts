/** The conformance cases of the task_checklists area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newTask, type OpCase } from './shared.js';

const item = (w: World, p: Person, taskId: string, title: string): Promise<any> => created(p, `/tasks/${taskId}/checklist${inOrg(w)}`, { title });

/** A task of `p` with three checklist items; returns the task and the items. */
async function checklist(w: World, p: Person, name: string): Promise<{ task: any; items: any[] }> {
  const task = await newTask(w, p, name);
  const items = [];
  for (const title of ['First', 'Second', 'Third']) items.push(await item(w, p, task.id, `${title} ${name}`));
  return { task, items };
}

/** An item on the stranger's own task (another organization's). */
const foreignItem = (w: World): Promise<any> => created(w.stranger, `/tasks/${w.foreign.taskId}/checklist`, { title: 'Not yours' });

export const taskChecklistsCases = {
  'tasks.checklist.list': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({
      'a task with items': { org_id: w.orgId, task_id: d.taskId },
      'page 2 of 1 per page': { org_id: w.orgId, task_id: d.taskId, page: 2, per_page: 1 },
    }),
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId } }),
  },
  'tasks.checklist.create': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id, title: 'Sample item' }),
    write: {
      input: async ({ w, actor, tag }) => {
        const { task } = await checklist(w, actor!, `Listed ${tag}`);
        return { org_id: w.orgId, task_id: task.id, title: `Fourth ${tag}` };
      },
    },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId, title: 'Sneaky' } }),
    forbidden: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Kept')).id, title: 'Viewer item' }),
  },
  'tasks.checklist.toggle': {
    sample: async (w) => ({ org_id: w.orgId, item_id: (await checklist(w, w.owner, 'Sample')).items[0].id }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, item_id: (await checklist(w, actor!, `Toggled ${tag}`)).items[1].id }),
      volatile: ['completed_at'],
    },
    foreign: async (w) => ({ "another organization's item": { org_id: w.orgId, item_id: (await foreignItem(w)).id } }),
  },
  'tasks.checklist.delete': {
    sample: async (w) => ({ org_id: w.orgId, item_id: (await checklist(w, w.owner, 'Sample')).items[0].id }),
    // The first of three: the other two move up (their `updated` events carry the position change).
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, item_id: (await checklist(w, actor!, `Pruned ${tag}`)).items[0].id }) },
    foreign: async (w) => ({ "another organization's item": { org_id: w.orgId, item_id: (await foreignItem(w)).id } }),
    forbidden: async (w) => ({ org_id: w.orgId, item_id: (await checklist(w, w.owner, 'Kept')).items[0].id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
