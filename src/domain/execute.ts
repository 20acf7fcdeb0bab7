/**
 * The one way any transport runs an operation, in this order: authentication, the generated
 * validation of the input, the context of the operation's scope (the organization it acts in and
 * the caller's membership there), the operation's `x-permission`, the domain implementation, and
 * the answer shaped for its reader (fields gated by a permission). Transports differ only in how
 * they decode the call and encode the result or the AppError.
 */
import type { ErrorObject } from 'ajv';
import { operationMeta, type OperationInput, type OperationName, type OperationOutput } from '../../generated/operations.js';
import { inputValidators } from '../../generated/validators.js';
import { AppError, unauthorized } from '../platform/errors.js';
import { requireActor, resolveOrg } from './access.js';
import { assertLive } from './auth/revocation.js';
import type { Contexts, OpContext } from './context.js';
import { operations } from './index.js';
import { shapeOutput } from './visibility.js';
import { recordAudit } from './audit/record.js';
import { committedEvents, type EmittedEvent } from '../platform/tx.js';

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operationMeta, name);
}

/** The property an Ajv `required`/`additionalProperties` error names, below its instancePath. */
function leafOf(e: ErrorObject): string | undefined {
  if (e.keyword === 'required') return String((e.params as { missingProperty: string }).missingProperty);
  if (e.keyword === 'additionalProperties') return String((e.params as { additionalProperty: string }).additionalProperty);
  return undefined;
}

/**
 * Where an Ajv error is: the input field (`/assignee_ids/0` -> `assignee_ids`), or, inside an item of a list
 * of objects (`tasks.create_bulk`: `/tasks/3/title`), the item's `index` and its `field`.
 */
function locate(e: ErrorObject): { field: string; index?: number; path: string } {
  const segments = e.instancePath.split('/').filter(Boolean);
  const leaf = leafOf(e);
  const path = [...segments, ...(leaf ? [leaf] : [])].join('.');
  const inItem = segments.length >= 2 && /^\d+$/.test(segments[1]!) && (segments.length >= 3 || leaf !== undefined);
  if (inItem) return { field: segments[2] ?? leaf!, index: Number(segments[1]), path };
  return { field: segments[0] ?? leaf ?? '', path };
}

function messageOf(e: ErrorObject): string {
  const { field, path } = locate(e);
  switch (e.keyword) {
    case 'required':
      return `${path} is required`;
    case 'additionalProperties':
      return `Unknown field: ${path}`;
    case 'type':
      return `${path || 'input'} must be ${String((e.params as { type: string }).type)}`;
    case 'enum':
      return `${path || field} must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    default:
      return `${path || 'input'} ${e.message ?? 'is invalid'}`;
  }
}

/**
 * Turns Ajv errors into the documented VALIDATION_ERROR: details `{ field }` or `{ fields }`, plus the item's
 * `index` when every error is inside one item of a list (each error in `errors` carries its own).
 */
export function validationFailure(errors: readonly ErrorObject[]): AppError {
  // `if`/`anyOf` produce follow-up errors that repeat the real one; keep the specific ones.
  const specific = errors.filter((e) => !['if', 'anyOf', 'oneOf', 'allOf'].includes(e.keyword));
  const list = (specific.length ? specific : errors).map((e) => {
    const { field, index } = locate(e);
    return { field, ...(index !== undefined ? { index } : {}), message: messageOf(e) };
  });
  const fields = [...new Set(list.map((e) => e.field).filter(Boolean))];
  const indexes = [...new Set(list.map((e) => e.index))];
  const index = indexes.length === 1 && indexes[0] !== undefined ? { index: indexes[0] } : {};
  const first = list[0]?.message ?? 'Invalid input';
  const message = list.length > 1 ? `${first} (and ${list.length - 1} more)` : first;
  const details = fields.length === 1 ? { field: fields[0], ...index, errors: list } : { fields, ...index, errors: list };
  return new AppError('VALIDATION_ERROR', message, details);
}

/** Validates `input` against the operation's generated schema (throws VALIDATION_ERROR). */
export function validateInput<N extends OperationName>(name: N, input: unknown): OperationInput<N> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AppError('VALIDATION_ERROR', 'The input must be a JSON object', { field: 'payload' });
  }
  const validate = inputValidators[name];
  if (!validate(input)) throw validationFailure(validate.errors ?? []);
  return input;
}

/** Seconds a client is told to wait when the shared rate-limit store is unreachable (Redis reconnects within 5 s). */
const LIMIT_STORE_RETRY_AFTER = 5;

/**
 * `x-rate-limit: fail-closed` operations (sign-in, refresh, WS tickets) do not run on per-instance counters:
 * with N instances that would multiply the guessing rate by N.
 */
const limitStoreUnavailable = (): AppError =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    'Temporarily unavailable: the rate-limit store cannot be reached; retry shortly',
    undefined,
    LIMIT_STORE_RETRY_AFTER,
  );

type AnyHandler = (ctx: Contexts[keyof Contexts], input: unknown) => Promise<unknown>;

/** UNAUTHORIZED when operation `name` needs a user and the call has none (transports may check it before decoding input). */
export function requireUser(name: OperationName, ctx: Pick<OpContext, 'actor'>): void {
  if (operationMeta[name].auth === 'user' && !ctx.actor) throw unauthorized('Authentication required: send Authorization: Bearer <token>');
}

export async function execute<N extends OperationName>(name: N, ctx: OpContext, input: unknown): Promise<OperationOutput<N>> {
  const meta = operationMeta[name];
  requireUser(name, ctx);
  if (meta.rateLimit === 'fail-closed' && !ctx.svc.limiter.shared()) throw limitStoreUnavailable();
  // A socket keeps its actor: a revoked or expired credential ends there too (its socket is being closed).
  if (ctx.actor) assertLive(ctx.svc, ctx.actor);
  const value = validateInput(name, input ?? {}) as Record<string, unknown>;
  if (!meta.audited) return (await run(name, ctx, value)).output;
  // A mutation: collect the events its transactions commit, then write its audit row (reads write none).
  const events: EmittedEvent[] = [];
  const { output, orgId } = await committedEvents.run(events, () => run(name, ctx, value));
  await recordAudit({ name, ctx, orgId, input: value, output, events });
  return output;
}

/** Runs the validated call in its scope; `orgId`: the organization an `org` operation acted in. */
async function run<N extends OperationName>(
  name: N,
  ctx: OpContext,
  value: Record<string, unknown>,
): Promise<{ output: OperationOutput<N>; orgId: string | null }> {
  const meta = operationMeta[name];
  const handler = operations[name] as AnyHandler;
  if (meta.scope === 'none') return { output: (await handler(ctx, value)) as OperationOutput<N>, orgId: null };
  const actor = requireActor(ctx);
  if (meta.scope === 'user') return { output: (await handler({ ...ctx, actor }, value)) as OperationOutput<N>, orgId: null };

  const requested = value[meta.orgParam] as string | undefined;
  const access = await resolveOrg(ctx, requested, meta.orgParam === 'org_id');
  if (meta.permission !== null) access.require(meta.permission);
  const output = await handler({ ...ctx, actor, access }, value);
  return { output: shapeOutput(name, output as OperationOutput<N>, access.can), orgId: access.orgId };
}
