/**
 * One document per interface, from the per-area spec files (the first step of `npm run generate`).
 *
 *   specs/openapi/trcr.yaml + paths/<area>.yaml       → bundles/openapi.yaml
 *   specs/asyncapi/trcr-ws.yaml + actions/<area>.yaml → bundles/asyncapi.yaml
 *   specs/graphql/*.graphql                           → bundles/schema.graphql
 *   specs/openapi/relay.yaml                          → bundles/relay-openapi.yaml
 *   specs/asyncapi/relay-socket.yaml                  → bundles/relay-asyncapi.yaml
 *
 * A head document lists its areas in `x-areas` (`- $ref: paths/tasks.yaml`). Each area file is a
 * fragment of the head: its keys (OpenAPI `paths`; AsyncAPI `channels.ws.messages`, `operations`,
 * `components.messages`) merge into the head, an entry defined twice is an error, and `#/…`
 * references inside it point into the head. Every operation learns the area it came from
 * (`x-area`). What the head says once for every operation is applied here, so the bundle tells a
 * reader the whole truth:
 *   - `x-common-responses` (status → response component) are added to every operation,
 *     `x-auth-responses` to every operation that needs a token (`x-auth` other than `none`),
 *     `x-org-responses` to every operation acting in an organization (`x-scope: org`: it may not
 *     exist for the caller) and `x-permission-responses` to every operation naming a permission;
 *   - `x-common-headers` (header → header component) are declared on every response.
 * Then Redocly's bundler (the CLI the linters use) turns the external schema references into
 * `components`. The GraphQL files are merged with @graphql-tools/merge (descriptions and
 * directives kept). The generators, the linters and the docs portal read only the bundles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildSchema, parse as parseGraphql, print } from 'graphql';
import { parse, stringify } from 'yaml';
import { jsonText, type Json, type JsonObject } from './load.js';

export interface BundlePaths {
  openapi: string;
  asyncapi: string;
  graphql: string;
  relayOpenapi: string;
  relayAsyncapi: string;
}

/** File names of the bundles, under generated/bundles/ (and served by /docs). */
export const BUNDLE_FILES: BundlePaths = {
  openapi: 'openapi.yaml',
  asyncapi: 'asyncapi.yaml',
  graphql: 'schema.graphql',
  relayOpenapi: 'relay-openapi.yaml',
  relayAsyncapi: 'relay-asyncapi.yaml',
};

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

const readYaml = (file: string): JsonObject => {
  const doc = parse(readFileSync(file, 'utf8')) as Json;
  if (!isObject(doc)) throw new Error(`${file}: expected a YAML mapping`);
  return doc;
};

/** The value at a JSON pointer (`/TaskCreate/properties/title`) of a YAML file. */
function at(file: string, pointer: string): Json {
  let cur: Json = readYaml(file);
  for (const raw of pointer.split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(cur) || !(key in cur)) throw new Error(`unresolvable $ref ${file}#${pointer}`);
    cur = cur[key]!;
  }
  return cur;
}

/**
 * Every `$ref` of `node` (read from `file`) made independent of where the node will live: a
 * reference into `headFile` becomes `#/…` (the head is the document being built), any other file
 * reference becomes absolute, and `#/…` stays as written (fragments point into the head). A
 * reference to one field of a shared schema (`tasks.yaml#/TaskCreate/properties/title`: a message
 * payload listing an input's fields) is inlined, so the field is declared once in specs/schemas
 * and the bundle names no component after a field. Siblings of such a reference refine it.
 */
