/**
 * The executable schema: the SDL from generated/graphql/bindings.ts with the resolvers attached to
 * its fields (root fields bound to operations, nested relation fields, subscriptions). Built once per
 * process: resolvers reach the services through the per-operation context.
 */
import { buildSchema, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from './graphql.js';
import { typeDefs } from '../../../generated/graphql/bindings.js';
import type { GraphContext } from '../../domain/graph.js';
import { graphResolvers } from '../../domain/index.js';
import { budgetSpent } from './budget.js';
import { rootResolvers } from './root.js';
import { subscriptionResolvers } from './subscriptions.js';

/** A resolver of any field: the parent is `unknown` here, the arguments keep graphql-js's own (untyped) default. */
type AnyResolver = GraphQLFieldResolver<unknown, GraphContext>;
type FieldSpec = AnyResolver | { subscribe: AnyResolver; resolve: AnyResolver };

/** A resolver that refuses to start once the request's time budget ran out (budget.ts). */
function guarded(resolve: AnyResolver): AnyResolver {
  return (source, args, ctx, info) => {
    if (ctx.budget?.expired) throw budgetSpent();
    return resolve(source, args, ctx, info);
  };
}

/** Sets `resolve` (and `subscribe`) on each named field; a name missing from the schema is a startup error. */
function attach(schema: GraphQLSchema, typeName: string, fields: Record<string, FieldSpec>): void {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`GraphQL schema has no object type ${typeName}`);
  const defined = type.getFields();
  for (const [name, spec] of Object.entries(fields)) {
    const field = defined[name];
    if (!field) throw new Error(`GraphQL schema has no field ${typeName}.${name}`);
    if (typeof spec === 'function') {
      field.resolve = guarded(spec);
    } else {
      field.subscribe = spec.subscribe;
      field.resolve = spec.resolve;
    }
  }
}

let cached: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  if (cached) return cached;
  const schema = buildSchema(typeDefs);
  const root = rootResolvers(schema);
  attach(schema, 'Query', root.Query);
  attach(schema, 'Mutation', root.Mutation);
  attach(schema, 'Subscription', subscriptionResolvers);
  for (const resolvers of graphResolvers) {
    for (const [typeName, fields] of Object.entries(resolvers)) attach(schema, typeName, fields as Record<string, AnyResolver>);
  }
  cached = schema;
  return schema;
}
