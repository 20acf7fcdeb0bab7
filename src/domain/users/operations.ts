import type { OperationHandlers } from '../../../generated/operations.js';
import { unauthorized } from '../../platform/errors.js';
import { requireActor } from '../access.js';
import type { OpContext } from '../context.js';
import { findUserById, toUser } from './model.js';

export const userOperations = {
  async 'users.me'(ctx) {
    const actor = requireActor(ctx);
    const user = await findUserById(ctx.svc.db, actor.userId);
    // A valid token for an account that no longer exists: the caller must sign in again.
    if (!user) throw unauthorized('This account no longer exists');
    return { data: toUser(user) };
  },
} satisfies Pick<OperationHandlers<OpContext>, 'users.me'>;
