/**
 * What the shared HTTP middleware (request id → authenticate → org hint → rate limit) leaves in
 * `ctx.state` for the transports mounted behind it (REST, GraphQL, MCP).
 */
import type Koa from 'koa';
import type { Actor, OpContext } from '../../domain/context.js';
import type { AppError } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';

export interface ApiState {
  requestId: string;
  /** The authenticated caller; null when no (or an invalid) Bearer token was sent. */
  actor: Actor | null;
  /** Set when a Bearer token was sent but is invalid. REST and MCP answer 401; GraphQL answers itself. */
  authError?: AppError | undefined;
  /** `X-Org-Id` header, if any. */
  orgHint?: string | undefined;
}

export type ApiContext = Koa.ParameterizedContext<ApiState>;

/** The operation context of a request that went through the shared middleware. */
export function opContextOf(ctx: ApiContext, svc: Services, transport: OpContext['transport']): OpContext {
  return {
    actor: ctx.state.actor,
    orgHint: ctx.state.orgHint,
    svc,
    requestId: ctx.state.requestId,
    ip: ctx.ip,
    userAgent: ctx.get('User-Agent') || undefined,
    transport,
  };
}
