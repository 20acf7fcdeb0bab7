/** The conformance cases of the task_statuses area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, newTag, type Person, type World } from '../world.js';
import { inOrg, newProject, type OpCase } from './shared.js';

/** A status of the team made over REST by `p` (code from `tag`). */
const newStatus = (w: World, p: Person, tag: string, category = 'in_progress'): Promise<any> =>
  created(p, `/task-statuses${inOrg(w)}`, { code: `st_${tag}`, label: `Status ${tag}`, color: '#123456', category, position: 1 });

/** A status of the stranger's organization (made once per world). */
const foreignStatuses = new WeakMap<World, Promise<string>>();
function foreignStatusId(w: World): Promise<string> {
  let id = foreignStatuses.get(w);
  if (!id) {
    id = created(w.stranger, '/task-statuses', { code: 'not_yours', label: 'Not yours', color: '#000000', category: 'todo' }).then((s) => s.id);
    foreignStatuses.set(w, id);
  }
  return id;
}

/** A task of a new project with status `code`. */
const taskWithStatus = async (w: World, p: Person, tag: string, code: string): Promise<any> =>
  created(p, `/tasks${inOrg(w)}`, { title: `Has ${tag}`, project_id: (await newProject(w, p, `Statuses ${tag}`)).id, status: code });

export const taskStatusesCases = {
  'task_statuses.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'page 2 of 2 per page': { org_id: w.orgId, page: 2, per_page: 2 },
    }),
  },
  'task_statuses.create': {
    sample: (w) => ({ org_id: w.orgId, code: 'sample', label: 'Sample', color: '#abcdef', category: 'todo' }),
    write: {
      // Appended last (an explicit position would shift however many statuses the concurrent runs made, each with
      // its own event); which index is last depends on the interleaving of the runs.
      input: ({ w, tag }) => ({ org_id: w.orgId, code: `new_${tag}`, label: `New ${tag}`, color: '#0a0B0c', category: 'in_progress' }),
      volatile: ['position'],
    },
    forbidden: (w) => ({ org_id: w.orgId, code: 'viewer_status', label: 'Viewer', color: '#abcdef', category: 'todo' }),
  },
  'task_statuses.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newStatus(w, w.owner, newTag())).id, label: 'Renamed' }),
    write: {
      async input({ w, actor, tag }) {
        const status = await newStatus(w, actor!, tag);
        await taskWithStatus(w, actor!, tag, status.code);
        return { org_id: w.orgId, id: status.id, code: `re_${tag}`, label: `Renamed ${tag}`, color: '#fedcba', category: 'done' };
      },
      // Concurrent runs insert their fixtures into one sequence: where each ends up depends on the interleaving.
      volatile: ['position'],
    },
    foreign: async (w) => ({ "another organization's status": { org_id: w.orgId, id: await foreignStatusId(w), label: 'Mine now' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newStatus(w, w.owner, newTag())).id, label: 'Viewer was here' }),
  },
  'task_statuses.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newStatus(w, w.owner, newTag())).id }),
    write: {
      async input({ w, actor, tag }) {
        const status = await newStatus(w, actor!, tag);
        await taskWithStatus(w, actor!, tag, status.code);
        return { org_id: w.orgId, id: status.id, replace_with: 'review' };
      },
      volatile: ['position'],
      // The statuses after the deleted one move up, each announced; those of the other runs depend on the interleaving.
      compares: (e, input) => e.data?.entity_type !== 'task_status' || e.data.entity_id === input.id,
      notEchoed: ['replace_with'],
    },
    foreign: async (w) => ({ "another organization's status": { org_id: w.orgId, id: await foreignStatusId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newStatus(w, w.owner, newTag())).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
