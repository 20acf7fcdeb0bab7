/**
 * generated/validators.cjs + query-validators.cjs: Ajv (JSON Schema 2020-12) standalone validators.
 * `<op>` validates an operation input strictly (JSON types, unknown fields rejected);
 * `query-validators` coerce REST query strings to their declared types first.
 * CommonJS because Ajv's standalone ESM output still calls require() (ajv#1976).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, cleanSchema } from './load.js';

export const validatorName = (op: string): string => op.replace(/\./g, '__');

function compileAll(catalogue: CatalogueEntry[], pick: (e: CatalogueEntry) => object, coerce: boolean): string {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    coerceTypes: coerce,
    code: { source: true, esm: false, lines: true },
    // OpenAPI keywords that may survive in schemas are annotations only.
    keywords: ['example'],
  });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const refs: Record<string, string> = {};
  for (const e of catalogue) {
    const id = validatorName(e.name);
    ajv.addSchema({ ...(cleanSchema(pick(e) as never) as object), $id: id }, id);
    refs[id] = id;
  }
  return (standaloneCode as unknown as (a: Ajv2020, r: Record<string, string>) => string)(ajv, refs);
}

function declarations(catalogue: CatalogueEntry[], what: string): string {
  const lines = [BANNER('specs/openapi/trcr.yaml (Ajv standalone)'), `import type { ValidateFunction } from 'ajv';\n`];
  for (const e of catalogue) lines.push(`/** Validates ${what} of \`${e.name}\`. */\nexport declare const ${validatorName(e.name)}: ValidateFunction;`);
  return lines.join('\n') + '\n';
}

export function generateValidators(catalogue: CatalogueEntry[], write: Writer): void {
  const banner = BANNER('specs/openapi/trcr.yaml (Ajv standalone)');
  write('validators.cjs', banner + compileAll(catalogue, (e) => e.input, false) + '\n');
  write('validators.d.cts', declarations(catalogue, 'the input'));
  write('query-validators.cjs', banner + compileAll(catalogue, (e) => e.query, true) + '\n');
  write('query-validators.d.cts', declarations(catalogue, 'the REST query string'));

  const index = [
    BANNER('specs/openapi/trcr.yaml'),
    `import type { ValidateFunction } from 'ajv';`,
    `import * as input from './validators.cjs';`,
    `import * as query from './query-validators.cjs';`,
    `import type { OperationName } from './operations.js';\n`,
    `/** Strict validator of each operation's input (the WS payload, MCP arguments, GraphQL input, merged REST input). */`,
    `export const inputValidators: Record<OperationName, ValidateFunction> = {`,
    ...catalogue.map((e) => `  '${e.name}': input.${validatorName(e.name)},`),
    `};\n`,
    `/** Coercing validator of each operation's REST query string (mutates: strings become numbers/booleans). */`,
    `export const queryValidators: Record<OperationName, ValidateFunction> = {`,
    ...catalogue.map((e) => `  '${e.name}': query.${validatorName(e.name)},`),
    `};\n`,
  ];
  write('validators.ts', index.join('\n'));
}
