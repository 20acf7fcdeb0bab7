import type { OpContext } from '../../domain/context.js';

/** Per-request GraphQL context: the operation context plus request-scoped DataLoaders. */
export interface GraphQLContext {
  op: OpContext;
  loaders: Record<string, unknown>;
}
