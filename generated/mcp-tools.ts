// Generated from specs/openapi/trcr.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from './operations.js';

export interface McpToolDefinition {
  readonly name: string;
  readonly operation: OperationName;
  readonly title: string;
  readonly description: string;
  /** JSON Schema of the arguments: the operation input. */
  readonly inputSchema: { readonly type: 'object'; readonly [k: string]: unknown };
  readonly annotations: { readonly title: string; readonly readOnlyHint: boolean; readonly destructiveHint: boolean; readonly idempotentHint: boolean; readonly openWorldHint: boolean };
}

export const mcpTools = [
  {
    "name": "audit_list",
    "operation": "audit.list",
    "title": "List the audit log",
    "description": "List the audit log\n\nThe organization's audit log, newest first (ties by id, newest first), paginated (at most 100 per page):\none entry per successful change made in the organization on any interface (REST, WebSocket, GraphQL,\nMCP), with who made it (user, and the personal access token if one was used), the operation, the entity,\nwhat changed (secrets never), the IP address, the user agent and the time. Failed calls and reads are not\nrecorded. Entries cannot be changed or deleted. Filters: `user_id`, `action` (the operation name, e.g.\n`tasks.update`), `entity_type`, `entity_id`, and `from`/`to`: an instant (RFC 3339) or a day (`YYYY-MM-DD`)\nin the organization's time zone (`from` a day: from its start; `to` a day: to its end, inclusive); the\nanswer states that time zone (`timezone`). Requires `view_audit` (owners and admins by default).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List the audit log",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "clients_create",
    "operation": "clients.create",
    "title": "Create a client",
    "description": "Create a client\n\nCreates a client of the organization. Requires `manage_clients`. `tax_rate_bp` is an integer number of\nbasis points (1900 = 19 %); `currency` an ISO 4217 code (`null` = the organization's currency).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a client",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "clients_delete",
    "operation": "clients.delete",
    "title": "Delete a client",
    "description": "Delete a client\n\nDeletes a client without invoices. A client with invoices cannot be deleted (`CONFLICT`, `details`\n`{ invoice_count }`): archive it instead (`archived: true`). Its projects are detached from it in the same\nchange, each pushing an `updated` event (`client_id` becomes `null`), then the client its `deleted`\nevent. Requires `manage_clients`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a client",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "clients_get",
    "operation": "clients.get",
    "title": "Get a client",
    "description": "Get a client\n\nReturns one client of the organization (archived ones too). Any member may read it.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get a client",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "clients_list",
    "operation": "clients.list",
    "title": "List clients",
    "description": "List clients\n\nLists the organization's clients by name (regardless of case). Any member may list. `search` keeps the\nclients whose name or email contains it (case-insensitive). Archived clients are hidden; with\n`archived: true` only the archived ones are listed (`archived: false` is the default). At most 100 per page.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List clients",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "clients_update",
    "operation": "clients.update",
    "title": "Update a client",
    "description": "Update a client\n\nChanges the given fields; `null` clears a nullable one. Requires `manage_clients`. Archive a client with\n`archived: true` (hidden from lists, kept for its invoices), restore it with `archived: false`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a client",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "dashboard_summary",
    "operation": "dashboard.summary",
    "title": "Dashboard summary",
    "description": "Dashboard summary\n\nCounts of the organization's tasks you can see (total, done, overdue) and your own figures: your open\ntasks, your running timer and the seconds you tracked this ISO week. \"Today\" and the week are taken in\nthe organization's time zone (`timezone`, `week_start` say which). Tasks of a members-only project count\nonly for its members and holders of `manage_projects`. Any member may read it.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Dashboard summary",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "invitations_accept",
    "operation": "invitations.accept",
    "title": "Accept an invitation",
    "description": "Accept an invitation\n\nJoins the organization of the invitation with its role, using the token from the invitation mail. The\ninvitation must be addressed to the caller's email address. An unknown, expired, already accepted or\nsomeone else's invitation answers `NOT_FOUND`; if the caller is already a member, `CONFLICT`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Accept an invitation",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_create",
    "operation": "invoices.create",
    "title": "Create an invoice",
    "description": "Create an invoice\n\nCreates a draft for a client, with the organization's next number (`INV-0001`, sequential, never reused). Defaults: `issue_date` today (organization time zone), `currency` the client's, else the organization's, `tax_rate_bp` the client's saved rate, else 0. Optional custom `lines` (at most 500). `due_date` before `issue_date`, an unknown currency or a bad line is `VALIDATION_ERROR`; a client of another organization `NOT_FOUND`. Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Create an invoice",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_delete",
    "operation": "invoices.delete",
    "title": "Delete an invoice",
    "description": "Delete an invoice\n\nDeletes a draft; its time entries become billable again (their `invoice_id` is cleared), and its number is not reused. A sent, overdue or paid invoice cannot be deleted (`CONFLICT`). Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete an invoice",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_generate",
    "operation": "invoices.generate",
    "title": "Add time to a draft",
    "description": "Add time to a draft\n\nAdds to a draft one line per project and effective client rate, from the client's projects' time entries that are billable, stopped, not yet invoiced and started within `from`..`to` (inclusive days in the organization's time zone; default: everything up to today), and links those entries to the invoice (each entry records the rate it was billed at; a later rate change does not change the line). Line amount: round-half-up(seconds × rate / 3600). Entries without any client rate are left out and counted (`entries_without_rate`). No entry is ever billed twice, also when two drafts of one client are generated at once. Only drafts (`CONFLICT` otherwise); the invoice currency must be the organization's (`VALIDATION_ERROR` on `currency`); `from` after `to` is `VALIDATION_ERROR`. Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Add time to a draft",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_get",
    "operation": "invoices.get",
    "title": "Get an invoice",
    "description": "Get an invoice\n\nThe invoice with its lines, amounts and the rounding rule. Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get an invoice",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_list",
    "operation": "invoices.list",
    "title": "List invoices",
    "description": "List invoices\n\nThe organization's invoices, newest first (by creation), optionally of one client (`client_id`) or in one `status`. Each item carries its `lines` too (at most 500 per invoice). Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.",
    "inputSchema": {
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
    "annotations": {
      "title": "List invoices",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_mark_paid",
    "operation": "invoices.mark_paid",
    "title": "Mark an invoice paid",
    "description": "Mark an invoice paid\n\nMarks a sent or overdue invoice `paid` (`paid_at`, `payment_method`); a draft or paid invoice is `CONFLICT`. Every member with `manage_invoices` except the caller gets an in-app `invoice_paid` notification (no mail). Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Mark an invoice paid",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_send",
    "operation": "invoices.send",
    "title": "Send an invoice",
    "description": "Send an invoice\n\nMails the invoice to the client's email address with its PDF attached (`invoice-<number>.pdf`; `message` goes in the body) through the mail outbox, and marks it `sent` (`sent_at`). Only drafts: sending a sent, overdue or paid invoice is `CONFLICT`. A client without an email address is `VALIDATION_ERROR` with `details.field` = `client_id`; an invoice without lines is `VALIDATION_ERROR` with `details.field` = `lines`. Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Send an invoice",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "invoices_update",
    "operation": "invoices.update",
    "title": "Update an invoice",
    "description": "Update an invoice\n\nChanges a draft: dates, currency, tax rate, notes, and `lines` (replaces its custom lines; the time lines `invoices.generate` made stay). A sent, overdue or paid invoice takes only `notes`: any other field is `CONFLICT`. Amounts are computed again. Requires `manage_invoices`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Update an invoice",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "labels_create",
    "operation": "labels.create",
    "title": "Create a label",
    "description": "Create a label\n\nCreates a label in the organization. Requires `manage_tasks`. Names are unique in the organization\nregardless of case (`CONFLICT`); colors are `#rrggbb`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a label",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "labels_delete",
    "operation": "labels.delete",
    "title": "Delete a label",
    "description": "Delete a label\n\nDeletes the label and takes it off every task that carries it, in the same change: each such task pushes\nan `updated` event with its `label_ids` change, then the label its `deleted` event. Requires `manage_tasks`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a label",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "labels_list",
    "operation": "labels.list",
    "title": "List labels",
    "description": "List labels\n\nLists the organization's labels by name (regardless of case). Any member may list.",
    "inputSchema": {
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
    "annotations": {
      "title": "List labels",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "labels_update",
    "operation": "labels.update",
    "title": "Update a label",
    "description": "Update a label\n\nRenames or recolors a label. Requires `manage_tasks`. The new name must be unused in the organization\nregardless of case (`CONFLICT`).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a label",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "members_invite",
    "operation": "members.invite",
    "title": "Invite someone to the organization",
    "description": "Invite someone to the organization\n\nCreates an invitation and mails its link to `email`. Requires `manage_members`. The role defaults to\n`member`; `owner` cannot be given by invitation. The invitation expires after 7 days.\n\nIf the address already has an account, its user accepts while signed in (`POST /invitations/accept`\nwith the token from the mail); otherwise registering with that address joins the organization.\nInviting an address that is already a member answers `CONFLICT`; inviting one with a pending\ninvitation replaces it (the old link stops working).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Invite someone to the organization",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "members_list",
    "operation": "members.list",
    "title": "List members",
    "description": "List members\n\nLists the members of the organization with their role and effective permissions, in the order they\njoined. Any member may list. Filter by `role`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List members",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "members_remove",
    "operation": "members.remove",
    "title": "Remove a member (or leave)",
    "description": "Remove a member (or leave)\n\nRemoves the user from the organization. Requires `manage_members`, except that any member may remove\nthemself (leave). Only an owner can remove another owner; removing the last owner answers `CONFLICT`.\nThe user's time entries stay in the organization; their personal access tokens for it stop working.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Remove a member (or leave)",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "members_update",
    "operation": "members.update",
    "title": "Change a member's role or permissions",
    "description": "Change a member's role or permissions\n\nChanges the member's role and/or per-member permission overrides. Requires `manage_members`. Only an\nowner can grant the owner role or change an owner's role; demoting the last owner answers `CONFLICT`.\nThe answer carries the resulting effective permissions. `hourly_rate_cents` (default client rate) and\n`cost_rate_cents` (default cost rate), in minor units per hour or `null` to clear, also need `view_rates`\n(`FORBIDDEN`); changing them changes the effective rate and amount of the member's entries not yet invoiced.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Change a member's role or permissions",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "milestones_create",
    "operation": "milestones.create",
    "title": "Create a milestone",
    "description": "Create a milestone\n\nCreates a milestone in the project. Requires `manage_tasks`. `target_date` is `YYYY-MM-DD`; `color`\ndefaults to `#6366f1`. A project of another organization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a milestone",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "milestones_delete",
    "operation": "milestones.delete",
    "title": "Delete a milestone",
    "description": "Delete a milestone\n\nDeletes the milestone and clears it from its tasks in the same change: each such task pushes an `updated`\nevent (`milestone_id` to `null`), then the milestone its `deleted` event. Requires `manage_tasks`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a milestone",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "milestones_list",
    "operation": "milestones.list",
    "title": "List a project's milestones",
    "description": "List a project's milestones\n\nLists the project's milestones by target date (then creation), each with its `task_count` and\n`done_count` (tasks whose status is of category `done`). Any member may list. A project of another\norganization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a project's milestones",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "milestones_update",
    "operation": "milestones.update",
    "title": "Update a milestone",
    "description": "Update a milestone\n\nChanges the given fields: an omitted field stays as it is, `description: null` clears the description.\nRequires `manage_tasks`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a milestone",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "notifications_list",
    "operation": "notifications.list",
    "title": "List your notifications",
    "description": "List your notifications\n\nLists your notifications in the organization, newest first (ties by id, newest first). Only the\nrecipient ever sees a notification: there is no way to list anyone else's. `unread: true` lists only\nunread ones, `unread: false` only read ones. Besides `data` and `pagination` the answer carries\n`unread_count`, the number of your unread notifications in the organization (whatever the filter and\npage); a WebSocket reply carries it next to `pagination`, GraphQL as a field of the page, MCP in the body.\nAt most 100 per page. Any member may list; a personal access token lists its organization's.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List your notifications",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "notifications_mark_read",
    "operation": "notifications.mark_read",
    "title": "Mark notifications read",
    "description": "Mark notifications read\n\nMarks the given notifications read, or, without `ids`, all of yours in the organization, and answers how\nmany changed (`updated`). Ids that are unknown, already read, or belong to someone else are ignored:\nnever touched, never an error. Sends no event.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Mark notifications read",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "notifications_preferences_get",
    "operation": "notifications.preferences.get",
    "title": "Your notification preferences",
    "description": "Your notification preferences\n\nYour mail preferences per notification type that sends mail (`task_assigned`, `task_status_changed`);\n`true` unless you turned it off. They are yours, the same in every organization. In-app notifications\nand their events are always made.\n",
    "inputSchema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "annotations": {
      "title": "Your notification preferences",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "notifications_preferences_update",
    "operation": "notifications.preferences.update",
    "title": "Change your notification preferences",
    "description": "Change your notification preferences\n\nTurns mail on (`true`) or off (`false`) per notification type and answers all your preferences. Types you\nleave out keep their value. A type that sends no mail or does not exist answers `VALIDATION_ERROR`\n(`details.field` is `email`, the message names `email.<type>`). Sends no event.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Change your notification preferences",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "organizations_create",
    "operation": "organizations.create",
    "title": "Create an organization",
    "description": "Create an organization\n\nCreates an organization; the caller becomes its `owner`. The slug is derived from the name when omitted\nand must be unique (`CONFLICT` otherwise). Defaults: time zone `UTC`, currency `USD`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create an organization",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "organizations_delete",
    "operation": "organizations.delete",
    "title": "Delete an organization",
    "description": "Delete an organization\n\nDeletes the organization and everything in it (members, invitations, projects, tasks, time entries,\npersonal access tokens bound to it). Permanent. Only an `owner` may do this (`FORBIDDEN` otherwise).\nMembers whose default organization it was are left without one until they pick another.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete an organization",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "organizations_get",
    "operation": "organizations.get",
    "title": "Get an organization",
    "description": "Get an organization\n\nReturns one organization the caller is a member of; any other id answers `NOT_FOUND`.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get an organization",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "organizations_list",
    "operation": "organizations.list",
    "title": "List your organizations",
    "description": "List your organizations\n\nLists every organization the caller is a member of, with the caller's role in each, oldest membership\nfirst. Not paginated. With a personal access token, only the token's organization.\n",
    "inputSchema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "annotations": {
      "title": "List your organizations",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "organizations_update",
    "operation": "organizations.update",
    "title": "Update an organization",
    "description": "Update an organization\n\nChanges the name, slug, time zone or currency. Requires `manage_org` in that organization. A slug\nalready taken answers `CONFLICT`. Changing the currency does not convert existing amounts.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update an organization",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "personal_access_tokens_create",
    "operation": "personal_access_tokens.create",
    "title": "Create a personal access token",
    "description": "Create a personal access token\n\nCreates a token (`trcr_pat_…`) bound to one organization the caller belongs to (`org_id`, default the\ncurrent organization). Calls made with it act in that organization with the caller's permissions\nthere. The plaintext `token` is in this answer only: store it now. `expires_at`, if given, must be in\nthe future. An organization you are not a member of answers `NOT_FOUND`.\n\nOnly a signed-in session creates tokens: a call authenticated with a personal access token answers\n`FORBIDDEN` (a token must not mint credentials that outlive or outreach it).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a personal access token",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "personal_access_tokens_delete",
    "operation": "personal_access_tokens.delete",
    "title": "Revoke a personal access token",
    "description": "Revoke a personal access token\n\nRevokes one of the caller's tokens; it stops working immediately, on every instance, and graphql-ws\nconnections opened with it are closed with 4011 (Session ended). Another user's token answers\n`NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Revoke a personal access token",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "personal_access_tokens_list",
    "operation": "personal_access_tokens.list",
    "title": "List your personal access tokens",
    "description": "List your personal access tokens\n\nLists the caller's personal access tokens that have not been revoked, in every organization, newest\nfirst. The token values themselves are never shown again; `token_prefix` helps recognize them.\n",
    "inputSchema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "annotations": {
      "title": "List your personal access tokens",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "presence_list",
    "operation": "presence.list",
    "title": "Who in the organization is online",
    "description": "Who in the organization is online\n\nEvery member of the organization with their presence: `online` or `away` while they have a socket (/ws\nor GraphQL over WebSocket) open on any server instance, `offline` otherwise, and `last_seen`. Ordered by\nname (then user id), paginated (at most 100 per page). Any member may read it.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Who in the organization is online",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "presence_set",
    "operation": "presence.set",
    "title": "Set your status",
    "description": "Set your status\n\nSets the status others see while you are connected (`online` or `away`), in every organization you\nbelong to (it is yours, not an organization's), and sends `UserPresence` to their members. It holds\nuntil you set it again or your last socket closes; your next first socket shows you `online` again.\nWithout an open socket (/ws or GraphQL over WebSocket) you are `offline`: the answer says so and nothing\nis sent.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Set your status",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_create",
    "operation": "projects.create",
    "title": "Create a project",
    "description": "Create a project\n\nCreates a project in the organization. Requires `manage_projects`. `billable` defaults to `true`,\n`status` to `active`. `client_id` must name a client of the organization (`NOT_FOUND` otherwise).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a project",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_delete",
    "operation": "projects.delete",
    "title": "Delete a project",
    "description": "Delete a project\n\nDeletes the project and its tasks. Requires `manage_projects`. Permanent. Time entries on the project\nare kept, detached (`project_id` and `task_id` become `null`); archive the project instead to keep\nthe link.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a project",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_get",
    "operation": "projects.get",
    "title": "Get a project",
    "description": "Get a project\n\nReturns one project of the organization. Any member may read it.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get a project",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_list",
    "operation": "projects.list",
    "title": "List projects",
    "description": "List projects\n\nLists the organization's projects, oldest first. Any member may list. Filter by `status` and search by\nname with `search` (case-insensitive substring).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List projects",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_members_add",
    "operation": "projects.members.add",
    "title": "Add a member to a project",
    "description": "Add a member to a project\n\nAdds a member of the organization to the project, as `member` (default) or `lead`. Requires\n`manage_projects`. A user who is not a member of the organization answers `NOT_FOUND` (as does an unknown\nproject); a user already in the project answers `CONFLICT`. On a members-only project the user sees it,\nand receives its events, from then on. `hourly_rate_cents` and `cost_rate_cents` set the member's rates on\nthis project (minor units per hour); setting them also needs `view_rates` (`FORBIDDEN`).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Add a member to a project",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_members_list",
    "operation": "projects.members.list",
    "title": "List a project's members",
    "description": "List a project's members\n\nLists the project's members in the order they were added, each with their project role (`lead` or `member`)\nand user. Anyone who sees the project may list: every member of the organization for a project of\n`visibility: organization`; for a members-only project only its members and holders of `manage_projects`\n(for anyone else, and for another organization's project, `NOT_FOUND`).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a project's members",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_members_remove",
    "operation": "projects.members.remove",
    "title": "Remove a member from a project",
    "description": "Remove a member from a project\n\nRemoves the user from the project. Requires `manage_projects`. A user who is not in the project answers\n`NOT_FOUND`. Removing the last `lead` is allowed: leads are informational and grant nothing. On a\nmembers-only project the user stops seeing it on their next call and stops receiving its events at once,\non every server instance. Leaving the organization removes a user from all its projects.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Remove a member from a project",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_members_update",
    "operation": "projects.members.update",
    "title": "Change a project member's role",
    "description": "Change a project member's role\n\nMakes the project member a `lead` or a `member`. Requires `manage_projects`. A user who is not in the project\nanswers `NOT_FOUND`. Project roles are informational: a project may have several leads or none.\n`hourly_rate_cents` and `cost_rate_cents` (minor units per hour, `null` to clear) set the member's rates on this\nproject, overriding the project's rate and their defaults for their entries not yet invoiced; setting them\nalso needs `view_rates` (`FORBIDDEN`).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Change a project member's role",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "projects_update",
    "operation": "projects.update",
    "title": "Update a project",
    "description": "Update a project\n\nChanges the given fields; `null` clears a nullable one. Requires `manage_projects`. Archive a project\nwith `status: \"archived\"`. A rate change applies to every entry of the project not yet\ninvoiced that inherits it; a billable change to new time entries only.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a project",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "reports_profitability",
    "operation": "reports.profitability",
    "title": "Profitability report",
    "description": "Profitability report\n\nRevenue (billable time × effective client rate) against cost (all time × effective cost rate: the project\nmember's, else the member's default), margin = revenue − cost and margin_pct = margin / revenue (a\nfraction, `null` when revenue is 0), by `project` (default), `client` or `user`, with the entries and\nseconds that have no cost rate (and the billable ones without a client rate) counted. Stopped time started\nin the range, in projects the reader sees, in the organization's currency. Requires `view_reports` and\n`view_rates` (it is made of rates).\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Profitability report",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "reports_revenue",
    "operation": "reports.revenue",
    "title": "Revenue report",
    "description": "Revenue report\n\nInvoiced revenue (invoices `sent`, `overdue` or `paid` whose issue date is in the range: net, tax and\ngross, in each invoice's currency) and unbilled billable amount (billable, stopped, not yet invoiced time\nstarted in the range, at effective client rates, in the organization's currency, in projects the reader\nsees), by `client` (default), `project` (invoice lines' projects; tax and gross are per invoice, so `null`\nthere) or `month`. One row per group and currency, and totals per currency. Requires `view_reports`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Revenue report",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "reports_timesheet",
    "operation": "reports.timesheet",
    "title": "Timesheet report",
    "description": "Timesheet report\n\nThe stopped time entries started from `from` to `to` that match the filters, newest first and paginated\n(up to 100 per page), with totals over all of them (seconds, billable seconds, amount) and, with `group_by`\n(`user`, `project`, `client`, `task`, `day`, `week`, `month`), per-group figures (at most 1,000 groups).\n`description` matches a part of the entry's description regardless of case; `invoice_id` keeps only the\nentries billed on that invoice. Entries of members-only projects count only for readers who see the\nproject. Requires `view_reports`; rates and amounts need `view_rates` too (`null` otherwise). Another\norganization's user, project, client or invoice is `NOT_FOUND`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Timesheet report",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "reports_utilization",
    "operation": "reports.utilization",
    "title": "Utilization report",
    "description": "Utilization report\n\nPer member of the organization (members without time appear with zeros), by name and paginated (up to 100\nper page): tracked seconds, billable seconds, target seconds and utilization = billable / target (4\ndecimals; `null` when the target is 0). The target is `target_hours` per member for the whole range when\ngiven, else 40 hours per ISO week prorated: 8 hours per Monday-to-Friday day in the range. `user_id` keeps\none member; `invoice_id` counts only the entries billed on that invoice. Entries of members-only projects\ncount only for readers who see the project. Requires `view_reports`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Utilization report",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "sidebar_get_collapsed",
    "operation": "sidebar.get_collapsed",
    "title": "Your collapsed sidebar projects",
    "description": "Your collapsed sidebar projects\n\nLists the projects of the organization you folded in the sidebar (`sidebar.toggle_collapsed`). The\nstate is yours alone, per organization. Not paginated: it holds at most one id per project of the\norganization.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Your collapsed sidebar projects",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "sidebar_toggle_collapsed",
    "operation": "sidebar.toggle_collapsed",
    "title": "Fold or unfold a project in your sidebar",
    "description": "Fold or unfold a project in your sidebar\n\nToggles whether a project of the organization is folded in your sidebar and answers the new state. Any\nmember may; it changes nothing for anyone else and sends no event. A project of another organization\nanswers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Fold or unfold a project in your sidebar",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_create",
    "operation": "task_groups.create",
    "title": "Create a task group",
    "description": "Create a task group\n\nCreates a task group in a project of the organization, placed after the existing groups. Requires\n`manage_tasks`. A project holds at most 100 groups: a 101st answers `VALIDATION_ERROR` on `project_id`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a task group",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_delete",
    "operation": "task_groups.delete",
    "title": "Delete a task group",
    "description": "Delete a task group\n\nDeletes a task group; its tasks are kept and become ungrouped in the same transaction, appended after\nthe project's ungrouped tasks in their order within the group. Requires `manage_tasks`. Each moved task\nis announced with an `updated` event (`group_id`, `position`), the later groups move up one place\n(`updated` events), and the group gets a `deleted` event. A group of another project, or of another\norganization, answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a task group",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_list",
    "operation": "task_groups.list",
    "title": "List a project's task groups",
    "description": "List a project's task groups\n\nLists the task groups of a project of the organization by `position`, each with your own `collapsed`\nflag. Any member may list. A project has at most 100 groups, so one page of 100 holds them all. A\nproject of another organization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a project's task groups",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_reorder",
    "operation": "task_groups.reorder",
    "title": "Reorder a project's task groups",
    "description": "Reorder a project's task groups\n\nPuts the project's task groups in the order given: `order` lists every group id of the project exactly\nonce, and the group at index `i` gets `position` `i`. Requires `manage_tasks`. A missing, repeated or\nunknown id (another project's group included) answers `VALIDATION_ERROR` on `order`. Answers every group\nof the project in its new order (at most 100); each group whose position changed is announced with an\n`updated` event.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Reorder a project's task groups",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_toggle_collapsed",
    "operation": "task_groups.toggle_collapsed",
    "title": "Fold or unfold a task group for yourself",
    "description": "Fold or unfold a task group for yourself\n\nToggles your own `collapsed` flag of a task group and answers the new state. Any member may; other\nmembers' flags are untouched and they receive no event. Your own connections receive an `updated` event\nof the group carrying your new flag. A group of another project, or of another organization, answers\n`NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Fold or unfold a task group for yourself",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_groups_update",
    "operation": "task_groups.update",
    "title": "Rename a task group",
    "description": "Rename a task group\n\nRenames a task group. Requires `manage_tasks`. The group is looked up within `project_id`: a group of\nanother project, or of another organization, answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Rename a task group",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_recurrences_create",
    "operation": "task_recurrences.create",
    "title": "Set a task to repeat",
    "description": "Set a task to repeat\n\nSets the task to repeat by `recurrence_pattern` (`daily`, `weekly`, `monthly` or a five-field cron\nexpression), evaluated in the organization's time zone. At each occurrence the server creates the next\ninstance of the task, once, whichever server instance runs it; occurrences missed while no server ran are\ncreated when one comes back (at most 100 at a time). Requires `manage_tasks`. A task has at most one\nrecurrence (`CONFLICT` for a second); an invalid pattern is `VALIDATION_ERROR` naming\n`recurrence_pattern`; a task you cannot see is `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Set a task to repeat",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_recurrences_delete",
    "operation": "task_recurrences.delete",
    "title": "Stop a recurrence",
    "description": "Stop a recurrence\n\nDeletes the recurrence: no further instances are created; those already created stay as ordinary tasks.\nRequires `manage_tasks`. Deleting the task deletes its recurrence too.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Stop a recurrence",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_recurrences_get",
    "operation": "task_recurrences.get",
    "title": "Get a recurrence rule",
    "description": "Get a recurrence rule\n\nReturns the recurrence: its pattern, `next_run_at`, `last_run_at` and how many instances it created. Any\nmember who can see its task may read it (no permission beyond membership); otherwise `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Get a recurrence rule",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_recurrences_update",
    "operation": "task_recurrences.update",
    "title": "Update a recurrence rule",
    "description": "Update a recurrence rule\n\nReplaces the pattern; the next occurrence is computed again from now (instances already created stay).\nRequires `manage_tasks`. An invalid pattern is `VALIDATION_ERROR` naming `recurrence_pattern`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a recurrence rule",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_statuses_create",
    "operation": "task_statuses.create",
    "title": "Create a task status",
    "description": "Create a task status\n\nAdds a status to the organization's workflow. Requires `manage_projects`. `code` (what tasks store in\n`status`) must be unused in the organization, and an organization has at most 50 statuses: `CONFLICT`\notherwise. Placed at `position` (the statuses from there on move down by one), last by default.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a task status",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "task_statuses_delete",
    "operation": "task_statuses.delete",
    "title": "Delete a task status",
    "description": "Delete a task status\n\nRemoves a status from the organization's workflow. Requires `manage_projects`. When tasks have it,\n`replace_with` (the code of another status of the organization) is required and those tasks move to that\nstatus in the same change (each pushes an `updated` event); without it the answer is `CONFLICT` with the\nnumber of tasks in `details.task_count`. The organization's last status of category `done` cannot be\ndeleted (`CONFLICT`). The statuses after it close up.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a task status",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_statuses_list",
    "operation": "task_statuses.list",
    "title": "List task statuses",
    "description": "List task statuses\n\nLists the organization's task statuses in board order (`position`). Any member may list. An organization\nhas at most 50 statuses, so one page of 100 always holds them all. Every organization starts with `open`,\n`in_progress`, `review`, `done` and `cancelled`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List task statuses",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "task_statuses_update",
    "operation": "task_statuses.update",
    "title": "Update a task status",
    "description": "Update a task status\n\nChanges the given fields. Requires `manage_projects`. A new `code` must be unused in the organization\n(`CONFLICT`); every task with the old code moves to the new one in the same change (each pushes an\n`updated` event). The organization's last status of category `done` cannot move to another category\n(`CONFLICT`). A new `position` moves the status there; the others close up.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a task status",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_add_comment",
    "operation": "tasks.add_comment",
    "title": "Comment on a task",
    "description": "Comment on a task\n\nAdds a comment to a task of the organization, written by the caller. Any member of the organization may\ncomment, viewers included. `body` is 1 to 10,000 characters.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Comment on a task",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_checklist_create",
    "operation": "tasks.checklist.create",
    "title": "Add a checklist item",
    "description": "Add a checklist item\n\nAppends an unchecked item to a task's checklist (it goes last). Requires `manage_tasks`. `title` is 1 to\n500 characters. A task has at most 100 items: adding a 101st answers `VALIDATION_ERROR` on `task_id`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Add a checklist item",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_checklist_delete",
    "operation": "tasks.checklist.delete",
    "title": "Delete a checklist item",
    "description": "Delete a checklist item\n\nDeletes the item. Requires `manage_tasks`. The items after it move up one place, so positions stay\n0..n-1 without gaps (each moved item is announced by an `updated` event). Permanent.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a checklist item",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_checklist_list",
    "operation": "tasks.checklist.list",
    "title": "List a task's checklist",
    "description": "List a task's checklist\n\nLists the checklist items of a task of the organization by `position` (0 first). Any member may read them.\nA task has at most 100 items, so one page of 100 holds them all. A task of another organization answers\n`NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a task's checklist",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_checklist_toggle",
    "operation": "tasks.checklist.toggle",
    "title": "Check or uncheck a checklist item",
    "description": "Check or uncheck a checklist item\n\nFlips the item's `completed`. Any member of the organization may, viewers included. Checking records who\n(`completed_by`) and when (`completed_at`); unchecking clears both.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Check or uncheck a checklist item",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_comments_list",
    "operation": "tasks.comments.list",
    "title": "List a task's comments",
    "description": "List a task's comments\n\nLists the comments on a task of the organization, oldest first (the newest is last). Any member may read\nthem. A task of another organization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a task's comments",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_create",
    "operation": "tasks.create",
    "title": "Create a task",
    "description": "Create a task\n\nCreates a task in a project of the organization. Requires `manage_tasks`. Defaults: `status` `open`,\n`priority` `medium`; the task is placed last in its project. `start_date` must be on or before\n`due_date`; assignees must be members of the organization (at most 20; `VALIDATION_ERROR` on `assignee_ids`\notherwise). A `project_id` that is not a project of the organization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create a task",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_create_bulk",
    "operation": "tasks.create_bulk",
    "title": "Create up to 100 tasks at once",
    "description": "Create up to 100 tasks at once\n\nCreates 1 to 100 tasks in one transaction: all of them or none. Each item is what `tasks.create` takes\n(projects of the organization, any mix of them) and follows its rules. Requires `manage_tasks`. An invalid\nitem answers `VALIDATION_ERROR` (or `NOT_FOUND` for another organization's project) whose `details` name the\nitem's `index` (0-based) and the `field`; nothing is created then. Each created task is announced with its\nown `EntityChanged`; the answer lists the tasks in the order given.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Create up to 100 tasks at once",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_delete",
    "operation": "tasks.delete",
    "title": "Delete a task",
    "description": "Delete a task\n\nDeletes the task. Requires `manage_tasks`. Permanent. Time entries on the task are kept with\n`task_id` set to `null`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a task",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_delete_comment",
    "operation": "tasks.delete_comment",
    "title": "Delete a comment",
    "description": "Delete a comment\n\nDeletes a comment on a task. Its author may delete it; anyone else needs `manage_tasks`. A comment that is\nnot on the named task answers `NOT_FOUND`. Permanent.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a comment",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_dependencies_list_all",
    "operation": "tasks.dependencies.list_all",
    "title": "List every dependency of the organization",
    "description": "List every dependency of the organization\n\nEvery dependency between tasks of the organization in one answer, compact (`id`, `task_id`,\n`depends_on_id`), for drawing the whole graph at once; only dependencies whose two tasks you may see.\nAny member may read them. Not paginated: an organization has at most 50,000 dependencies\n(`tasks.dependency.add` refuses more), which bounds the answer: at most about 6.6 MB of JSON (132 bytes a\ndependency). Sorted by id (oldest first).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List every dependency of the organization",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_dependency_add",
    "operation": "tasks.dependency.add",
    "title": "Add a dependency",
    "description": "Add a dependency\n\nLinks the task to another task of the organization (any project): with `dependency_type: blocked_by` the\ntask waits for `depends_on_id`, with `blocks` `depends_on_id` waits for the task. Requires `manage_tasks`.\nRules: a task cannot depend on itself (`VALIDATION_ERROR` on `depends_on_id`); the same link twice, in\neither spelling, is `CONFLICT`; a link that would close a cycle is `CONFLICT` with the cycle in\n`details.cycle` (task ids from the waiting task back to itself, e.g. `[a, b, c, a]`). Limits: at most 100\ndependencies per task in each direction and 50,000 per organization (`VALIDATION_ERROR` beyond). A task of\nanother organization answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Add a dependency",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_dependency_list",
    "operation": "tasks.dependency.list",
    "title": "List a task's dependencies",
    "description": "List a task's dependencies\n\nThe task's dependencies in both directions: `blocked_by`, the tasks it waits for, and `blocks`, the tasks\nwaiting for it, each oldest dependency first. Each item names the other task (id, title, status, project)\nand the dependency (`dependency_id`). Any member may read them. Not paginated: a task has at most 100\ndependencies in each direction (`tasks.dependency.add` refuses more), so each list holds at most 100.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List a task's dependencies",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_dependency_remove",
    "operation": "tasks.dependency.remove",
    "title": "Remove a dependency",
    "description": "Remove a dependency\n\nRemoves a dependency of the task (either direction). Requires `manage_tasks`. A dependency that does not\ninvolve the task answers `NOT_FOUND`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Remove a dependency",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_get",
    "operation": "tasks.get",
    "title": "Get a task",
    "description": "Get a task\n\nReturns one task of the organization. Any member may read it.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get a task",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_list",
    "operation": "tasks.list",
    "title": "List tasks",
    "description": "List tasks\n\nLists the organization's tasks. Any member may list. Filter by project, status, assignee, label and\nmilestone (a label or milestone of another organization answers `NOT_FOUND`); sort by\n`created_at` (default), `due_date`, `priority`, `title` or `position`. The default order is ascending,\nexcept for `priority`, which defaults to descending (most urgent first). Tasks without a due date sort\nlast.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List tasks",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_reorder",
    "operation": "tasks.reorder",
    "title": "Move a task within its group or to another group",
    "description": "Move a task within its group or to another group\n\nPuts the task at `position`, the 0-based index among the tasks of the destination group after the move (a\nlarger value puts it last). `group_id` moves it to another group of the same project (`null`: among the\nproject's ungrouped tasks); omitted, the task stays in its group. The positions of every group stay a\ngapless 0..n-1 sequence: the tasks at or after the new index move down by one, and those after the old\nindex in the group it left move up. Requires `manage_tasks`. A group of another project answers\n`VALIDATION_ERROR`; one of another organization `NOT_FOUND`. Subscribers receive an `EntityChanged` for the\nmoved task with `changes` of `position` (and `group_id`), then one for each other task whose position\nchanged (`changes`: `position`), all from the same transaction.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Move a task within its group or to another group",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_update",
    "operation": "tasks.update",
    "title": "Update a task",
    "description": "Update a task\n\nChanges the given fields; `null` clears a nullable one, `assignee_ids` replaces the whole set. Requires\n`manage_tasks`. `project_id` moves the task to another project of the organization. After the change\n`start_date` must still be on or before `due_date` (`VALIDATION_ERROR` otherwise).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a task",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "tasks_update_status",
    "operation": "tasks.update_status",
    "title": "Change a task's status",
    "description": "Change a task's status\n\nMoves the task to another status (`open`, `in_progress`, `review`, `done`, `cancelled`). Requires\n`manage_tasks`. Same effect as `tasks.update` with only `status`; subscribers receive an\n`EntityChanged` event with the status change.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Change a task's status",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_create",
    "operation": "time_entries.create",
    "title": "Log time manually",
    "description": "Log time manually\n\nCreates a finished time entry for the caller, for time worked without a timer. Requires `track_time`.\n`stopped_at` must not be before `started_at`. With only `task_id`, the task's project is used;\n`billable` defaults to the project's; `hourly_rate_cents` is the entry's own rate override (default `null`:\nthe rate is inherited, see `effective_hourly_rate_cents`).\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Log time manually",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_current",
    "operation": "time_entries.current",
    "title": "Get the running timer",
    "description": "Get the running timer\n\nReturns the caller's running time entry in the organization, or `data: null` when no timer runs.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Get the running timer",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_delete",
    "operation": "time_entries.delete",
    "title": "Delete a time entry",
    "description": "Delete a time entry\n\nDeletes the time entry (running or not). Permanent. Your own entries need `track_time`; other users'\nentries need `manage_time`. An entry on an invoice cannot be deleted: `CONFLICT` naming the invoice\n(`details` `{ invoice_id, invoice_number }`) until its draft is deleted.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Delete a time entry",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_get",
    "operation": "time_entries.get",
    "title": "Get a time entry",
    "description": "Get a time entry\n\nReturns one time entry of the organization. Any member may read it.",
    "inputSchema": {
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
    "annotations": {
      "title": "Get a time entry",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_list",
    "operation": "time_entries.list",
    "title": "List time entries",
    "description": "List time entries\n\nLists the organization's time entries, newest `started_at` first. Any member may list; filter by\n`user_id` for one person's time. `from` and `to` select by `started_at` and are inclusive: a date\n(`2026-03-01`) means the start of that day for `from` and the end of that day for `to`, in the\norganization's time zone (`settings.timezone`); a date-time is taken as is.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "List time entries",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_start",
    "operation": "time_entries.start",
    "title": "Start a timer",
    "description": "Start a timer\n\nStarts a timer for the caller now. Requires `track_time`. A user has at most one running timer: if one\nis running, it is stopped at the same instant the new one starts, in the same transaction. Project,\ntask and description are optional; with only `task_id`, the task's project is used. `billable` and the\nhourly rate default to the project's. Subscribers get a `TimerUpdate` (and `EntityChanged`) event.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Start a timer",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_stop",
    "operation": "time_entries.stop",
    "title": "Stop a timer",
    "description": "Stop a timer\n\nStops a running time entry now and returns it with its `duration_secs`. Requires `track_time` (and\n`manage_time` to stop another user's timer). Over WebSocket, MCP and GraphQL `entry_id` may be omitted\nto stop the caller's running timer; with no timer running that answers `NOT_FOUND`. An entry that is\nalready stopped answers `CONFLICT`.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Stop a timer",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "time_entries_update",
    "operation": "time_entries.update",
    "title": "Update a time entry",
    "description": "Update a time entry\n\nChanges the given fields; `null` clears a nullable one. Your own entries need `track_time`; other\nusers' entries need `manage_time`. After the change `stopped_at` must not be before `started_at`.\nSetting `stopped_at` on a running entry stops the timer. An entry on an invoice cannot be changed:\n`CONFLICT` naming the invoice (`details` `{ invoice_id, invoice_number }`) until its draft is deleted.\n",
    "inputSchema": {
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
    "annotations": {
      "title": "Update a time entry",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": false
    }
  },
  {
    "name": "users_me",
    "operation": "users.me",
    "title": "Get the signed-in user",
    "description": "Get the signed-in user\n\nReturns the user the token belongs to, including their default organization.",
    "inputSchema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "annotations": {
      "title": "Get the signed-in user",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": false
    }
  }
] as const satisfies readonly McpToolDefinition[];
