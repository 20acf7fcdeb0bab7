/**
 * The single generator entry point (`npm run generate`). Reads `specs/` and writes `generated/`:
 *
 *   openapi/types.ts          openapi-typescript: paths, components, operations
 *   models.ts                 the shared JSON Schemas (specs/schemas) as TypeScript types
 *   operations.ts             the operation catalogue: names, metadata, input/output types, handler type
 *   validators.cjs/.d.cts     Ajv standalone validators of every operation input (strict)
 *   query-validators.cjs/...  Ajv standalone validators of REST query strings (type coercion)
 *   rest-routes.ts            the REST route table
 *   ws-actions.ts             the WebSocket action table and close codes (from AsyncAPI)
 *   ws-messages.ts            typed WebSocket messages and the handler interface (AsyncAPI, via
 *                             @asyncapi/generator and the template scripts/templates/ws)
 *   mcp-tools.ts              the MCP tool list
 *   graphql/bindings.ts       root field -> operation bindings and the SDL
 *   graphql/resolvers.ts      graphql-codegen resolver types
 *   relay/*                   the team relay (seed 002): types, route table, body validators, socket
 *                             constants (specs/openapi/relay.yaml, specs/asyncapi/relay-socket.yaml)
 *
 * Usage: tsx scripts/generate.ts [--out <dir>]   (default: generated/)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from './codegen/operations.js';
import { generateModels } from './codegen/models.js';
import { generateOpenApiTypes } from './codegen/openapi.js';
import { generateValidators } from './codegen/validators.js';
import { generateWsActions } from './codegen/asyncapi.js';
import { generateGraphql } from './codegen/graphql.js';
import { generateMcpTools } from './codegen/mcp.js';
import { generateRestRoutes } from './codegen/rest.js';
import { generateRelay } from './codegen/relay.js';
import { readCatalogue } from './codegen/catalogue.js';
import { loadYaml, type JsonObject } from './codegen/load.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1]! : path.join(root, 'generated'));

const specs = {
  openapi: path.join(root, 'specs/openapi/trcr.yaml'),
  asyncapi: path.join(root, 'specs/asyncapi/trcr-ws.yaml'),
  graphql: path.join(root, 'specs/graphql/schema.graphql'),
  schemas: path.join(root, 'specs/schemas'),
  relay: path.join(root, 'specs/openapi/relay.yaml'),
  relaySocket: path.join(root, 'specs/asyncapi/relay-socket.yaml'),
};

export type Writer = (file: string, content: string) => void;

async function main(): Promise<void> {
  const files = new Map<string, string>();
  const write: Writer = (file, content) => files.set(file, content);

  const openapi = loadYaml(specs.openapi) as JsonObject;
  const catalogue = readCatalogue(specs.openapi, openapi);

  await generateOpenApiTypes(specs.openapi, write);
  await generateModels(specs.schemas, write);
  await generateCatalogue(catalogue, write);
  generateValidators(catalogue, write);
  generateRestRoutes(catalogue, write);
  await generateWsActions(specs.asyncapi, catalogue, write);
  generateMcpTools(catalogue, write);
  await generateGraphql(root, specs.graphql, readFileSync(specs.graphql, 'utf8'), catalogue, write);
  await generateRelay(specs.relay, specs.relaySocket, loadYaml(specs.relay) as JsonObject, write);

  // Replace the output folder as a whole so a removed operation leaves no stale file behind.
  rmSync(out, { recursive: true, force: true });
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(out, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`generated ${files.size} files for ${catalogue.length} operations into ${path.relative(root, out) || out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
