/**
 * The conformance cases of the presence area. The table: ./index.ts. Every person of the world keeps a /ws
 * connection (their event stream), so each run's actor is connected: `presence.set` answers the status set
 * and pushes `UserPresence` (about the actor, so it lies among the actor's events on /ws). GraphQL streams it
 * on `userPresence`, which the world's watch does not subscribe to: only the other events are compared.
 * `presence.list` lists the world's members; connected ones show `last_seen` = now (masked as server-made).
 */
import type { OperationName } from '../../../generated/operations.js';
import type { Input } from '../transports.js';
import type { OpCase } from './shared.js';

export const presenceCases = {
  'presence.list': {
    sample: (w) => ({ org_id: w.orgId }),
    reads: (w): Record<string, Input> => ({
      'the team': { org_id: w.orgId },
      'two per page, page 2': { org_id: w.orgId, per_page: 2, page: 2 },
      'default organization': {},
    }),
  },
  'presence.set': {
    sample: () => ({ status: 'away' }),
    write: {
      input: () => ({ status: 'away' }),
      silent: true,
      compares: (e) => e.event !== 'UserPresence',
    },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
