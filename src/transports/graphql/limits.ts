/**
 * Validation rules of every GraphQL document (HTTP and graphql-ws): the specified rules plus
 * graphql-armor's depth, cost and alias limits. The armor rules report through the validation
 * context (instead of throwing, their default) so a rejected document answers like any invalid one.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { specifiedRules, type GraphQLError, type ValidationContext, type ValidationRule } from './graphql.js';

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
