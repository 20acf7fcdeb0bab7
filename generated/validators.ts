// Generated from specs/openapi by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { ValidateFunction } from 'ajv';
import * as input from './validators.cjs';
import * as query from './query-validators.cjs';
import type { OperationName } from './operations.js';

/** An operation's input schema (JSON Schema 2020-12, `x-` extensions removed). */
export interface InputSchema {
  readonly type: 'object';
  readonly additionalProperties: false;
  readonly properties: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly required?: readonly string[];
}

/** Strict validator of each operation's input (the WS payload, MCP arguments, GraphQL input, merged REST input). */
export const inputValidators: Record<OperationName, ValidateFunction> = {
  'audit.list': input.audit__list,
  'auth.forgot_password': input.auth__forgot_password,
  'auth.login': input.auth__login,
  'auth.logout': input.auth__logout,
  'auth.refresh': input.auth__refresh,
  'auth.register': input.auth__register,
  'auth.reset_password': input.auth__reset_password,
  'auth.ws_ticket': input.auth__ws_ticket,
  'chat.channels.archive': input.chat__channels__archive,
  'chat.channels.create': input.chat__channels__create,
  'chat.channels.list': input.chat__channels__list,
  'chat.channels.mark_read': input.chat__channels__mark_read,
  'chat.channels.members.add': input.chat__channels__members__add,
  'chat.channels.members.remove': input.chat__channels__members__remove,
  'chat.channels.update': input.chat__channels__update,
  'chat.dm.open': input.chat__dm__open,
  'chat.messages.delete': input.chat__messages__delete,
  'chat.messages.list': input.chat__messages__list,
  'chat.messages.send': input.chat__messages__send,
  'chat.reactions.add': input.chat__reactions__add,
  'chat.reactions.remove': input.chat__reactions__remove,
  'chat.typing': input.chat__typing,
  'clients.create': input.clients__create,
  'clients.delete': input.clients__delete,
  'clients.get': input.clients__get,
  'clients.list': input.clients__list,
  'clients.update': input.clients__update,
  'dashboard.summary': input.dashboard__summary,
  'invitations.accept': input.invitations__accept,
  'invoices.create': input.invoices__create,
  'invoices.delete': input.invoices__delete,
  'invoices.generate': input.invoices__generate,
  'invoices.get': input.invoices__get,
  'invoices.list': input.invoices__list,
  'invoices.mark_paid': input.invoices__mark_paid,
  'invoices.pdf': input.invoices__pdf,
  'invoices.send': input.invoices__send,
  'invoices.update': input.invoices__update,
  'labels.create': input.labels__create,
  'labels.delete': input.labels__delete,
  'labels.list': input.labels__list,
  'labels.update': input.labels__update,
  'members.invite': input.members__invite,
  'members.list': input.members__list,
  'members.remove': input.members__remove,
  'members.update': input.members__update,
  'milestones.create': input.milestones__create,
  'milestones.delete': input.milestones__delete,
  'milestones.list': input.milestones__list,
  'milestones.update': input.milestones__update,
  'notifications.list': input.notifications__list,
  'notifications.mark_read': input.notifications__mark_read,
  'notifications.preferences.get': input.notifications__preferences__get,
  'notifications.preferences.update': input.notifications__preferences__update,
  'organizations.create': input.organizations__create,
  'organizations.delete': input.organizations__delete,
  'organizations.get': input.organizations__get,
  'organizations.list': input.organizations__list,
  'organizations.update': input.organizations__update,
  'personal_access_tokens.create': input.personal_access_tokens__create,
  'personal_access_tokens.delete': input.personal_access_tokens__delete,
  'personal_access_tokens.list': input.personal_access_tokens__list,
  'presence.list': input.presence__list,
  'presence.set': input.presence__set,
  'projects.create': input.projects__create,
  'projects.delete': input.projects__delete,
  'projects.get': input.projects__get,
  'projects.list': input.projects__list,
  'projects.members.add': input.projects__members__add,
  'projects.members.list': input.projects__members__list,
  'projects.members.remove': input.projects__members__remove,
  'projects.members.update': input.projects__members__update,
  'projects.update': input.projects__update,
  'reports.profitability': input.reports__profitability,
  'reports.revenue': input.reports__revenue,
  'reports.timesheet': input.reports__timesheet,
  'reports.utilization': input.reports__utilization,
  'search': input.search,
  'sidebar.get_collapsed': input.sidebar__get_collapsed,
  'sidebar.toggle_collapsed': input.sidebar__toggle_collapsed,
  'task_groups.create': input.task_groups__create,
  'task_groups.delete': input.task_groups__delete,
  'task_groups.list': input.task_groups__list,
  'task_groups.reorder': input.task_groups__reorder,
  'task_groups.toggle_collapsed': input.task_groups__toggle_collapsed,
  'task_groups.update': input.task_groups__update,
  'task_recurrences.create': input.task_recurrences__create,
  'task_recurrences.delete': input.task_recurrences__delete,
  'task_recurrences.get': input.task_recurrences__get,
  'task_recurrences.update': input.task_recurrences__update,
  'task_statuses.create': input.task_statuses__create,
  'task_statuses.delete': input.task_statuses__delete,
  'task_statuses.list': input.task_statuses__list,
  'task_statuses.update': input.task_statuses__update,
  'tasks.add_comment': input.tasks__add_comment,
  'tasks.checklist.create': input.tasks__checklist__create,
  'tasks.checklist.delete': input.tasks__checklist__delete,
  'tasks.checklist.list': input.tasks__checklist__list,
  'tasks.checklist.toggle': input.tasks__checklist__toggle,
  'tasks.comments.list': input.tasks__comments__list,
  'tasks.create': input.tasks__create,
  'tasks.create_bulk': input.tasks__create_bulk,
  'tasks.delete': input.tasks__delete,
  'tasks.delete_comment': input.tasks__delete_comment,
  'tasks.dependencies.list_all': input.tasks__dependencies__list_all,
  'tasks.dependency.add': input.tasks__dependency__add,
  'tasks.dependency.list': input.tasks__dependency__list,
  'tasks.dependency.remove': input.tasks__dependency__remove,
  'tasks.get': input.tasks__get,
  'tasks.list': input.tasks__list,
  'tasks.reorder': input.tasks__reorder,
  'tasks.update': input.tasks__update,
  'tasks.update_status': input.tasks__update_status,
  'time_entries.create': input.time_entries__create,
  'time_entries.current': input.time_entries__current,
  'time_entries.delete': input.time_entries__delete,
  'time_entries.get': input.time_entries__get,
  'time_entries.list': input.time_entries__list,
  'time_entries.start': input.time_entries__start,
  'time_entries.stop': input.time_entries__stop,
  'time_entries.update': input.time_entries__update,
  'users.me': input.users__me,
};

