import type { OpContext } from '../../domain/context.js';
import type { GraphLoaders } from './loaders.js';

/** Per-operation GraphQL context: the operation context plus request-scoped DataLoaders. */
export interface GraphQLContext {
  op: OpContext;
  loaders: GraphLoaders;
}
