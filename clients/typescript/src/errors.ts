/**
 * The two errors the client throws. `TrcrError` is an answer of the server in the documented error format
 * (`{ error: { code, message, details } }` on REST, `status: "error"` on /ws, `extensions.code` on GraphQL),
 * its `code` one of the documented codes. `TrcrConnectionError` is the client's own: no answer came.
 */
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '../../../generated/errors.js';

export type { ErrorCode };
export { ERROR_CODES };

export type Transport = 'rest' | 'ws' | 'graphql';

export interface TrcrErrorInit {
  transport: Transport;
  /** HTTP status (REST and GraphQL over HTTP). */
  status?: number | undefined;
  /** The server's `X-Request-Id` (HTTP). */
  requestId?: string | undefined;
  /** Seconds the server asked to wait (`Retry-After`, on 429 and 503). */
  retryAfter?: number | undefined;
  /** GraphQL: the partial `data` of the answer, and the field path of the error. */
  data?: unknown;
  path?: ReadonlyArray<string | number> | undefined;
}

/** The server answered with an error. */
export class TrcrError extends Error {
  override readonly name = 'TrcrError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly transport: Transport;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: number | undefined;
  readonly data: unknown;
  readonly path: ReadonlyArray<string | number> | undefined;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> | undefined, init: TrcrErrorInit) {
    super(message);
    this.code = code;
    this.details = details;
    this.transport = init.transport;
    this.status = init.status;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.data = init.data;
    this.path = init.path;
  }
}

/** Why no answer came: the request timed out, the connection was lost after it was sent, or the client was closed. */
export type ConnectionErrorCode = 'TIMEOUT' | 'CONNECTION_LOST' | 'CLOSED';

export class TrcrConnectionError extends Error {
  override readonly name = 'TrcrConnectionError';
  readonly code: ConnectionErrorCode;
  constructor(code: ConnectionErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** `true` when `err` is a server error, with that code when one is given. */
export function isTrcrError<C extends ErrorCode>(err: unknown, code?: C): err is TrcrError & { code: C } {
  return err instanceof TrcrError && (code === undefined || err.code === code);
}

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** The code of a status when the body is not the documented envelope (a proxy's page, say): the first code the spec gives that status. */
function codeOfStatus(status: number | undefined): ErrorCode {
  const code = ERROR_CODES.find((c) => ERROR_STATUS[c] === status);
  return code ?? 'INTERNAL_ERROR';
}

/** An error object from any transport (`{ code, message, details }`) as a `TrcrError`. */
export function toTrcrError(body: unknown, init: TrcrErrorInit): TrcrError {
  const e = (body ?? {}) as { code?: unknown; message?: unknown; details?: unknown };
  const code = typeof e.code === 'string' && KNOWN.has(e.code) ? (e.code as ErrorCode) : codeOfStatus(init.status);
  const message = typeof e.message === 'string' ? e.message : `Request failed${init.status ? ` with HTTP ${init.status}` : ''}`;
  const details = e.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : undefined;
  return new TrcrError(code, message, details, init);
}

/** `Retry-After` in seconds, when present and numeric. */
export function retryAfterOf(res: Response): number | undefined {
  const v = res.headers.get('retry-after');
  if (v === null) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
