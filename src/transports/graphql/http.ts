/**
 * GraphQL over HTTP at /graphql (behind the shared middleware: request id, authentication, rate limit).
 *   POST application/json `{query, variables?, operationName?}`; GET `?query=&variables=&operationName=`
 *   for queries only (a mutation over GET answers 405). Subscriptions need graphql-ws.
 * Request errors (bad JSON, syntax, validation, limits) answer 400 without executing; an invalid
 * Bearer token answers 401; executed requests answer 200 with `data` and any field `errors`.
 * A mutation document costs one call of the API limit per root field: when the window cannot hold
 * them all, nothing runs and the answer is 429 RATE_LIMIT_EXCEEDED.
 */
import { getOperationAST, GraphQLError, OperationTypeNode, parse, validate, type DocumentNode, type GraphQLSchema } from './graphql.js';
import type Koa from 'koa';
import { AppError } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';
import { readJsonBody } from '../http/body.js';
import { chargeCalls } from '../http/middleware.js';
import { opContextOf, type ApiContext } from '../http/state.js';
import { executeWithinBudget } from './budget.js';
import { appGraphQLError, errorBody, formatResult } from './errors.js';
import { callsOf, validationRules } from './limits.js';
import { GraphLoaders, type GraphContext } from '../../domain/graph.js';
import { getSchema } from './schema.js';

interface GraphqlParams {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const invalid = (message: string, field: string): AppError => new AppError('VALIDATION_ERROR', message, { field });

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalid(`${field} must be a string`, field);
  return value;
}

function toParams(raw: Record<string, unknown>, variables: unknown): GraphqlParams {
  if (typeof raw.query !== 'string' || raw.query.trim() === '') throw invalid('query is required: send {"query": "{ me { id } }"}', 'query');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw invalid('variables must be a JSON object', 'variables');
  }
  return {
    query: raw.query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: optionalString(raw.operationName, 'operationName'),
  };
}

function paramsFromQueryString(ctx: ApiContext): GraphqlParams {
  const q = ctx.query as Record<string, unknown>;
  let variables: unknown;
  if (typeof q.variables === 'string' && q.variables !== '') {
    try {
      variables = JSON.parse(q.variables);
    } catch {
      throw invalid('variables must be JSON', 'variables');
    }
  }
  return toParams(q, variables);
}

async function paramsFromBody(ctx: ApiContext): Promise<GraphqlParams | undefined> {
  if (!ctx.is('application/json')) return undefined;
  const body = await readJsonBody(ctx.req);
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw invalid('The body must be a JSON object {"query", "variables", "operationName"}', 'body');
  return toParams(body as Record<string, unknown>, (body as Record<string, unknown>).variables);
}

/** Parses and validates; returns the document or the errors to answer with. */
function prepare(schema: GraphQLSchema, query: string): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (err) {
    if (err instanceof GraphQLError) return [err];
    throw err;
  }
  const errors = validate(schema, document, validationRules);
  return errors.length > 0 ? errors : document;
}

export function createGraphqlHandler(svc: Services): (ctx: Koa.Context) => Promise<void> {
  const schema = getSchema();
  return async (koaCtx) => {
    const ctx = koaCtx as unknown as ApiContext;
    const { requestId } = ctx.state;
    const answer = (status: number, body: unknown): void => {
      ctx.status = status;
      ctx.body = body;
    };

    if (ctx.state.authError) {
      ctx.set('WWW-Authenticate', 'Bearer');
      return answer(401, errorBody([appGraphQLError(ctx.state.authError)], svc.log, requestId));
    }
    const params = ctx.method === 'GET' ? paramsFromQueryString(ctx) : await paramsFromBody(ctx);
    if (!params) {
      return answer(415, { errors: [{ message: 'Send the request as Content-Type: application/json', extensions: { code: 'VALIDATION_ERROR' } }] });
    }
    const prepared = prepare(schema, params.query);
    if (!('kind' in prepared)) return answer(400, errorBody(prepared, svc.log, requestId));

    const operation = getOperationAST(prepared, params.operationName);
    if (!operation) {
      const message = params.operationName
        ? `Unknown operation named "${params.operationName}"`
        : 'Send one operation, or name the one to run in operationName';
      return answer(400, errorBody([new GraphQLError(message)], svc.log, requestId));
    }
    if (ctx.method === 'GET' && operation.operation !== OperationTypeNode.QUERY) {
      ctx.set('Allow', 'POST');
      return answer(405, errorBody([new GraphQLError(`A ${operation.operation} must be sent with POST`)], svc.log, requestId));
    }
    if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
      return answer(400, errorBody([new GraphQLError('Subscriptions run over graphql-ws: open a WebSocket to /graphql')], svc.log, requestId));
    }

    // The request was counted once; each further root mutation field is one more call, all or nothing.
    await chargeCalls(ctx, svc, callsOf(prepared, operation), { allOrNothing: true });

    const op = opContextOf(ctx, svc, 'graphql');
    const contextValue: GraphContext = { op, loaders: new GraphLoaders(op) };
    const result = await executeWithinBudget(
      { schema, document: prepared, variableValues: params.variables, operationName: params.operationName, contextValue },
      { timeoutMs: svc.config.graphqlTimeoutMs, maxBytes: svc.config.graphqlMaxResponseBytes },
    );
    // No `data` at all: the variables did not fit the operation (a request error, nothing ran).
    answer('data' in result ? 200 : 400, formatResult(result, svc.log, requestId));
  };
}
