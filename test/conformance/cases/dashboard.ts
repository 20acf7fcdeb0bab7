/** The conformance cases of the dashboard area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import type { Input } from '../transports.js';
import type { OpCase } from './shared.js';

export const dashboardCases = {
  'dashboard.summary': {
    sample: (w) => ({ org_id: w.orgId }),
    // Compared for readers without a running timer only: a running timer's `tracked_secs_this_week` counts up to
    // the instant of each call, so two calls a moment apart may differ by a second (test/dashboard covers it).
    reads: (w, reader): Record<string, Input> =>
      reader.id === w.viewer.id ? { 'in the team': { org_id: w.orgId }, 'default organization': {} } : {},
  },
} satisfies Partial<Record<OperationName, OpCase>>;
