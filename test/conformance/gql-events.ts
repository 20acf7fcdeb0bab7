/**
 * The same events over GraphQL subscriptions (graphql-ws): a person's `entityChanged`,
 * `timerUpdate` and `chatMessage` subscriptions, lined up with the WS marks of world.ts, so a run's events can be
 * read from both and compared.
 */
import { subscribeGql, type GqlSubscription } from '../support/graphql.js';
import type { WsEvent } from '../support/ws.js';
import { isMark, type EventMark, type Person, type World } from './world.js';

export interface GqlWatch {
  entity: GqlSubscription;
  timer: GqlSubscription;
  chat: GqlSubscription;
}

/** Where a WS mark falls in each subscription's results. */
export interface GqlMark {
  entity: number;
  timer: number;
  chat: number;
}

const ENTITY_CHANGED = 'subscription { entityChanged { entity_type entity_id action changes entity user_id org_id timestamp } }';
const TIMER_UPDATE =
  'subscription { timerUpdate { running time_entry { id description project_id task_id start_time started_at stopped_at duration_secs } } }';

const CHAT_MESSAGE =
  'subscription { chatMessage { channel_id message { id org_id channel_id content user_id user_name reply_to reactions { emoji count user_ids } created_at updated_at } } }';

const watches = new WeakMap<Person, Promise<GqlWatch>>();

/** The person's two subscriptions (opened on first use, closed with the world). */
export function watchGql(w: World, p: Person): Promise<GqlWatch> {
  let watch = watches.get(p);
  if (!watch) {
    watch = Promise.all([
      subscribeGql(w.server, p.token, ENTITY_CHANGED),
      subscribeGql(w.server, p.token, TIMER_UPDATE),
      subscribeGql(w.server, p.token, CHAT_MESSAGE),
    ]).then(([entity, timer, chat]) => {
      w.defer(() => Promise.all([entity.close(), timer.close(), chat.close()]));
      return { entity, timer, chat };
    });
    watches.set(p, watch);
  }
  return watch;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`graphql-ws: ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Lines the subscriptions up with a WS mark: `entityChanged` by the mark's own event; `timerUpdate`
 * once it has at least as many results as the WS connection had TimerUpdates by the mark (both
 * started together, so any more are TimerUpdates the WS connection did not get).
 */
export async function markGql(watch: GqlWatch, p: Person, mark: EventMark): Promise<GqlMark> {
  const ws = await p.ws();
  const entity = await until('no mark event', () => {
    const i = watch.entity.results.findIndex((r) => isMark(r.data?.entityChanged, mark.sentinel, mark.nonce));
    return i >= 0 ? i : undefined;
  });
  const timers = ws.messages.slice(0, mark.index).filter((m) => m?.event === 'TimerUpdate').length;
  await until(`fewer than ${timers} timerUpdate results`, () => (watch.timer.results.length >= timers ? true : undefined));
  // chatMessage streams the ChatMessage events the WS connection receives, in the same order: line up by count.
  const chats = ws.messages.slice(0, mark.index).filter((m) => m?.event === 'ChatMessage').length;
  await until(`fewer than ${chats} chatMessage results`, () => (watch.chat.results.length >= chats ? true : undefined));
  return { entity, timer: watch.timer.results.length, chat: chats };
}

/** The run's events as the WS protocol would push them, read from the subscriptions (actor's EntityChanged, TimerUpdates). */
export function gqlEventsBetween(watch: GqlWatch, p: Person, from: GqlMark, to: GqlMark): WsEvent[] {
  // A result with errors is kept as such, so that it shows in the comparison.
  const asEvent = (event: string, r: { data?: any; errors?: unknown }, field: string): WsEvent =>
    r.errors ? { event: 'errors', data: r.errors } : { event, data: r.data?.[field] };
  const changed = watch.entity.results
    .slice(from.entity + 1, to.entity)
    .map((r) => asEvent('EntityChanged', r, 'entityChanged'))
    .filter((e) => e.event !== 'EntityChanged' || e.data?.user_id === p.id);
  const timers = watch.timer.results.slice(from.timer, to.timer).map((r) => asEvent('TimerUpdate', r, 'timerUpdate'));
  const chats = watch.chat.results
    .slice(from.chat, to.chat)
    .map((r) => asEvent('ChatMessage', r, 'chatMessage'))
    .filter((e) => e.event !== 'ChatMessage' || e.data?.message?.user_id === p.id);
  return [...changed, ...timers, ...chats];
}
