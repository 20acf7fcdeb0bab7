/**
 * The one Ajv and openapi-typescript set-up of the generators: JSON Schema 2020-12 (OpenAPI 3.1),
 * strict, formats on, the OpenAPI-only annotation keywords declared, and standalone CommonJS output
 * (Ajv's ESM standalone output still calls require(): ajv#1976), plus openapi-typescript's types.
 */
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER, cleanSchema, type Json, type JsonObject } from './load.js';

/** `tasks.create` → `tasks__create`: a JavaScript name for an operation's validator. */
export const validatorName = (op: string): string => op.replace(/\./g, '__');

export interface AjvOptions {
  /** Convert strings to the declared types first (REST query strings). Mutates the input. */
  coerceTypes?: boolean;
  /** Report every error (default true) rather than the first. */
  allErrors?: boolean;
}

/**
 * The one rule for text: a string PostgreSQL cannot store as `text` (a NUL character) or that is not
 * Unicode (an unpaired UTF-16 surrogate, which JSON.parse lets through and the UTF-8 encoder would
 * silently turn into U+FFFD) is invalid, wherever it appears. `storableStrings` puts the keyword on
 * every schema that admits a string or any value (untyped), and on the names and undescribed members
 * of open objects; on a free-form value it looks at every string and property name inside; so each generated validator applies it
 * to every field, parameter, id and nested value, and the VALIDATION_ERROR names the field.
 */
export const STORABLE_TEXT_KEYWORD = 'x-storable-text';

/** True when `v` is, or holds (values and property names, at any depth), a string that is not storable text. */
function unstorable(v: unknown): boolean {
  // A `u` regular expression sees a surrogate pair as one code point: only unpaired halves match.
  // eslint-disable-next-line no-control-regex -- NUL is exactly what the rule looks for
  if (typeof v === 'string') return /[\u0000\uD800-\uDFFF]/u.test(v);
  if (Array.isArray(v)) return v.some(unstorable);
  if (v !== null && typeof v === 'object') return Object.keys(v).some((k) => unstorable(k) || unstorable((v as Record<string, unknown>)[k]));
  return false;
}

const storableText: CodeKeywordDefinition = {
  keyword: STORABLE_TEXT_KEYWORD,
  schemaType: 'boolean',
  error: { message: 'must not contain NUL characters or unpaired surrogates' },
  code(cxt: KeywordCxt) {
    if (cxt.schema !== true) return;
    // The standalone module carries the function's own source (it is self-contained).
    const fn = cxt.gen.scopeValue('func', { ref: unstorable, code: new _Code(unstorable.toString()) });
    // Checked on any value (no `type` restriction) so that untyped schemas carry it under strict mode.
    cxt.fail(_`${fn}(${cxt.data})`);
  },
};

const admitsString = (node: JsonObject): boolean =>
  node.type === 'string' ||
  (Array.isArray(node.type) && node.type.includes('string')) ||
  (node.type === undefined && node.enum === undefined && node.const === undefined);

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMAS = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
];

/** `schema` with the text rule on every subschema that admits a string or is free-form (an open object, an untyped value). */
export function storableStrings(node: Json): Json {
  if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (SUBSCHEMA_MAPS.includes(k) && v && typeof v === 'object' && !Array.isArray(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, storableStrings(s)]));
    else if (SUBSCHEMA_LISTS.includes(k) && Array.isArray(v)) out[k] = v.map(storableStrings);
    else if (SUBSCHEMAS.includes(k)) out[k] = storableStrings(v);
    else out[k] = v;
  }
  if (node.$ref !== undefined) return out;
  const isObject = node.type === 'object' || node.properties !== undefined;
  if (!isObject) {
    if (admitsString(node)) out[STORABLE_TEXT_KEYWORD] = true;
    return out;
  }
  // An open object's members are stored as they come (JSON columns): their names, and the values of
  // those no schema describes, at any depth (the error then names the member).
  if (node.additionalProperties !== false) {
    out.propertyNames ??= { [STORABLE_TEXT_KEYWORD]: true };
    if (node.additionalProperties === undefined || node.additionalProperties === true) out.additionalProperties = { [STORABLE_TEXT_KEYWORD]: true };
  }
  return out;
}

/**
 * Compiles one validator per entry (`name` → schema; `x-*` and OpenAPI-only keywords removed) and
 * returns the CommonJS module exporting them under `validatorName(name)`.
 */
export function standaloneValidators(schemas: Iterable<[string, object]>, opts: AjvOptions = {}): string {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: opts.allErrors ?? true,
    coerceTypes: opts.coerceTypes ?? false,
    code: { source: true, esm: false, lines: true },
    // OpenAPI keywords that may survive in schemas are annotations only.
    keywords: ['example', storableText],
  });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const refs: Record<string, string> = {};
  for (const [name, schema] of schemas) {
    const id = validatorName(name);
    ajv.addSchema({ ...(storableStrings(cleanSchema(schema as JsonObject)) as object), $id: id }, id);
    refs[id] = id;
  }
  return (standaloneCode as unknown as (a: Ajv2020, r: Record<string, string>) => string)(ajv, refs);
}

/** The `.d.cts` beside a standalone module: one typed `ValidateFunction` per validator. */
export function validatorDeclarations(source: string, names: Iterable<string>, what: (name: string) => string): string {
  const lines = [BANNER(source), `import type { ValidateFunction } from 'ajv';\n`];
  for (const name of names) lines.push(`/** Validates ${what(name)}. */\nexport declare const ${validatorName(name)}: ValidateFunction;`);
  return lines.join('\n') + '\n';
}

/** openapi-typescript's `paths`/`components`/`operations` types of an OpenAPI file. */
export async function openapiTypes(file: string, source: string): Promise<string> {
  // defaultNonNullable: false — a property with a `default` stays optional where the schema does not require
  // it: a request may leave out `billable` or `per_page` (the server fills the default), and responses list
  // what they always carry in `required` anyway.
  const ast = await openapiTS(pathToFileURL(file), { rootTypes: false, silent: true, defaultNonNullable: false });
  return BANNER(`${source} (openapi-typescript)`) + astToString(ast);
}
