// Generated from specs/openapi/trcr.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from './operations.js';

export interface RestRoute {
  readonly operation: OperationName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, relative to /api/v1. */
  readonly path: string;
  /** The same path in @koa/router syntax. */
  readonly koaPath: string;
  readonly status: number;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
}

export const restRoutes = [
  {
    "operation": "audit.list",
    "method": "GET",
    "path": "/audit",
    "koaPath": "/audit",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "user_id",
      "action",
      "entity_type",
      "entity_id",
      "from",
      "to",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "clients.list",
    "method": "GET",
    "path": "/clients",
    "koaPath": "/clients",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "search",
      "archived",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "clients.create",
    "method": "POST",
    "path": "/clients",
    "koaPath": "/clients",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "invoices.list",
    "method": "GET",
    "path": "/invoices",
    "koaPath": "/invoices",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "client_id",
      "status",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invoices.create",
    "method": "POST",
    "path": "/invoices",
    "koaPath": "/invoices",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "labels.list",
    "method": "GET",
    "path": "/labels",
    "koaPath": "/labels",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "labels.create",
    "method": "POST",
    "path": "/labels",
    "koaPath": "/labels",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "users.me",
    "method": "GET",
    "path": "/me",
    "koaPath": "/me",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "members.list",
    "method": "GET",
    "path": "/members",
    "koaPath": "/members",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "role",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "notifications.list",
    "method": "GET",
    "path": "/notifications",
    "koaPath": "/notifications",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "unread",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "organizations.list",
    "method": "GET",
    "path": "/organizations",
    "koaPath": "/organizations",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "organizations.create",
    "method": "POST",
    "path": "/organizations",
    "koaPath": "/organizations",
    "status": 201,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "personal_access_tokens.list",
    "method": "GET",
    "path": "/personal-access-tokens",
    "koaPath": "/personal-access-tokens",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "personal_access_tokens.create",
    "method": "POST",
    "path": "/personal-access-tokens",
    "koaPath": "/personal-access-tokens",
    "status": 201,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "presence.list",
    "method": "GET",
    "path": "/presence",
    "koaPath": "/presence",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "presence.set",
    "method": "PUT",
    "path": "/presence",
    "koaPath": "/presence",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "projects.list",
    "method": "GET",
    "path": "/projects",
    "koaPath": "/projects",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "status",
      "search",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.create",
    "method": "POST",
    "path": "/projects",
    "koaPath": "/projects",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "search",
    "method": "GET",
    "path": "/search",
    "koaPath": "/search",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "q",
      "type",
      "limit"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.dependencies.list_all",
    "method": "GET",
    "path": "/task-dependencies",
    "koaPath": "/task-dependencies",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_statuses.list",
    "method": "GET",
    "path": "/task-statuses",
    "koaPath": "/task-statuses",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_statuses.create",
    "method": "POST",
    "path": "/task-statuses",
    "koaPath": "/task-statuses",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.list",
    "method": "GET",
    "path": "/tasks",
    "koaPath": "/tasks",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "project_id",
      "status",
      "assignee_id",
      "label_id",
      "milestone_id",
      "sort",
      "order",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.create",
    "method": "POST",
    "path": "/tasks",
    "koaPath": "/tasks",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "time_entries.list",
    "method": "GET",
    "path": "/time-entries",
    "koaPath": "/time-entries",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "from",
      "to",
      "project_id",
      "task_id",
      "user_id",
      "billable",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "time_entries.create",
    "method": "POST",
    "path": "/time-entries",
    "koaPath": "/time-entries",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.forgot_password",
    "method": "POST",
    "path": "/auth/forgot-password",
    "koaPath": "/auth/forgot-password",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.login",
    "method": "POST",
    "path": "/auth/login",
    "koaPath": "/auth/login",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.logout",
    "method": "POST",
    "path": "/auth/logout",
    "koaPath": "/auth/logout",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.refresh",
    "method": "POST",
    "path": "/auth/refresh",
    "koaPath": "/auth/refresh",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.register",
    "method": "POST",
    "path": "/auth/register",
    "koaPath": "/auth/register",
    "status": 201,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.reset_password",
    "method": "POST",
    "path": "/auth/reset-password",
    "koaPath": "/auth/reset-password",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "auth.ws_ticket",
    "method": "POST",
    "path": "/auth/ws-ticket",
    "koaPath": "/auth/ws-ticket",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.channels.list",
    "method": "GET",
    "path": "/chat/channels",
    "koaPath": "/chat/channels",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "archived",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.channels.create",
    "method": "POST",
    "path": "/chat/channels",
    "koaPath": "/chat/channels",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "chat.dm.open",
    "method": "POST",
    "path": "/chat/dm",
    "koaPath": "/chat/dm",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "dashboard.summary",
    "method": "GET",
    "path": "/dashboard/summary",
    "koaPath": "/dashboard/summary",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invitations.accept",
    "method": "POST",
    "path": "/invitations/accept",
    "koaPath": "/invitations/accept",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "members.invite",
    "method": "POST",
    "path": "/members/invite",
    "koaPath": "/members/invite",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "notifications.mark_read",
    "method": "POST",
    "path": "/notifications/mark-read",
    "koaPath": "/notifications/mark-read",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": false
  },
  {
    "operation": "notifications.preferences.get",
    "method": "GET",
    "path": "/notifications/preferences",
    "koaPath": "/notifications/preferences",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "notifications.preferences.update",
    "method": "PATCH",
    "path": "/notifications/preferences",
    "koaPath": "/notifications/preferences",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "reports.profitability",
    "method": "GET",
    "path": "/reports/profitability",
    "koaPath": "/reports/profitability",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "from",
      "to",
      "group_by"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "reports.revenue",
    "method": "GET",
    "path": "/reports/revenue",
    "koaPath": "/reports/revenue",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "from",
      "to",
      "client_id",
      "group_by"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "reports.timesheet",
    "method": "GET",
    "path": "/reports/timesheet",
    "koaPath": "/reports/timesheet",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "from",
      "to",
      "user_id",
      "project_id",
      "client_id",
      "description",
      "invoice_id",
      "group_by",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "reports.utilization",
    "method": "GET",
    "path": "/reports/utilization",
    "koaPath": "/reports/utilization",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id",
      "from",
      "to",
      "user_id",
      "invoice_id",
      "target_hours",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "sidebar.get_collapsed",
    "method": "GET",
    "path": "/sidebar/collapsed",
    "koaPath": "/sidebar/collapsed",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.create_bulk",
    "method": "POST",
    "path": "/tasks/bulk",
    "koaPath": "/tasks/bulk",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "time_entries.current",
    "method": "GET",
    "path": "/time-entries/current",
    "koaPath": "/time-entries/current",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "time_entries.start",
    "method": "POST",
    "path": "/time-entries/start",
    "koaPath": "/time-entries/start",
    "status": 201,
    "pathParams": [],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": false
  },
  {
    "operation": "chat.channels.update",
    "method": "PATCH",
    "path": "/chat/channels/{id}",
    "koaPath": "/chat/channels/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "sidebar.toggle_collapsed",
    "method": "POST",
    "path": "/sidebar/collapsed/{project_id}",
    "koaPath": "/sidebar/collapsed/:project_id",
    "status": 200,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.channels.members.add",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/members",
    "koaPath": "/chat/channels/:channel_id/members",
    "status": 200,
    "pathParams": [
      "channel_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "chat.messages.list",
    "method": "GET",
    "path": "/chat/channels/{channel_id}/messages",
    "koaPath": "/chat/channels/:channel_id/messages",
    "status": 200,
    "pathParams": [
      "channel_id"
    ],
    "queryParams": [
      "org_id",
      "before",
      "limit"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.messages.send",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/messages",
    "koaPath": "/chat/channels/:channel_id/messages",
    "status": 201,
    "pathParams": [
      "channel_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "chat.channels.mark_read",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/read",
    "koaPath": "/chat/channels/:channel_id/read",
    "status": 200,
    "pathParams": [
      "channel_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "chat.typing",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/typing",
    "koaPath": "/chat/channels/:channel_id/typing",
    "status": 200,
    "pathParams": [
      "channel_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.channels.archive",
    "method": "POST",
    "path": "/chat/channels/{id}/archive",
    "koaPath": "/chat/channels/:id/archive",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.reactions.remove",
    "method": "DELETE",
    "path": "/chat/messages/{message_id}/reactions",
    "koaPath": "/chat/messages/:message_id/reactions",
    "status": 200,
    "pathParams": [
      "message_id"
    ],
    "queryParams": [
      "org_id",
      "emoji"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.reactions.add",
    "method": "POST",
    "path": "/chat/messages/{message_id}/reactions",
    "koaPath": "/chat/messages/:message_id/reactions",
    "status": 200,
    "pathParams": [
      "message_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "chat.channels.members.remove",
    "method": "DELETE",
    "path": "/chat/channels/{channel_id}/members/{user_id}",
    "koaPath": "/chat/channels/:channel_id/members/:user_id",
    "status": 200,
    "pathParams": [
      "channel_id",
      "user_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "chat.messages.delete",
    "method": "DELETE",
    "path": "/chat/channels/{channel_id}/messages/{message_id}",
    "koaPath": "/chat/channels/:channel_id/messages/:message_id",
    "status": 200,
    "pathParams": [
      "channel_id",
      "message_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.checklist.delete",
    "method": "DELETE",
    "path": "/checklist-items/{item_id}",
    "koaPath": "/checklist-items/:item_id",
    "status": 200,
    "pathParams": [
      "item_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "clients.delete",
    "method": "DELETE",
    "path": "/clients/{id}",
    "koaPath": "/clients/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "clients.get",
    "method": "GET",
    "path": "/clients/{id}",
    "koaPath": "/clients/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "clients.update",
    "method": "PATCH",
    "path": "/clients/{id}",
    "koaPath": "/clients/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "invoices.delete",
    "method": "DELETE",
    "path": "/invoices/{id}",
    "koaPath": "/invoices/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invoices.get",
    "method": "GET",
    "path": "/invoices/{id}",
    "koaPath": "/invoices/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invoices.update",
    "method": "PATCH",
    "path": "/invoices/{id}",
    "koaPath": "/invoices/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "labels.delete",
    "method": "DELETE",
    "path": "/labels/{id}",
    "koaPath": "/labels/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "labels.update",
    "method": "PATCH",
    "path": "/labels/{id}",
    "koaPath": "/labels/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "members.remove",
    "method": "DELETE",
    "path": "/members/{user_id}",
    "koaPath": "/members/:user_id",
    "status": 200,
    "pathParams": [
      "user_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "members.update",
    "method": "PATCH",
    "path": "/members/{user_id}",
    "koaPath": "/members/:user_id",
    "status": 200,
    "pathParams": [
      "user_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "milestones.delete",
    "method": "DELETE",
    "path": "/milestones/{milestone_id}",
    "koaPath": "/milestones/:milestone_id",
    "status": 200,
    "pathParams": [
      "milestone_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "milestones.update",
    "method": "PATCH",
    "path": "/milestones/{milestone_id}",
    "koaPath": "/milestones/:milestone_id",
    "status": 200,
    "pathParams": [
      "milestone_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "organizations.delete",
    "method": "DELETE",
    "path": "/organizations/{id}",
    "koaPath": "/organizations/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "organizations.get",
    "method": "GET",
    "path": "/organizations/{id}",
    "koaPath": "/organizations/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "organizations.update",
    "method": "PATCH",
    "path": "/organizations/{id}",
    "koaPath": "/organizations/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "personal_access_tokens.delete",
    "method": "DELETE",
    "path": "/personal-access-tokens/{id}",
    "koaPath": "/personal-access-tokens/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.delete",
    "method": "DELETE",
    "path": "/projects/{id}",
    "koaPath": "/projects/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.get",
    "method": "GET",
    "path": "/projects/{id}",
    "koaPath": "/projects/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.update",
    "method": "PATCH",
    "path": "/projects/{id}",
    "koaPath": "/projects/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "task_recurrences.delete",
    "method": "DELETE",
    "path": "/task-recurrences/{recurrence_id}",
    "koaPath": "/task-recurrences/:recurrence_id",
    "status": 200,
    "pathParams": [
      "recurrence_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_recurrences.get",
    "method": "GET",
    "path": "/task-recurrences/{recurrence_id}",
    "koaPath": "/task-recurrences/:recurrence_id",
    "status": 200,
    "pathParams": [
      "recurrence_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_recurrences.update",
    "method": "PATCH",
    "path": "/task-recurrences/{recurrence_id}",
    "koaPath": "/task-recurrences/:recurrence_id",
    "status": 200,
    "pathParams": [
      "recurrence_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "task_statuses.delete",
    "method": "DELETE",
    "path": "/task-statuses/{id}",
    "koaPath": "/task-statuses/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id",
      "replace_with"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_statuses.update",
    "method": "PATCH",
    "path": "/task-statuses/{id}",
    "koaPath": "/task-statuses/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.delete",
    "method": "DELETE",
    "path": "/tasks/{id}",
    "koaPath": "/tasks/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.get",
    "method": "GET",
    "path": "/tasks/{id}",
    "koaPath": "/tasks/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.update",
    "method": "PATCH",
    "path": "/tasks/{id}",
    "koaPath": "/tasks/:id",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "time_entries.delete",
    "method": "DELETE",
    "path": "/time-entries/{entry_id}",
    "koaPath": "/time-entries/:entry_id",
    "status": 200,
    "pathParams": [
      "entry_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "time_entries.get",
    "method": "GET",
    "path": "/time-entries/{entry_id}",
    "koaPath": "/time-entries/:entry_id",
    "status": 200,
    "pathParams": [
      "entry_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "time_entries.update",
    "method": "PATCH",
    "path": "/time-entries/{entry_id}",
    "koaPath": "/time-entries/:entry_id",
    "status": 200,
    "pathParams": [
      "entry_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.checklist.toggle",
    "method": "POST",
    "path": "/checklist-items/{item_id}/toggle",
    "koaPath": "/checklist-items/:item_id/toggle",
    "status": 200,
    "pathParams": [
      "item_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invoices.generate",
    "method": "POST",
    "path": "/invoices/{id}/generate",
    "koaPath": "/invoices/:id/generate",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": false
  },
  {
    "operation": "invoices.mark_paid",
    "method": "POST",
    "path": "/invoices/{id}/mark-paid",
    "koaPath": "/invoices/:id/mark-paid",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": false
  },
  {
    "operation": "invoices.pdf",
    "method": "GET",
    "path": "/invoices/{id}/pdf",
    "koaPath": "/invoices/:id/pdf",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "invoices.send",
    "method": "POST",
    "path": "/invoices/{id}/send",
    "koaPath": "/invoices/:id/send",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": false
  },
  {
    "operation": "projects.members.list",
    "method": "GET",
    "path": "/projects/{project_id}/members",
    "koaPath": "/projects/:project_id/members",
    "status": 200,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.members.add",
    "method": "POST",
    "path": "/projects/{project_id}/members",
    "koaPath": "/projects/:project_id/members",
    "status": 201,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "milestones.list",
    "method": "GET",
    "path": "/projects/{project_id}/milestones",
    "koaPath": "/projects/:project_id/milestones",
    "status": 200,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "milestones.create",
    "method": "POST",
    "path": "/projects/{project_id}/milestones",
    "koaPath": "/projects/:project_id/milestones",
    "status": 201,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "task_groups.list",
    "method": "GET",
    "path": "/projects/{project_id}/task-groups",
    "koaPath": "/projects/:project_id/task-groups",
    "status": 200,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_groups.create",
    "method": "POST",
    "path": "/projects/{project_id}/task-groups",
    "koaPath": "/projects/:project_id/task-groups",
    "status": 201,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.update_status",
    "method": "PATCH",
    "path": "/tasks/{id}/status",
    "koaPath": "/tasks/:id/status",
    "status": 200,
    "pathParams": [
      "id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.checklist.list",
    "method": "GET",
    "path": "/tasks/{task_id}/checklist",
    "koaPath": "/tasks/:task_id/checklist",
    "status": 200,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.checklist.create",
    "method": "POST",
    "path": "/tasks/{task_id}/checklist",
    "koaPath": "/tasks/:task_id/checklist",
    "status": 201,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.comments.list",
    "method": "GET",
    "path": "/tasks/{task_id}/comments",
    "koaPath": "/tasks/:task_id/comments",
    "status": 200,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id",
      "page",
      "per_page"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.add_comment",
    "method": "POST",
    "path": "/tasks/{task_id}/comments",
    "koaPath": "/tasks/:task_id/comments",
    "status": 201,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.dependency.list",
    "method": "GET",
    "path": "/tasks/{task_id}/dependencies",
    "koaPath": "/tasks/:task_id/dependencies",
    "status": 200,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.dependency.add",
    "method": "POST",
    "path": "/tasks/{task_id}/dependencies",
    "koaPath": "/tasks/:task_id/dependencies",
    "status": 201,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.reorder",
    "method": "PUT",
    "path": "/tasks/{task_id}/position",
    "koaPath": "/tasks/:task_id/position",
    "status": 200,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "task_recurrences.create",
    "method": "POST",
    "path": "/tasks/{task_id}/recurrence",
    "koaPath": "/tasks/:task_id/recurrence",
    "status": 201,
    "pathParams": [
      "task_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "time_entries.stop",
    "method": "POST",
    "path": "/time-entries/{entry_id}/stop",
    "koaPath": "/time-entries/:entry_id/stop",
    "status": 200,
    "pathParams": [
      "entry_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_groups.reorder",
    "method": "PUT",
    "path": "/projects/{project_id}/task-groups/order",
    "koaPath": "/projects/:project_id/task-groups/order",
    "status": 200,
    "pathParams": [
      "project_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "projects.members.remove",
    "method": "DELETE",
    "path": "/projects/{project_id}/members/{user_id}",
    "koaPath": "/projects/:project_id/members/:user_id",
    "status": 200,
    "pathParams": [
      "project_id",
      "user_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "projects.members.update",
    "method": "PATCH",
    "path": "/projects/{project_id}/members/{user_id}",
    "koaPath": "/projects/:project_id/members/:user_id",
    "status": 200,
    "pathParams": [
      "project_id",
      "user_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "task_groups.delete",
    "method": "DELETE",
    "path": "/projects/{project_id}/task-groups/{group_id}",
    "koaPath": "/projects/:project_id/task-groups/:group_id",
    "status": 200,
    "pathParams": [
      "project_id",
      "group_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_groups.update",
    "method": "PATCH",
    "path": "/projects/{project_id}/task-groups/{group_id}",
    "koaPath": "/projects/:project_id/task-groups/:group_id",
    "status": 200,
    "pathParams": [
      "project_id",
      "group_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": true,
    "bodyRequired": true
  },
  {
    "operation": "tasks.delete_comment",
    "method": "DELETE",
    "path": "/tasks/{task_id}/comments/{comment_id}",
    "koaPath": "/tasks/:task_id/comments/:comment_id",
    "status": 200,
    "pathParams": [
      "task_id",
      "comment_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "tasks.dependency.remove",
    "method": "DELETE",
    "path": "/tasks/{task_id}/dependencies/{dependency_id}",
    "koaPath": "/tasks/:task_id/dependencies/:dependency_id",
    "status": 200,
    "pathParams": [
      "task_id",
      "dependency_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  },
  {
    "operation": "task_groups.toggle_collapsed",
    "method": "POST",
    "path": "/projects/{project_id}/task-groups/{group_id}/collapse",
    "koaPath": "/projects/:project_id/task-groups/:group_id/collapse",
    "status": 200,
    "pathParams": [
      "project_id",
      "group_id"
    ],
    "queryParams": [
      "org_id"
    ],
    "hasBody": false,
    "bodyRequired": false
  }
] as const satisfies readonly RestRoute[];
