/**
 * ws-actions.ts: the action table the /ws transport dispatches on (src/transports/ws imports it),
 * the pushed event names and the close codes.
 */
import { File, Text } from '@asyncapi/generator-react-sdk';
import { closeCodes, operationActions, protocolActionsOf, pushes } from '../components/document';

export default function WsActions({ asyncapi, params }) {
  const protocol = protocolActionsOf(params);
  const events = [...new Set(pushes(asyncapi).map((p) => p.event))].sort();
  return (
    <File name="ws-actions.ts">
      <Text newLines={2}>{params.banner}</Text>
      <Text newLines={2}>{"import type { OperationName } from './operations.js';"}</Text>
      <Text>{'/** Actions handled by the protocol itself rather than an operation. */'}</Text>
      <Text newLines={2}>{`export const PROTOCOL_ACTIONS = ${JSON.stringify(protocol)} as const;`}</Text>
      <Text>{'/** Operation actions accepted on /ws after authentication. */'}</Text>
      <Text newLines={2}>
        {`export const WS_ACTIONS = ${JSON.stringify(operationActions(asyncapi, protocol), null, 2)} as const satisfies readonly OperationName[];`}
      </Text>
      <Text newLines={2}>{'export type WsAction = (typeof WS_ACTIONS)[number];'}</Text>
      <Text>{'/** Events the server pushes: { event, data }. */'}</Text>
      <Text newLines={2}>{`export const WS_EVENTS = ${JSON.stringify(events)} as const;`}</Text>
      <Text>{'/** Close codes the server uses, as documented in the AsyncAPI channel. */'}</Text>
      <Text>{`export const WS_CLOSE = ${JSON.stringify(closeCodes(asyncapi), null, 2)} as const;`}</Text>
    </File>
  );
}
