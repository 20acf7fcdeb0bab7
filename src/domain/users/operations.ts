import type { AreaHandlers } from '../../../generated/operations.js';
import { unauthorized } from '../../platform/errors.js';
import type { Contexts } from '../context.js';
import { findUserById, toCurrentUser } from './model.js';

export const userOperations = {
  async 'users.me'({ svc, actor }) {
    const user = await findUserById(svc.db, actor.userId);
    // A valid token for an account that no longer exists: the caller must sign in again.
    if (!user) throw unauthorized('This account no longer exists');
    return { data: toCurrentUser(user) };
  },
} satisfies AreaHandlers<'users', Contexts>;
