/**
 * The /ws wire format (specs/asyncapi/trcr-ws.yaml): parsing a client frame, and encoding replies,
 * pongs and pushed events. No I/O here.
 */
import { WS_ACTIONS, WS_CLOSE, type WsAction } from '../../../generated/ws-actions.js';
import type { PingReply, WsErrorReply, WsServerPush } from '../../../generated/ws-messages.js';
import { AppError } from '../../platform/errors.js';
import { nowRfc3339 } from '../../platform/time.js';

export { WS_CLOSE };

const WS_ACTION_SET: ReadonlySet<string> = new Set(WS_ACTIONS);

export function isWsAction(action: string): action is WsAction {
  return WS_ACTION_SET.has(action);
}

/** The correlation fields a request carried, echoed in its reply. */
export interface Correlation {
  request_id?: string;
  /** The older clients' `id`, echoed as `id`. */
  id?: string;
}

export interface ClientMessage {
  action: string;
  payload: unknown;
  corr: Correlation;
}

const MAX_CORRELATION_LENGTH = 128;

/** Best-effort correlation of any parsed value, so even a rejected request's reply can be matched. */
export function correlationOf(value: unknown): Correlation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const corr: Correlation = {};
  if (typeof v.request_id === 'string' && v.request_id.length <= MAX_CORRELATION_LENGTH) corr.request_id = v.request_id;
  if (typeof v.id === 'string' && v.id.length <= MAX_CORRELATION_LENGTH) corr.id = v.id;
  return corr;
}

/** JSON text, or undefined when it is not valid JSON. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** A parsed frame as a request, or the VALIDATION_ERROR to answer. */
export function toClientMessage(value: unknown): ClientMessage | AppError {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new AppError('VALIDATION_ERROR', 'A message must be a JSON object: {"action", "payload", "request_id"}', { field: 'message' });
  }
  const v = value as Record<string, unknown>;
  for (const field of ['request_id', 'id'] as const) {
    if (v[field] !== undefined && (typeof v[field] !== 'string' || v[field].length === 0 || v[field].length > MAX_CORRELATION_LENGTH)) {
      return new AppError('VALIDATION_ERROR', `${field} must be a string of 1 to ${MAX_CORRELATION_LENGTH} characters`, { field });
    }
  }
  if (typeof v.action !== 'string' || v.action === '') {
    return new AppError('VALIDATION_ERROR', 'action is required', { field: 'action' });
  }
  return { action: v.action, payload: v.payload, corr: correlationOf(v) };
}

/** `request_id` is always present in a reply (`null` when the request had none); `id` only when sent. */
function withCorrelation<T extends { request_id?: string | null; id?: string }>(body: T, corr: Correlation): string {
  body.request_id = corr.request_id ?? null;
  if (corr.id !== undefined) body.id = corr.id;
  return JSON.stringify(body);
}

/**
 * A success reply. `result` is the operation's REST body: when it has `data`, its members (`data`, and
 * `pagination` for lists) are the reply's; otherwise (auth-style bodies) the whole body is `data`.
 */
export function okReply(result: unknown, corr: Correlation): string {
  const body: Record<string, unknown> & { request_id?: string | null; id?: string } = { status: 'ok' };
  if (result !== null && typeof result === 'object' && !Array.isArray(result) && Object.hasOwn(result, 'data')) {
    Object.assign(body, result);
  } else {
    body.data = result;
  }
  return withCorrelation(body, corr);
}

export function errorReply(err: AppError, corr: Correlation): string {
  const reply: WsErrorReply = { status: 'error', error: err.toJSON(), request_id: null };
  return withCorrelation(reply, corr);
}

/** The answer to the `ping` action: `{action: 'pong', timestamp}`, echoing a correlation field only if one was sent. */
export function pongReply(corr: Correlation): string {
  const reply: PingReply = { action: 'pong', timestamp: nowRfc3339(), ...corr };
  return JSON.stringify(reply);
}

/** A pushed event frame (no correlation). */
export function eventFrame(event: WsServerPush['event'], data: unknown): string {
  return JSON.stringify({ event, data });
}
