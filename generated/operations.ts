// Generated from specs/openapi/trcr.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { operations as RestOperations } from './openapi/types.js';
import type { Permission } from './access.js';

/** Every operation name, in catalogue order. */
export const OPERATION_NAMES = [
  "audit.list",
  "auth.forgot_password",
  "auth.login",
  "auth.logout",
  "auth.refresh",
  "auth.register",
  "auth.reset_password",
  "auth.ws_ticket",
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
  "invoices.pdf",
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
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/**
 * Input of `audit.list`: List the audit log
 */
export interface AuditListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only changes made by this user (`usr_…`).
 */
user_id?: string
/**
 * Only this operation (`tasks.update`).
 */
action?: string
/**
 * Only changes of this entity type (`task`, `project`, …).
 */
entity_type?: string
/**
 * Only changes of this entity (`tsk_…`).
 */
entity_id?: string
/**
 * Only entries at or after this instant (RFC 3339), or from the start of this day (`YYYY-MM-DD`, organization's time zone).
 */
from?: ({
[k: string]: unknown
} & string)
/**
 * Only entries at or before this instant (RFC 3339), or up to the end of this day (`YYYY-MM-DD`, organization's time zone).
 */
to?: ({
[k: string]: unknown
} & string)
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `audit.list`: the REST success body (HTTP 200). */
export type AuditListOutput = RestOperations['audit.list']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.forgot_password`: Request a password reset link
 */
export interface AuthForgotPasswordInput {
/**
 * Email address of the account whose password is to be reset.
 */
email: string
}

/** Output of `auth.forgot_password`: the REST success body (HTTP 200). */
export type AuthForgotPasswordOutput = RestOperations['auth.forgot_password']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.login`: Sign in with email and password
 */
export interface AuthLoginInput {
/**
 * Account email address.
 */
email: string
/**
 * Account password.
 */
password: string
}

/** Output of `auth.login`: the REST success body (HTTP 200). */
export type AuthLoginOutput = RestOperations['auth.login']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.logout`: End a session
 */
export interface AuthLogoutInput {
/**
 * Refresh token of the session to end.
 */
refresh_token: string
}

/** Output of `auth.logout`: the REST success body (HTTP 200). */
export type AuthLogoutOutput = RestOperations['auth.logout']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.refresh`: Exchange a refresh token for new tokens
 */
export interface AuthRefreshInput {
/**
 * Refresh token from the last register, login or refresh answer.
 */
refresh_token: string
}

/** Output of `auth.refresh`: the REST success body (HTTP 200). */
export type AuthRefreshOutput = RestOperations['auth.refresh']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.register`: Create an account
 */
export interface AuthRegisterInput {
/**
 * Sign-in email address; must not belong to an existing account (case-insensitive).
 */
email: string
/**
 * Password, 8 to 200 characters.
 */
password: string
/**
 * Full name.
 */
name: string
}

/** Output of `auth.register`: the REST success body (HTTP 201). */
export type AuthRegisterOutput = RestOperations['auth.register']['responses'][201]['content']['application/json'];

/**
 * Input of `auth.reset_password`: Set a new password with a reset token
 */
export interface AuthResetPasswordInput {
/**
 * The token from the reset link (single use, valid 1 hour).
 */
token: string
/**
 * New password, 8 to 200 characters.
 */
password: string
}

/** Output of `auth.reset_password`: the REST success body (HTTP 200). */
export type AuthResetPasswordOutput = RestOperations['auth.reset_password']['responses'][200]['content']['application/json'];

/**
 * Input of `auth.ws_ticket`: Get a WebSocket ticket
 */
export interface AuthWsTicketInput {

}

/** Output of `auth.ws_ticket`: the REST success body (HTTP 200). */
export type AuthWsTicketOutput = RestOperations['auth.ws_ticket']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.archive`: Archive a channel
 */
export interface ChatChannelsArchiveInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
id: string
}

/** Output of `chat.channels.archive`: the REST success body (HTTP 200). */
export type ChatChannelsArchiveOutput = RestOperations['chat.channels.archive']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.create`: Create a chat channel
 */
export interface ChatChannelsCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel name, 1 to 80 characters (not only spaces).
 */
name: string
/**
 * `public` (any member may join) or `private` (invited members only).
 */
kind: ("public" | "private")
/**
 * Other members to add at once (`usr_…`, at most 100); each must be a member of the organization (and see the linked project).
 * 
 * @maxItems 100
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
member_ids?: string[]
/**
 * Link the channel to a project you may see (`prj_…`); it then follows that project's visibility.
 */
project_id?: (string | null)
/**
 * What the channel is about, up to 500 characters, or `null`.
 */
topic?: (string | null)
}

/** Output of `chat.channels.create`: the REST success body (HTTP 201). */
export type ChatChannelsCreateOutput = RestOperations['chat.channels.create']['responses'][201]['content']['application/json'];

/**
 * Input of `chat.channels.list`: List your chat channels
 */
export interface ChatChannelsListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * `true`: only archived channels; `false` (default): only channels that are not archived.
 */
archived?: boolean
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `chat.channels.list`: the REST success body (HTTP 200). */
export type ChatChannelsListOutput = RestOperations['chat.channels.list']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.mark_read`: Move your read mark in a channel
 */
export interface ChatChannelsMarkReadInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
/**
 * A message of that channel (`msg_…`). A mark never moves backwards.
 */
message_id: string
}

/** Output of `chat.channels.mark_read`: the REST success body (HTTP 200). */
export type ChatChannelsMarkReadOutput = RestOperations['chat.channels.mark_read']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.members.add`: Add a member to a channel (or join it)
 */
export interface ChatChannelsMembersAddInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`).
 */
channel_id: string
/**
 * Member to add (`usr_…`); yourself to join a public channel.
 */
user_id: string
}

/** Output of `chat.channels.members.add`: the REST success body (HTTP 200). */
export type ChatChannelsMembersAddOutput = RestOperations['chat.channels.members.add']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.members.remove`: Remove a member from a channel (or leave it)
 */
export interface ChatChannelsMembersRemoveInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
/**
 * The member to remove (`usr_…`); yourself to leave.
 */
user_id: string
}

/** Output of `chat.channels.members.remove`: the REST success body (HTTP 200). */
export type ChatChannelsMembersRemoveOutput = RestOperations['chat.channels.members.remove']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.channels.update`: Rename a channel or change its topic
 */
export interface ChatChannelsUpdateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
id: string
/**
 * New name, 1 to 80 characters (not only spaces). The general channel cannot be renamed.
 */
name?: string
/**
 * New topic, up to 500 characters; `null` clears it.
 */
topic?: (string | null)
}

/** Output of `chat.channels.update`: the REST success body (HTTP 200). */
export type ChatChannelsUpdateOutput = RestOperations['chat.channels.update']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.dm.open`: Open the direct channel with a member
 */
export interface ChatDmOpenInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Another member of the organization (`usr_…`); not yourself.
 */
user_id: string
}

/** Output of `chat.dm.open`: the REST success body (HTTP 200). */
export type ChatDmOpenOutput = RestOperations['chat.dm.open']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.messages.delete`: Delete a message
 */
export interface ChatMessagesDeleteInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
/**
 * Message id (`msg_…`), a message of that channel.
 */
message_id: string
}

/** Output of `chat.messages.delete`: the REST success body (HTTP 200). */
export type ChatMessagesDeleteOutput = RestOperations['chat.messages.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.messages.list`: List a channel's messages
 */
export interface ChatMessagesListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
/**
 * List the messages older than this message of the channel (`msg_…`).
 */
before?: string
/**
 * Messages per page, 1 to 100 (default 50).
 */
limit?: number
}

/** Output of `chat.messages.list`: the REST success body (HTTP 200). */
export type ChatMessagesListOutput = RestOperations['chat.messages.list']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.messages.send`: Send a message
 */
export interface ChatMessagesSendInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
/**
 * The text, 1 to 4,000 characters (Unicode code points, not bytes); whitespace only counts as empty (`VALIDATION_ERROR`). `@Full Name` or `@email` mentions a channel member (notification `mentioned`).
 */
content: string
/**
 * A message of the same channel this one answers (`msg_…`), or `null`.
 */
reply_to?: (string | null)
}

/** Output of `chat.messages.send`: the REST success body (HTTP 201). */
export type ChatMessagesSendOutput = RestOperations['chat.messages.send']['responses'][201]['content']['application/json'];

/**
 * Input of `chat.reactions.add`: React to a message
 */
export interface ChatReactionsAddInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Message id (`msg_…`).
 */
message_id: string
/**
 * Exactly one emoji (one grapheme cluster that is an emoji: pictographic, a flag or a keycap, with its modifiers) or a shortcode `:name:` of at most 32 characters (`^:[a-z0-9_+-]{1,30}:$`). Anything else (`abc`, two emoji, a longer shortcode) is `VALIDATION_ERROR`.
 */
emoji: string
}

/** Output of `chat.reactions.add`: the REST success body (HTTP 200). */
export type ChatReactionsAddOutput = RestOperations['chat.reactions.add']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.reactions.remove`: Take back a reaction
 */
export interface ChatReactionsRemoveInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Message id (`msg_…`).
 */
message_id: string
/**
 * The reaction to take back.
 */
emoji: string
}

/** Output of `chat.reactions.remove`: the REST success body (HTTP 200). */
export type ChatReactionsRemoveOutput = RestOperations['chat.reactions.remove']['responses'][200]['content']['application/json'];

/**
 * Input of `chat.typing`: Say you are typing
 */
export interface ChatTypingInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Channel id (`ch_…`), a channel you are a member of.
 */
channel_id: string
}

/** Output of `chat.typing`: the REST success body (HTTP 200). */
export type ChatTypingOutput = RestOperations['chat.typing']['responses'][200]['content']['application/json'];

/**
 * Input of `clients.create`: Create a client
 */
export interface ClientsCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Client name, 1 to 200 characters.
 */
name: string
/**
 * Address invoices are sent to (a valid email address), or `null`.
 */
email?: (string | null)
/**
 * Postal address as printed on invoices, up to 1000 characters, or `null`.
 */
address?: (string | null)
/**
 * Saved tax rate in basis points, an integer 0 to 10000 (`1900` = 19 %, `770` = 7.7 %), or `null`.
 */
tax_rate_bp?: (number | null)
/**
 * ISO 4217 currency code (`EUR`, `USD`, …; an unknown code is `VALIDATION_ERROR`), or `null` = the organization's currency.
 */
currency?: (string | null)
/**
 * Internal notes, up to 5000 characters, or `null`.
 */
notes?: (string | null)
}

/** Output of `clients.create`: the REST success body (HTTP 201). */
export type ClientsCreateOutput = RestOperations['clients.create']['responses'][201]['content']['application/json'];

/**
 * Input of `clients.delete`: Delete a client
 */
export interface ClientsDeleteInput {
/**
 * Client id (`cli_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `clients.delete`: the REST success body (HTTP 200). */
export type ClientsDeleteOutput = RestOperations['clients.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `clients.get`: Get a client
 */
export interface ClientsGetInput {
/**
 * Client id (`cli_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `clients.get`: the REST success body (HTTP 200). */
export type ClientsGetOutput = RestOperations['clients.get']['responses'][200]['content']['application/json'];

/**
 * Input of `clients.list`: List clients
 */
export interface ClientsListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Case-insensitive substring of the client's name or email.
 */
search?: string
/**
 * `true`: only archived clients; `false` (default): only clients that are not archived.
 */
archived?: boolean
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `clients.list`: the REST success body (HTTP 200). */
export type ClientsListOutput = RestOperations['clients.list']['responses'][200]['content']['application/json'];

/**
 * Input of `clients.update`: Update a client
 */
export interface ClientsUpdateInput {
/**
 * Client id (`cli_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Client name, 1 to 200 characters.
 */
name?: string
/**
 * Address invoices are sent to (a valid email address), or `null` to clear.
 */
email?: (string | null)
/**
 * Postal address, up to 1000 characters, or `null` to clear.
 */
address?: (string | null)
/**
 * Saved tax rate in basis points, an integer 0 to 10000, or `null` to clear.
 */
tax_rate_bp?: (number | null)
/**
 * ISO 4217 currency code, or `null` = the organization's currency.
 */
currency?: (string | null)
/**
 * Internal notes, up to 5000 characters, or `null` to clear.
 */
notes?: (string | null)
/**
 * `true` archives the client (hidden from `clients.list`, kept for its invoices); `false` restores it.
 */
archived?: boolean
}

/** Output of `clients.update`: the REST success body (HTTP 200). */
export type ClientsUpdateOutput = RestOperations['clients.update']['responses'][200]['content']['application/json'];

/**
 * Input of `dashboard.summary`: Dashboard summary
 */
export interface DashboardSummaryInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `dashboard.summary`: the REST success body (HTTP 200). */
export type DashboardSummaryOutput = RestOperations['dashboard.summary']['responses'][200]['content']['application/json'];

/**
 * Input of `invitations.accept`: Accept an invitation
 */
export interface InvitationsAcceptInput {
/**
 * Invitation token from the mailed link.
 */
token: string
}

/** Output of `invitations.accept`: the REST success body (HTTP 200). */
export type InvitationsAcceptOutput = RestOperations['invitations.accept']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.create`: Create an invoice
 */
export interface InvoicesCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * The client to bill (`cli_…`).
 */
client_id: string
/**
 * Due date (`YYYY-MM-DD`), not before the issue date.
 */
due_date: string
/**
 * Issue date (`YYYY-MM-DD`); default today in the organization's time zone.
 */
issue_date?: string
/**
 * ISO 4217 code; default the client's currency, else the organization's.
 */
currency?: string
/**
 * Tax rate in basis points (0 to 10000); default the client's saved rate, else 0.
 */
tax_rate_bp?: number
/**
 * Free text printed on the invoice.
 */
notes?: (string | null)
/**
 * Custom lines (at most 500 per invoice).
 * 
 * @maxItems 500
 * 
 * Items: A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).
 */
lines?: {
description: string
/**
 * Decimal quantity ≥ 0 with at most 4 decimals, as a string (`"2.5"`, `"0.3333"`), up to 99999999.9999.
 */
quantity?: string
/**
 * Whole seconds (a time line), up to 100 years.
 */
quantity_secs?: number
/**
 * Price per unit (per hour with `quantity_secs`) in minor units, 0 to 100,000,000.
 */
unit_price_cents: number
/**
 * The project the line belongs to (`prj_…`).
 */
project_id?: (string | null)
}[]
}

/** Output of `invoices.create`: the REST success body (HTTP 201). */
export type InvoicesCreateOutput = RestOperations['invoices.create']['responses'][201]['content']['application/json'];

/**
 * Input of `invoices.delete`: Delete an invoice
 */
export interface InvoicesDeleteInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `invoices.delete`: the REST success body (HTTP 200). */
export type InvoicesDeleteOutput = RestOperations['invoices.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.generate`: Add time to a draft
 */
export interface InvoicesGenerateInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * First day (`YYYY-MM-DD`, organization time zone); default everything not yet invoiced.
 */
from?: string
/**
 * Last day, inclusive (`YYYY-MM-DD`); default today in the organization's time zone.
 */
to?: string
}

/** Output of `invoices.generate`: the REST success body (HTTP 200). */
export type InvoicesGenerateOutput = RestOperations['invoices.generate']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.get`: Get an invoice
 */
export interface InvoicesGetInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `invoices.get`: the REST success body (HTTP 200). */
export type InvoicesGetOutput = RestOperations['invoices.get']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.list`: List invoices
 */
export interface InvoicesListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only this client's invoices (`cli_…`).
 */
client_id?: string
/**
 * Only invoices in this status.
 */
status?: ("draft" | "sent" | "overdue" | "paid")
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `invoices.list`: the REST success body (HTTP 200). */
export type InvoicesListOutput = RestOperations['invoices.list']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.mark_paid`: Mark an invoice paid
 */
export interface InvoicesMarkPaidInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * How an invoice was paid.
 */
payment_method?: ("bank_transfer" | "card" | "cash" | "paypal" | "other")
}

/** Output of `invoices.mark_paid`: the REST success body (HTTP 200). */
export type InvoicesMarkPaidOutput = RestOperations['invoices.mark_paid']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.pdf`: Download an invoice as PDF
 */
export interface InvoicesPdfInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `invoices.pdf`: the REST success body (HTTP 200). */
export type InvoicesPdfOutput = { readonly contentType: 'application/pdf'; readonly filename: string; readonly body: Uint8Array };

/**
 * Input of `invoices.send`: Send an invoice
 */
export interface InvoicesSendInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * A message to the client, put in the mail's body above the invoice summary.
 */
message?: string
}

/** Output of `invoices.send`: the REST success body (HTTP 200). */
export type InvoicesSendOutput = RestOperations['invoices.send']['responses'][200]['content']['application/json'];

/**
 * Input of `invoices.update`: Update an invoice
 */
export interface InvoicesUpdateInput {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Due date (`YYYY-MM-DD`).
 */
due_date?: string
/**
 * Issue date (`YYYY-MM-DD`).
 */
issue_date?: string
/**
 * ISO 4217 code (a draft with time lines keeps the organization's currency).
 */
currency?: string
/**
 * Tax rate in basis points (0 to 10000).
 */
tax_rate_bp?: number
/**
 * Free text printed on the invoice.
 */
notes?: (string | null)
/**
 * Custom lines (at most 500 per invoice).
 * 
 * @maxItems 500
 * 
 * Items: A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).
 */
lines?: {
description: string
/**
 * Decimal quantity ≥ 0 with at most 4 decimals, as a string (`"2.5"`, `"0.3333"`), up to 99999999.9999.
 */
quantity?: string
/**
 * Whole seconds (a time line), up to 100 years.
 */
quantity_secs?: number
/**
 * Price per unit (per hour with `quantity_secs`) in minor units, 0 to 100,000,000.
 */
unit_price_cents: number
/**
 * The project the line belongs to (`prj_…`).
 */
project_id?: (string | null)
}[]
}

/** Output of `invoices.update`: the REST success body (HTTP 200). */
export type InvoicesUpdateOutput = RestOperations['invoices.update']['responses'][200]['content']['application/json'];

/**
 * Input of `labels.create`: Create a label
 */
export interface LabelsCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Label name, 1 to 50 characters, unique in the organization regardless of case (`Bug` and `bug` are the same label: `CONFLICT`).
 */
name: string
/**
 * Display color `#rrggbb`.
 */
color: string
}

