/** The conformance cases of the users area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import type { OpCase } from './shared.js';

export const usersCases = {
  'users.me': {
    sample: () => ({}),
    reads: () => ({ me: {} }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
