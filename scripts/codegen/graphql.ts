/**
 * generated/graphql/bindings.ts: root fields bound to operations by `@operation(name:)`, checked
 * against the catalogue, plus the SDL itself; generated/graphql/resolvers.ts: graphql-codegen's
 * resolver types (config in codegen.yml).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, Kind } from 'graphql';
import { parse as parseYaml } from 'yaml';
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER } from './load.js';

export async function generateGraphql(root: string, sdlFile: string, sdl: string, catalogue: CatalogueEntry[], write: Writer): Promise<void> {
  const schema = buildSchema(sdl);
  const bindings: Record<string, Record<string, string>> = {};
  const bound = new Set<string>();
  const names = new Set(catalogue.map((e) => e.name));
  for (const rootType of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!rootType) continue;
    for (const field of Object.values(rootType.getFields())) {
      const dir = field.astNode?.directives?.find((d) => d.name.value === 'operation');
      if (!dir) continue;
      const arg = dir.arguments?.find((a) => a.name.value === 'name');
      if (!arg || arg.value.kind !== Kind.STRING) throw new Error(`${rootType.name}.${field.name}: @operation needs name: "area.verb"`);
      const op = arg.value.value;
      if (!names.has(op)) throw new Error(`${rootType.name}.${field.name}: @operation names unknown operation ${op}`);
      (bindings[rootType.name] ??= {})[field.name] = op;
      bound.add(op);
    }
  }
  const expected = catalogue.filter((e) => e.transports.includes('graphql')).map((e) => e.name);
  const unbound = expected.filter((n) => !bound.has(n));
  if (unbound.length) throw new Error(`GraphQL has no root field for operations: ${unbound.join(', ')}`);
  const extra = [...bound].filter((n) => !expected.includes(n));
  if (extra.length) throw new Error(`GraphQL binds operations not listing graphql in x-transports: ${extra.join(', ')}`);

  write(
    'graphql/bindings.ts',
    [
      BANNER('specs/graphql/schema.graphql'),
      `import type { OperationName } from '../operations.js';\n`,
      `/** Root fields bound to an operation by @operation(name:). */`,
      `export const graphqlBindings = ${JSON.stringify(bindings, null, 2)} as const satisfies Record<string, Record<string, OperationName>>;\n`,
      `/** The SDL, so the server needs no file at run time. */`,
      `export const typeDefs = ${JSON.stringify(sdl)};\n`,
    ].join('\n'),
  );

  const config = parseYaml(readFileSync(path.join(root, 'codegen.yml'), 'utf8')) as {
    generates: Record<string, { plugins: string[]; config?: object }>;
  };
  const outputs = (await generate({ ...config, schema: sdlFile, cwd: root, silent: true, errorsOnly: true }, false)) as {
    filename: string;
    content: string;
  }[];
  for (const o of outputs) {
    const rel = path.relative(path.join(root, 'generated'), path.resolve(root, o.filename));
    const source = rel.startsWith('client/') ? 'specs/graphql/operations/*.graphql' : 'specs/graphql/schema.graphql';
    write(rel, BANNER(`${source} (graphql-codegen)`) + o.content);
  }
}
