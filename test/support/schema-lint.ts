/**
 * The MCP Inspector's tool-schema portability check (`@modelcontextprotocol/inspector` 2.12.0,
 * core/json/schemaLint.ts, run by `inspector --cli --method tools/list [--strict]`), ported rule for rule so
 * tests can hold every generated tool schema to it without the Inspector as a dependency:
 *
 * - `type-union` (warning): `type` is an array of JSON Schema type names (`["string", "null"]`);
 * - `remote-ref` (warning): a `$ref` not starting with `#` (and no `$id` embedded in the schema);
 * - `untyped-schema` (warning): a subschema with no constraining keyword (accepts anything), except under `not`;
 * - `boolean-schema` (error): a bare `true`/`false` where a schema object is expected (not under
 *   additionalProperties / unevaluatedProperties / additionalItems / unevaluatedItems).
 *
 * The walk visits the same subschema positions as the Inspector's (maps, arrays and single subschemas).
 */
export interface SchemaFinding {
  rule: 'type-union' | 'remote-ref' | 'untyped-schema' | 'boolean-schema';
  severity: 'warning' | 'error';
  schema: 'inputSchema' | 'outputSchema';
  path: string;
}

const BOOLEAN_VALUED_KEYWORDS = new Set(['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems']);
const SUBSCHEMA_KEYWORDS = [
  'items',
  'contains',
  'not',
  'propertyNames',
  'if',
  'then',
  'else',
  'additionalProperties',
  'unevaluatedProperties',
  'additionalItems',
  'unevaluatedItems',
  'contentSchema',
];
const SUBSCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'definitions'];
const CONSTRAINING_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'items',
  'prefixItems',
  'contains',
  'additionalItems',
  'unevaluatedItems',
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'dependentSchemas',
  'dependencies',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
]);
const JSON_SCHEMA_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'string', 'integer']);
const MAX_DEPTH = 64;

type Node = Record<string, unknown>;
const isRecord = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function constrainsInstance(node: Node): boolean {
  if (Object.keys(node).some((k) => CONSTRAINING_KEYWORDS.has(k))) return true;
  return 'if' in node && ('then' in node || 'else' in node);
}

function isPortableTypeUnion(type: unknown[]): boolean {
  if (type.length === 0) return false;
  if (!type.every((t) => typeof t === 'string' && JSON_SCHEMA_TYPES.has(t))) return false;
  return new Set(type).size === type.length;
}

function forEachSubschema(node: Node, path: string, visit: (child: unknown, path: string, keyword: string) => void): void {
  for (const key of SUBSCHEMA_MAP_KEYWORDS) {
    const map = node[key];
    if (!isRecord(map)) continue;
    for (const [name, sub] of Object.entries(map)) visit(sub, `${path}.${key}.${name}`, key);
  }
  for (const key of SUBSCHEMA_ARRAY_KEYWORDS) {
    const arr = node[key];
    if (!Array.isArray(arr)) continue;
    arr.forEach((sub, i) => visit(sub, `${path}.${key}[${i}]`, key));
  }
  for (const key of SUBSCHEMA_KEYWORDS) {
    if (!(key in node)) continue;
    const value = node[key];
    if (key === 'items' && Array.isArray(value)) {
      value.forEach((sub, i) => visit(sub, `${path}.${key}[${i}]`, key));
      continue;
    }
    visit(value, `${path}.${key}`, key);
  }
}

function declaresAnyId(node: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || !isRecord(node)) return false;
  if (typeof node.$id === 'string' && node.$id !== '') return true;
  let found = false;
  forEachSubschema(node, '', (child) => {
    if (!found) found = declaresAnyId(child, depth + 1);
  });
  return found;
}

export function lintSchema(schema: unknown, kind: SchemaFinding['schema']): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const hasEmbeddedIds = declaresAnyId(schema);
  const walk = (node: unknown, path: string, keyword: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof node === 'boolean') {
      if (keyword !== undefined && BOOLEAN_VALUED_KEYWORDS.has(keyword)) return;
      findings.push({ rule: 'boolean-schema', severity: 'error', schema: kind, path });
      return;
    }
    if (!isRecord(node)) return;
    if (Array.isArray(node.type) && isPortableTypeUnion(node.type)) findings.push({ rule: 'type-union', severity: 'warning', schema: kind, path });
    if (typeof node.$ref === 'string' && node.$ref !== '' && !node.$ref.startsWith('#') && !hasEmbeddedIds) {
      findings.push({ rule: 'remote-ref', severity: 'warning', schema: kind, path });
    }
    if (!constrainsInstance(node) && keyword !== 'not') findings.push({ rule: 'untyped-schema', severity: 'warning', schema: kind, path });
    forEachSubschema(node, path, (child, childPath, childKeyword) => walk(child, childPath, childKeyword, depth + 1));
  };
  walk(schema, '', undefined, 0);
  return findings;
}

/** The findings for one tool, as the Inspector reports them (input schema, then output schema). */
export function lintTool(tool: { inputSchema?: unknown; outputSchema?: unknown }): SchemaFinding[] {
  return [
    ...(tool.inputSchema !== undefined ? lintSchema(tool.inputSchema, 'inputSchema') : []),
    ...(tool.outputSchema !== undefined ? lintSchema(tool.outputSchema, 'outputSchema') : []),
  ];
}
