/**
 * The relay's errors on the wire — the one place a `RelayError` code (src/domain/relay/errors.ts)
 * becomes an HTTP status and the relay's flat body (relay-api.md §1), or a socket reply's reason
 * (protocol.md §4).
 *
 * HTTP: `{"error": <text, else the code's default>, ...details}` (`reason` on 401, `server_hash` on a
 * stale base, `message`/`minimum_version` on the version header, `limit_bytes` on 413), plus
 * `retry-after` when the error says when to retry. Socket: the reason is the text, else the code
 * (`rate_limited`, `not_found`, `content_too_large`…).
 */
import type { RelayError, RelayErrorCode } from '../../domain/relay/index.js';

/** Status of each code, and its `error` text over HTTP when the error has none of its own (default: the code). */
const HTTP_ERRORS: Record<RelayErrorCode, { status: number; error?: string }> = {
  invalid_input: { status: 400, error: 'bad_request' },
  unauthorized: { status: 401 },
  forbidden: { status: 403 },
  not_found: { status: 404 },
  not_acceptable: { status: 406 },
  conflict: { status: 409 },
  attempts_exhausted: { status: 410 },
  content_too_large: { status: 413, error: 'request body too large' },
  upgrade_required: { status: 426 },
  rate_limited: { status: 429, error: 'rate limit exceeded' },
  internal_error: { status: 500 },
  at_capacity: { status: 503 },
};

export interface HttpAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** A relay error as an HTTP answer. */
export function httpError(err: RelayError): HttpAnswer {
  const { status, error = err.code } = HTTP_ERRORS[err.code];
  const { retryAfterSeconds, ...fields } = err.details;
  return {
    status,
    body: { error: err.text ?? error, ...fields },
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
  };
}

/** A relay error as the `reason` of a socket error reply. */
export const replyReason = (err: RelayError): string => err.text ?? err.code;
