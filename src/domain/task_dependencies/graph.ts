/** GraphQL for dependencies: the batch query behind `Task.dependencies`. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { TaskDependencies } from '../../../generated/models.js';
import type { OrgAccess } from '../access.js';
import { groupByKey, type Batch } from '../graph.js';
import { toDependencies } from './model.js';
import { linksOfTasks } from './queries.js';

/** Both lists of each task, in one statement. */
const dependenciesOfTasks =
  (access: Promise<OrgAccess>): Batch<TaskDependencies> =>
  async (sql, orgId, taskIds) => {
    const { userId } = await access;
    const rows = await linksOfTasks(sql, { orgId, userId }, taskIds);
    return groupByKey(taskIds, rows, (r) => r.of).map(toDependencies);
  };

export const taskDependencyResolvers = {
  Task: {
    dependencies: (t, _args, ctx) => ctx.loaders.of('dependenciesOfTask', t.org_id, dependenciesOfTasks(ctx.loaders.access(t.org_id))).load(t.id),
  },
} satisfies Pick<Resolvers, 'Task'>;
