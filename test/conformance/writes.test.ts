/**
 * Same effect everywhere: every write operation of the catalogue runs once over each of its
 * transports, each run on its own fixtures by its own actor (the transport's admin, or the case's
 * actor). The answers must agree once what differs by construction is masked (generated ids,
 * tokens, server clocks, the run's tag); every input value the answer carries must be the one given;
 * each run must push the same events (EntityChanged with its changes, TimerUpdate) to the actor's
 * WS connection, as a member of the organization receives them; and the actor's GraphQL
 * subscriptions (`entityChanged`, `timerUpdate`) must stream exactly those events.
 * Events of a run are the ones between two marks (world.ts `markEvents`) caused by its actor.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPERATION_NAMES, operationMeta, type OperationName } from '../../generated/operations.js';
import type { WsEvent } from '../support/ws.js';
import { cases, type WriteCase } from './cases/index.js';
import { eventList, mask, notEchoed, withChangesField } from './compare.js';
import { gqlEventsBetween, markGql, watchGql } from './gql-events.js';
import { callOp, pathParamsOf, transportsOf, type Input, type Outcome, type Transport } from './transports.js';
import { created, eventsBetween, expectStatus, markEvents, newTag, startWorld, type Person, type World } from './world.js';

let w: World;

beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

interface RunResult {
  transport: Transport;
  tag: string;
  actor: Person | undefined;
  input: Input;
  answer: Outcome;
  /** What the actor's WS connection received; undefined for anonymous runs (nobody to watch). */
  events?: WsEvent[];
  /** The same, read from the actor's GraphQL subscriptions. */
  gqlEvents?: WsEvent[];
}

async function run(op: OperationName, write: WriteCase, transport: Transport, guide?: unknown): Promise<RunResult> {
  const tag = newTag();
  const actor: Person | undefined = write.actor ? await write.actor(w, tag) : w.actors[transport];
  const input = await write.input({ w, transport, tag, actor });
  if (!actor) return { transport, tag, actor, input, answer: await callOp(w.server, transport, op, actor, input, guide) };

  const watch = await watchGql(w, actor);
  const before = await markEvents(actor);
  const gqlBefore = await markGql(watch, actor, before);
  const answer = await callOp(w.server, transport, op, actor, input, guide);
  const after = await markEvents(actor);
  const gqlAfter = await markGql(watch, actor, after);
  return {
    transport,
    tag,
    actor,
    input,
    answer,
    events: (await eventsBetween(actor, before, after)).filter((e) => write.compares?.(e, input) ?? true),
    gqlEvents: gqlEventsBetween(watch, actor, gqlBefore, gqlAfter).filter((e) => write.compares?.(e, input) ?? true),
  };
}

/** The entity an answer is about: `data` when the body has it, else the body (auth tokens). */
const entityOf = (body: any): unknown => (body !== null && typeof body === 'object' && Object.hasOwn(body, 'data') ? body.data : body);

const writes = (OPERATION_NAMES as readonly OperationName[]).filter((op) => operationMeta[op].method !== 'GET');

/**
 * Runs `op` over `transports`, the first one first (its answer tells GraphQL what to select), the
 * others side by side; then checks the answers and events against the first run's.
 */
async function expectSameEffect(op: OperationName, write: WriteCase, transports: readonly Transport[]): Promise<void> {
  const [first, ...rest] = transports;
  const reference = await run(op, write, first!);
  expect(reference.answer, `${op} over ${first}`).toMatchObject({ ok: true });
  const guide = reference.answer.ok ? reference.answer.body : undefined;
  const others = await Promise.all(rest.map((t) => run(op, write, t, guide)));
  const runs = [reference, ...others];
  const masking = {
    tags: runs.map((r) => r.tag),
    volatile: write.volatile,
    aliases: new Map(runs.flatMap((r) => (r.actor ? [[r.actor.name, '<actor name>'] as const, [r.actor.email, '<actor email>'] as const] : []))),
  };

  for (const r of runs) {
    expect(r.answer, `${op} over ${r.transport}`).toMatchObject({ ok: true });
    if (!r.answer.ok) continue;
    const wrong = notEchoed(r.input, entityOf(r.answer.body), pathParamsOf(op), write.notEchoed);
    expect(wrong, `${op} over ${r.transport}: input values in the answer`).toEqual([]);
  }

  const shape = (r: RunResult) => ({ transport: r.transport, answer: mask(r.answer, masking) });
  for (const r of others) expect(shape(r)).toEqual({ ...shape(reference), transport: r.transport });

  if (reference.events) {
    if (!write.silent) expect(reference.events.length, `${op} over ${first} pushes events`).toBeGreaterThan(0);
    const events = (r: RunResult) => ({ transport: r.transport, events: eventList(r.events ?? [], masking) });
    for (const r of others) expect(events(r)).toEqual({ ...events(reference), transport: r.transport });
    // GraphQL subscriptions stream the very same events (exactly, not masked).
    for (const r of runs) {
      expect({ transport: r.transport, subscriptions: eventList(r.gqlEvents ?? []) }).toEqual({
        transport: r.transport,
        subscriptions: eventList((r.events ?? []).map(withChangesField)),
      });
    }
  }
}

it.each(writes)('%s has the same effect over every transport', async (op) => {
  await expectSameEffect(op, cases[op].write!, transportsOf(op));
});

it('time_entries.stop without entry_id (the running timer; not expressible over REST) has the same effect elsewhere', async () => {
  const base = cases['time_entries.stop'].write!;
  const withoutId: WriteCase = {
    ...base,
    async input(r) {
      const { entry_id: _running, ...input } = await base.input(r);
      return input;
    },
  };
  await expectSameEffect(
    'time_entries.stop',
    withoutId,
    transportsOf('time_entries.stop').filter((t) => t !== 'rest'),
  );
});

it('a TimerUpdate for someone who has left the organization reaches WS and GraphQL subscriptions alike', async () => {
  // Their timer keeps running after they leave; an admin (manage_time) then stops it: TimerUpdate
  // to the entry's owner, of an organization they no longer belong to.
  const tag = newTag();
  const leaver = await w.newPerson(`Lee ${tag}`, 'member', `lee-${tag}@example.test`);
  const timer = await created(leaver, `/time-entries/start?org_id=${w.orgId}`, { description: 'Left running' });
  const watch = await watchGql(w, leaver);
  const before = await markEvents(leaver);
  const gqlBefore = await markGql(watch, leaver, before);
  expectStatus(await w.owner.rest.delete(`/members/${leaver.id}?org_id=${w.orgId}`), 200, 'remove member');
  expectStatus(await w.owner.rest.post(`/time-entries/${timer.id}/stop?org_id=${w.orgId}`), 200, 'stop their timer');
  const after = await markEvents(leaver);
  const timers = (events: WsEvent[]) => eventList(events.filter((e) => e.event === 'TimerUpdate'));
  const overWs = timers(await eventsBetween(leaver, before, after));
  const overGraphql = timers(gqlEventsBetween(watch, leaver, gqlBefore, await markGql(watch, leaver, after)));
  expect({ graphqlSubscription: overGraphql }).toEqual({ graphqlSubscription: overWs });
});
