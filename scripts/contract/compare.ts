/**
 * The contract gate's engine, shared by check.ts (`npm run contract:check`) and release.ts (`npm run contract:release`):
 * compares the released contract (contract/) with the current bundles (generated/bundles/), document by document,
 * and sorts every change into breaking, addition or other (non-breaking, not an addition: wording, a widened input).
 *
 *   openapi, relay-openapi    `redocly diff --format json` (@redocly/cli), rated by its diff-recommended rules:
 *                             impact `major` = breaking, `minor` = addition, `patch` = other. Plus two checks
 *                             of our own for the issue's cases it does not rate major: a required request body
 *                             added to an operation that had none (a new required input: `minor` for redocly)
 *                             and an enum value removed from a response-only enum (`patch` for redocly).
 *   graphql                   `graphql-inspector diff` (@graphql-inspector/cli): BREAKING = breaking; its
 *                             DANGEROUS and NON_BREAKING changes do not fail.
 *   asyncapi, relay-asyncapi  `diff()` of @asyncapi/diff on the documents parsed by @asyncapi/parser, its
 *                             standard extended through its `override` config so that message payloads are
 *                             classified too (see asyncapiOverrides).
 *
 * Every change has a one-line identifier, stable across runs, that contract/approved-breaking-changes.yaml quotes.
 * Nothing here uses the network: the tools read local files only.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Parser } from '@asyncapi/parser';
import { diff as asyncapiDiff, type Classifier, type DiffOutputItem, type JSONOutput, type OverrideObject } from '@asyncapi/diff';
import { standard as asyncapiV3Standard } from '@asyncapi/diff/lib/standards/v3.js';
import YAML from 'yaml';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The published documents: interface name → file name (the same in contract/ and generated/bundles/). */
export const INTERFACES = {
  openapi: 'openapi.yaml',
  asyncapi: 'asyncapi.yaml',
  graphql: 'schema.graphql',
  'relay-openapi': 'relay-openapi.yaml',
  'relay-asyncapi': 'relay-asyncapi.yaml',
} as const;
export type InterfaceName = keyof typeof INTERFACES;
export const INTERFACE_NAMES = Object.keys(INTERFACES) as InterfaceName[];

export type ChangeKind = 'breaking' | 'addition' | 'other';

export interface Change {
  /** The identifier an approval quotes, e.g. `property-removed #/components/schemas/Task/properties/title`. */
  id: string;
  kind: ChangeKind;
  /** Human-readable explanation (the tool's message, the messages a schema change reaches, ...). */
  detail?: string;
}

export interface InterfaceReport {
  name: InterfaceName;
  file: string;
  /** identical: byte-identical files, no tool run; new / removed: the document exists on one side only. */
  status: 'identical' | 'compared' | 'new' | 'removed';
  changes: Change[];
  /** Changes the tool could not classify (AsyncAPI) or rates as dangerous (GraphQL): reported, never failing. */
  warnings: string[];
}

const execFileAsync = promisify(execFile);
const toolEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };

