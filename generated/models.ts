// Generated from specs/schemas/*.yaml (json-schema-to-typescript) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
/* eslint-disable */
/**
 * An instant (RFC 3339, e.g. `2026-03-28T14:30:00Z`) or a day (`YYYY-MM-DD`) in the organization's time zone.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuditBound".
 */
export type AuditBound = (AuditBound1 & AuditBound2)
export type AuditBound1 = {
[k: string]: unknown
}
export type AuditBound2 = string
/**
 * A date (`YYYY-MM-DD`) or an RFC 3339 instant (`2026-03-28T14:30:00Z`), as accepted by range filters.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "DateOrDateTime".
 */
export type DateOrDateTime = string

export interface SharedSchemas {
AuditBound?: AuditBound
AuditEntry?: AuditEntry
AuthForgotPassword?: AuthForgotPassword
AuthLogin?: AuthLogin
AuthLogout?: AuthLogout
AuthRefresh?: AuthRefresh
AuthRegister?: AuthRegister
AuthResetPassword?: AuthResetPassword
AuthTokens?: AuthTokens
ChatChannel?: ChatChannel
ChatChannelCreate?: ChatChannelCreate
ChatChannelUpdate?: ChatChannelUpdate
ChatDmOpen?: ChatDmOpen
ChatMarkRead?: ChatMarkRead
ChatMarkReadResult?: ChatMarkReadResult
ChatMemberAdd?: ChatMemberAdd
ChatMemberResult?: ChatMemberResult
ChatMessage?: ChatMessage
ChatMessageCreate?: ChatMessageCreate
ChatMessageEvent?: ChatMessageEvent
ChatMessagePagination?: ChatMessagePagination
ChatReaction?: ChatReaction
ChatReactionInput?: ChatReactionInput
ChatReactionResult?: ChatReactionResult
ChatTypingResult?: ChatTypingResult
ChecklistItem?: ChecklistItem
ChecklistItemCreate?: ChecklistItemCreate
Client?: Client
ClientCreate?: ClientCreate
ClientUpdate?: ClientUpdate
CurrentUser?: CurrentUser
DashboardSummary?: DashboardSummary
DateOrDateTime?: DateOrDateTime
DeleteResult?: DeleteResult
DependencyEdge?: DependencyEdge
DependencyLink?: DependencyLink
EmailPreferences?: EmailPreferences
EmailPreferencesUpdate?: EmailPreferencesUpdate
EntityChanged?: EntityChanged
Error?: Error
ErrorResponse?: ErrorResponse
FieldChange?: FieldChange
Health?: Health
Invitation?: Invitation
InvitationAccept?: InvitationAccept
Invoice?: Invoice
InvoiceCreate?: InvoiceCreate
InvoiceGenerate?: InvoiceGenerate
InvoiceGenerateResult?: InvoiceGenerateResult
InvoiceLine?: InvoiceLine
InvoiceLineInput?: InvoiceLineInput
InvoiceMarkPaid?: InvoiceMarkPaid
InvoiceSend?: InvoiceSend
InvoiceUpdate?: InvoiceUpdate
Label?: Label
LabelCreate?: LabelCreate
LabelUpdate?: LabelUpdate
MarkRead?: MarkRead
MarkReadResult?: MarkReadResult
Member?: Member
MemberInvite?: MemberInvite
MemberPresence?: MemberPresence
MemberUpdate?: MemberUpdate
MessageResult?: MessageResult
Milestone?: Milestone
MilestoneCreate?: MilestoneCreate
MilestoneUpdate?: MilestoneUpdate
Notification?: Notification
NotificationPreferences?: NotificationPreferences
NotificationPreferencesUpdate?: NotificationPreferencesUpdate
Organization?: Organization
OrganizationCreate?: OrganizationCreate
OrganizationSettings?: OrganizationSettings
OrganizationUpdate?: OrganizationUpdate
Pagination?: Pagination
PersonalAccessToken?: PersonalAccessToken
PersonalAccessTokenCreate?: PersonalAccessTokenCreate
PersonalAccessTokenCreated?: PersonalAccessTokenCreated
Presence?: Presence
PresenceSet?: PresenceSet
ProfitabilityFigures?: ProfitabilityFigures
ProfitabilityRow?: ProfitabilityRow
Project?: Project
ProjectCreate?: ProjectCreate
ProjectMember?: ProjectMember
ProjectMemberAdd?: ProjectMemberAdd
ProjectMemberRemoved?: ProjectMemberRemoved
ProjectMemberUpdate?: ProjectMemberUpdate
ProjectUpdate?: ProjectUpdate
Readiness?: Readiness
RemoveMemberResult?: RemoveMemberResult
ReportProfitability?: ReportProfitability
ReportRevenue?: ReportRevenue
ReportTimesheet?: ReportTimesheet
ReportUtilization?: ReportUtilization
RevenueFigures?: RevenueFigures
RevenueRow?: RevenueRow
SearchCounts?: SearchCounts
SearchHit?: SearchHit
SearchResult?: SearchResult
SidebarCollapsed?: SidebarCollapsed
SidebarToggle?: SidebarToggle
SuccessResult?: SuccessResult
Task?: Task
TaskBulkCreate?: TaskBulkCreate
TaskComment?: TaskComment
TaskCommentCreate?: TaskCommentCreate
TaskCreate?: TaskCreate
TaskDependencies?: TaskDependencies
TaskDependency?: TaskDependency
TaskDependencyCreate?: TaskDependencyCreate
TaskGroup?: TaskGroup
TaskGroupCollapsed?: TaskGroupCollapsed
TaskGroupCreate?: TaskGroupCreate
TaskGroupOrder?: TaskGroupOrder
TaskGroupUpdate?: TaskGroupUpdate
TaskRecurrence?: TaskRecurrence
TaskRecurrenceCreate?: TaskRecurrenceCreate
TaskRecurrenceUpdate?: TaskRecurrenceUpdate
TaskReorder?: TaskReorder
TaskStatus?: TaskStatus
TaskStatusCreate?: TaskStatusCreate
TaskStatusDefinitionUpdate?: TaskStatusDefinitionUpdate
TaskStatusUpdate?: TaskStatusUpdate
TaskUpdate?: TaskUpdate
TimeEntry?: TimeEntry
TimeEntryCreate?: TimeEntryCreate
TimeEntryUpdate?: TimeEntryUpdate
TimerStart?: TimerStart
TimerTimeEntry?: TimerTimeEntry
TimerUpdate?: TimerUpdate
TimesheetEntry?: TimesheetEntry
TimesheetGroup?: TimesheetGroup
TimesheetTotals?: TimesheetTotals
User?: User
UserPresence?: UserPresence
UserSummary?: UserSummary
UserTypingEvent?: UserTypingEvent
UtilizationRow?: UtilizationRow
WsTicket?: WsTicket
}
/**
 * One successful change (an operation that is not a read), recorded after it committed, whatever interface made it. Entries are never changed or deleted. Secrets (passwords, tokens, hashes, tickets, key material) are never recorded: their values read `[redacted]`.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuditEntry".
 */
export interface AuditEntry {
/**
 * Entry id (`aud_…`).
 */
id: string
/**
 * The organization the change was made in (`org_…`).
 */
org_id: string
/**
 * Who made it (`usr_…`); `null` for a call without a signed-in user (e.g. a password reset by link).
 */
user_id: (string | null)
/**
 * The personal access token it was made with (`pat_…`), or `null` for a session or a socket.
 */
pat_id: (string | null)
/**
 * The interface it came through.
 */
transport: ("rest" | "ws" | "graphql" | "mcp")
/**
 * The operation, as the WebSocket action names it (`tasks.update`).
 */
action: string
/**
 * The type of the entity changed first (`task`, `project`, …), or `null` when the operation changes no entity.
 */
entity_type: (string | null)
/**
 * Its id, or `null`.
 */
entity_id: (string | null)
/**
 * What changed: for an update the changed fields as `{ field: { from, to } }`, for a creation the created entity, for a deletion `{ id }`; for an operation without an entity, its input (without `org_id`). Secret values read `[redacted]`.
 */
changes: ({
[k: string]: unknown
} | null)
/**
 * The client's IP address, or `null` when unknown.
 */
ip: (string | null)
/**
 * The client's `User-Agent` (for a socket, that of its opening request), or `null`.
 */
user_agent: (string | null)
/**
 * The call's request id (`X-Request-Id` over HTTP), or `null`.
 */
request_id: (string | null)
/**
 * When it was recorded (RFC 3339, UTC).
 */
created_at: string
}
/**
 * Account email address. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthForgotPassword".
 */
export interface AuthForgotPassword {
/**
 * Email address of the account whose password is to be reset.
 */
email: string
}
/**
 * Email and password. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthLogin".
 */
export interface AuthLogin {
/**
 * Account email address.
 */
email: string
/**
 * Account password.
 */
password: string
}
/**
 * The refresh token to invalidate. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthLogout".
 */
export interface AuthLogout {
/**
 * Refresh token of the session to end.
 */
refresh_token: string
}
/**
 * The current refresh token. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthRefresh".
 */
export interface AuthRefresh {
/**
 * Refresh token from the last register, login or refresh answer.
 */
refresh_token: string
}
/**
 * New account. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthRegister".
 */
