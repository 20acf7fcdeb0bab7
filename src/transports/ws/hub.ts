/**
 * Delivers bus events to this instance's authenticated /ws connections. Who receives what is the
 * domain's rule (src/domain/audience.ts: each connection's `Subscriber`); the hub only keeps
 * indexes, so an event costs a map look-up plus one check and one send per candidate, and each
 * distinct payload is serialized once for all of its receivers.
 *
 * Candidates: the connections of the event's organization (or of its one user), plus, when the event
 * adds someone to an organization, that user's connections, which the index learns about here.
 */
import { EVENT_NAMES, type EventName } from '../../../generated/events.js';
import type { BusEvent } from '../../platform/bus.js';
import { membershipChange, type Subscriber } from '../../domain/audience.js';
import { eventFrame } from './protocol.js';
import { addTo, removeFrom } from '../shared/sockets.js';

export interface Recipient {
  readonly subscriber: Subscriber;
  /** Sends an already encoded text frame. */
  sendFrame(frame: Buffer): void;
}

/** The events /ws pushes: those the AsyncAPI document declares (generated/events.ts). */
const PUSHED: ReadonlySet<string> = new Set<EventName>(EVENT_NAMES);
const isPushed = (e: BusEvent): e is Extract<BusEvent, { type: EventName }> => PUSHED.has(e.type);

export class EventHub {
  private readonly byUser = new Map<string, Set<Recipient>>();
  private readonly byOrg = new Map<string, Set<Recipient>>();

  add(r: Recipient): void {
    addTo(this.byUser, r.subscriber.userId, r);
    for (const org of r.subscriber.orgIds) addTo(this.byOrg, org, r);
  }

  remove(r: Recipient): void {
    removeFrom(this.byUser, r.subscriber.userId, r);
    for (const org of r.subscriber.orgIds) removeFrom(this.byOrg, org, r);
  }

  deliver(e: BusEvent): void {
    // The team relay's events travel on the same bus; they belong to its socket, not to /ws.
    if (!isPushed(e)) return;
    const change = membershipChange(e);
    const candidates = new Set(e.user_id ? this.byUser.get(e.user_id) : this.byOrg.get(e.org_id));
    if (change?.kind === 'join') for (const r of this.byUser.get(change.userId) ?? []) candidates.add(r);

    const frames = new Map<unknown, Buffer>();
    for (const r of candidates) {
      const had = r.subscriber.has(e.org_id);
      const data = r.subscriber.receive(e, change);
      if (data !== undefined) {
        let frame = frames.get(data);
        if (!frame) frames.set(data, (frame = Buffer.from(eventFrame(e.type, data))));
        r.sendFrame(frame);
      }
      // Keep the index in step with what the subscriber now follows.
      const has = r.subscriber.has(e.org_id);
      if (has && !had) addTo(this.byOrg, e.org_id, r);
      if (had && !has) removeFrom(this.byOrg, e.org_id, r);
    }
  }
}