function rebase(node: Json, file: string, headFile: string, fragment = true): Json {
  if (Array.isArray(node)) return node.map((n) => rebase(n, file, headFile, fragment));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  // In a fragment `#/…` points into the head; in any other file (a schema file), into that file.
  if (typeof ref === 'string' && !(fragment && ref.startsWith('#'))) {
    const [target = '', pointer = ''] = ref.split('#');
    const abs = target ? path.resolve(path.dirname(file), target) : file;
    const { $ref: _ref, ...siblings } = node;
    const rest = rebase(siblings, file, headFile, fragment) as JsonObject;
    if (pointer.includes('/properties/')) return { ...(rebase(at(abs, pointer), abs, headFile, false) as JsonObject), ...rest };
    return { $ref: abs === headFile ? `#${pointer}` : `${abs}#${pointer}`, ...rest };
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = rebase(v, file, headFile, fragment);
  return out;
}

/** Merges `from` into `into`; a key that is not an object on both sides may be defined once only. */
function mergeInto(into: JsonObject, from: JsonObject, where: string): void {
  for (const [k, v] of Object.entries(from)) {
    const here = into[k];
    if (here === undefined) into[k] = v;
    else if (isObject(here) && isObject(v)) mergeInto(here, v, `${where}.${k}`);
    else throw new Error(`${where}.${k} is defined twice`);
  }
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head'] as const;

/** Calls `fn` with every operation of an area fragment (OpenAPI path items or AsyncAPI operations). */
function eachOperation(fragment: JsonObject, fn: (op: JsonObject) => void): void {
  for (const item of Object.values(isObject(fragment.paths) ? fragment.paths : {})) {
    if (isObject(item)) for (const m of METHODS) if (isObject(item[m])) fn(item[m]);
  }
  for (const op of Object.values(isObject(fragment.operations) ? fragment.operations : {})) if (isObject(op)) fn(op);
}

/** The head with its area fragments merged in; every file reference absolute. */
function assemble(headFile: string): JsonObject {
  const head = rebase(readYaml(headFile), headFile, headFile) as JsonObject;
  const areas = head['x-areas'];
  if (!Array.isArray(areas)) throw new Error(`${headFile}: x-areas must list the area files`);
  delete head['x-areas'];
  for (const entry of areas) {
    const ref = isObject(entry) ? entry.$ref : undefined;
    if (typeof ref !== 'string') throw new Error(`${headFile}: each x-areas entry is { $ref: <file> }`);
    const file = ref.split('#')[0]!;
    const area = path.basename(file).replace(/\.ya?ml$/, '');
    const fragment = rebase(readYaml(file), file, headFile) as JsonObject;
    eachOperation(fragment, (op) => {
      op['x-area'] = area;
    });
    mergeInto(head, fragment, path.relative(process.cwd(), file));
  }
  return head;
}

/** Adds the head's common responses and headers to every operation of an OpenAPI document. */
function applyCommonResponses(doc: JsonObject): void {
  const common = (doc['x-common-responses'] ?? {}) as JsonObject;
  const authOnly = (doc['x-auth-responses'] ?? {}) as JsonObject;
  const orgOnly = (doc['x-org-responses'] ?? {}) as JsonObject;
  const permissionOnly = (doc['x-permission-responses'] ?? {}) as JsonObject;
  const headers = (doc['x-common-headers'] ?? {}) as JsonObject;
  for (const key of ['x-common-responses', 'x-auth-responses', 'x-org-responses', 'x-permission-responses', 'x-common-headers']) delete doc[key];
  const refTo = (kind: string, name: Json): JsonObject => ({ $ref: `#/components/${kind}/${jsonText(name)}` });
  const withHeaders = (response: JsonObject): void => {
    if (typeof response.$ref === 'string') return; // a shared response: its component gets them below
    const h = (response.headers ??= {}) as JsonObject;
    for (const [name, ref] of Object.entries(headers)) h[name] ??= refTo('headers', ref);
  };
  for (const item of Object.values((doc.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    for (const m of METHODS) {
      const op = item[m];
      if (!isObject(op) || op['x-catalogue'] === false) continue;
      const responses = (op.responses ??= {}) as JsonObject;
      const add = {
        ...common,
        ...(op['x-auth'] === 'none' ? {} : authOnly),
        ...((op['x-scope'] ?? 'org') === 'org' ? orgOnly : {}),
        ...(op['x-permission'] !== undefined || op['x-permission-rule'] !== undefined ? permissionOnly : {}),
      };
      for (const [status, name] of Object.entries(add)) responses[status] ??= refTo('responses', name);
      for (const r of Object.values(responses)) if (isObject(r)) withHeaders(r);
    }
  }
  const components = (doc.components ?? {}) as JsonObject;
  for (const r of Object.values((components.responses ?? {}) as JsonObject)) if (isObject(r)) withHeaders(r);
}

/**
 * The roles' default permissions are declared once, as `x-role-permissions` on the `Role` schema;
 * the bundle spells them out in its description for readers.
 */
function describeRoles(doc: JsonObject): void {
  const schemas = ((doc.components ?? {}) as JsonObject).schemas as JsonObject | undefined;
  const role = schemas?.Role;
  if (!isObject(role) || !isObject(role['x-role-permissions'])) return;
  const lines = Object.entries(role['x-role-permissions']).map(
    ([name, perms]) => `\`${name}\`: ${Array.isArray(perms) && perms.length ? perms.map(jsonText).join(', ') : 'none (read only)'}`,
  );
  role.description = `${jsonText(role.description ?? '').trim()}\n\nDefault permissions: ${lines.join('; ')}.`;
}

/** Redocly's bundler (the same CLI as `redocly lint`), in one run: external references → `components`. */
function redoclyBundle(root: string, docs: Record<string, JsonObject>, work: string): Record<string, JsonObject> {
  const inputs = Object.entries(docs).map(([name, doc]) => {
    const file = path.join(work, 'in', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, stringify(doc, { lineWidth: 0 }));
    return file;
  });
  const run = spawnSync(path.join(root, 'node_modules/.bin/redocly'), ['bundle', ...inputs, '--output', path.join(work, 'out')], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  // Redocly reports an unresolvable reference and still exits 0: any error it prints fails the bundle.
  if (run.status !== 0 || /\berror\b|❌/i.test(`${run.stdout}${run.stderr}`)) throw new Error(`redocly bundle failed:\n${run.stdout}${run.stderr}`);
  return Object.fromEntries(Object.keys(docs).map((name) => [name, readYaml(path.join(work, 'out', name))]));
}

const BANNER = '# Bundled from specs/ by npm run generate (scripts/codegen/bundle.ts). Do not edit: change the specs.\n';
const toYaml = (doc: JsonObject): string => BANNER + stringify(doc, { lineWidth: 120 });

/** The GraphQL SDL of every `specs/graphql/*.graphql` (schema.graphql first), merged into one document. */
export function bundleGraphql(graphqlDir: string): string {
  const files = readdirSync(graphqlDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'schema.graphql' ? -1 : b === 'schema.graphql' ? 1 : a.localeCompare(b)));
  const documents = files.map((f) => parseGraphql(readFileSync(path.join(graphqlDir, f), 'utf8')));
  const merged = print(mergeTypeDefs(documents, { useSchemaDefinition: true, throwOnConflict: true, sort: false }));
  buildSchema(merged); // a broken merge fails here, not in a generator
  return `${BANNER}\n${merged}\n`;
}

/** Writes the five bundles into `dir` (a work folder) and returns their paths and texts. */
export function bundleSpecs(root: string, dir: string): { paths: BundlePaths; texts: Record<keyof BundlePaths, string> } {
  const specs = path.join(root, 'specs');
  const work = mkdtempSync(path.join(tmpdir(), 'trcr-bundle-'));
  try {
    const single = (file: string): JsonObject => rebase(readYaml(file), file, file) as JsonObject;
    const docs = redoclyBundle(
      root,
      {
        [BUNDLE_FILES.openapi]: assemble(path.join(specs, 'openapi/trcr.yaml')),
        [BUNDLE_FILES.asyncapi]: assemble(path.join(specs, 'asyncapi/trcr-ws.yaml')),
        [BUNDLE_FILES.relayOpenapi]: single(path.join(specs, 'openapi/relay.yaml')),
        [BUNDLE_FILES.relayAsyncapi]: single(path.join(specs, 'asyncapi/relay-socket.yaml')),
      },
      work,
    );
    const openapi = docs[BUNDLE_FILES.openapi]!;
    applyCommonResponses(openapi);
    describeRoles(openapi);
    const asyncapi = docs[BUNDLE_FILES.asyncapi]!;
    const relayOpenapi = docs[BUNDLE_FILES.relayOpenapi]!;
    const relayAsyncapi = docs[BUNDLE_FILES.relayAsyncapi]!;

    const texts = {
      openapi: toYaml(openapi),
      asyncapi: toYaml(asyncapi),
      graphql: bundleGraphql(path.join(specs, 'graphql')),
      relayOpenapi: toYaml(relayOpenapi),
      relayAsyncapi: toYaml(relayAsyncapi),
    };
    const paths = Object.fromEntries(
      (Object.keys(BUNDLE_FILES) as (keyof BundlePaths)[]).map((k) => {
        const file = path.join(dir, BUNDLE_FILES[k]);
        writeFileSync(file, texts[k]);
        return [k, file];
      }),
    ) as unknown as BundlePaths;
    return { paths, texts };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
