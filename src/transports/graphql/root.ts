/**
 * Root Query and Mutation fields, generated from `graphqlBindings` (@operation in the SDL): each runs
 * its operation through `execute`, like every other transport.
 *   - mutations: the `input` argument is the operation input as is;
 *   - queries: camelCase arguments become the snake_case input keys (`perPage` → `per_page`), and `id`
 *     becomes the operation's path parameter (`timeEntry(id:)` → `entry_id`).
 * The answer is the REST body's `data` for single entities, the `{data, pagination}` body for
 * paginated lists, and the body itself when it has no `data` (tokens, tickets).
 */
import type { GraphQLFieldResolver, GraphQLSchema } from './graphql.js';
import { graphqlBindings } from '../../../generated/graphql/bindings.js';
import { operationMeta, type OperationName } from '../../../generated/operations.js';
import { execute } from '../../domain/execute.js';
import type { GraphContext } from '../../domain/graph.js';

const camelToSnake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The input key a query argument fills. */
export function inputKeyOf(op: OperationName, arg: string): string {
  if (arg === 'id') {
    const params = [...operationMeta[op].path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (params.length === 1) return params[0]!;
  }
  return camelToSnake(arg);
}

/** The GraphQL value of an operation's REST body. */
export function graphqlValue(op: OperationName, body: unknown): unknown {
  if (operationMeta[op].list) return body;
  if (body !== null && typeof body === 'object' && Object.hasOwn(body, 'data')) return (body as { data: unknown }).data;
  return body;
}

function queryResolver(op: OperationName, argNames: readonly string[]): GraphQLFieldResolver<unknown, GraphContext> {
  const keys = new Map(argNames.map((a) => [a, inputKeyOf(op, a)]));
  return async (_root, args: Record<string, unknown>, ctx) => {
    const input: Record<string, unknown> = {};
    // An argument given as null means the same as leaving it out (every query argument is a filter).
    for (const [arg, key] of keys) if (args[arg] != null) input[key] = args[arg];
    return graphqlValue(op, await execute(op, ctx.op, input));
  };
}

function mutationResolver(op: OperationName): GraphQLFieldResolver<unknown, GraphContext> {
  return async (_root, args: { input?: Record<string, unknown> | null }, ctx) => graphqlValue(op, await execute(op, ctx.op, args.input ?? {}));
}

export type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, GraphContext>>;

/** Resolvers for every bound root field of `schema`. */
export function rootResolvers(schema: GraphQLSchema): { Query: FieldResolvers; Mutation: FieldResolvers } {
  const queryFields = schema.getQueryType()!.getFields();
  const Query: FieldResolvers = {};
  const Mutation: FieldResolvers = {};
  for (const [field, op] of Object.entries(graphqlBindings.Query) as [string, OperationName][]) {
    Query[field] = queryResolver(
      op,
      queryFields[field]!.args.map((a) => a.name),
    );
  }
  for (const [field, op] of Object.entries(graphqlBindings.Mutation) as [string, OperationName][]) {
    Mutation[field] = mutationResolver(op);
  }
  return { Query, Mutation };
}
