/**
 * Validation rules of every GraphQL document (HTTP and graphql-ws): the specified rules plus
 * graphql-armor's depth, cost and alias limits. The armor rules report through the validation
 * context (instead of throwing, their default) so a rejected document answers like any invalid one.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  Kind,
  OperationTypeNode,
  specifiedRules,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from './graphql.js';

/** Deep enough for `projects { data { tasks { assignees { id } } } }` and the like, with room to spare. */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_COST = 5000;

const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

export const validationRules: readonly ValidationRule[] = [
  ...specifiedRules,
  maxDepthRule({ n: MAX_DEPTH, ...report }),
  maxAliasesRule({ n: MAX_ALIASES, ...report }),
  costLimitRule({ maxCost: MAX_COST, ...report }),
];

/**
 * How many calls of the per-user API limit an operation costs: a mutation costs one per root field
 * (aliases and fragments included: 16 mutations in one document cost 16), a query or a subscription
 * costs one (its size is bounded by the cost limit instead).
 */
export function callsOf(document: DocumentNode, operation: OperationDefinitionNode): number {
  if (operation.operation !== OperationTypeNode.MUTATION) return 1;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += sel.name.value === '__typename' ? 0 : 1;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet);
      else {
        const frag = fragments.get(sel.name.value);
        // A fragment spread twice is counted twice (its fields run twice when aliased apart); a cycle once.
        if (!frag || seen.has(frag.name.value)) continue;
        seen.add(frag.name.value);
        n += count(frag.selectionSet);
        seen.delete(frag.name.value);
      }
    }
    return n;
  };
  return Math.max(1, count(operation.selectionSet));
}
