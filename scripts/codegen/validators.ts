/**
 * generated/validators.cjs + query-validators.cjs: Ajv (JSON Schema 2020-12) standalone validators.
 * `<op>` validates an operation input strictly (JSON types, unknown fields rejected);
 * `query-validators` coerce REST query strings to their declared types first.
 */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { standaloneValidators, validatorDeclarations, validatorName } from './ajv.js';
import { BANNER, cleanSchema, type JsonObject } from './load.js';

const SOURCE = 'specs/openapi (Ajv standalone)';

export function generateValidators(catalogue: CatalogueEntry[], write: Writer): void {
  const names = catalogue.map((e) => e.name);
  write('validators.cjs', BANNER(SOURCE) + standaloneValidators(catalogue.map((e) => [e.name, e.input])) + '\n');
  write(
    'validators.d.cts',
    validatorDeclarations(SOURCE, names, (n) => `the input of \`${n}\``),
  );
  write(
    'query-validators.cjs',
    BANNER(SOURCE) +
      standaloneValidators(
        catalogue.map((e) => [e.name, e.query]),
        { coerceTypes: true },
      ) +
      '\n',
  );
  write(
    'query-validators.d.cts',
    validatorDeclarations(SOURCE, names, (n) => `the REST query string of \`${n}\``),
  );

  const index = [
    BANNER('specs/openapi'),
    `import type { ValidateFunction } from 'ajv';`,
    `import * as input from './validators.cjs';`,
    `import * as query from './query-validators.cjs';`,
    `import type { OperationName } from './operations.js';\n`,
    `/** An operation's input schema (JSON Schema 2020-12, \`x-\` extensions removed). */`,
    `export interface InputSchema {`,
    `  readonly type: 'object';`,
    `  readonly additionalProperties: false;`,
    `  readonly properties: Readonly<Record<string, Readonly<Record<string, unknown>>>>;`,
    `  readonly required?: readonly string[];`,
    `}\n`,
    `/** Strict validator of each operation's input (the WS payload, MCP arguments, GraphQL input, merged REST input). */`,
    `export const inputValidators: Record<OperationName, ValidateFunction> = {`,
    ...catalogue.map((e) => `  '${e.name}': input.${validatorName(e.name)},`),
    `};\n`,
    `/** Coercing validator of each operation's REST query string (mutates: strings become numbers/booleans). */`,
    `export const queryValidators: Record<OperationName, ValidateFunction> = {`,
    ...catalogue.map((e) => `  '${e.name}': query.${validatorName(e.name)},`),
    `};\n`,
    `/** The JSON Schema each input validator checks (path + query + body in one object), for tools and tests. */`,
    `export const inputSchemas: Record<OperationName, InputSchema> = ${JSON.stringify(
      Object.fromEntries(catalogue.map((e) => [e.name, cleanSchema(e.input) as JsonObject])),
      null,
      2,
    )};\n`,
  ];
  write('validators.ts', index.join('\n'));
}
