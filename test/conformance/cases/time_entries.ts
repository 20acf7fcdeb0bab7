/** The conformance cases of the time_entries area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { newEntry, newTask, startTimer, type OpCase } from './shared.js';

export const timeEntriesCases = {
  'time_entries.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w, _r, d) => ({
      all: { org_id: w.orgId },
      'default organization': {},
      'March 2025': { org_id: w.orgId, from: '2025-03-01', to: '2025-03-31' },
      'one user': { org_id: w.orgId, user_id: w.actors.rest.id },
      'not billable': { org_id: w.orgId, billable: false },
      'a project, page 2 of 1 per page': { org_id: w.orgId, project_id: d.projectId, page: 2, per_page: 1 },
    }),
  },
  'time_entries.get': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    reads: (w, _r, d) => ({ 'with a task': { org_id: w.orgId, entry_id: d.entryId } }),
    foreign: (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
  },
  'time_entries.current': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w) => ({ 'in the team': { org_id: w.orgId }, 'default organization': {} }),
  },
  'time_entries.create': {
    sample: (w) => ({ org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z' }),
    write: {
      async input({ w, actor, tag }) {
        const task = await newTask(w, actor!, `Logged ${tag}`);
        return {
          org_id: w.orgId,
          started_at: '2025-03-02T09:00:00Z',
          stopped_at: '2025-03-02T10:30:00Z',
          project_id: task.project_id,
          task_id: task.id,
          description: 'Logged',
          billable: true,
          hourly_rate_cents: 9000,
        };
      },
    },
    foreign: (w) => ({
      "another organization's project": {
        org_id: w.orgId,
        started_at: '2025-01-01T09:00:00Z',
        stopped_at: '2025-01-01T10:00:00Z',
        project_id: w.foreign.projectId,
      },
      "another organization's task": {
        org_id: w.orgId,
        started_at: '2025-01-01T09:00:00Z',
        stopped_at: '2025-01-01T10:00:00Z',
        task_id: w.foreign.taskId,
      },
    }),
    forbidden: (w) => ({ org_id: w.orgId, started_at: '2025-01-01T09:00:00Z', stopped_at: '2025-01-01T10:00:00Z' }),
  },
  'time_entries.start': {
    sample: (w) => ({ org_id: w.orgId }),
    write: {
      async input({ w, actor, tag }) {
        const task = await newTask(w, actor!, `Timed ${tag}`);
        // A timer already runs: starting stops it at the same instant (both changes are events).
        await startTimer(w, actor!);
        return { org_id: w.orgId, project_id: task.project_id, task_id: task.id, description: 'Timing', billable: false };
      },
      volatile: ['duration_secs'],
    },
    foreign: (w) => ({
      "another organization's project": { org_id: w.orgId, project_id: w.foreign.projectId },
      "another organization's task": { org_id: w.orgId, task_id: w.foreign.taskId },
    }),
    forbidden: (w) => ({ org_id: w.orgId }),
  },
  'time_entries.stop': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor }) => ({ org_id: w.orgId, entry_id: (await startTimer(w, actor!)).id }),
      volatile: ['duration_secs'],
    },
    foreign: (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
    // Someone else's running timer (the viewer has neither track_time nor manage_time).
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await startTimer(w, w.actors.rest)).id }),
  },
  'time_entries.update': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id, description: 'Changed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        entry_id: (await newEntry(w, actor!, `Before ${tag}`)).id,
        started_at: '2025-02-03T08:00:00Z',
        stopped_at: '2025-02-03T09:15:00Z',
        project_id: null,
        task_id: null,
        description: 'Changed',
        billable: false,
        hourly_rate_cents: 7000,
      }),
    },
    foreign: async (w) => ({
      "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId, description: 'Mine now' },
      "another organization's project": { org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Mine')).id, project_id: w.foreign.projectId },
    }),
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Kept')).id, description: 'Viewer was here' }),
  },
  'time_entries.delete': {
    sample: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Sample')).id }),
    write: { input: async ({ w, actor, tag }) => ({ org_id: w.orgId, entry_id: (await newEntry(w, actor!, `Doomed ${tag}`)).id }) },
    foreign: (w) => ({ "another organization's entry": { org_id: w.orgId, entry_id: w.foreign.entryId } }),
    forbidden: async (w) => ({ org_id: w.orgId, entry_id: (await newEntry(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
