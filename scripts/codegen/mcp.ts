/**
 * generated/mcp-tools.ts: one MCP tool per operation exposed on MCP, named with `_` (tasks_create), and the
 * toolsets (one per area) the /mcp endpoint serves them in.
 *
 * Every tool declares its input schema (the operation input) and its output schema (the REST success body:
 * `{data}` or `{data, pagination}`, refs inlined, root `type: object`). The output schema also admits the error
 * body `{error}` that a failed call carries as `structuredContent` (with `isError: true`): clients of the 2025 SDK
 * validate structuredContent even on error results, and a schema without that branch would make them throw.
 *
 * Both schemas are made portable (see `portableSchema`): the MCP Inspector's schema lint warns on a `type` array
 * (`type: [string, "null"]`), which single-type dialects (the OpenAPI subset of Gemini function declarations) cannot
 * express; such a node is rewritten as `anyOf` of single-type branches. test/mcp/schema-portability.test.ts applies
 * the Inspector's rules to every generated schema.
 */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, cleanSchema, deref, type Json, type JsonObject } from './load.js';

/** Keywords that annotate a schema rather than constrain it: they stay on the node when its type is split. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * The schema with every `type: [A, B, …]` rewritten as `anyOf: [{type: A, …}, {type: B, …}]` (the constraining
 * keywords go with each branch: they only apply to values of their own type, so the meaning is unchanged), and
 * the annotations kept on the node itself.
 */
export function portableSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(portableSchema);
  if (node === null || typeof node !== 'object') return node;
  const walked: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
      walked[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, portableSchema(sub)]));
    } else if (k === 'examples' || k === 'default' || k === 'enum' || k === 'const' || k === 'required') {
      walked[k] = v;
    } else {
      walked[k] = portableSchema(v);
    }
  }
  const type = walked.type;
  if (!Array.isArray(type)) return walked;
  if (type.length === 1) return { ...walked, type: type[0]! };
  const kept: JsonObject = {};
  const constraints: JsonObject = {};
  for (const [k, v] of Object.entries(walked)) {
    if (k === 'type') continue;
    (ANNOTATIONS.has(k) ? kept : constraints)[k] = v;
  }
  const branches = type.map((t): JsonObject => (t === 'null' ? { type: 'null' } : { type: t, ...constraints }));
  return { ...kept, anyOf: branches };
}

/** The schema of what a call's structuredContent holds: the success body, or the error body of a failed call. */
function outputSchemaOf(e: CatalogueEntry, errorBody: JsonObject): JsonObject {
  const success: JsonObject = e.output
    ? (cleanSchema(e.output) as JsonObject)
    : { description: 'The operation answers no body.', type: 'object', additionalProperties: false, properties: {} };
  const { title: _t, examples: _x, ...body } = success;
  return {
    type: 'object',
    description: `The REST success body of ${e.method} ${e.path}; a failed call (isError: true) carries the error body { error } instead.`,
    anyOf: [body, errorBody],
  };
}

export function generateMcpTools(catalogue: CatalogueEntry[], write: Writer, openapi: JsonObject, openapiFile: string): void {
  const components = (openapi.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  if (!components?.ErrorResponse) throw new Error('components.schemas.ErrorResponse is missing: the MCP output schemas need it');
  const { title: _t, examples: _x, ...errorBody } = cleanSchema(deref(components.ErrorResponse, openapiFile)) as JsonObject;

  const entries = catalogue.filter((e) => e.transports.includes('mcp'));
  const tools = entries.map((e) => ({
    name: e.name.replace(/\./g, '_'),
    operation: e.name,
    toolset: e.area,
    title: e.summary,
    description: [e.summary, e.description].filter(Boolean).join('\n\n'),
    inputSchema: portableSchema(cleanSchema(e.input)),
    outputSchema: portableSchema(outputSchemaOf(e, errorBody)),
    annotations: {
      title: e.summary,
      readOnlyHint: e.method === 'GET',
      destructiveHint: e.mcpDestructive ?? e.method === 'DELETE',
      idempotentHint: e.method === 'GET' || e.method === 'PUT' || e.method === 'DELETE',
      openWorldHint: false,
    },
  }));

  const tags = new Map<string, string>();
  for (const t of (openapi.tags ?? []) as JsonObject[]) {
    if (typeof t.name === 'string' && typeof t.description === 'string') tags.set(t.name, t.description.trim().replace(/\s+/g, ' '));
  }
  const areas = [...new Set(entries.map((e) => e.area))].sort();
  const toolsets = areas.map((area) => {
    const members = tools.filter((t) => t.toolset === area);
    return {
      name: area,
      description: tags.get(area) ?? `The ${area.replace(/_/g, ' ')} operations.`,
      tools: members.map((t) => t.name),
      readOnlyTools: members.filter((t) => t.annotations.readOnlyHint).map((t) => t.name),
    };
  });

  const content = [
    BANNER('specs/openapi/trcr.yaml'),
    `import type { OperationName } from './operations.js';\n`,
    `export interface McpToolDefinition {
  readonly name: string;
  readonly operation: OperationName;
  /** The toolset (the operation's area) that serves the tool. */
  readonly toolset: string;
  readonly title: string;
  readonly description: string;
  /** JSON Schema of the arguments: the operation input. */
  readonly inputSchema: { readonly type: 'object'; readonly [k: string]: unknown };
  /** JSON Schema of structuredContent: the REST success body, or the error body of a failed call. */
  readonly outputSchema: { readonly type: 'object'; readonly [k: string]: unknown };
  readonly annotations: { readonly title: string; readonly readOnlyHint: boolean; readonly destructiveHint: boolean; readonly idempotentHint: boolean; readonly openWorldHint: boolean };
}\n`,
    `export interface McpToolsetDefinition {
  /** The area name, as given in \`X-MCP-Toolsets\` / \`?toolsets=\`. */
  readonly name: string;
  readonly description: string;
  readonly tools: readonly string[];
  /** The tools served in read-only mode (\`readOnlyHint\`: REST GET). */
  readonly readOnlyTools: readonly string[];
}\n`,
    `export const mcpTools = ${JSON.stringify(tools, null, 2)} as const satisfies readonly McpToolDefinition[];\n`,
    `/** The toolsets, one per area, sorted by name: the one list the server, /docs and the README check use. */`,
    `export const mcpToolsets = ${JSON.stringify(toolsets, null, 2)} as const satisfies readonly McpToolsetDefinition[];\n`,
  ];
  write('mcp-tools.ts', content.join('\n'));
}