export interface AuthRegister {
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
/**
 * Reset token from the mailed link and the new password. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthResetPassword".
 */
export interface AuthResetPassword {
/**
 * The token from the reset link (single use, valid 1 hour).
 */
token: string
/**
 * New password, 8 to 200 characters.
 */
password: string
}
/**
 * A session's tokens. Send `access_token` as `Authorization: Bearer …`; it expires after `expires_in` seconds (15 minutes). Exchange `refresh_token` (valid 30 days, single use) at `/auth/refresh` for a new pair. `user` is present on register and login, absent on refresh.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "AuthTokens".
 */
export interface AuthTokens {
/**
 * JWT access token.
 */
access_token: string
/**
 * Opaque refresh token. Keep it secret (server side or an HTTP-only cookie); it is rotated on every use.
 */
refresh_token: string
/**
 * Always `Bearer`.
 */
token_type: "Bearer"
/**
 * Lifetime of the access token in seconds (900).
 */
expires_in: number
user?: CurrentUser
}
/**
 * The signed-in user (`GET /me`, register and login): the fields of `User` plus their private `default_org_id`, which only they see.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "CurrentUser".
 */
export interface CurrentUser {
/**
 * User id (`usr_…`).
 */
id: string
/**
 * Sign-in email address, unique across TRCR (case-insensitive).
 */
email: string
/**
 * Full name.
 */
name: string
/**
 * Profile picture URL, or `null`.
 */
avatar_url: (string | null)
/**
 * Organization (`org_…`) a JWT call acts in when it names none (`org_id` / `X-Org-Id`). Set to the personal organization created at registration; `null` if that organization was deleted.
 */
default_org_id: (string | null)
/**
 * When the account was created.
 */
created_at: string
}
/**
 * A chat channel of the organization. It exists for a member only while they are one of its members and, for a channel linked to a project, may see that project; for anyone else it is `NOT_FOUND`. `unread_count` and `last_message` are the reader's and only in chat.channels.list answers (never in events).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatChannel".
 */
export interface ChatChannel {
/**
 * Channel id (`ch_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * `general`: the organization's one channel of all its members (kept in step with the organization; cannot be renamed, archived, joined or left). `public`: any member of the organization may join. `private`: only its members may add others. `direct`: the one channel between two members (chat.dm.open); its membership is fixed.
 */
kind: ("general" | "public" | "private" | "direct")
/**
 * Channel name (`general` for the general channel; a direct channel is named after its two members).
 */
name: string
/**
 * What the channel is about, or `null`.
 */
topic: (string | null)
/**
 * The project the channel is linked to (`prj_…`; it then follows that project's visibility), or `null`.
 */
project_id: (string | null)
/**
 * Who created the channel (`usr_…`), or `null`.
 */
created_by: (string | null)
/**
 * Number of members.
 */
member_count: number
/**
 * When the channel was archived (it then takes no messages), or `null`.
 */
archived_at: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
/**
 * chat.channels.list only. Messages by others after the reader's read mark.
 */
unread_count?: number
/**
 * chat.channels.list only. The newest message, or `null`.
 */
last_message?: (ChatMessage | null)
}
/**
 * One message in a channel, in the seed's shape (`id`, `content`, `user_id`, `user_name`, `created_at`) plus its channel, the message it replies to and its reactions. It is the `message` of the `ChatMessage` event and the entity of `EntityChanged` events with `entity_type: chat_message` (deleted, or its reactions changed).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMessage".
 */
export interface ChatMessage {
/**
 * Message id (`msg_…`); ids sort by time.
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Channel id (`ch_…`).
 */
channel_id: string
/**
 * The text, 1 to 4,000 characters.
 */
content: string
/**
 * Author (`usr_…`), or `null` once their account is gone.
 */
user_id: (string | null)
/**
 * The author's name as their profile has it now, or `null` once their account is gone.
 */
user_name: (string | null)
/**
 * The message of the same channel this one answers (`msg_…`), or `null`.
 */
reply_to: (string | null)
/**
 * Its reactions, one entry per emoji, in the order they were first used.
 */
reactions: ChatReaction[]
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * The reactions of one emoji on a message: how many members reacted and the first 20 of them (oldest first). `reacted_by_me` is only in answers to the reader (chat.messages.list), never in pushed events (one event payload is shared by all its receivers).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatReaction".
 */
export interface ChatReaction {
/**
 * The emoji (one grapheme) or a `:shortcode:`.
 */
emoji: string
/**
 * How many members reacted with it.
 */
count: number
/**
 * The first 20 members who reacted (`usr_…`), oldest reaction first.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
user_ids: []|[string]|[string, string]|[string, string, string]|[string, string, string, string]|[string, string, string, string, string]|[string, string, string, string, string, string]|[string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
/**
 * Whether the reader reacted with it (chat.messages.list only).
 */
reacted_by_me?: boolean
}
/**
 * A new channel. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatChannelCreate".
 */
export interface ChatChannelCreate {
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
/**
 * Changes to a channel; omitted fields are left unchanged.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatChannelUpdate".
 */
export interface ChatChannelUpdate {
/**
 * New name, 1 to 80 characters (not only spaces). The general channel cannot be renamed.
 */
name?: string
/**
 * New topic, up to 500 characters; `null` clears it.
 */
topic?: (string | null)
}
/**
 * The member to talk to.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatDmOpen".
 */
export interface ChatDmOpen {
/**
 * Another member of the organization (`usr_…`); not yourself.
 */
user_id: string
}
/**
 * The newest message you have read.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMarkRead".
 */
export interface ChatMarkRead {
/**
 * A message of that channel (`msg_…`). A mark never moves backwards.
 */
message_id: string
}
/**
 * The caller's read mark after the call.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMarkReadResult".
 */
export interface ChatMarkReadResult {
/**
 * Channel id (`ch_…`).
 */
channel_id: string
/**
 * The newest message you have read (`msg_…`), or `null`.
 */
last_read_message_id: (string | null)
/**
 * Messages by others after the mark.
 */
unread_count: number
}
/**
 * The member to add to the channel.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMemberAdd".
 */
export interface ChatMemberAdd {
/**
 * Member to add (`usr_…`); yourself to join a public channel.
 */
user_id: string
}
/**
 * A channel's membership after the change.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMemberResult".
 */
export interface ChatMemberResult {
/**
 * Channel id (`ch_…`).
 */
channel_id: string
/**
 * The member added or removed (`usr_…`).
 */
user_id: string
/**
 * Whether that user is now a member.
 */
member: boolean
/**
 * Number of members now.
 */
member_count: number
}
/**
 * A new message. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMessageCreate".
 */
export interface ChatMessageCreate {
/**
 * The text, 1 to 4,000 characters (Unicode code points, not bytes); whitespace only counts as empty (`VALIDATION_ERROR`). `@Full Name` or `@email` mentions a channel member (notification `mentioned`).
 */
content: string
/**
 * A message of the same channel this one answers (`msg_…`), or `null`.
 */
reply_to?: (string | null)
}
/**
 * A message was sent to a channel you belong to (the `data` of the `ChatMessage` event and of the GraphQL subscription `chatMessage`), in the seed's shape. Delivered once to every connection of every member of the channel who may see it (its members; for a channel linked to a project, those who may also see the project), the sender's other connections included; never to anyone else.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMessageEvent".
 */
export interface ChatMessageEvent {
/**
 * Channel id (`ch_…`).
 */
channel_id: string
message: ChatMessage
}
/**
 * Where a page of messages sits (keyset pagination, newest first).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatMessagePagination".
 */
export interface ChatMessagePagination {
/**
 * The page size asked for.
 */
limit: number
/**
 * Whether older messages exist.
 */
has_more: boolean
/**
 * Pass as `before` for the next (older) page; `null` when there is none.
 */
next_before: (string | null)
}
/**
 * The reaction.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatReactionInput".
 */
export interface ChatReactionInput {
/**
 * Exactly one emoji (one grapheme cluster that is an emoji: pictographic, a flag or a keycap, with its modifiers) or a shortcode `:name:` of at most 32 characters (`^:[a-z0-9_+-]{1,30}:$`). Anything else (`abc`, two emoji, a longer shortcode) is `VALIDATION_ERROR`.
 */
emoji: string
}
/**
 * The message's reactions after the call, and whether it changed anything.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatReactionResult".
 */
export interface ChatReactionResult {
/**
 * Message id (`msg_…`).
 */
message_id: string
/**
 * `false` when the reaction was already there (add) or not there (remove): nothing changed and nothing was pushed.
 */
changed: boolean
/**
 * The message's reactions now (with `reacted_by_me`).
 */
reactions: ChatReaction[]
}
/**
 * Whether a `UserTyping` event was pushed (at most one per user and channel every 3 seconds; extra calls are dropped).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChatTypingResult".
 */
export interface ChatTypingResult {
/**
 * `true` when the event went out, `false` when the call fell within 3 seconds of the previous one.
 */
sent: boolean
}
/**
 * One item of a task's checklist. Items are ordered by `position`; a task has at most 100 items.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChecklistItem".
 */
export interface ChecklistItem {
/**
 * Checklist item id (`chk_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Task the item belongs to (`tsk_…`).
 */
task_id: string
/**
 * What is to be done, 1 to 500 characters.
 */
title: string
/**
 * 0-based index of the item in its task's checklist. Positions are always 0..n-1 without gaps: a new item goes last, deleting one closes the gap.
 */
position: number
/**
 * Whether the item is checked.
 */
completed: boolean
/**
 * User who checked the item (`usr_…`); `null` while unchecked (or if that user no longer exists).
 */
completed_by: (string | null)
/**
 * When the item was checked (RFC 3339); `null` while unchecked.
 */
completed_at: (string | null)
/**
 * User who added the item (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new checklist item, appended last. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ChecklistItemCreate".
 */
export interface ChecklistItemCreate {
/**
 * What is to be done, 1 to 500 characters.
 */
title: string
}
/**
 * A client of the organization: who projects are billed to and invoices are addressed to. Archived clients are kept (for their invoices) but hidden from `clients.list` unless asked for.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Client".
 */
export interface Client {
/**
 * Client id (`cli_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Client name.
 */
name: string
/**
 * Address invoices are sent to, or `null` (an invoice cannot be sent without one).
 */
email: (string | null)
/**
 * Postal address as printed on invoices (free text, several lines), or `null`.
 */
address: (string | null)
/**
 * Saved tax rate in basis points (`1900` = 19 %), the default of the client's invoices, or `null`.
 */
tax_rate_bp: (number | null)
/**
 * ISO 4217 currency code of the client's invoices, or `null` = the organization's currency.
 */
currency: (string | null)
/**
 * Internal notes, or `null`.
 */
notes: (string | null)
/**
 * `true` when archived: hidden from `clients.list` (unless `archived: true` is asked for), kept for its invoices.
 */
archived: boolean
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new client. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ClientCreate".
 */
export interface ClientCreate {
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
/**
 * Fields to change; omitted fields are left unchanged, `null` clears a nullable field. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ClientUpdate".
 */
export interface ClientUpdate {
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
/**
 * Counts over the organization's tasks you can see (a members-only project's tasks count only for its members and holders of `manage_projects`; archived projects' tasks count too), and your own figures. A task is done when its status is of the `done` category; open when its category is neither `done` nor `cancelled`. "Today" and the week are those of the organization's time zone.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "DashboardSummary".
 */
export interface DashboardSummary {
/**
 * Tasks you can see.
 */
total_tasks: number
/**
 * Of those, tasks whose status is of the `done` category.
 */
done_tasks: number
/**
 * Of those, open tasks (category neither `done` nor `cancelled`) whose `due_date` is before today.
 */
overdue_tasks: number
/**
 * Open tasks you can see that are assigned to you.
 */
my_open_tasks: number
/**
 * Your running time entry in the organization, or `null` (as `time_entries.current`).
 */
running_timer: (TimeEntry | null)
/**
 * Whole seconds of your own time entries inside the current ISO week (Monday 00:00 to Monday 00:00 in the organization's time zone); an entry crossing the week's edge counts its part inside it, a running one up to now.
 */
tracked_secs_this_week: number
/**
 * The organization's time zone (IANA name), in which "today" and the week are taken.
 */
timezone: string
/**
 * Monday of the current ISO week in that time zone.
 */
week_start: string
}
/**
 * A span of tracked time by one user. A running timer is an entry with `stopped_at = null`, `duration_secs = null` and `running = true`; a user has at most one running entry.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimeEntry".
 */
export interface TimeEntry {
/**
 * Time entry id (`te_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * User whose time this is (`usr_…`).
 */
user_id: string
/**
 * Project (`prj_…`), or `null` (timers can run without a project).
 */
project_id: (string | null)
/**
 * Task (`tsk_…`), or `null`.
 */
task_id: (string | null)
/**
 * What was done, or `null`.
 */
description: (string | null)
/**
 * Whether the time can be invoiced.
 */
billable: boolean
/**
 * The entry's own client rate override in minor units of the organization's currency per hour, or `null` = inherited (see `effective_hourly_rate_cents`). Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events.
 */
hourly_rate_cents: (number | null)
/**
 * When the tracked time began.
 */
started_at: string
/**
 * Same instant as `started_at` (kept for clients written against the documented examples).
 */
start_time: string
/**
 * When it ended, or `null` while the timer runs.
 */
stopped_at: (string | null)
/**
 * Whole seconds between `started_at` and `stopped_at`, or `null` while the timer runs.
 */
duration_secs: (number | null)
/**
 * `true` while the timer runs (`stopped_at` is `null`).
 */
running: boolean
/**
 * The client rate the entry is charged at (minor units per hour), the first set of: the rate it was billed at (once on an invoice), its own override, its project member rate, its project's rate, its member's default; `null` = no rate (it cannot be invoiced). Changes with those rates until the entry is invoiced. Only readers with `view_rates` see it (else `null`).
 */
effective_hourly_rate_cents: (number | null)
/**
 * Where `effective_hourly_rate_cents` comes from: `invoice`, `entry`, `project_member`, `project` or `member`; `null` = no rate. Only readers with `view_rates` see it (else `null`).
 */
effective_rate_source: ("invoice" | "entry" | "project_member" | "project" | "member" | null)
/**
 * The entry's effective cost rate (minor units per hour): its project member cost rate, else its member's default; `null` = none. Only readers with `view_rates` see it (else `null`).
 */
cost_rate_cents: (number | null)
/**
 * What the entry is worth: for a billable, stopped entry with a rate, round-half-up(`duration_secs` × `effective_hourly_rate_cents` / 3600) in minor units of the organization's currency; else `null`. Only readers with `view_rates` see it (else `null`).
 */
amount_cents: (number | null)
/**
 * The invoice the entry is billed on (`inv_…`), or `null` while not invoiced. An invoiced entry cannot be changed or deleted (`CONFLICT`) until its draft invoice is deleted.
 */
invoice_id: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * Confirms a deletion. Deleting is permanent.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "DeleteResult".
 */
export interface DeleteResult {
/**
 * Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
id: string
/**
 * Always `true`.
 */
deleted: true
}
/**
 * One dependency in compact form (`tasks.dependencies.list_all`): `task_id` waits for `depends_on_id`.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "DependencyEdge".
 */
export interface DependencyEdge {
/**
 * Dependency id (`dep_…`).
 */
id: string
/**
 * The task that waits (`tsk_…`).
 */
task_id: string
/**
 * The task it waits for (`tsk_…`).
 */
depends_on_id: string
}
/**
 * One dependency of a task, seen from that task: the other task and the dependency's id.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "DependencyLink".
 */
export interface DependencyLink {
/**
 * Dependency id (`dep_…`), for `tasks.dependency.remove`.
 */
dependency_id: string
/**
 * The other task (`tsk_…`).
 */
task_id: string
/**
 * The other task's title.
 */
title: string
/**
 * The other task's status.
 */
status: string
/**
 * The other task's project (`prj_…`).
 */
project_id: string
}
/**
 * Whether each notification type that sends mail does so for you: `true` (the default) mails you, `false` only notifies you in the app. Only `task_assigned` and `task_status_changed` send mail.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "EmailPreferences".
 */
export interface EmailPreferences {
/**
 * Mail when someone else assigns you to a task.
 */
task_assigned: boolean
/**
 * Mail when someone else changes the status of a task you created or are assigned to.
 */
task_status_changed: boolean
}
/**
 * The mail preferences to change, by notification type; omitted types keep their value. A type that does not send mail, or an unknown one, is rejected (`VALIDATION_ERROR` naming it).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "EmailPreferencesUpdate".
 */
export interface EmailPreferencesUpdate {
/**
 * Mail when someone else assigns you to a task.
 */
task_assigned?: boolean
/**
 * Mail when someone else changes the status of a task you created or are assigned to.
 */
task_status_changed?: boolean
}
/**
 * An entity was created, updated or deleted, by any interface (REST, WebSocket, GraphQL, MCP). Delivered to every connection of a user who can see the entity: members of its organization for organization data, only the owner for `personal_access_token`; for anything in a members-only project (the project, its tasks, comments, checklist items, dependencies, groups, milestones, project members and time entries) only its project members and holders of `manage_projects`; for a chat channel or message only the channel's members who may see it (whatever their permissions). Published after the change is committed, in commit order.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "EntityChanged".
 */
export interface EntityChanged {
/**
 * Kind of entity an `EntityChanged` event is about.
 */
entity_type: ("task" | "project" | "time_entry" | "organization" | "member" | "invitation" | "personal_access_token" | "task_group" | "task_status" | "label" | "milestone" | "task_comment" | "checklist_item" | "task_dependency" | "project_member" | "task_recurrence" | "client" | "invoice" | "chat_channel" | "chat_message")
/**
 * Id of the entity (for `member`, the member's `user_id`).
 */
entity_id: string
/**
 * What happened to the entity.
 */
action: ("created" | "updated" | "deleted")
/**
 * Only on `updated`: the fields that changed, each `{from, to}`, e.g. `{"status": {"from": "open", "to": "done"}}`.
 */
changes?: {
[k: string]: FieldChange
}
/**
 * The full entity as the API returns it (`Task`, `Project`, `TimeEntry`, `Organization`, `Member`, `Invitation`, `PersonalAccessToken`, `TaskGroup`, `TaskStatus`, `Label`, `Milestone`, `TaskComment`, `ChecklistItem`, `TaskDependency`, `ProjectMember`, `TaskRecurrence`, `Client`, `Invoice`, `ChatChannel` or `ChatMessage`): its new state, or for `deleted` its last state.
 */
entity: {

}
/**
 * User who made the change (`usr_…`).
 */
user_id: string
/**
 * Organization the entity belongs to (`org_…`).
 */
org_id: string
/**
 * When the change was committed.
 */
timestamp: string
}
/**
 * One changed field of an update, its value before and after (any JSON type, `null` included).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "FieldChange".
 */
export interface FieldChange {
/**
 * Value before the change.
 */
from: (string | number | boolean | {

} | unknown[] | null)
/**
 * Value after the change.
 */
to: (string | number | boolean | {

} | unknown[] | null)
}
/**
 * What went wrong. `code` is stable and meant for programs; `message` is a human-readable English sentence that may change. `details` is present when there is more to say, e.g. `{"field": "title"}` for one invalid field or `{"fields": ["title", "due_date"]}` for several. Internal errors never carry stack traces or SQL.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Error".
 */
export interface Error {
/**
 * Machine-readable error code, one per HTTP status: `VALIDATION_ERROR` 400, `UNAUTHORIZED` 401, `FORBIDDEN` 403, `NOT_FOUND` 404, `CONFLICT` 409, `PAYLOAD_TOO_LARGE` 413, `RATE_LIMIT_EXCEEDED` 429, `INTERNAL_ERROR` 500, `SERVICE_UNAVAILABLE` 503; and, on GraphQL only (`extensions.code`), `QUERY_TOO_COMPLEX` (HTTP 400): a document over the cost, depth or alias limits, or over the time or size budget.
 */
code: ("VALIDATION_ERROR" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMIT_EXCEEDED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "QUERY_TOO_COMPLEX")
/**
 * Human-readable explanation.
 */
message: string
/**
 * Extra, code-specific information (`field` / `fields` for validation errors).
 */
details?: {

}
}
/**
 * The body of every error answer.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ErrorResponse".
 */
export interface ErrorResponse {
error: Error
}
/**
 * Liveness (`/healthz`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Health".
 */
export interface Health {
/**
 * `ok` while the database answers; `unavailable` otherwise.
 */
status: ("ok" | "unavailable")
}
/**
 * An invitation to join an organization, mailed to `email` with a single-use link. It expires after 7 days. The token itself is only in the mail, never in API answers.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Invitation".
 */
export interface Invitation {
/**
 * Invitation id (`inv_…`).
 */
id: string
/**
 * Organization the invitation is for (`org_…`).
 */
org_id: string
/**
 * Address the invitation was sent to.
 */
email: string
/**
 * Role the invitee gets on joining.
 */
role: ("owner" | "admin" | "manager" | "member" | "viewer")
/**
 * User who sent the invitation (`usr_…`), or `null` if that user no longer exists.
 */
invited_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * After this instant the invitation can no longer be accepted.
 */
expires_at: string
/**
 * When it was accepted, or `null` while pending.
 */
accepted_at: (string | null)
}
/**
 * The token from the invitation mail. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvitationAccept".
 */
export interface InvitationAccept {
/**
 * Invitation token from the mailed link.
 */
token: string
}
/**
 * An invoice to a client. Amounts are integers in minor units of `currency`; `rounding` states the rule: time lines round-half-up(seconds × rate / 3600) once per line, tax = round-half-up(subtotal × tax_rate_bp / 10000), total = subtotal + tax. The API, the PDF and the reports agree to the cent. Readable by members with `manage_invoices` or `view_reports` (the amounts are the invoice's content: no further permission hides them). `lines` holds every line (at most 500 per invoice).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Invoice".
 */
export interface Invoice {
/**
 * Invoice id (`inv_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * The organization's invoice number: its `invoice_prefix` and a 4-digit sequence (`INV-0001`), sequential per organization, unique, never reused (not even after a draft is deleted).
 */
number: string
/**
 * The client billed (`cli_…`).
 */
client_id: string
/**
 * The client's name.
 */
client_name: string
/**
 * `draft` (editable; `invoices.generate` adds time to it) → `sent` (`invoices.send`) → `paid` (`invoices.mark_paid`); a sent invoice whose due date has passed in the organization's time zone becomes `overdue` (a job checks every 5 minutes), and can still be paid.
 */
status: ("draft" | "sent" | "overdue" | "paid")
/**
 * Issue date (`YYYY-MM-DD`).
 */
issue_date: string
/**
 * Due date (`YYYY-MM-DD`); past it (organization time zone) a sent invoice becomes `overdue`.
 */
due_date: string
/**
 * ISO 4217 currency of every amount of the invoice.
 */
currency: string
/**
 * Tax rate in basis points (1900 = 19 %, 770 = 7.7 %).
 */
tax_rate_bp: number
/**
 * Sum of the lines' amounts.
 */
subtotal_cents: number
/**
 * round-half-up(subtotal_cents × tax_rate_bp / 10000).
 */
tax_cents: number
/**
 * subtotal_cents + tax_cents.
 */
total_cents: number
/**
 * Free text printed on the invoice, or `null`.
 */
notes: (string | null)
/**
 * When it was sent (RFC 3339), or `null`.
 */
sent_at: (string | null)
/**
 * When it was marked paid (RFC 3339), or `null`.
 */
paid_at: (string | null)
/**
 * How it was paid, or `null`.
 */
payment_method: (("bank_transfer" | "card" | "cash" | "paypal" | "other") | null)
/**
 * The rounding rule the amounts follow.
 */
rounding: string
/**
 * IANA time zone of the organization, in which dates (`from`/`to`, overdue) are counted.
 */
timezone: string
/**
 * How many lines the invoice has.
 */
line_count: number
/**
 * @maxItems 500
 */
lines: InvoiceLine[]
/**
 * Who created it (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * One line of an invoice: time (`quantity_secs`, made by `invoices.generate`: one line per project and effective client rate, amount = round-half-up(quantity_secs × unit_price_cents / 3600)) or custom (`quantity`, amount = round-half-up(quantity × unit_price_cents)). Exactly one of `quantity_secs` and `quantity` is set.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceLine".
 */
export interface InvoiceLine {
/**
 * Line id (`invl_…`).
 */
id: string
/**
 * Order on the invoice, from 1.
 */
position: number
/**
 * What is billed (a time line names its project, and the rate when the project has several).
 */
description: string
/**
 * Seconds of time billed (time lines), else `null`.
 */
quantity_secs: (number | null)
/**
 * Quantity of a custom line as a decimal string with up to 4 decimals (`"2.5"`), else `null`.
 */
quantity: (string | null)
/**
 * Price per unit (per hour for time lines) in minor units of the invoice's currency.
 */
unit_price_cents: number
/**
 * The line's amount in minor units (see the rounding rule).
 */
amount_cents: number
/**
 * The project the line bills (`prj_…`), or `null`.
 */
project_id: (string | null)
/**
 * How many time entries this line bills (0 for custom lines).
 */
time_entry_count: number
/**
 * Ids of the time entries this line bills (`te_…`), the first 100 by start time; `time_entry_count` says how many there are (`reports.timesheet { invoice_id }` lists all of them).
 * 
 * @maxItems 100
 */
time_entry_ids: string[]
}
/**
 * A new draft. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceCreate".
 */
export interface InvoiceCreate {
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
 */
lines?: InvoiceLineInput[]
}
/**
 * A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceLineInput".
 */
export interface InvoiceLineInput {
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
}
/**
 * The range of `invoices.generate`. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceGenerate".
 */
export interface InvoiceGenerate {
/**
 * First day (`YYYY-MM-DD`, organization time zone); default everything not yet invoiced.
 */
from?: string
/**
 * Last day, inclusive (`YYYY-MM-DD`); default today in the organization's time zone.
 */
to?: string
}
/**
 * What `invoices.generate` did: the invoice with its new lines, how many entries it linked, and how many billable, stopped, not yet invoiced entries in the range it left out because they have no client rate.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceGenerateResult".
 */
export interface InvoiceGenerateResult {
invoice: Invoice
/**
 * Time entries linked to the invoice by this call.
 */
entries_linked: number
/**
 * Entries in the range left out because no client rate applies to them (set one and generate again).
 */
entries_without_rate: number
/**
 * Lines added (one per project and effective client rate).
 */
lines_added: number
/**
 * First day of the range (`YYYY-MM-DD`), or `null` for everything before `to`.
 */
from: (string | null)
/**
 * Last day of the range (`YYYY-MM-DD`, inclusive; default today in the organization's time zone).
 */
to: string
/**
 * The organization's time zone the days are counted in.
 */
timezone: string
}
/**
 * Marking an invoice paid. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceMarkPaid".
 */
export interface InvoiceMarkPaid {
/**
 * How an invoice was paid.
 */
payment_method?: ("bank_transfer" | "card" | "cash" | "paypal" | "other")
}
/**
 * Sending an invoice. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceSend".
 */
export interface InvoiceSend {
/**
 * A message to the client, put in the mail's body above the invoice summary.
 */
message?: string
}
/**
 * Changes a draft (any field; `lines` replaces the custom lines, time lines stay). A sent, overdue or paid invoice takes only `notes`; any other field is `CONFLICT`. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "InvoiceUpdate".
 */
export interface InvoiceUpdate {
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
 */
lines?: InvoiceLineInput[]
}
/**
 * A colored tag of the organization that tasks can carry (`Task.label_ids`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Label".
 */
export interface Label {
/**
 * Label id (`lbl_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Label name, unique in the organization regardless of case.
 */
name: string
/**
 * Display color `#rrggbb`.
 */
color: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new label. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "LabelCreate".
 */
export interface LabelCreate {
/**
 * Label name, 1 to 50 characters, unique in the organization regardless of case (`Bug` and `bug` are the same label: `CONFLICT`).
 */
name: string
/**
 * Display color `#rrggbb`.
 */
color: string
}
/**
 * Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "LabelUpdate".
 */
export interface LabelUpdate {
/**
 * New name, 1 to 50 characters, unique in the organization regardless of case (`CONFLICT` otherwise).
 */
name?: string
/**
 * Display color `#rrggbb`.
 */
color?: string
}
/**
 * Which notifications to mark read. Without `ids`: all of yours in the organization. Ids that are unknown, already read, or someone else's are ignored (never touched, no error).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MarkRead".
 */
export interface MarkRead {
/**
 * Notification ids (`ntf_…`), at most 100.
 * 
 * @maxItems 100
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
ids?: string[]
}
/**
 * How many of your notifications changed from unread to read.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MarkReadResult".
 */
export interface MarkReadResult {
/**
 * Notifications marked read by this call (already read, unknown and other users' ids count 0).
 */
updated: number
}
/**
 * A user's membership in an organization, with the role and the permissions in effect.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Member".
 */
export interface Member {
/**
 * The member's user id (`usr_…`); identifies the membership within the organization.
 */
user_id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * A member's role in an organization. Each role grants a default set of permissions (`x-role-permissions`, the one place they are declared), which per-member overrides (`members.update`) can extend or narrow. Only owners can delete the organization, grant the owner role or remove an owner.
 */
role: ("owner" | "admin" | "manager" | "member" | "viewer")
/**
 * Effective permissions = the role's defaults with the member's overrides applied.
 * 
 * Items: A permission checked by the operations: `manage_org` (organization settings), `manage_members` (invite, change, remove members), `manage_projects`, `manage_tasks`, `track_time` (own time entries and timer), `manage_time` (other users' time entries), `view_rates`, `manage_clients`, `manage_invoices`, `view_reports`, `view_audit`.
 */
permissions: ("manage_org" | "manage_members" | "manage_projects" | "manage_tasks" | "track_time" | "manage_time" | "view_rates" | "manage_clients" | "manage_invoices" | "view_reports" | "view_audit")[]
user: UserSummary
/**
 * When the user joined the organization.
 */
joined_at: string
/**
 * The member's default client rate (what a client is charged per hour of their time), in minor units of the organization's currency, or `null`. The last fallback of a time entry's effective rate (entry override, project member rate, project rate, this). Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events.
 */
hourly_rate_cents: (number | null)
/**
 * The member's default cost rate (what an hour of their time costs), in minor units per hour, or `null`; a project member's cost rate overrides it. Only readers with `view_rates` see it (else `null`).
 */
cost_rate_cents: (number | null)
}
/**
 * The public part of a user, as shown next to memberships and assignments.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "UserSummary".
 */
export interface UserSummary {
/**
 * User id (`usr_…`).
 */
id: string
/**
 * Full name.
 */
name: string
/**
 * Email address.
 */
email: string
/**
 * Profile picture URL, or `null`.
 */
avatar_url: (string | null)
}
/**
 * Who to invite and with which role. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MemberInvite".
 */
export interface MemberInvite {
/**
 * Email address to send the invitation to.
 */
email: string
/**
 * Role given on joining (default `member`). The owner role cannot be given by invitation.
 */
role?: ("admin" | "manager" | "member" | "viewer")
}
/**
 * A member of the organization and their presence.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MemberPresence".
 */
export interface MemberPresence {
/**
 * The member (`usr_…`).
 */
user_id: string
/**
 * The member's name.
 */
name: string
/**
 * `online`, `away` or `offline`.
 */
status: ("online" | "away" | "offline")
/**
 * When the member's presence last changed (RFC 3339, UTC): for `online` and `away`, when they came online or last set their status; for `offline`, when their last socket closed; `null` if they never connected.
 */
last_seen: (string | null)
}
/**
 * New role and/or permission overrides; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MemberUpdate".
 */
export interface MemberUpdate {
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
/**
 * Confirms an action with a human-readable message.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MessageResult".
 */
export interface MessageResult {
/**
 * What happened, in English.
 */
message: string
}
/**
 * A target date in a project that tasks of the project count toward (`Task.milestone_id`), with how many of them are done.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Milestone".
 */
export interface Milestone {
/**
 * Milestone id (`mst_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Project the milestone belongs to (`prj_…`).
 */
project_id: string
/**
 * Short title.
 */
title: string
/**
 * Free text, or `null`.
 */
description: (string | null)
/**
 * Target date `YYYY-MM-DD`.
 */
target_date: string
/**
 * Display color `#rrggbb`.
 */
color: string
/**
 * Number of tasks counting toward the milestone.
 */
task_count: number
/**
 * How many of those tasks have a status of category `done`.
 */
done_count: number
/**
 * User who created the milestone (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new milestone. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MilestoneCreate".
 */
export interface MilestoneCreate {
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
/**
 * Fields to change; omitted fields are left unchanged, `description: null` clears the description. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "MilestoneUpdate".
 */
export interface MilestoneUpdate {
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
/**
 * One notification for one recipient in one organization. Only the recipient ever sees it (lists, events, subscriptions). It is also the `data` of the `NotificationCreated` event, in the seed's shape (`id`, `type`, `title`, `entity_type`, `entity_id`, `created_at`) plus the fields below.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Notification".
 */
export interface Notification {
/**
 * Notification id (`ntf_…`).
 */
id: string
/**
 * Organization the notification belongs to (`org_…`).
 */
org_id: string
/**
 * Why the notification was made. `task_assigned`: someone else assigned you to the task (tasks.create with assignees, tasks.update changing `assignee_ids`). `task_status_changed`: someone else changed the status of a task you created or are assigned to (tasks.update_status, tasks.update with `status`, or the task's status deleted with `replace_with`; renaming a status code is not a change of status). `task_commented`: someone else commented on a task you created or are assigned to. `mentioned`: a comment mentions you: an `@` at the start of the comment or after a character that is not a letter, digit or `_`, followed by your email address (any case) or by your full name as your profile has it (any case) and then the end of the text or a character that is not a letter, digit or `_`; where several members' names fit, the longest wins (`@Jane` does not mention "Jane Doe"). You are never notified of your own changes, and one change gives you at most one notification per task, the first of `mentioned`, `task_assigned`, `task_status_changed`, `task_commented` that applies (a mentioned assignee gets `mentioned` only). Only members of the organization who can see the task's project are notified.
 */
type: ("task_assigned" | "task_status_changed" | "task_commented" | "mentioned" | "invoice_paid" | "invoice_overdue")
/**
 * A sentence for display, e.g. `You were assigned to 'Implement login page'`.
 */
title: string
/**
 * What the notification is about; `task` for the task types (a comment's notification points at its task), `chat_message` for a mention in a chat message, `invoice` for the invoice types.
 */
entity_type: string
/**
 * Id of that entity (`tsk_…`).
 */
entity_id: string
/**
 * Link to the entity on this server (`<public URL>/api/v1/tasks/<id>`), the same link the mail carries.
 */
url: string
/**
 * Who caused it (`usr_…`), or `null` if that user no longer exists.
 */
actor_id: (string | null)
/**
 * That user's name, or `null`.
 */
actor_name: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * When the recipient marked it read (`notifications.mark_read`), or `null` while unread.
 */
read_at: (string | null)
}
/**
 * Your notification preferences; they are yours alone and apply in every organization.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "NotificationPreferences".
 */
export interface NotificationPreferences {
email: EmailPreferences
}
/**
 * Changes to your notification preferences. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "NotificationPreferencesUpdate".
 */
export interface NotificationPreferencesUpdate {
email: EmailPreferencesUpdate
}
/**
 * The tenant: projects, tasks, time entries and members all belong to exactly one organization. Only members can see an organization; for anyone else it does not exist (`NOT_FOUND`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Organization".
 */
export interface Organization {
/**
 * Organization id (`org_…`).
 */
id: string
/**
 * Display name.
 */
name: string
/**
 * URL-friendly unique name (lowercase letters, digits and dashes).
 */
slug: string
settings: OrganizationSettings
/**
 * The caller's role in this organization.
 */
role: ("owner" | "admin" | "manager" | "member" | "viewer")
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * Organization-wide defaults.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "OrganizationSettings".
 */
export interface OrganizationSettings {
/**
 * IANA time zone name used for dates and reports (default `UTC`).
 */
timezone: string
/**
 * ISO 4217 currency code of all amounts in the organization (default `USD`).
 */
currency: string
}
/**
 * A new organization. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "OrganizationCreate".
 */
export interface OrganizationCreate {
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
/**
 * Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "OrganizationUpdate".
 */
export interface OrganizationUpdate {
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
/**
 * Where a page sits in a list. `page` counts from 1; `total_pages` is `ceil(total / per_page)` (0 for an empty list). Asking for a page past the last returns an empty `data` array.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Pagination".
 */
export interface Pagination {
/**
 * Number of items matching the filters, across all pages.
 */
total: number
/**
 * The page returned (from 1).
 */
page: number
/**
 * Page size used (1 to 100).
 */
per_page: number
/**
 * Number of pages at this page size.
 */
total_pages: number
}
/**
 * A long-lived token (`trcr_pat_…`) for scripts and MCP clients, bound to one organization: every call made with it acts in that organization, with the owner's permissions there. The plaintext is shown only once, at creation.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "PersonalAccessToken".
 */
export interface PersonalAccessToken {
/**
 * Token id (`pat_…`); use it to revoke the token.
 */
id: string
/**
 * Label chosen at creation.
 */
name: string
/**
 * Organization the token is bound to (`org_…`).
 */
org_id: string
/**
 * First characters of the token, to recognize it (e.g. `trcr_pat_ab12`).
 */
token_prefix: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * When the token stops working, or `null` = never.
 */
expires_at: (string | null)
/**
 * Last time the token authenticated a call, or `null` if never used.
 */
last_used_at: (string | null)
}
/**
 * A new personal access token. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "PersonalAccessTokenCreate".
 */
export interface PersonalAccessTokenCreate {
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
/**
 * A newly created personal access token, with its plaintext `token`. Store it now; it is never shown again.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "PersonalAccessTokenCreated".
 */
export interface PersonalAccessTokenCreated {
/**
 * Token id (`pat_…`).
 */
id: string
/**
 * Label chosen at creation.
 */
name: string
/**
 * Organization the token is bound to (`org_…`).
 */
org_id: string
/**
 * First characters of the token.
 */
token_prefix: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * When the token stops working, or `null` = never.
 */
expires_at: (string | null)
/**
 * Always `null` for a new token.
 */
last_used_at: (string | null)
/**
 * The token itself: send it as `Authorization: Bearer trcr_pat_…`.
 */
token: string
}
/**
 * One user's presence. `online` or `away` while the user has a socket (/ws or GraphQL over WebSocket) open on any server instance, `offline` otherwise.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Presence".
 */
export interface Presence {
/**
 * The user (`usr_…`).
 */
user_id: string
/**
 * `online`, `away` or `offline`.
 */
status: ("online" | "away" | "offline")
/**
 * When the user's presence last changed (RFC 3339, UTC): for `online` and `away`, when they came online or last set their status; for `offline`, when their last socket closed; `null` if they never connected.
 */
last_seen: (string | null)
}
/**
 * The status to show while you are connected.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "PresenceSet".
 */
export interface PresenceSet {
/**
 * `online` or `away`.
 */
status: ("online" | "away")
}
/**
 * Revenue, cost and margin of some time. Revenue: billable time at effective client rates; cost: all time at effective cost rates; each Σ over (project, rate) pairs of round-half-up(seconds × rate / 3600).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProfitabilityFigures".
 */
export interface ProfitabilityFigures {
/**
 * Seconds of all entries.
 */
secs: number
/**
 * Seconds of the billable ones.
 */
billable_secs: number
/**
 * Billable time × effective client rate.
 */
revenue_cents: number
/**
 * All time × effective cost rate.
 */
cost_cents: number
/**
 * revenue − cost.
 */
margin_cents: number
/**
 * margin / revenue as a fraction rounded to 4 decimals (0.25 = 25 %), or `null` when revenue is 0.
 */
margin_pct: (number | null)
/**
 * Entries with no cost rate (they cost 0 here).
 */
entries_without_cost_rate: number
/**
 * Their seconds.
 */
secs_without_cost_rate: number
/**
 * Billable entries with no client rate (they earn 0 here).
 */
entries_without_client_rate: number
/**
 * Their seconds.
 */
secs_without_client_rate: number
}
/**
 * One group of the profitability report (its figures as in `ProfitabilityFigures`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProfitabilityRow".
 */
export interface ProfitabilityRow {
/**
 * The project, client or user id (`null` = no project or client).
 */
key: (string | null)
/**
 * Its name; `null` when `key` is.
 */
label: (string | null)
/**
 * Seconds of all entries.
 */
secs: number
/**
 * Seconds of the billable ones.
 */
billable_secs: number
/**
 * Billable time × effective client rate.
 */
revenue_cents: number
/**
 * All time × effective cost rate.
 */
cost_cents: number
/**
 * revenue − cost.
 */
margin_cents: number
/**
 * margin / revenue as a fraction rounded to 4 decimals (0.25 = 25 %), or `null` when revenue is 0.
 */
margin_pct: (number | null)
/**
 * Entries with no cost rate (they cost 0 here).
 */
entries_without_cost_rate: number
/**
 * Their seconds.
 */
secs_without_cost_rate: number
/**
 * Billable entries with no client rate (they earn 0 here).
 */
entries_without_client_rate: number
/**
 * Their seconds.
 */
secs_without_client_rate: number
}
/**
 * A body of work inside an organization; tasks and time entries hang off it.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Project".
 */
export interface Project {
/**
 * Project id (`prj_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Project name.
 */
name: string
/**
 * Free text, or `null`.
 */
description: (string | null)
/**
 * Display color `#rrggbb`, or `null`.
 */
color: (string | null)
/**
 * Whether time tracked on the project is billable by default.
 */
billable: boolean
/**
 * Default hourly rate in minor units of the organization's currency (e.g. `15000` = 150.00), inherited by time entries that set none; `null` = no rate. Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events.
 */
hourly_rate_cents: (number | null)
/**
 * Client the project is billed to (`cli_…`), or `null`.
 */
client_id: (string | null)
/**
 * `active` projects take new tasks and time; `archived` ones are kept for history and reports.
 */
status: ("active" | "archived")
/**
 * Who sees the project: `organization` (every member of the organization, the default) or `members` (only its project members, `projects.members.*`, and holders of `manage_projects`). A members-only project and everything in it (tasks, comments, checklists, dependencies, groups, milestones, time entries on it) does not exist for anyone else: `NOT_FOUND`, absent from lists and counts, and none of its events reach them.
 */
visibility: ("organization" | "members")
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new project. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectCreate".
 */
export interface ProjectCreate {
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
/**
 * A member of the organization who belongs to a project. Project members see a members-only project (`visibility: members`) and everything in it; holders of `manage_projects` see it without being members.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectMember".
 */
export interface ProjectMember {
/**
 * Project membership id (`pm_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * The member's user id (`usr_…`).
 */
user_id: string
/**
 * A project member's role: `lead` or `member`. Roles are informational (who leads the project); they grant no permission. Permissions come from the organization role. A project may have no lead at all.
 */
role: ("lead" | "member")
user: UserSummary
/**
 * The member's client rate on this project (minor units per hour), or `null`: overrides the project's rate and the member's default for their time entries on the project (an entry's own override still wins). Only readers with `view_rates` see it (else `null`).
 */
hourly_rate_cents: (number | null)
/**
 * The member's cost rate on this project (minor units per hour), or `null` (their default applies). Only readers with `view_rates` see it (else `null`).
 */
cost_rate_cents: (number | null)
/**
 * When the user was added to the project.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A user to add to the project. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectMemberAdd".
 */
export interface ProjectMemberAdd {
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
/**
 * Confirms that a user was removed from a project.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectMemberRemoved".
 */
export interface ProjectMemberRemoved {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * The removed user (`usr_…`).
 */
user_id: string
/**
 * Always `true`.
 */
removed: true
}
/**
 * The new project role and/or rates; omitted fields are left unchanged, `null` clears a rate. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectMemberUpdate".
 */
export interface ProjectMemberUpdate {
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
/**
 * Fields to change; omitted fields are left unchanged, `null` clears a nullable field. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ProjectUpdate".
 */
export interface ProjectUpdate {
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
/**
 * Readiness (`/readyz`) and the check of each dependency.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Readiness".
 */
export interface Readiness {
/**
 * `ok` when every configured dependency answers; `unavailable` otherwise.
 */
status: ("ok" | "unavailable")
checks: {
/**
 * One dependency: `ok`, `unavailable`, or `not_configured` (Redis without `REDIS_URL`).
 */
database: ("ok" | "unavailable" | "not_configured")
/**
 * One dependency: `ok`, `unavailable`, or `not_configured` (Redis without `REDIS_URL`).
 */
redis: ("ok" | "unavailable" | "not_configured")
}
}
/**
 * Confirms that a user is no longer a member of the organization.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "RemoveMemberResult".
 */
export interface RemoveMemberResult {
/**
 * The removed user (`usr_…`).
 */
user_id: string
/**
 * Always `true`.
 */
removed: true
}
/**
 * Revenue against cost for the stopped time started in the range (organization time zone) in projects the reader sees, per group (at most 1,000 rows by label, `rows_total` says how many there are), in the organization's currency.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ReportProfitability".
 */
export interface ReportProfitability {
/**
 * First day of the report.
 */
from: string
/**
 * Last day of the report.
 */
to: string
/**
 * The organization's time zone (IANA name).
 */
timezone: string
/**
 * The organization's currency.
 */
currency: string
/**
 * The rounding rule the amounts follow.
 */
rounding: string
/**
 * The grouping used.
 */
group_by: string
/**
 * One row per group.
 * 
 * @maxItems 1000
 */
rows: ProfitabilityRow[]
/**
 * How many rows there are.
 */
rows_total: number
totals: ProfitabilityFigures
}
/**
 * Revenue in a range: what was invoiced (by issue date) and what is billable but not yet invoiced (by the day the time started), per group and currency (invoices may be in a client's currency; unbilled time is in the organization's). Unbilled time counts only projects the reader sees. At most 1,000 rows (`rows_total` says how many there are), ordered by label (months oldest first), then currency.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ReportRevenue".
 */
export interface ReportRevenue {
/**
 * First day of the report.
 */
from: string
/**
 * Last day of the report.
 */
to: string
/**
 * The organization's time zone (IANA name).
 */
timezone: string
/**
 * The organization's currency (unbilled time is rated in it).
 */
currency: string
/**
 * The rounding rule the amounts follow.
 */
rounding: string
/**
 * The grouping used.
 */
group_by: string
/**
 * One row per group and currency.
 * 
 * @maxItems 1000
 */
rows: RevenueRow[]
/**
 * How many rows there are.
 */
rows_total: number
/**
 * One entry per currency, over everything in the report.
 */
totals: RevenueFigures[]
}
/**
 * One group of the revenue report in one currency.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "RevenueRow".
 */
export interface RevenueRow {
/**
 * The client or project id (`null` = none), or the month (`YYYY-MM`).
 */
key: (string | null)
/**
 * The client's or project's name, or the month; `null` when `key` is.
 */
label: (string | null)
/**
 * ISO 4217 currency of these figures.
 */
currency: string
/**
 * Invoices counted.
 */
invoice_count: number
/**
 * Net invoiced revenue.
 */
invoiced_subtotal_cents: number
/**
 * Tax on it; `null` by project.
 */
invoiced_tax_cents: (number | null)
/**
 * Gross; `null` by project.
 */
invoiced_total_cents: (number | null)
/**
 * Seconds of unbilled billable time.
 */
unbilled_secs: number
/**
 * Its amount at effective rates.
 */
unbilled_cents: number
}
/**
 * Invoiced and unbilled amounts in one currency. Invoiced: invoices `sent`, `overdue` or `paid` whose issue date is in the range. Unbilled: billable, stopped, not yet invoiced time started in the range, at effective client rates, in the organization's currency (Σ over (project, rate) pairs of round-half-up(seconds × rate / 3600)).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "RevenueFigures".
 */
export interface RevenueFigures {
/**
 * ISO 4217 currency of these figures.
 */
currency: string
/**
 * Invoices counted.
 */
invoice_count: number
/**
 * Net invoiced revenue (Σ subtotals; by project, Σ of the project's line amounts).
 */
invoiced_subtotal_cents: number
/**
 * Tax on it (Σ of the invoices' tax); `null` by project (tax is per invoice).
 */
invoiced_tax_cents: (number | null)
/**
 * Gross (subtotal + tax); `null` by project.
 */
invoiced_total_cents: (number | null)
/**
 * Seconds of unbilled billable time (counted in the organization's currency only).
 */
unbilled_secs: number
/**
 * Its amount at effective rates (entries without a client rate count 0).
 */
unbilled_cents: number
}
/**
 * A timesheet: the stopped time entries started in the range (organization time zone) that match the filters and sit in projects the reader sees, newest first, one page at a time; totals over all of them; and, with `group_by`, up to 1,000 groups (time groups oldest first, the others by label) with `groups_total` saying how many there are.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ReportTimesheet".
 */
export interface ReportTimesheet {
/**
 * First day of the report.
 */
from: string
/**
 * Last day of the report.
 */
to: string
/**
 * The organization's time zone (IANA name) the days are taken in.
 */
timezone: string
/**
 * The organization's currency (ISO 4217), the currency of rates and amounts.
 */
currency: string
/**
 * The rounding rule the amounts follow.
 */
rounding: string
/**
 * The grouping asked for, or `null`.
 */
group_by: (string | null)
totals: TimesheetTotals
/**
 * The groups (at most 1,000), or `null` without `group_by`.
 * 
 * @maxItems 1000
 */
groups: (TimesheetGroup[] | null)
/**
 * How many groups there are (more than `groups` holds when over 1,000), or `null` without `group_by`.
 */
groups_total: (number | null)
/**
 * This page of entries, newest `started_at` first.
 * 
 * @maxItems 100
 */
entries: TimesheetEntry[]
pagination: Pagination
}
/**
 * Totals over every entry of the report (all pages). `amount_cents` applies the rounding rule over the whole set: Σ over (project, effective rate) pairs of round-half-up(Σ billable seconds × rate / 3600); it needs `view_rates`.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimesheetTotals".
 */
export interface TimesheetTotals {
/**
 * Entries in the report.
 */
entries: number
/**
 * Seconds of all of them.
 */
secs: number
/**
 * Seconds of the billable ones.
 */
billable_secs: number
/**
 * Amount of the billable time at effective rates (entries without a rate count 0). Needs `view_rates`.
 */
amount_cents: (number | null)
}
/**
 * One group of a timesheet report. `amount_cents` is the sum over the (project, effective rate) pairs inside the group, each rounded half-up; it needs `view_rates`.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimesheetGroup".
 */
export interface TimesheetGroup {
/**
 * The group's key: the user, project, client or task id (`null` = entries without a project, client or task), the day (`YYYY-MM-DD`), the Monday of the ISO week (`YYYY-MM-DD`) or the month (`YYYY-MM`).
 */
key: (string | null)
/**
 * What a person reads: the name or title, the day, the ISO week (`2026-W09`) or the month; `null` when `key` is.
 */
label: (string | null)
/**
 * Entries in the group.
 */
entries: number
/**
 * Seconds of all of them.
 */
secs: number
/**
 * Seconds of the billable ones.
 */
billable_secs: number
/**
 * Amount of the billable time in the group. Needs `view_rates`.
 */
amount_cents: (number | null)
}
/**
 * One stopped time entry of a timesheet report, with the names of what it refers to. `effective_hourly_rate_cents` and `amount_cents` are seen only by readers with `view_rates` (`null` for anyone else).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimesheetEntry".
 */
export interface TimesheetEntry {
/**
 * Time entry id (`te_…`).
 */
id: string
/**
 * Whose time it is (`usr_…`).
 */
user_id: string
/**
 * That user's name.
 */
user_name: string
/**
 * Project id (`prj_…`), or `null`.
 */
project_id: (string | null)
/**
 * The project's name, or `null`.
 */
project_name: (string | null)
/**
 * The project's client (`cli_…`), or `null`.
 */
client_id: (string | null)
/**
 * Task id (`tsk_…`), or `null`.
 */
task_id: (string | null)
/**
 * The task's title, or `null`.
 */
task_title: (string | null)
/**
 * What was done.
 */
description: (string | null)
/**
 * When the entry started (UTC).
 */
started_at: string
/**
 * When the entry stopped (UTC).
 */
stopped_at: string
/**
 * Whole seconds tracked.
 */
duration_secs: number
/**
 * Whether the time can be invoiced.
 */
billable: boolean
/**
 * The entry's effective client rate (cents per hour): the rate it was invoiced at, else the first set of its own override, its project member rate, its project's rate, the member's default; `null` = none. Needs `view_rates`.
 */
effective_hourly_rate_cents: (number | null)
/**
 * round-half-up(duration_secs × effective rate / 3600) for a billable entry with a rate, else `null`. Needs `view_rates`.
 */
amount_cents: (number | null)
/**
 * The invoice the entry is billed on (`inv_…`), or `null`.
 */
invoice_id: (string | null)
}
/**
 * Billable time against a target, per member of the organization (members without time appear with zeros), by name, one page at a time. The target is `target_hours` per member for the whole range when given, else 40 hours per ISO week prorated: 8 hours per Monday-to-Friday day in the range (`target_rule` says which).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "ReportUtilization".
 */
export interface ReportUtilization {
/**
 * First day of the report.
 */
from: string
/**
 * Last day of the report.
 */
to: string
/**
 * The organization's time zone (IANA name).
 */
timezone: string
/**
 * The organization's currency.
 */
currency: string
/**
 * The rounding rule of the organization's amounts (this report has none).
 */
rounding: string
/**
 * How the target was set.
 */
target_rule: string
/**
 * Monday-to-Friday days in the range.
 */
working_days: number
/**
 * This page of members.
 * 
 * @maxItems 100
 */
rows: UtilizationRow[]
/**
 * The sums over every member (all pages); `utilization` = Σ billable / Σ target.
 */
totals: {
/**
 * Seconds tracked.
 */
tracked_secs: number
/**
 * Billable seconds.
 */
billable_secs: number
/**
 * Targets summed.
 */
target_secs: number
/**
 * billable / target, 4 decimals, or `null`.
 */
utilization: (number | null)
}
pagination: Pagination
}
/**
 * One member's time in the range.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "UtilizationRow".
 */
export interface UtilizationRow {
/**
 * The member (`usr_…`).
 */
user_id: string
/**
 * Their name.
 */
user_name: string
/**
 * Seconds of their stopped entries started in the range.
 */
tracked_secs: number
/**
 * Of those, billable seconds.
 */
billable_secs: number
/**
 * Their target for the range.
 */
target_secs: number
/**
 * billable_secs / target_secs rounded to 4 decimals (0.8125 = 81.25 %), or `null` when the target is 0.
 */
utilization: (number | null)
}
/**
 * How many entities of each searched kind match (all of them, not only the returned ones), counting only what you may see. Kinds that were not searched are absent.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SearchCounts".
 */
export interface SearchCounts {
/**
 * Matching tasks.
 */
task?: number
/**
 * Matching projects.
 */
project?: number
/**
 * Matching clients.
 */
client?: number
/**
 * Matching task comments.
 */
task_comment?: number
/**
 * Matching chat messages.
 */
chat_message?: number
/**
 * Matching invoices (0 without the permission to read invoices).
 */
invoice?: number
}
/**
 * One entity that matches. `title` is what it is called (a task's title, a project's or client's name, an invoice's number; for a comment its task's title, for a chat message its channel's name). `snippet` is a short extract of its matching text (a description, notes, a comment or message body; the title when only the title matches) as HTML: every matched word is wrapped in `<mark>` and `</mark>`, everything else is escaped text (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#39;`), so it can be inserted into a page as it is. Context fields are `null` where they do not apply.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SearchHit".
 */
export interface SearchHit {
/**
 * The kind of entity a hit is.
 */
type: ("task" | "project" | "client" | "task_comment" | "chat_message" | "invoice")
/**
 * The entity's id (`tsk_…`, `prj_…`, `cli_…`, `cmt_…`, `msg_…`, `inv_…`).
 */
id: string
/**
 * What the entity is called (plain text, not escaped).
 */
title: string
/**
 * Extract of the matching text as HTML, matched words in `<mark>…</mark>`, the rest escaped.
 */
snippet: string
/**
 * Relevance (PostgreSQL `ts_rank_cd`: how often and how close together the words occur, a match in the title (weight A) counting 2.5 times a match in the text (weight B)). Hits are ordered by rank, highest first, then by `updated_at`, newest first, then by id.
 */
rank: number
/**
 * The project of a task, of a comment's task, of a project itself, or of a chat channel linked to one; else `null`.
 */
project_id: (string | null)
/**
 * The task a comment is on (and a task's own id); else `null`.
 */
task_id: (string | null)
/**
 * The channel of a chat message (`ch_…`); else `null`.
 */
channel_id: (string | null)
/**
 * The client of an invoice or of a project (or a client's own id); else `null`.
 */
client_id: (string | null)
/**
 * When the entity last changed (a comment's or message's `created_at` if it has no later change).
 */
updated_at: string
}
/**
 * The best hits, at most `limit`, and how many match in all (`total`, and per kind in `counts`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SearchResult".
 */
export interface SearchResult {
/**
 * The hits, most relevant first.
 * 
 * @maxItems 50
 */
hits: SearchHit[]
/**
 * How many entities match in all, over the searched kinds, counting only what you may see.
 */
total: number
counts: SearchCounts
}
/**
 * The projects of the organization the caller folded in the sidebar. Not paginated: the list holds at most one id per project of the organization.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SidebarCollapsed".
 */
export interface SidebarCollapsed {
/**
 * Collapsed projects (`prj_…`), oldest project first; empty when nothing is folded.
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
project_ids: string[]
}
/**
 * The caller's collapsed flag of one project in the sidebar, after a toggle.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SidebarToggle".
 */
export interface SidebarToggle {
/**
 * Project id (`prj_…`).
 */
project_id: string
/**
 * `true` if the project is now folded in your sidebar, `false` if it is open.
 */
collapsed: boolean
}
/**
 * Confirms an action that returns nothing else.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "SuccessResult".
 */
export interface SuccessResult {
/**
 * Always `true`.
 */
success: true
}
/**
 * A unit of work in a project, optionally scheduled, estimated and assigned.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "Task".
 */
export interface Task {
/**
 * Task id (`tsk_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Project the task belongs to (`prj_…`).
 */
project_id: string
/**
 * Short title.
 */
title: string
/**
 * Free text, or `null`.
 */
description: (string | null)
/**
 * Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.
 */
status: string
/**
 * Priority of a task, from lowest to highest.
 */
priority: ("low" | "medium" | "high" | "urgent")
/**
 * Planned start `YYYY-MM-DD`, or `null`. Never after `due_date`.
 */
start_date: (string | null)
/**
 * Due date `YYYY-MM-DD`, or `null`.
 */
due_date: (string | null)
/**
 * Estimated effort in hours (e.g. `2.5`), or `null`.
 */
estimated_hours: (number | null)
/**
 * Users assigned to the task (`usr_…`), possibly empty.
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
assignee_ids: string[]
/**
 * Labels on the task (`lbl_…`), possibly empty, sorted.
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids: string[]
/**
 * The task group of the project the task is in (`grp_…`), or `null` when ungrouped.
 */
group_id: (string | null)
/**
 * The milestone of the task's project it counts toward (`mst_…`), or `null`.
 */
milestone_id: (string | null)
/**
 * The recurrence that repeats this task (`rec_…`; `task_recurrences.get`, `update` and `delete` take it), or `null` when the task does not repeat. Set by `task_recurrences.create`, cleared by `task_recurrences.delete` (those announce the recurrence, entity type `task_recurrence`, not the task).
 */
recurrence_id: (string | null)
/**
 * The recurrence that created this task as one of its occurrences (`rec_…`), or `null` for a task created otherwise or whose recurrence was deleted since.
 */
source_recurrence_id: (string | null)
/**
 * 0-based index of the task among the tasks of its project with the same `group_id` (ungrouped tasks form their own sequence). Positions of one group are always 0..n-1 without gaps; `tasks.reorder` moves a task.
 */
position: number
/**
 * User who created the task (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * 1 to 100 new tasks, each as `tasks.create` takes it. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskBulkCreate".
 */
export interface TaskBulkCreate {
/**
 * The tasks to create, in order; each item as `tasks.create` (`TaskCreate`).
 * 
 * @minItems 1
 * @maxItems 100
 */
tasks: [TaskCreate, ...(TaskCreate)[]]
}
/**
 * A new task. `start_date` must be on or before `due_date` when both are set. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskCreate".
 */
export interface TaskCreate {
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
assignee_ids?: []|[string]|[string, string]|[string, string, string]|[string, string, string, string]|[string, string, string, string, string]|[string, string, string, string, string, string]|[string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
/**
 * Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids?: []|[string]|[string, string]|[string, string, string]|[string, string, string, string]|[string, string, string, string, string]|[string, string, string, string, string, string]|[string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
/**
 * A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default).
 */
group_id?: (string | null)
/**
 * A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`.
 */
milestone_id?: (string | null)
}
/**
 * A comment a member wrote on a task. Comments are listed oldest first.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskComment".
 */
export interface TaskComment {
/**
 * Comment id (`cmt_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Task the comment is on (`tsk_…`).
 */
task_id: string
/**
 * User who wrote the comment (`usr_…`), or `null` if that user no longer exists.
 */
author_id: (string | null)
/**
 * The comment's text, 1 to 10,000 characters.
 */
body: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new comment. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskCommentCreate".
 */
export interface TaskCommentCreate {
/**
 * The comment's text, 1 to 10,000 characters.
 */
body: string
}
/**
 * A task's dependencies in both directions, each list oldest dependency first and at most 100 long (the limit per task and direction).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskDependencies".
 */
export interface TaskDependencies {
/**
 * The tasks this task waits for.
 * 
 * @maxItems 100
 */
blocked_by: DependencyLink[]
/**
 * The tasks waiting for this task.
 * 
 * @maxItems 100
 */
blocks: DependencyLink[]
}
/**
 * A dependency between two tasks of one organization (possibly of different projects): `task_id` waits for (is blocked by) `depends_on_id`. The dependencies of an organization never form a cycle.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskDependency".
 */
export interface TaskDependency {
/**
 * Dependency id (`dep_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * The task that waits (`tsk_…`).
 */
task_id: string
/**
 * The task it waits for (`tsk_…`).
 */
depends_on_id: string
/**
 * User who added the dependency (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
}
/**
 * A new dependency of the task named in the path. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskDependencyCreate".
 */
export interface TaskDependencyCreate {
/**
 * The other task (`tsk_…`), of the same organization, any project; not the task itself. Despite its name (the seed's), with `dependency_type: blocks` it is the task that waits.
 */
depends_on_id: string
/**
 * How the new dependency reads from `task_id`: `blocked_by` (the task waits for `depends_on_id`) or `blocks` (`depends_on_id` waits for the task).
 */
dependency_type: ("blocked_by" | "blocks")
}
/**
 * A named section of a project's board that holds tasks in their own order. A project has at most 100 groups, ordered by `position`; tasks without a group form one more sequence (the project's ungrouped tasks).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskGroup".
 */
export interface TaskGroup {
/**
 * Task group id (`grp_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * Project the group belongs to (`prj_…`).
 */
project_id: string
/**
 * Group name.
 */
name: string
/**
 * 0-based index of the group among the project's groups; the positions are always 0..n-1 without gaps.
 */
position: number
/**
 * Whether the reader folded this group away (`task_groups.toggle_collapsed`). The flag belongs to each user: answers carry the caller's own. `EntityChanged` events sent to the whole organization (a group created, renamed, moved or deleted) always carry `false`: keep your own flag from `task_groups.list`; your own toggles reach only your connections, as an `updated` event carrying your new flag.
 */
collapsed: boolean
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * The caller's collapsed flag of one task group, after a toggle.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskGroupCollapsed".
 */
export interface TaskGroupCollapsed {
/**
 * Task group id (`grp_…`).
 */
group_id: string
/**
 * `true` if the group is now folded away for you, `false` if it is open.
 */
collapsed: boolean
}
/**
 * A new task group; it goes last in its project. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskGroupCreate".
 */
export interface TaskGroupCreate {
/**
 * Group name, 1 to 200 characters.
 */
name: string
}
/**
 * The project's groups in their new order. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskGroupOrder".
 */
export interface TaskGroupOrder {
/**
 * Every group id of the project (`grp_…`), each once, in the new order: the group at index `i` gets `position` `i`. A missing, foreign or repeated id answers `VALIDATION_ERROR` on `order`.
 * 
 * @maxItems 100
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
order: string[]
}
/**
 * The group's new name. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskGroupUpdate".
 */
export interface TaskGroupUpdate {
/**
 * Group name, 1 to 200 characters.
 */
name: string
}
/**
 * A task's repeat rule. At each occurrence the server creates the next instance of the task: a copy (title, description, project, group, priority, assignees, labels, estimate, checklist unchecked) in the organization's first open status, its start and due dates moved by as many days as the occurrence lies after the task's own start (else due, else creation) date.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskRecurrence".
 */
export interface TaskRecurrence {
/**
 * Recurrence id (`rec_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * The task that repeats (`tsk_…`).
 */
task_id: string
/**
 * When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
 */
recurrence_pattern: string
/**
 * IANA time zone the pattern is evaluated in (the organization's).
 */
timezone: string
/**
 * When the next instance is created (RFC 3339).
 */
next_run_at: string
/**
 * The occurrence of the latest instance created (RFC 3339), or `null` before the first.
 */
last_run_at: (string | null)
/**
 * How many instances this recurrence has created.
 */
occurrences_created: number
/**
 * User who set the task to repeat (`usr_…`), or `null` if that user no longer exists.
 */
created_by: (string | null)
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * Sets a task to repeat. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskRecurrenceCreate".
 */
export interface TaskRecurrenceCreate {
/**
 * When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
 */
recurrence_pattern: string
}
/**
 * A new pattern; the next occurrence is computed again from now. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskRecurrenceUpdate".
 */
export interface TaskRecurrenceUpdate {
/**
 * When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
 */
recurrence_pattern: string
}
/**
 * Where to move the task. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskReorder".
 */
export interface TaskReorder {
/**
 * 0-based index among the tasks of the destination group after the move; past the end means last.
 */
position: number
/**
 * Destination group of the task's project (`grp_…`), or `null` for the project's ungrouped tasks; omitted, the task stays in its group.
 */
group_id?: (string | null)
}
/**
 * One of the organization's task statuses: the workflow states its tasks move through (`Task.status` holds a status's `code`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; it has at most 50, always at least one of category `done`.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskStatus".
 */
export interface TaskStatus {
/**
 * Task status id (`sts_…`).
 */
id: string
/**
 * Organization id (`org_…`).
 */
org_id: string
/**
 * What tasks store in `status`, unique in the organization (`^[a-z][a-z0-9_]{0,31}$`).
 */
code: string
/**
 * Name shown to people.
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
 * 0-based place in the organization's list of statuses (the board's column order); gapless.
 */
position: number
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
created_at: string
/**
 * An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
 */
updated_at: string
}
/**
 * A new task status. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskStatusCreate".
 */
export interface TaskStatusCreate {
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
/**
 * Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskStatusDefinitionUpdate".
 */
export interface TaskStatusDefinitionUpdate {
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
/**
 * The new status. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskStatusUpdate".
 */
export interface TaskStatusUpdate {
/**
 * Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.
 */
status: string
}
/**
 * Fields to change; omitted fields are left unchanged, `null` clears a nullable field. After the change `start_date` must still be on or before `due_date`. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TaskUpdate".
 */
export interface TaskUpdate {
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
assignee_ids?: []|[string]|[string, string]|[string, string, string]|[string, string, string, string]|[string, string, string, string, string]|[string, string, string, string, string, string]|[string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
/**
 * The complete new set of labels (`lbl_…`), at most 20; `[]` removes all.
 * 
 * @maxItems 20
 * 
 * Items: Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
 */
label_ids?: []|[string]|[string, string]|[string, string, string]|[string, string, string, string]|[string, string, string, string, string]|[string, string, string, string, string, string]|[string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]|[string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string, string]
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
/**
 * A finished span of time, logged after the fact. `stopped_at` must not be before `started_at`. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimeEntryCreate".
 */
export interface TimeEntryCreate {
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
/**
 * Fields to change; omitted fields are left unchanged, `null` clears a nullable field. After the change `stopped_at` must not be before `started_at`. Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimeEntryUpdate".
 */
export interface TimeEntryUpdate {
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
/**
 * What the new timer is for; everything is optional (timers can run without a project). Unknown fields are rejected (`VALIDATION_ERROR`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimerStart".
 */
export interface TimerStart {
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
/**
 * The time entry a `TimerUpdate` is about (a subset of `TimeEntry`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimerTimeEntry".
 */
export interface TimerTimeEntry {
/**
 * Time entry id (`te_…`).
 */
id: string
/**
 * What is being worked on, or `null`.
 */
description: (string | null)
/**
 * Project (`prj_…`), or `null`.
 */
project_id: (string | null)
/**
 * Task (`tsk_…`), or `null`.
 */
task_id: (string | null)
/**
 * When the timer started (same as `started_at`).
 */
start_time: string
/**
 * When the timer started.
 */
started_at: string
/**
 * When it stopped, or `null` while running.
 */
stopped_at: (string | null)
/**
 * Whole seconds tracked, or `null` while running.
 */
duration_secs: (number | null)
}
/**
 * The caller's own timer started or stopped, from any device, tab or interface. Delivered only to the connections of the user who owns the timer. Starting a timer while another runs yields a `running: false` event for the old entry, then a `running: true` event for the new one.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "TimerUpdate".
 */
export interface TimerUpdate {
/**
 * `true` when the timer started, `false` when it stopped.
 */
running: boolean
time_entry: TimerTimeEntry
}
/**
 * A person with a TRCR account, as other people see them (memberships, assignees, time entries). The same user can belong to several organizations; which organization is theirs by default is private (`CurrentUser`).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "User".
 */
export interface User {
/**
 * User id (`usr_…`).
 */
id: string
/**
 * Sign-in email address, unique across TRCR (case-insensitive).
 */
email: string
/**
 * Full name.
 */
name: string
/**
 * Profile picture URL, or `null`.
 */
avatar_url: (string | null)
/**
 * When the account was created.
 */
created_at: string
}
/**
 * A member came online, changed their status, or went offline. Sent to the members of each organization the user belongs to (one event per organization): `online` when their first socket (/ws or GraphQL over WebSocket) opens on any server instance, `online` or `away` when they set it (`presence.set`), `offline` when their last socket closes (or within a minute when the server instance holding it dies).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "UserPresence".
 */
export interface UserPresence {
/**
 * The member (`usr_…`).
 */
user_id: string
/**
 * `online`, `away` or `offline`.
 */
status: ("online" | "away" | "offline")
/**
 * When the user was last seen connected (RFC 3339, UTC); for `online` and `away`, the time of the event.
 */
last_seen: string
}
/**
 * Someone is typing in a channel you belong to (the `data` of the `UserTyping` event and of the GraphQL subscription `userTyping`). Sent to the channel's other members who may see it, at most once per user and channel every 3 seconds; stored nowhere (a client shows it for a few seconds).
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "UserTypingEvent".
 */
export interface UserTypingEvent {
/**
 * Channel id (`ch_…`).
 */
channel_id: string
/**
 * Who is typing (`usr_…`).
 */
user_id: string
/**
 * Their name as their profile has it.
 */
user_name: string
}
/**
 * A single-use ticket to authenticate a WebSocket connection (`authenticate` action), valid for 30 seconds.
 * 
 * This interface was referenced by `SharedSchemas`'s JSON-Schema
 * via the `definition` "WsTicket".
 */
export interface WsTicket {
/**
 * The ticket, `wst_…`.
 */
ticket: string
/**
 * Seconds until the ticket expires (30).
 */
expires_in: number
}
