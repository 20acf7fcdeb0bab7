/**
 * Delivers bus events to this instance's authenticated /ws connections. Connections are indexed by
 * user and by organization, so an event costs one map look-up plus one send per recipient, and its
 * frame is serialized once for all of them.
 *
 * Audience (bus.ts): an event with `user_id` goes to that user's connections (TimerUpdate); otherwise
 * to every connection of a member of `org_id` (EntityChanged). Membership events keep the index
 * current without a database query (membership.ts).
 */
import type { BusEvent } from '../../platform/bus.js';
import { membershipChange } from '../../domain/audience.js';
import { eventFrame } from './protocol.js';
import { addTo, removeFrom } from '../shared/sockets.js';

export interface Recipient {
  readonly userId: string;
  /** Organizations whose events this connection receives (kept by the hub). */
  readonly orgs: Set<string>;
  /** Sends an already encoded text frame. */
  sendFrame(frame: Buffer): void;
}


export class EventHub {
  private readonly byUser = new Map<string, Set<Recipient>>();
  private readonly byOrg = new Map<string, Set<Recipient>>();

  add(r: Recipient, orgIds: readonly string[]): void {
    addTo(this.byUser, r.userId, r);
    for (const org of orgIds) this.join(r, org);
  }

  remove(r: Recipient): void {
    removeFrom(this.byUser, r.userId, r);
    for (const org of r.orgs) removeFrom(this.byOrg, org, r);
    r.orgs.clear();
  }

  /**
   * A joining member receives the event that announces them; a leaving one still receives the event
   * that removes them, and nothing more from that organization.
   */
  deliver(e: BusEvent): void {
    // The team relay's events travel on the same bus; they belong to its socket, not to /ws.
    if (e.type !== 'EntityChanged' && e.type !== 'TimerUpdate') return;
    const change = membershipChange(e);
    if (change?.kind === 'join') for (const r of this.byUser.get(change.userId) ?? []) this.join(r, change.orgId);
    const recipients = e.user_id ? this.byUser.get(e.user_id) : e.org_id ? this.byOrg.get(e.org_id) : undefined;
    if (recipients && recipients.size > 0) {
      const frame = Buffer.from(eventFrame(e.type as 'EntityChanged' | 'TimerUpdate', e.data));
      for (const r of recipients) {
        // A user-scoped event of an organization the connection no longer belongs to stays private.
        if (e.user_id && e.org_id && !r.orgs.has(e.org_id)) continue;
        r.sendFrame(frame);
      }
    }
    if (change?.kind === 'leave') for (const r of [...(this.byUser.get(change.userId) ?? [])]) this.leave(r, change.orgId);
    if (change?.kind === 'dissolve') for (const r of [...(this.byOrg.get(change.orgId) ?? [])]) this.leave(r, change.orgId);
  }

  private join(r: Recipient, org: string): void {
    r.orgs.add(org);
    addTo(this.byOrg, org, r);
  }

  private leave(r: Recipient, org: string): void {
    r.orgs.delete(org);
    removeFrom(this.byOrg, org, r);
  }
}
