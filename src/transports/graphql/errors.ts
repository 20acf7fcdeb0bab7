/**
 * GraphQL's error encoding: every error in `errors[]` carries `extensions.code` (the REST error code)
 * and `extensions.details` when there is more to say. AppErrors keep their message; anything else a
 * resolver throws becomes INTERNAL_ERROR with a generic message (logged with its cause); GraphQL's
 * own request errors (syntax, validation, variables) are VALIDATION_ERROR.
 */
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from './graphql.js';
import { AppError, errorToAnswer } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';

/** An AppError as a GraphQLError (for errors raised outside resolvers). */
export function appGraphQLError(err: AppError): GraphQLError {
  return new GraphQLError(err.message, { originalError: err });
}

function extensionsOf(err: AppError): Record<string, unknown> {
  return err.details === undefined ? { code: err.code } : { code: err.code, details: err.details };
}

export function formatError(error: GraphQLError, log: Pick<Logger, 'error'>, requestId?: string): GraphQLFormattedError {
  const base = error.toJSON();
  const original = error.originalError;
  if (!original || original instanceof GraphQLError) {
    const code = (base.extensions?.code as string | undefined) ?? 'VALIDATION_ERROR';
    return { ...base, extensions: { ...base.extensions, code } };
  }
  const app = errorToAnswer(log, original, { request_id: requestId, path: error.path });
  return { ...base, message: app.message, extensions: extensionsOf(app) };
}

export function formatResult(result: ExecutionResult, log: Pick<Logger, 'error'>, requestId?: string): FormattedExecutionResult {
  const out: { data?: ExecutionResult['data']; errors?: GraphQLFormattedError[] } = {};
  if (result.errors?.length) out.errors = result.errors.map((e) => formatError(e, log, requestId));
  if ('data' in result) out.data = result.data;
  return out;
}

/** A response body with only errors (request errors: nothing was executed). */
export function errorBody(errors: readonly GraphQLError[], log: Pick<Logger, 'error'>, requestId?: string): FormattedExecutionResult {
  return { errors: errors.map((e) => formatError(e, log, requestId)) };
}
