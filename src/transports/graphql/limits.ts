/**
 * Validation rules of every GraphQL document (HTTP and graphql-ws): the specified rules, graphql-armor's
 * depth and alias limits, and the list-aware cost limit below (graphql-armor's cost-limit does not
 * multiply by list sizes, so it cannot see amplification). The armor rules report through the
 * validation context (instead of throwing, their default) so a rejected document answers like any
 * invalid one. The limits and the cost model are documented in specs/graphql/schema.graphql.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ErrorCode } from '../../platform/errors.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../domain/pagination.js';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  specifiedRules,
  type GraphQLField,
  type GraphQLNamedType,
  type ValueNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ASTVisitor,
} from './graphql.js';

/**
 * Deep enough for a board: `project { task_groups { data { tasks { data { checklist { data { id } } } } } } }`
 * (fragment spreads count as a level).
 */
export const MAX_DEPTH = 10;
export const MAX_ALIASES = 15;
/**
 * Largest worst-case cost of a document (see `documentCost`): about as many fields as fill the 5 MB answer budget
 * (budget.ts), so a board of a few hundred cards with their labels, checklists and dependencies fits, while nested
 * pages of pages (`projects(perPage: 100) { … tasks(perPage: 100) { … project { tasks(perPage: 100) … } } }`,
 * 2,030,202) are refused before they run.
 */
export const MAX_COST = 200_000;

/** The `extensions.code` of a document refused for its cost, and of the execution-time and response-size budgets. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX' satisfies ErrorCode;

const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** The size a list field may return: the `perPage` asked for, else `@listSize(max:)`, else the maximum page size. */
function listSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[] | undefined): number {
  if (field.args.some((a) => a.name === 'perPage')) {
    const arg = args?.find((a) => a.name.value === 'perPage');
    if (!arg) return DEFAULT_PER_PAGE;
    // A variable may be anything up to the maximum; a literal out of range is refused when it runs.
    if (arg.value.kind !== Kind.INT) return MAX_PER_PAGE;
    return Math.min(MAX_PER_PAGE, Math.max(1, Number(arg.value.value)));
  }
  const declared = field.astNode?.directives?.find((d) => d.name.value === 'listSize')?.arguments?.find((a) => a.name.value === 'max')?.value;
  return declared?.kind === Kind.INT ? Number(declared.value) : MAX_PER_PAGE;
}

/**
 * The worst-case cost of an operation: each field costs 1 (`__typename` 0) plus its selection; the
 * selection under a list costs once per item the list may return. A paginated field (one with
 * `perPage`) passes its page size down to its page's `data` list.
 */
export function documentCost(ctx: ValidationContext, operation: OperationDefinitionNode): number {
  const schema = ctx.getSchema();
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const visiting = new Set<string>();
  const cost = (set: SelectionSetNode, type: GraphQLNamedType, pageSize: number | undefined): number => {
    if (!isObjectType(type)) return 0;
    const fields = type.getFields();
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        total += cond ? cost(sel.selectionSet, cond, pageSize) : 0;
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = ctx.getFragment(sel.name.value);
        if (!frag || visiting.has(frag.name.value)) continue;
        const cond = schema.getType(frag.typeCondition.name.value);
        visiting.add(frag.name.value);
        total += cond ? cost(frag.selectionSet, cond, pageSize) : 0;
        visiting.delete(frag.name.value);
        continue;
      }
      if (sel.name.value === '__typename') continue;
      const field = fields[sel.name.value];
      if (!field) continue; // unknown fields are reported by the specified rules
      total += 1;
      if (!sel.selectionSet) continue;
      const named = getNamedType(field.type);
      const paginated = field.args.some((a) => a.name === 'perPage');
      if (paginated) {
        total += cost(sel.selectionSet, named, listSize(field, sel.arguments));
      } else if (isListType(getNullableType(field.type))) {
        total += (pageSize ?? listSize(field, sel.arguments)) * cost(sel.selectionSet, named, undefined);
      } else {
        total += cost(sel.selectionSet, named, undefined);
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, undefined);
}

/** Refuses, before anything runs, an operation whose worst-case cost is over `MAX_COST`. */
export function listCostRule(ctx: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const cost = documentCost(ctx, node);
      if (cost > MAX_COST) {
        ctx.reportError(
          new GraphQLError(`Query cost ${cost} exceeds the limit of ${MAX_COST}: ask for smaller pages (perPage) or fewer nested lists`, {
            nodes: [node],
            extensions: { code: QUERY_TOO_COMPLEX, details: { cost, max_cost: MAX_COST } },
          }),
        );
      }
      return false;
    },
  };
}

export const validationRules: readonly ValidationRule[] = [
  ...specifiedRules,
  maxDepthRule({ n: MAX_DEPTH, ...report }),
  maxAliasesRule({ n: MAX_ALIASES, ...report }),
  listCostRule,
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
