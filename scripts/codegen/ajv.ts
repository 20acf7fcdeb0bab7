/**
 * The one Ajv and openapi-typescript set-up of the generators: JSON Schema 2020-12 (OpenAPI 3.1),
 * strict, formats on, the OpenAPI-only annotation keywords declared, and standalone CommonJS output
 * (Ajv's ESM standalone output still calls require(): ajv#1976), plus openapi-typescript's types.
 */
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { BANNER, cleanSchema, type JsonObject } from './load.js';

/** `tasks.create` → `tasks__create`: a JavaScript name for an operation's validator. */
export const validatorName = (op: string): string => op.replace(/\./g, '__');

export interface AjvOptions {
  /** Convert strings to the declared types first (REST query strings). Mutates the input. */
  coerceTypes?: boolean;
  /** Report every error (default true) rather than the first. */
  allErrors?: boolean;
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
    keywords: ['example'],
  });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const refs: Record<string, string> = {};
  for (const [name, schema] of schemas) {
    const id = validatorName(name);
    ajv.addSchema({ ...(cleanSchema(schema as JsonObject) as object), $id: id }, id);
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
  const ast = await openapiTS(pathToFileURL(file), { rootTypes: false, silent: true });
  return BANNER(`${source} (openapi-typescript)`) + astToString(ast);
}
