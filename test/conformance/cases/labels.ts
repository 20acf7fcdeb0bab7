/** The conformance cases of the labels area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, newTag, type Person, type World } from '../world.js';
import { inOrg, newTask, type OpCase } from './shared.js';

const newLabel = (w: World, p: Person, tag: string): Promise<any> => created(p, `/labels${inOrg(w)}`, { name: `Label ${tag}`, color: '#123456' });

/** A label of the stranger's organization (made once per world). */
const foreignLabels = new WeakMap<World, Promise<string>>();
function foreignLabelId(w: World): Promise<string> {
  let id = foreignLabels.get(w);
  if (!id) {
    id = created(w.stranger, '/labels', { name: 'Not yours', color: '#000000' }).then((l) => l.id);
    foreignLabels.set(w, id);
  }
  return id;
}

/** Puts the label on a new task (straight into the database: which API sets labels is not this area's concern). */
async function labelledTask(w: World, p: Person, tag: string, labelId: string): Promise<void> {
  const task = await newTask(w, p, `Labelled ${tag}`);
  await w.server.svc.db`insert into task_labels (task_id, label_id, org_id) values (${task.id}, ${labelId}, ${w.orgId})`;
}

export const labelsCases = {
  'labels.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'page 2 of 2 per page': { org_id: w.orgId, page: 2, per_page: 2 },
    }),
  },
  'labels.create': {
    sample: (w) => ({ org_id: w.orgId, name: 'Sample', color: '#abcdef' }),
    write: { input: ({ w, tag }) => ({ org_id: w.orgId, name: `Urgent ${tag}`, color: '#AA0000' }) },
    forbidden: (w) => ({ org_id: w.orgId, name: 'Viewer label', color: '#abcdef' }),
  },
  'labels.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newLabel(w, w.owner, newTag())).id, name: `Renamed ${newTag()}` }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newLabel(w, actor!, tag)).id, name: `After ${tag}`, color: '#00ff00' }),
    },
    foreign: async (w) => ({ "another organization's label": { org_id: w.orgId, id: await foreignLabelId(w), name: 'Mine now' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newLabel(w, w.owner, newTag())).id, name: 'Viewer was here' }),
  },
  'labels.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newLabel(w, w.owner, newTag())).id }),
    write: {
      async input({ w, actor, tag }) {
        const label = await newLabel(w, actor!, tag);
        await labelledTask(w, actor!, tag, label.id);
        return { org_id: w.orgId, id: label.id };
      },
    },
    foreign: async (w) => ({ "another organization's label": { org_id: w.orgId, id: await foreignLabelId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newLabel(w, w.owner, newTag())).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
