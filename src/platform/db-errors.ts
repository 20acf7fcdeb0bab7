/**
 * Which errors mean "the database is unavailable right now" (an outage, a restart, a freeze) rather than
 * "this request is wrong" or "our bug". Every transport answers them with `SERVICE_UNAVAILABLE` (503 and
 * `Retry-After` on REST) through errors.ts; start-up retries on them (db.ts `waitForDatabase`).
 * Kept free of postgres.js imports so that errors.ts can use it.
 */

/** Node socket errors: the server refused, reset, went away, or cannot be found (yet). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_SOCKET_CLOSED',
]);

/** postgres.js connection errors, and our client-side query timeout (db.ts). */
const DRIVER_CODES = new Set(['CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'QUERY_TIMEOUT']);

/**
 * SQLSTATEs of a server that is going away or not ready: the whole class 08 (connection exception,
 * including 08P01 protocol violation on a connection cut mid-message), 53300 (too many connections),
 * 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up or shutting down),
 * 57014 query canceled (statement_timeout).
 */
const SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03', '57014']);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return NETWORK_CODES.has(code) || DRIVER_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}
