/** The conformance cases of the task_dependencies area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newTask, type OpCase } from './shared.js';

/** `waiter` waits for `blocker`. */
const depend = (w: World, p: Person, waiter: string, blocker: string): Promise<any> =>
  created(p, `/tasks/${waiter}/dependencies${inOrg(w)}`, { depends_on_id: blocker, dependency_type: 'blocked_by' });

/** Two fresh tasks of `p` (in two projects: dependencies cross projects). */
const pair = async (w: World, p: Person, name: string): Promise<[any, any]> => [await newTask(w, p, `${name} A`), await newTask(w, p, `${name} B`)];

/** A second task of the stranger, and a dependency between their two tasks. */
async function foreignDependency(w: World): Promise<any> {
  const projectId = (await w.stranger.rest.get(`/tasks/${w.foreign.taskId}`)).body.data.project_id;
  const other = await created(w.stranger, '/tasks', { title: 'Also not yours', project_id: projectId });
  return created(w.stranger, `/tasks/${other.id}/dependencies`, { depends_on_id: w.foreign.taskId, dependency_type: 'blocked_by' });
}

export const taskDependenciesCases = {
  'tasks.dependency.list': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'a task that blocks another': { org_id: w.orgId, task_id: d.taskId } }),
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId } }),
  },
  'tasks.dependencies.list_all': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({ 'the team': { org_id: w.orgId }, 'default organization': {} }),
  },
  'tasks.dependency.add': {
    sample: async (w) => {
      const [a, b] = await pair(w, w.owner, 'Sample');
      return { org_id: w.orgId, task_id: a.id, depends_on_id: b.id, dependency_type: 'blocked_by' };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const [a, b] = await pair(w, actor!, `Linked ${tag}`);
        return { org_id: w.orgId, task_id: a.id, depends_on_id: b.id, dependency_type: 'blocked_by' };
      },
    },
    foreign: async (w) => {
      const mine = await newTask(w, w.owner, 'Mine');
      return {
        "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId, depends_on_id: mine.id, dependency_type: 'blocked_by' },
        "depending on another organization's task": { org_id: w.orgId, task_id: mine.id, depends_on_id: w.foreign.taskId, dependency_type: 'blocks' },
      };
    },
    forbidden: async (w) => {
      const [a, b] = await pair(w, w.owner, 'Kept');
      return { org_id: w.orgId, task_id: a.id, depends_on_id: b.id, dependency_type: 'blocks' };
    },
  },
  'tasks.dependency.remove': {
    sample: async (w) => {
      const [a, b] = await pair(w, w.owner, 'Sample');
      return { org_id: w.orgId, task_id: a.id, dependency_id: (await depend(w, w.owner, a.id, b.id)).id };
    },
    write: {
      // Named from the blocking end: either end of a dependency may name it.
      input: async ({ w, actor, tag }) => {
        const [a, b] = await pair(w, actor!, `Unlinked ${tag}`);
        return { org_id: w.orgId, task_id: b.id, dependency_id: (await depend(w, actor!, a.id, b.id)).id };
      },
      notEchoed: ['task_id'],
    },
    foreign: async (w) => {
      const theirs = await foreignDependency(w);
      const [a, b] = await pair(w, w.owner, 'Mine');
      const unrelated = await newTask(w, w.owner, 'Unrelated');
      const mine = await depend(w, w.owner, a.id, b.id);
      return {
        "another organization's dependency": { org_id: w.orgId, task_id: w.foreign.taskId, dependency_id: theirs.id },
        "another organization's dependency on my task": { org_id: w.orgId, task_id: a.id, dependency_id: theirs.id },
        'a dependency not involving the task': { org_id: w.orgId, task_id: unrelated.id, dependency_id: mine.id },
      };
    },
    forbidden: async (w) => {
      const [a, b] = await pair(w, w.owner, 'Kept');
      return { org_id: w.orgId, task_id: a.id, dependency_id: (await depend(w, w.owner, a.id, b.id)).id };
    },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
