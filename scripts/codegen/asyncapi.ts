/**
 * The WebSocket protocol from the AsyncAPI document, in two steps:
 *
 * 1. Parse and validate it with @asyncapi/parser and cross-check it with the operation catalogue:
 *    every `receive` operation's request message names an action, each action is an operation of
 *    the catalogue exposed on `ws` or a protocol action (authenticate, ping), every such operation
 *    has its action, and the channel documents its close codes (`x-close-codes`). Any mismatch
 *    fails generation.
 * 2. Render with @asyncapi/generator and the in-repo React template scripts/templates/ws:
 *    ws-actions.ts (the action table, event names, close codes) and ws-messages.ts (typed
 *    messages and the handler interface).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER, isErrorDiagnostic } from './load.js';

export const PROTOCOL_ACTIONS = ['authenticate', 'ping'] as const;

const TEMPLATE = fileURLToPath(new URL('../templates/ws', import.meta.url));

export async function generateWsActions(asyncapiFile: string, catalogue: CatalogueEntry[], write: Writer): Promise<void> {
  const document = await parseDocument(asyncapiFile);
  checkAgainstCatalogue(document, catalogue);
  const files = await render(document, {
    banner: BANNER('specs/asyncapi/trcr-ws.yaml').trimEnd(),
    protocolActions: PROTOCOL_ACTIONS.join(','),
  });
  for (const [file, content] of files) write(file, content);
}

async function parseDocument(asyncapiFile: string): Promise<AsyncAPIDocumentInterface> {
  const { document, diagnostics } = await fromFile(new Parser(), asyncapiFile).parse();
  const errors = diagnostics.filter(isErrorDiagnostic);
  if (!document || errors.length) {
    throw new Error(`AsyncAPI document is invalid:\n${errors.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')}`);
  }
  return document;
}

function checkAgainstCatalogue(document: AsyncAPIDocumentInterface, catalogue: CatalogueEntry[]): void {
  const actions = new Set<string>();
  for (const op of document.operations().all()) {
    for (const msg of op.messages().all()) {
      const name = msg.name();
      if (!name) throw new Error(`AsyncAPI operation ${op.id()}: message without a name`);
      if (op.action() !== 'receive') continue;
      // The template names the request type and WS_ACTIONS by the message name, the wire by `action`.
      const wireAction = msg.payload()?.properties()?.action?.const() as unknown;
      if (wireAction !== name) throw new Error(`AsyncAPI request message ${name}: payload.action must be const '${name}'`);
      actions.add(name);
    }
  }
  const wsOps = catalogue.filter((e) => e.transports.includes('ws')).map((e) => e.name);
  const protocol: readonly string[] = PROTOCOL_ACTIONS;
  const missing = [...wsOps, ...protocol].filter((n) => !actions.has(n));
  const unknown = [...actions].filter((a) => !wsOps.includes(a) && !protocol.includes(a));
  if (missing.length) throw new Error(`AsyncAPI has no request message for these actions: ${missing.join(', ')}`);
  if (unknown.length) throw new Error(`AsyncAPI actions that are not ws operations in the catalogue: ${unknown.join(', ')}`);

  const hasCloseCodes = document
    .channels()
    .all()
    .some((ch) => Object.keys(ch.extensions().get('x-close-codes')?.value() ?? {}).length > 0);
  if (!hasCloseCodes) throw new Error('AsyncAPI channel has no x-close-codes table');
}

/** Runs the generator into a temporary folder and returns what it wrote, by file name. */
async function render(document: AsyncAPIDocumentInterface, templateParams: Record<string, string>): Promise<Map<string, string>> {
  const Generator = loadGenerator();
  const out = mkdtempSync(path.join(tmpdir(), 'trcr-asyncapi-'));
  try {
    // An absolute template path is used as is: the generator installs nothing (no registry access).
    const generator = new Generator(TEMPLATE, out, { forceWrite: true, install: false, templateParams });
    await generator.generate(document);
    return new Map(
      readdirSync(out)
        .sort()
        .map((file) => [file, readFileSync(path.join(out, file), 'utf8')]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Loads @asyncapi/generator. At load time it runs `requireg.resolve('npm')` to find a global npm,
 * whose path it only needs to install templates from the registry, which we never do, and it
 * crashes when there is none (Node 24 from node_modules/.bin has no npm beside it). An empty
 * placeholder `npm` package on NODE_PATH (which requireg reads at call time) answers that lookup,
 * so generation works without a global npm and never depends on which one a machine has.
 */
function loadGenerator(): GeneratorClass {
  const placeholder = mkdtempSync(path.join(tmpdir(), 'trcr-requireg-'));
  mkdirSync(path.join(placeholder, 'node_modules/npm'), { recursive: true });
  writeFileSync(path.join(placeholder, 'node_modules/npm/index.js'), 'module.exports = {};\n');
  const nodePath = process.env.NODE_PATH;
  process.env.NODE_PATH = path.join(placeholder, 'node_modules');
  try {
    return createRequire(import.meta.url)('@asyncapi/generator') as GeneratorClass;
  } finally {
    if (nodePath === undefined) delete process.env.NODE_PATH;
    else process.env.NODE_PATH = nodePath;
    rmSync(placeholder, { recursive: true, force: true });
  }
}

/** The part of @asyncapi/generator's API used here (the package ships no type declarations). */
type GeneratorClass = new (
  templateName: string,
  targetDir: string,
  options: { forceWrite: boolean; install: boolean; templateParams: Record<string, string> },
) => { generate(document: AsyncAPIDocumentInterface): Promise<void> };
