/**
 * How the relay fails, without HTTP: every failure is a `RelayError` with one of the codes below,
 * an optional text and the extra fields its answer carries. The transports turn them into their
 * wire format, each in ONE place: src/transports/relay/errors.ts (code → HTTP status and the flat
 * `{"error": "…", …}` body, relay-api.md §1) and the socket's reply reasons (protocol.md §4).
 *
 * The relay (seed 002, teamrc) has its own error format, distinct from TRCR's envelope, so relay
 * code throws `RelayError`, never `AppError`.
 */

/** What went wrong, in the relay's terms. */
export const RELAY_ERROR_CODES = [
  /** A request or value the relay cannot accept (a validation message, a missing parameter…). */
  'invalid_input',
  /** No valid signature or session (`reason` tells which signature check failed). */
  'unauthorized',
  /** Authenticated, but not allowed (not a team member, not the owner…). */
  'forbidden',
  /** No such thing for this caller (team, invite, clone token, account, device request…). */
  'not_found',
  /** The state does not allow it (stale `base_hash` with `server_hash`, several teams, taken…). */
  'conflict',
  /** A device request deleted after too many failed confirmations. */
  'attempts_exhausted',
  /** A body or content over its size cap (`limit_bytes` when the cap is the request's). */
  'content_too_large',
  /** The client accepts no JSON answer. */
  'not_acceptable',
  /** The client's version is too old (`message`, `minimum_version`). */
  'upgrade_required',
  /** Over a limit; `retryAfterSeconds` when a window says when to retry. */
  'rate_limited',
  /** The relay as a whole is full (device requests). */
  'at_capacity',
  /** The relay failed (a database error…). */
  'internal_error',
] as const;

export type RelayErrorCode = (typeof RELAY_ERROR_CODES)[number];

/** Fields an answer carries beside `error`, in this order, and the seconds until a retry may pass. */
export interface RelayErrorDetails {
  /** `unauthorized`: the failing check of auth.md §2. */
  reason?: string;
  /** `conflict` on a stale base: the team's current full hash. */
  server_hash?: string;
  /** A sentence beside a short `error` (the version header's answers). */
  message?: string;
  /** `upgrade_required`: the oldest CLI major version served. */
  minimum_version?: number;
  /** `content_too_large` on a request body: the cap in bytes. */
  limit_bytes?: number;
  /** `rate_limited`: seconds left in the window (the transport's `retry-after`), 1..60. */
  retryAfterSeconds?: number;
}

export class RelayError extends Error {
  constructor(
    readonly code: RelayErrorCode,
    /** The wire text when more specific than the code's (`invalid_invite`, a validation message…). */
    readonly text: string | undefined,
    readonly details: RelayErrorDetails = {},
  ) {
    super(text ?? code);
    this.name = 'RelayError';
  }
}

/**
 * The relay's one error factory: `relayError('not_found')`, `relayError('not_found', 'invalid_invite')`,
 * `relayError('unauthorized', { reason })`, `relayError('conflict', 'conflict', { server_hash })`.
 */
export function relayError(code: RelayErrorCode, text?: string | RelayErrorDetails, details: RelayErrorDetails = {}): RelayError {
  return typeof text === 'object' ? new RelayError(code, undefined, text) : new RelayError(code, text, details);
}
