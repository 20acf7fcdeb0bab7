/** GraphQL for dependencies: the batch query behind `Task.dependencies`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TaskDependencies } from '../../../generated/models.js';
import { groupByKey, type Batch } from '../graph.js';
import { toDependencies } from './model.js';
import { linksOfTasks } from './queries.js';

/** Both lists of each task the reader may see, in one statement, naming only other tasks they may see. */
const dependenciesOfTasks: Batch<TaskDependencies> = async (sql, reader, taskIds) => {
  const rows = await linksOfTasks(sql, reader, taskIds);
  return groupByKey(taskIds, rows, (r) => r.of).map(toDependencies);
};

export const taskDependencyResolvers = {
  Task: {
    dependencies: (t, _args, ctx) => ctx.loaders.of('dependenciesOfTask', t.org_id, dependenciesOfTasks).load(t.id),
  },
} satisfies Pick<Resolvers, 'Task'>;
