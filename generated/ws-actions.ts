// Generated from specs/asyncapi/trcr-ws.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from './operations.js';

/** Actions handled by the protocol itself rather than an operation. */
export const PROTOCOL_ACTIONS = ["authenticate","ping"] as const;

/** Operation actions accepted on /ws after authentication. */
export const WS_ACTIONS = [
  "audit.list",
  "chat.channels.archive",
  "chat.channels.create",
  "chat.channels.list",
  "chat.channels.mark_read",
  "chat.channels.members.add",
  "chat.channels.members.remove",
  "chat.channels.update",
  "chat.dm.open",
  "chat.messages.delete",
  "chat.messages.list",
  "chat.messages.send",
  "chat.reactions.add",
  "chat.reactions.remove",
  "chat.typing",
  "clients.create",
  "clients.delete",
  "clients.get",
  "clients.list",
  "clients.update",
  "dashboard.summary",
  "invitations.accept",
  "invoices.create",
  "invoices.delete",
  "invoices.generate",
  "invoices.get",
  "invoices.list",
  "invoices.mark_paid",
  "invoices.send",
  "invoices.update",
  "labels.create",
  "labels.delete",
  "labels.list",
  "labels.update",
  "members.invite",
  "members.list",
  "members.remove",
  "members.update",
  "milestones.create",
  "milestones.delete",
  "milestones.list",
  "milestones.update",
  "notifications.list",
  "notifications.mark_read",
  "notifications.preferences.get",
  "notifications.preferences.update",
  "organizations.create",
  "organizations.delete",
  "organizations.get",
  "organizations.list",
  "organizations.update",
  "personal_access_tokens.create",
  "personal_access_tokens.delete",
  "personal_access_tokens.list",
  "presence.list",
  "presence.set",
  "projects.create",
  "projects.delete",
  "projects.get",
  "projects.list",
  "projects.members.add",
  "projects.members.list",
  "projects.members.remove",
  "projects.members.update",
  "projects.update",
  "reports.profitability",
  "reports.revenue",
  "reports.timesheet",
  "reports.utilization",
  "search",
  "sidebar.get_collapsed",
  "sidebar.toggle_collapsed",
  "task_groups.create",
  "task_groups.delete",
  "task_groups.list",
  "task_groups.reorder",
  "task_groups.toggle_collapsed",
  "task_groups.update",
  "task_recurrences.create",
  "task_recurrences.delete",
  "task_recurrences.get",
  "task_recurrences.update",
  "task_statuses.create",
  "task_statuses.delete",
  "task_statuses.list",
  "task_statuses.update",
  "tasks.add_comment",
  "tasks.checklist.create",
  "tasks.checklist.delete",
  "tasks.checklist.list",
  "tasks.checklist.toggle",
  "tasks.comments.list",
  "tasks.create",
  "tasks.create_bulk",
  "tasks.delete",
  "tasks.delete_comment",
  "tasks.dependencies.list_all",
  "tasks.dependency.add",
  "tasks.dependency.list",
  "tasks.dependency.remove",
  "tasks.get",
  "tasks.list",
  "tasks.reorder",
  "tasks.update",
  "tasks.update_status",
  "time_entries.create",
  "time_entries.current",
  "time_entries.delete",
  "time_entries.get",
  "time_entries.list",
  "time_entries.start",
  "time_entries.stop",
  "time_entries.update",
  "users.me"
] as const satisfies readonly OperationName[];

export type WsAction = (typeof WS_ACTIONS)[number];

/** Events the server pushes: { event, data }. */
export const WS_EVENTS = ["ChatMessage","EntityChanged","NotificationCreated","TimerUpdate","UserPresence","UserTyping"] as const;

/** Close codes the server uses, as documented in the AsyncAPI channel. */
export const WS_CLOSE = {
  "goingAway": {
    "code": 1001,
    "reason": "Going away",
    "description": "Normal closure by the client (page closed, app shut down)."
  },
  "messageTooBig": {
    "code": 1009,
    "reason": "Message too big",
    "description": "A client message exceeded 64 KB."
  },
  "serviceRestart": {
    "code": 1012,
    "reason": "Service restart",
    "description": "The server is shutting down or redeploying. Reconnect with exponential backoff."
  },
  "authTimeout": {
    "code": 4001,
    "reason": "Authentication timeout",
    "description": "No successful `authenticate` within 10 seconds of connecting."
  },
  "pongTimeout": {
    "code": 4003,
    "reason": "Pong timeout",
    "description": "No pong frame within 10 seconds of a server ping (sent every 30 seconds)."
  },
  "idleTimeout": {
    "code": 4004,
    "reason": "Idle timeout",
    "description": "No message from the client for 5 minutes (pong frames do not count)."
  },
  "rateLimited": {
    "code": 4008,
    "reason": "Rate limit exceeded",
    "description": "The client kept sending while rate limited: more than 20 messages rejected with `RATE_LIMIT_EXCEEDED` within a minute."
  },
  "tooManyConnections": {
    "code": 4009,
    "reason": "Too many connections",
    "description": "The user already has 5 open connections (`/ws` and graphql-ws sockets together, on every instance); sent after the `authenticate` error reply (`CONFLICT`), or after a graphql-ws `connection_init`."
  },
  "slowConsumer": {
    "code": 4010,
    "reason": "Slow consumer",
    "description": "The client stopped reading: more than 1 MiB (`WS_MAX_BUFFERED_BYTES`) of messages waited to be sent to it. Nothing more is queued; if the close frame is not read within 5 seconds the connection is dropped. Reconnect and reload what you display, since events were missed."
  },
  "sessionEnded": {
    "code": 4011,
    "reason": "Session ended",
    "description": "The credential the connection was opened with ended: its session was signed out (`auth.logout`), revoked (refresh-token reuse, password reset) or, for a graphql-ws connection opened with a personal access token, that token was revoked; or the access token expired (a `/ws` connection lives at most as long as the access token its ticket was issued with; a graphql-ws connection as long as the token in its `connectionParams`). Nothing is re-authenticated on an open connection: reconnect with a fresh ticket or token."
  },
  "unauthorized": {
    "code": 4401,
    "reason": "Unauthorized",
    "description": "`authenticate` failed (invalid, expired or already used ticket); sent after the error reply."
  }
} as const;
