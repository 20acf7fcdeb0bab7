/**
 * Reading the TRCR WebSocket document (Parser-API v3): requests are the messages of `receive`
 * operations (their name is the action), pushed events the messages of `send` operations.
 * scripts/codegen/asyncapi.ts has already checked these against the operation catalogue.
 */

/** `tasks.update_status` -> `TasksUpdateStatus`, as scripts/codegen/load.ts names catalogue types. */
export function pascal(name) {
  return name
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** Client requests in document order: { action, operation, message }. */
export function requests(asyncapi) {
  return asyncapi
    .operations()
    .all()
    .filter((op) => op.action() === 'receive')
    .flatMap((operation) =>
      operation
        .messages()
        .all()
        .map((message) => ({ action: message.name(), operation, message })),
    );
}

/** Server pushes in document order: { event, operation, message }. */
export function pushes(asyncapi) {
  return asyncapi
    .operations()
    .all()
    .filter((op) => op.action() !== 'receive')
    .flatMap((operation) =>
      operation
        .messages()
        .all()
        .map((message) => ({ event: message.name(), operation, message })),
    );
}

/** Actions of the catalogue's operations (every request that is not a protocol action), sorted. */
export function operationActions(asyncapi, protocolActions) {
  const names = requests(asyncapi)
    .map((r) => r.action)
    .filter((a) => !protocolActions.includes(a));
  return [...new Set(names)].sort();
}

/** The channels' `x-close-codes` tables merged, in document order. */
export function closeCodes(asyncapi) {
  const codes = {};
  for (const channel of asyncapi.channels().all()) Object.assign(codes, channel.extensions().get('x-close-codes')?.value());
  return codes;
}

export function protocolActionsOf(params) {
  return params.protocolActions.split(',');
}