/** Output of `labels.create`: the REST success body (HTTP 201). */
export type LabelsCreateOutput = RestOperations['labels.create']['responses'][201]['content']['application/json'];

/**
 * Input of `labels.delete`: Delete a label
 */
export interface LabelsDeleteInput {
/**
 * Label id (`lbl_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `labels.delete`: the REST success body (HTTP 200). */
export type LabelsDeleteOutput = RestOperations['labels.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `labels.list`: List labels
 */
export interface LabelsListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `labels.list`: the REST success body (HTTP 200). */
export type LabelsListOutput = RestOperations['labels.list']['responses'][200]['content']['application/json'];

/**
 * Input of `labels.update`: Update a label
 */
export interface LabelsUpdateInput {
/**
 * Label id (`lbl_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * New name, 1 to 50 characters, unique in the organization regardless of case (`CONFLICT` otherwise).
 */
name?: string
/**
 * Display color `#rrggbb`.
 */
color?: string
}

/** Output of `labels.update`: the REST success body (HTTP 200). */
export type LabelsUpdateOutput = RestOperations['labels.update']['responses'][200]['content']['application/json'];

/**
 * Input of `members.invite`: Invite someone to the organization
 */
export interface MembersInviteInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Email address to send the invitation to.
 */
email: string
/**
 * Role given on joining (default `member`). The owner role cannot be given by invitation.
 */
role?: ("admin" | "manager" | "member" | "viewer")
}

/** Output of `members.invite`: the REST success body (HTTP 201). */
export type MembersInviteOutput = RestOperations['members.invite']['responses'][201]['content']['application/json'];

/**
 * Input of `members.list`: List members
 */
export interface MembersListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only members with this role.
 */
role?: ("owner" | "admin" | "manager" | "member" | "viewer")
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `members.list`: the REST success body (HTTP 200). */
export type MembersListOutput = RestOperations['members.list']['responses'][200]['content']['application/json'];

/**
 * Input of `members.remove`: Remove a member (or leave)
 */
export interface MembersRemoveInput {
/**
 * The member's user id (`usr_…`).
 */
user_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `members.remove`: the REST success body (HTTP 200). */
export type MembersRemoveOutput = RestOperations['members.remove']['responses'][200]['content']['application/json'];

/**
 * Input of `members.update`: Change a member's role or permissions
 */
export interface MembersUpdateInput {
/**
 * The member's user id (`usr_…`).
 */
user_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * New role. Only an owner can grant the owner role or change an owner's role.
 */
role?: ("owner" | "admin" | "manager" | "member" | "viewer")
/**
 * Per-member overrides merged into the existing ones: `true` grants a permission the role lacks, `false` withdraws one the role has, `null` removes the override (back to the role's default).
 */
permissions?: {
[k: string]: boolean | null
}
/**
 * The member's default client rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
hourly_rate_cents?: (number | null)
/**
 * The member's default cost rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
cost_rate_cents?: (number | null)
}

/** Output of `members.update`: the REST success body (HTTP 200). */
export type MembersUpdateOutput = RestOperations['members.update']['responses'][200]['content']['application/json'];

/**
 * Input of `milestones.create`: Create a milestone
 */
export interface MilestonesCreateInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Short title, 1 to 200 characters.
 */
title: string
/**
 * Target date `YYYY-MM-DD`.
 */
target_date: string
/**
 * Display color `#rrggbb` (default `#6366f1`).
 */
color?: string
/**
 * Free text up to 10,000 characters, or `null`.
 */
description?: (string | null)
}

/** Output of `milestones.create`: the REST success body (HTTP 201). */
export type MilestonesCreateOutput = RestOperations['milestones.create']['responses'][201]['content']['application/json'];

/**
 * Input of `milestones.delete`: Delete a milestone
 */
export interface MilestonesDeleteInput {
/**
 * Milestone id (`mst_…`).
 */
milestone_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `milestones.delete`: the REST success body (HTTP 200). */
export type MilestonesDeleteOutput = RestOperations['milestones.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `milestones.list`: List a project's milestones
 */
export interface MilestonesListInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `milestones.list`: the REST success body (HTTP 200). */
export type MilestonesListOutput = RestOperations['milestones.list']['responses'][200]['content']['application/json'];

/**
 * Input of `milestones.update`: Update a milestone
 */
export interface MilestonesUpdateInput {
/**
 * Milestone id (`mst_…`).
 */
milestone_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Short title, 1 to 200 characters.
 */
title?: string
/**
 * Target date `YYYY-MM-DD`.
 */
target_date?: string
/**
 * Display color `#rrggbb`.
 */
color?: string
/**
 * Free text up to 10,000 characters, or `null` to clear it.
 */
description?: (string | null)
}

/** Output of `milestones.update`: the REST success body (HTTP 200). */
export type MilestonesUpdateOutput = RestOperations['milestones.update']['responses'][200]['content']['application/json'];

/**
 * Input of `notifications.list`: List your notifications
 */
export interface NotificationsListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only unread (`true`) or only read (`false`) notifications; default both.
 */
unread?: boolean
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `notifications.list`: the REST success body (HTTP 200). */
export type NotificationsListOutput = RestOperations['notifications.list']['responses'][200]['content']['application/json'];

/**
 * Input of `notifications.mark_read`: Mark notifications read
 */
export interface NotificationsMarkReadInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Notification ids (`ntf_…`), at most 100.
 * 
 * @maxItems 100
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
ids?: string[]
}

/** Output of `notifications.mark_read`: the REST success body (HTTP 200). */
export type NotificationsMarkReadOutput = RestOperations['notifications.mark_read']['responses'][200]['content']['application/json'];

/**
 * Input of `notifications.preferences.get`: Your notification preferences
 */
export interface NotificationsPreferencesGetInput {

}

/** Output of `notifications.preferences.get`: the REST success body (HTTP 200). */
export type NotificationsPreferencesGetOutput = RestOperations['notifications.preferences.get']['responses'][200]['content']['application/json'];

/**
 * Input of `notifications.preferences.update`: Change your notification preferences
 */
export interface NotificationsPreferencesUpdateInput {
/**
 * The mail preferences to change, by notification type; omitted types keep their value. A type that does not send mail, or an unknown one, is rejected (`VALIDATION_ERROR` naming it).
 */
email: {
/**
 * Mail when someone else assigns you to a task.
 */
task_assigned?: boolean
/**
 * Mail when someone else changes the status of a task you created or are assigned to.
 */
task_status_changed?: boolean
}
}

/** Output of `notifications.preferences.update`: the REST success body (HTTP 200). */
export type NotificationsPreferencesUpdateOutput = RestOperations['notifications.preferences.update']['responses'][200]['content']['application/json'];

/**
 * Input of `organizations.create`: Create an organization
 */
export interface OrganizationsCreateInput {
/**
 * Display name.
 */
name: string
/**
 * Unique URL-friendly name (2 to 63 lowercase letters, digits or dashes, not starting with a dash). Derived from `name` when omitted.
 */
slug?: string
/**
 * IANA time zone name (e.g. `Europe/Berlin`); default `UTC`. Unknown names are rejected.
 */
timezone?: string
/**
 * ISO 4217 currency code (e.g. `EUR`); default `USD`.
 */
currency?: string
}

/** Output of `organizations.create`: the REST success body (HTTP 201). */
export type OrganizationsCreateOutput = RestOperations['organizations.create']['responses'][201]['content']['application/json'];

/**
 * Input of `organizations.delete`: Delete an organization
 */
export interface OrganizationsDeleteInput {
/**
 * Organization id (`org_…`).
 */
id: string
}

/** Output of `organizations.delete`: the REST success body (HTTP 200). */
export type OrganizationsDeleteOutput = RestOperations['organizations.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `organizations.get`: Get an organization
 */
export interface OrganizationsGetInput {
/**
 * Organization id (`org_…`).
 */
id: string
}

/** Output of `organizations.get`: the REST success body (HTTP 200). */
export type OrganizationsGetOutput = RestOperations['organizations.get']['responses'][200]['content']['application/json'];

/**
 * Input of `organizations.list`: List your organizations
 */
export interface OrganizationsListInput {

}

/** Output of `organizations.list`: the REST success body (HTTP 200). */
export type OrganizationsListOutput = RestOperations['organizations.list']['responses'][200]['content']['application/json'];

/**
 * Input of `organizations.update`: Update an organization
 */
export interface OrganizationsUpdateInput {
/**
 * Organization id (`org_…`).
 */
id: string
/**
 * Display name.
 */
name?: string
/**
 * Unique URL-friendly name.
 */
slug?: string
/**
 * IANA time zone name.
 */
timezone?: string
/**
 * ISO 4217 currency code. Changing it does not convert existing amounts.
 */
currency?: string
}

/** Output of `organizations.update`: the REST success body (HTTP 200). */
export type OrganizationsUpdateOutput = RestOperations['organizations.update']['responses'][200]['content']['application/json'];

/**
 * Input of `personal_access_tokens.create`: Create a personal access token
 */
export interface PersonalAccessTokensCreateInput {
/**
 * Label to recognize the token by (e.g. `Claude Desktop`).
 */
name: string
/**
 * Organization the token is bound to (`org_…`); you must be a member. Default: the caller's current organization (`X-Org-Id` header, else the default organization).
 */
org_id?: string
/**
 * When the token stops working (RFC 3339, in the future), or `null`/omitted = never.
 */
expires_at?: (string | null)
}

/** Output of `personal_access_tokens.create`: the REST success body (HTTP 201). */
export type PersonalAccessTokensCreateOutput = RestOperations['personal_access_tokens.create']['responses'][201]['content']['application/json'];

/**
 * Input of `personal_access_tokens.delete`: Revoke a personal access token
 */
export interface PersonalAccessTokensDeleteInput {
/**
 * Token id (`pat_…`).
 */
id: string
}

/** Output of `personal_access_tokens.delete`: the REST success body (HTTP 200). */
export type PersonalAccessTokensDeleteOutput = RestOperations['personal_access_tokens.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `personal_access_tokens.list`: List your personal access tokens
 */
export interface PersonalAccessTokensListInput {

}

/** Output of `personal_access_tokens.list`: the REST success body (HTTP 200). */
export type PersonalAccessTokensListOutput = RestOperations['personal_access_tokens.list']['responses'][200]['content']['application/json'];

/**
 * Input of `presence.list`: Who in the organization is online
 */
export interface PresenceListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `presence.list`: the REST success body (HTTP 200). */
export type PresenceListOutput = RestOperations['presence.list']['responses'][200]['content']['application/json'];

/**
 * Input of `presence.set`: Set your status
 */
export interface PresenceSetInput {
/**
 * `online` or `away`.
 */
status: ("online" | "away")
}

/** Output of `presence.set`: the REST success body (HTTP 200). */
export type PresenceSetOutput = RestOperations['presence.set']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.create`: Create a project
 */
export interface ProjectsCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Project name.
 */
name: string
/**
 * Free text, or `null`.
 */
description?: (string | null)
/**
 * Display color `#rrggbb`, or `null`.
 */
color?: (string | null)
/**
 * Whether time on the project is billable by default (default `true`).
 */
billable?: boolean
/**
 * Default hourly rate in minor units of the organization's currency (e.g. `15000` = 150.00), or `null`.
 */
hourly_rate_cents?: (number | null)
/**
 * Client of the organization (`cli_…`), or `null`.
 */
client_id?: (string | null)
/**
 * Initial status (default `active`).
 */
status?: ("active" | "archived")
/**
 * `organization` (default) or `members`. A members-only project makes its creator a `lead` project member, so they keep seeing it without `manage_projects`.
 */
visibility?: ("organization" | "members")
}

/** Output of `projects.create`: the REST success body (HTTP 201). */
export type ProjectsCreateOutput = RestOperations['projects.create']['responses'][201]['content']['application/json'];

/**
 * Input of `projects.delete`: Delete a project
 */
export interface ProjectsDeleteInput {
/**
 * Project id (`prj_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `projects.delete`: the REST success body (HTTP 200). */
export type ProjectsDeleteOutput = RestOperations['projects.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.get`: Get a project
 */
export interface ProjectsGetInput {
/**
 * Project id (`prj_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `projects.get`: the REST success body (HTTP 200). */
export type ProjectsGetOutput = RestOperations['projects.get']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.list`: List projects
 */
export interface ProjectsListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only projects with this status.
 */
status?: ("active" | "archived")
/**
 * Case-insensitive substring of the project name.
 */
search?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `projects.list`: the REST success body (HTTP 200). */
export type ProjectsListOutput = RestOperations['projects.list']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.members.add`: Add a member to a project
 */
export interface ProjectsMembersAddInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * A member of the organization (`usr_…`); anyone else answers `NOT_FOUND`.
 */
user_id: string
/**
 * `lead` or `member` (default `member`).
 */
role?: ("lead" | "member")
/**
 * The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
hourly_rate_cents?: (number | null)
/**
 * The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
cost_rate_cents?: (number | null)
}

/** Output of `projects.members.add`: the REST success body (HTTP 201). */
export type ProjectsMembersAddOutput = RestOperations['projects.members.add']['responses'][201]['content']['application/json'];

/**
 * Input of `projects.members.list`: List a project's members
 */
export interface ProjectsMembersListInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `projects.members.list`: the REST success body (HTTP 200). */
export type ProjectsMembersListOutput = RestOperations['projects.members.list']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.members.remove`: Remove a member from a project
 */
export interface ProjectsMembersRemoveInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * The project member's user id (`usr_…`).
 */
user_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `projects.members.remove`: the REST success body (HTTP 200). */
export type ProjectsMembersRemoveOutput = RestOperations['projects.members.remove']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.members.update`: Change a project member's role
 */
export interface ProjectsMembersUpdateInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * The project member's user id (`usr_…`).
 */
user_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * A project member's role: `lead` or `member`. Roles are informational (who leads the project); they grant no permission. Permissions come from the organization role. A project may have no lead at all.
 */
role?: ("lead" | "member")
/**
 * The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
hourly_rate_cents?: (number | null)
/**
 * The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`).
 */
cost_rate_cents?: (number | null)
}

/** Output of `projects.members.update`: the REST success body (HTTP 200). */
export type ProjectsMembersUpdateOutput = RestOperations['projects.members.update']['responses'][200]['content']['application/json'];

/**
 * Input of `projects.update`: Update a project
 */
export interface ProjectsUpdateInput {
/**
 * Project id (`prj_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Project name.
 */
name?: string
/**
 * Free text, or `null` to clear.
 */
description?: (string | null)
/**
 * Display color `#rrggbb`, or `null` to clear.
 */
color?: (string | null)
/**
 * Whether new time on the project is billable by default. Existing entries keep their flag.
 */
billable?: boolean
/**
 * Default hourly rate in minor units, or `null` to clear. Entries not yet invoiced that inherit it follow it.
 */
hourly_rate_cents?: (number | null)
/**
 * Client (`cli_…`), or `null` to detach.
 */
client_id?: (string | null)
/**
 * `archived` to archive the project, `active` to restore it.
 */
status?: ("active" | "archived")
/**
 * `members` hides the project from everyone but its project members and holders of `manage_projects` (add members with `projects.members.add` first); `organization` shows it to the whole organization again.
 */
visibility?: ("organization" | "members")
}

/** Output of `projects.update`: the REST success body (HTTP 200). */
export type ProjectsUpdateOutput = RestOperations['projects.update']['responses'][200]['content']['application/json'];

/**
 * Input of `reports.profitability`: Profitability report
 */
export interface ReportsProfitabilityInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.
 */
from: string
/**
 * Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.
 */
to: string
/**
 * Group by `project` (default), `client` or `user`.
 */
group_by?: ("project" | "client" | "user")
}

/** Output of `reports.profitability`: the REST success body (HTTP 200). */
export type ReportsProfitabilityOutput = RestOperations['reports.profitability']['responses'][200]['content']['application/json'];

/**
 * Input of `reports.revenue`: Revenue report
 */
export interface ReportsRevenueInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.
 */
from: string
/**
 * Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.
 */
to: string
/**
 * Only this client (`cli_…`): its invoices and its projects' time.
 */
client_id?: string
/**
 * Group by `client` (default), `project` or `month`.
 */
group_by?: ("client" | "project" | "month")
}

/** Output of `reports.revenue`: the REST success body (HTTP 200). */
export type ReportsRevenueOutput = RestOperations['reports.revenue']['responses'][200]['content']['application/json'];

/**
 * Input of `reports.timesheet`: Timesheet report
 */
export interface ReportsTimesheetInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.
 */
from: string
/**
 * Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.
 */
to: string
/**
 * Only entries of this member (`usr_…`).
 */
user_id?: string
/**
 * Only entries of this project (`prj_…`).
 */
project_id?: string
/**
 * Only entries of this client's projects (`cli_…`).
 */
client_id?: string
/**
 * Only entries whose description contains this text, regardless of case.
 */
description?: string
/**
 * Only entries billed on this invoice (`inv_…`).
 */
invoice_id?: string
/**
 * Group the entries by `user`, `project`, `client`, `task`, `day`, `week` or `month`.
 */
group_by?: ("user" | "project" | "client" | "task" | "day" | "week" | "month")
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `reports.timesheet`: the REST success body (HTTP 200). */
export type ReportsTimesheetOutput = RestOperations['reports.timesheet']['responses'][200]['content']['application/json'];

/**
 * Input of `reports.utilization`: Utilization report
 */
export interface ReportsUtilizationInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * First day (`YYYY-MM-DD`, inclusive) in the organization's time zone.
 */
from: string
/**
 * Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both.
 */
to: string
/**
 * Only this member (`usr_…`).
 */
user_id?: string
/**
 * Count only the entries billed on this invoice (`inv_…`).
 */
invoice_id?: string
/**
 * Target hours per member for the whole range (default 8 per Monday-to-Friday day).
 */
target_hours?: number
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `reports.utilization`: the REST success body (HTTP 200). */
export type ReportsUtilizationOutput = RestOperations['reports.utilization']['responses'][200]['content']['application/json'];

/**
 * Input of `search`: Search across the organization
 */
export interface SearchInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * What to look for (1 to 200 characters, web search syntax).
 */
q: string
/**
 * Kinds to search, one or comma-separated (`task`, `project`, `client`, `task_comment`, `chat_message`, `invoice`); default all.
 */
type?: string
/**
 * How many hits at most, 1 to 50 (default 20).
 */
limit?: number
}

/** Output of `search`: the REST success body (HTTP 200). */
export type SearchOutput = RestOperations['search']['responses'][200]['content']['application/json'];

/**
 * Input of `sidebar.get_collapsed`: Your collapsed sidebar projects
 */
export interface SidebarGetCollapsedInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `sidebar.get_collapsed`: the REST success body (HTTP 200). */
export type SidebarGetCollapsedOutput = RestOperations['sidebar.get_collapsed']['responses'][200]['content']['application/json'];

/**
 * Input of `sidebar.toggle_collapsed`: Fold or unfold a project in your sidebar
 */
export interface SidebarToggleCollapsedInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `sidebar.toggle_collapsed`: the REST success body (HTTP 200). */
export type SidebarToggleCollapsedOutput = RestOperations['sidebar.toggle_collapsed']['responses'][200]['content']['application/json'];

/**
 * Input of `task_groups.create`: Create a task group
 */
export interface TaskGroupsCreateInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Group name, 1 to 200 characters.
 */
name: string
}

/** Output of `task_groups.create`: the REST success body (HTTP 201). */
export type TaskGroupsCreateOutput = RestOperations['task_groups.create']['responses'][201]['content']['application/json'];

/**
 * Input of `task_groups.delete`: Delete a task group
 */
export interface TaskGroupsDeleteInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Task group id (`grp_…`) of that project.
 */
group_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `task_groups.delete`: the REST success body (HTTP 200). */
export type TaskGroupsDeleteOutput = RestOperations['task_groups.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `task_groups.list`: List a project's task groups
 */
export interface TaskGroupsListInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `task_groups.list`: the REST success body (HTTP 200). */
export type TaskGroupsListOutput = RestOperations['task_groups.list']['responses'][200]['content']['application/json'];

/**
 * Input of `task_groups.reorder`: Reorder a project's task groups
 */
export interface TaskGroupsReorderInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Every group id of the project (`grp_…`), each once, in the new order: the group at index `i` gets `position` `i`. A missing, foreign or repeated id answers `VALIDATION_ERROR` on `order`.
 * 
 * @maxItems 100
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
order: string[]
}

/** Output of `task_groups.reorder`: the REST success body (HTTP 200). */
export type TaskGroupsReorderOutput = RestOperations['task_groups.reorder']['responses'][200]['content']['application/json'];

/**
 * Input of `task_groups.toggle_collapsed`: Fold or unfold a task group for yourself
 */
export interface TaskGroupsToggleCollapsedInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Task group id (`grp_…`) of that project.
 */
group_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `task_groups.toggle_collapsed`: the REST success body (HTTP 200). */
export type TaskGroupsToggleCollapsedOutput = RestOperations['task_groups.toggle_collapsed']['responses'][200]['content']['application/json'];

/**
 * Input of `task_groups.update`: Rename a task group
 */
export interface TaskGroupsUpdateInput {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * Task group id (`grp_…`) of that project.
 */
group_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Group name, 1 to 200 characters.
 */
name: string
}

/** Output of `task_groups.update`: the REST success body (HTTP 200). */
export type TaskGroupsUpdateOutput = RestOperations['task_groups.update']['responses'][200]['content']['application/json'];

/**
 * Input of `task_recurrences.create`: Set a task to repeat
 */
export interface TaskRecurrencesCreateInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
 */
recurrence_pattern: string
}

/** Output of `task_recurrences.create`: the REST success body (HTTP 201). */
export type TaskRecurrencesCreateOutput = RestOperations['task_recurrences.create']['responses'][201]['content']['application/json'];

/**
 * Input of `task_recurrences.delete`: Stop a recurrence
 */
export interface TaskRecurrencesDeleteInput {
/**
 * Recurrence id (`rec_…`).
 */
recurrence_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `task_recurrences.delete`: the REST success body (HTTP 200). */
export type TaskRecurrencesDeleteOutput = RestOperations['task_recurrences.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `task_recurrences.get`: Get a recurrence rule
 */
export interface TaskRecurrencesGetInput {
/**
 * Recurrence id (`rec_…`).
 */
recurrence_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `task_recurrences.get`: the REST success body (HTTP 200). */
export type TaskRecurrencesGetOutput = RestOperations['task_recurrences.get']['responses'][200]['content']['application/json'];

/**
 * Input of `task_recurrences.update`: Update a recurrence rule
 */
export interface TaskRecurrencesUpdateInput {
/**
 * Recurrence id (`rec_…`).
 */
recurrence_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
 */
recurrence_pattern: string
}

/** Output of `task_recurrences.update`: the REST success body (HTTP 200). */
export type TaskRecurrencesUpdateOutput = RestOperations['task_recurrences.update']['responses'][200]['content']['application/json'];

/**
 * Input of `task_statuses.create`: Create a task status
 */
export interface TaskStatusesCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * What tasks will store in `status`: a lowercase letter, then up to 31 lowercase letters, digits or `_`. Unique in the organization (`CONFLICT` otherwise).
 */
code: string
/**
 * Name shown to people, 1 to 50 characters.
 */
label: string
/**
 * Display color `#rrggbb`.
 */
color: string
/**
 * What a status means for progress: `todo` (not started), `in_progress`, `done` (counts as finished, e.g. in a milestone's `done_count`) or `cancelled`.
 */
category: ("todo" | "in_progress" | "done" | "cancelled")
/**
 * 0-based place among the organization's statuses; the statuses from there on move down by one. Default: last (a larger value also places it last).
 */
position?: number
}

/** Output of `task_statuses.create`: the REST success body (HTTP 201). */
export type TaskStatusesCreateOutput = RestOperations['task_statuses.create']['responses'][201]['content']['application/json'];

/**
 * Input of `task_statuses.delete`: Delete a task status
 */
export interface TaskStatusesDeleteInput {
/**
 * Task status id (`sts_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Code of another status of the organization to move the status's tasks to.
 */
replace_with?: string
}

/** Output of `task_statuses.delete`: the REST success body (HTTP 200). */
export type TaskStatusesDeleteOutput = RestOperations['task_statuses.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `task_statuses.list`: List task statuses
 */
export interface TaskStatusesListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `task_statuses.list`: the REST success body (HTTP 200). */
export type TaskStatusesListOutput = RestOperations['task_statuses.list']['responses'][200]['content']['application/json'];

/**
 * Input of `task_statuses.update`: Update a task status
 */
export interface TaskStatusesUpdateInput {
/**
 * Task status id (`sts_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * A new code, unique in the organization (`CONFLICT` otherwise). Every task with the old code is moved to the new one in the same change.
 */
code?: string
/**
 * Name shown to people, 1 to 50 characters.
 */
label?: string
/**
 * Display color `#rrggbb`.
 */
color?: string
/**
 * New category; the organization's last status of category `done` keeps it (`CONFLICT`).
 */
category?: ("todo" | "in_progress" | "done" | "cancelled")
/**
 * New 0-based place among the organization's statuses (a larger value places it last); the others close up.
 */
position?: number
}

/** Output of `task_statuses.update`: the REST success body (HTTP 200). */
export type TaskStatusesUpdateOutput = RestOperations['task_statuses.update']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.add_comment`: Comment on a task
 */
export interface TasksAddCommentInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * The comment's text, 1 to 10,000 characters.
 */
body: string
}

/** Output of `tasks.add_comment`: the REST success body (HTTP 201). */
export type TasksAddCommentOutput = RestOperations['tasks.add_comment']['responses'][201]['content']['application/json'];

/**
 * Input of `tasks.checklist.create`: Add a checklist item
 */
export interface TasksChecklistCreateInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * What is to be done, 1 to 500 characters.
 */
title: string
}

/** Output of `tasks.checklist.create`: the REST success body (HTTP 201). */
export type TasksChecklistCreateOutput = RestOperations['tasks.checklist.create']['responses'][201]['content']['application/json'];

/**
 * Input of `tasks.checklist.delete`: Delete a checklist item
 */
export interface TasksChecklistDeleteInput {
/**
 * Checklist item id (`chk_…`).
 */
item_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.checklist.delete`: the REST success body (HTTP 200). */
export type TasksChecklistDeleteOutput = RestOperations['tasks.checklist.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.checklist.list`: List a task's checklist
 */
export interface TasksChecklistListInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `tasks.checklist.list`: the REST success body (HTTP 200). */
export type TasksChecklistListOutput = RestOperations['tasks.checklist.list']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.checklist.toggle`: Check or uncheck a checklist item
 */
export interface TasksChecklistToggleInput {
/**
 * Checklist item id (`chk_…`).
 */
item_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.checklist.toggle`: the REST success body (HTTP 200). */
export type TasksChecklistToggleOutput = RestOperations['tasks.checklist.toggle']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.comments.list`: List a task's comments
 */
export interface TasksCommentsListInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `tasks.comments.list`: the REST success body (HTTP 200). */
export type TasksCommentsListOutput = RestOperations['tasks.comments.list']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.create`: Create a task
 */
export interface TasksCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Short title.
 */
title: string
/**
 * Project of the organization to create the task in (`prj_…`).
 */
project_id: string
/**
 * Free text, or `null`.
 */
description?: (string | null)
/**
 * Initial status (default `open`).
 */
status?: string
/**
 * Priority (default `medium`).
 */
priority?: ("low" | "medium" | "high" | "urgent")
/**
 * Planned start `YYYY-MM-DD`, or `null`.
 */
start_date?: (string | null)
/**
 * Due date `YYYY-MM-DD`, or `null`.
 */
due_date?: (string | null)
/**
 * Estimated effort in hours, 0 to 100000, or `null`.
 */
estimated_hours?: (number | null)
/**
 * Members of the organization to assign (`usr_…`), at most 20, no duplicates.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
assignee_ids?: string[]
/**
 * Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids?: string[]
/**
 * A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default).
 */
group_id?: (string | null)
/**
 * A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`.
 */
milestone_id?: (string | null)
}

/** Output of `tasks.create`: the REST success body (HTTP 201). */
export type TasksCreateOutput = RestOperations['tasks.create']['responses'][201]['content']['application/json'];

/**
 * Input of `tasks.create_bulk`: Create up to 100 tasks at once
 */
export interface TasksCreateBulkInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * The tasks to create, in order; each item as `tasks.create` (`TaskCreate`).
 * 
 * @minItems 1
 * @maxItems 100
 * 
 * Items: A new task. `start_date` must be on or before `due_date` when both are set. Unknown fields are rejected (`VALIDATION_ERROR`).
 */
tasks: {
/**
 * Short title.
 */
title: string
/**
 * Project of the organization to create the task in (`prj_…`).
 */
project_id: string
/**
 * Free text, or `null`.
 */
description?: (string | null)
/**
 * Initial status (default `open`).
 */
status?: string
/**
 * Priority (default `medium`).
 */
priority?: ("low" | "medium" | "high" | "urgent")
/**
 * Planned start `YYYY-MM-DD`, or `null`.
 */
start_date?: (string | null)
/**
 * Due date `YYYY-MM-DD`, or `null`.
 */
due_date?: (string | null)
/**
 * Estimated effort in hours, 0 to 100000, or `null`.
 */
estimated_hours?: (number | null)
/**
 * Members of the organization to assign (`usr_…`), at most 20, no duplicates.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
assignee_ids?: string[]
/**
 * Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids?: string[]
/**
 * A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default).
 */
group_id?: (string | null)
/**
 * A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`.
 */
milestone_id?: (string | null)
}[]
}

/** Output of `tasks.create_bulk`: the REST success body (HTTP 201). */
export type TasksCreateBulkOutput = RestOperations['tasks.create_bulk']['responses'][201]['content']['application/json'];

/**
 * Input of `tasks.delete`: Delete a task
 */
export interface TasksDeleteInput {
/**
 * Task id (`tsk_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.delete`: the REST success body (HTTP 200). */
export type TasksDeleteOutput = RestOperations['tasks.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.delete_comment`: Delete a comment
 */
export interface TasksDeleteCommentInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Comment id (`cmt_…`), a comment on that task.
 */
comment_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.delete_comment`: the REST success body (HTTP 200). */
export type TasksDeleteCommentOutput = RestOperations['tasks.delete_comment']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.dependencies.list_all`: List every dependency of the organization
 */
export interface TasksDependenciesListAllInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.dependencies.list_all`: the REST success body (HTTP 200). */
export type TasksDependenciesListAllOutput = RestOperations['tasks.dependencies.list_all']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.dependency.add`: Add a dependency
 */
export interface TasksDependencyAddInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * The other task (`tsk_…`), of the same organization, any project; not the task itself. Despite its name (the seed's), with `dependency_type: blocks` it is the task that waits.
 */
depends_on_id: string
/**
 * How the new dependency reads from `task_id`: `blocked_by` (the task waits for `depends_on_id`) or `blocks` (`depends_on_id` waits for the task).
 */
dependency_type: ("blocked_by" | "blocks")
}

/** Output of `tasks.dependency.add`: the REST success body (HTTP 201). */
export type TasksDependencyAddOutput = RestOperations['tasks.dependency.add']['responses'][201]['content']['application/json'];

/**
 * Input of `tasks.dependency.list`: List a task's dependencies
 */
export interface TasksDependencyListInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.dependency.list`: the REST success body (HTTP 200). */
export type TasksDependencyListOutput = RestOperations['tasks.dependency.list']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.dependency.remove`: Remove a dependency
 */
export interface TasksDependencyRemoveInput {
/**
 * Task id (`tsk_…`), either end of the dependency.
 */
task_id: string
/**
 * Dependency id (`dep_…`).
 */
dependency_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.dependency.remove`: the REST success body (HTTP 200). */
export type TasksDependencyRemoveOutput = RestOperations['tasks.dependency.remove']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.get`: Get a task
 */
export interface TasksGetInput {
/**
 * Task id (`tsk_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `tasks.get`: the REST success body (HTTP 200). */
export type TasksGetOutput = RestOperations['tasks.get']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.list`: List tasks
 */
export interface TasksListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Only tasks of this project (`prj_…`).
 */
project_id?: string
/**
 * Only tasks with this status.
 */
status?: string
/**
 * Only tasks assigned to this user (`usr_…`).
 */
assignee_id?: string
/**
 * Only tasks carrying this label (`lbl_…`).
 */
label_id?: string
/**
 * Only tasks of this milestone (`mst_…`).
 */
milestone_id?: string
/**
 * Sort field.
 */
sort?: ("created_at" | "due_date" | "priority" | "title" | "position")
/**
 * Sort direction; default `asc`, or `desc` when sorting by `priority`.
 */
order?: ("asc" | "desc")
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `tasks.list`: the REST success body (HTTP 200). */
export type TasksListOutput = RestOperations['tasks.list']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.reorder`: Move a task within its group or to another group
 */
export interface TasksReorderInput {
/**
 * Task id (`tsk_…`).
 */
task_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * 0-based index among the tasks of the destination group after the move; past the end means last.
 */
position: number
/**
 * Destination group of the task's project (`grp_…`), or `null` for the project's ungrouped tasks; omitted, the task stays in its group.
 */
group_id?: (string | null)
}

/** Output of `tasks.reorder`: the REST success body (HTTP 200). */
export type TasksReorderOutput = RestOperations['tasks.reorder']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.update`: Update a task
 */
export interface TasksUpdateInput {
/**
 * Task id (`tsk_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Short title.
 */
title?: string
/**
 * Moves the task to another project of the same organization (`prj_…`).
 */
project_id?: string
/**
 * Free text, or `null` to clear.
 */
description?: (string | null)
/**
 * Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.
 */
status?: string
/**
 * Priority of a task, from lowest to highest.
 */
priority?: ("low" | "medium" | "high" | "urgent")
/**
 * Planned start `YYYY-MM-DD`, or `null` to clear.
 */
start_date?: (string | null)
/**
 * Due date `YYYY-MM-DD`, or `null` to clear.
 */
due_date?: (string | null)
/**
 * Estimated effort in hours, 0 to 100000, or `null` to clear.
 */
estimated_hours?: (number | null)
/**
 * The complete new set of assignees (`usr_…`, members of the organization), at most 20; `[]` unassigns everyone.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
assignee_ids?: string[]
/**
 * The complete new set of labels (`lbl_…`), at most 20; `[]` removes all.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids?: string[]
/**
 * Moves the task to the end of this task group of its project (`grp_…`), or out of its group with `null`.
 */
group_id?: (string | null)
/**
 * A milestone of the task's project (`mst_…`), or `null` to clear.
 */
milestone_id?: (string | null)
/**
 * New 0-based index among the tasks of its group (as `tasks.reorder`); a larger value places it last.
 */
position?: number
}

/** Output of `tasks.update`: the REST success body (HTTP 200). */
export type TasksUpdateOutput = RestOperations['tasks.update']['responses'][200]['content']['application/json'];

/**
 * Input of `tasks.update_status`: Change a task's status
 */
export interface TasksUpdateStatusInput {
/**
 * Task id (`tsk_…`).
 */
id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.
 */
status: string
}

/** Output of `tasks.update_status`: the REST success body (HTTP 200). */
export type TasksUpdateStatusOutput = RestOperations['tasks.update_status']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.create`: Log time manually
 */
export interface TimeEntriesCreateInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * When the work began (RFC 3339).
 */
started_at: string
/**
 * When it ended (RFC 3339), not before `started_at`.
 */
stopped_at: string
/**
 * Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used.
 */
project_id?: (string | null)
/**
 * Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project.
 */
task_id?: (string | null)
/**
 * What was done, up to 2000 characters.
 */
description?: (string | null)
/**
 * Whether the time is billable; default = the project's `billable` flag, or `true` without a project.
 */
billable?: boolean
/**
 * The entry's own client rate override in minor units per hour (0 to 100000000), or `null` (default) = inherited from its project member rate, its project's rate or its member's default.
 */
hourly_rate_cents?: (number | null)
}

/** Output of `time_entries.create`: the REST success body (HTTP 201). */
export type TimeEntriesCreateOutput = RestOperations['time_entries.create']['responses'][201]['content']['application/json'];

/**
 * Input of `time_entries.current`: Get the running timer
 */
export interface TimeEntriesCurrentInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `time_entries.current`: the REST success body (HTTP 200). */
export type TimeEntriesCurrentOutput = RestOperations['time_entries.current']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.delete`: Delete a time entry
 */
export interface TimeEntriesDeleteInput {
/**
 * Time entry id (`te_…`).
 */
entry_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `time_entries.delete`: the REST success body (HTTP 200). */
export type TimeEntriesDeleteOutput = RestOperations['time_entries.delete']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.get`: Get a time entry
 */
export interface TimeEntriesGetInput {
/**
 * Time entry id (`te_…`).
 */
entry_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `time_entries.get`: the REST success body (HTTP 200). */
export type TimeEntriesGetOutput = RestOperations['time_entries.get']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.list`: List time entries
 */
export interface TimeEntriesListInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Entries started at or after this date (`YYYY-MM-DD`) or instant (RFC 3339).
 */
from?: string
/**
 * Entries started at or before this instant, or through the end of this date.
 */
to?: string
/**
 * Only entries of this project (`prj_…`).
 */
project_id?: string
/**
 * Only entries of this task (`tsk_…`).
 */
task_id?: string
/**
 * Only entries of this user (`usr_…`).
 */
user_id?: string
/**
 * Only billable (`true`) or non-billable (`false`) entries.
 */
billable?: boolean
/**
 * Page number, from 1.
 */
page?: number
/**
 * Items per page, 1 to 100.
 */
per_page?: number
}

/** Output of `time_entries.list`: the REST success body (HTTP 200). */
export type TimeEntriesListOutput = RestOperations['time_entries.list']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.start`: Start a timer
 */
export interface TimeEntriesStartInput {
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used.
 */
project_id?: (string | null)
/**
 * Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project.
 */
task_id?: (string | null)
/**
 * What you are working on, up to 2000 characters.
 */
description?: (string | null)
/**
 * Whether the time is billable; default = the project's `billable` flag, or `true` without a project.
 */
billable?: boolean
}

/** Output of `time_entries.start`: the REST success body (HTTP 201). */
export type TimeEntriesStartOutput = RestOperations['time_entries.start']['responses'][201]['content']['application/json'];

/**
 * Input of `time_entries.stop`: Stop a timer
 */
export interface TimeEntriesStopInput {
/**
 * Time entry id (`te_…`). Optional outside REST (defaults to the caller's running timer).
 */
entry_id?: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
}

/** Output of `time_entries.stop`: the REST success body (HTTP 200). */
export type TimeEntriesStopOutput = RestOperations['time_entries.stop']['responses'][200]['content']['application/json'];

/**
 * Input of `time_entries.update`: Update a time entry
 */
export interface TimeEntriesUpdateInput {
/**
 * Time entry id (`te_…`).
 */
entry_id: string
/**
 * Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
 * organization. A personal access token acts only in its own organization.
 * 
 */
org_id?: string
/**
 * New start (RFC 3339).
 */
started_at?: string
/**
 * New end (RFC 3339). Setting it on a running entry stops the timer. It cannot be cleared.
 */
stopped_at?: string
/**
 * Project (`prj_…`), or `null` to detach.
 */
project_id?: (string | null)
/**
 * Task (`tsk_…`), or `null` to detach.
 */
task_id?: (string | null)
/**
 * What was done, up to 2000 characters, or `null` to clear.
 */
description?: (string | null)
/**
 * Whether the time is billable.
 */
billable?: boolean
/**
 * The entry's own client rate override in minor units per hour (0 to 100000000), or `null` to clear (inherited again).
 */
hourly_rate_cents?: (number | null)
}

/** Output of `time_entries.update`: the REST success body (HTTP 200). */
export type TimeEntriesUpdateOutput = RestOperations['time_entries.update']['responses'][200]['content']['application/json'];

/**
 * Input of `users.me`: Get the signed-in user
 */
export interface UsersMeInput {

}

/** Output of `users.me`: the REST success body (HTTP 200). */
export type UsersMeOutput = RestOperations['users.me']['responses'][200]['content']['application/json'];

/** Input and output type of each operation. */
export interface OperationTypes {
  'audit.list': { input: AuditListInput; output: AuditListOutput };
  'auth.forgot_password': { input: AuthForgotPasswordInput; output: AuthForgotPasswordOutput };
  'auth.login': { input: AuthLoginInput; output: AuthLoginOutput };
  'auth.logout': { input: AuthLogoutInput; output: AuthLogoutOutput };
  'auth.refresh': { input: AuthRefreshInput; output: AuthRefreshOutput };
  'auth.register': { input: AuthRegisterInput; output: AuthRegisterOutput };
  'auth.reset_password': { input: AuthResetPasswordInput; output: AuthResetPasswordOutput };
  'auth.ws_ticket': { input: AuthWsTicketInput; output: AuthWsTicketOutput };
  'chat.channels.archive': { input: ChatChannelsArchiveInput; output: ChatChannelsArchiveOutput };
  'chat.channels.create': { input: ChatChannelsCreateInput; output: ChatChannelsCreateOutput };
  'chat.channels.list': { input: ChatChannelsListInput; output: ChatChannelsListOutput };
  'chat.channels.mark_read': { input: ChatChannelsMarkReadInput; output: ChatChannelsMarkReadOutput };
  'chat.channels.members.add': { input: ChatChannelsMembersAddInput; output: ChatChannelsMembersAddOutput };
  'chat.channels.members.remove': { input: ChatChannelsMembersRemoveInput; output: ChatChannelsMembersRemoveOutput };
  'chat.channels.update': { input: ChatChannelsUpdateInput; output: ChatChannelsUpdateOutput };
  'chat.dm.open': { input: ChatDmOpenInput; output: ChatDmOpenOutput };
  'chat.messages.delete': { input: ChatMessagesDeleteInput; output: ChatMessagesDeleteOutput };
  'chat.messages.list': { input: ChatMessagesListInput; output: ChatMessagesListOutput };
  'chat.messages.send': { input: ChatMessagesSendInput; output: ChatMessagesSendOutput };
  'chat.reactions.add': { input: ChatReactionsAddInput; output: ChatReactionsAddOutput };
  'chat.reactions.remove': { input: ChatReactionsRemoveInput; output: ChatReactionsRemoveOutput };
  'chat.typing': { input: ChatTypingInput; output: ChatTypingOutput };
  'clients.create': { input: ClientsCreateInput; output: ClientsCreateOutput };
  'clients.delete': { input: ClientsDeleteInput; output: ClientsDeleteOutput };
  'clients.get': { input: ClientsGetInput; output: ClientsGetOutput };
  'clients.list': { input: ClientsListInput; output: ClientsListOutput };
  'clients.update': { input: ClientsUpdateInput; output: ClientsUpdateOutput };
  'dashboard.summary': { input: DashboardSummaryInput; output: DashboardSummaryOutput };
  'invitations.accept': { input: InvitationsAcceptInput; output: InvitationsAcceptOutput };
  'invoices.create': { input: InvoicesCreateInput; output: InvoicesCreateOutput };
  'invoices.delete': { input: InvoicesDeleteInput; output: InvoicesDeleteOutput };
  'invoices.generate': { input: InvoicesGenerateInput; output: InvoicesGenerateOutput };
  'invoices.get': { input: InvoicesGetInput; output: InvoicesGetOutput };
  'invoices.list': { input: InvoicesListInput; output: InvoicesListOutput };
  'invoices.mark_paid': { input: InvoicesMarkPaidInput; output: InvoicesMarkPaidOutput };
  'invoices.pdf': { input: InvoicesPdfInput; output: InvoicesPdfOutput };
  'invoices.send': { input: InvoicesSendInput; output: InvoicesSendOutput };
  'invoices.update': { input: InvoicesUpdateInput; output: InvoicesUpdateOutput };
  'labels.create': { input: LabelsCreateInput; output: LabelsCreateOutput };
  'labels.delete': { input: LabelsDeleteInput; output: LabelsDeleteOutput };
  'labels.list': { input: LabelsListInput; output: LabelsListOutput };
  'labels.update': { input: LabelsUpdateInput; output: LabelsUpdateOutput };
  'members.invite': { input: MembersInviteInput; output: MembersInviteOutput };
  'members.list': { input: MembersListInput; output: MembersListOutput };
  'members.remove': { input: MembersRemoveInput; output: MembersRemoveOutput };
  'members.update': { input: MembersUpdateInput; output: MembersUpdateOutput };
  'milestones.create': { input: MilestonesCreateInput; output: MilestonesCreateOutput };
  'milestones.delete': { input: MilestonesDeleteInput; output: MilestonesDeleteOutput };
  'milestones.list': { input: MilestonesListInput; output: MilestonesListOutput };
  'milestones.update': { input: MilestonesUpdateInput; output: MilestonesUpdateOutput };
  'notifications.list': { input: NotificationsListInput; output: NotificationsListOutput };
  'notifications.mark_read': { input: NotificationsMarkReadInput; output: NotificationsMarkReadOutput };
  'notifications.preferences.get': { input: NotificationsPreferencesGetInput; output: NotificationsPreferencesGetOutput };
  'notifications.preferences.update': { input: NotificationsPreferencesUpdateInput; output: NotificationsPreferencesUpdateOutput };
  'organizations.create': { input: OrganizationsCreateInput; output: OrganizationsCreateOutput };
  'organizations.delete': { input: OrganizationsDeleteInput; output: OrganizationsDeleteOutput };
  'organizations.get': { input: OrganizationsGetInput; output: OrganizationsGetOutput };
  'organizations.list': { input: OrganizationsListInput; output: OrganizationsListOutput };
  'organizations.update': { input: OrganizationsUpdateInput; output: OrganizationsUpdateOutput };
  'personal_access_tokens.create': { input: PersonalAccessTokensCreateInput; output: PersonalAccessTokensCreateOutput };
  'personal_access_tokens.delete': { input: PersonalAccessTokensDeleteInput; output: PersonalAccessTokensDeleteOutput };
  'personal_access_tokens.list': { input: PersonalAccessTokensListInput; output: PersonalAccessTokensListOutput };
  'presence.list': { input: PresenceListInput; output: PresenceListOutput };
  'presence.set': { input: PresenceSetInput; output: PresenceSetOutput };
  'projects.create': { input: ProjectsCreateInput; output: ProjectsCreateOutput };
  'projects.delete': { input: ProjectsDeleteInput; output: ProjectsDeleteOutput };
  'projects.get': { input: ProjectsGetInput; output: ProjectsGetOutput };
  'projects.list': { input: ProjectsListInput; output: ProjectsListOutput };
  'projects.members.add': { input: ProjectsMembersAddInput; output: ProjectsMembersAddOutput };
  'projects.members.list': { input: ProjectsMembersListInput; output: ProjectsMembersListOutput };
  'projects.members.remove': { input: ProjectsMembersRemoveInput; output: ProjectsMembersRemoveOutput };
  'projects.members.update': { input: ProjectsMembersUpdateInput; output: ProjectsMembersUpdateOutput };
  'projects.update': { input: ProjectsUpdateInput; output: ProjectsUpdateOutput };
  'reports.profitability': { input: ReportsProfitabilityInput; output: ReportsProfitabilityOutput };
  'reports.revenue': { input: ReportsRevenueInput; output: ReportsRevenueOutput };
  'reports.timesheet': { input: ReportsTimesheetInput; output: ReportsTimesheetOutput };
  'reports.utilization': { input: ReportsUtilizationInput; output: ReportsUtilizationOutput };
  'search': { input: SearchInput; output: SearchOutput };
  'sidebar.get_collapsed': { input: SidebarGetCollapsedInput; output: SidebarGetCollapsedOutput };
  'sidebar.toggle_collapsed': { input: SidebarToggleCollapsedInput; output: SidebarToggleCollapsedOutput };
  'task_groups.create': { input: TaskGroupsCreateInput; output: TaskGroupsCreateOutput };
  'task_groups.delete': { input: TaskGroupsDeleteInput; output: TaskGroupsDeleteOutput };
  'task_groups.list': { input: TaskGroupsListInput; output: TaskGroupsListOutput };
  'task_groups.reorder': { input: TaskGroupsReorderInput; output: TaskGroupsReorderOutput };
  'task_groups.toggle_collapsed': { input: TaskGroupsToggleCollapsedInput; output: TaskGroupsToggleCollapsedOutput };
  'task_groups.update': { input: TaskGroupsUpdateInput; output: TaskGroupsUpdateOutput };
  'task_recurrences.create': { input: TaskRecurrencesCreateInput; output: TaskRecurrencesCreateOutput };
  'task_recurrences.delete': { input: TaskRecurrencesDeleteInput; output: TaskRecurrencesDeleteOutput };
  'task_recurrences.get': { input: TaskRecurrencesGetInput; output: TaskRecurrencesGetOutput };
  'task_recurrences.update': { input: TaskRecurrencesUpdateInput; output: TaskRecurrencesUpdateOutput };
  'task_statuses.create': { input: TaskStatusesCreateInput; output: TaskStatusesCreateOutput };
  'task_statuses.delete': { input: TaskStatusesDeleteInput; output: TaskStatusesDeleteOutput };
  'task_statuses.list': { input: TaskStatusesListInput; output: TaskStatusesListOutput };
  'task_statuses.update': { input: TaskStatusesUpdateInput; output: TaskStatusesUpdateOutput };
  'tasks.add_comment': { input: TasksAddCommentInput; output: TasksAddCommentOutput };
  'tasks.checklist.create': { input: TasksChecklistCreateInput; output: TasksChecklistCreateOutput };
  'tasks.checklist.delete': { input: TasksChecklistDeleteInput; output: TasksChecklistDeleteOutput };
  'tasks.checklist.list': { input: TasksChecklistListInput; output: TasksChecklistListOutput };
  'tasks.checklist.toggle': { input: TasksChecklistToggleInput; output: TasksChecklistToggleOutput };
  'tasks.comments.list': { input: TasksCommentsListInput; output: TasksCommentsListOutput };
  'tasks.create': { input: TasksCreateInput; output: TasksCreateOutput };
  'tasks.create_bulk': { input: TasksCreateBulkInput; output: TasksCreateBulkOutput };
  'tasks.delete': { input: TasksDeleteInput; output: TasksDeleteOutput };
  'tasks.delete_comment': { input: TasksDeleteCommentInput; output: TasksDeleteCommentOutput };
  'tasks.dependencies.list_all': { input: TasksDependenciesListAllInput; output: TasksDependenciesListAllOutput };
  'tasks.dependency.add': { input: TasksDependencyAddInput; output: TasksDependencyAddOutput };
  'tasks.dependency.list': { input: TasksDependencyListInput; output: TasksDependencyListOutput };
  'tasks.dependency.remove': { input: TasksDependencyRemoveInput; output: TasksDependencyRemoveOutput };
  'tasks.get': { input: TasksGetInput; output: TasksGetOutput };
  'tasks.list': { input: TasksListInput; output: TasksListOutput };
  'tasks.reorder': { input: TasksReorderInput; output: TasksReorderOutput };
  'tasks.update': { input: TasksUpdateInput; output: TasksUpdateOutput };
  'tasks.update_status': { input: TasksUpdateStatusInput; output: TasksUpdateStatusOutput };
  'time_entries.create': { input: TimeEntriesCreateInput; output: TimeEntriesCreateOutput };
  'time_entries.current': { input: TimeEntriesCurrentInput; output: TimeEntriesCurrentOutput };
  'time_entries.delete': { input: TimeEntriesDeleteInput; output: TimeEntriesDeleteOutput };
  'time_entries.get': { input: TimeEntriesGetInput; output: TimeEntriesGetOutput };
  'time_entries.list': { input: TimeEntriesListInput; output: TimeEntriesListOutput };
  'time_entries.start': { input: TimeEntriesStartInput; output: TimeEntriesStartOutput };
  'time_entries.stop': { input: TimeEntriesStopInput; output: TimeEntriesStopOutput };
  'time_entries.update': { input: TimeEntriesUpdateInput; output: TimeEntriesUpdateOutput };
  'users.me': { input: UsersMeInput; output: UsersMeOutput };
}

export type OperationInput<N extends OperationName> = OperationTypes[N]['input'];
export type OperationOutput<N extends OperationName> = OperationTypes[N]['output'];

/** How an operation finds its organization: 'org' acts inside one, 'user' on the caller, 'none' is public. */
export type OperationScope = 'org' | 'user' | 'none';

export type ScopeOf<N extends OperationName> = (typeof operationMeta)[N]['scope'];

/** The areas of the catalogue (specs/openapi/paths/<area>.yaml, src/domain/<area>/). */
export const OPERATION_AREAS = ["audit","auth","chat","clients","dashboard","invoices","labels","members","milestones","notifications","organizations","personal_access_tokens","presence","project_members","projects","reports","search","sidebar","task_checklists","task_comments","task_dependencies","task_groups","task_recurrences","task_statuses","tasks","time_entries","users"] as const;

export type OperationArea = (typeof OPERATION_AREAS)[number];

/** The operations of one area. */
export type AreaOperationName<A extends OperationArea> = { [N in OperationName]: (typeof operationMeta)[N]['area'] extends A ? N : never }[OperationName];

/** What the domain implements: one async function per operation, given the context of the operation's scope. */
export type OperationHandlers<Ctx extends Record<OperationScope, unknown>> = {
  [N in OperationName]: (ctx: Ctx[ScopeOf<N>], input: OperationInput<N>) => Promise<OperationOutput<N>>;
};

/** What one area of the domain implements (`satisfies AreaHandlers<'tasks', Contexts>`). */
export type AreaHandlers<A extends OperationArea, Ctx extends Record<OperationScope, unknown>> = Pick<OperationHandlers<Ctx>, AreaOperationName<A>>;

export type OperationTransport = 'ws' | 'mcp' | 'graphql';

export interface OperationMeta {
  readonly name: OperationName;
  /** The area: specs/openapi/paths/<area>.yaml, src/domain/<area>/. */
  readonly area: string;
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly string[];
  /** 'none': public (no Bearer needed). */
  readonly auth: 'none' | 'user';
  /** 'org': acts inside one organization (org_id / X-Org-Id / PAT / default org). */
  readonly scope: OperationScope;
  /** For 'org' scope: the input field naming the organization (`org_id`, or `id` for an organization's own operations). */
  readonly orgParam: string;
  /** The permission execute() requires before the domain runs (null: none). */
  readonly permission: Permission | null;
  /** Permissions the domain checks because they depend on the data, and the rule it applies. */
  readonly permissionRule: { readonly permissions: readonly Permission[]; readonly rule: string } | null;
  /** Transports besides REST. */
  readonly transports: readonly OperationTransport[];
  /** Paginated list: the body is { data, pagination }. */
  readonly list: boolean;
  /** 'fail-closed': answers SERVICE_UNAVAILABLE while the shared rate-limit store is unreachable (x-rate-limit). */
  readonly rateLimit: 'fail-open' | 'fail-closed';
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** HTTP status of success. */
  readonly status: number;
  /** A success writes one audit row (every mutation, unless its spec says `x-audit: false`). */
  readonly audited: boolean;
}

export const operationMeta = {
  "audit.list": {
    "name": "audit.list",
    "area": "audit",
    "summary": "List the audit log",
    "description": "The organization's audit log, newest first (ties by id, newest first), paginated (at most 100 per page):\none entry per successful change made in the organization on any interface (REST, WebSocket, GraphQL,\nMCP), with who made it (user, and the personal access token if one was used), the operation, the entity,\nwhat changed (secrets never), the IP address, the user agent and the time. Failed calls and reads are not\nrecorded. Entries cannot be changed or deleted. Filters: `user_id`, `action` (the operation name, e.g.\n`tasks.update`), `entity_type`, `entity_id`, and `from`/`to`: an instant (RFC 3339) or a day (`YYYY-MM-DD`)\nin the organization's time zone (`from` a day: from its start; `to` a day: to its end, inclusive); the\nanswer states that time zone (`timezone`). Requires `view_audit` (owners and admins by default).\n",
    "tags": [
      "audit"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "view_audit",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/audit",
    "status": 200,
    "audited": false
  },
  "auth.forgot_password": {
    "name": "auth.forgot_password",
    "area": "auth",
    "summary": "Request a password reset link",
    "description": "Mails a password reset link (valid 1 hour, single use) if an account exists for the email address.\nThe answer is the same whether or not the account exists.\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/auth/forgot-password",
    "status": 200,
    "audited": true
  },
  "auth.login": {
    "name": "auth.login",
    "area": "auth",
    "summary": "Sign in with email and password",
    "description": "Starts a session. Wrong email and wrong password answer the same `UNAUTHORIZED` error, so the answer\ndoes not tell whether an account exists.\n\nFailed attempts are throttled (counted on every instance; an unknown email counts like a known one). A\nrefused attempt answers `429 RATE_LIMIT_EXCEEDED` with `Retry-After`, even with the right password:\n- the same email from the same address: after 5 consecutive failures that pair is blocked for 60 s,\n  doubling with each further block within a day (2 min, 4 min, …, at most 1 h). A successful sign-in\n  from that address resets it. Other addresses are not affected, so the owner can still sign in.\n- the same email from all addresses: after 50 failures within an hour, addresses that have not signed\n  in to that account successfully in the last 30 days are refused until the hour ends; the owner's\n  usual addresses are not.\n- the same address for all emails: after 100 failures within an hour, the address is blocked for an hour.\n\nThe numbers are configurable (`LOGIN_MAX_FAILURES_PER_ADDRESS`, `LOGIN_BLOCK_SECONDS`,\n`LOGIN_MAX_BLOCK_SECONDS`, `LOGIN_MAX_FAILURES_PER_ACCOUNT`, `LOGIN_MAX_FAILURES_PER_ADDRESS_ALL`).\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-closed",
    "method": "POST",
    "path": "/auth/login",
    "status": 200,
    "audited": true
  },
  "auth.logout": {
    "name": "auth.logout",
    "area": "auth",
    "summary": "End a session",
    "description": "Invalidates the refresh token (and so the session it belongs to). The session's access tokens stop\nworking from the next call on, on every instance, and its open `/ws` and graphql-ws connections are\nclosed with 4011 (Session ended). An Authorization header is accepted but not required. Idempotent: an unknown or already invalid refresh token also answers `success: true`.\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/auth/logout",
    "status": 200,
    "audited": true
  },
  "auth.refresh": {
    "name": "auth.refresh",
    "area": "auth",
    "summary": "Exchange a refresh token for new tokens",
    "description": "Rotates the session: returns a new access token and a new refresh token, and invalidates the refresh\ntoken presented. Replace both tokens you hold. The answer has no `user`.\n\nAn unknown, expired or revoked refresh token answers `UNAUTHORIZED`. Presenting a refresh token that\nwas already rotated is treated as theft: the whole session (every token descended from the same login)\nis revoked (its access tokens and open sockets too) and the call answers `UNAUTHORIZED`; sign in again.\n\nGrace window: within 10 seconds (`REFRESH_REUSE_GRACE_SECONDS`) of a token's rotation, presenting it\nagain (two tabs refreshing at once, a retried request) is not theft: the call answers a new, valid pair\nof the same session, and every pair handed out keeps working.\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-closed",
    "method": "POST",
    "path": "/auth/refresh",
    "status": 200,
    "audited": true
  },
  "auth.register": {
    "name": "auth.register",
    "area": "auth",
    "summary": "Create an account",
    "description": "Creates a user and signs them in. Also creates their personal organization (the user is its `owner`\nand it becomes their default organization) and adds them to every organization with a pending\ninvitation for this email address.\n\nThe email must not belong to an existing account (`CONFLICT`). The password needs 8 to 200 characters.\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/auth/register",
    "status": 201,
    "audited": true
  },
  "auth.reset_password": {
    "name": "auth.reset_password",
    "area": "auth",
    "summary": "Set a new password with a reset token",
    "description": "Sets a new password (8 to 200 characters) using the token from the reset link, and signs the user out\neverywhere: every refresh token of the user is revoked, their access tokens stop working from the next\ncall on and their open sockets are closed (4011). Personal access tokens are not affected. Sign in with\nthe new password afterwards.\n\nAn unknown, expired or already used token answers `VALIDATION_ERROR` with `details.field = \"token\"`.\n",
    "tags": [
      "auth"
    ],
    "auth": "none",
    "scope": "none",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/auth/reset-password",
    "status": 200,
    "audited": true
  },
  "auth.ws_ticket": {
    "name": "auth.ws_ticket",
    "area": "auth",
    "summary": "Get a WebSocket ticket",
    "description": "Issues a ticket (`wst_…`) to authenticate a WebSocket connection: connect to `/ws` and send\n`{\"action\": \"authenticate\", \"payload\": {\"ticket\": \"wst_…\"}}` within 10 seconds. The ticket is valid\nfor 30 seconds and can be used once; get a new one for every (re)connection. The connection belongs\nto the session of the access token used here and lives no longer than that token: it is closed with\n4011 (Session ended) when the session ends or the token expires.\n\nA personal access token cannot get a ticket (`FORBIDDEN`): a PAT acts in one organization only, and a\nWebSocket session would reach all of the user's organizations.\n",
    "tags": [
      "auth"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-closed",
    "method": "POST",
    "path": "/auth/ws-ticket",
    "status": 200,
    "audited": true
  },
  "chat.channels.archive": {
    "name": "chat.channels.archive",
    "area": "chat",
    "summary": "Archive a channel",
    "description": "Archives a channel: it keeps its messages but takes no new ones (`CONFLICT`) and leaves chat.channels.list unless asked for. Its creator may, or a member with `manage_org`. The general channel and direct channels cannot be archived (`CONFLICT`); archiving an archived channel changes nothing.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_org"
      ],
      "rule": "The channel's creator needs no permission; anyone else needs `manage_org`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels/{id}/archive",
    "status": 200,
    "audited": true
  },
  "chat.channels.create": {
    "name": "chat.channels.create",
    "area": "chat",
    "summary": "Create a chat channel",
    "description": "Creates a `public` or `private` channel; you are its first member, with the members of `member_ids` (each must be a member of the organization and, for a channel linked to a project, see that project: `VALIDATION_ERROR` naming `member_ids` otherwise). `project_id` must be a project you may see (`NOT_FOUND` otherwise). Any member may create channels.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels",
    "status": 201,
    "audited": true
  },
  "chat.channels.list": {
    "name": "chat.channels.list",
    "area": "chat",
    "summary": "List your chat channels",
    "description": "Lists the channels you are a member of (and whose linked project you may see), the most recently active first (newest message, else creation). Archived channels are left out unless `archived: true` (then only those). Each carries `member_count`, your `unread_count` (messages by others after your read mark) and its `last_message` (or `null`). At most 100 per page.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/chat/channels",
    "status": 200,
    "audited": false
  },
  "chat.channels.mark_read": {
    "name": "chat.channels.mark_read",
    "area": "chat",
    "summary": "Move your read mark in a channel",
    "description": "Marks the channel read up to `message_id` (a message of that channel: `NOT_FOUND` otherwise). The mark never moves backwards: an older message leaves it where it is. Answers the mark and your unread count after it.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/read",
    "status": 200,
    "audited": true
  },
  "chat.channels.members.add": {
    "name": "chat.channels.members.add",
    "area": "chat",
    "summary": "Add a member to a channel (or join it)",
    "description": "Adds a member of the organization to a channel. A public channel: any member may join it themselves (`user_id` = yourself) and its members may add others. A private channel: only its members may add (`NOT_FOUND` for others: it does not exist for them). The general channel and direct channels have a fixed membership (`CONFLICT`). The new member must see the channel's linked project (`VALIDATION_ERROR`); adding a member twice changes nothing.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/members",
    "status": 200,
    "audited": true
  },
  "chat.channels.members.remove": {
    "name": "chat.channels.members.remove",
    "area": "chat",
    "summary": "Remove a member from a channel (or leave it)",
    "description": "Removes a member from a channel: yourself (leave), or anyone if you created the channel or hold `manage_org` (`FORBIDDEN` otherwise). From then on that user receives none of the channel's events. The general channel and direct channels have a fixed membership (`CONFLICT`). Removing a non-member changes nothing.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_org"
      ],
      "rule": "Leaving needs no permission; removing someone else needs to be the channel's creator or hold `manage_org`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/chat/channels/{channel_id}/members/{user_id}",
    "status": 200,
    "audited": true
  },
  "chat.channels.update": {
    "name": "chat.channels.update",
    "area": "chat",
    "summary": "Rename a channel or change its topic",
    "description": "Changes a channel's name or topic. Its creator may, or a member with `manage_org` (`FORBIDDEN` otherwise). The general channel cannot be renamed and a direct channel not at all (`CONFLICT`).\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_org"
      ],
      "rule": "The channel's creator needs no permission; anyone else needs `manage_org`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/chat/channels/{id}",
    "status": 200,
    "audited": true
  },
  "chat.dm.open": {
    "name": "chat.dm.open",
    "area": "chat",
    "summary": "Open the direct channel with a member",
    "description": "The one direct channel between you and another member of the organization: created on first use, the same channel on every later call (also under concurrent calls). Yourself: `VALIDATION_ERROR`; someone who is not a member of the organization: `NOT_FOUND`.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/dm",
    "status": 200,
    "audited": true
  },
  "chat.messages.delete": {
    "name": "chat.messages.delete",
    "area": "chat",
    "summary": "Delete a message",
    "description": "Deletes a message of the channel: its author may, or a member with `manage_org` (`FORBIDDEN` otherwise). The channel's members receive `EntityChanged` (`chat_message`, `deleted`). Replies to it keep their text (their `reply_to` becomes `null`).\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_org"
      ],
      "rule": "Your own messages need no permission; another member's need `manage_org`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/chat/channels/{channel_id}/messages/{message_id}",
    "status": 200,
    "audited": true
  },
  "chat.messages.list": {
    "name": "chat.messages.list",
    "area": "chat",
    "summary": "List a channel's messages",
    "description": "A channel's messages, newest first, `limit` at a time (1 to 100, default 50). `before` (a message id of that channel, else `NOT_FOUND`) lists the messages older than it: pass `pagination.next_before` to page back; `pagination.has_more` says whether older messages exist. Each message carries its reactions with your `reacted_by_me`.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/chat/channels/{channel_id}/messages",
    "status": 200,
    "audited": false
  },
  "chat.messages.send": {
    "name": "chat.messages.send",
    "area": "chat",
    "summary": "Send a message",
    "description": "Sends a message to a channel you are a member of (not archived: `CONFLICT`). `content` is 1 to 4,000 characters and not only whitespace; `reply_to` must be a message of the same channel (`VALIDATION_ERROR` otherwise). Pushes `ChatMessage` to every connection of every member who may see the channel (yours too), and notifies (`mentioned`) the channel members the text mentions (`@Full Name` or `@email`).\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/messages",
    "status": 201,
    "audited": true
  },
  "chat.reactions.add": {
    "name": "chat.reactions.add",
    "area": "chat",
    "summary": "React to a message",
    "description": "Adds your reaction `emoji` (exactly one emoji, or a `:shortcode:` of at most 32 characters) to a message of a channel you are a member of. Once per user, message and emoji: adding it again changes nothing (`changed: false`) and pushes nothing. Otherwise the channel's members receive `EntityChanged` (`chat_message`, `updated`) with the message's reaction summary.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/messages/{message_id}/reactions",
    "status": 200,
    "audited": true
  },
  "chat.reactions.remove": {
    "name": "chat.reactions.remove",
    "area": "chat",
    "summary": "Take back a reaction",
    "description": "Removes your reaction `emoji` from a message (over REST `emoji` is a query parameter, URL-encoded: `DELETE /chat/messages/{message_id}/reactions?emoji=%F0%9F%91%8D`). Removing a reaction you have not made changes nothing (`changed: false`) and pushes nothing; otherwise the channel's members receive `EntityChanged` with the message's reaction summary.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/chat/messages/{message_id}/reactions",
    "status": 200,
    "audited": true
  },
  "chat.typing": {
    "name": "chat.typing",
    "area": "chat",
    "summary": "Say you are typing",
    "description": "Pushes `UserTyping` to the connections of the channel's other members who may see it; stored nowhere (not in the audit log either). At most one event per user and channel every 3 seconds, across all servers: calls within that window are dropped (`sent: false`), never an error.\n",
    "tags": [
      "chat"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/chat/channels/{channel_id}/typing",
    "status": 200,
    "audited": false
  },
  "clients.create": {
    "name": "clients.create",
    "area": "clients",
    "summary": "Create a client",
    "description": "Creates a client of the organization. Requires `manage_clients`. `tax_rate_bp` is an integer number of\nbasis points (1900 = 19 %); `currency` an ISO 4217 code (`null` = the organization's currency).\n",
    "tags": [
      "clients"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_clients",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/clients",
    "status": 201,
    "audited": true
  },
  "clients.delete": {
    "name": "clients.delete",
    "area": "clients",
    "summary": "Delete a client",
    "description": "Deletes a client without invoices. A client with invoices cannot be deleted (`CONFLICT`, `details`\n`{ invoice_count }`): archive it instead (`archived: true`). Its projects are detached from it in the same\nchange, each pushing an `updated` event (`client_id` becomes `null`), then the client its `deleted`\nevent. Requires `manage_clients`.\n",
    "tags": [
      "clients"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_clients",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/clients/{id}",
    "status": 200,
    "audited": true
  },
  "clients.get": {
    "name": "clients.get",
    "area": "clients",
    "summary": "Get a client",
    "description": "Returns one client of the organization (archived ones too). Any member may read it.",
    "tags": [
      "clients"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/clients/{id}",
    "status": 200,
    "audited": false
  },
  "clients.list": {
    "name": "clients.list",
    "area": "clients",
    "summary": "List clients",
    "description": "Lists the organization's clients by name (regardless of case). Any member may list. `search` keeps the\nclients whose name or email contains it (case-insensitive). Archived clients are hidden; with\n`archived: true` only the archived ones are listed (`archived: false` is the default). At most 100 per page.\n",
    "tags": [
      "clients"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/clients",
    "status": 200,
    "audited": false
  },
  "clients.update": {
    "name": "clients.update",
    "area": "clients",
    "summary": "Update a client",
    "description": "Changes the given fields; `null` clears a nullable one. Requires `manage_clients`. Archive a client with\n`archived: true` (hidden from lists, kept for its invoices), restore it with `archived: false`.\n",
    "tags": [
      "clients"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_clients",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/clients/{id}",
    "status": 200,
    "audited": true
  },
  "dashboard.summary": {
    "name": "dashboard.summary",
    "area": "dashboard",
    "summary": "Dashboard summary",
    "description": "Counts of the organization's tasks you can see (total, done, overdue) and your own figures: your open\ntasks, your running timer and the seconds you tracked this ISO week. \"Today\" and the week are taken in\nthe organization's time zone (`timezone`, `week_start` say which). Tasks of a members-only project count\nonly for its members and holders of `manage_projects`. Any member may read it.\n",
    "tags": [
      "dashboard"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/dashboard/summary",
    "status": 200,
    "audited": false
  },
  "invitations.accept": {
    "name": "invitations.accept",
    "area": "members",
    "summary": "Accept an invitation",
    "description": "Joins the organization of the invitation with its role, using the token from the invitation mail. The\ninvitation must be addressed to the caller's email address. An unknown, expired, already accepted or\nsomeone else's invitation answers `NOT_FOUND`; if the caller is already a member, `CONFLICT`.\n",
    "tags": [
      "invitations"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/invitations/accept",
    "status": 200,
    "audited": true
  },
  "invoices.create": {
    "name": "invoices.create",
    "area": "invoices",
    "summary": "Create an invoice",
    "description": "Creates a draft for a client, with the organization's next number (`INV-0001`, sequential, never reused). Defaults: `issue_date` today (organization time zone), `currency` the client's, else the organization's, `tax_rate_bp` the client's saved rate, else 0. Optional custom `lines` (at most 500). `due_date` before `issue_date`, an unknown currency or a bad line is `VALIDATION_ERROR`; a client of another organization `NOT_FOUND`. Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/invoices",
    "status": 201,
    "audited": true
  },
  "invoices.delete": {
    "name": "invoices.delete",
    "area": "invoices",
    "summary": "Delete an invoice",
    "description": "Deletes a draft; its time entries become billable again (their `invoice_id` is cleared), and its number is not reused. A sent, overdue or paid invoice cannot be deleted (`CONFLICT`). Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/invoices/{id}",
    "status": 200,
    "audited": true
  },
  "invoices.generate": {
    "name": "invoices.generate",
    "area": "invoices",
    "summary": "Add time to a draft",
    "description": "Adds to a draft one line per project and effective client rate, from the client's projects' time entries that are billable, stopped, not yet invoiced and started within `from`..`to` (inclusive days in the organization's time zone; default: everything up to today), and links those entries to the invoice (each entry records the rate it was billed at; a later rate change does not change the line). Line amount: round-half-up(seconds × rate / 3600). Entries without any client rate are left out and counted (`entries_without_rate`). No entry is ever billed twice, also when two drafts of one client are generated at once. Only drafts (`CONFLICT` otherwise); the invoice currency must be the organization's (`VALIDATION_ERROR` on `currency`); `from` after `to` is `VALIDATION_ERROR`. Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/invoices/{id}/generate",
    "status": 200,
    "audited": true
  },
  "invoices.get": {
    "name": "invoices.get",
    "area": "invoices",
    "summary": "Get an invoice",
    "description": "The invoice with its lines, amounts and the rounding rule. Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_invoices",
        "view_reports"
      ],
      "rule": "Reading invoices needs `manage_invoices` or `view_reports`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/invoices/{id}",
    "status": 200,
    "audited": false
  },
  "invoices.list": {
    "name": "invoices.list",
    "area": "invoices",
    "summary": "List invoices",
    "description": "The organization's invoices, newest first (by creation), optionally of one client (`client_id`) or in one `status`. Each item carries its `lines` too (at most 500 per invoice). Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_invoices",
        "view_reports"
      ],
      "rule": "Reading invoices needs `manage_invoices` or `view_reports`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/invoices",
    "status": 200,
    "audited": false
  },
  "invoices.mark_paid": {
    "name": "invoices.mark_paid",
    "area": "invoices",
    "summary": "Mark an invoice paid",
    "description": "Marks a sent or overdue invoice `paid` (`paid_at`, `payment_method`); a draft or paid invoice is `CONFLICT`. Every member with `manage_invoices` except the caller gets an in-app `invoice_paid` notification (no mail). Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/invoices/{id}/mark-paid",
    "status": 200,
    "audited": true
  },
  "invoices.pdf": {
    "name": "invoices.pdf",
    "area": "invoices",
    "summary": "Download an invoice as PDF",
    "description": "The invoice as a PDF document (`application/pdf`, `Content-Disposition: inline; filename=\"invoice-<number>.pdf\"`): number, issue and due dates, organization, client name and address, lines, subtotal, tax with its rate, total, notes and the rounding rule; the same document `invoices.send` attaches. REST only (a binary answer). Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_invoices",
        "view_reports"
      ],
      "rule": "Reading invoices needs `manage_invoices` or `view_reports`."
    },
    "transports": [],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/invoices/{id}/pdf",
    "status": 200,
    "audited": false
  },
  "invoices.send": {
    "name": "invoices.send",
    "area": "invoices",
    "summary": "Send an invoice",
    "description": "Mails the invoice to the client's email address with its PDF attached (`invoice-<number>.pdf`; `message` goes in the body) through the mail outbox, and marks it `sent` (`sent_at`). Only drafts: sending a sent, overdue or paid invoice is `CONFLICT`. A client without an email address is `VALIDATION_ERROR` with `details.field` = `client_id`; an invoice without lines is `VALIDATION_ERROR` with `details.field` = `lines`. Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/invoices/{id}/send",
    "status": 200,
    "audited": true
  },
  "invoices.update": {
    "name": "invoices.update",
    "area": "invoices",
    "summary": "Update an invoice",
    "description": "Changes a draft: dates, currency, tax rate, notes, and `lines` (replaces its custom lines; the time lines `invoices.generate` made stay). A sent, overdue or paid invoice takes only `notes`: any other field is `CONFLICT`. Amounts are computed again. Requires `manage_invoices`.",
    "tags": [
      "invoices"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_invoices",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/invoices/{id}",
    "status": 200,
    "audited": true
  },
  "labels.create": {
    "name": "labels.create",
    "area": "labels",
    "summary": "Create a label",
    "description": "Creates a label in the organization. Requires `manage_tasks`. Names are unique in the organization\nregardless of case (`CONFLICT`); colors are `#rrggbb`.\n",
    "tags": [
      "labels"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/labels",
    "status": 201,
    "audited": true
  },
  "labels.delete": {
    "name": "labels.delete",
    "area": "labels",
    "summary": "Delete a label",
    "description": "Deletes the label and takes it off every task that carries it, in the same change: each such task pushes\nan `updated` event with its `label_ids` change, then the label its `deleted` event. Requires `manage_tasks`.\n",
    "tags": [
      "labels"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/labels/{id}",
    "status": 200,
    "audited": true
  },
  "labels.list": {
    "name": "labels.list",
    "area": "labels",
    "summary": "List labels",
    "description": "Lists the organization's labels by name (regardless of case). Any member may list.",
    "tags": [
      "labels"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/labels",
    "status": 200,
    "audited": false
  },
  "labels.update": {
    "name": "labels.update",
    "area": "labels",
    "summary": "Update a label",
    "description": "Renames or recolors a label. Requires `manage_tasks`. The new name must be unused in the organization\nregardless of case (`CONFLICT`).\n",
    "tags": [
      "labels"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/labels/{id}",
    "status": 200,
    "audited": true
  },
  "members.invite": {
    "name": "members.invite",
    "area": "members",
    "summary": "Invite someone to the organization",
    "description": "Creates an invitation and mails its link to `email`. Requires `manage_members`. The role defaults to\n`member`; `owner` cannot be given by invitation. The invitation expires after 7 days.\n\nIf the address already has an account, its user accepts while signed in (`POST /invitations/accept`\nwith the token from the mail); otherwise registering with that address joins the organization.\nInviting an address that is already a member answers `CONFLICT`; inviting one with a pending\ninvitation replaces it (the old link stops working).\n",
    "tags": [
      "members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_members",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/members/invite",
    "status": 201,
    "audited": true
  },
  "members.list": {
    "name": "members.list",
    "area": "members",
    "summary": "List members",
    "description": "Lists the members of the organization with their role and effective permissions, in the order they\njoined. Any member may list. Filter by `role`.\n",
    "tags": [
      "members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/members",
    "status": 200,
    "audited": false
  },
  "members.remove": {
    "name": "members.remove",
    "area": "members",
    "summary": "Remove a member (or leave)",
    "description": "Removes the user from the organization. Requires `manage_members`, except that any member may remove\nthemself (leave). Only an owner can remove another owner; removing the last owner answers `CONFLICT`.\nThe user's time entries stay in the organization; their personal access tokens for it stop working.\n",
    "tags": [
      "members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_members"
      ],
      "rule": "Removing another member needs `manage_members`; leaving (your own `user_id`) needs none."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/members/{user_id}",
    "status": 200,
    "audited": true
  },
  "members.update": {
    "name": "members.update",
    "area": "members",
    "summary": "Change a member's role or permissions",
    "description": "Changes the member's role and/or per-member permission overrides. Requires `manage_members`. Only an\nowner can grant the owner role or change an owner's role; demoting the last owner answers `CONFLICT`.\nThe answer carries the resulting effective permissions. `hourly_rate_cents` (default client rate) and\n`cost_rate_cents` (default cost rate), in minor units per hour or `null` to clear, also need `view_rates`\n(`FORBIDDEN`); changing them changes the effective rate and amount of the member's entries not yet invoiced.\n",
    "tags": [
      "members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_members",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/members/{user_id}",
    "status": 200,
    "audited": true
  },
  "milestones.create": {
    "name": "milestones.create",
    "area": "milestones",
    "summary": "Create a milestone",
    "description": "Creates a milestone in the project. Requires `manage_tasks`. `target_date` is `YYYY-MM-DD`; `color`\ndefaults to `#6366f1`. A project of another organization answers `NOT_FOUND`.\n",
    "tags": [
      "milestones"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/projects/{project_id}/milestones",
    "status": 201,
    "audited": true
  },
  "milestones.delete": {
    "name": "milestones.delete",
    "area": "milestones",
    "summary": "Delete a milestone",
    "description": "Deletes the milestone and clears it from its tasks in the same change: each such task pushes an `updated`\nevent (`milestone_id` to `null`), then the milestone its `deleted` event. Requires `manage_tasks`.\n",
    "tags": [
      "milestones"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/milestones/{milestone_id}",
    "status": 200,
    "audited": true
  },
  "milestones.list": {
    "name": "milestones.list",
    "area": "milestones",
    "summary": "List a project's milestones",
    "description": "Lists the project's milestones by target date (then creation), each with its `task_count` and\n`done_count` (tasks whose status is of category `done`). Any member may list. A project of another\norganization answers `NOT_FOUND`.\n",
    "tags": [
      "milestones"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/projects/{project_id}/milestones",
    "status": 200,
    "audited": false
  },
  "milestones.update": {
    "name": "milestones.update",
    "area": "milestones",
    "summary": "Update a milestone",
    "description": "Changes the given fields: an omitted field stays as it is, `description: null` clears the description.\nRequires `manage_tasks`.\n",
    "tags": [
      "milestones"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/milestones/{milestone_id}",
    "status": 200,
    "audited": true
  },
  "notifications.list": {
    "name": "notifications.list",
    "area": "notifications",
    "summary": "List your notifications",
    "description": "Lists your notifications in the organization, newest first (ties by id, newest first). Only the\nrecipient ever sees a notification: there is no way to list anyone else's. `unread: true` lists only\nunread ones, `unread: false` only read ones. Besides `data` and `pagination` the answer carries\n`unread_count`, the number of your unread notifications in the organization (whatever the filter and\npage); a WebSocket reply carries it next to `pagination`, GraphQL as a field of the page, MCP in the body.\nAt most 100 per page. Any member may list; a personal access token lists its organization's.\n",
    "tags": [
      "notifications"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/notifications",
    "status": 200,
    "audited": false
  },
  "notifications.mark_read": {
    "name": "notifications.mark_read",
    "area": "notifications",
    "summary": "Mark notifications read",
    "description": "Marks the given notifications read, or, without `ids`, all of yours in the organization, and answers how\nmany changed (`updated`). Ids that are unknown, already read, or belong to someone else are ignored:\nnever touched, never an error. Sends no event.\n",
    "tags": [
      "notifications"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/notifications/mark-read",
    "status": 200,
    "audited": true
  },
  "notifications.preferences.get": {
    "name": "notifications.preferences.get",
    "area": "notifications",
    "summary": "Your notification preferences",
    "description": "Your mail preferences per notification type that sends mail (`task_assigned`, `task_status_changed`);\n`true` unless you turned it off. They are yours, the same in every organization. In-app notifications\nand their events are always made.\n",
    "tags": [
      "notifications"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/notifications/preferences",
    "status": 200,
    "audited": false
  },
  "notifications.preferences.update": {
    "name": "notifications.preferences.update",
    "area": "notifications",
    "summary": "Change your notification preferences",
    "description": "Turns mail on (`true`) or off (`false`) per notification type and answers all your preferences. Types you\nleave out keep their value. A type that sends no mail or does not exist answers `VALIDATION_ERROR`\n(`details.field` is `email`, the message names `email.<type>`). Sends no event.\n",
    "tags": [
      "notifications"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/notifications/preferences",
    "status": 200,
    "audited": true
  },
  "organizations.create": {
    "name": "organizations.create",
    "area": "organizations",
    "summary": "Create an organization",
    "description": "Creates an organization; the caller becomes its `owner`. The slug is derived from the name when omitted\nand must be unique (`CONFLICT` otherwise). Defaults: time zone `UTC`, currency `USD`.\n",
    "tags": [
      "organizations"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/organizations",
    "status": 201,
    "audited": true
  },
  "organizations.delete": {
    "name": "organizations.delete",
    "area": "organizations",
    "summary": "Delete an organization",
    "description": "Deletes the organization and everything in it (members, invitations, projects, tasks, time entries,\npersonal access tokens bound to it). Permanent. Only an `owner` may do this (`FORBIDDEN` otherwise).\nMembers whose default organization it was are left without one until they pick another.\n",
    "tags": [
      "organizations"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/organizations/{id}",
    "status": 200,
    "audited": true
  },
  "organizations.get": {
    "name": "organizations.get",
    "area": "organizations",
    "summary": "Get an organization",
    "description": "Returns one organization the caller is a member of; any other id answers `NOT_FOUND`.",
    "tags": [
      "organizations"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/organizations/{id}",
    "status": 200,
    "audited": false
  },
  "organizations.list": {
    "name": "organizations.list",
    "area": "organizations",
    "summary": "List your organizations",
    "description": "Lists every organization the caller is a member of, with the caller's role in each, oldest membership\nfirst. Not paginated. With a personal access token, only the token's organization.\n",
    "tags": [
      "organizations"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/organizations",
    "status": 200,
    "audited": false
  },
  "organizations.update": {
    "name": "organizations.update",
    "area": "organizations",
    "summary": "Update an organization",
    "description": "Changes the name, slug, time zone or currency. Requires `manage_org` in that organization. A slug\nalready taken answers `CONFLICT`. Changing the currency does not convert existing amounts.\n",
    "tags": [
      "organizations"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "id",
    "permission": "manage_org",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/organizations/{id}",
    "status": 200,
    "audited": true
  },
  "personal_access_tokens.create": {
    "name": "personal_access_tokens.create",
    "area": "personal_access_tokens",
    "summary": "Create a personal access token",
    "description": "Creates a token (`trcr_pat_…`) bound to one organization the caller belongs to (`org_id`, default the\ncurrent organization). Calls made with it act in that organization with the caller's permissions\nthere. The plaintext `token` is in this answer only: store it now. `expires_at`, if given, must be in\nthe future. An organization you are not a member of answers `NOT_FOUND`.\n\nOnly a signed-in session creates tokens: a call authenticated with a personal access token answers\n`FORBIDDEN` (a token must not mint credentials that outlive or outreach it).\n",
    "tags": [
      "personal_access_tokens"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/personal-access-tokens",
    "status": 201,
    "audited": true
  },
  "personal_access_tokens.delete": {
    "name": "personal_access_tokens.delete",
    "area": "personal_access_tokens",
    "summary": "Revoke a personal access token",
    "description": "Revokes one of the caller's tokens; it stops working immediately, on every instance, and graphql-ws\nconnections opened with it are closed with 4011 (Session ended). Another user's token answers\n`NOT_FOUND`.\n",
    "tags": [
      "personal_access_tokens"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/personal-access-tokens/{id}",
    "status": 200,
    "audited": true
  },
  "personal_access_tokens.list": {
    "name": "personal_access_tokens.list",
    "area": "personal_access_tokens",
    "summary": "List your personal access tokens",
    "description": "Lists the caller's personal access tokens that have not been revoked, in every organization, newest\nfirst. The token values themselves are never shown again; `token_prefix` helps recognize them.\n",
    "tags": [
      "personal_access_tokens"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/personal-access-tokens",
    "status": 200,
    "audited": false
  },
  "presence.list": {
    "name": "presence.list",
    "area": "presence",
    "summary": "Who in the organization is online",
    "description": "Every member of the organization with their presence: `online` or `away` while they have a socket (/ws\nor GraphQL over WebSocket) open on any server instance, `offline` otherwise, and `last_seen`. Ordered by\nname (then user id), paginated (at most 100 per page). Any member may read it.\n",
    "tags": [
      "presence"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/presence",
    "status": 200,
    "audited": false
  },
  "presence.set": {
    "name": "presence.set",
    "area": "presence",
    "summary": "Set your status",
    "description": "Sets the status others see while you are connected (`online` or `away`), in every organization you\nbelong to (it is yours, not an organization's), and sends `UserPresence` to their members. It holds\nuntil you set it again or your last socket closes; your next first socket shows you `online` again.\nWithout an open socket (/ws or GraphQL over WebSocket) you are `offline`: the answer says so and nothing\nis sent.\n",
    "tags": [
      "presence"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PUT",
    "path": "/presence",
    "status": 200,
    "audited": true
  },
  "projects.create": {
    "name": "projects.create",
    "area": "projects",
    "summary": "Create a project",
    "description": "Creates a project in the organization. Requires `manage_projects`. `billable` defaults to `true`,\n`status` to `active`. `client_id` must name a client of the organization (`NOT_FOUND` otherwise).\n",
    "tags": [
      "projects"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/projects",
    "status": 201,
    "audited": true
  },
  "projects.delete": {
    "name": "projects.delete",
    "area": "projects",
    "summary": "Delete a project",
    "description": "Deletes the project and its tasks. Requires `manage_projects`. Permanent. Time entries on the project\nare kept, detached (`project_id` and `task_id` become `null`); archive the project instead to keep\nthe link.\n",
    "tags": [
      "projects"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/projects/{id}",
    "status": 200,
    "audited": true
  },
  "projects.get": {
    "name": "projects.get",
    "area": "projects",
    "summary": "Get a project",
    "description": "Returns one project of the organization. Any member may read it.",
    "tags": [
      "projects"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/projects/{id}",
    "status": 200,
    "audited": false
  },
  "projects.list": {
    "name": "projects.list",
    "area": "projects",
    "summary": "List projects",
    "description": "Lists the organization's projects, oldest first. Any member may list. Filter by `status` and search by\nname with `search` (case-insensitive substring).\n",
    "tags": [
      "projects"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/projects",
    "status": 200,
    "audited": false
  },
  "projects.members.add": {
    "name": "projects.members.add",
    "area": "project_members",
    "summary": "Add a member to a project",
    "description": "Adds a member of the organization to the project, as `member` (default) or `lead`. Requires\n`manage_projects`. A user who is not a member of the organization answers `NOT_FOUND` (as does an unknown\nproject); a user already in the project answers `CONFLICT`. On a members-only project the user sees it,\nand receives its events, from then on. `hourly_rate_cents` and `cost_rate_cents` set the member's rates on\nthis project (minor units per hour); setting them also needs `view_rates` (`FORBIDDEN`).\n",
    "tags": [
      "project_members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/projects/{project_id}/members",
    "status": 201,
    "audited": true
  },
  "projects.members.list": {
    "name": "projects.members.list",
    "area": "project_members",
    "summary": "List a project's members",
    "description": "Lists the project's members in the order they were added, each with their project role (`lead` or `member`)\nand user. Anyone who sees the project may list: every member of the organization for a project of\n`visibility: organization`; for a members-only project only its members and holders of `manage_projects`\n(for anyone else, and for another organization's project, `NOT_FOUND`).\n",
    "tags": [
      "project_members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/projects/{project_id}/members",
    "status": 200,
    "audited": false
  },
  "projects.members.remove": {
    "name": "projects.members.remove",
    "area": "project_members",
    "summary": "Remove a member from a project",
    "description": "Removes the user from the project. Requires `manage_projects`. A user who is not in the project answers\n`NOT_FOUND`. Removing the last `lead` is allowed: leads are informational and grant nothing. On a\nmembers-only project the user stops seeing it on their next call and stops receiving its events at once,\non every server instance. Leaving the organization removes a user from all its projects.\n",
    "tags": [
      "project_members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/projects/{project_id}/members/{user_id}",
    "status": 200,
    "audited": true
  },
  "projects.members.update": {
    "name": "projects.members.update",
    "area": "project_members",
    "summary": "Change a project member's role",
    "description": "Makes the project member a `lead` or a `member`. Requires `manage_projects`. A user who is not in the project\nanswers `NOT_FOUND`. Project roles are informational: a project may have several leads or none.\n`hourly_rate_cents` and `cost_rate_cents` (minor units per hour, `null` to clear) set the member's rates on this\nproject, overriding the project's rate and their defaults for their entries not yet invoiced; setting them\nalso needs `view_rates` (`FORBIDDEN`).\n",
    "tags": [
      "project_members"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/projects/{project_id}/members/{user_id}",
    "status": 200,
    "audited": true
  },
  "projects.update": {
    "name": "projects.update",
    "area": "projects",
    "summary": "Update a project",
    "description": "Changes the given fields; `null` clears a nullable one. Requires `manage_projects`. Archive a project\nwith `status: \"archived\"`. A rate change applies to every entry of the project not yet\ninvoiced that inherits it; a billable change to new time entries only.\n",
    "tags": [
      "projects"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/projects/{id}",
    "status": 200,
    "audited": true
  },
  "reports.profitability": {
    "name": "reports.profitability",
    "area": "reports",
    "summary": "Profitability report",
    "description": "Revenue (billable time × effective client rate) against cost (all time × effective cost rate: the project\nmember's, else the member's default), margin = revenue − cost and margin_pct = margin / revenue (a\nfraction, `null` when revenue is 0), by `project` (default), `client` or `user`, with the entries and\nseconds that have no cost rate (and the billable ones without a client rate) counted. Stopped time started\nin the range, in projects the reader sees, in the organization's currency. Requires `view_reports` and\n`view_rates` (it is made of rates).\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "tags": [
      "reports"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "view_reports",
    "permissionRule": {
      "permissions": [
        "view_rates"
      ],
      "rule": "Besides `view_reports`, the report needs `view_rates`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/reports/profitability",
    "status": 200,
    "audited": false
  },
  "reports.revenue": {
    "name": "reports.revenue",
    "area": "reports",
    "summary": "Revenue report",
    "description": "Invoiced revenue (invoices `sent`, `overdue` or `paid` whose issue date is in the range: net, tax and\ngross, in each invoice's currency) and unbilled billable amount (billable, stopped, not yet invoiced time\nstarted in the range, at effective client rates, in the organization's currency, in projects the reader\nsees), by `client` (default), `project` (invoice lines' projects; tax and gross are per invoice, so `null`\nthere) or `month`. One row per group and currency, and totals per currency. Requires `view_reports`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "tags": [
      "reports"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "view_reports",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/reports/revenue",
    "status": 200,
    "audited": false
  },
  "reports.timesheet": {
    "name": "reports.timesheet",
    "area": "reports",
    "summary": "Timesheet report",
    "description": "The stopped time entries started from `from` to `to` that match the filters, newest first and paginated\n(up to 100 per page), with totals over all of them (seconds, billable seconds, amount) and, with `group_by`\n(`user`, `project`, `client`, `task`, `day`, `week`, `month`), per-group figures (at most 1,000 groups).\n`description` matches a part of the entry's description regardless of case; `invoice_id` keeps only the\nentries billed on that invoice. Entries of members-only projects count only for readers who see the\nproject. Requires `view_reports`; rates and amounts need `view_rates` too (`null` otherwise). Another\norganization's user, project, client or invoice is `NOT_FOUND`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "tags": [
      "reports"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "view_reports",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/reports/timesheet",
    "status": 200,
    "audited": false
  },
  "reports.utilization": {
    "name": "reports.utilization",
    "area": "reports",
    "summary": "Utilization report",
    "description": "Per member of the organization (members without time appear with zeros), by name and paginated (up to 100\nper page): tracked seconds, billable seconds, target seconds and utilization = billable / target (4\ndecimals; `null` when the target is 0). The target is `target_hours` per member for the whole range when\ngiven, else 40 hours per ISO week prorated: 8 hours per Monday-to-Friday day in the range. `user_id` keeps\none member; `invoice_id` counts only the entries billed on that invoice. Entries of members-only projects\ncount only for readers who see the project. Requires `view_reports`.\nAll reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its\n`started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the\nfield. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×\nrate / 3600) once per project and rate, summed per row).\n",
    "tags": [
      "reports"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "view_reports",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/reports/utilization",
    "status": 200,
    "audited": false
  },
  "search": {
    "name": "search",
    "area": "search",
    "summary": "Search across the organization",
    "description": "Full-text search over the organization's tasks (title and description), projects (name and description),\nclients (name, email and notes), task comments, chat messages and invoices (number and notes), in web\nsearch syntax (`q`: words, `\"phrases\"`, `or`, `-excluded`; accents and case ignored; the last word also\nmatches as a prefix). Answers the best `limit` hits (1 to 50, default 20), most relevant first (a match in\na title or name ranks above one in a text; ties newest first), each with a highlighted `snippet`\n(HTML: matched words in `<mark>…</mark>`, the rest escaped), and how many entities match in all and per\nkind. `type` narrows the kinds (one name or a comma-separated list).\nOnly what you may see is ever found or counted: tasks and comments of members-only projects you are not\nin (without `manage_projects`), chat messages of channels you are not a member of, and invoices unless you\nhold `manage_invoices` or `view_reports` are neither hits nor in `total` and `counts`. Any member may\nsearch. A `q` that is empty, blank, over 200 characters or without a searchable word, an unknown `type`\nand a `limit` outside 1..50 are a `VALIDATION_ERROR` naming the field.\nEngine: the answer comes from PostgreSQL full-text search (generated `tsvector` columns with GIN indexes,\none statement per call). A deployment may put an external engine (e.g. Meilisearch) behind the same\noperation: it implements the domain's `SearchEngine` interface (src/domain/search/engine.ts), keeps its\nindex from the `EntityChanged` events of these six entity types (created, updated, deleted), and must\napply the same visibility rules at query time; the request and the answer stay as documented here.\n",
    "tags": [
      "search"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/search",
    "status": 200,
    "audited": false
  },
  "sidebar.get_collapsed": {
    "name": "sidebar.get_collapsed",
    "area": "sidebar",
    "summary": "Your collapsed sidebar projects",
    "description": "Lists the projects of the organization you folded in the sidebar (`sidebar.toggle_collapsed`). The\nstate is yours alone, per organization. Not paginated: it holds at most one id per project of the\norganization.\n",
    "tags": [
      "sidebar"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/sidebar/collapsed",
    "status": 200,
    "audited": false
  },
  "sidebar.toggle_collapsed": {
    "name": "sidebar.toggle_collapsed",
    "area": "sidebar",
    "summary": "Fold or unfold a project in your sidebar",
    "description": "Toggles whether a project of the organization is folded in your sidebar and answers the new state. Any\nmember may; it changes nothing for anyone else and sends no event. A project of another organization\nanswers `NOT_FOUND`.\n",
    "tags": [
      "sidebar"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/sidebar/collapsed/{project_id}",
    "status": 200,
    "audited": true
  },
  "task_groups.create": {
    "name": "task_groups.create",
    "area": "task_groups",
    "summary": "Create a task group",
    "description": "Creates a task group in a project of the organization, placed after the existing groups. Requires\n`manage_tasks`. A project holds at most 100 groups: a 101st answers `VALIDATION_ERROR` on `project_id`.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/projects/{project_id}/task-groups",
    "status": 201,
    "audited": true
  },
  "task_groups.delete": {
    "name": "task_groups.delete",
    "area": "task_groups",
    "summary": "Delete a task group",
    "description": "Deletes a task group; its tasks are kept and become ungrouped in the same transaction, appended after\nthe project's ungrouped tasks in their order within the group. Requires `manage_tasks`. Each moved task\nis announced with an `updated` event (`group_id`, `position`), the later groups move up one place\n(`updated` events), and the group gets a `deleted` event. A group of another project, or of another\norganization, answers `NOT_FOUND`.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/projects/{project_id}/task-groups/{group_id}",
    "status": 200,
    "audited": true
  },
  "task_groups.list": {
    "name": "task_groups.list",
    "area": "task_groups",
    "summary": "List a project's task groups",
    "description": "Lists the task groups of a project of the organization by `position`, each with your own `collapsed`\nflag. Any member may list. A project has at most 100 groups, so one page of 100 holds them all. A\nproject of another organization answers `NOT_FOUND`.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/projects/{project_id}/task-groups",
    "status": 200,
    "audited": false
  },
  "task_groups.reorder": {
    "name": "task_groups.reorder",
    "area": "task_groups",
    "summary": "Reorder a project's task groups",
    "description": "Puts the project's task groups in the order given: `order` lists every group id of the project exactly\nonce, and the group at index `i` gets `position` `i`. Requires `manage_tasks`. A missing, repeated or\nunknown id (another project's group included) answers `VALIDATION_ERROR` on `order`. Answers every group\nof the project in its new order (at most 100); each group whose position changed is announced with an\n`updated` event.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PUT",
    "path": "/projects/{project_id}/task-groups/order",
    "status": 200,
    "audited": true
  },
  "task_groups.toggle_collapsed": {
    "name": "task_groups.toggle_collapsed",
    "area": "task_groups",
    "summary": "Fold or unfold a task group for yourself",
    "description": "Toggles your own `collapsed` flag of a task group and answers the new state. Any member may; other\nmembers' flags are untouched and they receive no event. Your own connections receive an `updated` event\nof the group carrying your new flag. A group of another project, or of another organization, answers\n`NOT_FOUND`.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/projects/{project_id}/task-groups/{group_id}/collapse",
    "status": 200,
    "audited": true
  },
  "task_groups.update": {
    "name": "task_groups.update",
    "area": "task_groups",
    "summary": "Rename a task group",
    "description": "Renames a task group. Requires `manage_tasks`. The group is looked up within `project_id`: a group of\nanother project, or of another organization, answers `NOT_FOUND`.\n",
    "tags": [
      "task_groups"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/projects/{project_id}/task-groups/{group_id}",
    "status": 200,
    "audited": true
  },
  "task_recurrences.create": {
    "name": "task_recurrences.create",
    "area": "task_recurrences",
    "summary": "Set a task to repeat",
    "description": "Sets the task to repeat by `recurrence_pattern` (`daily`, `weekly`, `monthly` or a five-field cron\nexpression), evaluated in the organization's time zone. At each occurrence the server creates the next\ninstance of the task, once, whichever server instance runs it; occurrences missed while no server ran are\ncreated when one comes back (at most 100 at a time). Requires `manage_tasks`. A task has at most one\nrecurrence (`CONFLICT` for a second); an invalid pattern is `VALIDATION_ERROR` naming\n`recurrence_pattern`; a task you cannot see is `NOT_FOUND`.\n",
    "tags": [
      "task_recurrences"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks/{task_id}/recurrence",
    "status": 201,
    "audited": true
  },
  "task_recurrences.delete": {
    "name": "task_recurrences.delete",
    "area": "task_recurrences",
    "summary": "Stop a recurrence",
    "description": "Deletes the recurrence: no further instances are created; those already created stay as ordinary tasks.\nRequires `manage_tasks`. Deleting the task deletes its recurrence too.\n",
    "tags": [
      "task_recurrences"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/task-recurrences/{recurrence_id}",
    "status": 200,
    "audited": true
  },
  "task_recurrences.get": {
    "name": "task_recurrences.get",
    "area": "task_recurrences",
    "summary": "Get a recurrence rule",
    "description": "Returns the recurrence: its pattern, `next_run_at`, `last_run_at` and how many instances it created. Any\nmember who can see its task may read it (no permission beyond membership); otherwise `NOT_FOUND`.\n",
    "tags": [
      "task_recurrences"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/task-recurrences/{recurrence_id}",
    "status": 200,
    "audited": false
  },
  "task_recurrences.update": {
    "name": "task_recurrences.update",
    "area": "task_recurrences",
    "summary": "Update a recurrence rule",
    "description": "Replaces the pattern; the next occurrence is computed again from now (instances already created stay).\nRequires `manage_tasks`. An invalid pattern is `VALIDATION_ERROR` naming `recurrence_pattern`.\n",
    "tags": [
      "task_recurrences"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/task-recurrences/{recurrence_id}",
    "status": 200,
    "audited": true
  },
  "task_statuses.create": {
    "name": "task_statuses.create",
    "area": "task_statuses",
    "summary": "Create a task status",
    "description": "Adds a status to the organization's workflow. Requires `manage_projects`. `code` (what tasks store in\n`status`) must be unused in the organization, and an organization has at most 50 statuses: `CONFLICT`\notherwise. Placed at `position` (the statuses from there on move down by one), last by default.\n",
    "tags": [
      "task_statuses"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/task-statuses",
    "status": 201,
    "audited": true
  },
  "task_statuses.delete": {
    "name": "task_statuses.delete",
    "area": "task_statuses",
    "summary": "Delete a task status",
    "description": "Removes a status from the organization's workflow. Requires `manage_projects`. When tasks have it,\n`replace_with` (the code of another status of the organization) is required and those tasks move to that\nstatus in the same change (each pushes an `updated` event); without it the answer is `CONFLICT` with the\nnumber of tasks in `details.task_count`. The organization's last status of category `done` cannot be\ndeleted (`CONFLICT`). The statuses after it close up.\n",
    "tags": [
      "task_statuses"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/task-statuses/{id}",
    "status": 200,
    "audited": true
  },
  "task_statuses.list": {
    "name": "task_statuses.list",
    "area": "task_statuses",
    "summary": "List task statuses",
    "description": "Lists the organization's task statuses in board order (`position`). Any member may list. An organization\nhas at most 50 statuses, so one page of 100 always holds them all. Every organization starts with `open`,\n`in_progress`, `review`, `done` and `cancelled`.\n",
    "tags": [
      "task_statuses"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/task-statuses",
    "status": 200,
    "audited": false
  },
  "task_statuses.update": {
    "name": "task_statuses.update",
    "area": "task_statuses",
    "summary": "Update a task status",
    "description": "Changes the given fields. Requires `manage_projects`. A new `code` must be unused in the organization\n(`CONFLICT`); every task with the old code moves to the new one in the same change (each pushes an\n`updated` event). The organization's last status of category `done` cannot move to another category\n(`CONFLICT`). A new `position` moves the status there; the others close up.\n",
    "tags": [
      "task_statuses"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_projects",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/task-statuses/{id}",
    "status": 200,
    "audited": true
  },
  "tasks.add_comment": {
    "name": "tasks.add_comment",
    "area": "task_comments",
    "summary": "Comment on a task",
    "description": "Adds a comment to a task of the organization, written by the caller. Any member of the organization may\ncomment, viewers included. `body` is 1 to 10,000 characters.\n",
    "tags": [
      "task_comments"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks/{task_id}/comments",
    "status": 201,
    "audited": true
  },
  "tasks.checklist.create": {
    "name": "tasks.checklist.create",
    "area": "task_checklists",
    "summary": "Add a checklist item",
    "description": "Appends an unchecked item to a task's checklist (it goes last). Requires `manage_tasks`. `title` is 1 to\n500 characters. A task has at most 100 items: adding a 101st answers `VALIDATION_ERROR` on `task_id`.\n",
    "tags": [
      "task_checklists"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks/{task_id}/checklist",
    "status": 201,
    "audited": true
  },
  "tasks.checklist.delete": {
    "name": "tasks.checklist.delete",
    "area": "task_checklists",
    "summary": "Delete a checklist item",
    "description": "Deletes the item. Requires `manage_tasks`. The items after it move up one place, so positions stay\n0..n-1 without gaps (each moved item is announced by an `updated` event). Permanent.\n",
    "tags": [
      "task_checklists"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/checklist-items/{item_id}",
    "status": 200,
    "audited": true
  },
  "tasks.checklist.list": {
    "name": "tasks.checklist.list",
    "area": "task_checklists",
    "summary": "List a task's checklist",
    "description": "Lists the checklist items of a task of the organization by `position` (0 first). Any member may read them.\nA task has at most 100 items, so one page of 100 holds them all. A task of another organization answers\n`NOT_FOUND`.\n",
    "tags": [
      "task_checklists"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/tasks/{task_id}/checklist",
    "status": 200,
    "audited": false
  },
  "tasks.checklist.toggle": {
    "name": "tasks.checklist.toggle",
    "area": "task_checklists",
    "summary": "Check or uncheck a checklist item",
    "description": "Flips the item's `completed`. Any member of the organization may, viewers included. Checking records who\n(`completed_by`) and when (`completed_at`); unchecking clears both.\n",
    "tags": [
      "task_checklists"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/checklist-items/{item_id}/toggle",
    "status": 200,
    "audited": true
  },
  "tasks.comments.list": {
    "name": "tasks.comments.list",
    "area": "task_comments",
    "summary": "List a task's comments",
    "description": "Lists the comments on a task of the organization, oldest first (the newest is last). Any member may read\nthem. A task of another organization answers `NOT_FOUND`.\n",
    "tags": [
      "task_comments"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/tasks/{task_id}/comments",
    "status": 200,
    "audited": false
  },
  "tasks.create": {
    "name": "tasks.create",
    "area": "tasks",
    "summary": "Create a task",
    "description": "Creates a task in a project of the organization. Requires `manage_tasks`. Defaults: `status` `open`,\n`priority` `medium`; the task is placed last in its project. `start_date` must be on or before\n`due_date`; assignees must be members of the organization (at most 20; `VALIDATION_ERROR` on `assignee_ids`\notherwise). A `project_id` that is not a project of the organization answers `NOT_FOUND`.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks",
    "status": 201,
    "audited": true
  },
  "tasks.create_bulk": {
    "name": "tasks.create_bulk",
    "area": "tasks",
    "summary": "Create up to 100 tasks at once",
    "description": "Creates 1 to 100 tasks in one transaction: all of them or none. Each item is what `tasks.create` takes\n(projects of the organization, any mix of them) and follows its rules. Requires `manage_tasks`. An invalid\nitem answers `VALIDATION_ERROR` (or `NOT_FOUND` for another organization's project) whose `details` name the\nitem's `index` (0-based) and the `field`; nothing is created then. Each created task is announced with its\nown `EntityChanged`; the answer lists the tasks in the order given.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks/bulk",
    "status": 201,
    "audited": true
  },
  "tasks.delete": {
    "name": "tasks.delete",
    "area": "tasks",
    "summary": "Delete a task",
    "description": "Deletes the task. Requires `manage_tasks`. Permanent. Time entries on the task are kept with\n`task_id` set to `null`.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/tasks/{id}",
    "status": 200,
    "audited": true
  },
  "tasks.delete_comment": {
    "name": "tasks.delete_comment",
    "area": "task_comments",
    "summary": "Delete a comment",
    "description": "Deletes a comment on a task. Its author may delete it; anyone else needs `manage_tasks`. A comment that is\nnot on the named task answers `NOT_FOUND`. Permanent.\n",
    "tags": [
      "task_comments"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "manage_tasks"
      ],
      "rule": "Your own comments need no permission; another member's comments need `manage_tasks`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/tasks/{task_id}/comments/{comment_id}",
    "status": 200,
    "audited": true
  },
  "tasks.dependencies.list_all": {
    "name": "tasks.dependencies.list_all",
    "area": "task_dependencies",
    "summary": "List every dependency of the organization",
    "description": "Every dependency between tasks of the organization in one answer, compact (`id`, `task_id`,\n`depends_on_id`), for drawing the whole graph at once; only dependencies whose two tasks you may see.\nAny member may read them. Not paginated: an organization has at most 50,000 dependencies\n(`tasks.dependency.add` refuses more), which bounds the answer: at most about 6.6 MB of JSON (132 bytes a\ndependency). Sorted by id (oldest first).\n",
    "tags": [
      "task_dependencies"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/task-dependencies",
    "status": 200,
    "audited": false
  },
  "tasks.dependency.add": {
    "name": "tasks.dependency.add",
    "area": "task_dependencies",
    "summary": "Add a dependency",
    "description": "Links the task to another task of the organization (any project): with `dependency_type: blocked_by` the\ntask waits for `depends_on_id`, with `blocks` `depends_on_id` waits for the task. Requires `manage_tasks`.\nRules: a task cannot depend on itself (`VALIDATION_ERROR` on `depends_on_id`); the same link twice, in\neither spelling, is `CONFLICT`; a link that would close a cycle is `CONFLICT` with the cycle in\n`details.cycle` (task ids from the waiting task back to itself, e.g. `[a, b, c, a]`). Limits: at most 100\ndependencies per task in each direction and 50,000 per organization (`VALIDATION_ERROR` beyond). A task of\nanother organization answers `NOT_FOUND`.\n",
    "tags": [
      "task_dependencies"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/tasks/{task_id}/dependencies",
    "status": 201,
    "audited": true
  },
  "tasks.dependency.list": {
    "name": "tasks.dependency.list",
    "area": "task_dependencies",
    "summary": "List a task's dependencies",
    "description": "The task's dependencies in both directions: `blocked_by`, the tasks it waits for, and `blocks`, the tasks\nwaiting for it, each oldest dependency first. Each item names the other task (id, title, status, project)\nand the dependency (`dependency_id`). Any member may read them. Not paginated: a task has at most 100\ndependencies in each direction (`tasks.dependency.add` refuses more), so each list holds at most 100.\n",
    "tags": [
      "task_dependencies"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/tasks/{task_id}/dependencies",
    "status": 200,
    "audited": false
  },
  "tasks.dependency.remove": {
    "name": "tasks.dependency.remove",
    "area": "task_dependencies",
    "summary": "Remove a dependency",
    "description": "Removes a dependency of the task (either direction). Requires `manage_tasks`. A dependency that does not\ninvolve the task answers `NOT_FOUND`.\n",
    "tags": [
      "task_dependencies"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/tasks/{task_id}/dependencies/{dependency_id}",
    "status": 200,
    "audited": true
  },
  "tasks.get": {
    "name": "tasks.get",
    "area": "tasks",
    "summary": "Get a task",
    "description": "Returns one task of the organization. Any member may read it.",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/tasks/{id}",
    "status": 200,
    "audited": false
  },
  "tasks.list": {
    "name": "tasks.list",
    "area": "tasks",
    "summary": "List tasks",
    "description": "Lists the organization's tasks. Any member may list. Filter by project, status, assignee, label and\nmilestone (a label or milestone of another organization answers `NOT_FOUND`); sort by\n`created_at` (default), `due_date`, `priority`, `title` or `position`. The default order is ascending,\nexcept for `priority`, which defaults to descending (most urgent first). Tasks without a due date sort\nlast.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/tasks",
    "status": 200,
    "audited": false
  },
  "tasks.reorder": {
    "name": "tasks.reorder",
    "area": "tasks",
    "summary": "Move a task within its group or to another group",
    "description": "Puts the task at `position`, the 0-based index among the tasks of the destination group after the move (a\nlarger value puts it last). `group_id` moves it to another group of the same project (`null`: among the\nproject's ungrouped tasks); omitted, the task stays in its group. The positions of every group stay a\ngapless 0..n-1 sequence: the tasks at or after the new index move down by one, and those after the old\nindex in the group it left move up. Requires `manage_tasks`. A group of another project answers\n`VALIDATION_ERROR`; one of another organization `NOT_FOUND`. Subscribers receive an `EntityChanged` for the\nmoved task with `changes` of `position` (and `group_id`), then one for each other task whose position\nchanged (`changes`: `position`), all from the same transaction.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PUT",
    "path": "/tasks/{task_id}/position",
    "status": 200,
    "audited": true
  },
  "tasks.update": {
    "name": "tasks.update",
    "area": "tasks",
    "summary": "Update a task",
    "description": "Changes the given fields; `null` clears a nullable one, `assignee_ids` replaces the whole set. Requires\n`manage_tasks`. `project_id` moves the task to another project of the organization. After the change\n`start_date` must still be on or before `due_date` (`VALIDATION_ERROR` otherwise).\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/tasks/{id}",
    "status": 200,
    "audited": true
  },
  "tasks.update_status": {
    "name": "tasks.update_status",
    "area": "tasks",
    "summary": "Change a task's status",
    "description": "Moves the task to another status (`open`, `in_progress`, `review`, `done`, `cancelled`). Requires\n`manage_tasks`. Same effect as `tasks.update` with only `status`; subscribers receive an\n`EntityChanged` event with the status change.\n",
    "tags": [
      "tasks"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "manage_tasks",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/tasks/{id}/status",
    "status": 200,
    "audited": true
  },
  "time_entries.create": {
    "name": "time_entries.create",
    "area": "time_entries",
    "summary": "Log time manually",
    "description": "Creates a finished time entry for the caller, for time worked without a timer. Requires `track_time`.\n`stopped_at` must not be before `started_at`. With only `task_id`, the task's project is used;\n`billable` defaults to the project's; `hourly_rate_cents` is the entry's own rate override (default `null`:\nthe rate is inherited, see `effective_hourly_rate_cents`).\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "track_time",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/time-entries",
    "status": 201,
    "audited": true
  },
  "time_entries.current": {
    "name": "time_entries.current",
    "area": "time_entries",
    "summary": "Get the running timer",
    "description": "Returns the caller's running time entry in the organization, or `data: null` when no timer runs.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/time-entries/current",
    "status": 200,
    "audited": false
  },
  "time_entries.delete": {
    "name": "time_entries.delete",
    "area": "time_entries",
    "summary": "Delete a time entry",
    "description": "Deletes the time entry (running or not). Permanent. Your own entries need `track_time`; other users'\nentries need `manage_time`. An entry on an invoice cannot be deleted: `CONFLICT` naming the invoice\n(`details` `{ invoice_id, invoice_number }`) until its draft is deleted.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "track_time",
        "manage_time"
      ],
      "rule": "Your own entries need `track_time`; another member's entries need `manage_time`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "DELETE",
    "path": "/time-entries/{entry_id}",
    "status": 200,
    "audited": true
  },
  "time_entries.get": {
    "name": "time_entries.get",
    "area": "time_entries",
    "summary": "Get a time entry",
    "description": "Returns one time entry of the organization. Any member may read it.",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/time-entries/{entry_id}",
    "status": 200,
    "audited": false
  },
  "time_entries.list": {
    "name": "time_entries.list",
    "area": "time_entries",
    "summary": "List time entries",
    "description": "Lists the organization's time entries, newest `started_at` first. Any member may list; filter by\n`user_id` for one person's time. `from` and `to` select by `started_at` and are inclusive: a date\n(`2026-03-01`) means the start of that day for `from` and the end of that day for `to`, in the\norganization's time zone (`settings.timezone`); a date-time is taken as is.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": true,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/time-entries",
    "status": 200,
    "audited": false
  },
  "time_entries.start": {
    "name": "time_entries.start",
    "area": "time_entries",
    "summary": "Start a timer",
    "description": "Starts a timer for the caller now. Requires `track_time`. A user has at most one running timer: if one\nis running, it is stopped at the same instant the new one starts, in the same transaction. Project,\ntask and description are optional; with only `task_id`, the task's project is used. `billable` and the\nhourly rate default to the project's. Subscribers get a `TimerUpdate` (and `EntityChanged`) event.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": "track_time",
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/time-entries/start",
    "status": 201,
    "audited": true
  },
  "time_entries.stop": {
    "name": "time_entries.stop",
    "area": "time_entries",
    "summary": "Stop a timer",
    "description": "Stops a running time entry now and returns it with its `duration_secs`. Requires `track_time` (and\n`manage_time` to stop another user's timer). Over WebSocket, MCP and GraphQL `entry_id` may be omitted\nto stop the caller's running timer; with no timer running that answers `NOT_FOUND`. An entry that is\nalready stopped answers `CONFLICT`.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "track_time",
        "manage_time"
      ],
      "rule": "Your own entries need `track_time`; another member's entries need `manage_time`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "POST",
    "path": "/time-entries/{entry_id}/stop",
    "status": 200,
    "audited": true
  },
  "time_entries.update": {
    "name": "time_entries.update",
    "area": "time_entries",
    "summary": "Update a time entry",
    "description": "Changes the given fields; `null` clears a nullable one. Your own entries need `track_time`; other\nusers' entries need `manage_time`. After the change `stopped_at` must not be before `started_at`.\nSetting `stopped_at` on a running entry stops the timer. An entry on an invoice cannot be changed:\n`CONFLICT` naming the invoice (`details` `{ invoice_id, invoice_number }`) until its draft is deleted.\n",
    "tags": [
      "time_entries"
    ],
    "auth": "user",
    "scope": "org",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": {
      "permissions": [
        "track_time",
        "manage_time"
      ],
      "rule": "Your own entries need `track_time`; another member's entries need `manage_time`."
    },
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "PATCH",
    "path": "/time-entries/{entry_id}",
    "status": 200,
    "audited": true
  },
  "users.me": {
    "name": "users.me",
    "area": "users",
    "summary": "Get the signed-in user",
    "description": "Returns the user the token belongs to, including their default organization.",
    "tags": [
      "users"
    ],
    "auth": "user",
    "scope": "user",
    "orgParam": "org_id",
    "permission": null,
    "permissionRule": null,
    "transports": [
      "ws",
      "mcp",
      "graphql"
    ],
    "list": false,
    "rateLimit": "fail-open",
    "method": "GET",
    "path": "/me",
    "status": 200,
    "audited": false
  }
} as const satisfies Record<OperationName, OperationMeta>;
