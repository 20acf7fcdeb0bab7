/** The conformance cases of the search area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import type { Input } from '../transports.js';
import type { OpCase } from './shared.js';

export const searchCases = {
  // Over the read data set: its tasks (`Design`, `Review`…), projects (`Website`, `Old web`), comments, the
  // team's client and its draft invoice (hits for the owner; the viewer may not read invoices).
  search: {
    sample: (w) => ({ org_id: w.orgId, q: 'design' }),
    reads: (w): Record<string, Input> => ({
      'a word': { org_id: w.orgId, q: 'design' },
      'prefix of the last word': { org_id: w.orgId, q: 'revi' },
      'several kinds, limited': { org_id: w.orgId, q: 'web or design', type: 'task,project', limit: 2 },
      'default organization': { q: 'website' },
    }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
