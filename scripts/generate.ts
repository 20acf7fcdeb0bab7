/**
 * The single generator entry point (`npm run generate`). Reads `specs/` and writes `generated/`.
 * First the per-area spec files are bundled into one document per interface (bundle.ts); every
 * generator after that reads only the bundles:
 *
 *   bundles/*                 the bundled OpenAPI, AsyncAPI, GraphQL and relay documents (served by /docs)
 *   openapi/types.ts          openapi-typescript: paths, components, operations
 *   models.ts                 the shared JSON Schemas (specs/schemas) as TypeScript types
 *   operations.ts             the operation catalogue: names, areas, metadata, input/output types, handler types
 *   access.ts                 permissions, roles and their defaults, fields gated by a permission
 *   events.ts                 the pushed events, entity types and the entity each carries
 *   validators.cjs/.d.cts     Ajv standalone validators of every operation input (strict)
 *   query-validators.cjs/...  Ajv standalone validators of REST query strings (type coercion)
 *   rest-routes.ts            the REST route table
 *   ws-actions.ts             the WebSocket action table and close codes (from AsyncAPI)
 *   ws-messages.ts            typed WebSocket messages and the handler interface (AsyncAPI, via
 *                             @asyncapi/generator and the template scripts/templates/ws)
 *   mcp-tools.ts              the MCP tool list
 *   graphql/bindings.ts       root field -> operation bindings and the SDL
 *   graphql/resolvers.ts      graphql-codegen resolver types
 *   errors.ts                 the error codes and their HTTP statuses (server and client)
 *   client/operations.ts      what the typed client (@trcr/client) needs at run time: org-taking and read-only
 *                             actions, the paths outside /api/v1
 *   client/graphql/*          the client's typed GraphQL documents (specs/graphql/operations, client preset)
 *   relay/*                   the team relay (seed 002): types, route table, body validators, socket
 *                             constants (specs/openapi/relay.yaml, specs/asyncapi/relay-socket.yaml)
 *
 * Usage: tsx scripts/generate.ts [--out <dir>]   (default: generated/)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { generateAccess } from './codegen/access.js';
import { generateClientMeta, generateErrors } from './codegen/client.js';
import { generateEvents } from './codegen/events.js';
import { loadYaml, type JsonObject } from './codegen/load.js';
import { BUNDLE_FILES, bundleSpecs } from './codegen/bundle.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1]! : path.join(root, 'generated'));

const schemasDir = path.join(root, 'specs/schemas');

export type Writer = (file: string, content: string) => void;

async function main(): Promise<void> {
  const files = new Map<string, string>();
  const write: Writer = (file, content) => files.set(file, content);

  const work = mkdtempSync(path.join(tmpdir(), 'trcr-generate-'));
  try {
    const { paths: bundles, texts } = bundleSpecs(root, work);
    for (const [key, file] of Object.entries(BUNDLE_FILES)) write(`bundles/${file}`, texts[key as keyof typeof texts]);

    const openapi = loadYaml(bundles.openapi) as JsonObject;
    const catalogue = readCatalogue(bundles.openapi, openapi);

    await generateOpenApiTypes(bundles.openapi, write);
    const models = await generateModels(schemasDir, write);
    await generateCatalogue(catalogue, write);
    generateAccess(openapi, catalogue, write);
    generateEvents(loadYaml(bundles.asyncapi) as JsonObject, models, write);
    generateValidators(catalogue, write);
    generateRestRoutes(catalogue, write);
    await generateWsActions(bundles.asyncapi, catalogue, write);
    generateMcpTools(catalogue, write, openapi, bundles.openapi);
    generateErrors(openapi, write);
    generateClientMeta(openapi, catalogue, write);
    await generateGraphql(root, bundles.graphql, texts.graphql, catalogue, write);
    await generateRelay(bundles.relayOpenapi, bundles.relayAsyncapi, loadYaml(bundles.relayOpenapi) as JsonObject, write);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Replace the output folder as a whole so a removed operation leaves no stale file behind.
  rmSync(out, { recursive: true, force: true });
  for (const [file, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(out, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`generated ${files.size} files into ${path.relative(root, out) || out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
