/**
 * generated/models.ts: every shared schema in specs/schemas/*.yaml as a named TypeScript type.
 * Cross-file refs (`./entities.yaml#/User`) become `#/$defs/User` so each type is declared once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';
import type { Writer } from '../generate.js';
import { BANNER, cleanSchema, loadYaml, type Json, type JsonObject } from './load.js';

const refName = (ref: string): string => ref.split('#/').pop()!;

/** Objects (and unions) keep their name; primitives and enums are inlined where used. */
const isNamed = (s: JsonObject): boolean => 'properties' in s || s.type === 'object' || 'allOf' in s || 'oneOf' in s || 'anyOf' in s;

/**
 * Cross-file refs (`./entities.yaml#/User`) become `#/$defs/User` for named (object) schemas, so
 * each type is declared once; refs to primitive schemas (ids, timestamps, enums) are inlined so
 * that a `description` beside the `$ref` does not spawn a numbered copy of the type.
 */
function rewriteRefs(node: Json, defs: JsonObject, depth = 0): Json {
  if (depth > 64) throw new Error('schema nesting too deep');
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, defs, depth + 1));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    const name = refName(node.$ref);
    const target = defs[name] as JsonObject | undefined;
    if (!target) throw new Error(`unknown schema ${node.$ref}`);
    if (isNamed(target)) return { $ref: `#/$defs/${name}` };
    const { $ref: _r, ...siblings } = node;
    const { title: _t, ...inlined } = rewriteRefs(target, defs, depth + 1) as JsonObject;
    return { ...inlined, ...(rewriteRefs(siblings, defs, depth + 1) as JsonObject) };
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = rewriteRefs(v, defs, depth + 1);
  return out;
}

/** Writes models.ts and returns the names of the types it declares. */
export async function generateModels(schemasDir: string, write: Writer): Promise<Set<string>> {
  const defs: JsonObject = {};
  for (const file of readdirSync(schemasDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const doc = loadYaml(path.join(schemasDir, file)) as JsonObject;
    for (const [name, schema] of Object.entries(doc)) {
      if (name in defs) throw new Error(`schema ${name} is defined twice in specs/schemas`);
      defs[name] = cleanSchema(schema);
    }
  }
  const named: JsonObject = {};
  for (const [name, schema] of Object.entries(defs)) {
    if (isNamed(schema as JsonObject)) named[name] = { ...(rewriteRefs(schema, defs) as JsonObject), title: name };
  }
  const names = Object.keys(named).sort();
  const rootSchema = {
    title: 'SharedSchemas',
    type: 'object',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    properties: Object.fromEntries(names.map((n) => [n, { $ref: `#/$defs/${n}` }])),
    $defs: named,
  };
  const ts = await compile(rootSchema as never, 'SharedSchemas', {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    format: false,
  });
  write('models.ts', BANNER('specs/schemas/*.yaml (json-schema-to-typescript)') + '/* eslint-disable */\n' + ts);
  return new Set(names);
}
