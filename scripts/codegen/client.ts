/**
 * generated/client/operations.ts: what the typed client (clients/typescript, @trcr/client) needs to know
 * about the operations at run time, read from the catalogue: which inputs take the organization (the
 * client's `orgId` option fills it on /ws), which operations only read (safe to send again after a
 * reconnect), and the paths served outside /api/v1. Its types come from the other generated files
 * (openapi/types.ts, operations.ts, ws-messages.ts); its GraphQL documents from graphql-codegen's client
 * preset (codegen.yml, generated/client/graphql/).
 */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, type JsonObject } from './load.js';

/**
 * generated/errors.ts: the documented error codes and the HTTP status of each (`ErrorCode` and its
 * `x-http-status` in specs/schemas/common.yaml), for the server's error mapping and the client alike.
 */
export function generateErrors(openapi: JsonObject, write: Writer): void {
  const schema = ((openapi.components as JsonObject).schemas as JsonObject).ErrorCode as JsonObject | undefined;
  const codes = schema?.enum as string[] | undefined;
  const status = (schema?.['x-http-status'] ?? {}) as Record<string, number>;
  if (!codes?.length) throw new Error('components.schemas.ErrorCode: expected an enum of error codes');
  const missing = codes.filter((c) => !Number.isInteger(status[c]));
  const extra = Object.keys(status).filter((c) => !codes.includes(c));
  if (missing.length || extra.length) {
    throw new Error(`ErrorCode x-http-status: no status for ${missing.join(', ') || '-'}; not in the enum: ${extra.join(', ') || '-'}`);
  }
  write(
    'errors.ts',
    [
      BANNER('specs/schemas/common.yaml (ErrorCode)'),
      `import type { components } from './openapi/types.js';\n`,
      `/** A documented error code (\`components.schemas.ErrorCode\`). */`,
      `export type ErrorCode = components['schemas']['ErrorCode'];\n`,
      `/** Every documented \`error.code\` (REST, /ws, MCP) and GraphQL \`extensions.code\`, in the spec's order. */`,
      `export const ERROR_CODES = ${JSON.stringify(codes)} as const satisfies readonly ErrorCode[];\n`,
      `/** The HTTP status of each code (\`x-http-status\`). */`,
      `export const ERROR_STATUS = ${JSON.stringify(Object.fromEntries(codes.map((c) => [c, status[c]])), null, 2)} as const satisfies Record<ErrorCode, number>;\n`,
    ].join('\n'),
  );
}

export function generateClientMeta(openapi: JsonObject, catalogue: CatalogueEntry[], write: Writer): void {
  const ws = catalogue.filter((e) => e.transports.includes('ws'));
  const orgParam = ws.filter((e) => e.scope === 'org' && e.orgParam === 'org_id').map((e) => e.name);
  const reads = ws.filter((e) => e.method === 'GET').map((e) => e.name);
  const list = (names: string[]) => JSON.stringify(names.sort(), null, 2);
  // Paths served outside /api/v1 (their own `servers`, `x-catalogue: false`: the health checks).
  const outside = Object.entries(openapi.paths as JsonObject)
    .filter(([, item]) => Object.values(item as JsonObject).some((op) => (op as JsonObject | null)?.['x-catalogue'] === false))
    .map(([p]) => JSON.stringify(p));
  write(
    'client/operations.ts',
    [
      BANNER('specs/openapi (the operation catalogue)'),
      `import type { OperationName } from '../operations.js';\n`,
      `/** Paths the OpenAPI document serves outside /api/v1 (health checks): not part of the client's REST paths. */`,
      `export type OutsideApiPath = ${outside.join(' | ') || 'never'};\n`,
      `/** WebSocket actions whose payload takes \`org_id\` (the organization the call acts in). */`,
      `export const ORG_PARAM_ACTIONS: ReadonlySet<OperationName> = new Set<OperationName>(${list(orgParam)});\n`,
      `/** WebSocket actions that only read (REST GET): sending one again after a lost connection is safe. */`,
      `export const READ_ACTIONS: ReadonlySet<OperationName> = new Set<OperationName>(${list(reads)});\n`,
    ].join('\n'),
  );
}
