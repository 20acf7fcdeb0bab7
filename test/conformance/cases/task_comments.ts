/** The conformance cases of the task_comments area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import { inOrg, newTask, type OpCase } from './shared.js';

const comment = (w: World, p: Person, taskId: string, body: string): Promise<any> => created(p, `/tasks/${taskId}/comments${inOrg(w)}`, { body });

/** A comment by the stranger on their own task (another organization's). */
const foreignComment = (w: World): Promise<any> => created(w.stranger, `/tasks/${w.foreign.taskId}/comments`, { body: 'Not yours' });

export const taskCommentsCases = {
  'tasks.comments.list': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({
      'a task with comments': { org_id: w.orgId, task_id: d.taskId },
      'page 2 of 1 per page': { org_id: w.orgId, task_id: d.taskId, page: 2, per_page: 1 },
      'past the end': { org_id: w.orgId, task_id: d.taskId, page: 9 },
    }),
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId } }),
  },
  'tasks.add_comment': {
    sample: async (w) => ({ org_id: w.orgId, task_id: (await newTask(w, w.owner, 'Sample')).id, body: 'Sample comment' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        task_id: (await newTask(w, actor!, `Discussed ${tag}`)).id,
        body: `Looks good ${tag}`,
      }),
    },
    foreign: (w) => ({ "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId, body: 'Sneaky' } }),
  },
  'tasks.delete_comment': {
    sample: async (w) => {
      const task = await newTask(w, w.owner, 'Sample');
      return { org_id: w.orgId, task_id: task.id, comment_id: (await comment(w, w.owner, task.id, 'Sample')).id };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        const task = await newTask(w, actor!, `Commented ${tag}`);
        return { org_id: w.orgId, task_id: task.id, comment_id: (await comment(w, actor!, task.id, `Regret ${tag}`)).id };
      },
      notEchoed: ['task_id'],
    },
    foreign: async (w) => {
      const theirs = await foreignComment(w);
      const task = await newTask(w, w.owner, 'Mine');
      const other = await newTask(w, w.owner, 'Other');
      const onOther = await comment(w, w.owner, other.id, 'On another task');
      return {
        "another organization's task and comment": { org_id: w.orgId, task_id: w.foreign.taskId, comment_id: theirs.id },
        "another organization's comment on my task": { org_id: w.orgId, task_id: task.id, comment_id: theirs.id },
        'a comment of another task': { org_id: w.orgId, task_id: task.id, comment_id: onOther.id },
      };
    },
    // The viewer may delete their own comments, not the owner's.
    forbidden: async (w) => {
      const task = await newTask(w, w.owner, 'Kept');
      return { org_id: w.orgId, task_id: task.id, comment_id: (await comment(w, w.owner, task.id, 'Kept')).id };
    },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