/** Coercing validator of each operation's REST query string (mutates: strings become numbers/booleans). */
export const queryValidators: Record<OperationName, ValidateFunction> = {
  'audit.list': query.audit__list,
  'auth.forgot_password': query.auth__forgot_password,
  'auth.login': query.auth__login,
  'auth.logout': query.auth__logout,
  'auth.refresh': query.auth__refresh,
  'auth.register': query.auth__register,
  'auth.reset_password': query.auth__reset_password,
  'auth.ws_ticket': query.auth__ws_ticket,
  'chat.channels.archive': query.chat__channels__archive,
  'chat.channels.create': query.chat__channels__create,
  'chat.channels.list': query.chat__channels__list,
  'chat.channels.mark_read': query.chat__channels__mark_read,
  'chat.channels.members.add': query.chat__channels__members__add,
  'chat.channels.members.remove': query.chat__channels__members__remove,
  'chat.channels.update': query.chat__channels__update,
  'chat.dm.open': query.chat__dm__open,
  'chat.messages.delete': query.chat__messages__delete,
  'chat.messages.list': query.chat__messages__list,
  'chat.messages.send': query.chat__messages__send,
  'chat.reactions.add': query.chat__reactions__add,
  'chat.reactions.remove': query.chat__reactions__remove,
  'chat.typing': query.chat__typing,
  'clients.create': query.clients__create,
  'clients.delete': query.clients__delete,
  'clients.get': query.clients__get,
  'clients.list': query.clients__list,
  'clients.update': query.clients__update,
  'dashboard.summary': query.dashboard__summary,
  'invitations.accept': query.invitations__accept,
  'invoices.create': query.invoices__create,
  'invoices.delete': query.invoices__delete,
  'invoices.generate': query.invoices__generate,
  'invoices.get': query.invoices__get,
  'invoices.list': query.invoices__list,
  'invoices.mark_paid': query.invoices__mark_paid,
  'invoices.pdf': query.invoices__pdf,
  'invoices.send': query.invoices__send,
  'invoices.update': query.invoices__update,
  'labels.create': query.labels__create,
  'labels.delete': query.labels__delete,
  'labels.list': query.labels__list,
  'labels.update': query.labels__update,
  'members.invite': query.members__invite,
  'members.list': query.members__list,
  'members.remove': query.members__remove,
  'members.update': query.members__update,
  'milestones.create': query.milestones__create,
  'milestones.delete': query.milestones__delete,
  'milestones.list': query.milestones__list,
  'milestones.update': query.milestones__update,
  'notifications.list': query.notifications__list,
  'notifications.mark_read': query.notifications__mark_read,
  'notifications.preferences.get': query.notifications__preferences__get,
  'notifications.preferences.update': query.notifications__preferences__update,
  'organizations.create': query.organizations__create,
  'organizations.delete': query.organizations__delete,
  'organizations.get': query.organizations__get,
  'organizations.list': query.organizations__list,
  'organizations.update': query.organizations__update,
  'personal_access_tokens.create': query.personal_access_tokens__create,
  'personal_access_tokens.delete': query.personal_access_tokens__delete,
  'personal_access_tokens.list': query.personal_access_tokens__list,
  'presence.list': query.presence__list,
  'presence.set': query.presence__set,
  'projects.create': query.projects__create,
  'projects.delete': query.projects__delete,
  'projects.get': query.projects__get,
  'projects.list': query.projects__list,
  'projects.members.add': query.projects__members__add,
  'projects.members.list': query.projects__members__list,
  'projects.members.remove': query.projects__members__remove,
  'projects.members.update': query.projects__members__update,
  'projects.update': query.projects__update,
  'reports.profitability': query.reports__profitability,
  'reports.revenue': query.reports__revenue,
  'reports.timesheet': query.reports__timesheet,
  'reports.utilization': query.reports__utilization,
  'search': query.search,
  'sidebar.get_collapsed': query.sidebar__get_collapsed,
  'sidebar.toggle_collapsed': query.sidebar__toggle_collapsed,
  'task_groups.create': query.task_groups__create,
  'task_groups.delete': query.task_groups__delete,
  'task_groups.list': query.task_groups__list,
  'task_groups.reorder': query.task_groups__reorder,
  'task_groups.toggle_collapsed': query.task_groups__toggle_collapsed,
  'task_groups.update': query.task_groups__update,
  'task_recurrences.create': query.task_recurrences__create,
  'task_recurrences.delete': query.task_recurrences__delete,
  'task_recurrences.get': query.task_recurrences__get,
  'task_recurrences.update': query.task_recurrences__update,
  'task_statuses.create': query.task_statuses__create,
  'task_statuses.delete': query.task_statuses__delete,
  'task_statuses.list': query.task_statuses__list,
  'task_statuses.update': query.task_statuses__update,
  'tasks.add_comment': query.tasks__add_comment,
  'tasks.checklist.create': query.tasks__checklist__create,
  'tasks.checklist.delete': query.tasks__checklist__delete,
  'tasks.checklist.list': query.tasks__checklist__list,
  'tasks.checklist.toggle': query.tasks__checklist__toggle,
  'tasks.comments.list': query.tasks__comments__list,
  'tasks.create': query.tasks__create,
  'tasks.create_bulk': query.tasks__create_bulk,
  'tasks.delete': query.tasks__delete,
  'tasks.delete_comment': query.tasks__delete_comment,
  'tasks.dependencies.list_all': query.tasks__dependencies__list_all,
  'tasks.dependency.add': query.tasks__dependency__add,
  'tasks.dependency.list': query.tasks__dependency__list,
  'tasks.dependency.remove': query.tasks__dependency__remove,
  'tasks.get': query.tasks__get,
  'tasks.list': query.tasks__list,
  'tasks.reorder': query.tasks__reorder,
  'tasks.update': query.tasks__update,
  'tasks.update_status': query.tasks__update_status,
  'time_entries.create': query.time_entries__create,
  'time_entries.current': query.time_entries__current,
  'time_entries.delete': query.time_entries__delete,
  'time_entries.get': query.time_entries__get,
  'time_entries.list': query.time_entries__list,
  'time_entries.start': query.time_entries__start,
  'time_entries.stop': query.time_entries__stop,
  'time_entries.update': query.time_entries__update,
  'users.me': query.users__me,
};

