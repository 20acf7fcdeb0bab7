/**
 * GraphQL subscriptions (over graphql-ws): `entityChanged` and `timerUpdate` stream the same bus
 * events the /ws protocol pushes, filtered to what the subscriber may see.
 */
import type { SubscriptionEntityChangedArgs } from '../../../generated/graphql/resolvers.js';
import { userOrgIds } from '../../domain/auth/authenticate.js';
import { requireActor } from '../../domain/access.js';
import type { BusEvent, EventBus } from '../../platform/bus.js';
import { notFound } from '../../platform/errors.js';
import { membershipChange } from '../../domain/audience.js';
import type { GraphQLContext } from './context.js';

/** Events a slow subscriber may fall behind by; beyond, the oldest are dropped. */
const MAX_BUFFERED = 1000;

/**
 * An async iterator over the bus: `select` turns an event into the value to emit (undefined: skip).
 * It subscribes at once and unsubscribes when the consumer stops (`return`, e.g. the client
 * completes the subscription or disconnects), even while a `next()` is waiting.
 */
export function busIterator<T>(bus: EventBus, select: (e: BusEvent) => T | undefined): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  let waiting: ((r: IteratorResult<T>) => void) | undefined;
  let done = false;

  const unsubscribe = bus.subscribe((e) => {
    if (done) return;
    const value = select(e);
    if (value === undefined) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (buffered.length >= MAX_BUFFERED) buffered.shift();
    buffered.push(value);
  });

  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      unsubscribe();
      buffered.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return { value: undefined, done: true };
  };

  return {
    next() {
      if (buffered.length > 0) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      return Promise.resolve(finish());
    },
    throw(err: unknown) {
      finish();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The payload is the event data itself; each field resolver returns it. */
const passThrough = (payload: unknown): unknown => payload;

/**
 * The organizations whose events a subscriber sees, kept current from membership events on the bus
 * (as the /ws hub does): a join counts before the event is judged, so the new member sees it; a
 * leave after, so the leaving member still sees their removal and nothing more. A personal access
 * token sees only its organization and never gains another.
 */
async function audience(ctx: GraphQLContext): Promise<{ orgs: Set<string>; observe<T>(e: BusEvent, judge: () => T): T }> {
  const actor = requireActor(ctx.op);
  const orgs = new Set(actor.patOrgId ? [actor.patOrgId] : await userOrgIds(ctx.op.svc, actor.userId));
  return {
    orgs,
    observe(e, judge) {
      const change = membershipChange(e);
      if (change?.kind === 'join' && change.userId === actor.userId && !actor.patOrgId) orgs.add(change.orgId);
      const verdict = judge();
      if ((change?.kind === 'leave' && change.userId === actor.userId) || change?.kind === 'dissolve') orgs.delete(change.orgId);
      return verdict;
    },
  };
}

export const subscriptionResolvers = {
  entityChanged: {
    async subscribe(_root: unknown, args: SubscriptionEntityChangedArgs, ctx: GraphQLContext): Promise<AsyncIterableIterator<unknown>> {
      const actor = requireActor(ctx.op);
      const { orgs, observe } = await audience(ctx);
      if (args.orgId != null && !orgs.has(args.orgId)) throw notFound('Organization');
      return busIterator(ctx.op.svc.bus, (e) =>
        observe(e, () =>
          e.type === 'EntityChanged' &&
          e.org_id !== null &&
          orgs.has(e.org_id) &&
          (e.user_id === null || e.user_id === actor.userId) &&
          (args.orgId == null || e.org_id === args.orgId) &&
          (args.entityType == null || e.data.entity_type === args.entityType)
            ? e.data
            : undefined,
        ),
      );
    },
    resolve: passThrough,
  },
  timerUpdate: {
    async subscribe(_root: unknown, _args: unknown, ctx: GraphQLContext): Promise<AsyncIterableIterator<unknown>> {
      const actor = requireActor(ctx.op);
      const { orgs, observe } = await audience(ctx);
      // The user's own timer, in an organization they still belong to (a stopped entry of a team they
      // have left stays private to that team, as on /ws).
      return busIterator(ctx.op.svc.bus, (e) =>
        observe(e, () => (e.type === 'TimerUpdate' && e.user_id === actor.userId && e.org_id !== null && orgs.has(e.org_id) ? e.data : undefined)),
      );
    },
    resolve: passThrough,
  },
};
