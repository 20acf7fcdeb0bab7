/** The conformance cases of the task_recurrences area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newTask, type OpCase } from './shared.js';

async function newRecurrence(w: World, p: Person, name: string, pattern = 'daily'): Promise<any> {
  const task = await newTask(w, p, name);
  return created(p, `/tasks/${task.id}/recurrence${inOrg(w)}`, { recurrence_pattern: pattern });
}

/** A recurrence of the stranger's organization (made once per world). */
const foreignRecurrences = new WeakMap<World, Promise<string>>();
function foreignRecurrenceId(w: World): Promise<string> {
  let id = foreignRecurrences.get(w);
  if (!id) {
    id = created(w.stranger, `/tasks/${w.foreign.taskId}/recurrence`, { recurrence_pattern: 'monthly' }).then((r) => r.id);
    foreignRecurrences.set(w, id);
  }
  return id;
}

export const taskRecurrencesCases = {
  'task_recurrences.create': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id, recurrence_pattern: 'weekly' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        task_id: (await newTask(w, actor!, `Repeats ${tag}`)).id,
        recurrence_pattern: '30 9 * * 1-5',
      }),
    },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId, recurrence_pattern: 'daily' } }),
    forbidden: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Kept')).id, recurrence_pattern: 'daily' }),
  },
  'task_recurrences.get': {
    sample: async (w) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'a weekly recurrence': { org_id: w.orgId, recurrence_id: d.recurrenceId } }),
    foreign: async (w) => ({ "another organization's recurrence": { org_id: w.orgId, recurrence_id: await foreignRecurrenceId(w) } }),
  },
  'task_recurrences.update': {
    sample: async (w) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, w.owner, 'Sample')).id, recurrence_pattern: 'monthly' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        recurrence_id: (await newRecurrence(w, actor!, `Before ${tag}`)).id,
        recurrence_pattern: '0 8 1 * *',
      }),
    },
    foreign: async (w) => ({
      "another organization's recurrence": { org_id: w.orgId, recurrence_id: await foreignRecurrenceId(w), recurrence_pattern: 'daily' },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, w.owner, 'Kept')).id, recurrence_pattern: 'weekly' }),
  },
  'task_recurrences.delete': {
    sample: async (w) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, actor!, `Doomed ${tag}`)).id }),
    },
    foreign: async (w) => ({ "another organization's recurrence": { org_id: w.orgId, recurrence_id: await foreignRecurrenceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, recurrence_id: (await newRecurrence(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
