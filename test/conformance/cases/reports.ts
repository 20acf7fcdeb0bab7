/**
 * The conformance cases of the reports area. The table: ./index.ts. The reads run over the team data set (2025:
 * entries in February, March and April by two people, one project with a rate and a client); the viewer holds no
 * `view_reports`, so only the owner's reads are compared (the viewer's FORBIDDEN is the `forbidden` input).
 */
import type { OperationName } from '../../../generated/operations.js';
import type { Input } from '../transports.js';
import type { OpCase } from './shared.js';

const RANGE = { from: '2025-01-01', to: '2025-06-30' };

export const reportsCases = {
  'reports.timesheet': {
    sample: (w) => ({ org_id: w.orgId, ...RANGE }),
    reads: (w, reader, d): Record<string, Input> =>
      reader.id === w.viewer.id
        ? {}
        : {
            'half a year': { org_id: w.orgId, ...RANGE },
            'by project': { org_id: w.orgId, ...RANGE, group_by: 'project' },
            'by user, page 2 of 1 per page': { org_id: w.orgId, ...RANGE, group_by: 'user', page: 2, per_page: 1 },
            'by week, one project': { org_id: w.orgId, ...RANGE, group_by: 'week', project_id: d.projectId },
            'by client, description': { org_id: w.orgId, ...RANGE, group_by: 'client', description: 'SKETCH' },
            'by day, one user': { org_id: w.orgId, ...RANGE, group_by: 'day', user_id: w.actors.rest.id },
            'by task and by month': { org_id: w.orgId, from: '2025-03-01', to: '2025-03-31', group_by: 'task' },
            "a draft invoice's entries (none)": { org_id: w.orgId, ...RANGE, invoice_id: d.invoiceId, group_by: 'month' },
          },
    foreign: (w) => ({
      "another organization's project": { org_id: w.orgId, ...RANGE, project_id: w.foreign.projectId },
      "another organization's client": { org_id: w.orgId, ...RANGE, client_id: w.foreign.clientId },
      "another organization's user": { org_id: w.orgId, ...RANGE, user_id: w.stranger.id },
    }),
    forbidden: (w) => ({ org_id: w.orgId, ...RANGE }),
  },
  'reports.revenue': {
    sample: (w) => ({ org_id: w.orgId, ...RANGE }),
    reads: (w, reader): Record<string, Input> =>
      reader.id === w.viewer.id
        ? {}
        : {
            'by client': { org_id: w.orgId, ...RANGE },
            'by project': { org_id: w.orgId, ...RANGE, group_by: 'project' },
            'by month, one client': { org_id: w.orgId, ...RANGE, group_by: 'month', client_id: w.clientId },
          },
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, ...RANGE, client_id: w.foreign.clientId } }),
    forbidden: (w) => ({ org_id: w.orgId, ...RANGE }),
  },
  'reports.utilization': {
    sample: (w) => ({ org_id: w.orgId, ...RANGE }),
    reads: (w, reader, d): Record<string, Input> =>
      reader.id === w.viewer.id
        ? {}
        : {
            'default target': { org_id: w.orgId, ...RANGE },
            'one invoice': { org_id: w.orgId, ...RANGE, invoice_id: d.invoiceId },
            'target 100 hours, page 1 of 2 per page': { org_id: w.orgId, ...RANGE, target_hours: 100, page: 1, per_page: 2 },
            'one user, a target of 0': { org_id: w.orgId, ...RANGE, user_id: w.actors.rest.id, target_hours: 0 },
          },
    foreign: (w) => ({ "another organization's user": { org_id: w.orgId, ...RANGE, user_id: w.stranger.id } }),
    forbidden: (w) => ({ org_id: w.orgId, ...RANGE }),
  },
  'reports.profitability': {
    sample: (w) => ({ org_id: w.orgId, ...RANGE }),
    reads: (w, reader): Record<string, Input> =>
      reader.id === w.viewer.id
        ? {}
        : {
            'by project': { org_id: w.orgId, ...RANGE },
            'by client': { org_id: w.orgId, ...RANGE, group_by: 'client' },
            'by user': { org_id: w.orgId, ...RANGE, group_by: 'user' },
          },
    forbidden: (w) => ({ org_id: w.orgId, ...RANGE }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
