/**
 * generated/operations.ts: the operation catalogue. For each operation: its metadata (area, REST
 * binding, scope, permission, transports), its input type (path + query + body) and its output
 * type (the REST success body). `AreaHandlers<'tasks', Contexts>` is what an area of the domain
 * implements with `satisfies`; each handler receives the context of its operation's scope.
 */
import { compile } from 'json-schema-to-typescript';
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, cleanSchema, pascal, type Json, type JsonObject } from './load.js';

/** Titles would make json-schema-to-typescript declare shared sub-types once per operation. */
function stripTitles(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripTitles);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title' && typeof v === 'string') continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as JsonObject).map(([p, s]) => [p, stripTitles(s)])) : stripTitles(v);
  }
  return out;
}

export function inputTypeName(e: CatalogueEntry): string {
  return `${pascal(e.name)}Input`;
}

export async function generateCatalogue(catalogue: CatalogueEntry[], write: Writer): Promise<void> {
  const parts: string[] = [];
  parts.push(BANNER('specs/openapi/trcr.yaml'));
  parts.push(`import type { operations as RestOperations } from './openapi/types.js';`);
  parts.push(`import type { Permission } from './access.js';\n`);
  parts.push(`/** Every operation name, in catalogue order. */`);
  parts.push(
    `export const OPERATION_NAMES = ${JSON.stringify(
      catalogue.map((e) => e.name),
      null,
      2,
    )} as const;\n`,
  );
  parts.push(`export type OperationName = (typeof OPERATION_NAMES)[number];\n`);

  for (const e of catalogue) {
    const schema = stripTitles(cleanSchema(e.input)) as JsonObject;
    const ts = await compile({ ...schema, description: `Input of \`${e.name}\`: ${e.summary}` }, inputTypeName(e), {
      bannerComment: '',
      additionalProperties: false,
      ignoreMinAndMaxItems: true,
      declareExternallyReferenced: false,
      format: false,
    });
    parts.push(ts.trim() + '\n');
    // A document answer (a PDF): the domain returns its bytes and name (src/domain/binary.ts), REST sends them as is.
    const outputType = e.binary
      ? `{ readonly contentType: '${e.binary}'; readonly filename: string; readonly body: Uint8Array }`
      : `RestOperations['${e.name}']['responses'][${e.status}]['content']['application/json']`;
    parts.push(`/** Output of \`${e.name}\`: the REST success body (HTTP ${e.status}). */`);
    parts.push(`export type ${pascal(e.name)}Output = ${outputType};\n`);
  }

  parts.push(`/** Input and output type of each operation. */`);
  parts.push(`export interface OperationTypes {`);
  for (const e of catalogue) parts.push(`  '${e.name}': { input: ${inputTypeName(e)}; output: ${pascal(e.name)}Output };`);
  parts.push(`}\n`);
  parts.push(`export type OperationInput<N extends OperationName> = OperationTypes[N]['input'];`);
  parts.push(`export type OperationOutput<N extends OperationName> = OperationTypes[N]['output'];\n`);
  parts.push(`/** How an operation finds its organization: 'org' acts inside one, 'user' on the caller, 'none' is public. */`);
  parts.push(`export type OperationScope = 'org' | 'user' | 'none';\n`);
  parts.push(`export type ScopeOf<N extends OperationName> = (typeof operationMeta)[N]['scope'];\n`);
  parts.push(`/** The areas of the catalogue (specs/openapi/paths/<area>.yaml, src/domain/<area>/). */`);
  parts.push(`export const OPERATION_AREAS = ${JSON.stringify([...new Set(catalogue.map((e) => e.area))].sort())} as const;\n`);
  parts.push(`export type OperationArea = (typeof OPERATION_AREAS)[number];\n`);
  parts.push(`/** The operations of one area. */`);
  parts.push(
    `export type AreaOperationName<A extends OperationArea> = { [N in OperationName]: (typeof operationMeta)[N]['area'] extends A ? N : never }[OperationName];\n`,
  );
  parts.push(`/** What the domain implements: one async function per operation, given the context of the operation's scope. */`);
  parts.push(`export type OperationHandlers<Ctx extends Record<OperationScope, unknown>> = {`);
  parts.push(`  [N in OperationName]: (ctx: Ctx[ScopeOf<N>], input: OperationInput<N>) => Promise<OperationOutput<N>>;`);
  parts.push(`};\n`);
  parts.push(`/** What one area of the domain implements (\`satisfies AreaHandlers<'tasks', Contexts>\`). */`);
  parts.push(
    `export type AreaHandlers<A extends OperationArea, Ctx extends Record<OperationScope, unknown>> = Pick<OperationHandlers<Ctx>, AreaOperationName<A>>;\n`,
  );

  parts.push(`export type OperationTransport = 'ws' | 'mcp' | 'graphql';\n`);
  parts.push(`export interface OperationMeta {
  readonly name: OperationName;
  /** The area: specs/openapi/paths/<area>.yaml, src/domain/<area>/. */
  readonly area: string;
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly string[];
  /** 'none': public (no Bearer needed). */
  readonly auth: 'none' | 'user';
  /** 'org': acts inside one organization (org_id / X-Org-Id / PAT / default org). */
  readonly scope: OperationScope;
  /** For 'org' scope: the input field naming the organization (\`org_id\`, or \`id\` for an organization's own operations). */
  readonly orgParam: string;
  /** The permission execute() requires before the domain runs (null: none). */
  readonly permission: Permission | null;
  /** Permissions the domain checks because they depend on the data, and the rule it applies. */
  readonly permissionRule: { readonly permissions: readonly Permission[]; readonly rule: string } | null;
  /** Transports besides REST. */
  readonly transports: readonly OperationTransport[];
  /** Paginated list: the body is { data, pagination }. */
  readonly list: boolean;
  /** 'fail-closed': answers SERVICE_UNAVAILABLE while the shared rate-limit store is unreachable (x-rate-limit). */
  readonly rateLimit: 'fail-open' | 'fail-closed';
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** HTTP status of success. */
  readonly status: number;
  /** A success writes one audit row (every mutation, unless its spec says \`x-audit: false\`). */
  readonly audited: boolean;
}
`);
  const meta: Record<string, unknown> = {};
  for (const e of catalogue) {
    meta[e.name] = {
      name: e.name,
      area: e.area,
      summary: e.summary,
      description: e.description,
      tags: e.tags,
      auth: e.auth,
      scope: e.scope,
      orgParam: e.orgParam,
      permission: e.permission,
      permissionRule: e.permissionRule,
      transports: e.transports,
      list: e.list,
      rateLimit: e.rateLimit,
      method: e.method,
      path: e.path,
      status: e.status,
      audited: e.audited,
    };
  }
  parts.push(`export const operationMeta = ${JSON.stringify(meta, null, 2)} as const satisfies Record<OperationName, OperationMeta>;\n`);
  write('operations.ts', parts.join('\n'));
}
