/** Helpers of the client tests: a client on a test server, and a user registered through it. */
import { randomBytes } from 'node:crypto';
import { createTrcrClient, type TrcrClient, type TrcrClientOptions } from '@trcr/client';
import type { TestServer } from '../support/server.js';

export const PASSWORD = 'correct horse battery staple';

export const uniqueEmail = (): string => `client-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@example.test`;

/** A client of `server` (fast reconnects, so tests do not wait on the production back-off). */
export function clientOf(server: Pick<TestServer, 'url'>, options: Partial<TrcrClientOptions> = {}): TrcrClient {
  return createTrcrClient({ baseUrl: server.url, ws: { reconnect: { initialDelayMs: 50, maxDelayMs: 500 } }, ...options });
}

/** A client signed in as a newly registered user, with the registration's answer. */
export async function signedIn(server: Pick<TestServer, 'url'>, options: Partial<TrcrClientOptions> = {}) {
  const trcr = clientOf(server, options);
  const email = uniqueEmail();
  const registered = await trcr.auth.register({ email, password: PASSWORD, name: 'Client Test' });
  return { trcr, email, registered, orgId: registered.user!.default_org_id! };
}
