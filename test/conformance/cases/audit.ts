/**
 * The conformance cases of the audit area. The table: ./index.ts. The audit log grows with every write the other
 * cases make, so the compared reads are filtered to rows no case adds: the read data set's archived project
 * (created, then archived, while the data set was made), an unknown action and a range in the past. The viewer
 * holds no `view_audit`: only the owner's reads are compared (the viewer's FORBIDDEN is the `forbidden` input).
 */
import type { OperationName } from '../../../generated/operations.js';
import type { Input } from '../transports.js';
import type { OpCase } from './shared.js';

export const auditCases = {
  'audit.list': {
    sample: (w) => ({ org_id: w.orgId, action: 'no.such_action' }),
    reads: (w, reader, d): Record<string, Input> =>
      reader.id === w.viewer.id
        ? {}
        : {
            "the archived project's history": { org_id: w.orgId, entity_id: d.archivedProjectId },
            'one per page, page 2': { org_id: w.orgId, entity_id: d.archivedProjectId, per_page: 1, page: 2 },
            'an action no one ran': { org_id: w.orgId, action: 'no.such_action' },
            'days in the past': { org_id: w.orgId, from: '2020-01-01', to: '2020-01-31' },
          },
    forbidden: (w) => ({ org_id: w.orgId }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
