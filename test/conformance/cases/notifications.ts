/** The conformance cases of the notifications area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newProject, type OpCase } from './shared.js';

/** A task the owner makes with `p` among its assignees: `p` gets a `task_assigned` notification; its id. */
async function assignedNotification(w: World, p: Person, tag: string): Promise<string> {
  const project = await newProject(w, w.owner, `Notify ${tag}`);
  const task = await created(w.owner, `/tasks${inOrg(w)}`, { title: `For you ${tag}`, project_id: project.id, assignee_ids: [p.id] });
  const [row] = await w.server.svc.db<{ id: string }[]>`select id from notifications where user_id = ${p.id} and entity_id = ${task.id}`;
  if (!row) throw new Error('no task_assigned notification');
  return row.id;
}

export const notificationsCases = {
  // The read data set's comments notify the owner (`task_commented` on the task they created); the viewer has none.
  'notifications.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({
      all: { org_id: w.orgId },
      unread: { org_id: w.orgId, unread: true },
      read: { org_id: w.orgId, unread: false },
      'default organization': {},
      'page 2 of 1 per page': { org_id: w.orgId, page: 2, per_page: 1 },
    }),
  },
  'notifications.mark_read': {
    sample: (w) => ({ org_id: w.orgId }),
    // Marking read tells nobody (not even the reader's other connections).
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, ids: [await assignedNotification(w, actor!, tag), 'ntf_unknown'] }),
      silent: true,
    },
  },
  'notifications.preferences.get': {
    sample: () => ({}),
    reads: () => ({ mine: {} }),
  },
  'notifications.preferences.update': {
    sample: () => ({ email: { task_status_changed: true } }),
    // The answer holds every preference, not only the one given.
    write: { input: () => ({ email: { task_status_changed: false } }), notEchoed: ['email'], silent: true },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
