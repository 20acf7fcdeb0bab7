/**
 * The last guard behind the cost limit (limits.ts), on HTTP and graphql-ws alike:
 *   - time: a query still running after `config.graphqlTimeoutMs` is answered with QUERY_TOO_COMPLEX
 *     (`details.limit: "time"`) and stopped: every resolver that has not started yet throws instead of
 *     loading (schema.ts). Mutations are not cut off (a write that started is left to finish and answer).
 *   - size: an answer whose JSON is larger than `config.graphqlMaxResponseBytes` is not sent;
 *     QUERY_TOO_COMPLEX (`details.limit: "size"`) with `data: null` instead.
 */
import type { GraphContext } from '../../domain/graph.js';
import { execute, getOperationAST, GraphQLError, OperationTypeNode, type ExecutionArgs, type ExecutionResult } from './graphql.js';
import { QUERY_TOO_COMPLEX } from './limits.js';

export interface Budget {
  timeoutMs: number;
  maxBytes: number;
}

const tooComplex = (message: string, details: Record<string, unknown>): GraphQLError =>
  new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, details } });

/** What a resolver that starts after the time budget ran out throws (never sent: the answer is gone). */
export const budgetSpent = (): GraphQLError => tooComplex('The query was stopped: its time budget ran out', { limit: 'time' });

export async function executeWithinBudget(args: ExecutionArgs, budget: Budget): Promise<ExecutionResult> {
  const ctx = args.contextValue as GraphContext;
  const operation = getOperationAST(args.document, args.operationName);
  const run = Promise.resolve(execute(args));
  let result: ExecutionResult;
  if (operation?.operation === OperationTypeNode.QUERY) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ExecutionResult>((resolve) => {
      timer = setTimeout(() => {
        ctx.budget = { expired: true };
        const message = `The query ran longer than ${budget.timeoutMs} ms and was stopped: ask for smaller pages or fewer fields`;
        resolve({ data: null, errors: [tooComplex(message, { limit: 'time', budget_ms: budget.timeoutMs })] });
      }, budget.timeoutMs);
    });
    run.catch(() => undefined);
    result = await Promise.race([run, timeout]);
    clearTimeout(timer);
  } else {
    result = await run;
  }
  if (result.data != null) {
    const size = Buffer.byteLength(JSON.stringify(result.data));
    if (size > budget.maxBytes) {
      const message = `The answer (${size} bytes) is larger than the limit of ${budget.maxBytes} bytes: ask for smaller pages or fewer fields`;
      return { data: null, errors: [tooComplex(message, { limit: 'size', size_bytes: size, max_bytes: budget.maxBytes })] };
    }
  }
  return result;
}
