/** GraphQL for labels: `Task.labels`, every task's labels of one query in one statement. */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Label } from '../../../generated/models.js';
import { byKey, keyArray, type Batch } from '../graph.js';
import { toLabel, type LabelRow } from './model.js';

export const labelsByIds: Batch<Label | null> = async (sql, { orgId }, ids) => {
  const rows = await sql<LabelRow[]>`
    select l.* from labels l where l.org_id = ${orgId} and l.id = any(${keyArray(sql, ids)}::text[])`;
  return byKey(ids, rows.map(toLabel), (l) => l.id, null);
};

const byName = (a: Label, b: Label): number => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id);

export const labelResolvers = {
  Task: {
    labels: async (t, _args, ctx): Promise<Label[]> => {
      const labels = await ctx.loaders.of('label', t.org_id, labelsByIds).loadMany(t.label_ids);
      return labels.filter((l): l is Label => l !== null && !(l instanceof Error)).sort(byName);
    },
  },
} satisfies Pick<Resolvers, 'Task'>;
