/**
 * GraphQL subscriptions (over graphql-ws): `entityChanged`, `timerUpdate`, `notificationCreated`, `chatMessage`,
 * `userTyping` and `userPresence` stream the same bus
 * events the /ws protocol pushes. Who receives what, and its shape, is the domain's rule
 * (src/domain/audience.ts); the arguments only narrow it.
 */
import type {
  SubscriptionChatMessageArgs,
  SubscriptionEntityChangedArgs,
  SubscriptionNotificationCreatedArgs,
  SubscriptionUserPresenceArgs,
  SubscriptionUserTypingArgs,
} from '../../../generated/graphql/resolvers.js';
import { requireActor } from '../../domain/access.js';
import { Subscriber } from '../../domain/audience.js';
import type { BusEvent, EventBus } from '../../platform/bus.js';
import { notFound } from '../../platform/errors.js';
import type { GraphContext } from '../../domain/graph.js';

/**
 * Events a subscriber may fall behind by. Beyond, the subscription ends and `onOverflow` runs (graphql-ws
 * closes the connection with 4010 Slow consumer): no event is dropped silently.
 */
export const MAX_BUFFERED_EVENTS = 1000;

/**
 * An async iterator over the bus: `select` turns an event into the value to emit (undefined: skip).
 * It subscribes at once and unsubscribes when the consumer stops (`return`, e.g. the client
 * completes the subscription or disconnects), even while a `next()` is waiting.
 */
export function busIterator<T>(bus: EventBus, select: (e: BusEvent) => T | undefined, onOverflow?: () => void): AsyncIterableIterator<T> {
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
    if (buffered.length >= MAX_BUFFERED_EVENTS) {
      finish();
      onOverflow?.();
      return;
    }
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

/** The caller's subscriber (src/domain/audience.ts): what it receives, shaped for it. */
async function subscriberOf(ctx: GraphContext): Promise<Subscriber> {
  return Subscriber.load(ctx.op.svc, requireActor(ctx.op));
}

export const subscriptionResolvers = {
  entityChanged: {
    async subscribe(_root: unknown, args: SubscriptionEntityChangedArgs, ctx: GraphContext): Promise<AsyncIterableIterator<unknown>> {
      const subscriber = await subscriberOf(ctx);
      if (args.orgId != null && !subscriber.has(args.orgId)) throw notFound('Organization');
      return busIterator(
        ctx.op.svc.bus,
        (e) => {
          const data = subscriber.receive(e);
          if (data === undefined || e.type !== 'EntityChanged') return undefined;
          if (args.orgId != null && e.org_id !== args.orgId) return undefined;
          if (args.entityType != null && e.data.entity_type !== args.entityType) return undefined;
          return data;
        },
        ctx.onSlowConsumer,
      );
    },
    resolve: passThrough,
  },
  timerUpdate: {
    async subscribe(_root: unknown, _args: unknown, ctx: GraphContext): Promise<AsyncIterableIterator<unknown>> {
      const subscriber = await subscriberOf(ctx);
      return busIterator(
        ctx.op.svc.bus,
        (e) => {
          const data = subscriber.receive(e);
          return e.type === 'TimerUpdate' ? data : undefined;
        },
        ctx.onSlowConsumer,
      );
    },
    resolve: passThrough,
  },
  notificationCreated: orgEventSubscription('NotificationCreated'),
  chatMessage: chatSubscription('ChatMessage'),
  userTyping: chatSubscription('UserTyping'),
  userPresence: orgEventSubscription('UserPresence'),
};

/** `notificationCreated` / `userPresence`: what the caller receives of that event (audience.ts), narrowed to one organization by `orgId`. */
function orgEventSubscription(type: 'NotificationCreated' | 'UserPresence') {
  return {
    async subscribe(
      _root: unknown,
      args: SubscriptionNotificationCreatedArgs | SubscriptionUserPresenceArgs,
      ctx: GraphContext,
    ): Promise<AsyncIterableIterator<unknown>> {
      const subscriber = await subscriberOf(ctx);
      if (args.orgId != null && !subscriber.has(args.orgId)) throw notFound('Organization');
      return busIterator(
        ctx.op.svc.bus,
        (e) => {
          const data = subscriber.receive(e);
          if (data === undefined || e.type !== type) return undefined;
          return args.orgId != null && e.org_id !== args.orgId ? undefined : data;
        },
        ctx.onSlowConsumer,
      );
    },
    resolve: passThrough,
  };
}

/** `chatMessage` / `userTyping`: the channel's audience only (audience.ts), narrowed to one channel by `channelId`. */
function chatSubscription(type: 'ChatMessage' | 'UserTyping') {
  return {
    async subscribe(
      _root: unknown,
      args: SubscriptionChatMessageArgs | SubscriptionUserTypingArgs,
      ctx: GraphContext,
    ): Promise<AsyncIterableIterator<unknown>> {
      const subscriber = await subscriberOf(ctx);
      return busIterator(
        ctx.op.svc.bus,
        (e) => {
          const data = subscriber.receive(e);
          if (data === undefined || e.type !== type) return undefined;
          return args.channelId != null && (data as { channel_id: string }).channel_id !== args.channelId ? undefined : data;
        },
        ctx.onSlowConsumer,
      );
    },
    resolve: passThrough,
  };
}