async function runTool(bin: string, args: string[], env: NodeJS.ProcessEnv = toolEnv): Promise<{ stdout: string; stderr: string }> {
  // The CLIs run on this process's Node (24), whichever `node` comes first in PATH.
  try {
    return await execFileAsync(process.execPath, [path.join(root, 'node_modules/.bin', bin), ...args], {
      cwd: root,
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(`${bin} ${args.join(' ')} failed (exit ${e.code ?? '?'}):\n${e.stderr ?? ''}${e.stdout ?? ''}`, { cause: error });
  }
}

/** JSON pointer segment escaping (RFC 6901). */
const esc = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

function atPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const list = (values: unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI: redocly diff

interface RedoclyVerdict {
  ruleId: string;
  impact: 'major' | 'minor' | 'patch';
  message: string;
  location?: { pointer: string };
}
interface RedoclyChange {
  path: string;
  kind: 'added' | 'removed' | 'modified';
  impact: 'major' | 'minor' | 'patch';
  verdicts: RedoclyVerdict[];
  base?: { pointer: string };
  revision?: { pointer: string };
}

/** redocly's diff rules only (`diff-recommended`): the repository's redocly.yaml holds lint rules, and with it
 * `redocly diff` reports every change as a patch ("No diff rules are on"). */
const REDOCLY_DIFF_CONFIG = path.join(root, 'scripts/contract/redocly-diff.yaml');

/** The rules whose pointer names a list (`required`, `enum`): the identifier also names the values, so that an
 * approval of one value does not cover another one added or removed later in the same release. */
const LIST_RULES: Record<string, 'added' | 'removed'> = {
  'required-properties-added': 'added',
  'required-properties-removed': 'removed',
  'enum-values-added': 'added',
  'enum-values-removed': 'removed',
};

function listSuffix(ruleId: string, pointer: string, baseDoc: unknown, headDoc: unknown): string {
  const which = LIST_RULES[ruleId];
  if (!which) return '';
  const before = atPointer(baseDoc, pointer);
  const after = atPointer(headDoc, pointer);
  const b = Array.isArray(before) ? before : [];
  const a = Array.isArray(after) ? after : [];
  const key = (v: unknown): string => JSON.stringify(v);
  const values = which === 'added' ? a.filter((v) => !b.some((w) => key(w) === key(v))) : b.filter((v) => !a.some((w) => key(w) === key(v)));
  // An enum set on a field that had none removes every other value: name the new list.
  if (values.length === 0) return a.length ? ` (now ${list(a)})` : '';
  return ` (${list(values)})`;
}

type Doc = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function resolveRef(doc: Doc, value: unknown): unknown {
  const seen = new Set<string>();
  let node = value;
  while (node && typeof node === 'object' && typeof (node as Doc).$ref === 'string') {
    const ref = (node as Doc).$ref as string;
    if (!ref.startsWith('#/') || seen.has(ref)) return node;
    seen.add(ref);
    node = atPointer(doc, ref);
  }
  return node;
}

/**
 * Supplementary check (the gate's own): redocly diff rates a request body added to an operation that had none as
 * `minor` even when it is required, i.e. every existing call now fails. Reported as breaking
 * `request-body-added-required <pointer>`.
 */
function requiredBodiesAdded(baseDoc: Doc, headDoc: Doc): Change[] {
  const changes: Change[] = [];
  const basePaths = (baseDoc.paths ?? {}) as Record<string, Doc>;
  const headPaths = (headDoc.paths ?? {}) as Record<string, Doc>;
  for (const [route, headItem] of Object.entries(headPaths)) {
    const baseItem = basePaths[route];
    if (!baseItem) continue;
    for (const method of METHODS) {
      const baseOp = baseItem[method] as Doc | undefined;
      const headOp = headItem[method] as Doc | undefined;
      if (!baseOp || !headOp || baseOp.requestBody !== undefined || headOp.requestBody === undefined) continue;
      const body = resolveRef(headDoc, headOp.requestBody) as Doc | undefined;
      if (body?.required !== true) continue;
      changes.push({
        id: `request-body-added-required #/paths/${esc(route)}/${method}/requestBody`,
        kind: 'breaking',
        detail: `${method.toUpperCase()} ${route} now requires a request body it did not take (the gate's own check: redocly diff rates this minor).`,
      });
    }
  }
  return changes;
}

/**
 * Supplementary check (the gate's own): an enum value removed from what clients only receive is a `patch` for
 * redocly diff (they will just not see it any more), but the issue counts every removed enum value as breaking:
 * the typed client's union type loses the member and code naming the value stops compiling. Every `enum` list
 * present on both sides at the same pointer is compared; the identifier is redocly's own for the rule, so a
 * removal both report is listed once.
 */
function enumValuesRemoved(baseDoc: Doc, headDoc: Doc): Change[] {
  const changes: Change[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${pointer}/${i}`));
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${esc(key)}`;
      if (key === 'enum' && Array.isArray(value)) {
        const after = atPointer(headDoc, at);
        if (!Array.isArray(after)) continue;
        const removed = value.filter((v) => !after.some((w) => JSON.stringify(w) === JSON.stringify(v)));
        if (removed.length)
          changes.push({
            id: `enum-values-removed ${at} (${list(removed)})`,
            kind: 'breaking',
            detail: `Enum lost values: ${list(removed)} (the gate's own check).`,
          });
      } else walk(value, at);
    }
  };
  walk(baseDoc, '#');
  return changes;
}

export async function diffOpenapi(baseFile: string, headFile: string): Promise<Pick<InterfaceReport, 'changes' | 'warnings'>> {
  const { stdout } = await runTool('redocly', [
    'diff',
    baseFile,
    headFile,
    '--config',
    REDOCLY_DIFF_CONFIG,
    '--format',
    'json',
    '--fail-on',
    'none',
    '--lint-config',
    'off',
  ]);
  const report = JSON.parse(stdout) as { changes: RedoclyChange[] };
  const baseDoc = YAML.parse(readFileSync(baseFile, 'utf8')) as Doc;
  const headDoc = YAML.parse(readFileSync(headFile, 'utf8')) as Doc;
  const changes: Change[] = [];
  for (const change of report.changes) {
    if (change.impact === 'major') {
      const major = change.verdicts.filter((v) => v.impact === 'major');
      if (major.length === 0) changes.push({ id: `${change.kind} ${change.path}`, kind: 'breaking' });
      for (const verdict of major) {
        const pointer = verdict.location?.pointer ?? change.base?.pointer ?? change.revision?.pointer ?? change.path;
        changes.push({
          id: `${verdict.ruleId} ${pointer}${listSuffix(verdict.ruleId, pointer, baseDoc, headDoc)}`,
          kind: 'breaking',
          detail: verdict.message,
        });
      }
    } else {
      const pointer = change.revision?.pointer ?? change.base?.pointer ?? change.path;
      changes.push({ id: `${change.kind} ${pointer}`, kind: change.impact === 'minor' ? 'addition' : 'other' });
    }
  }
  changes.push(...requiredBodiesAdded(baseDoc, headDoc), ...enumValuesRemoved(baseDoc, headDoc));
  return { changes: dedupe(changes), warnings: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// GraphQL: graphql-inspector diff

interface InspectorChange {
  type: string;
  message: string;
  path?: string;
  criticality: { level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING' };
}

/**
 * The CLI prints its changes without their type or path (`✖  Field title was removed from object type Task`), so
 * it is given a completion handler (`--onComplete`, a CommonJS module the CLI requires and calls with its
 * breaking, dangerous and non-breaking changes instead of exiting 1) that writes them as JSON: the CLI's own
 * result, with `type` and `path` for the identifier (`FIELD_REMOVED Task.title`).
 */
const INSPECTOR_HANDLER = `module.exports = (result) => require('node:fs').writeFileSync(process.env.CONTRACT_GATE_GRAPHQL_REPORT, JSON.stringify(result));\n`;

export async function diffGraphql(baseFile: string, headFile: string): Promise<Pick<InterfaceReport, 'changes' | 'warnings'>> {
  const work = mkdtempSync(path.join(tmpdir(), 'trcr-contract-graphql-'));
  try {
    const handler = path.join(work, 'on-complete.cjs');
    const out = path.join(work, 'changes.json');
    writeFileSync(handler, INSPECTOR_HANDLER);
    const { stdout } = await runTool('graphql-inspector', ['diff', baseFile, headFile, '--onComplete', handler], {
      ...toolEnv,
      CONTRACT_GATE_GRAPHQL_REPORT: out,
    });
    if (!existsSync(out)) {
      // The CLI returns before the handler when the schemas have no difference at all.
      if (/No changes detected/.test(stdout)) return { changes: [], warnings: [] };
      throw new Error(`graphql-inspector diff gave no result:\n${stdout}`);
    }
    const result = JSON.parse(readFileSync(out, 'utf8')) as Record<'breakingChanges' | 'dangerousChanges' | 'nonBreakingChanges', InspectorChange[]>;
    const id = (c: InspectorChange): string => `${c.type} ${c.path ?? c.message}`;
    const isAddition = (c: InspectorChange): boolean => /_ADDED$/.test(c.type) && !/DESCRIPTION|DEPRECAT/.test(c.type);
    const changes: Change[] = [
      ...result.breakingChanges.map((c): Change => ({ id: id(c), kind: 'breaking', detail: c.message })),
      ...[...result.dangerousChanges, ...result.nonBreakingChanges].map((c): Change => ({
        id: id(c),
        kind: isAddition(c) ? 'addition' : 'other',
        detail: c.message,
      })),
    ];
    const warnings = result.dangerousChanges.map((c) => `dangerous (graphql-inspector), not failing: ${id(c)}: ${c.message}`);
    return { changes: dedupe(changes), warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// AsyncAPI: @asyncapi/diff

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Direction = 'in' | 'out';

interface NormalizedAsyncapi {
  json: JsonObject;
  /** Pointer (in `json`) of every named schema (a component schema, dereferenced in place) → its name. */
  named: Map<string, string>;
  /** Channel message key → the directions it travels: `in` client → server, `out` server → client. */
  directions: Map<string, Set<Direction>>;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const uid = (v: Json | undefined): string | undefined =>
  isObject(v) && typeof v['x-parser-unique-object-id'] === 'string' ? v['x-parser-unique-object-id'] : undefined;
/** Schema keywords whose array is a set: compared as an object keyed by value, so that a removed `required` or
 * `enum` entry is one `remove …/required/title`, not a shifted tail of index edits. */
const SET_KEYWORDS = new Set(['required', 'enum', 'type']);
const setKey = (v: Json): string => (typeof v === 'string' ? v : JSON.stringify(v));

async function parseAsyncapi(file: string): Promise<JsonObject> {
  const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
  if (!document) {
    const errors = diagnostics
      .filter((d) => Number(d.severity) === 0 /* DiagnosticSeverity.Error */)
      .map((d) => `  ${d.path.join('/')}: ${d.message}`);
    throw new Error(`@asyncapi/parser rejected ${file}:\n${errors.join('\n')}`);
  }
  return document.json<JsonObject>();
}

/**
 * The parsed (dereferenced) document, reshaped for a diff that reports each change once:
 * - the parser's bookkeeping (`x-parser-*`: anonymous schema numbers shift when a schema is added) is dropped;
 * - an operation names its channel and messages (`channel: ws`, `messages: {tasks.get: tasks.get}`) instead of
 *   repeating their dereferenced copies, so a payload change is reported under `/channels` only, and a message
 *   dropped from an operation is one `remove /operations/<op>/messages/<message>`;
 * - `components` is dropped: its messages and schemas in use are reached through the channels (the standard of
 *   @asyncapi/diff rates every `/components` change non-breaking anyway);
 * - `required`, `enum` and `type` of a schema become objects keyed by value (SET_KEYWORDS).
 */
function normalizeAsyncapi(doc: JsonObject): NormalizedAsyncapi {
  const named = new Map<string, string>();
  const copy = (value: Json, pointer: string): Json => {
    if (Array.isArray(value)) return value.map((v, i) => copy(v, `${pointer}/${i}`));
    if (!isObject(value)) return value;
    const schemaId = value['x-parser-schema-id'];
    const isSchema = typeof schemaId === 'string';
    if (isSchema && !schemaId.startsWith('<anonymous')) named.set(pointer, schemaId);
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) {
      if (key.startsWith('x-parser-')) continue;
      if (isSchema && SET_KEYWORDS.has(key) && (Array.isArray(v) || (key === 'type' && typeof v === 'string'))) {
        out[key] = Object.fromEntries((Array.isArray(v) ? v : [v]).map((item) => [setKey(item), true]));
      } else {
        out[key] = copy(v, `${pointer}/${esc(key)}`);
      }
    }
    return out;
  };
  const names = (messages: Json | undefined): JsonObject =>
    Object.fromEntries((Array.isArray(messages) ? messages : []).map((m) => uid(m) ?? JSON.stringify(m)).map((id) => [id, id]));

  // Message unique id (the parser's, = its component key) → directions, from the operations.
  const byUid = new Map<string, Set<Direction>>();
  const mark = (messages: Json | undefined, direction: Direction): void => {
    for (const m of Array.isArray(messages) ? messages : []) {
      const id = uid(m);
      if (id) byUid.set(id, (byUid.get(id) ?? new Set<Direction>()).add(direction));
    }
  };

  const json: JsonObject = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('x-parser-') || key === 'components') continue;
    if (key !== 'operations' || !isObject(value)) {
      json[key] = copy(value, `/${esc(key)}`);
      continue;
    }
    const operations: JsonObject = {};
    for (const [name, op] of Object.entries(value)) {
      if (!isObject(op)) continue;
      // `receive`: the server receives the messages (client → server) and answers with the reply's; `send`: the reverse.
      const [request, reply]: [Direction, Direction] = op.action === 'send' ? ['out', 'in'] : ['in', 'out'];
      mark(op.messages, request);
      const normalized = copy(op, `/operations/${esc(name)}`) as JsonObject;
      normalized.channel = uid(op.channel) ?? normalized.channel ?? null;
      normalized.messages = names(op.messages);
      if (isObject(op.reply)) {
        mark(op.reply.messages, reply);
        const r = normalized.reply as JsonObject;
        if (op.reply.channel !== undefined) r.channel = uid(op.reply.channel) ?? r.channel ?? null;
        if (op.reply.messages !== undefined) r.messages = names(op.reply.messages);
      }
      operations[name] = normalized;
    }
    json.operations = operations;
  }

  const directions = new Map<string, Set<Direction>>();
  for (const channel of Object.values(isObject(doc.channels) ? doc.channels : {})) {
    if (!isObject(channel) || !isObject(channel.messages)) continue;
    for (const [key, message] of Object.entries(channel.messages)) {
      const dirs = byUid.get(uid(message) ?? key);
      // A message no operation uses is held to both directions' rules.
      directions.set(key, new Set([...(directions.get(key) ?? []), ...(dirs ?? ['in', 'out'])] as Direction[]));
    }
  }
  return { json, named, directions };
}

type Rating = 'breaking' | 'non-breaking' | 'unclassified';
type Rule = Record<'add' | 'remove' | 'edit', Rating>;
const B: Rating = 'breaking';
const N: Rating = 'non-breaking';
const rule = (add: Rating, remove: Rating, edit: Rating): Rule => ({ add, remove, edit });
/** A keyword that narrows what it applies to when added (a new `maxLength`, `enum`, `required` entry, ...):
 * breaking for what a client sends, and when removed, breaking for what a client receives. */
const NARROWING: Record<Direction, Rule> = { in: rule(B, N, B), out: rule(N, B, B) };
/** A list entry that widens when added (a `type`, a `oneOf` branch): the reverse. */
const WIDENING: Record<Direction, Rule> = { in: rule(N, B, B), out: rule(B, N, B) };
/** An `enum` value: widening, except that a removed value is breaking both ways (see enumValuesRemoved). */
const ENUM_VALUE: Record<Direction, Rule> = { in: rule(N, B, B), out: rule(B, B, B) };
const BOTH: Record<Direction, Rule> = { in: rule(N, B, B), out: rule(N, B, B) };
const ALWAYS: Record<Direction, Rule> = { in: rule(B, B, B), out: rule(B, B, B) };
const NEVER: Record<Direction, Rule> = { in: rule(N, N, N), out: rule(N, N, N) };

const UPPER_BOUNDS = new Set(['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum']);
const LOWER_BOUNDS = new Set(['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum']);
const NARROWING_KEYWORDS = new Set([...UPPER_BOUNDS, ...LOWER_BOUNDS, 'const', 'format', 'pattern', 'multipleOf', 'uniqueItems']);
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
/** Keywords holding one schema / a list of schemas. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else']);
const SCHEMA_LIST_KEYWORDS: Record<string, Record<Direction, Rule>> = { oneOf: WIDENING, anyOf: WIDENING, allOf: ALWAYS, prefixItems: ALWAYS };

const strictest = (a: Rating, b: Rating): Rating => (a === B || b === B ? B : a === 'unclassified' || b === 'unclassified' ? 'unclassified' : N);

/**
 * The override config for @asyncapi/diff. Its standard rates channels, messages and operations (a removed message
 * or operation, an edited `action`, `name` or address is breaking) but stops at a message's `payload`: a change
 * inside a payload is `unclassified`. The standard is a map from path patterns (`*` = any one segment, every
 * prefix of a path must be listed) to a rating per add / remove / edit, so the override lists, for every message of
 * either document, the patterns its payload and headers schemas have, rated by JSON Schema keyword and by the
 * message's direction (a message keeps its literal key in its patterns for that):
 * - `properties/<name>`: removed = breaking, added = non-breaking (a newly required one is caught by `required`);
 * - `required/<name>`, `const`, `format`, `pattern`, bounds, a new `enum` or `items`: narrowing, breaking when added
 *   to what a client sends or removed from what it receives;
 * - `type/<type>`, `oneOf/anyOf` branches: widening, breaking when removed from what a client sends or added to
 *   what it receives; `enum/<value>` likewise, and a removed value is breaking in what a client receives too
 *   (as for OpenAPI, see enumValuesRemoved);
 * - annotations (`description`, `examples`, `x-…`) never break; any other keyword is rated breaking.
 */
function asyncapiOverrides(docs: NormalizedAsyncapi[]): OverrideObject {
  const override: Record<string, Rule> = {};
  const put = (pattern: string, r: Rule): void => {
    const old = override[pattern];
    override[pattern] = old ? rule(strictest(old.add, r.add), strictest(old.remove, r.remove), strictest(old.edit, r.edit)) : r;
  };
  const rate = (rules: Record<Direction, Rule>, dirs: Set<Direction>): Rule =>
    [...(dirs.size ? dirs : (['in', 'out'] as const))]
      .map((d) => rules[d])
      .reduce((a, b) => rule(strictest(a.add, b.add), strictest(a.remove, b.remove), strictest(a.edit, b.edit)));
  const subtree = (pattern: string, value: Json, r: Rule): void => {
    put(pattern, r);
    if (Array.isArray(value)) value.forEach((v) => subtree(`${pattern}/*`, v, r));
    else if (isObject(value)) for (const v of Object.values(value)) subtree(`${pattern}/*`, v, r);
  };
  const schema = (pattern: string, node: Json, dirs: Set<Direction>): void => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pattern}/${esc(key)}`;
      if (ANNOTATIONS.has(key) || key.startsWith('x-')) subtree(at, value, rate(NEVER, dirs));
      else if (key === 'properties' && isObject(value)) {
        put(at, rate(BOTH, dirs));
        for (const sub of Object.values(value)) {
          put(`${at}/*`, rate(BOTH, dirs));
          schema(`${at}/*`, sub, dirs);
        }
      } else if (SET_KEYWORDS.has(key) && isObject(value)) {
        put(at, rate(NARROWING, dirs));
        put(`${at}/*`, rate(key === 'required' ? NARROWING : key === 'enum' ? ENUM_VALUE : WIDENING, dirs));
      } else if (NARROWING_KEYWORDS.has(key)) put(at, rate(NARROWING, dirs));
      else if (SCHEMA_KEYWORDS.has(key)) {
        put(at, rate(NARROWING, dirs));
        schema(at, value, dirs);
      } else if (key in SCHEMA_LIST_KEYWORDS && Array.isArray(value)) {
        put(at, rate(ALWAYS, dirs));
        for (const sub of value) {
          put(`${at}/*`, rate(SCHEMA_LIST_KEYWORDS[key]!, dirs));
          schema(`${at}/*`, sub, dirs);
        }
      } else subtree(at, value, rate(ALWAYS, dirs));
    }
  };

  const standard = asyncapiV3Standard as unknown as Record<string, Rule>;
  const messageRules = Object.entries(standard).filter(([pattern]) => pattern.startsWith('/channels/*/messages/*'));
  // The standard leaves an operation's reply unclassified: rate it like the operation's own messages.
  put('/operations/*/reply/channel', rule(N, B, B));
  put('/operations/*/reply/messages', rule(N, B, B));
  put('/operations/*/reply/messages/*', rule(N, B, B));

  for (const doc of docs) {
    for (const channel of Object.values(isObject(doc.json.channels) ? doc.json.channels : {})) {
      if (!isObject(channel) || !isObject(channel.messages)) continue;
      for (const [key, message] of Object.entries(channel.messages)) {
        const dirs = new Set([...docs.flatMap((d) => [...(d.directions.get(key) ?? [])])]);
        const prefix = `/channels/*/messages/${esc(key)}`;
        for (const [pattern, r] of messageRules) put(pattern.replace('/channels/*/messages/*', prefix), r);
        if (!isObject(message)) continue;
        if (message.payload !== undefined) schema(`${prefix}/payload`, message.payload, dirs);
        if (message.headers !== undefined) schema(`${prefix}/headers`, message.headers, dirs);
        if (message.examples !== undefined) subtree(`${prefix}/examples`, message.examples, rule(N, N, N));
      }
    }
  }
  return override;
}

/**
 * Supplementary rating (the gate's own): the override can only rate an edited bound as a whole, i.e. breaking; a
 * bound that widens what a client may send (a larger `maxLength` on a request) or narrows what it may receive is not.
 */
function boundEditBreaks(change: DiffOutputItem, dirs: Set<Direction>): boolean {
  const keyword = change.path.split('/').pop() ?? '';
  const { before, after } = change as { before?: unknown; after?: unknown };
  if (typeof before !== 'number' || typeof after !== 'number') return true;
  const loosened = UPPER_BOUNDS.has(keyword) ? after > before : LOWER_BOUNDS.has(keyword) ? after < before : undefined;
  if (loosened === undefined) return true;
  // Loosened: breaks what a client receives (it may get more than before); tightened: breaks what it sends.
  return loosened ? dirs.has('out') : dirs.has('in');
}

export async function diffAsyncapi(baseFile: string, headFile: string): Promise<Pick<InterfaceReport, 'changes' | 'warnings'>> {
  const [base, head] = [normalizeAsyncapi(await parseAsyncapi(baseFile)), normalizeAsyncapi(await parseAsyncapi(headFile))];
  // @asyncapi/diff merges `override` into its module-level standard object (Object.assign): restore it afterwards so
  // that one document's patterns do not rate the next document's changes.
  const standard = asyncapiV3Standard as unknown as Record<string, Classifier>;
  const saved = { ...standard };
  let output: JSONOutput;
  try {
    output = asyncapiDiff(base.json, head.json, { override: asyncapiOverrides([base, head]), outputType: 'json' }).getOutput() as JSONOutput;
  } finally {
    for (const key of Object.keys(standard)) if (!(key in saved)) delete standard[key];
    Object.assign(standard, saved);
  }

  const byId = new Map<string, { kind: ChangeKind; messages: Set<string> }>();
  const warnings: string[] = [];
  for (const change of output.changes) {
    const segments = change.path.split('/');
    const unescape = (segment: string): string => segment.replaceAll('~1', '/').replaceAll('~0', '~');
    const message = segments[1] === 'channels' && segments[3] === 'messages' && segments[4] ? unescape(segments[4]) : undefined;
    const dirs = new Set<Direction>([...(base.directions.get(message ?? '') ?? []), ...(head.directions.get(message ?? '') ?? [])]);
    let breaking = change.type === 'breaking';
    const keyword = segments.at(-1) ?? '';
    if (breaking && change.action === 'edit' && message && (UPPER_BOUNDS.has(keyword) || LOWER_BOUNDS.has(keyword)))
      breaking = boundEditBreaks(change, dirs);
    // A change inside a named schema is identified in that schema (`#/components/schemas/Task/properties/title`), once
    // for all the messages it reaches, as redocly diff does for OpenAPI. (A named schema added or removed as a whole
    // is identified where it is used: the search starts at the parent.)
    const named = change.action === 'add' ? [head.named, base.named] : [base.named, head.named];
    let pointer = `#${change.path}`;
    for (let i = segments.length - 1; i > 1; i--) {
      const prefix = segments.slice(0, i).join('/');
      const name = named[0]!.get(prefix) ?? named[1]!.get(prefix);
      if (name) {
        pointer = `#/components/schemas/${esc(name)}${change.path.slice(prefix.length)}`;
        break;
      }
    }
    const id = `${change.action} ${pointer}`;
    if (change.type === 'unclassified') warnings.push(`unclassified by @asyncapi/diff, not failing: ${id}`);
    const kind: ChangeKind = breaking ? 'breaking' : change.action === 'add' ? 'addition' : 'other';
    const seen = byId.get(id) ?? { kind, messages: new Set<string>() };
    if (kind === 'breaking') seen.kind = kind;
    if (message && segments.length > 5) seen.messages.add(message);
    byId.set(id, seen);
  }
  const changes = [...byId].map(([id, { kind, messages }]): Change => {
    const names = [...messages].sort();
    const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')}, … (${names.length} in all)` : names.join(', ');
    return { id, kind, detail: names.length ? `in message${names.length === 1 ? '' : 's'} ${shown}` : undefined };
  });
  return { changes: dedupe(changes), warnings: [...new Set(warnings)] };
}

// ---------------------------------------------------------------------------------------------------------------

/** One entry per identifier, sorted: breaking if any occurrence is, with the first occurrence's detail. */
function dedupe(changes: Change[]): Change[] {
  const byId = new Map<string, Change>();
  const rank: Record<ChangeKind, number> = { breaking: 2, addition: 1, other: 0 };
  for (const change of changes) {
    const seen = byId.get(change.id);
    if (!seen) byId.set(change.id, { ...change });
    else {
      if (rank[change.kind] > rank[seen.kind]) seen.kind = change.kind;
      seen.detail ??= change.detail;
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const DIFFERS: Record<InterfaceName, (base: string, head: string) => Promise<Pick<InterfaceReport, 'changes' | 'warnings'>>> = {
  openapi: diffOpenapi,
  'relay-openapi': diffOpenapi,
  graphql: diffGraphql,
  asyncapi: diffAsyncapi,
  'relay-asyncapi': diffAsyncapi,
};

/** Compares the five documents of `baseDir` (the released contract) with those of `headDir`. */
export async function compareContracts(baseDir: string, headDir: string): Promise<InterfaceReport[]> {
  return Promise.all(
    INTERFACE_NAMES.map(async (name): Promise<InterfaceReport> => {
      const file = INTERFACES[name];
      const [base, head] = [path.join(baseDir, file), path.join(headDir, file)];
      const report = { name, file, changes: [] as Change[], warnings: [] as string[] };
      if (!existsSync(base) && !existsSync(head)) throw new Error(`${file} is in neither ${baseDir} nor ${headDir}`);
      if (!existsSync(base)) return { ...report, status: 'new', changes: [{ id: `document-added ${file}`, kind: 'addition' }] };
      if (!existsSync(head)) return { ...report, status: 'removed', changes: [{ id: `document-removed ${file}`, kind: 'breaking' }] };
      if (readFileSync(base, 'utf8') === readFileSync(head, 'utf8')) return { ...report, status: 'identical' };
      return { ...report, status: 'compared', ...(await DIFFERS[name](base, head)) };
    }),
  );
}

/** The semver bump the changes need: major for a breaking change, minor for an addition, patch for any other. */
export function requiredBump(reports: InterfaceReport[]): 'major' | 'minor' | 'patch' | 'none' {
  const kinds = new Set(reports.flatMap((r) => r.changes.map((c) => c.kind)));
  return kinds.has('breaking') ? 'major' : kinds.has('addition') ? 'minor' : kinds.has('other') ? 'patch' : 'none';
}

// ---------------------------------------------------------------------------------------------------------------
// Approvals (contract/approved-breaking-changes.yaml)

export interface Approval {
  interface: InterfaceName;
  change: string;
  reason: string;
}

/** The approvals file as committed and as `npm run contract:release` resets it (an approval covers one release). */
export const APPROVALS_TEMPLATE = `# Breaking changes approved for the next release of the contract (see contract/README.md).
#
# \`npm run contract:check\` (CI) fails on every breaking change between contract/ (the released contract) and
# generated/bundles/ (the current specs) that is not listed here. Each entry names:
#   interface  openapi | asyncapi | graphql | relay-openapi | relay-asyncapi
#   change     the change's identifier, exactly as the check prints it
#   reason     why breaking existing clients is acceptable (required, not empty)
# For example:
#   - interface: openapi
#     change: "property-removed #/components/schemas/Task/properties/title"
#     reason: Task titles moved to \`name\` (see the release notes of 2.0.0).
#
# \`npm run contract:release\` empties the list: an approval covers one release.
[]
`;

/** Reads and validates the approvals file: a list of {interface, change, reason}, every field a non-empty string. */
export function readApprovals(file: string): { approvals: Approval[]; errors: string[] } {
  if (!existsSync(file)) return { approvals: [], errors: [`${file} does not exist (an empty list is \`[]\`)`] };
  let parsed: unknown;
  try {
    parsed = YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { approvals: [], errors: [`${file} is not valid YAML: ${(error as Error).message}`] };
  }
  if (parsed === null || parsed === undefined) parsed = [];
  if (!Array.isArray(parsed)) return { approvals: [], errors: [`${file} must hold a YAML list of approvals`] };
  const approvals: Approval[] = [];
  const errors: string[] = [];
  for (const [i, entry] of (parsed as unknown[]).entries()) {
    const at = `${file}, entry ${i + 1}`;
    if (!isObject(entry)) {
      errors.push(`${at}: must be a mapping with interface, change and reason`);
      continue;
    }
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).filter((k) => !['interface', 'change', 'reason'].includes(k));
    if (unknown.length) errors.push(`${at}: unknown key(s) ${unknown.join(', ')} (allowed: interface, change, reason)`);
    if (typeof e.interface !== 'string' || !INTERFACE_NAMES.includes(e.interface as InterfaceName))
      errors.push(`${at}: interface must be one of ${INTERFACE_NAMES.join(', ')}`);
    if (typeof e.change !== 'string' || !e.change.trim()) errors.push(`${at}: change must be the identifier the check prints`);
    if (typeof e.reason !== 'string' || !e.reason.trim())
      errors.push(`${at}${typeof e.change === 'string' ? ` (${e.change})` : ''}: reason is missing or empty; say why breaking clients is acceptable`);
    else approvals.push({ interface: e.interface as InterfaceName, change: String(e.change).trim(), reason: e.reason.trim() });
  }
  return { approvals: errors.length ? [] : approvals, errors };
}
