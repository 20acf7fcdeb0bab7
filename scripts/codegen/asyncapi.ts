/**
 * generated/ws-actions.ts: the WebSocket action table, read from the AsyncAPI document. Every
 * `receive` operation's request message names an action; each action must be an operation of the
 * catalogue exposed on `ws` (or a protocol action: authenticate, ping), and every such operation
 * must have its action. Close codes come from the channel's `x-close-codes`.
 */
import { Parser, fromFile } from '@asyncapi/parser';
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER } from './load.js';

export const PROTOCOL_ACTIONS = ['authenticate', 'ping'] as const;

export async function generateWsActions(asyncapiFile: string, catalogue: CatalogueEntry[], write: Writer): Promise<void> {
  const { document, diagnostics } = await fromFile(new Parser(), asyncapiFile).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  if (!document || errors.length) {
    throw new Error(`AsyncAPI document is invalid:\n${errors.map((d) => `  ${d.path.join('.')}: ${d.message}`).join('\n')}`);
  }
  const actions = new Set<string>();
  const events = new Set<string>();
  for (const op of document.operations().all()) {
    for (const msg of op.messages().all()) {
      const name = msg.name();
      if (!name) throw new Error(`AsyncAPI operation ${op.id()}: message without a name`);
      if (op.action() === 'receive') actions.add(name);
      else events.add(name);
    }
  }
  const wsOps = catalogue.filter((e) => e.transports.includes('ws')).map((e) => e.name);
  const missing = wsOps.filter((n) => !actions.has(n));
  const unknown = [...actions].filter((a) => !wsOps.includes(a) && !(PROTOCOL_ACTIONS as readonly string[]).includes(a));
  if (missing.length) throw new Error(`AsyncAPI has no request message for ws operations: ${missing.join(', ')}`);
  if (unknown.length) throw new Error(`AsyncAPI actions that are not ws operations in the catalogue: ${unknown.join(', ')}`);

  const closeCodes: Record<string, { code: number; reason: string }> = {};
  for (const ch of document.channels().all()) {
    const ext = ch.extensions().get('x-close-codes')?.value() as Record<string, { code: number; reason: string }> | undefined;
    if (ext) Object.assign(closeCodes, ext);
  }
  if (!Object.keys(closeCodes).length) throw new Error('AsyncAPI channel has no x-close-codes table');

  const content = [
    BANNER('specs/asyncapi/trcr-ws.yaml'),
    `import type { OperationName } from './operations.js';\n`,
    `/** Actions handled by the protocol itself rather than an operation. */`,
    `export const PROTOCOL_ACTIONS = ${JSON.stringify(PROTOCOL_ACTIONS)} as const;\n`,
    `/** Operation actions accepted on /ws after authentication. */`,
    `export const WS_ACTIONS = ${JSON.stringify(wsOps.sort(), null, 2)} as const satisfies readonly OperationName[];\n`,
    `export type WsAction = (typeof WS_ACTIONS)[number];\n`,
    `/** Events the server pushes: { event, data }. */`,
    `export const WS_EVENTS = ${JSON.stringify([...events].sort())} as const;\n`,
    `/** Close codes the server uses, as documented in the AsyncAPI channel. */`,
    `export const WS_CLOSE = ${JSON.stringify(closeCodes, null, 2)} as const;\n`,
  ];
  write('ws-actions.ts', content.join('\n'));
}
