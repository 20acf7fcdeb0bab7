/**
 * What every relay operation receives, and how it fails. The relay (seed 002, teamrc) has its own
 * error format — a flat `{"error": "<string>"}` (plus `reason` on 401) — distinct from TRCR's
 * envelope, so relay code throws `RelayError`, never `AppError`.
 */
import type { Services } from '../../platform/services.js';

export interface RelayContext {
  svc: Services;
  /** The verified signer (`trc_ak_…`) on signed routes; null on public and session-only routes. */
  token: string | null;
  /** The TRCR user whose access token came as the session (account routes, the verify page); else null. */
  userId: string | null;
  /** Client address (rate limits). */
  ip: string;
}

/** A successful answer: status defaults to the route's documented status. */
export interface RelayReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class RelayError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: string } & Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error);
    this.name = 'RelayError';
  }
}

/** `throw relayError(404, 'not_found')` → 404 `{"error":"not_found"}`; `extra` adds fields (`server_hash`, `reason`). */
export const relayError = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): RelayError =>
  new RelayError(status, { error, ...extra }, headers);
