/**
 * How long an open socket (/ws or graphql-ws) may live: as long as the credential it was opened with.
 * One watch per socket server: a socket is ended (4011 Session ended, by the caller's `end`) when its
 * session or PAT is revoked on any instance (the domain's revocation registry, src/domain/auth/revocation.ts)
 * or when its token expires.
 */
import { revocations } from '../../domain/auth/revocation.js';
import type { Actor } from '../../domain/context.js';
import type { Services } from '../../platform/services.js';
import { runAt } from './sockets.js';

export interface CredentialWatch {
  /** Watches `actor`'s credential; `end` runs once it is revoked (at once if it already is) or expires. Returns the unwatch. */
  watch(actor: Actor, end: () => void): () => void;
  /** Stops listening for revocations (server shutdown). */
  stop(): void;
}

export function createCredentialWatch(svc: Services): CredentialWatch {
  const registry = revocations(svc);
  const watched = new Map<() => void, Actor>();
  const stop = registry.onRevoked(() => {
    for (const [end, actor] of watched) if (registry.isRevoked(actor)) end();
  });
  return {
    watch(actor, end) {
      if (registry.isRevoked(actor)) {
        end();
        return () => {};
      }
      watched.set(end, actor);
      const cancel = actor.expiresAtMs !== undefined ? runAt(actor.expiresAtMs, end) : undefined;
      return () => {
        watched.delete(end);
        cancel?.();
      };
    },
    stop,
  };
}
