/**
 * Reading the specs: YAML loading and `$ref` resolution across files (`../schemas/x.yaml#/Task`).
 * Everything the generators see comes through here, so refs are resolved one way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/**
 * Whether an @asyncapi/parser diagnostic is an error (severity 0). Compared as a number: the parser's diagnostics
 * carry the severity enum of a nested copy of @stoplight/types, not the one the parser exports as DiagnosticSeverity.
 */
/** A spec value as text: a string as it is, anything else as its JSON (so never `[object Object]`). */
export const jsonText = (v: Json | undefined): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'undefined'));

export const isErrorDiagnostic = (d: { severity: number }): boolean => d.severity === 0;

const cache = new Map<string, Json>();

export function loadYaml(file: string): Json {
  const abs = path.resolve(file);
  let doc = cache.get(abs);
  if (doc === undefined) {
    doc = parse(readFileSync(abs, 'utf8')) as Json;
    cache.set(abs, doc);
  }
  return doc;
}

function pointer(doc: Json, ptr: string, where: string): Json {
  if (ptr === '' || ptr === '/') return doc;
  let cur: Json = doc;
  for (const raw of ptr.replace(/^\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !(key in cur)) throw new Error(`Unresolvable $ref ${where}`);
    cur = (cur as JsonObject)[key] as Json;
  }
  return cur;
}

/** Resolves one `$ref` string seen in `fromFile`, returning the target and the file it lives in. */
export function resolveRef(ref: string, fromFile: string): { value: Json; file: string } {
  const [filePart, ptr = ''] = ref.split('#');
  const file = filePart ? path.resolve(path.dirname(fromFile), filePart) : path.resolve(fromFile);
  return { value: pointer(loadYaml(file), ptr, `${ref} (from ${fromFile})`), file };
}

/** Returns a deep copy of `node` with every `$ref` inlined (specs hold no recursive schemas). */
export function deref(node: Json, fromFile: string, depth = 0): Json {
  if (depth > 64) throw new Error(`$ref nesting too deep near ${fromFile}`);
  if (Array.isArray(node)) return node.map((n) => deref(n, fromFile, depth + 1));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const { value, file } = resolveRef(node.$ref, fromFile);
    const { $ref: _ignored, ...siblings } = node;
    const target = deref(value, file, depth + 1);
    // JSON Schema 2020-12 allows siblings next to $ref (description, ...): they refine the target.
    return Object.keys(siblings).length && target && typeof target === 'object' && !Array.isArray(target)
      ? { ...target, ...(deref(siblings, fromFile, depth + 1) as JsonObject) }
      : target;
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = deref(v, fromFile, depth + 1);
  return out;
}

/** Keys that OpenAPI allows in schemas but JSON Schema validators don't know. */
const NON_VALIDATION_KEYS = new Set(['example', 'xml', 'externalDocs', 'discriminator']);

/** A schema as Ajv (strict) and MCP clients want it: no `x-*` or OpenAPI-only keywords. */
export function cleanSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(cleanSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-') || NON_VALIDATION_KEYS.has(k)) continue;
    // `properties` maps names to schemas: its keys are never keywords.
    out[k] = k === 'properties' || k === '$defs' ? mapValues(v, cleanSchema) : cleanSchema(v);
  }
  return out;
}

function mapValues(node: Json, fn: (v: Json) => Json): Json {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fn(v)]));
}

export const BANNER = (source: string) =>
  `// Generated from ${source} by scripts/generate.ts. Do not edit: change the specs and run \`npm run generate\`.\n`;

export function pascal(name: string): string {
  return name
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}
