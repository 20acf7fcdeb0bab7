/**
 * The domain's implementation of the operation catalogue. `satisfies OperationHandlers` makes an
 * operation that is in the specs but not implemented here a type error (`npm run typecheck`).
 */
import type { OperationHandlers } from '../../generated/operations.js';
import type { OpContext } from './context.js';
import { authOperations } from './auth/operations.js';
import { userOperations } from './users/operations.js';
import { organizationOperations } from './organizations/operations.js';
import { memberOperations } from './members/operations.js';
import { patOperations } from './pats/operations.js';
import { projectOperations } from './projects/operations.js';
import { taskOperations } from './tasks/operations.js';
import { timeEntryOperations } from './time-entries/operations.js';

export const operations = {
  ...authOperations,
  ...userOperations,
  ...organizationOperations,
  ...memberOperations,
  ...patOperations,
  ...projectOperations,
  ...taskOperations,
  ...timeEntryOperations,
} satisfies OperationHandlers<OpContext>;