/** The JSON Schema each input validator checks (path + query + body in one object), for tools and tests. */
export const inputSchemas: Record<OperationName, InputSchema> = {
  "audit.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "Only changes made by this user (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "action": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "description": "Only this operation (`tasks.update`)."
      },
      "entity_type": {
        "type": "string",
        "minLength": 1,
        "maxLength": 50,
        "description": "Only changes of this entity type (`task`, `project`, …)."
      },
      "entity_id": {
        "title": "Id",
        "description": "Only changes of this entity (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "AuditBound",
        "description": "Only entries at or after this instant (RFC 3339), or from the start of this day (`YYYY-MM-DD`, organization's time zone).",
        "type": "string",
        "anyOf": [
          {
            "format": "date-time"
          },
          {
            "format": "date"
          }
        ],
        "examples": [
          "2026-03-28",
          "2026-03-28T14:30:00Z"
        ]
      },
      "to": {
        "title": "AuditBound",
        "description": "Only entries at or before this instant (RFC 3339), or up to the end of this day (`YYYY-MM-DD`, organization's time zone).",
        "type": "string",
        "anyOf": [
          {
            "format": "date-time"
          },
          {
            "format": "date"
          }
        ],
        "examples": [
          "2026-03-28",
          "2026-03-28T14:30:00Z"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "auth.forgot_password": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "email": {
        "description": "Email address of the account whose password is to be reset.",
        "type": "string",
        "format": "email",
        "maxLength": 254
      }
    },
    "required": [
      "email"
    ]
  },
  "auth.login": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "email": {
        "description": "Account email address.",
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "password": {
        "description": "Account password.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "email",
      "password"
    ]
  },
  "auth.logout": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "refresh_token": {
        "description": "Refresh token of the session to end.",
        "type": "string",
        "minLength": 1,
        "maxLength": 512
      }
    },
    "required": [
      "refresh_token"
    ]
  },
  "auth.refresh": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "refresh_token": {
        "description": "Refresh token from the last register, login or refresh answer.",
        "type": "string",
        "minLength": 1,
        "maxLength": 512
      }
    },
    "required": [
      "refresh_token"
    ]
  },
  "auth.register": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "email": {
        "description": "Sign-in email address; must not belong to an existing account (case-insensitive).",
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "password": {
        "description": "Password, 8 to 200 characters.",
        "type": "string",
        "minLength": 8,
        "maxLength": 200
      },
      "name": {
        "description": "Full name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "email",
      "password",
      "name"
    ]
  },
  "auth.reset_password": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "token": {
        "description": "The token from the reset link (single use, valid 1 hour).",
        "type": "string",
        "minLength": 1,
        "maxLength": 512
      },
      "password": {
        "description": "New password, 8 to 200 characters.",
        "type": "string",
        "minLength": 8,
        "maxLength": 200
      }
    },
    "required": [
      "token",
      "password"
    ]
  },
  "auth.ws_ticket": {
    "type": "object",
    "additionalProperties": false,
    "properties": {}
  },
  "chat.channels.archive": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "chat.channels.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Channel name, 1 to 80 characters (not only spaces).",
        "type": "string",
        "minLength": 1,
        "maxLength": 80
      },
      "kind": {
        "description": "`public` (any member may join) or `private` (invited members only).",
        "type": "string",
        "enum": [
          "public",
          "private"
        ]
      },
      "member_ids": {
        "description": "Other members to add at once (`usr_…`, at most 100); each must be a member of the organization (and see the linked project).",
        "type": "array",
        "maxItems": 100,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      },
      "project_id": {
        "description": "Link the channel to a project you may see (`prj_…`); it then follows that project's visibility.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "topic": {
        "description": "What the channel is about, up to 500 characters, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 500
      }
    },
    "required": [
      "name",
      "kind"
    ]
  },
  "chat.channels.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "archived": {
        "type": "boolean",
        "description": "`true`: only archived channels; `false` (default): only channels that are not archived."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "chat.channels.mark_read": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "message_id": {
        "title": "Id",
        "description": "A message of that channel (`msg_…`). A mark never moves backwards.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "channel_id",
      "message_id"
    ]
  },
  "chat.channels.members.add": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "Member to add (`usr_…`); yourself to join a public channel.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "channel_id",
      "user_id"
    ]
  },
  "chat.channels.members.remove": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "The member to remove (`usr_…`); yourself to leave.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "channel_id",
      "user_id"
    ]
  },
  "chat.channels.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "New name, 1 to 80 characters (not only spaces). The general channel cannot be renamed.",
        "type": "string",
        "minLength": 1,
        "maxLength": 80
      },
      "topic": {
        "description": "New topic, up to 500 characters; `null` clears it.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 500
      }
    },
    "required": [
      "id"
    ]
  },
  "chat.dm.open": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "Another member of the organization (`usr_…`); not yourself.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "user_id"
    ]
  },
  "chat.messages.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "message_id": {
        "title": "Id",
        "description": "Message id (`msg_…`), a message of that channel.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "channel_id",
      "message_id"
    ]
  },
  "chat.messages.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "before": {
        "title": "Id",
        "description": "List the messages older than this message of the channel (`msg_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "limit": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 50,
        "description": "Messages per page, 1 to 100 (default 50)."
      }
    },
    "required": [
      "channel_id"
    ]
  },
  "chat.messages.send": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "content": {
        "description": "The text, 1 to 4,000 characters (Unicode code points, not bytes); whitespace only counts as empty (`VALIDATION_ERROR`). `@Full Name` or `@email` mentions a channel member (notification `mentioned`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 4000
      },
      "reply_to": {
        "description": "A message of the same channel this one answers (`msg_…`), or `null`.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      }
    },
    "required": [
      "channel_id",
      "content"
    ]
  },
  "chat.reactions.add": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "message_id": {
        "title": "Id",
        "description": "Message id (`msg_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "emoji": {
        "title": "Emoji",
        "description": "Exactly one emoji (one grapheme cluster that is an emoji: pictographic, a flag or a keycap, with its modifiers) or a shortcode `:name:` of at most 32 characters (`^:[a-z0-9_+-]{1,30}:$`). Anything else (`abc`, two emoji, a longer shortcode) is `VALIDATION_ERROR`.",
        "type": "string",
        "minLength": 1,
        "maxLength": 32
      }
    },
    "required": [
      "message_id",
      "emoji"
    ]
  },
  "chat.reactions.remove": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "message_id": {
        "title": "Id",
        "description": "Message id (`msg_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "emoji": {
        "title": "Emoji",
        "description": "The reaction to take back.",
        "type": "string",
        "minLength": 1,
        "maxLength": 32
      }
    },
    "required": [
      "message_id",
      "emoji"
    ]
  },
  "chat.typing": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "channel_id": {
        "title": "Id",
        "description": "Channel id (`ch_…`), a channel you are a member of.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "channel_id"
    ]
  },
  "clients.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Client name, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "email": {
        "description": "Address invoices are sent to (a valid email address), or `null`.",
        "type": [
          "string",
          "null"
        ],
        "format": "email",
        "maxLength": 320
      },
      "address": {
        "description": "Postal address as printed on invoices, up to 1000 characters, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1000
      },
      "tax_rate_bp": {
        "description": "Saved tax rate in basis points, an integer 0 to 10000 (`1900` = 19 %, `770` = 7.7 %), or `null`.",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 10000
      },
      "currency": {
        "description": "ISO 4217 currency code (`EUR`, `USD`, …; an unknown code is `VALIDATION_ERROR`), or `null` = the organization's currency.",
        "type": [
          "string",
          "null"
        ],
        "pattern": "^[A-Z]{3}$"
      },
      "notes": {
        "description": "Internal notes, up to 5000 characters, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 5000
      }
    },
    "required": [
      "name"
    ]
  },
  "clients.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Client id (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "clients.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Client id (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "clients.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "search": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "Case-insensitive substring of the client's name or email."
      },
      "archived": {
        "type": "boolean",
        "description": "`true`: only archived clients; `false` (default): only clients that are not archived."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "clients.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Client id (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Client name, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "email": {
        "description": "Address invoices are sent to (a valid email address), or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "format": "email",
        "maxLength": 320
      },
      "address": {
        "description": "Postal address, up to 1000 characters, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 1000
      },
      "tax_rate_bp": {
        "description": "Saved tax rate in basis points, an integer 0 to 10000, or `null` to clear.",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 10000
      },
      "currency": {
        "description": "ISO 4217 currency code, or `null` = the organization's currency.",
        "type": [
          "string",
          "null"
        ],
        "pattern": "^[A-Z]{3}$"
      },
      "notes": {
        "description": "Internal notes, up to 5000 characters, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 5000
      },
      "archived": {
        "description": "`true` archives the client (hidden from `clients.list`, kept for its invoices); `false` restores it.",
        "type": "boolean"
      }
    },
    "required": [
      "id"
    ]
  },
  "dashboard.summary": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    }
  },
  "invitations.accept": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "token": {
        "description": "Invitation token from the mailed link.",
        "type": "string",
        "minLength": 1,
        "maxLength": 512
      }
    },
    "required": [
      "token"
    ]
  },
  "invoices.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "client_id": {
        "title": "Id",
        "description": "The client to bill (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "due_date": {
        "title": "Date",
        "description": "Due date (`YYYY-MM-DD`), not before the issue date.",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      },
      "issue_date": {
        "title": "Date",
        "description": "Issue date (`YYYY-MM-DD`); default today in the organization's time zone.",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      },
      "currency": {
        "description": "ISO 4217 code; default the client's currency, else the organization's.",
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      },
      "tax_rate_bp": {
        "description": "Tax rate in basis points (0 to 10000); default the client's saved rate, else 0.",
        "type": "integer",
        "minimum": 0,
        "maximum": 10000
      },
      "notes": {
        "description": "Free text printed on the invoice.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "lines": {
        "title": "InvoiceLines",
        "description": "Custom lines (at most 500 per invoice).",
        "type": "array",
        "maxItems": 500,
        "items": {
          "title": "InvoiceLineInput",
          "description": "A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "description",
            "unit_price_cents"
          ],
          "properties": {
            "description": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            },
            "quantity": {
              "description": "Decimal quantity ≥ 0 with at most 4 decimals, as a string (`\"2.5\"`, `\"0.3333\"`), up to 99999999.9999.",
              "type": "string",
              "pattern": "^[0-9]{1,8}(\\.[0-9]{1,4})?$"
            },
            "quantity_secs": {
              "description": "Whole seconds (a time line), up to 100 years.",
              "type": "integer",
              "minimum": 0,
              "maximum": 3155760000
            },
            "unit_price_cents": {
              "description": "Price per unit (per hour with `quantity_secs`) in minor units, 0 to 100,000,000.",
              "type": "integer",
              "minimum": 0,
              "maximum": 100000000
            },
            "project_id": {
              "description": "The project the line belongs to (`prj_…`).",
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      }
    },
    "required": [
      "client_id",
      "due_date"
    ]
  },
  "invoices.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.generate": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "Date",
        "description": "First day (`YYYY-MM-DD`, organization time zone); default everything not yet invoiced.",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      },
      "to": {
        "title": "Date",
        "description": "Last day, inclusive (`YYYY-MM-DD`); default today in the organization's time zone.",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "client_id": {
        "title": "Id",
        "description": "Only this client's invoices (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "status": {
        "title": "InvoiceStatus",
        "description": "Only invoices in this status.",
        "type": "string",
        "enum": [
          "draft",
          "sent",
          "overdue",
          "paid"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "invoices.mark_paid": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "payment_method": {
        "title": "PaymentMethod",
        "description": "How an invoice was paid.",
        "type": "string",
        "enum": [
          "bank_transfer",
          "card",
          "cash",
          "paypal",
          "other"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.pdf": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.send": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "message": {
        "description": "A message to the client, put in the mail's body above the invoice summary.",
        "type": "string",
        "maxLength": 10000
      }
    },
    "required": [
      "id"
    ]
  },
  "invoices.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Invoice id (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "due_date": {
        "title": "Date",
        "description": "Due date (`YYYY-MM-DD`).",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      },
      "issue_date": {
        "title": "Date",
        "description": "Issue date (`YYYY-MM-DD`).",
        "type": "string",
        "format": "date",
        "examples": [
          "2026-04-15"
        ]
      },
      "currency": {
        "description": "ISO 4217 code (a draft with time lines keeps the organization's currency).",
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      },
      "tax_rate_bp": {
        "description": "Tax rate in basis points (0 to 10000).",
        "type": "integer",
        "minimum": 0,
        "maximum": 10000
      },
      "notes": {
        "description": "Free text printed on the invoice.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "lines": {
        "title": "InvoiceLines",
        "description": "Custom lines (at most 500 per invoice).",
        "type": "array",
        "maxItems": 500,
        "items": {
          "title": "InvoiceLineInput",
          "description": "A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "description",
            "unit_price_cents"
          ],
          "properties": {
            "description": {
              "type": "string",
              "minLength": 1,
              "maxLength": 1000
            },
            "quantity": {
              "description": "Decimal quantity ≥ 0 with at most 4 decimals, as a string (`\"2.5\"`, `\"0.3333\"`), up to 99999999.9999.",
              "type": "string",
              "pattern": "^[0-9]{1,8}(\\.[0-9]{1,4})?$"
            },
            "quantity_secs": {
              "description": "Whole seconds (a time line), up to 100 years.",
              "type": "integer",
              "minimum": 0,
              "maximum": 3155760000
            },
            "unit_price_cents": {
              "description": "Price per unit (per hour with `quantity_secs`) in minor units, 0 to 100,000,000.",
              "type": "integer",
              "minimum": 0,
              "maximum": 100000000
            },
            "project_id": {
              "description": "The project the line belongs to (`prj_…`).",
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      }
    },
    "required": [
      "id"
    ]
  },
  "labels.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Label name, 1 to 50 characters, unique in the organization regardless of case (`Bug` and `bug` are the same label: `CONFLICT`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "color": {
        "description": "Display color `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
      }
    },
    "required": [
      "name",
      "color"
    ]
  },
  "labels.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Label id (`lbl_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "labels.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "labels.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Label id (`lbl_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "New name, 1 to 50 characters, unique in the organization regardless of case (`CONFLICT` otherwise).",
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "color": {
        "description": "Display color `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
      }
    },
    "required": [
      "id"
    ]
  },
  "members.invite": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "email": {
        "description": "Email address to send the invitation to.",
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "role": {
        "description": "Role given on joining (default `member`). The owner role cannot be given by invitation.",
        "type": "string",
        "enum": [
          "admin",
          "manager",
          "member",
          "viewer"
        ],
        "default": "member"
      }
    },
    "required": [
      "email"
    ]
  },
  "members.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "role": {
        "title": "Role",
        "description": "Only members with this role.",
        "type": "string",
        "enum": [
          "owner",
          "admin",
          "manager",
          "member",
          "viewer"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "members.remove": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "user_id": {
        "title": "Id",
        "description": "The member's user id (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "user_id"
    ]
  },
  "members.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "user_id": {
        "title": "Id",
        "description": "The member's user id (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "role": {
        "title": "Role",
        "description": "New role. Only an owner can grant the owner role or change an owner's role.",
        "type": "string",
        "enum": [
          "owner",
          "admin",
          "manager",
          "member",
          "viewer"
        ]
      },
      "permissions": {
        "description": "Per-member overrides merged into the existing ones: `true` grants a permission the role lacks, `false` withdraws one the role has, `null` removes the override (back to the role's default).",
        "type": "object",
        "propertyNames": {
          "title": "Permission",
          "description": "A permission checked by the operations: `manage_org` (organization settings), `manage_members` (invite, change, remove members), `manage_projects`, `manage_tasks`, `track_time` (own time entries and timer), `manage_time` (other users' time entries), `view_rates`, `manage_clients`, `manage_invoices`, `view_reports`, `view_audit`.",
          "type": "string",
          "enum": [
            "manage_org",
            "manage_members",
            "manage_projects",
            "manage_tasks",
            "track_time",
            "manage_time",
            "view_rates",
            "manage_clients",
            "manage_invoices",
            "view_reports",
            "view_audit"
          ]
        },
        "additionalProperties": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "hourly_rate_cents": {
        "description": "The member's default client rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      },
      "cost_rate_cents": {
        "description": "The member's default cost rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      }
    },
    "required": [
      "user_id"
    ]
  },
  "milestones.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "title": {
        "description": "Short title, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "target_date": {
        "description": "Target date `YYYY-MM-DD`.",
        "type": "string",
        "format": "date"
      },
      "color": {
        "description": "Display color `#rrggbb` (default `#6366f1`).",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$",
        "default": "#6366f1"
      },
      "description": {
        "description": "Free text up to 10,000 characters, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      }
    },
    "required": [
      "project_id",
      "title",
      "target_date"
    ]
  },
  "milestones.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "milestone_id": {
        "title": "Id",
        "description": "Milestone id (`mst_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "milestone_id"
    ]
  },
  "milestones.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "project_id"
    ]
  },
  "milestones.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "milestone_id": {
        "title": "Id",
        "description": "Milestone id (`mst_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "title": {
        "description": "Short title, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "target_date": {
        "description": "Target date `YYYY-MM-DD`.",
        "type": "string",
        "format": "date"
      },
      "color": {
        "description": "Display color `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
      },
      "description": {
        "description": "Free text up to 10,000 characters, or `null` to clear it.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      }
    },
    "required": [
      "milestone_id"
    ]
  },
  "notifications.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "unread": {
        "type": "boolean",
        "description": "Only unread (`true`) or only read (`false`) notifications; default both."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "notifications.mark_read": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "ids": {
        "description": "Notification ids (`ntf_…`), at most 100.",
        "type": "array",
        "maxItems": 100,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      }
    }
  },
  "notifications.preferences.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {}
  },
  "notifications.preferences.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "email": {
        "title": "EmailPreferencesUpdate",
        "description": "The mail preferences to change, by notification type; omitted types keep their value. A type that does not send mail, or an unknown one, is rejected (`VALIDATION_ERROR` naming it).",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "task_assigned": {
            "description": "Mail when someone else assigns you to a task.",
            "type": "boolean"
          },
          "task_status_changed": {
            "description": "Mail when someone else changes the status of a task you created or are assigned to.",
            "type": "boolean"
          }
        },
        "examples": [
          {
            "task_status_changed": false
          }
        ]
      }
    },
    "required": [
      "email"
    ]
  },
  "organizations.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "name": {
        "description": "Display name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "slug": {
        "description": "Unique URL-friendly name (2 to 63 lowercase letters, digits or dashes, not starting with a dash). Derived from `name` when omitted.",
        "type": "string",
        "pattern": "^[a-z0-9][a-z0-9-]{1,62}$"
      },
      "timezone": {
        "description": "IANA time zone name (e.g. `Europe/Berlin`); default `UTC`. Unknown names are rejected.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64
      },
      "currency": {
        "description": "ISO 4217 currency code (e.g. `EUR`); default `USD`.",
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      }
    },
    "required": [
      "name"
    ]
  },
  "organizations.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Organization id (`org_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "organizations.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Organization id (`org_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "organizations.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {}
  },
  "organizations.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Organization id (`org_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Display name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "slug": {
        "description": "Unique URL-friendly name.",
        "type": "string",
        "pattern": "^[a-z0-9][a-z0-9-]{1,62}$"
      },
      "timezone": {
        "description": "IANA time zone name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64
      },
      "currency": {
        "description": "ISO 4217 currency code. Changing it does not convert existing amounts.",
        "type": "string",
        "pattern": "^[A-Z]{3}$"
      }
    },
    "required": [
      "id"
    ]
  },
  "personal_access_tokens.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "name": {
        "description": "Label to recognize the token by (e.g. `Claude Desktop`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "org_id": {
        "title": "Id",
        "description": "Organization the token is bound to (`org_…`); you must be a member. Default: the caller's current organization (`X-Org-Id` header, else the default organization).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "expires_at": {
        "description": "When the token stops working (RFC 3339, in the future), or `null`/omitted = never.",
        "type": [
          "string",
          "null"
        ],
        "format": "date-time"
      }
    },
    "required": [
      "name"
    ]
  },
  "personal_access_tokens.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Token id (`pat_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "personal_access_tokens.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {}
  },
  "presence.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "presence.set": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "status": {
        "description": "`online` or `away`.",
        "type": "string",
        "enum": [
          "online",
          "away"
        ]
      }
    },
    "required": [
      "status"
    ]
  },
  "projects.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Project name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "description": {
        "description": "Free text, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "color": {
        "description": "Display color `#rrggbb`, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "pattern": "^#[0-9a-fA-F]{6}$"
      },
      "billable": {
        "description": "Whether time on the project is billable by default (default `true`).",
        "type": "boolean",
        "default": true
      },
      "hourly_rate_cents": {
        "description": "Default hourly rate in minor units of the organization's currency (e.g. `15000` = 150.00), or `null`.",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      },
      "client_id": {
        "description": "Client of the organization (`cli_…`), or `null`.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "status": {
        "title": "ProjectStatus",
        "description": "Initial status (default `active`).",
        "type": "string",
        "enum": [
          "active",
          "archived"
        ],
        "default": "active"
      },
      "visibility": {
        "title": "ProjectVisibility",
        "description": "`organization` (default) or `members`. A members-only project makes its creator a `lead` project member, so they keep seeing it without `manage_projects`.",
        "type": "string",
        "enum": [
          "organization",
          "members"
        ],
        "default": "organization"
      }
    },
    "required": [
      "name"
    ]
  },
  "projects.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "projects.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "projects.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "status": {
        "title": "ProjectStatus",
        "description": "Only projects with this status.",
        "type": "string",
        "enum": [
          "active",
          "archived"
        ]
      },
      "search": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "Case-insensitive substring of the project name."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "projects.members.add": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "A member of the organization (`usr_…`); anyone else answers `NOT_FOUND`.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "role": {
        "title": "ProjectRole",
        "description": "`lead` or `member` (default `member`).",
        "type": "string",
        "enum": [
          "lead",
          "member"
        ],
        "default": "member"
      },
      "hourly_rate_cents": {
        "description": "The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      },
      "cost_rate_cents": {
        "description": "The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      }
    },
    "required": [
      "project_id",
      "user_id"
    ]
  },
  "projects.members.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "project_id"
    ]
  },
  "projects.members.remove": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "The project member's user id (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "project_id",
      "user_id"
    ]
  },
  "projects.members.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "The project member's user id (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "role": {
        "title": "ProjectRole",
        "description": "A project member's role: `lead` or `member`. Roles are informational (who leads the project); they grant no permission. Permissions come from the organization role. A project may have no lead at all.",
        "type": "string",
        "enum": [
          "lead",
          "member"
        ]
      },
      "hourly_rate_cents": {
        "description": "The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      },
      "cost_rate_cents": {
        "description": "The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      }
    },
    "required": [
      "project_id",
      "user_id"
    ]
  },
  "projects.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Project name.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      },
      "description": {
        "description": "Free text, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "color": {
        "description": "Display color `#rrggbb`, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "pattern": "^#[0-9a-fA-F]{6}$"
      },
      "billable": {
        "description": "Whether new time on the project is billable by default. Existing entries keep their flag.",
        "type": "boolean"
      },
      "hourly_rate_cents": {
        "description": "Default hourly rate in minor units, or `null` to clear. Entries not yet invoiced that inherit it follow it.",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      },
      "client_id": {
        "description": "Client (`cli_…`), or `null` to detach.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "status": {
        "title": "ProjectStatus",
        "description": "`archived` to archive the project, `active` to restore it.",
        "type": "string",
        "enum": [
          "active",
          "archived"
        ]
      },
      "visibility": {
        "title": "ProjectVisibility",
        "description": "`members` hides the project from everyone but its project members and holders of `manage_projects` (add members with `projects.members.add` first); `organization` shows it to the whole organization again.",
        "type": "string",
        "enum": [
          "organization",
          "members"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "reports.profitability": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "ReportFrom",
        "description": "First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.",
        "type": "string",
        "format": "date"
      },
      "to": {
        "title": "ReportTo",
        "description": "Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.",
        "type": "string",
        "format": "date"
      },
      "group_by": {
        "title": "ReportProfitabilityGroupBy",
        "description": "Group by `project` (default), `client` or `user`.",
        "type": "string",
        "enum": [
          "project",
          "client",
          "user"
        ]
      }
    },
    "required": [
      "from",
      "to"
    ]
  },
  "reports.revenue": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "ReportFrom",
        "description": "First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.",
        "type": "string",
        "format": "date"
      },
      "to": {
        "title": "ReportTo",
        "description": "Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.",
        "type": "string",
        "format": "date"
      },
      "client_id": {
        "title": "Id",
        "description": "Only this client (`cli_…`): its invoices and its projects' time.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "group_by": {
        "title": "ReportRevenueGroupBy",
        "description": "Group by `client` (default), `project` or `month`.",
        "type": "string",
        "enum": [
          "client",
          "project",
          "month"
        ]
      }
    },
    "required": [
      "from",
      "to"
    ]
  },
  "reports.timesheet": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "ReportFrom",
        "description": "First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.",
        "type": "string",
        "format": "date"
      },
      "to": {
        "title": "ReportTo",
        "description": "Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.",
        "type": "string",
        "format": "date"
      },
      "user_id": {
        "title": "Id",
        "description": "Only entries of this member (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "project_id": {
        "title": "Id",
        "description": "Only entries of this project (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "client_id": {
        "title": "Id",
        "description": "Only entries of this client's projects (`cli_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "description": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "Only entries whose description contains this text, regardless of case."
      },
      "invoice_id": {
        "title": "Id",
        "description": "Only entries billed on this invoice (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "group_by": {
        "title": "ReportTimesheetGroupBy",
        "description": "Group the entries by `user`, `project`, `client`, `task`, `day`, `week` or `month`.",
        "type": "string",
        "enum": [
          "user",
          "project",
          "client",
          "task",
          "day",
          "week",
          "month"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "from",
      "to"
    ]
  },
  "reports.utilization": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "ReportFrom",
        "description": "First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.",
        "type": "string",
        "format": "date"
      },
      "to": {
        "title": "ReportTo",
        "description": "Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.",
        "type": "string",
        "format": "date"
      },
      "user_id": {
        "title": "Id",
        "description": "Only this member (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "invoice_id": {
        "title": "Id",
        "description": "Count only the entries billed on this invoice (`inv_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "target_hours": {
        "type": "number",
        "minimum": 0,
        "maximum": 100000,
        "description": "Target hours per member for the whole range (default 8 per Monday-to-Friday day)."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "from",
      "to"
    ]
  },
  "search": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "q": {
        "title": "SearchQuery",
        "description": "What to look for (1 to 200 characters, web search syntax).",
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "examples": [
          "design review"
        ]
      },
      "type": {
        "title": "SearchTypes",
        "description": "Kinds to search, one or comma-separated (`task`, `project`, `client`, `task_comment`, `chat_message`, `invoice`); default all.",
        "type": "string",
        "maxLength": 200,
        "pattern": "^(task|project|client|task_comment|chat_message|invoice)(,(task|project|client|task_comment|chat_message|invoice))*$",
        "examples": [
          "task,task_comment"
        ]
      },
      "limit": {
        "title": "SearchLimit",
        "description": "How many hits at most, 1 to 50 (default 20).",
        "type": "integer",
        "minimum": 1,
        "maximum": 50,
        "default": 20
      }
    },
    "required": [
      "q"
    ]
  },
  "sidebar.get_collapsed": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    }
  },
  "sidebar.toggle_collapsed": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "project_id"
    ]
  },
  "task_groups.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Group name, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "project_id",
      "name"
    ]
  },
  "task_groups.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "group_id": {
        "title": "Id",
        "description": "Task group id (`grp_…`) of that project.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "project_id",
      "group_id"
    ]
  },
  "task_groups.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "project_id"
    ]
  },
  "task_groups.reorder": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "order": {
        "description": "Every group id of the project (`grp_…`), each once, in the new order: the group at index `i` gets `position` `i`. A missing, foreign or repeated id answers `VALIDATION_ERROR` on `order`.",
        "type": "array",
        "maxItems": 100,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      }
    },
    "required": [
      "project_id",
      "order"
    ]
  },
  "task_groups.toggle_collapsed": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "group_id": {
        "title": "Id",
        "description": "Task group id (`grp_…`) of that project.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "project_id",
      "group_id"
    ]
  },
  "task_groups.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "project_id": {
        "title": "Id",
        "description": "Project id (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "group_id": {
        "title": "Id",
        "description": "Task group id (`grp_…`) of that project.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "name": {
        "description": "Group name, 1 to 200 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "project_id",
      "group_id",
      "name"
    ]
  },
  "task_recurrences.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "recurrence_pattern": {
        "title": "RecurrencePattern",
        "description": "When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "task_id",
      "recurrence_pattern"
    ]
  },
  "task_recurrences.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "recurrence_id": {
        "title": "Id",
        "description": "Recurrence id (`rec_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "recurrence_id"
    ]
  },
  "task_recurrences.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "recurrence_id": {
        "title": "Id",
        "description": "Recurrence id (`rec_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "recurrence_id"
    ]
  },
  "task_recurrences.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "recurrence_id": {
        "title": "Id",
        "description": "Recurrence id (`rec_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "recurrence_pattern": {
        "title": "RecurrencePattern",
        "description": "When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.",
        "type": "string",
        "minLength": 1,
        "maxLength": 200
      }
    },
    "required": [
      "recurrence_id",
      "recurrence_pattern"
    ]
  },
  "task_statuses.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "code": {
        "title": "TaskStatusCode",
        "description": "What tasks will store in `status`: a lowercase letter, then up to 31 lowercase letters, digits or `_`. Unique in the organization (`CONFLICT` otherwise).",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      },
      "label": {
        "description": "Name shown to people, 1 to 50 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "color": {
        "description": "Display color `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
      },
      "category": {
        "title": "TaskStatusCategory",
        "description": "What a status means for progress: `todo` (not started), `in_progress`, `done` (counts as finished, e.g. in a milestone's `done_count`) or `cancelled`.",
        "type": "string",
        "enum": [
          "todo",
          "in_progress",
          "done",
          "cancelled"
        ]
      },
      "position": {
        "description": "0-based place among the organization's statuses; the statuses from there on move down by one. Default: last (a larger value also places it last).",
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "code",
      "label",
      "color",
      "category"
    ]
  },
  "task_statuses.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task status id (`sts_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "replace_with": {
        "title": "TaskStatusCode",
        "description": "Code of another status of the organization to move the status's tasks to.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "task_statuses.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "task_statuses.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task status id (`sts_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "code": {
        "title": "TaskStatusCode",
        "description": "A new code, unique in the organization (`CONFLICT` otherwise). Every task with the old code is moved to the new one in the same change.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      },
      "label": {
        "description": "Name shown to people, 1 to 50 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 50
      },
      "color": {
        "description": "Display color `#rrggbb`.",
        "type": "string",
        "pattern": "^#[0-9a-fA-F]{6}$"
      },
      "category": {
        "title": "TaskStatusCategory",
        "description": "New category; the organization's last status of category `done` keeps it (`CONFLICT`).",
        "type": "string",
        "enum": [
          "todo",
          "in_progress",
          "done",
          "cancelled"
        ]
      },
      "position": {
        "description": "New 0-based place among the organization's statuses (a larger value places it last); the others close up.",
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "id"
    ]
  },
  "tasks.add_comment": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "body": {
        "description": "The comment's text, 1 to 10,000 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 10000
      }
    },
    "required": [
      "task_id",
      "body"
    ]
  },
  "tasks.checklist.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "title": {
        "description": "What is to be done, 1 to 500 characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 500
      }
    },
    "required": [
      "task_id",
      "title"
    ]
  },
  "tasks.checklist.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "item_id": {
        "title": "Id",
        "description": "Checklist item id (`chk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "item_id"
    ]
  },
  "tasks.checklist.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "task_id"
    ]
  },
  "tasks.checklist.toggle": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "item_id": {
        "title": "Id",
        "description": "Checklist item id (`chk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "item_id"
    ]
  },
  "tasks.comments.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    },
    "required": [
      "task_id"
    ]
  },
  "tasks.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "title": {
        "description": "Short title.",
        "type": "string",
        "minLength": 1,
        "maxLength": 500
      },
      "project_id": {
        "title": "Id",
        "description": "Project of the organization to create the task in (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "description": {
        "description": "Free text, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "status": {
        "title": "TaskStatusCode",
        "description": "Initial status (default `open`).",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ],
        "default": "open"
      },
      "priority": {
        "title": "TaskPriority",
        "description": "Priority (default `medium`).",
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high",
          "urgent"
        ],
        "default": "medium"
      },
      "start_date": {
        "description": "Planned start `YYYY-MM-DD`, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "due_date": {
        "description": "Due date `YYYY-MM-DD`, or `null`.",
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "estimated_hours": {
        "description": "Estimated effort in hours, 0 to 100000, or `null`.",
        "type": [
          "number",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000
      },
      "assignee_ids": {
        "description": "Members of the organization to assign (`usr_…`), at most 20, no duplicates.",
        "type": "array",
        "maxItems": 20,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      },
      "label_ids": {
        "description": "Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates.",
        "type": "array",
        "maxItems": 20,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      },
      "group_id": {
        "description": "A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default).",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "milestone_id": {
        "description": "A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      }
    },
    "required": [
      "title",
      "project_id"
    ]
  },
  "tasks.create_bulk": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "tasks": {
        "description": "The tasks to create, in order; each item as `tasks.create` (`TaskCreate`).",
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "title": "TaskCreate",
          "description": "A new task. `start_date` must be on or before `due_date` when both are set. Unknown fields are rejected (`VALIDATION_ERROR`).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "title",
            "project_id"
          ],
          "properties": {
            "title": {
              "description": "Short title.",
              "type": "string",
              "minLength": 1,
              "maxLength": 500
            },
            "project_id": {
              "title": "Id",
              "description": "Project of the organization to create the task in (`prj_…`).",
              "type": "string",
              "minLength": 1,
              "maxLength": 64,
              "examples": [
                "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
              ]
            },
            "description": {
              "description": "Free text, or `null`.",
              "type": [
                "string",
                "null"
              ],
              "maxLength": 10000
            },
            "status": {
              "title": "TaskStatusCode",
              "description": "Initial status (default `open`).",
              "type": "string",
              "pattern": "^[a-z][a-z0-9_]{0,31}$",
              "examples": [
                "open",
                "in_progress",
                "review",
                "done",
                "cancelled"
              ],
              "default": "open"
            },
            "priority": {
              "title": "TaskPriority",
              "description": "Priority (default `medium`).",
              "type": "string",
              "enum": [
                "low",
                "medium",
                "high",
                "urgent"
              ],
              "default": "medium"
            },
            "start_date": {
              "description": "Planned start `YYYY-MM-DD`, or `null`.",
              "type": [
                "string",
                "null"
              ],
              "format": "date"
            },
            "due_date": {
              "description": "Due date `YYYY-MM-DD`, or `null`.",
              "type": [
                "string",
                "null"
              ],
              "format": "date"
            },
            "estimated_hours": {
              "description": "Estimated effort in hours, 0 to 100000, or `null`.",
              "type": [
                "number",
                "null"
              ],
              "minimum": 0,
              "maximum": 100000
            },
            "assignee_ids": {
              "description": "Members of the organization to assign (`usr_…`), at most 20, no duplicates.",
              "type": "array",
              "maxItems": 20,
              "uniqueItems": true,
              "items": {
                "title": "Id",
                "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "examples": [
                  "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
                ]
              }
            },
            "label_ids": {
              "description": "Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates.",
              "type": "array",
              "maxItems": 20,
              "uniqueItems": true,
              "items": {
                "title": "Id",
                "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
                "type": "string",
                "minLength": 1,
                "maxLength": 64,
                "examples": [
                  "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
                ]
              }
            },
            "group_id": {
              "description": "A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default).",
              "type": [
                "string",
                "null"
              ],
              "minLength": 1,
              "maxLength": 64
            },
            "milestone_id": {
              "description": "A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`.",
              "type": [
                "string",
                "null"
              ],
              "minLength": 1,
              "maxLength": 64
            }
          },
          "examples": [
            {
              "title": "Implement login page",
              "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
              "priority": "high",
              "start_date": "2026-04-01",
              "due_date": "2026-04-15",
              "estimated_hours": 6,
              "assignee_ids": [
                "usr_01jq3v6z0c8n4m2k7h5g3f1d9b"
              ]
            }
          ]
        }
      }
    },
    "required": [
      "tasks"
    ]
  },
  "tasks.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "tasks.delete_comment": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "comment_id": {
        "title": "Id",
        "description": "Comment id (`cmt_…`), a comment on that task.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "task_id",
      "comment_id"
    ]
  },
  "tasks.dependencies.list_all": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    }
  },
  "tasks.dependency.add": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "depends_on_id": {
        "title": "Id",
        "description": "The other task (`tsk_…`), of the same organization, any project; not the task itself. Despite its name (the seed's), with `dependency_type: blocks` it is the task that waits.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "dependency_type": {
        "title": "DependencyType",
        "description": "How the new dependency reads from `task_id`: `blocked_by` (the task waits for `depends_on_id`) or `blocks` (`depends_on_id` waits for the task).",
        "type": "string",
        "enum": [
          "blocked_by",
          "blocks"
        ]
      }
    },
    "required": [
      "task_id",
      "depends_on_id",
      "dependency_type"
    ]
  },
  "tasks.dependency.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "task_id"
    ]
  },
  "tasks.dependency.remove": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`), either end of the dependency.",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "dependency_id": {
        "title": "Id",
        "description": "Dependency id (`dep_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "task_id",
      "dependency_id"
    ]
  },
  "tasks.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "id"
    ]
  },
  "tasks.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "project_id": {
        "title": "Id",
        "description": "Only tasks of this project (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "status": {
        "title": "TaskStatusCode",
        "description": "Only tasks with this status.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      },
      "assignee_id": {
        "title": "Id",
        "description": "Only tasks assigned to this user (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "label_id": {
        "title": "Id",
        "description": "Only tasks carrying this label (`lbl_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "milestone_id": {
        "title": "Id",
        "description": "Only tasks of this milestone (`mst_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "sort": {
        "type": "string",
        "enum": [
          "created_at",
          "due_date",
          "priority",
          "title",
          "position"
        ],
        "default": "created_at",
        "description": "Sort field."
      },
      "order": {
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ],
        "description": "Sort direction; default `asc`, or `desc` when sorting by `priority`."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "tasks.reorder": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "task_id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "position": {
        "description": "0-based index among the tasks of the destination group after the move; past the end means last.",
        "type": "integer",
        "minimum": 0,
        "maximum": 1000000
      },
      "group_id": {
        "description": "Destination group of the task's project (`grp_…`), or `null` for the project's ungrouped tasks; omitted, the task stays in its group.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      }
    },
    "required": [
      "task_id",
      "position"
    ]
  },
  "tasks.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "title": {
        "description": "Short title.",
        "type": "string",
        "minLength": 1,
        "maxLength": 500
      },
      "project_id": {
        "title": "Id",
        "description": "Moves the task to another project of the same organization (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "description": {
        "description": "Free text, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 10000
      },
      "status": {
        "title": "TaskStatusCode",
        "description": "Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      },
      "priority": {
        "title": "TaskPriority",
        "description": "Priority of a task, from lowest to highest.",
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high",
          "urgent"
        ]
      },
      "start_date": {
        "description": "Planned start `YYYY-MM-DD`, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "due_date": {
        "description": "Due date `YYYY-MM-DD`, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "format": "date"
      },
      "estimated_hours": {
        "description": "Estimated effort in hours, 0 to 100000, or `null` to clear.",
        "type": [
          "number",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000
      },
      "assignee_ids": {
        "description": "The complete new set of assignees (`usr_…`, members of the organization), at most 20; `[]` unassigns everyone.",
        "type": "array",
        "maxItems": 20,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      },
      "label_ids": {
        "description": "The complete new set of labels (`lbl_…`), at most 20; `[]` removes all.",
        "type": "array",
        "maxItems": 20,
        "uniqueItems": true,
        "items": {
          "title": "Id",
          "description": "Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.",
          "type": "string",
          "minLength": 1,
          "maxLength": 64,
          "examples": [
            "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
          ]
        }
      },
      "group_id": {
        "description": "Moves the task to the end of this task group of its project (`grp_…`), or out of its group with `null`.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "milestone_id": {
        "description": "A milestone of the task's project (`mst_…`), or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "position": {
        "description": "New 0-based index among the tasks of its group (as `tasks.reorder`); a larger value places it last.",
        "type": "integer",
        "minimum": 0
      }
    },
    "required": [
      "id"
    ]
  },
  "tasks.update_status": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "id": {
        "title": "Id",
        "description": "Task id (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "status": {
        "title": "TaskStatusCode",
        "description": "Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.",
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]{0,31}$",
        "examples": [
          "open",
          "in_progress",
          "review",
          "done",
          "cancelled"
        ]
      }
    },
    "required": [
      "id",
      "status"
    ]
  },
  "time_entries.create": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "started_at": {
        "title": "Timestamp",
        "description": "When the work began (RFC 3339).",
        "type": "string",
        "format": "date-time",
        "examples": [
          "2026-03-28T14:30:00Z"
        ]
      },
      "stopped_at": {
        "title": "Timestamp",
        "description": "When it ended (RFC 3339), not before `started_at`.",
        "type": "string",
        "format": "date-time",
        "examples": [
          "2026-03-28T14:30:00Z"
        ]
      },
      "project_id": {
        "description": "Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "task_id": {
        "description": "Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "description": {
        "description": "What was done, up to 2000 characters.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 2000
      },
      "billable": {
        "description": "Whether the time is billable; default = the project's `billable` flag, or `true` without a project.",
        "type": "boolean"
      },
      "hourly_rate_cents": {
        "description": "The entry's own client rate override in minor units per hour (0 to 100000000), or `null` (default) = inherited from its project member rate, its project's rate or its member's default.",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      }
    },
    "required": [
      "started_at",
      "stopped_at"
    ]
  },
  "time_entries.current": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    }
  },
  "time_entries.delete": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "entry_id": {
        "title": "Id",
        "description": "Time entry id (`te_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "entry_id"
    ]
  },
  "time_entries.get": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "entry_id": {
        "title": "Id",
        "description": "Time entry id (`te_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    },
    "required": [
      "entry_id"
    ]
  },
  "time_entries.list": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "from": {
        "title": "DateOrDateTime",
        "description": "Entries started at or after this date (`YYYY-MM-DD`) or instant (RFC 3339).",
        "anyOf": [
          {
            "type": "string",
            "format": "date"
          },
          {
            "type": "string",
            "format": "date-time"
          }
        ],
        "examples": [
          "2026-03-01"
        ]
      },
      "to": {
        "title": "DateOrDateTime",
        "description": "Entries started at or before this instant, or through the end of this date.",
        "anyOf": [
          {
            "type": "string",
            "format": "date"
          },
          {
            "type": "string",
            "format": "date-time"
          }
        ],
        "examples": [
          "2026-03-01"
        ]
      },
      "project_id": {
        "title": "Id",
        "description": "Only entries of this project (`prj_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "task_id": {
        "title": "Id",
        "description": "Only entries of this task (`tsk_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "user_id": {
        "title": "Id",
        "description": "Only entries of this user (`usr_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "billable": {
        "type": "boolean",
        "description": "Only billable (`true`) or non-billable (`false`) entries."
      },
      "page": {
        "type": "integer",
        "minimum": 1,
        "default": 1,
        "description": "Page number, from 1."
      },
      "per_page": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 25,
        "description": "Items per page, 1 to 100."
      }
    }
  },
  "time_entries.start": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "project_id": {
        "description": "Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "task_id": {
        "description": "Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "description": {
        "description": "What you are working on, up to 2000 characters.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 2000
      },
      "billable": {
        "description": "Whether the time is billable; default = the project's `billable` flag, or `true` without a project.",
        "type": "boolean"
      }
    }
  },
  "time_entries.stop": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "entry_id": {
        "title": "Id",
        "description": "Time entry id (`te_…`). Optional outside REST (defaults to the caller's running timer).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      }
    }
  },
  "time_entries.update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "entry_id": {
        "title": "Id",
        "description": "Time entry id (`te_…`).",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "org_id": {
        "title": "Id",
        "description": "Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default\norganization. A personal access token acts only in its own organization.\n",
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "examples": [
          "tsk_01jq3v8m2xg9r6h5k4t7w0c1de"
        ]
      },
      "started_at": {
        "title": "Timestamp",
        "description": "New start (RFC 3339).",
        "type": "string",
        "format": "date-time",
        "examples": [
          "2026-03-28T14:30:00Z"
        ]
      },
      "stopped_at": {
        "title": "Timestamp",
        "description": "New end (RFC 3339). Setting it on a running entry stops the timer. It cannot be cleared.",
        "type": "string",
        "format": "date-time",
        "examples": [
          "2026-03-28T14:30:00Z"
        ]
      },
      "project_id": {
        "description": "Project (`prj_…`), or `null` to detach.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "task_id": {
        "description": "Task (`tsk_…`), or `null` to detach.",
        "type": [
          "string",
          "null"
        ],
        "minLength": 1,
        "maxLength": 64
      },
      "description": {
        "description": "What was done, up to 2000 characters, or `null` to clear.",
        "type": [
          "string",
          "null"
        ],
        "maxLength": 2000
      },
      "billable": {
        "description": "Whether the time is billable.",
        "type": "boolean"
      },
      "hourly_rate_cents": {
        "description": "The entry's own client rate override in minor units per hour (0 to 100000000), or `null` to clear (inherited again).",
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 100000000
      }
    },
    "required": [
      "entry_id"
    ]
  },
  "users.me": {
    "type": "object",
    "additionalProperties": false,
    "properties": {}
  }
};
