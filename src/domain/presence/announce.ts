/**
 * Telling the members of a user's organizations that the user's presence changed: one `UserPresence` per
 * organization (org-scoped delivery: its members' sockets and subscriptions, src/domain/audience.ts), after
 * `users.last_seen_at` is recorded. Like `UserTyping`, presence is a signal, not a change of the data: it is
 * published as it is (seq 0, not in the `events` outbox), to this instance at once and to the others through
 * the bus, so sockets opening and closing never add rows to the event log.
 */
import type { Services } from '../../platform/services.js';
import type { BusEvent } from '../../platform/bus.js';
import type { UserPresence } from '../../../generated/models.js';

export type PresenceEventStatus = UserPresence['status'];

/** Records `last_seen` for each user and sends their presence to their organizations; answers `last_seen` per user. */
export async function announcePresence(svc: Services, userIds: readonly string[], status: PresenceEventStatus): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await svc.db<{ id: string; last_seen_at: string; orgs: string[] | null }[]>`
    update users u set last_seen_at = now()
    where u.id = any(${svc.db.array([...userIds])}::text[])
    returning u.id, u.last_seen_at,
      (select array_agg(m.org_id order by m.created_at) from members m where m.user_id = u.id) as orgs`;
  const events: BusEvent[] = rows.flatMap((r) =>
    (r.orgs ?? []).map((orgId) => ({
      type: 'UserPresence' as const,
      org_id: orgId,
      user_id: null,
      data: { user_id: r.id, status, last_seen: r.last_seen_at },
      seq: 0,
    })),
  );
  if (events.length > 0) await svc.bus.publish(events);
  return new Map(rows.map((r) => [r.id, r.last_seen_at]));
}

/**
 * The socket hooks: `opened` when a /ws or graphql-ws socket of `userId` is accepted, `closed` when it ends. The
 * first socket anywhere announces `online`, the last one `offline`; what dead instances leave behind is
 * announced by the registry's heartbeat (`start`). `drain` waits for announcements in flight (shutdown).
 */
export function presenceHooks(svc: Services) {
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>): void => {
    const q = p.catch((err: unknown) => svc.log.error({ err }, 'presence announcement failed'));
    pending.add(q);
    void q.finally(() => pending.delete(q));
  };
  return {
    start(): void {
      svc.presence.start((userIds) => track(announcePresence(svc, userIds, 'offline')));
    },
    async opened(userId: string, connId: string): Promise<void> {
      try {
        if (await svc.presence.connect(userId, connId)) await announcePresence(svc, [userId], 'online');
      } catch (err) {
        svc.log.error({ err }, 'presence: registering a socket failed');
      }
    },
    closed(userId: string, connId: string): void {
      track(
        svc.presence.disconnect(userId, connId).then(async (last) => {
          if (last) await announcePresence(svc, [userId], 'offline');
        }),
      );
    },
    async drain(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export type PresenceHooks = ReturnType<typeof presenceHooks>;
