/** generated/mcp-tools.ts: one MCP tool per operation exposed on MCP, named with `_` (tasks_create). */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, cleanSchema } from './load.js';

export function generateMcpTools(catalogue: CatalogueEntry[], write: Writer): void {
  const tools = catalogue
    .filter((e) => e.transports.includes('mcp'))
    .map((e) => ({
      name: e.name.replace(/\./g, '_'),
      operation: e.name,
      title: e.summary,
      description: [e.summary, e.description].filter(Boolean).join('\n\n'),
      inputSchema: cleanSchema(e.input),
      annotations: {
        title: e.summary,
        readOnlyHint: e.method === 'GET',
        destructiveHint: e.method === 'DELETE',
        idempotentHint: e.method === 'GET' || e.method === 'PUT' || e.method === 'DELETE',
        openWorldHint: false,
      },
    }));
  const content = [
    BANNER('specs/openapi/trcr.yaml'),
    `import type { OperationName } from './operations.js';\n`,
    `export interface McpToolDefinition {
  readonly name: string;
  readonly operation: OperationName;
  readonly title: string;
  readonly description: string;
  /** JSON Schema of the arguments: the operation input. */
  readonly inputSchema: { readonly type: 'object'; readonly [k: string]: unknown };
  readonly annotations: { readonly title: string; readonly readOnlyHint: boolean; readonly destructiveHint: boolean; readonly idempotentHint: boolean; readonly openWorldHint: boolean };
}\n`,
    `export const mcpTools = ${JSON.stringify(tools, null, 2)} as const satisfies readonly McpToolDefinition[];\n`,
  ];
  write('mcp-tools.ts', content.join('\n'));
}
