/**
 * What every relay operation receives. An operation returns its result as data (the transport
 * chooses the status, the body and any header) and fails with a `RelayError` (./errors.ts).
 */
import type { Services } from '../../platform/services.js';
import { relayError } from './errors.js';

export interface RelayContext {
  svc: Services;
  /** The verified signer (`trc_ak_…`) on signed routes; null on public and session-only routes. */
  token: string | null;
  /** The TRCR user whose access token came as the session (account routes, the verify page); else null. */
  userId: string | null;
  /** Client address (rate limits). */
  ip: string;
}

/** The verified signer; signed routes always have one (`unauthorized` otherwise). */
export function signer(ctx: RelayContext): string {
  if (!ctx.token) throw relayError('unauthorized', { reason: 'missing or invalid token' });
  return ctx.token;
}

/** The session's TRCR user; session routes always have one (`unauthorized` otherwise). */
export function sessionUser(ctx: RelayContext): string {
  if (!ctx.userId) throw relayError('unauthorized');
  return ctx.userId;
}
