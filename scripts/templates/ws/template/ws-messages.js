/**
 * ws-messages.ts: typed /ws messages. Requests of operation actions carry the catalogue's
 * OperationInput (./operations.js), success replies its OperationOutput; the protocol's own
 * messages (authenticate, ping) and the envelopes are rendered from their schemas. Ends with
 * WsActionHandlers<Ctx>, one entry per operation action.
 */
import { File, Text } from '@asyncapi/generator-react-sdk';
import { pascal, protocolActionsOf, pushes, requests } from '../components/document';
import { localSchemaIds, members } from '../components/types';

const ERROR_REPLY = 'error';

const doc = (text) =>
  `/** ${text
    .trim()
    .replace(/\*\//g, '*\\/')
    .replace(/\s*\n\s*/g, ' ')} */`;

const iface = (name, lines) => `export interface ${name} {\n${lines.map((l) => `  ${l};`).join('\n')}\n}`;

const union = (name, types) => `export type ${name} =\n${types.map((t) => `  | ${t}`).join('\n')};`;

/** The success reply of an operation action, named `<action>.reply` in the document. */
function successReply({ action, operation }) {
  const reply = operation
    .reply()
    ?.messages()
    .all()
    .find((m) => m.name() === `${action}.reply`);
  if (!reply) throw new Error(`AsyncAPI operation ${operation.id()}: no ${action}.reply message`);
  return reply;
}

/**
 * The envelope every operation's success reply shares: the members all of them have besides data and
 * pagination (status, request_id, id). A reply may carry more members of its REST body beside `data` (e.g.
 * `unread_count` of notifications.list): those are part of its OperationOutput, not of the envelope.
 */
function okEnvelope(operationRequests, local) {
  const memberLists = operationRequests.map((r) => {
    const schema = successReply(r).payload();
    const body = new Set(['data', 'pagination']);
    return members(schema, local).filter((m) => !body.has(m.split(/\??:/)[0]));
  });
  const shared = memberLists[0].filter((m) => memberLists.every((list) => list.includes(m)));
  for (const name of ['status', 'request_id']) {
    if (!shared.some((m) => m.split(/\??:/)[0] === name)) throw new Error(`AsyncAPI success replies must all carry ${name}`);
  }
  return `{ ${shared.join('; ')} }`;
}

export default function WsMessages({ asyncapi, params }) {
  const protocol = protocolActionsOf(params);
  const local = localSchemaIds(asyncapi);
  const all = requests(asyncapi);
  const operationRequests = all.filter((r) => !protocol.includes(r.action));
  const requestName = (r) => `${pascal(r.action)}Request`;
  const summary = (r) => doc(`\`${r.action}\`: ${r.message.summary() ?? r.operation.summary() ?? ''}`);

  const requestTypes = all.map((r) => {
    const input = protocol.includes(r.action) ? undefined : `OperationInput<'${r.action}'>`;
    const lines = members(r.message.payload(), local, (name) => (name === 'payload' ? input : undefined));
    return `${summary(r)}\n${iface(requestName(r), lines)}`;
  });

  const protocolReplies = all
    .filter((r) => protocol.includes(r.action))
    .flatMap((r) => (r.operation.reply()?.messages().all() ?? []).filter((m) => m.name() !== ERROR_REPLY).map((m) => ({ r, m })))
    .map(({ r, m }) => ({
      name: `${pascal(r.action)}Reply`,
      text: `${doc(`\`${m.name()}\`: ${m.summary() ?? ''}`)}\n${iface(`${pascal(r.action)}Reply`, members(m.payload(), local))}`,
    }));

  const errorReply = asyncapi
    .messages()
    .all()
    .find((m) => m.name() === ERROR_REPLY);
  if (!errorReply) throw new Error(`AsyncAPI has no '${ERROR_REPLY}' reply message`);

  const events = pushes(asyncapi).map((p) => ({
    name: `${pascal(p.event)}Event`,
    text: `${doc(`\`${p.event}\`: ${p.message.summary() ?? ''}`)}\n${iface(`${pascal(p.event)}Event`, members(p.message.payload(), local))}`,
  }));

  const handlers = operationRequests.map(
    (r) =>
      `  ${doc(r.operation.summary() ?? r.action)}\n  '${r.action}': (ctx: Ctx, message: ${requestName(r)}) => Promise<OperationOutput<'${r.action}'>>;`,
  );

  return (
    <File name="ws-messages.ts">
      <Text newLines={2}>{params.banner}</Text>
      <Text>{"import type * as Models from './models.js';"}</Text>
      <Text>{"import type { OperationInput, OperationOutput } from './operations.js';"}</Text>
      <Text newLines={2}>{"import type { WsAction } from './ws-actions.js';"}</Text>
      <Text newLines={2}>{"// Requests (client -> server). An operation action's payload is that operation's input."}</Text>
      {requestTypes.map((t) => (
        <Text newLines={2}>{t}</Text>
      ))}
      <Text>{'/** Every message a client may send. */'}</Text>
      <Text newLines={2}>{union('WsClientMessage', all.map(requestName))}</Text>
      <Text newLines={2}>{"// Replies (server -> client), each carrying its request's `request_id` (and `id` when sent)."}</Text>
      {protocolReplies.map((r) => (
        <Text newLines={2}>{r.text}</Text>
      ))}
      <Text>{"/** Success reply to an operation action: the REST answer's body (`data`, plus `pagination` for lists). */"}</Text>
      <Text newLines={2}>
        {`export type WsOkReply<A extends WsAction = WsAction> = ${okEnvelope(operationRequests, local)} & OperationOutput<A>;`}
      </Text>
      <Text>{doc(`\`${ERROR_REPLY}\`: ${errorReply.summary() ?? ''}`)}</Text>
      <Text newLines={2}>{iface('WsErrorReply', members(errorReply.payload(), local))}</Text>
      <Text>{'/** Every reply the server sends. */'}</Text>
      <Text newLines={2}>{union('WsServerReply', [...protocolReplies.map((r) => r.name), 'WsOkReply', 'WsErrorReply'])}</Text>
      <Text newLines={2}>{'// Events (server -> client), pushed without a request.'}</Text>
      {events.map((e) => (
        <Text newLines={2}>{e.text}</Text>
      ))}
      <Text>{'/** Every event the server pushes. */'}</Text>
      <Text newLines={2}>
        {union(
          'WsServerPush',
          events.map((e) => e.name),
        )}
      </Text>
      <Text>
        {[
          '/**',
          ' * What serves the operation actions: one entry per action, given the request, answering the',
          " * operation's output (the transport adds `status` and the request's correlation).",
          ' */',
          'export interface WsActionHandlers<Ctx> {',
          handlers.join('\n'),
          '}',
        ].join('\n')}
      </Text>
    </File>
  );
}
