import { ERROR_STATUS, type ErrorCode } from '../../generated/errors.js';
import { isDatabaseUnavailable } from './db-errors.js';

export type { ErrorCode };

/**
 * The one error type of the platform. The domain throws `AppError`; each transport maps
 * `code` once (HTTP status, WS reply, GraphQL `extensions.code`, MCP `isError`). The codes and their
 * statuses are the spec's (`ErrorCode` and its `x-http-status`, generated/errors.ts).
 */

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  /** Seconds until a retry may succeed (rate limits). */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails, retryAfter?: number) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The documented wire shape: `{ code, message, details }`. */
  toJSON(): { code: ErrorCode; message: string; details?: ErrorDetails } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const validationError = (message: string, details?: ErrorDetails): AppError => new AppError('VALIDATION_ERROR', message, details);
export const notFound = (entity: string): AppError => new AppError('NOT_FOUND', `${entity} not found`);
export const forbidden = (message = 'You do not have permission to do this'): AppError => new AppError('FORBIDDEN', message);
export const unauthorized = (message = 'Missing or invalid token'): AppError => new AppError('UNAUTHORIZED', message);
export const conflict = (message: string, details?: ErrorDetails): AppError => new AppError('CONFLICT', message, details);

/** `Retry-After` (seconds) of a SERVICE_UNAVAILABLE caused by a database outage. */
export const DB_UNAVAILABLE_RETRY_AFTER_S = 1;

/** The database is unreachable, restarting or not answering in time (see db-errors.ts). */
export const databaseUnavailable = (): AppError =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'The database is temporarily unavailable; retry shortly',
    { retry_after: DB_UNAVAILABLE_RETRY_AFTER_S },
    DB_UNAVAILABLE_RETRY_AFTER_S,
  );

/**
 * Turns anything thrown into an AppError. Unknown errors become INTERNAL_ERROR with a generic
 * message (no stack, no SQL text to the client); the cause is kept for the log.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) {
    const e = databaseUnavailable();
    (e as { cause?: unknown }).cause = err;
    return e;
  }
  const pg = err as { code?: string; constraint_name?: string; column_name?: string } | null;
  if (pg && typeof pg.code === 'string') {
    // Database constraint violations that slipped past domain checks still answer clearly.
    if (pg.code === '23505') return conflict('A record with these values already exists');
    if (pg.code === '23503') return validationError('A referenced record does not exist');
    if (pg.code === '23514') return validationError('The values violate a rule', pg.constraint_name ? { constraint: pg.constraint_name } : undefined);
    if (pg.code === '22P02' || pg.code === '22007' || pg.code === '22008') return validationError('A value has the wrong format');
  }
  const e = new AppError('INTERNAL_ERROR', 'Internal server error');
  (e as { cause?: unknown }).cause = err;
  return e;
}

/**
 * What every transport does with anything thrown: the AppError to answer with. An unexpected error
 * (INTERNAL_ERROR) is logged here, once, with its cause and `context` (request id, path, tool…);
 * the client gets the generic message only.
 */
export function errorToAnswer(log: { error(obj: object, msg: string): void }, thrown: unknown, context: Record<string, unknown>): AppError {
  const err = toAppError(thrown);
  if (err.code === 'INTERNAL_ERROR') log.error({ err: (err as { cause?: unknown }).cause ?? thrown, ...context }, 'request failed');
  return err;
}
