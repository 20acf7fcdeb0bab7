// Generated from specs/graphql/schema.graphql (graphql-codegen) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel, Organization as OrganizationModel, Member as MemberModel, ProjectMember as ProjectMemberModel, Project as ProjectModel, Task as TaskModel, TimeEntry as TimeEntryModel, TaskGroup as TaskGroupModel, Client as ClientModel, Invoice as InvoiceModel, ChatChannel as ChatChannelModel, ChatMessage as ChatMessageModel } from '../models.js';
import type { GraphContext } from '../../src/domain/graph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Arbitrary JSON value: an object of `{ from, to }` per field in `EntityChangedEvent.changes`, the full entity in
   * `EntityChangedEvent.entity`, and permission overrides in `UpdateMemberInput.permissions`.
   */
  JSON: { input: unknown; output: unknown; }
};

/** Input of `acceptInvitation`. */
export type AcceptInvitationInput = {
  /** Token from the invitation mail. */
  token: Scalars['String']['input'];
};

/** Input of `addProjectMember`. */
export type AddProjectMemberInput = {
  /** Cost rate on this project, minor units per hour (0 to 100000000); needs `view_rates` too. */
  cost_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Client rate on this project, minor units per hour (0 to 100000000); needs `view_rates` too. */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** `lead` or `member` (default `member`). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** A member of the organization (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** Input of `addTaskComment`. */
export type AddTaskCommentInput = {
  /** The comment's text, 1 to 10,000 characters. */
  body: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['input'];
};

/** Input of `addTaskDependency`. */
export type AddTaskDependencyInput = {
  /** `blocked_by` (the task waits for `depends_on_id`) or `blocks` (the reverse). */
  dependency_type: Scalars['String']['input'];
  /** The other task (`tsk_…`). */
  depends_on_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['input'];
};

/** Input of `archiveChatChannel`. */
export type ArchiveChatChannelInput = {
  /** Channel id (`ch_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** One successful change. Secret values read `[redacted]`. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The operation (`tasks.update`). */
  action: Scalars['String']['output'];
  /** Updated fields as `{ field: { from, to } }`, the created entity, `{ id }` for a deletion, or the input. */
  changes: Maybe<Scalars['JSON']['output']>;
  /** When it was recorded (RFC 3339, UTC). */
  created_at: Scalars['String']['output'];
  /** Its id, or `null`. */
  entity_id: Maybe<Scalars['ID']['output']>;
  /** The type of the entity changed first, or `null`. */
  entity_type: Maybe<Scalars['String']['output']>;
  /** Entry id (`aud_…`). */
  id: Scalars['ID']['output'];
  /** The client's IP address, or `null`. */
  ip: Maybe<Scalars['String']['output']>;
  /** The organization the change was made in (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The personal access token it was made with (`pat_…`), or `null`. */
  pat_id: Maybe<Scalars['ID']['output']>;
  /** The call's request id, or `null`. */
  request_id: Maybe<Scalars['String']['output']>;
  /** The interface: `rest`, `ws`, `graphql` or `mcp`. */
  transport: Scalars['String']['output'];
  /** The client's `User-Agent`, or `null`. */
  user_agent: Maybe<Scalars['String']['output']>;
  /** Who made it (`usr_…`), or `null` for a call without a signed-in user. */
  user_id: Maybe<Scalars['ID']['output']>;
};

/** A page of the audit log. */
export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** The entries on this page, newest first. */
  data: Array<AuditEntry>;
  /** Where the page sits. */
  pagination: Pagination;
  /** The organization's time zone (IANA name), in which `from`/`to` days are read. */
  timezone: Scalars['String']['output'];
};

/** A session's tokens. */
export type AuthTokens = {
  __typename?: 'AuthTokens';
  /** JWT access token, valid `expires_in` seconds. */
  access_token: Scalars['String']['output'];
  /** Access token lifetime in seconds (900). */
  expires_in: Scalars['Int']['output'];
  /** Opaque refresh token (30 days, single use, rotated on every refresh). */
  refresh_token: Scalars['String']['output'];
  /** Always `Bearer`. */
  token_type: Scalars['String']['output'];
  /** The signed-in user (register and login; `null` on refresh). */
  user: Maybe<CurrentUser>;
};

/** A chat channel you are a member of (for everyone else it does not exist). */
export type ChatChannel = {
  __typename?: 'ChatChannel';
  /** When it was archived (RFC 3339), or `null`. */
  archived_at: Maybe<Scalars['String']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Who created it (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** Channel id (`ch_…`). */
  id: Scalars['ID']['output'];
  /** `general`, `public`, `private` or `direct`. */
  kind: Scalars['String']['output'];
  /** The newest message (only in `chatChannels`; `null` elsewhere or when there is none). */
  last_message: Maybe<ChatMessage>;
  /** Number of members. */
  member_count: Scalars['Int']['output'];
  /** The channel's members by name, a page at a time (at most 100 per page). */
  members: ChatChannelMemberPage;
  /** Channel name. */
  name: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The linked project (`prj_…`). */
  project_id: Maybe<Scalars['ID']['output']>;
  /** What the channel is about. */
  topic: Maybe<Scalars['String']['output']>;
  /** Your unread messages (only in `chatChannels`; `null` elsewhere). */
  unread_count: Maybe<Scalars['Int']['output']>;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};


/** A chat channel you are a member of (for everyone else it does not exist). */
export type ChatChannelMembersArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** One member of a channel. */
export type ChatChannelMember = {
  __typename?: 'ChatChannelMember';
  /** When they joined the channel (RFC 3339). */
  joined_at: Scalars['String']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** User id (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** Input of `addChatChannelMember` and `removeChatChannelMember`. */
export type ChatChannelMemberInput = {
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** The member (`usr_…`); yourself to join or leave. */
  user_id: Scalars['ID']['input'];
};

/** A page of channel members. */
export type ChatChannelMemberPage = {
  __typename?: 'ChatChannelMemberPage';
  /** The members on this page. */
  data: Array<ChatChannelMember>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A page of channels. */
export type ChatChannelPage = {
  __typename?: 'ChatChannelPage';
  /** The channels on this page. */
  data: Array<ChatChannel>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Your read mark after the call. */
export type ChatMarkReadResult = {
  __typename?: 'ChatMarkReadResult';
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['output'];
  /** The newest message you have read (`msg_…`). */
  last_read_message_id: Maybe<Scalars['ID']['output']>;
  /** Messages by others after the mark. */
  unread_count: Scalars['Int']['output'];
};

/** A channel's membership after a change. */
export type ChatMemberResult = {
  __typename?: 'ChatMemberResult';
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['output'];
  /** Whether that user is now a member. */
  member: Scalars['Boolean']['output'];
  /** Number of members now. */
  member_count: Scalars['Int']['output'];
  /** The member added or removed (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A message in a channel. */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['output'];
  /** The text. */
  content: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Message id (`msg_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Its reactions, one entry per emoji. */
  reactions: Array<ChatReaction>;
  /** The message this one answers (`msg_…`), or `null`. */
  reply_to: Maybe<Scalars['ID']['output']>;
  /** The message this one answers, or `null` (also when it was deleted). */
  reply_to_message: Maybe<ChatMessage>;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
  /** Author (`usr_…`), or `null` once their account is gone. */
  user_id: Maybe<Scalars['ID']['output']>;
  /** The author's name. */
  user_name: Maybe<Scalars['String']['output']>;
};

/** A message was sent to a channel you belong to. */
export type ChatMessageEvent = {
  __typename?: 'ChatMessageEvent';
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['output'];
  /** The message. */
  message: ChatMessage;
};

/** A page of messages, newest first. */
export type ChatMessagePage = {
  __typename?: 'ChatMessagePage';
  /** The messages, newest first. */
  data: Array<ChatMessage>;
  /** Whether there are more. */
  pagination: ChatMessagePagination;
};

/** Where a page of messages sits (keyset pagination, newest first). */
export type ChatMessagePagination = {
  __typename?: 'ChatMessagePagination';
  /** Whether older messages exist. */
  has_more: Scalars['Boolean']['output'];
  /** The page size asked for. */
  limit: Scalars['Int']['output'];
  /** Pass as `before` for the next (older) page; `null` when there is none. */
  next_before: Maybe<Scalars['ID']['output']>;
};

/** The reactions of one emoji on a message. */
export type ChatReaction = {
  __typename?: 'ChatReaction';
  /** How many members reacted with it. */
  count: Scalars['Int']['output'];
  /** The emoji or `:shortcode:`. */
  emoji: Scalars['String']['output'];
  /** Whether you reacted with it (in answers to you; `null` in events). */
  reacted_by_me: Maybe<Scalars['Boolean']['output']>;
  /** The first 20 of them (`usr_…`). */
  user_ids: Array<Scalars['ID']['output']>;
};

/** Input of `addChatReaction` and `removeChatReaction`. */
export type ChatReactionInput = {
  /** One emoji or a `:shortcode:` (at most 32 characters). */
  emoji: Scalars['String']['input'];
  /** Message id (`msg_…`). */
  message_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** A message's reactions after the call. */
export type ChatReactionResult = {
  __typename?: 'ChatReactionResult';
  /** `false` when nothing changed (nothing was pushed). */
  changed: Scalars['Boolean']['output'];
  /** Message id (`msg_…`). */
  message_id: Scalars['ID']['output'];
  /** The message's reactions now. */
  reactions: Array<ChatReaction>;
};

/** Input of `sendChatTyping`. */
export type ChatTypingInput = {
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Whether a typing event went out. */
export type ChatTypingResult = {
  __typename?: 'ChatTypingResult';
  /** `false` when the call fell within 3 seconds of your previous one (dropped). */
  sent: Scalars['Boolean']['output'];
};

/** One item of a task's checklist. */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  /** Whether the item is checked. */
  completed: Scalars['Boolean']['output'];
  /** When it was checked (RFC 3339); null while unchecked. */
  completed_at: Maybe<Scalars['String']['output']>;
  /** Who checked it (`usr_…`); null while unchecked. */
  completed_by: Maybe<Scalars['ID']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Who added it (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** Checklist item id (`chk_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** 0-based index in the checklist; gapless. */
  position: Scalars['Int']['output'];
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['output'];
  /** What is to be done. */
  title: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** A page of checklist items. */
export type ChecklistItemPage = {
  __typename?: 'ChecklistItemPage';
  /** The items on this page. */
  data: Array<ChecklistItem>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A client of the organization: who projects are billed to and invoices are addressed to. */
export type Client = {
  __typename?: 'Client';
  /** Postal address as printed on invoices. */
  address: Maybe<Scalars['String']['output']>;
  /** `true` when archived (hidden from `clients` unless asked for). */
  archived: Scalars['Boolean']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** ISO 4217 currency of the client's invoices; `null` = the organization's. */
  currency: Maybe<Scalars['String']['output']>;
  /** Address invoices are sent to. */
  email: Maybe<Scalars['String']['output']>;
  /** Client id (`cli_…`). */
  id: Scalars['ID']['output'];
  /**
   * The client's invoices, newest first, a page at a time (at most 100 per page). Only for readers of invoices
   * (`manage_invoices` or `view_reports`): anyone else gets `FORBIDDEN` on this field.
   */
  invoices: Maybe<InvoicePage>;
  /** Client name. */
  name: Scalars['String']['output'];
  /** Internal notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The client's projects you may see, oldest first, a page at a time (at most 100 per page). */
  projects: ProjectPage;
  /** Saved tax rate in basis points (`1900` = 19 %), the default of the client's invoices. */
  tax_rate_bp: Maybe<Scalars['Int']['output']>;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};


/** A client of the organization: who projects are billed to and invoices are addressed to. */
export type ClientInvoicesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** A client of the organization: who projects are billed to and invoices are addressed to. */
export type ClientProjectsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of clients. */
export type ClientPage = {
  __typename?: 'ClientPage';
  /** The clients on this page. */
  data: Array<Client>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Input of `createChatChannel`. */
export type CreateChatChannelInput = {
  /** `public` or `private`. */
  kind: Scalars['String']['input'];
  /** Other members to add at once (`usr_…`). */
  member_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Channel name, 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Link to a project you may see (`prj_…`). */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** What the channel is about, up to 500 characters. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createChecklistItem`. */
export type CreateChecklistItemInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['input'];
  /** What is to be done, 1 to 500 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createClient`. */
export type CreateClientInput = {
  /** Postal address, up to 1000 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency code; `null` = the organization's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Address invoices are sent to (a valid email address). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Client name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Internal notes, up to 5000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Saved tax rate in basis points, 0 to 10000 (`1900` = 19 %). */
  tax_rate_bp?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `createInvoice`. */
export type CreateInvoiceInput = {
  /** The client to bill (`cli_…`). */
  client_id: Scalars['ID']['input'];
  /** ISO 4217; default the client's, else the organization's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Due date (`YYYY-MM-DD`). */
  due_date: Scalars['String']['input'];
  /** Issue date (`YYYY-MM-DD`); default today (organization time zone). */
  issue_date?: InputMaybe<Scalars['String']['input']>;
  /** Custom lines (at most 500). */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Free text printed on the invoice. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Tax rate in basis points; default the client's saved rate, else 0. */
  tax_rate_bp?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `createLabel`. */
export type CreateLabelInput = {
  /** Display color `#rrggbb`. */
  color: Scalars['String']['input'];
  /** Label name, 1 to 50 characters, unique regardless of case. */
  name: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `createMilestone`. */
export type CreateMilestoneInput = {
  /** Display color `#rrggbb` (default `#6366f1`). */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Free text, up to 10000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** Target date `YYYY-MM-DD`. */
  target_date: Scalars['String']['input'];
  /** Short title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createOrganization`. */
export type CreateOrganizationInput = {
  /** ISO 4217 currency code (default `USD`). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Unique slug `^[a-z0-9][a-z0-9-]{1,62}$`; derived from the name when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone name (default `UTC`). */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createPersonalAccessToken`. */
export type CreatePersonalAccessTokenInput = {
  /** Expiry (RFC 3339, in the future); omitted or `null` = never. */
  expires_at?: InputMaybe<Scalars['String']['input']>;
  /** Label, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Organization the token is bound to (`org_…`); default: your current organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `createProject`. */
export type CreateProjectInput = {
  /** Billable by default (default `true`). */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Client (`cli_…`). */
  client_id?: InputMaybe<Scalars['ID']['input']>;
  /** Display color `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Free text, up to 10000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Hourly rate in minor units, 0 to 100000000. */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Project name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `active` (default) or `archived`. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** `organization` (default) or `members` (its creator becomes a `lead` project member). */
  visibility?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createTaskGroup`. */
export type CreateTaskGroupInput = {
  /** Group name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `createTask`. */
export type CreateTaskInput = {
  /** Members to assign (`usr_…`), at most 20, no duplicates. */
  assignee_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date `YYYY-MM-DD`. */
  due_date?: InputMaybe<Scalars['String']['input']>;
  /** Estimated effort in hours, 0 to 100000. */
  estimated_hours?: InputMaybe<Scalars['Float']['input']>;
  /** Task group of the same project (`grp_…`); the task goes last in it. */
  group_id?: InputMaybe<Scalars['ID']['input']>;
  /** Labels to put on the task (`lbl_…`), at most 20. */
  label_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Milestone of the same project (`mst_…`). */
  milestone_id?: InputMaybe<Scalars['ID']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `low`, `medium` (default), `high` or `urgent`. */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** Planned start `YYYY-MM-DD`, on or before `due_date`. */
  start_date?: InputMaybe<Scalars['String']['input']>;
  /** `open` (default), `in_progress`, `review`, `done` or `cancelled`. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Short title, 1 to 500 characters. */
  title: Scalars['String']['input'];
};

/** One task of `createTasks`: the fields of `CreateTaskInput`. */
export type CreateTaskItemInput = {
  /** Members to assign (`usr_…`), at most 20. */
  assignee_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date `YYYY-MM-DD`. */
  due_date?: InputMaybe<Scalars['String']['input']>;
  /** Estimated effort in hours, 0 to 100000. */
  estimated_hours?: InputMaybe<Scalars['Float']['input']>;
  /** Task group of the same project (`grp_…`). */
  group_id?: InputMaybe<Scalars['ID']['input']>;
  /** Labels (`lbl_…`), at most 20. */
  label_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Milestone of the same project (`mst_…`). */
  milestone_id?: InputMaybe<Scalars['ID']['input']>;
  /** `low`, `medium` (default), `high` or `urgent`. */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** Planned start `YYYY-MM-DD`, on or before `due_date`. */
  start_date?: InputMaybe<Scalars['String']['input']>;
  /** Status code (default `open`). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Short title, 1 to 500 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createTaskRecurrence`. */
export type CreateTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `daily`, `weekly`, `monthly` or a five-field cron expression. */
  recurrence_pattern: Scalars['String']['input'];
  /** Task (`tsk_…`). */
  task_id: Scalars['ID']['input'];
};

/** Input of `createTaskStatusDefinition`. */
export type CreateTaskStatusDefinitionInput = {
  /** `todo`, `in_progress`, `done` or `cancelled`. */
  category: Scalars['String']['input'];
  /** What tasks will store in `status`: `^[a-z][a-z0-9_]{0,31}$`, unused in the organization. */
  code: Scalars['String']['input'];
  /** Display color `#rrggbb`. */
  color: Scalars['String']['input'];
  /** Name shown to people, 1 to 50 characters. */
  label: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** 0-based place among the statuses (default: last). */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `createTasks`. */
export type CreateTasksInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 100 tasks, each as `createTask` takes it (without `org_id`). */
  tasks: Array<CreateTaskItemInput>;
};

/** Input of `createTimeEntry`. */
export type CreateTimeEntryInput = {
  /** Billable (default: the project's flag, else `true`). */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  /** What was done, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The entry's own client rate override in minor units per hour (default `null`: inherited). */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** Start (RFC 3339). */
  started_at: Scalars['String']['input'];
  /** End (RFC 3339), not before `started_at`. */
  stopped_at: Scalars['String']['input'];
  /** Task (`tsk_…`). */
  task_id?: InputMaybe<Scalars['ID']['input']>;
};

/** The signed-in user: a `User` plus their private default organization. */
export type CurrentUser = {
  __typename?: 'CurrentUser';
  /** Profile picture URL. */
  avatar_url: Maybe<Scalars['String']['output']>;
  /** When the account was created (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Organization used when a call names none (`org_…`); only its owner sees it. */
  default_org_id: Maybe<Scalars['ID']['output']>;
  /** Sign-in email address. */
  email: Scalars['String']['output'];
  /** User id (`usr_…`). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
};

/** The dashboard: counts over the organization's tasks you can see, and your own figures. */
export type DashboardSummary = {
  __typename?: 'DashboardSummary';
  /** Of those, tasks whose status is of the `done` category. */
  done_tasks: Scalars['Int']['output'];
  /** Open tasks you can see that are assigned to you. */
  my_open_tasks: Scalars['Int']['output'];
  /** Of those, open tasks (category neither `done` nor `cancelled`) due before today. */
  overdue_tasks: Scalars['Int']['output'];
  /** Your running time entry in the organization, or `null`. */
  running_timer: Maybe<TimeEntry>;
  /** The organization's time zone (IANA name). */
  timezone: Scalars['String']['output'];
  /** Tasks you can see. */
  total_tasks: Scalars['Int']['output'];
  /** Whole seconds of your own time entries in the current ISO week (a running one up to now). */
  tracked_secs_this_week: Scalars['Int']['output'];
  /** Monday of the current ISO week in that time zone (`YYYY-MM-DD`). */
  week_start: Scalars['String']['output'];
};

/** Input of `deleteChatMessage`. */
export type DeleteChatMessageInput = {
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['input'];
  /** Message id (`msg_…`). */
  message_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteChecklistItem`. */
export type DeleteChecklistItemInput = {
  /** Checklist item id (`chk_…`). */
  item_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteClient`. */
export type DeleteClientInput = {
  /** Client id (`cli_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteInvoice`. */
export type DeleteInvoiceInput = {
  /** Invoice (`inv_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteLabel`. */
export type DeleteLabelInput = {
  /** Label id (`lbl_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteMilestone`. */
export type DeleteMilestoneInput = {
  /** Milestone id (`mst_…`). */
  milestone_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteOrganization`. */
export type DeleteOrganizationInput = {
  /** Organization id (`org_…`). */
  id: Scalars['ID']['input'];
};

/** Input of `deletePersonalAccessToken`. */
export type DeletePersonalAccessTokenInput = {
  /** Token id (`pat_…`). */
  id: Scalars['ID']['input'];
};

/** Input of `deleteProject`. */
export type DeleteProjectInput = {
  /** Project id (`prj_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Confirms a deletion. */
export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** Always `true`. */
  deleted: Scalars['Boolean']['output'];
  /** Id of the deleted entity. */
  id: Scalars['ID']['output'];
};

/** Input of `deleteTaskComment`. */
export type DeleteTaskCommentInput = {
  /** Comment id (`cmt_…`), a comment on that task. */
  comment_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['input'];
};

/** Input of `deleteTaskGroup`. */
export type DeleteTaskGroupInput = {
  /** Task group of that project (`grp_…`). */
  group_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `deleteTask`. */
export type DeleteTaskInput = {
  /** Task id (`tsk_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `deleteTaskRecurrence`. */
export type DeleteTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Recurrence id (`rec_…`). */
  recurrence_id: Scalars['ID']['input'];
};

/** Input of `deleteTaskStatusDefinition`. */
export type DeleteTaskStatusDefinitionInput = {
  /** Task status id (`sts_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Code of another status to move the status's tasks to; required when tasks have it. */
  replace_with?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `deleteTimeEntry`. */
export type DeleteTimeEntryInput = {
  /** Time entry id (`te_…`). */
  entry_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** One dependency of a task, seen from that task: the other task. */
export type DependencyLink = {
  __typename?: 'DependencyLink';
  /** Dependency id (`dep_…`). */
  dependency_id: Scalars['ID']['output'];
  /** The other task's project (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** The other task's status. */
  status: Scalars['String']['output'];
  /** The other task (`tsk_…`). */
  task_id: Scalars['ID']['output'];
  /** The other task's title. */
  title: Scalars['String']['output'];
};

/** Mail on (`true`, the default) or off per notification type that sends mail. */
export type EmailPreferences = {
  __typename?: 'EmailPreferences';
  /** Mail when someone else assigns you to a task. */
  task_assigned: Scalars['Boolean']['output'];
  /** Mail when someone else changes the status of a task you created or are assigned to. */
  task_status_changed: Scalars['Boolean']['output'];
};

/** Mail preferences to change; omitted types keep their value. */
export type EmailPreferencesInput = {
  /** Mail when someone else assigns you to a task. */
  task_assigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mail when someone else changes the status of a task you created or are assigned to. */
  task_status_changed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An entity was created, updated or deleted. */
export type EntityChangedEvent = {
  __typename?: 'EntityChangedEvent';
  /** `created`, `updated` or `deleted`. */
  action: Scalars['String']['output'];
  /** Only on `updated`: `{ field: { from, to } }` for every changed field. */
  changes: Maybe<Scalars['JSON']['output']>;
  /** The full entity as the REST API returns it (for `deleted`, its last state). */
  entity: Scalars['JSON']['output'];
  /** Id of the entity (for `member`, the member's `user_id`). */
  entity_id: Scalars['ID']['output'];
  /** `task`, `project`, `time_entry`, `organization`, `member`, `invitation`, `personal_access_token`, `task_group`, `task_status`, `label` or `milestone`, `task_comment`, `checklist_item`, `task_dependency`, `task_recurrence`, `client`, `invoice`, `chat_channel`, `chat_message`. */
  entity_type: Scalars['String']['output'];
  /** Organization of the entity (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** When the change was committed (RFC 3339). */
  timestamp: Scalars['String']['output'];
  /** Who made the change (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** Input of `forgotPassword`. */
export type ForgotPasswordInput = {
  /** Account email address. */
  email: Scalars['String']['input'];
};

/** Input of `generateInvoice`. */
export type GenerateInvoiceInput = {
  /** First day (`YYYY-MM-DD`). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Invoice (`inv_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, inclusive (`YYYY-MM-DD`); default today. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An invitation to join an organization, mailed with a single-use link. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was accepted, `null` while pending. */
  accepted_at: Maybe<Scalars['String']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Invited email address. */
  email: Scalars['String']['output'];
  /** Expiry (RFC 3339). */
  expires_at: Scalars['String']['output'];
  /** Invitation id (`inv_…`). */
  id: Scalars['ID']['output'];
  /** User who invited (`usr_…`). */
  invited_by: Maybe<Scalars['ID']['output']>;
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Role given on joining. */
  role: Scalars['String']['output'];
};

/** Input of `inviteMember`. */
export type InviteMemberInput = {
  /** Email address to invite. */
  email: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `admin`, `manager`, `member` (default) or `viewer`. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** An invoice to a client; amounts in minor units of `currency` (see `rounding`). */
export type Invoice = {
  __typename?: 'Invoice';
  /** The client billed. */
  client: Client;
  /** The client billed (`cli_…`). */
  client_id: Scalars['ID']['output'];
  /** The client's name. */
  client_name: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Who created it (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Due date (`YYYY-MM-DD`). */
  due_date: Scalars['String']['output'];
  /** Invoice id (`inv_…`). */
  id: Scalars['ID']['output'];
  /** Issue date (`YYYY-MM-DD`). */
  issue_date: Scalars['String']['output'];
  /** How many lines the invoice has. */
  line_count: Scalars['Int']['output'];
  /** Every line, by position (at most 500 per invoice); one statement for all invoices of a query. */
  lines: Array<InvoiceLine>;
  /** Free text printed on the invoice. */
  notes: Maybe<Scalars['String']['output']>;
  /** Number (`INV-0001`), sequential per organization, never reused. */
  number: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** When it was marked paid (RFC 3339). */
  paid_at: Maybe<Scalars['String']['output']>;
  /** `bank_transfer`, `card`, `cash`, `paypal` or `other`. */
  payment_method: Maybe<Scalars['String']['output']>;
  /** The rounding rule the amounts follow. */
  rounding: Scalars['String']['output'];
  /** When it was sent (RFC 3339). */
  sent_at: Maybe<Scalars['String']['output']>;
  /** `draft`, `sent`, `overdue` or `paid`. */
  status: Scalars['String']['output'];
  /** Sum of the lines' amounts. */
  subtotal_cents: Scalars['Float']['output'];
  /** round-half-up(subtotal × tax_rate_bp / 10000). */
  tax_cents: Scalars['Float']['output'];
  /** Tax rate in basis points (1900 = 19 %). */
  tax_rate_bp: Scalars['Int']['output'];
  /** The organization's IANA time zone. */
  timezone: Scalars['String']['output'];
  /** subtotal + tax. */
  total_cents: Scalars['Float']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** What `generateInvoice` did. */
export type InvoiceGenerateResult = {
  __typename?: 'InvoiceGenerateResult';
  /** Time entries linked by this call. */
  entries_linked: Scalars['Int']['output'];
  /** Entries in the range left out for lack of a client rate. */
  entries_without_rate: Scalars['Int']['output'];
  /** First day of the range, or null for everything before `to`. */
  from: Maybe<Scalars['String']['output']>;
  /** The invoice with its new lines. */
  invoice: Invoice;
  /** Lines added (one per project and rate). */
  lines_added: Scalars['Int']['output'];
  /** The organization's time zone the days are counted in. */
  timezone: Scalars['String']['output'];
  /** Last day of the range (inclusive). */
  to: Scalars['String']['output'];
};

/** One line of an invoice: time (`quantity_secs`) or custom (`quantity`). */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** The line's amount, minor units. */
  amount_cents: Scalars['Float']['output'];
  /** What is billed. */
  description: Scalars['String']['output'];
  /** Line id (`invl_…`). */
  id: Scalars['ID']['output'];
  /** Order on the invoice, from 1. */
  position: Scalars['Int']['output'];
  /** The project billed (`prj_…`). */
  project_id: Maybe<Scalars['ID']['output']>;
  /** Decimal quantity (custom lines), as a string. */
  quantity: Maybe<Scalars['String']['output']>;
  /** Seconds billed (time lines). */
  quantity_secs: Maybe<Scalars['Float']['output']>;
  /** How many time entries the line bills. */
  time_entry_count: Scalars['Int']['output'];
  /** The first 100 of those entries' ids (`te_…`). */
  time_entry_ids: Array<Scalars['ID']['output']>;
  /** Price per unit (per hour for time lines), minor units. */
  unit_price_cents: Scalars['Float']['output'];
};

/** A custom line. */
export type InvoiceLineInput = {
  /** What is billed. */
  description: Scalars['String']['input'];
  /** The project the line belongs to (`prj_…`). */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** Decimal quantity ≥ 0 with at most 4 decimals, as a string (`"2.5"`). */
  quantity?: InputMaybe<Scalars['String']['input']>;
  /** Whole seconds (a time line). */
  quantity_secs?: InputMaybe<Scalars['Int']['input']>;
  /** Price per unit (per hour with `quantity_secs`), minor units. */
  unit_price_cents: Scalars['Int']['input'];
};

/** A page of invoices. */
export type InvoicePage = {
  __typename?: 'InvoicePage';
  /** The invoices on this page. */
  data: Array<Invoice>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A colored label of the organization that tasks can carry. */
export type Label = {
  __typename?: 'Label';
  /** Display color `#rrggbb`. */
  color: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Label id (`lbl_…`). */
  id: Scalars['ID']['output'];
  /** Label name, unique in the organization regardless of case. */
  name: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** A page of labels. */
export type LabelPage = {
  __typename?: 'LabelPage';
  /** The labels on this page. */
  data: Array<Label>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Input of `login`. */
export type LoginInput = {
  /** Account email address. */
  email: Scalars['String']['input'];
  /** Account password. */
  password: Scalars['String']['input'];
};

/** Input of `logout`. */
export type LogoutInput = {
  /** Refresh token of the session to end. */
  refresh_token: Scalars['String']['input'];
};

/** Input of `markChatChannelRead`. */
export type MarkChatChannelReadInput = {
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['input'];
  /** A message of that channel (`msg_…`). */
  message_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `markInvoicePaid`. */
export type MarkInvoicePaidInput = {
  /** Invoice (`inv_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `bank_transfer`, `card`, `cash`, `paypal` or `other`. */
  payment_method?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `markNotificationsRead`. */
export type MarkNotificationsReadInput = {
  /** Notification ids (`ntf_…`), at most 100; omitted: all of yours in the organization. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** How many notifications a `markNotificationsRead` changed. */
export type MarkReadResult = {
  __typename?: 'MarkReadResult';
  /** Notifications that changed from unread to read. */
  updated: Scalars['Int']['output'];
};

/** A user's membership in an organization. */
export type Member = {
  __typename?: 'Member';
  /** Default cost rate (minor units per hour); `null` without `view_rates`. */
  cost_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Default client rate (minor units per hour); `null` without `view_rates`. */
  hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** When the user joined (RFC 3339). */
  joined_at: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Effective permissions (the role's defaults with the member's overrides), e.g. `manage_tasks`. */
  permissions: Array<Scalars['String']['output']>;
  /** Role: `owner`, `admin`, `manager`, `member` or `viewer`. */
  role: Scalars['String']['output'];
  /** The user. */
  user: User;
  /** The member's user id (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A page of members. */
export type MemberPage = {
  __typename?: 'MemberPage';
  /** The members on this page. */
  data: Array<Member>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A member of the organization and their presence. */
export type MemberPresence = {
  __typename?: 'MemberPresence';
  /** When the member's presence last changed (RFC 3339): came online, set a status, or last socket closed; `null` if never connected. */
  last_seen: Maybe<Scalars['String']['output']>;
  /** The member's name. */
  name: Scalars['String']['output'];
  /** `online`, `away` or `offline`. */
  status: Scalars['String']['output'];
  /** The member (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A page of members and their presence. */
export type MemberPresencePage = {
  __typename?: 'MemberPresencePage';
  /** The members on this page, by name. */
  data: Array<MemberPresence>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Confirms an action with a message. */
export type MessageResult = {
  __typename?: 'MessageResult';
  /** What happened. */
  message: Scalars['String']['output'];
};

/** A target date in a project that tasks of the project count toward. */
export type Milestone = {
  __typename?: 'Milestone';
  /** Display color `#rrggbb`. */
  color: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Creator (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** Free text. */
  description: Maybe<Scalars['String']['output']>;
  /** How many of them have a status of category `done`. */
  done_count: Scalars['Int']['output'];
  /** Milestone id (`mst_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** Target date `YYYY-MM-DD`. */
  target_date: Scalars['String']['output'];
  /** Number of tasks counting toward the milestone. */
  task_count: Scalars['Int']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** A page of milestones. */
export type MilestonePage = {
  __typename?: 'MilestonePage';
  /** The milestones on this page. */
  data: Array<Milestone>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Join an organization with the token from an invitation mail addressed to your email. Unknown, expired,
   * accepted or someone else's invitation: `NOT_FOUND`; already a member: `CONFLICT`.
   */
  acceptInvitation: Member;
  /** Add a member to a channel, or join a public channel yourself. */
  addChatChannelMember: ChatMemberResult;
  /** React to a message (once per emoji). */
  addChatReaction: ChatReactionResult;
  /** Add a member of the organization to a project (`member` by default). Requires `manage_projects`. */
  addProjectMember: ProjectMember;
  /** Comment on a task. Any member may, viewers included. */
  addTaskComment: TaskComment;
  /**
   * Link two tasks: with `dependency_type` `blocked_by` the task waits for `depends_on_id`, with `blocks` the reverse.
   * Requires `manage_tasks`. No self-dependency, no duplicate, no cycle (`CONFLICT` with `details.cycle`).
   */
  addTaskDependency: TaskDependency;
  /** Archive a channel (its creator, or `manage_org`); the general channel cannot be archived. */
  archiveChatChannel: ChatChannel;
  /** Create a public or private channel; you are its first member. */
  createChatChannel: ChatChannel;
  /** Append an item to a task's checklist (at most 100 per task). Requires `manage_tasks`. */
  createChecklistItem: ChecklistItem;
  /** Create a client. Requires `manage_clients`. */
  createClient: Client;
  /** Create a draft invoice for a client (next number, defaults from the client). Requires `manage_invoices`. */
  createInvoice: Invoice;
  /** Create a label. Requires `manage_tasks`. Names are unique in the organization regardless of case (`CONFLICT`). */
  createLabel: Label;
  /** Create a milestone in a project. Requires `manage_tasks`. `color` defaults to `#6366f1`. */
  createMilestone: Milestone;
  /** Create an organization; you become its owner. A slug already taken: `CONFLICT`. */
  createOrganization: Organization;
  /**
   * Create a personal access token bound to one of your organizations. The plaintext `token` is returned only
   * here: store it now. A call authenticated with a personal access token cannot create one (`FORBIDDEN`).
   */
  createPersonalAccessToken: PersonalAccessTokenCreated;
  /** Create a project. Requires `manage_projects`. */
  createProject: Project;
  /**
   * Create a task in a project. Requires `manage_tasks`. `start_date` must be on or before `due_date`;
   * assignees must be members (at most 20).
   */
  createTask: Task;
  /** Create a task group, placed last in its project (at most 100 per project). Requires `manage_tasks`. */
  createTaskGroup: TaskGroup;
  /** Set a task to repeat (`daily`, `weekly`, `monthly` or a five-field cron expression, in the organization's time zone). Requires `manage_tasks`; one recurrence per task. */
  createTaskRecurrence: TaskRecurrence;
  /**
   * Add a task status to the organization's workflow. Requires `manage_projects`. `code` must be unused in the
   * organization, and an organization has at most 50 statuses (`CONFLICT`).
   */
  createTaskStatusDefinition: TaskStatus;
  /**
   * Create 1 to 100 tasks in one transaction, all or none; each item as `createTask`. An invalid item answers
   * `VALIDATION_ERROR` whose details name its `index` and `field`. Requires `manage_tasks`.
   */
  createTasks: Array<Task>;
  /** Log a finished span of time. Requires `track_time`. `stopped_at` must not be before `started_at`. */
  createTimeEntry: TimeEntry;
  /** Get a single-use WebSocket ticket (`wst_…`, valid 30 seconds) for the `authenticate` action of `/ws`. */
  createWsTicket: WsTicket;
  /** Delete a message (its author, or `manage_org`). */
  deleteChatMessage: DeleteResult;
  /** Delete a checklist item; the items after it move up. Requires `manage_tasks`. */
  deleteChecklistItem: DeleteResult;
  /** Delete a client without invoices (`CONFLICT` otherwise: archive it); its projects are detached. Requires `manage_clients`. */
  deleteClient: DeleteResult;
  /** Delete a draft; its time entries become billable again. Requires `manage_invoices`. */
  deleteInvoice: DeleteResult;
  /** Delete a label and take it off every task. Requires `manage_tasks`. */
  deleteLabel: DeleteResult;
  /** Delete a milestone and clear it from its tasks. Requires `manage_tasks`. */
  deleteMilestone: DeleteResult;
  /** Delete an organization and everything in it. Owners only. Permanent. */
  deleteOrganization: DeleteResult;
  /** Revoke one of your personal access tokens; it stops working immediately and its graphql-ws connections close (4011). */
  deletePersonalAccessToken: DeleteResult;
  /** Delete a project and its tasks; its time entries are kept, detached. Requires `manage_projects`. */
  deleteProject: DeleteResult;
  /** Delete a task; its time entries are kept with `task_id: null`. Requires `manage_tasks`. */
  deleteTask: DeleteResult;
  /** Delete a comment: your own, or anyone's with `manage_tasks`. */
  deleteTaskComment: DeleteResult;
  /** Delete a task group; its tasks become ungrouped, appended after the project's ungrouped tasks. Requires `manage_tasks`. */
  deleteTaskGroup: DeleteResult;
  /** Stop a recurrence; instances already created stay. Requires `manage_tasks`. */
  deleteTaskRecurrence: DeleteResult;
  /**
   * Delete a task status. Requires `manage_projects`. Its tasks move to `replace_with`, required when there are any
   * (`CONFLICT` otherwise); the last status of category `done` cannot be deleted (`CONFLICT`).
   */
  deleteTaskStatusDefinition: DeleteResult;
  /** Delete a time entry. Your entries need `track_time`, other users' entries `manage_time`. */
  deleteTimeEntry: DeleteResult;
  /**
   * Mail a password reset link (valid 1 hour) if an account exists for the email. The answer is the same either
   * way. No token needed.
   */
  forgotPassword: MessageResult;
  /** Add the client's unbilled billable time to a draft, one line per project and rate. Requires `manage_invoices`. */
  generateInvoice: InvoiceGenerateResult;
  /**
   * Invite an email address to the organization (mailed; expires after 7 days). Requires `manage_members`.
   * Already a member: `CONFLICT`. A pending invitation for the address is replaced.
   */
  inviteMember: Invitation;
  /** Sign in with email and password. Wrong email or password: `UNAUTHORIZED`. No token needed. */
  login: AuthTokens;
  /**
   * End a session by invalidating its refresh token. Its access tokens stop working at once and its open sockets
   * are closed (4011). Idempotent.
   */
  logout: SuccessResult;
  /** Move your read mark in a channel (never backwards). */
  markChatChannelRead: ChatMarkReadResult;
  /** Mark a sent or overdue invoice paid. Requires `manage_invoices`. */
  markInvoicePaid: Invoice;
  /** Mark the given notifications read, or all of yours in the organization without `ids`. Unknown and other users' ids are ignored. */
  markNotificationsRead: MarkReadResult;
  /** The one direct channel between you and another member (created on first use). */
  openDirectChat: ChatChannel;
  /**
   * Exchange a refresh token for a new token pair; the presented token is invalidated. Reusing an already
   * rotated refresh token revokes the whole session (`UNAUTHORIZED`), except within 10 seconds of its rotation
   * (`REFRESH_REUSE_GRACE_SECONDS`: concurrent refreshes), which answers another valid pair of the same session.
   * The answer has no `user`. No token needed.
   */
  refreshToken: AuthTokens;
  /**
   * Create an account and sign in. Also creates your personal organization (you are its owner) and joins the
   * organizations that invited this email. An email already registered: `CONFLICT`. No token needed.
   */
  register: AuthTokens;
  /** Remove a member from a channel, or leave it. */
  removeChatChannelMember: ChatMemberResult;
  /** Take back a reaction. */
  removeChatReaction: ChatReactionResult;
  /**
   * Remove a member. Requires `manage_members`, except to remove yourself (leave). Only owners remove owners;
   * the last owner cannot be removed (`CONFLICT`).
   */
  removeMember: RemoveMemberResult;
  /** Remove a user from a project (the last lead too: leads are informational). Requires `manage_projects`. */
  removeProjectMember: ProjectMemberRemoved;
  /** Remove a dependency of the task (either direction). Requires `manage_tasks`. */
  removeTaskDependency: DeleteResult;
  /**
   * Move a task to `position` (0-based index in the destination group after the move); `group_id` moves it to
   * another group of its project (`null`: ungrouped). Positions stay gapless. Requires `manage_tasks`.
   */
  reorderTask: Task;
  /** Put every group of a project in a new order (`order` lists each group id once). Requires `manage_tasks`. */
  reorderTaskGroups: Array<TaskGroup>;
  /**
   * Set a new password with the token from the reset link; signs the user out everywhere (all refresh tokens
   * revoked). Invalid, expired or used token: `VALIDATION_ERROR` on `token`. No token needed.
   */
  resetPassword: MessageResult;
  /** Send a message to a channel. */
  sendChatMessage: ChatMessage;
  /** Tell the channel's other members you are typing (at most one event every 3 seconds). */
  sendChatTyping: ChatTypingResult;
  /** Mail a draft to the client with its PDF and mark it sent. Requires `manage_invoices`. */
  sendInvoice: Invoice;
  /** Set the status others see while you are connected (`online` or `away`); without an open socket you stay `offline`. */
  setPresence: Presence;
  /**
   * Start a timer now. Requires `track_time`. A timer already running is stopped at the same instant. All
   * input is optional.
   */
  startTimer: TimeEntry;
  /**
   * Stop a timer and return it with `duration_secs`. Without `entry_id`, stops your running timer (`NOT_FOUND`
   * if none runs). Requires `track_time` (`manage_time` for another user's timer). Already stopped: `CONFLICT`.
   */
  stopTimer: TimeEntry;
  /** Check or uncheck a checklist item. Any member may, viewers included. */
  toggleChecklistItem: ChecklistItem;
  /** Fold or unfold a project in your own sidebar. Any member may; nobody else is affected. */
  toggleSidebarCollapsed: SidebarToggle;
  /** Fold or unfold a task group for yourself only. Any member may. */
  toggleTaskGroupCollapsed: TaskGroupCollapsed;
  /** Rename a channel or change its topic (its creator, or `manage_org`). */
  updateChatChannel: ChatChannel;
  /** Change a client; `null` clears a nullable field, `archived: true` archives it. Requires `manage_clients`. */
  updateClient: Client;
  /** Change a draft; a sent, overdue or paid invoice takes only `notes` (else CONFLICT). Requires `manage_invoices`. */
  updateInvoice: Invoice;
  /** Rename or recolor a label. Requires `manage_tasks`. */
  updateLabel: Label;
  /**
   * Change a member's role and/or permission overrides. Requires `manage_members`; only owners manage the owner
   * role; demoting the last owner: `CONFLICT`.
   */
  updateMember: Member;
  /** Change a milestone; `description: null` clears it, omitted fields stay. Requires `manage_tasks`. */
  updateMilestone: Milestone;
  /** Turn mail on or off per notification type; unknown or non-mail types answer `VALIDATION_ERROR`. */
  updateNotificationPreferences: NotificationPreferences;
  /** Change an organization's name, slug, time zone or currency. Requires `manage_org`. */
  updateOrganization: Organization;
  /** Change a project; `null` clears a nullable field. Requires `manage_projects`. */
  updateProject: Project;
  /** Make a project member a `lead` or a `member`. Requires `manage_projects`. */
  updateProjectMember: ProjectMember;
  /**
   * Change a task; `null` clears a nullable field, `assignee_ids` replaces the set, `project_id` moves the task.
   * Requires `manage_tasks`.
   */
  updateTask: Task;
  /** Rename a task group. Requires `manage_tasks`. */
  updateTaskGroup: TaskGroup;
  /** Replace a recurrence's pattern; the next occurrence is computed again from now. Requires `manage_tasks`. */
  updateTaskRecurrence: TaskRecurrence;
  /** Change a task's status. Requires `manage_tasks`. */
  updateTaskStatus: Task;
  /**
   * Change a task status. Requires `manage_projects`. A new `code` moves every task with the old one; the last status
   * of category `done` keeps its category (`CONFLICT`). (To change a task's status, use `updateTaskStatus`.)
   */
  updateTaskStatusDefinition: TaskStatus;
  /**
   * Change a time entry; `null` clears a nullable field. Your entries need `track_time`, other users' entries
   * `manage_time`.
   */
  updateTimeEntry: TimeEntry;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAddChatChannelMemberArgs = {
  input: ChatChannelMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAddChatReactionArgs = {
  input: ChatReactionInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAddProjectMemberArgs = {
  input: AddProjectMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAddTaskCommentArgs = {
  input: AddTaskCommentInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationAddTaskDependencyArgs = {
  input: AddTaskDependencyInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationArchiveChatChannelArgs = {
  input: ArchiveChatChannelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateChatChannelArgs = {
  input: CreateChatChannelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateChecklistItemArgs = {
  input: CreateChecklistItemInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateLabelArgs = {
  input: CreateLabelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateMilestoneArgs = {
  input: CreateMilestoneInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreatePersonalAccessTokenArgs = {
  input: CreatePersonalAccessTokenInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTaskGroupArgs = {
  input: CreateTaskGroupInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTaskRecurrenceArgs = {
  input: CreateTaskRecurrenceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTaskStatusDefinitionArgs = {
  input: CreateTaskStatusDefinitionInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTasksArgs = {
  input: CreateTasksInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationCreateTimeEntryArgs = {
  input: CreateTimeEntryInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteChatMessageArgs = {
  input: DeleteChatMessageInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteChecklistItemArgs = {
  input: DeleteChecklistItemInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteClientArgs = {
  input: DeleteClientInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteInvoiceArgs = {
  input: DeleteInvoiceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteLabelArgs = {
  input: DeleteLabelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteMilestoneArgs = {
  input: DeleteMilestoneInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteOrganizationArgs = {
  input: DeleteOrganizationInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeletePersonalAccessTokenArgs = {
  input: DeletePersonalAccessTokenInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteProjectArgs = {
  input: DeleteProjectInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTaskArgs = {
  input: DeleteTaskInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTaskCommentArgs = {
  input: DeleteTaskCommentInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTaskGroupArgs = {
  input: DeleteTaskGroupInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTaskRecurrenceArgs = {
  input: DeleteTaskRecurrenceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTaskStatusDefinitionArgs = {
  input: DeleteTaskStatusDefinitionInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationDeleteTimeEntryArgs = {
  input: DeleteTimeEntryInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationForgotPasswordArgs = {
  input: ForgotPasswordInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationGenerateInvoiceArgs = {
  input: GenerateInvoiceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationLogoutArgs = {
  input: LogoutInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationMarkChatChannelReadArgs = {
  input: MarkChatChannelReadInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationMarkInvoicePaidArgs = {
  input: MarkInvoicePaidInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationMarkNotificationsReadArgs = {
  input?: InputMaybe<MarkNotificationsReadInput>;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationOpenDirectChatArgs = {
  input: OpenDirectChatInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRemoveChatChannelMemberArgs = {
  input: ChatChannelMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRemoveChatReactionArgs = {
  input: ChatReactionInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRemoveProjectMemberArgs = {
  input: RemoveProjectMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationRemoveTaskDependencyArgs = {
  input: RemoveTaskDependencyInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationReorderTaskArgs = {
  input: ReorderTaskInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationReorderTaskGroupsArgs = {
  input: ReorderTaskGroupsInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationSendChatMessageArgs = {
  input: SendChatMessageInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationSendChatTypingArgs = {
  input: ChatTypingInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationSendInvoiceArgs = {
  input: SendInvoiceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationSetPresenceArgs = {
  input: SetPresenceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationStartTimerArgs = {
  input?: InputMaybe<StartTimerInput>;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationStopTimerArgs = {
  input?: InputMaybe<StopTimerInput>;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationToggleChecklistItemArgs = {
  input: ToggleChecklistItemInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationToggleSidebarCollapsedArgs = {
  input: ToggleSidebarCollapsedInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationToggleTaskGroupCollapsedArgs = {
  input: ToggleTaskGroupCollapsedInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateChatChannelArgs = {
  input: UpdateChatChannelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateInvoiceArgs = {
  input: UpdateInvoiceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateLabelArgs = {
  input: UpdateLabelInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateProjectMemberArgs = {
  input: UpdateProjectMemberInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTaskGroupArgs = {
  input: UpdateTaskGroupInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTaskRecurrenceArgs = {
  input: UpdateTaskRecurrenceInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTaskStatusArgs = {
  input: UpdateTaskStatusInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTaskStatusDefinitionArgs = {
  input: UpdateTaskStatusDefinitionInput;
};


/** Write operations. Each takes one `input` argument whose fields are the operation's input. */
export type MutationUpdateTimeEntryArgs = {
  input: UpdateTimeEntryInput;
};

/** One notification for you in one organization. */
export type Notification = {
  __typename?: 'Notification';
  /** Who caused it (`usr_…`), or `null`. */
  actor_id: Maybe<Scalars['ID']['output']>;
  /** That user's name, or `null`. */
  actor_name: Maybe<Scalars['String']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Id of that entity (`tsk_…`). */
  entity_id: Scalars['ID']['output'];
  /** What it is about (`task`). */
  entity_type: Scalars['String']['output'];
  /** Notification id (`ntf_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** When you marked it read (RFC 3339), or `null` while unread. */
  read_at: Maybe<Scalars['String']['output']>;
  /** A sentence for display. */
  title: Scalars['String']['output'];
  /** `task_assigned`, `task_status_changed`, `task_commented` or `mentioned`. */
  type: Scalars['String']['output'];
  /** Link to the entity on this server (the one the mail carries). */
  url: Scalars['String']['output'];
};

/** A page of your notifications. */
export type NotificationPage = {
  __typename?: 'NotificationPage';
  /** The notifications on this page, newest first. */
  data: Array<Notification>;
  /** Where the page sits. */
  pagination: Pagination;
  /** Your unread notifications in the organization, across all pages and filters. */
  unread_count: Scalars['Int']['output'];
};

/** Your notification preferences. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Mail per notification type. */
  email: EmailPreferences;
};

/** Input of `openDirectChat`. */
export type OpenDirectChatInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Another member (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** The tenant: everything else belongs to one organization. */
export type Organization = {
  __typename?: 'Organization';
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  id: Scalars['ID']['output'];
  /** Its members, in the order they joined, a page at a time (at most 100 per page). */
  members: MemberPage;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Your role in it: `owner`, `admin`, `manager`, `member` or `viewer`. */
  role: Scalars['String']['output'];
  /** Time zone and currency. */
  settings: OrganizationSettings;
  /** Unique URL-friendly name. */
  slug: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};


/** The tenant: everything else belongs to one organization. */
export type OrganizationMembersArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** Organization-wide defaults. */
export type OrganizationSettings = {
  __typename?: 'OrganizationSettings';
  /** ISO 4217 currency code of all amounts. */
  currency: Scalars['String']['output'];
  /** IANA time zone name used for dates and reports. */
  timezone: Scalars['String']['output'];
};

/** Position of a page within a list. */
export type Pagination = {
  __typename?: 'Pagination';
  /** The page returned, from 1. */
  page: Scalars['Int']['output'];
  /** Page size used. */
  per_page: Scalars['Int']['output'];
  /** Items matching the filters, across all pages. */
  total: Scalars['Int']['output'];
  /** Number of pages (0 for an empty list). */
  total_pages: Scalars['Int']['output'];
};

/** A personal access token (`trcr_pat_…`), bound to one organization. Its value is never shown again. */
export type PersonalAccessToken = {
  __typename?: 'PersonalAccessToken';
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Expiry (RFC 3339), `null` = never. */
  expires_at: Maybe<Scalars['String']['output']>;
  /** Token id (`pat_…`). */
  id: Scalars['ID']['output'];
  /** Last use (RFC 3339), `null` if never used. */
  last_used_at: Maybe<Scalars['String']['output']>;
  /** Label chosen at creation. */
  name: Scalars['String']['output'];
  /** Organization the token acts in (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** First characters of the token, e.g. `trcr_pat_ab12`. */
  token_prefix: Scalars['String']['output'];
};

/** A new personal access token, with its plaintext value (shown only once). */
export type PersonalAccessTokenCreated = {
  __typename?: 'PersonalAccessTokenCreated';
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Expiry (RFC 3339), `null` = never. */
  expires_at: Maybe<Scalars['String']['output']>;
  /** Token id (`pat_…`). */
  id: Scalars['ID']['output'];
  /** Always `null` for a new token. */
  last_used_at: Maybe<Scalars['String']['output']>;
  /** Label chosen at creation. */
  name: Scalars['String']['output'];
  /** Organization the token acts in (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The token: send it as `Authorization: Bearer trcr_pat_…`. */
  token: Scalars['String']['output'];
  /** First characters of the token. */
  token_prefix: Scalars['String']['output'];
};

/** One user's presence. */
export type Presence = {
  __typename?: 'Presence';
  /** When the user's presence last changed (RFC 3339): came online, set a status, or last socket closed; `null` if never connected. */
  last_seen: Maybe<Scalars['String']['output']>;
  /** `online`, `away` or `offline`. */
  status: Scalars['String']['output'];
  /** The user (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** Revenue, cost and margin of some time. */
export type ProfitabilityFigures = {
  __typename?: 'ProfitabilityFigures';
  /** Seconds of the billable ones. */
  billable_secs: Scalars['Float']['output'];
  /** All time × effective cost rate. */
  cost_cents: Scalars['Float']['output'];
  /** Billable entries without a client rate. */
  entries_without_client_rate: Scalars['Int']['output'];
  /** Entries without a cost rate. */
  entries_without_cost_rate: Scalars['Int']['output'];
  /** revenue − cost. */
  margin_cents: Scalars['Float']['output'];
  /** margin / revenue (a fraction, 4 decimals), `null` when revenue is 0. */
  margin_pct: Maybe<Scalars['Float']['output']>;
  /** Billable time × effective client rate. */
  revenue_cents: Scalars['Float']['output'];
  /** Seconds of all entries. */
  secs: Scalars['Float']['output'];
  /** Their seconds. */
  secs_without_client_rate: Scalars['Float']['output'];
  /** Their seconds. */
  secs_without_cost_rate: Scalars['Float']['output'];
};

/** One group of a profitability report. */
export type ProfitabilityRow = {
  __typename?: 'ProfitabilityRow';
  /** Seconds of the billable ones. */
  billable_secs: Scalars['Float']['output'];
  /** All time × effective cost rate. */
  cost_cents: Scalars['Float']['output'];
  /** Billable entries without a client rate. */
  entries_without_client_rate: Scalars['Int']['output'];
  /** Entries without a cost rate. */
  entries_without_cost_rate: Scalars['Int']['output'];
  /** Project, client or user id (`null` = none). */
  key: Maybe<Scalars['String']['output']>;
  /** Its name. */
  label: Maybe<Scalars['String']['output']>;
  /** revenue − cost. */
  margin_cents: Scalars['Float']['output'];
  /** margin / revenue (a fraction, 4 decimals), `null` when revenue is 0. */
  margin_pct: Maybe<Scalars['Float']['output']>;
  /** Billable time × effective client rate. */
  revenue_cents: Scalars['Float']['output'];
  /** Seconds of all entries. */
  secs: Scalars['Float']['output'];
  /** Their seconds. */
  secs_without_client_rate: Scalars['Float']['output'];
  /** Their seconds. */
  secs_without_cost_rate: Scalars['Float']['output'];
};

/** A body of work inside an organization. */
export type Project = {
  __typename?: 'Project';
  /** Whether time on the project is billable by default. */
  billable: Scalars['Boolean']['output'];
  /** The client, if any. */
  client: Maybe<Client>;
  /** Client id (`cli_…`). */
  client_id: Maybe<Scalars['ID']['output']>;
  /** Display color `#rrggbb`. */
  color: Maybe<Scalars['String']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Free text. */
  description: Maybe<Scalars['String']['output']>;
  /** Default hourly rate in currency units (`hourly_rate_cents / 100`). */
  hourly_rate: Maybe<Scalars['Float']['output']>;
  /** Default hourly rate in minor units of the organization's currency (`15000` = 150.00). */
  hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Project id (`prj_…`). */
  id: Scalars['ID']['output'];
  /** The project's members in the order they were added, a page at a time (at most 100 per page). */
  members: ProjectMemberPage;
  /** The project's milestones by target date, a page at a time (at most 100 per page). */
  milestones: MilestonePage;
  /** Project name. */
  name: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** `active` or `archived`. */
  status: Scalars['String']['output'];
  /** Number of tasks in the project, all statuses. */
  task_count: Scalars['Int']['output'];
  /** The project's task groups by `position`, with your own `collapsed` flags, a page at a time (at most 100 per page). */
  task_groups: TaskGroupPage;
  /** The project's tasks, by `position`, a page at a time (at most 100 per page). */
  tasks: TaskPage;
  /** Time tracked on the project, newest first, a page at a time (at most 100 per page). */
  time_entries: TimeEntryPage;
  /** Hours tracked on the project (finished entries). */
  total_hours: Scalars['Float']['output'];
  /** The project's tasks that are in no group, by `position`, a page at a time (at most 100 per page). */
  ungrouped_tasks: TaskPage;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
  /** Who sees it: `organization` (every member) or `members` (its project members and holders of `manage_projects`). */
  visibility: Scalars['String']['output'];
};


/** A body of work inside an organization. */
export type ProjectMembersArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** A body of work inside an organization. */
export type ProjectMilestonesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** A body of work inside an organization. */
export type ProjectTask_GroupsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** A body of work inside an organization. */
export type ProjectTasksArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


/** A body of work inside an organization. */
export type ProjectTime_EntriesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/** A body of work inside an organization. */
export type ProjectUngrouped_TasksArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** A member of the organization who belongs to a project. */
export type ProjectMember = {
  __typename?: 'ProjectMember';
  /** Cost rate on this project (minor units per hour); `null` without `view_rates`. */
  cost_rate_cents: Maybe<Scalars['Int']['output']>;
  /** When the user was added (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Client rate on this project (minor units per hour); `null` without `view_rates`. */
  hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Project membership id (`pm_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** `lead` or `member` (informational). */
  role: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
  /** The user. */
  user: User;
  /** The member's user id (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A page of project members. */
export type ProjectMemberPage = {
  __typename?: 'ProjectMemberPage';
  /** The project members on this page. */
  data: Array<ProjectMember>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Confirms that a user was removed from a project. */
export type ProjectMemberRemoved = {
  __typename?: 'ProjectMemberRemoved';
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** Always `true`. */
  removed: Scalars['Boolean']['output'];
  /** The removed user (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A page of projects. */
export type ProjectPage = {
  __typename?: 'ProjectPage';
  /** The projects on this page. */
  data: Array<Project>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** Read operations. */
export type Query = {
  __typename?: 'Query';
  /**
   * Every dependency of the organization whose two tasks you may see (at most 50,000), sorted by id, each as the
   * compact edge `{ id, task_id, depends_on_id }`: the whole graph in one answer (its three fields for 50,000 edges
   * cost 150,001, within the query cost limit). The answer is also bounded by the 5 MB GraphQL answer limit (about
   * 39,000 edges); use REST or WebSocket for larger graphs.
   */
  allTaskDependencies: Array<TaskDependencyEdge>;
  /** The organization's audit log, newest first: one entry per successful change on any interface. Requires `view_audit`. */
  auditLog: AuditLogPage;
  /**
   * The channels you are a member of (and whose linked project you may see), most recently active first, each with
   * your unread count and its last message. Archived channels only with `archived: true`.
   */
  chatChannels: ChatChannelPage;
  /** A channel's messages, newest first; `before` pages back (keyset), `limit` 1 to 100 (default 50). */
  chatMessages: ChatMessagePage;
  /** One client. Unknown or another organization's id: `null` with a `NOT_FOUND` error. */
  client: Maybe<Client>;
  /**
   * The organization's clients by name (regardless of case). Any member may list. Archived clients are hidden
   * unless `archived: true` (then only those are listed).
   */
  clients: ClientPage;
  /** Your running timer in the organization, or `null` when none runs. */
  currentTimer: Maybe<TimeEntry>;
  /** Task counts of the organization (those you can see) and your own figures, in the organization's time zone. */
  dashboardSummary: DashboardSummary;
  /** An invoice with its lines. Needs `manage_invoices` or `view_reports`. */
  invoice: Invoice;
  /** The organization's invoices, newest first. Needs `manage_invoices` or `view_reports`. */
  invoices: InvoicePage;
  /** The organization's labels by name (regardless of case). Any member may list. */
  labels: LabelPage;
  /** The signed-in user. */
  me: CurrentUser;
  /** Members of the organization, in the order they joined. Any member may list. */
  members: MemberPage;
  /** A project's milestones by target date, each with its task counts. Any member may list. */
  milestones: MilestonePage;
  /** Your mail preferences per notification type (yours alone, the same in every organization). */
  notificationPreferences: NotificationPreferences;
  /** Your notifications in the organization, newest first, with your unread count. Only the recipient ever sees a notification. */
  notifications: NotificationPage;
  /** One organization you are a member of. Any other id: `null` with a `NOT_FOUND` error. */
  organization: Maybe<Organization>;
  /**
   * Every organization you are a member of, with your role in each (not paginated; the cost analysis counts it
   * as 100 organizations).
   */
  organizations: Array<Organization>;
  /**
   * Your personal access tokens that have not been revoked, newest first (without their secret values). Not
   * paginated; the cost analysis counts it as 100 tokens.
   */
  personalAccessTokens: Array<PersonalAccessToken>;
  /** Every member of the organization with their presence (`online`, `away`, `offline`) and `last_seen`, by name. */
  presence: MemberPresencePage;
  /**
   * Profitability: revenue (billable time × client rate), cost (all time × cost rate), margin and margin fraction,
   * by `project` (default), `client` or `user`. Requires `view_reports` and `view_rates`.
   */
  profitabilityReport: ReportProfitability;
  /** One project. Unknown or another organization's id: `null` with a `NOT_FOUND` error. */
  project: Maybe<Project>;
  /** A project's members in the order they were added. Anyone who sees the project may list. */
  projectMembers: ProjectMemberPage;
  /** Projects of the organization, oldest first. Any member may list. */
  projects: ProjectPage;
  /**
   * Revenue: invoiced (invoices sent, overdue or paid, by issue date, per currency) and unbilled billable amount (at
   * effective rates, organization currency), by `client` (default), `project` or `month`. Requires `view_reports`.
   */
  revenueReport: ReportRevenue;
  /**
   * Full-text search over the organization's tasks, projects, clients, task comments, chat messages and invoices
   * (web search syntax: words, `"phrases"`, `or`, `-excluded`; accents and case ignored; the last word also matches
   * as a prefix). The best `limit` hits (1 to 50, default 20), most relevant first, with highlighted snippets, and
   * how many match in all and per kind. Only what you may see is found or counted (members-only projects, channels
   * you are not in, invoices without `manage_invoices` or `view_reports`). Empty or blank `q`, over 200
   * characters or without a searchable word, an unknown `type` or a `limit` outside 1..50: `VALIDATION_ERROR`.
   */
  search: SearchResult;
  /** The projects of the organization you folded in the sidebar (at most one id per project; not paginated). */
  sidebarCollapsed: SidebarCollapsed;
  /** One task. Unknown or another organization's id: `null` with a `NOT_FOUND` error. */
  task: Maybe<Task>;
  /** A task's checklist by position (at most 100 items). Any member may read it. */
  taskChecklist: ChecklistItemPage;
  /** Comments on a task, oldest first. Any member may read them. */
  taskComments: TaskCommentPage;
  /** A task's dependencies in both directions (at most 100 each). Any member may read them. */
  taskDependencies: TaskDependencies;
  /** A project's task groups by `position`, each with your own `collapsed` flag (at most 100 per project). Any member may list. */
  taskGroups: TaskGroupPage;
  /** A recurrence rule: its pattern, next and last run and how many instances it created. Any member who can see its task may read it. */
  taskRecurrence: TaskRecurrence;
  /** The organization's task statuses in board order (`position`); at most 50. Any member may list. */
  taskStatuses: TaskStatusPage;
  /**
   * Tasks of the organization. Any member may list. Sorted by `sort` (`created_at` (default), `due_date`,
   * `priority`, `title`, `position`) in `order` (`asc` by default, `desc` by default for `priority`).
   */
  tasks: TaskPage;
  /**
   * Time entries of the organization, newest first. Any member may list. `from` and `to` filter `started_at`
   * inclusively; a date means the start (`from`) or the end (`to`) of that day in the organization's time zone.
   */
  timeEntries: TimeEntryPage;
  /** One time entry. Unknown or another organization's id: `null` with a `NOT_FOUND` error. */
  timeEntry: Maybe<TimeEntry>;
  /**
   * Timesheet: the stopped entries started from `from` to `to` (days in the organization's time zone) matching the
   * filters, newest first, paginated (up to 100 per page), with totals and, with `groupBy` (`user`, `project`,
   * `client`, `task`, `day`, `week`, `month`), up to 1,000 groups. Requires `view_reports`; rates and amounts need
   * `view_rates`. `from` after `to` or over 366 days: `VALIDATION_ERROR`.
   */
  timesheetReport: ReportTimesheet;
  /**
   * Utilization: per member, tracked, billable and target seconds and billable / target. Default target: 8 hours per
   * Monday-to-Friday day in the range; `targetHours` sets it per member for the whole range. Requires `view_reports`.
   */
  utilizationReport: ReportUtilization;
};


/** Read operations. */
export type QueryAllTaskDependenciesArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryChatChannelsArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryChatMessagesArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  channelId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryClientArgs = {
  id: Scalars['ID']['input'];
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryClientsArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryCurrentTimerArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryDashboardSummaryArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryInvoicesArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryLabelsArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryMembersArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryMilestonesArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryNotificationsArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryPresenceArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryProfitabilityReportArgs = {
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


/** Read operations. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryProjectMembersArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryProjectsArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryRevenueReportArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


/** Read operations. */
export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  q: Scalars['String']['input'];
  type?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QuerySidebarCollapsedArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryTaskChecklistArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  taskId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTaskCommentsArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  taskId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTaskDependenciesArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  taskId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTaskGroupsArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTaskRecurrenceArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  recurrenceId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryTaskStatusesArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryTasksArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  labelId?: InputMaybe<Scalars['ID']['input']>;
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  sort?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


/** Read operations. */
export type QueryTimeEntriesArgs = {
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  taskId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryTimeEntryArgs = {
  id: Scalars['ID']['input'];
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryTimesheetReportArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<Scalars['String']['input']>;
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. */
export type QueryUtilizationReportArgs = {
  from: Scalars['String']['input'];
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  targetHours?: InputMaybe<Scalars['Float']['input']>;
  to: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `refreshToken`. */
export type RefreshTokenInput = {
  /** The current refresh token. */
  refresh_token: Scalars['String']['input'];
};

/** Input of `register`. */
export type RegisterInput = {
  /** Email address (at most 254 characters), not already registered. */
  email: Scalars['String']['input'];
  /** Full name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Password, 8 to 200 characters. */
  password: Scalars['String']['input'];
};

/** Input of `removeMember`. */
export type RemoveMemberInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** The member's user id (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** Confirms that a user left the organization. */
export type RemoveMemberResult = {
  __typename?: 'RemoveMemberResult';
  /** Always `true`. */
  removed: Scalars['Boolean']['output'];
  /** The removed user (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** Input of `removeProjectMember`. */
export type RemoveProjectMemberInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** The project member's user id (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** Input of `removeTaskDependency`. */
export type RemoveTaskDependencyInput = {
  /** Dependency id (`dep_…`). */
  dependency_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`), either end of the dependency. */
  task_id: Scalars['ID']['input'];
};

/** Input of `reorderTaskGroups`. */
export type ReorderTaskGroupsInput = {
  /** Every group id of the project (`grp_…`), each once, in the new order. */
  order: Array<Scalars['ID']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `reorderTask`. */
export type ReorderTaskInput = {
  /** Destination group of the task's project (`grp_…`); `null`: ungrouped; omitted: stays in its group. */
  group_id?: InputMaybe<Scalars['ID']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** 0-based index among the tasks of the destination group after the move. */
  position: Scalars['Int']['input'];
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['input'];
};

/** A profitability report. */
export type ReportProfitability = {
  __typename?: 'ReportProfitability';
  /** The organization's currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** First day. */
  from: Scalars['String']['output'];
  /** The grouping used. */
  group_by: Scalars['String']['output'];
  /** The rounding rule of the amounts. */
  rounding: Scalars['String']['output'];
  /** Up to 1,000 rows. */
  rows: Array<ProfitabilityRow>;
  /** How many rows there are. */
  rows_total: Scalars['Int']['output'];
  /** The organization's time zone (IANA name). */
  timezone: Scalars['String']['output'];
  /** Last day. */
  to: Scalars['String']['output'];
  /** Over everything. */
  totals: ProfitabilityFigures;
};

/** A revenue report. */
export type ReportRevenue = {
  __typename?: 'ReportRevenue';
  /** The organization's currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** First day. */
  from: Scalars['String']['output'];
  /** The grouping used. */
  group_by: Scalars['String']['output'];
  /** The rounding rule of the amounts. */
  rounding: Scalars['String']['output'];
  /** Up to 1,000 rows, one per group and currency. */
  rows: Array<RevenueRow>;
  /** How many rows there are. */
  rows_total: Scalars['Int']['output'];
  /** The organization's time zone (IANA name). */
  timezone: Scalars['String']['output'];
  /** Last day. */
  to: Scalars['String']['output'];
  /** Per currency, over everything. */
  totals: Array<RevenueFigures>;
};

/** A timesheet report. */
export type ReportTimesheet = {
  __typename?: 'ReportTimesheet';
  /** The organization's currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** This page of entries, newest first. */
  entries: Array<TimesheetEntry>;
  /** First day. */
  from: Scalars['String']['output'];
  /** The grouping asked for. */
  group_by: Maybe<Scalars['String']['output']>;
  /** Up to 1,000 groups, or `null` without `groupBy`. */
  groups: Maybe<Array<TimesheetGroup>>;
  /** How many groups there are. */
  groups_total: Maybe<Scalars['Int']['output']>;
  /** Where this page sits. */
  pagination: Pagination;
  /** The rounding rule of the amounts. */
  rounding: Scalars['String']['output'];
  /** The organization's time zone (IANA name). */
  timezone: Scalars['String']['output'];
  /** Last day. */
  to: Scalars['String']['output'];
  /** Totals over all entries. */
  totals: TimesheetTotals;
};

/** A utilization report. */
export type ReportUtilization = {
  __typename?: 'ReportUtilization';
  /** The organization's currency (ISO 4217). */
  currency: Scalars['String']['output'];
  /** First day. */
  from: Scalars['String']['output'];
  /** Where this page sits. */
  pagination: Pagination;
  /** The rounding rule of the organization's amounts. */
  rounding: Scalars['String']['output'];
  /** This page of members, by name. */
  rows: Array<UtilizationRow>;
  /** How the target was set. */
  target_rule: Scalars['String']['output'];
  /** The organization's time zone (IANA name). */
  timezone: Scalars['String']['output'];
  /** Last day. */
  to: Scalars['String']['output'];
  /** Sums over every member. */
  totals: UtilizationTotals;
  /** Monday-to-Friday days in the range. */
  working_days: Scalars['Int']['output'];
};

/** Input of `resetPassword`. */
export type ResetPasswordInput = {
  /** New password, 8 to 200 characters. */
  password: Scalars['String']['input'];
  /** Token from the reset link. */
  token: Scalars['String']['input'];
};

/** Invoiced and unbilled amounts in one currency. */
export type RevenueFigures = {
  __typename?: 'RevenueFigures';
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Invoices counted. */
  invoice_count: Scalars['Int']['output'];
  /** Net invoiced revenue. */
  invoiced_subtotal_cents: Scalars['Float']['output'];
  /** Tax invoiced (`null` by project). */
  invoiced_tax_cents: Maybe<Scalars['Float']['output']>;
  /** Gross invoiced (`null` by project). */
  invoiced_total_cents: Maybe<Scalars['Float']['output']>;
  /** Its amount at effective rates. */
  unbilled_cents: Scalars['Float']['output'];
  /** Seconds of unbilled billable time. */
  unbilled_secs: Scalars['Float']['output'];
};

/** One group of the revenue report in one currency. */
export type RevenueRow = {
  __typename?: 'RevenueRow';
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Invoices counted. */
  invoice_count: Scalars['Int']['output'];
  /** Net invoiced revenue. */
  invoiced_subtotal_cents: Scalars['Float']['output'];
  /** Tax invoiced (`null` by project). */
  invoiced_tax_cents: Maybe<Scalars['Float']['output']>;
  /** Gross invoiced (`null` by project). */
  invoiced_total_cents: Maybe<Scalars['Float']['output']>;
  /** Client or project id (`null` = none), or month (`YYYY-MM`). */
  key: Maybe<Scalars['String']['output']>;
  /** Name or month. */
  label: Maybe<Scalars['String']['output']>;
  /** Its amount at effective rates. */
  unbilled_cents: Scalars['Float']['output'];
  /** Seconds of unbilled billable time. */
  unbilled_secs: Scalars['Float']['output'];
};

/** How many entities of each searched kind match, counting only what you may see (`null`: that kind was not searched). */
export type SearchCounts = {
  __typename?: 'SearchCounts';
  /** Matching chat messages. */
  chat_message: Maybe<Scalars['Int']['output']>;
  /** Matching clients. */
  client: Maybe<Scalars['Int']['output']>;
  /** Matching invoices. */
  invoice: Maybe<Scalars['Int']['output']>;
  /** Matching projects. */
  project: Maybe<Scalars['Int']['output']>;
  /** Matching tasks. */
  task: Maybe<Scalars['Int']['output']>;
  /** Matching task comments. */
  task_comment: Maybe<Scalars['Int']['output']>;
};

/** One entity that matches a search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The channel of a chat message, else `null`. */
  channel_id: Maybe<Scalars['ID']['output']>;
  /** The client of an invoice or project (a client's own id), else `null`. */
  client_id: Maybe<Scalars['ID']['output']>;
  /** The entity's id. */
  id: Scalars['ID']['output'];
  /** The project of a task, comment, project or linked channel, else `null`. */
  project_id: Maybe<Scalars['ID']['output']>;
  /** Relevance (`ts_rank_cd`; a title match weighs 2.5 times a text match); hits are ordered by it, then newest first. */
  rank: Scalars['Float']['output'];
  /** Extract of the matching text as HTML: matched words in `<mark>…</mark>`, the rest escaped. */
  snippet: Scalars['String']['output'];
  /** The task of a comment (a task's own id), else `null`. */
  task_id: Maybe<Scalars['ID']['output']>;
  /** What it is called (a comment: its task's title; a chat message: its channel's name). Plain text. */
  title: Scalars['String']['output'];
  /** `task`, `project`, `client`, `task_comment`, `chat_message` or `invoice`. */
  type: Scalars['String']['output'];
  /** When the entity last changed (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** The best hits of a search and how many match in all. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Matches per searched kind. */
  counts: SearchCounts;
  /** The hits, most relevant first. */
  hits: Array<SearchHit>;
  /** How many entities match in all, over the searched kinds, counting only what you may see. */
  total: Scalars['Int']['output'];
};

/** Input of `sendChatMessage`. */
export type SendChatMessageInput = {
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['input'];
  /** The text, 1 to 4,000 characters. */
  content: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** A message of the same channel this one answers (`msg_…`). */
  reply_to?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `sendInvoice`. */
export type SendInvoiceInput = {
  /** Invoice (`inv_…`). */
  id: Scalars['ID']['input'];
  /** A message to the client, in the mail's body. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `setPresence`. */
export type SetPresenceInput = {
  /** `online` or `away`. */
  status: Scalars['String']['input'];
};

/** Your collapsed sidebar projects in one organization. */
export type SidebarCollapsed = {
  __typename?: 'SidebarCollapsed';
  /** Collapsed projects (`prj_…`), oldest project first. */
  project_ids: Array<Scalars['ID']['output']>;
};

/** Your collapsed flag of one project in the sidebar, after a toggle. */
export type SidebarToggle = {
  __typename?: 'SidebarToggle';
  /** `true` if the project is now folded in your sidebar. */
  collapsed: Scalars['Boolean']['output'];
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
};

/** Input of `startTimer`; everything is optional. */
export type StartTimerInput = {
  /** Billable (default: the project's flag, else `true`). */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  /** What you are working on, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`); with only `task_id`, the task's project. */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task (`tsk_…`). */
  task_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `stopTimer`; without `entry_id`, your running timer is stopped. */
export type StopTimerInput = {
  /** Time entry to stop (`te_…`). */
  entry_id?: InputMaybe<Scalars['ID']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A message was sent to a channel you belong to (the same events as `ChatMessage` on /ws): only channels you may
   * see, the sender's own included. Without arguments: every channel of every organization you belong to.
   */
  chatMessage: ChatMessageEvent;
  /**
   * An entity you can see was created, updated or deleted, by any interface. Without arguments: every
   * organization you belong to.
   */
  entityChanged: EntityChangedEvent;
  /**
   * A notification was created for you (the same events as `NotificationCreated` on /ws): only ever your own, while
   * you are a member of its organization. Without arguments: every organization you belong to.
   */
  notificationCreated: Notification;
  /** Your timer started or stopped, from any device or interface. */
  timerUpdate: TimerUpdateEvent;
  /**
   * A member of your organizations came online, set their status, or went offline (the same events as
   * `UserPresence` on /ws): one per organization you share with them. Without arguments: every organization you
   * belong to.
   */
  userPresence: UserPresenceEvent;
  /** Someone else is typing in a channel you belong to (the same events as `UserTyping` on /ws). */
  userTyping: UserTypingEvent;
};


/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type SubscriptionChatMessageArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type SubscriptionEntityChangedArgs = {
  entityType?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type SubscriptionNotificationCreatedArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type SubscriptionUserPresenceArgs = {
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Real-time events over graphql-ws (`connectionParams: { authorization: "Bearer <token>" }`). They are the same
 * events the WebSocket API pushes. A server shutdown closes the connection with 1012 (reconnect with backoff); a
 * client that stops reading is closed with 4010 "Slow consumer" once more than 1 MiB waits to be sent to it, or a
 * subscription falls 1,000 events behind (the close codes of specs/asyncapi/trcr-ws.yaml). No event is dropped
 * silently.
 */
export type SubscriptionUserTypingArgs = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
};

/** Confirms an action that returns nothing else. */
export type SuccessResult = {
  __typename?: 'SuccessResult';
  /** Always `true`. */
  success: Scalars['Boolean']['output'];
};

/** A unit of work in a project. */
export type Task = {
  __typename?: 'Task';
  /** The first assigned user, if any. */
  assignee: Maybe<User>;
  /** Assigned users (`usr_…`). */
  assignee_ids: Array<Scalars['ID']['output']>;
  /** Assigned users (at most 20). */
  assignees: Array<User>;
  /** The task's checklist by position, a page at a time (at most 100 per page; a task has at most 100 items). */
  checklist: ChecklistItemPage;
  /** Number of comments on the task. */
  comment_count: Scalars['Int']['output'];
  /** Comments on the task, oldest first, a page at a time (at most 100 per page). */
  comments: TaskCommentPage;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Creator (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** The task's dependencies in both directions (at most 100 each). */
  dependencies: TaskDependencies;
  /** Free text. */
  description: Maybe<Scalars['String']['output']>;
  /** Due date `YYYY-MM-DD`. */
  due_date: Maybe<Scalars['String']['output']>;
  /** Estimated effort in hours. */
  estimated_hours: Maybe<Scalars['Float']['output']>;
  /** The task's group, or null when the task is ungrouped. */
  group: Maybe<TaskGroup>;
  /** Task group of the project (`grp_…`), or null when ungrouped. */
  group_id: Maybe<Scalars['ID']['output']>;
  /** Task id (`tsk_…`). */
  id: Scalars['ID']['output'];
  /** Labels on the task (`lbl_…`), sorted. */
  label_ids: Array<Scalars['ID']['output']>;
  /** The labels on the task (at most 20), by name. */
  labels: Array<Label>;
  /** The milestone the task counts toward, if any. */
  milestone: Maybe<Milestone>;
  /** Milestone of the project (`mst_…`), or null. */
  milestone_id: Maybe<Scalars['ID']['output']>;
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** 0-based index among the project's tasks of the same group; gapless. */
  position: Scalars['Int']['output'];
  /** `low`, `medium`, `high` or `urgent`. */
  priority: Scalars['String']['output'];
  /** The project. */
  project: Project;
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** The task's repeat rule, if it repeats. */
  recurrence: Maybe<TaskRecurrence>;
  /** The recurrence that repeats this task (`rec_…`), or null (`recurrence` gives it whole). */
  recurrence_id: Maybe<Scalars['ID']['output']>;
  /** The recurrence that created this task as one of its occurrences (`rec_…`), or null. */
  source_recurrence_id: Maybe<Scalars['ID']['output']>;
  /** Planned start `YYYY-MM-DD`. */
  start_date: Maybe<Scalars['String']['output']>;
  /** Code of one of the organization's task statuses (`open`, `in_progress`, `review`, `done`, `cancelled` or a custom one). */
  status: Scalars['String']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};


/** A unit of work in a project. */
export type TaskChecklistArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


/** A unit of work in a project. */
export type TaskCommentsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** A comment a member wrote on a task. */
export type TaskComment = {
  __typename?: 'TaskComment';
  /** The author, if they still exist. */
  author: Maybe<User>;
  /** Author (`usr_…`), or null if that user no longer exists. */
  author_id: Maybe<Scalars['ID']['output']>;
  /** The comment's text. */
  body: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Comment id (`cmt_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** Task id (`tsk_…`). */
  task_id: Scalars['ID']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** A page of comments. */
export type TaskCommentPage = {
  __typename?: 'TaskCommentPage';
  /** The comments on this page. */
  data: Array<TaskComment>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A task's dependencies in both directions, oldest first. */
export type TaskDependencies = {
  __typename?: 'TaskDependencies';
  /** The tasks this task waits for (at most 100). */
  blocked_by: Array<DependencyLink>;
  /** The tasks waiting for this task (at most 100). */
  blocks: Array<DependencyLink>;
};

/** A dependency: `task_id` waits for `depends_on_id`. */
export type TaskDependency = {
  __typename?: 'TaskDependency';
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Who added it (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** The task it waits for (`tsk_…`). */
  depends_on_id: Scalars['ID']['output'];
  /** Dependency id (`dep_…`). */
  id: Scalars['ID']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The task that waits (`tsk_…`). */
  task_id: Scalars['ID']['output'];
};

/** One edge of the organization's dependency graph: `task_id` waits for `depends_on_id`. */
export type TaskDependencyEdge = {
  __typename?: 'TaskDependencyEdge';
  /** The task it waits for (`tsk_…`). */
  depends_on_id: Scalars['ID']['output'];
  /** Dependency id (`dep_…`). */
  id: Scalars['ID']['output'];
  /** The waiting task (`tsk_…`). */
  task_id: Scalars['ID']['output'];
};

/** A named section of a project's board holding tasks in their own order. */
export type TaskGroup = {
  __typename?: 'TaskGroup';
  /** Whether you folded this group away (your own flag). */
  collapsed: Scalars['Boolean']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Task group id (`grp_…`). */
  id: Scalars['ID']['output'];
  /** Group name. */
  name: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** 0-based index among the project's groups; gapless. */
  position: Scalars['Int']['output'];
  /** Project id (`prj_…`). */
  project_id: Scalars['ID']['output'];
  /** The group's tasks by `position`, a page at a time (at most 100 per page). */
  tasks: TaskPage;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};


/** A named section of a project's board holding tasks in their own order. */
export type TaskGroupTasksArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

/** Your collapsed flag of one task group, after a toggle. */
export type TaskGroupCollapsed = {
  __typename?: 'TaskGroupCollapsed';
  /** `true` if the group is now folded away for you. */
  collapsed: Scalars['Boolean']['output'];
  /** Task group id (`grp_…`). */
  group_id: Scalars['ID']['output'];
};

/** A page of task groups. */
export type TaskGroupPage = {
  __typename?: 'TaskGroupPage';
  /** The task groups on this page. */
  data: Array<TaskGroup>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A page of tasks. */
export type TaskPage = {
  __typename?: 'TaskPage';
  /** The tasks on this page. */
  data: Array<Task>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A task's repeat rule; each occurrence creates the next instance of the task. */
export type TaskRecurrence = {
  __typename?: 'TaskRecurrence';
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Who set the task to repeat (`usr_…`). */
  created_by: Maybe<Scalars['ID']['output']>;
  /** Recurrence id (`rec_…`). */
  id: Scalars['ID']['output'];
  /** The occurrence of the latest instance created (RFC 3339). */
  last_run_at: Maybe<Scalars['String']['output']>;
  /** When the next instance is created (RFC 3339). */
  next_run_at: Scalars['String']['output'];
  /** How many instances this recurrence has created. */
  occurrences_created: Scalars['Int']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** `daily`, `weekly`, `monthly` or a five-field cron expression. */
  recurrence_pattern: Scalars['String']['output'];
  /** The task that repeats (`tsk_…`). */
  task_id: Scalars['ID']['output'];
  /** IANA time zone the pattern is evaluated in (the organization's). */
  timezone: Scalars['String']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** One of the organization's task statuses: a workflow state whose `code` tasks carry in `status`. */
export type TaskStatus = {
  __typename?: 'TaskStatus';
  /** `todo`, `in_progress`, `done` or `cancelled`. */
  category: Scalars['String']['output'];
  /** What tasks store in `status`, unique in the organization. */
  code: Scalars['String']['output'];
  /** Display color `#rrggbb`. */
  color: Scalars['String']['output'];
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Task status id (`sts_…`). */
  id: Scalars['ID']['output'];
  /** Name shown to people. */
  label: Scalars['String']['output'];
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** 0-based place in the organization's list of statuses; gapless. */
  position: Scalars['Int']['output'];
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
};

/** A page of task statuses. */
export type TaskStatusPage = {
  __typename?: 'TaskStatusPage';
  /** The task statuses on this page. */
  data: Array<TaskStatus>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** A span of tracked time by one user; a running timer has `stopped_at: null`. */
export type TimeEntry = {
  __typename?: 'TimeEntry';
  /** round-half-up(duration × effective rate / 3600) for billable stopped entries, in minor units (an integer); `null` without `view_rates`. */
  amount_cents: Maybe<Scalars['Float']['output']>;
  /** Whether the time can be invoiced. */
  billable: Scalars['Boolean']['output'];
  /** Effective cost rate (project member, else member default); `null` without `view_rates`. */
  cost_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Creation time (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** What was done. */
  description: Maybe<Scalars['String']['output']>;
  /** Same as `duration_secs` (seconds). */
  duration: Maybe<Scalars['Int']['output']>;
  /** Whole seconds tracked, `null` while running. */
  duration_secs: Maybe<Scalars['Int']['output']>;
  /** The client rate in effect (billed, entry, project member, project, member default); `null` without `view_rates`. */
  effective_hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Where the effective rate comes from: `invoice`, `entry`, `project_member`, `project` or `member`. */
  effective_rate_source: Maybe<Scalars['String']['output']>;
  /** The entry's own client rate override (minor units per hour), `null` = inherited; `null` without `view_rates`. */
  hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Time entry id (`te_…`). */
  id: Scalars['ID']['output'];
  /** The invoice the entry is billed on (`inv_…`), `null` while not invoiced. */
  invoice_id: Maybe<Scalars['ID']['output']>;
  /** Organization id (`org_…`). */
  org_id: Scalars['ID']['output'];
  /** The project, if any. */
  project: Maybe<Project>;
  /** Project id (`prj_…`). */
  project_id: Maybe<Scalars['ID']['output']>;
  /** `true` while the timer runs. */
  running: Scalars['Boolean']['output'];
  /** Same as `started_at`. */
  start_time: Scalars['String']['output'];
  /** Start (RFC 3339). */
  started_at: Scalars['String']['output'];
  /** End (RFC 3339), `null` while running. */
  stopped_at: Maybe<Scalars['String']['output']>;
  /** The task, if any. */
  task: Maybe<Task>;
  /** Task id (`tsk_…`). */
  task_id: Maybe<Scalars['ID']['output']>;
  /** Last change (RFC 3339). */
  updated_at: Scalars['String']['output'];
  /** The user. */
  user: User;
  /** User whose time this is (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** A page of time entries. */
export type TimeEntryPage = {
  __typename?: 'TimeEntryPage';
  /** The time entries on this page. */
  data: Array<TimeEntry>;
  /** Where the page sits. */
  pagination: Pagination;
};

/** The time entry a timer event is about. */
export type TimerTimeEntry = {
  __typename?: 'TimerTimeEntry';
  /** What is being worked on. */
  description: Maybe<Scalars['String']['output']>;
  /** Whole seconds tracked, `null` while running. */
  duration_secs: Maybe<Scalars['Int']['output']>;
  /** Time entry id (`te_…`). */
  id: Scalars['ID']['output'];
  /** Project id (`prj_…`). */
  project_id: Maybe<Scalars['ID']['output']>;
  /** Start (RFC 3339); same as `started_at`. */
  start_time: Scalars['String']['output'];
  /** Start (RFC 3339). */
  started_at: Scalars['String']['output'];
  /** End (RFC 3339), `null` while running. */
  stopped_at: Maybe<Scalars['String']['output']>;
  /** Task id (`tsk_…`). */
  task_id: Maybe<Scalars['ID']['output']>;
};

/** Your timer started or stopped. */
export type TimerUpdateEvent = {
  __typename?: 'TimerUpdateEvent';
  /** `true` when the timer started, `false` when it stopped. */
  running: Scalars['Boolean']['output'];
  /** The time entry. */
  time_entry: TimerTimeEntry;
};

/** One stopped time entry of a timesheet report. */
export type TimesheetEntry = {
  __typename?: 'TimesheetEntry';
  /** round-half-up(duration_secs × rate / 3600) for billable time; `null` without `view_rates`. */
  amount_cents: Maybe<Scalars['Float']['output']>;
  /** Whether the time can be invoiced. */
  billable: Scalars['Boolean']['output'];
  /** The project's client (`cli_…`). */
  client_id: Maybe<Scalars['ID']['output']>;
  /** What was done. */
  description: Maybe<Scalars['String']['output']>;
  /** Whole seconds tracked. */
  duration_secs: Scalars['Int']['output'];
  /** Effective client rate (cents per hour); `null` without `view_rates` or without a rate. */
  effective_hourly_rate_cents: Maybe<Scalars['Int']['output']>;
  /** Time entry id (`te_…`). */
  id: Scalars['ID']['output'];
  /** The invoice it is billed on (`inv_…`). */
  invoice_id: Maybe<Scalars['ID']['output']>;
  /** Project id (`prj_…`). */
  project_id: Maybe<Scalars['ID']['output']>;
  /** The project's name. */
  project_name: Maybe<Scalars['String']['output']>;
  /** When it started (RFC 3339, UTC). */
  started_at: Scalars['String']['output'];
  /** When it stopped (RFC 3339, UTC). */
  stopped_at: Scalars['String']['output'];
  /** Task id (`tsk_…`). */
  task_id: Maybe<Scalars['ID']['output']>;
  /** The task's title. */
  task_title: Maybe<Scalars['String']['output']>;
  /** Whose time it is (`usr_…`). */
  user_id: Scalars['ID']['output'];
  /** That user's name. */
  user_name: Scalars['String']['output'];
};

/** One group of a timesheet. */
export type TimesheetGroup = {
  __typename?: 'TimesheetGroup';
  /** Amount of the billable time (each (project, rate) pair rounded); `null` without `view_rates`. */
  amount_cents: Maybe<Scalars['Float']['output']>;
  /** Billable seconds. */
  billable_secs: Scalars['Float']['output'];
  /** Entries. */
  entries: Scalars['Int']['output'];
  /** User, project, client or task id (`null` = none), day or ISO week's Monday (`YYYY-MM-DD`), month (`YYYY-MM`). */
  key: Maybe<Scalars['String']['output']>;
  /** Name, title, day, ISO week (`2026-W09`) or month. */
  label: Maybe<Scalars['String']['output']>;
  /** Seconds. */
  secs: Scalars['Float']['output'];
};

/** Totals of a timesheet over all its entries. */
export type TimesheetTotals = {
  __typename?: 'TimesheetTotals';
  /** Σ over (project, rate) pairs of round-half-up(billable seconds × rate / 3600); `null` without `view_rates`. */
  amount_cents: Maybe<Scalars['Float']['output']>;
  /** Seconds of the billable ones. */
  billable_secs: Scalars['Float']['output'];
  /** Entries. */
  entries: Scalars['Int']['output'];
  /** Seconds of all entries. */
  secs: Scalars['Float']['output'];
};

/** Input of `toggleChecklistItem`. */
export type ToggleChecklistItemInput = {
  /** Checklist item id (`chk_…`). */
  item_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `toggleSidebarCollapsed`. */
export type ToggleSidebarCollapsedInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `toggleTaskGroupCollapsed`. */
export type ToggleTaskGroupCollapsedInput = {
  /** Task group of that project (`grp_…`). */
  group_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `updateChatChannel`; omitted fields are left unchanged. */
export type UpdateChatChannelInput = {
  /** Channel id (`ch_…`). */
  id: Scalars['ID']['input'];
  /** New name, 1 to 80 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** New topic; `null` clears it. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateClient`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateClientInput = {
  /** Postal address, up to 1000 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** `true` archives the client, `false` restores it. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency code; `null` = the organization's. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Address invoices are sent to (a valid email address). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Client id (`cli_…`). */
  id: Scalars['ID']['input'];
  /** Client name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes, up to 5000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Saved tax rate in basis points, 0 to 10000. */
  tax_rate_bp?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateInvoice`. */
export type UpdateInvoiceInput = {
  /** ISO 4217 currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Due date (`YYYY-MM-DD`). */
  due_date?: InputMaybe<Scalars['String']['input']>;
  /** Invoice (`inv_…`). */
  id: Scalars['ID']['input'];
  /** Issue date (`YYYY-MM-DD`). */
  issue_date?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the custom lines. */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Free text printed on the invoice. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Tax rate in basis points. */
  tax_rate_bp?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateLabel`; omitted fields are left unchanged. */
export type UpdateLabelInput = {
  /** Display color `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Label id (`lbl_…`). */
  id: Scalars['ID']['input'];
  /** New name, 1 to 50 characters, unique regardless of case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `updateMember`; omitted fields are left unchanged. */
export type UpdateMemberInput = {
  /** Default cost rate, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  cost_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Default client rate, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Permission overrides, e.g. `{ "view_rates": true, "manage_tasks": false }`; `null` for a key removes its override. */
  permissions?: InputMaybe<Scalars['JSON']['input']>;
  /** New role: `owner`, `admin`, `manager`, `member` or `viewer`. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The member's user id (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** Input of `updateMilestone`; omitted fields are left unchanged, `description: null` clears it. */
export type UpdateMilestoneInput = {
  /** Display color `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Free text; `null` clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Milestone id (`mst_…`). */
  milestone_id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Target date `YYYY-MM-DD`. */
  target_date?: InputMaybe<Scalars['String']['input']>;
  /** Short title, 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateNotificationPreferences`. */
export type UpdateNotificationPreferencesInput = {
  /** Mail per notification type. */
  email: EmailPreferencesInput;
};

/** Input of `updateOrganization`; omitted fields are left unchanged. */
export type UpdateOrganizationInput = {
  /** ISO 4217 currency code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Organization id (`org_…`). */
  id: Scalars['ID']['input'];
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Unique slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone name. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateProject`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateProjectInput = {
  /** Billable by default. */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Client (`cli_…`). */
  client_id?: InputMaybe<Scalars['ID']['input']>;
  /** Display color `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Hourly rate in minor units. */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Project id (`prj_…`). */
  id: Scalars['ID']['input'];
  /** Project name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `active` or `archived`. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** `organization` or `members`. */
  visibility?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateProjectMember`. */
export type UpdateProjectMemberInput = {
  /** Cost rate on this project, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  cost_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Client rate on this project, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
  /** `lead` or `member`. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The project member's user id (`usr_…`). */
  user_id: Scalars['ID']['input'];
};

/** Input of `updateTaskGroup`. */
export type UpdateTaskGroupInput = {
  /** Task group of that project (`grp_…`). */
  group_id: Scalars['ID']['input'];
  /** New name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id: Scalars['ID']['input'];
};

/** Input of `updateTask`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateTaskInput = {
  /** The complete new set of assignees (`usr_…`). */
  assignee_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Due date `YYYY-MM-DD`. */
  due_date?: InputMaybe<Scalars['String']['input']>;
  /** Estimated effort in hours. */
  estimated_hours?: InputMaybe<Scalars['Float']['input']>;
  /** Moves the task to the end of this group (`grp_…`); `null` ungroups it. */
  group_id?: InputMaybe<Scalars['ID']['input']>;
  /** Task id (`tsk_…`). */
  id: Scalars['ID']['input'];
  /** The complete new set of labels (`lbl_…`). */
  label_ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Milestone of the task's project (`mst_…`); `null` clears it. */
  milestone_id?: InputMaybe<Scalars['ID']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** New 0-based index among the tasks of its group. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** New priority. */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** Moves the task to this project (`prj_…`). */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** Planned start `YYYY-MM-DD`. */
  start_date?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Short title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateTaskRecurrence`. */
export type UpdateTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Recurrence id (`rec_…`). */
  recurrence_id: Scalars['ID']['input'];
  /** `daily`, `weekly`, `monthly` or a five-field cron expression. */
  recurrence_pattern: Scalars['String']['input'];
};

/** Input of `updateTaskStatusDefinition`; omitted fields are left unchanged. */
export type UpdateTaskStatusDefinitionInput = {
  /** `todo`, `in_progress`, `done` or `cancelled`. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** New code, unused in the organization; the status's tasks move to it. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Display color `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** Task status id (`sts_…`). */
  id: Scalars['ID']['input'];
  /** Name shown to people, 1 to 50 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** New 0-based place among the statuses. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateTaskStatus`. */
export type UpdateTaskStatusInput = {
  /** Task id (`tsk_…`). */
  id: Scalars['ID']['input'];
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** `open`, `in_progress`, `review`, `done` or `cancelled`. */
  status: Scalars['String']['input'];
};

/** Input of `updateTimeEntry`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateTimeEntryInput = {
  /** Billable. */
  billable?: InputMaybe<Scalars['Boolean']['input']>;
  /** What was done. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Time entry id (`te_…`). */
  entry_id: Scalars['ID']['input'];
  /** The entry's own client rate override in minor units per hour; `null` clears it (inherited again). */
  hourly_rate_cents?: InputMaybe<Scalars['Int']['input']>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: InputMaybe<Scalars['ID']['input']>;
  /** Project (`prj_…`). */
  project_id?: InputMaybe<Scalars['ID']['input']>;
  /** New start (RFC 3339). */
  started_at?: InputMaybe<Scalars['String']['input']>;
  /** New end (RFC 3339); setting it on a running entry stops the timer. */
  stopped_at?: InputMaybe<Scalars['String']['input']>;
  /** Task (`tsk_…`). */
  task_id?: InputMaybe<Scalars['ID']['input']>;
};

/** A person with a TRCR account, as other people see them. Their default organization is private: see `CurrentUser`. */
export type User = {
  __typename?: 'User';
  /** Profile picture URL. */
  avatar_url: Maybe<Scalars['String']['output']>;
  /** When the account was created (RFC 3339). */
  created_at: Scalars['String']['output'];
  /** Sign-in email address. */
  email: Scalars['String']['output'];
  /** User id (`usr_…`). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
};

/** A member's presence changed. */
export type UserPresenceEvent = {
  __typename?: 'UserPresenceEvent';
  /** When the user was last seen connected (RFC 3339); for `online` and `away`, the time of the event. */
  last_seen: Scalars['String']['output'];
  /** `online`, `away` or `offline`. */
  status: Scalars['String']['output'];
  /** The member (`usr_…`). */
  user_id: Scalars['ID']['output'];
};

/** Someone is typing in a channel. */
export type UserTypingEvent = {
  __typename?: 'UserTypingEvent';
  /** Channel id (`ch_…`). */
  channel_id: Scalars['ID']['output'];
  /** Who is typing (`usr_…`). */
  user_id: Scalars['ID']['output'];
  /** Their name. */
  user_name: Scalars['String']['output'];
};

/** One member's time in a utilization report. */
export type UtilizationRow = {
  __typename?: 'UtilizationRow';
  /** Billable seconds. */
  billable_secs: Scalars['Float']['output'];
  /** Target seconds. */
  target_secs: Scalars['Float']['output'];
  /** Seconds tracked. */
  tracked_secs: Scalars['Float']['output'];
  /** The member (`usr_…`). */
  user_id: Scalars['ID']['output'];
  /** Their name. */
  user_name: Scalars['String']['output'];
  /** billable / target, 4 decimals, `null` when the target is 0. */
  utilization: Maybe<Scalars['Float']['output']>;
};

/** Sums of a utilization report over every member. */
export type UtilizationTotals = {
  __typename?: 'UtilizationTotals';
  /** Billable seconds. */
  billable_secs: Scalars['Float']['output'];
  /** Targets summed. */
  target_secs: Scalars['Float']['output'];
  /** Seconds tracked. */
  tracked_secs: Scalars['Float']['output'];
  /** Σ billable / Σ target, 4 decimals, or `null`. */
  utilization: Maybe<Scalars['Float']['output']>;
};

/** A single-use WebSocket ticket. */
export type WsTicket = {
  __typename?: 'WsTicket';
  /** Seconds until it expires (30). */
  expires_in: Scalars['Int']['output'];
  /** The ticket, `wst_…`. */
  ticket: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddProjectMemberInput: AddProjectMemberInput;
  AddTaskCommentInput: AddTaskCommentInput;
  AddTaskDependencyInput: AddTaskDependencyInput;
  ArchiveChatChannelInput: ArchiveChatChannelInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditLogPage: ResolverTypeWrapper<AuditLogPage>;
  AuthTokens: ResolverTypeWrapper<AuthTokens>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChatChannel: ResolverTypeWrapper<ChatChannelModel>;
  ChatChannelMember: ResolverTypeWrapper<ChatChannelMember>;
  ChatChannelMemberInput: ChatChannelMemberInput;
  ChatChannelMemberPage: ResolverTypeWrapper<ChatChannelMemberPage>;
  ChatChannelPage: ResolverTypeWrapper<Omit<ChatChannelPage, 'data'> & { data: Array<ResolversTypes['ChatChannel']> }>;
  ChatMarkReadResult: ResolverTypeWrapper<ChatMarkReadResult>;
  ChatMemberResult: ResolverTypeWrapper<ChatMemberResult>;
  ChatMessage: ResolverTypeWrapper<ChatMessageModel>;
  ChatMessageEvent: ResolverTypeWrapper<Omit<ChatMessageEvent, 'message'> & { message: ResolversTypes['ChatMessage'] }>;
  ChatMessagePage: ResolverTypeWrapper<Omit<ChatMessagePage, 'data'> & { data: Array<ResolversTypes['ChatMessage']> }>;
  ChatMessagePagination: ResolverTypeWrapper<ChatMessagePagination>;
  ChatReaction: ResolverTypeWrapper<ChatReaction>;
  ChatReactionInput: ChatReactionInput;
  ChatReactionResult: ResolverTypeWrapper<ChatReactionResult>;
  ChatTypingInput: ChatTypingInput;
  ChatTypingResult: ResolverTypeWrapper<ChatTypingResult>;
  ChecklistItem: ResolverTypeWrapper<ChecklistItem>;
  ChecklistItemPage: ResolverTypeWrapper<ChecklistItemPage>;
  Client: ResolverTypeWrapper<ClientModel>;
  ClientPage: ResolverTypeWrapper<Omit<ClientPage, 'data'> & { data: Array<ResolversTypes['Client']> }>;
  CreateChatChannelInput: CreateChatChannelInput;
  CreateChecklistItemInput: CreateChecklistItemInput;
  CreateClientInput: CreateClientInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateLabelInput: CreateLabelInput;
  CreateMilestoneInput: CreateMilestoneInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePersonalAccessTokenInput: CreatePersonalAccessTokenInput;
  CreateProjectInput: CreateProjectInput;
  CreateTaskGroupInput: CreateTaskGroupInput;
  CreateTaskInput: CreateTaskInput;
  CreateTaskItemInput: CreateTaskItemInput;
  CreateTaskRecurrenceInput: CreateTaskRecurrenceInput;
  CreateTaskStatusDefinitionInput: CreateTaskStatusDefinitionInput;
  CreateTasksInput: CreateTasksInput;
  CreateTimeEntryInput: CreateTimeEntryInput;
  CurrentUser: ResolverTypeWrapper<CurrentUser>;
  DashboardSummary: ResolverTypeWrapper<Omit<DashboardSummary, 'running_timer'> & { running_timer?: Maybe<ResolversTypes['TimeEntry']> }>;
  DeleteChatMessageInput: DeleteChatMessageInput;
  DeleteChecklistItemInput: DeleteChecklistItemInput;
  DeleteClientInput: DeleteClientInput;
  DeleteInvoiceInput: DeleteInvoiceInput;
  DeleteLabelInput: DeleteLabelInput;
  DeleteMilestoneInput: DeleteMilestoneInput;
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeletePersonalAccessTokenInput: DeletePersonalAccessTokenInput;
  DeleteProjectInput: DeleteProjectInput;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  DeleteTaskCommentInput: DeleteTaskCommentInput;
  DeleteTaskGroupInput: DeleteTaskGroupInput;
  DeleteTaskInput: DeleteTaskInput;
  DeleteTaskRecurrenceInput: DeleteTaskRecurrenceInput;
  DeleteTaskStatusDefinitionInput: DeleteTaskStatusDefinitionInput;
  DeleteTimeEntryInput: DeleteTimeEntryInput;
  DependencyLink: ResolverTypeWrapper<DependencyLink>;
  EmailPreferences: ResolverTypeWrapper<EmailPreferences>;
  EmailPreferencesInput: EmailPreferencesInput;
  EntityChangedEvent: ResolverTypeWrapper<EntityChangedEvent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ForgotPasswordInput: ForgotPasswordInput;
  GenerateInvoiceInput: GenerateInvoiceInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<Invitation>;
  InviteMemberInput: InviteMemberInput;
  Invoice: ResolverTypeWrapper<InvoiceModel>;
  InvoiceGenerateResult: ResolverTypeWrapper<Omit<InvoiceGenerateResult, 'invoice'> & { invoice: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLine>;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePage: ResolverTypeWrapper<Omit<InvoicePage, 'data'> & { data: Array<ResolversTypes['Invoice']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: ResolverTypeWrapper<Label>;
  LabelPage: ResolverTypeWrapper<LabelPage>;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  MarkChatChannelReadInput: MarkChatChannelReadInput;
  MarkInvoicePaidInput: MarkInvoicePaidInput;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkReadResult: ResolverTypeWrapper<MarkReadResult>;
  Member: ResolverTypeWrapper<MemberModel>;
  MemberPage: ResolverTypeWrapper<Omit<MemberPage, 'data'> & { data: Array<ResolversTypes['Member']> }>;
  MemberPresence: ResolverTypeWrapper<MemberPresence>;
  MemberPresencePage: ResolverTypeWrapper<MemberPresencePage>;
  MessageResult: ResolverTypeWrapper<MessageResult>;
  Milestone: ResolverTypeWrapper<Milestone>;
  MilestonePage: ResolverTypeWrapper<MilestonePage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationPage: ResolverTypeWrapper<NotificationPage>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferences>;
  OpenDirectChatInput: OpenDirectChatInput;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationSettings: ResolverTypeWrapper<OrganizationSettings>;
  Pagination: ResolverTypeWrapper<Pagination>;
  PersonalAccessToken: ResolverTypeWrapper<PersonalAccessToken>;
  PersonalAccessTokenCreated: ResolverTypeWrapper<PersonalAccessTokenCreated>;
  Presence: ResolverTypeWrapper<Presence>;
  ProfitabilityFigures: ResolverTypeWrapper<ProfitabilityFigures>;
  ProfitabilityRow: ResolverTypeWrapper<ProfitabilityRow>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectMember: ResolverTypeWrapper<ProjectMemberModel>;
  ProjectMemberPage: ResolverTypeWrapper<Omit<ProjectMemberPage, 'data'> & { data: Array<ResolversTypes['ProjectMember']> }>;
  ProjectMemberRemoved: ResolverTypeWrapper<ProjectMemberRemoved>;
  ProjectPage: ResolverTypeWrapper<Omit<ProjectPage, 'data'> & { data: Array<ResolversTypes['Project']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshTokenInput: RefreshTokenInput;
  RegisterInput: RegisterInput;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: ResolverTypeWrapper<RemoveMemberResult>;
  RemoveProjectMemberInput: RemoveProjectMemberInput;
  RemoveTaskDependencyInput: RemoveTaskDependencyInput;
  ReorderTaskGroupsInput: ReorderTaskGroupsInput;
  ReorderTaskInput: ReorderTaskInput;
  ReportProfitability: ResolverTypeWrapper<ReportProfitability>;
  ReportRevenue: ResolverTypeWrapper<ReportRevenue>;
  ReportTimesheet: ResolverTypeWrapper<ReportTimesheet>;
  ReportUtilization: ResolverTypeWrapper<ReportUtilization>;
  ResetPasswordInput: ResetPasswordInput;
  RevenueFigures: ResolverTypeWrapper<RevenueFigures>;
  RevenueRow: ResolverTypeWrapper<RevenueRow>;
  SearchCounts: ResolverTypeWrapper<SearchCounts>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchResult: ResolverTypeWrapper<SearchResult>;
  SendChatMessageInput: SendChatMessageInput;
  SendInvoiceInput: SendInvoiceInput;
  SetPresenceInput: SetPresenceInput;
  SidebarCollapsed: ResolverTypeWrapper<SidebarCollapsed>;
  SidebarToggle: ResolverTypeWrapper<SidebarToggle>;
  StartTimerInput: StartTimerInput;
  StopTimerInput: StopTimerInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuccessResult: ResolverTypeWrapper<SuccessResult>;
  Task: ResolverTypeWrapper<TaskModel>;
  TaskComment: ResolverTypeWrapper<Omit<TaskComment, 'author'> & { author?: Maybe<ResolversTypes['User']> }>;
  TaskCommentPage: ResolverTypeWrapper<Omit<TaskCommentPage, 'data'> & { data: Array<ResolversTypes['TaskComment']> }>;
  TaskDependencies: ResolverTypeWrapper<TaskDependencies>;
  TaskDependency: ResolverTypeWrapper<TaskDependency>;
  TaskDependencyEdge: ResolverTypeWrapper<TaskDependencyEdge>;
  TaskGroup: ResolverTypeWrapper<TaskGroupModel>;
  TaskGroupCollapsed: ResolverTypeWrapper<TaskGroupCollapsed>;
  TaskGroupPage: ResolverTypeWrapper<Omit<TaskGroupPage, 'data'> & { data: Array<ResolversTypes['TaskGroup']> }>;
  TaskPage: ResolverTypeWrapper<Omit<TaskPage, 'data'> & { data: Array<ResolversTypes['Task']> }>;
  TaskRecurrence: ResolverTypeWrapper<TaskRecurrence>;
  TaskStatus: ResolverTypeWrapper<TaskStatus>;
  TaskStatusPage: ResolverTypeWrapper<TaskStatusPage>;
  TimeEntry: ResolverTypeWrapper<TimeEntryModel>;
  TimeEntryPage: ResolverTypeWrapper<Omit<TimeEntryPage, 'data'> & { data: Array<ResolversTypes['TimeEntry']> }>;
  TimerTimeEntry: ResolverTypeWrapper<TimerTimeEntry>;
  TimerUpdateEvent: ResolverTypeWrapper<TimerUpdateEvent>;
  TimesheetEntry: ResolverTypeWrapper<TimesheetEntry>;
  TimesheetGroup: ResolverTypeWrapper<TimesheetGroup>;
  TimesheetTotals: ResolverTypeWrapper<TimesheetTotals>;
  ToggleChecklistItemInput: ToggleChecklistItemInput;
  ToggleSidebarCollapsedInput: ToggleSidebarCollapsedInput;
  ToggleTaskGroupCollapsedInput: ToggleTaskGroupCollapsedInput;
  UpdateChatChannelInput: UpdateChatChannelInput;
  UpdateClientInput: UpdateClientInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateLabelInput: UpdateLabelInput;
  UpdateMemberInput: UpdateMemberInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectMemberInput: UpdateProjectMemberInput;
  UpdateTaskGroupInput: UpdateTaskGroupInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateTaskRecurrenceInput: UpdateTaskRecurrenceInput;
  UpdateTaskStatusDefinitionInput: UpdateTaskStatusDefinitionInput;
  UpdateTaskStatusInput: UpdateTaskStatusInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  User: ResolverTypeWrapper<UserModel>;
  UserPresenceEvent: ResolverTypeWrapper<UserPresenceEvent>;
  UserTypingEvent: ResolverTypeWrapper<UserTypingEvent>;
  UtilizationRow: ResolverTypeWrapper<UtilizationRow>;
  UtilizationTotals: ResolverTypeWrapper<UtilizationTotals>;
  WsTicket: ResolverTypeWrapper<WsTicket>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AddProjectMemberInput: AddProjectMemberInput;
  AddTaskCommentInput: AddTaskCommentInput;
  AddTaskDependencyInput: AddTaskDependencyInput;
  ArchiveChatChannelInput: ArchiveChatChannelInput;
  AuditEntry: AuditEntry;
  AuditLogPage: AuditLogPage;
  AuthTokens: AuthTokens;
  Boolean: Scalars['Boolean']['output'];
  ChatChannel: ChatChannelModel;
  ChatChannelMember: ChatChannelMember;
  ChatChannelMemberInput: ChatChannelMemberInput;
  ChatChannelMemberPage: ChatChannelMemberPage;
  ChatChannelPage: Omit<ChatChannelPage, 'data'> & { data: Array<ResolversParentTypes['ChatChannel']> };
  ChatMarkReadResult: ChatMarkReadResult;
  ChatMemberResult: ChatMemberResult;
  ChatMessage: ChatMessageModel;
  ChatMessageEvent: Omit<ChatMessageEvent, 'message'> & { message: ResolversParentTypes['ChatMessage'] };
  ChatMessagePage: Omit<ChatMessagePage, 'data'> & { data: Array<ResolversParentTypes['ChatMessage']> };
  ChatMessagePagination: ChatMessagePagination;
  ChatReaction: ChatReaction;
  ChatReactionInput: ChatReactionInput;
  ChatReactionResult: ChatReactionResult;
  ChatTypingInput: ChatTypingInput;
  ChatTypingResult: ChatTypingResult;
  ChecklistItem: ChecklistItem;
  ChecklistItemPage: ChecklistItemPage;
  Client: ClientModel;
  ClientPage: Omit<ClientPage, 'data'> & { data: Array<ResolversParentTypes['Client']> };
  CreateChatChannelInput: CreateChatChannelInput;
  CreateChecklistItemInput: CreateChecklistItemInput;
  CreateClientInput: CreateClientInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateLabelInput: CreateLabelInput;
  CreateMilestoneInput: CreateMilestoneInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreatePersonalAccessTokenInput: CreatePersonalAccessTokenInput;
  CreateProjectInput: CreateProjectInput;
  CreateTaskGroupInput: CreateTaskGroupInput;
  CreateTaskInput: CreateTaskInput;
  CreateTaskItemInput: CreateTaskItemInput;
  CreateTaskRecurrenceInput: CreateTaskRecurrenceInput;
  CreateTaskStatusDefinitionInput: CreateTaskStatusDefinitionInput;
  CreateTasksInput: CreateTasksInput;
  CreateTimeEntryInput: CreateTimeEntryInput;
  CurrentUser: CurrentUser;
  DashboardSummary: Omit<DashboardSummary, 'running_timer'> & { running_timer?: Maybe<ResolversParentTypes['TimeEntry']> };
  DeleteChatMessageInput: DeleteChatMessageInput;
  DeleteChecklistItemInput: DeleteChecklistItemInput;
  DeleteClientInput: DeleteClientInput;
  DeleteInvoiceInput: DeleteInvoiceInput;
  DeleteLabelInput: DeleteLabelInput;
  DeleteMilestoneInput: DeleteMilestoneInput;
  DeleteOrganizationInput: DeleteOrganizationInput;
  DeletePersonalAccessTokenInput: DeletePersonalAccessTokenInput;
  DeleteProjectInput: DeleteProjectInput;
  DeleteResult: DeleteResult;
  DeleteTaskCommentInput: DeleteTaskCommentInput;
  DeleteTaskGroupInput: DeleteTaskGroupInput;
  DeleteTaskInput: DeleteTaskInput;
  DeleteTaskRecurrenceInput: DeleteTaskRecurrenceInput;
  DeleteTaskStatusDefinitionInput: DeleteTaskStatusDefinitionInput;
  DeleteTimeEntryInput: DeleteTimeEntryInput;
  DependencyLink: DependencyLink;
  EmailPreferences: EmailPreferences;
  EmailPreferencesInput: EmailPreferencesInput;
  EntityChangedEvent: EntityChangedEvent;
  Float: Scalars['Float']['output'];
  ForgotPasswordInput: ForgotPasswordInput;
  GenerateInvoiceInput: GenerateInvoiceInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Invitation: Invitation;
  InviteMemberInput: InviteMemberInput;
  Invoice: InvoiceModel;
  InvoiceGenerateResult: Omit<InvoiceGenerateResult, 'invoice'> & { invoice: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLine;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePage: Omit<InvoicePage, 'data'> & { data: Array<ResolversParentTypes['Invoice']> };
  JSON: Scalars['JSON']['output'];
  Label: Label;
  LabelPage: LabelPage;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  MarkChatChannelReadInput: MarkChatChannelReadInput;
  MarkInvoicePaidInput: MarkInvoicePaidInput;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkReadResult: MarkReadResult;
  Member: MemberModel;
  MemberPage: Omit<MemberPage, 'data'> & { data: Array<ResolversParentTypes['Member']> };
  MemberPresence: MemberPresence;
  MemberPresencePage: MemberPresencePage;
  MessageResult: MessageResult;
  Milestone: Milestone;
  MilestonePage: MilestonePage;
  Mutation: Record<PropertyKey, never>;
  Notification: Notification;
  NotificationPage: NotificationPage;
  NotificationPreferences: NotificationPreferences;
  OpenDirectChatInput: OpenDirectChatInput;
  Organization: OrganizationModel;
  OrganizationSettings: OrganizationSettings;
  Pagination: Pagination;
  PersonalAccessToken: PersonalAccessToken;
  PersonalAccessTokenCreated: PersonalAccessTokenCreated;
  Presence: Presence;
  ProfitabilityFigures: ProfitabilityFigures;
  ProfitabilityRow: ProfitabilityRow;
  Project: ProjectModel;
  ProjectMember: ProjectMemberModel;
  ProjectMemberPage: Omit<ProjectMemberPage, 'data'> & { data: Array<ResolversParentTypes['ProjectMember']> };
  ProjectMemberRemoved: ProjectMemberRemoved;
  ProjectPage: Omit<ProjectPage, 'data'> & { data: Array<ResolversParentTypes['Project']> };
  Query: Record<PropertyKey, never>;
  RefreshTokenInput: RefreshTokenInput;
  RegisterInput: RegisterInput;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: RemoveMemberResult;
  RemoveProjectMemberInput: RemoveProjectMemberInput;
  RemoveTaskDependencyInput: RemoveTaskDependencyInput;
  ReorderTaskGroupsInput: ReorderTaskGroupsInput;
  ReorderTaskInput: ReorderTaskInput;
  ReportProfitability: ReportProfitability;
  ReportRevenue: ReportRevenue;
  ReportTimesheet: ReportTimesheet;
  ReportUtilization: ReportUtilization;
  ResetPasswordInput: ResetPasswordInput;
  RevenueFigures: RevenueFigures;
  RevenueRow: RevenueRow;
  SearchCounts: SearchCounts;
  SearchHit: SearchHit;
  SearchResult: SearchResult;
  SendChatMessageInput: SendChatMessageInput;
  SendInvoiceInput: SendInvoiceInput;
  SetPresenceInput: SetPresenceInput;
  SidebarCollapsed: SidebarCollapsed;
  SidebarToggle: SidebarToggle;
  StartTimerInput: StartTimerInput;
  StopTimerInput: StopTimerInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SuccessResult: SuccessResult;
  Task: TaskModel;
  TaskComment: Omit<TaskComment, 'author'> & { author?: Maybe<ResolversParentTypes['User']> };
  TaskCommentPage: Omit<TaskCommentPage, 'data'> & { data: Array<ResolversParentTypes['TaskComment']> };
  TaskDependencies: TaskDependencies;
  TaskDependency: TaskDependency;
  TaskDependencyEdge: TaskDependencyEdge;
  TaskGroup: TaskGroupModel;
  TaskGroupCollapsed: TaskGroupCollapsed;
  TaskGroupPage: Omit<TaskGroupPage, 'data'> & { data: Array<ResolversParentTypes['TaskGroup']> };
  TaskPage: Omit<TaskPage, 'data'> & { data: Array<ResolversParentTypes['Task']> };
  TaskRecurrence: TaskRecurrence;
  TaskStatus: TaskStatus;
  TaskStatusPage: TaskStatusPage;
  TimeEntry: TimeEntryModel;
  TimeEntryPage: Omit<TimeEntryPage, 'data'> & { data: Array<ResolversParentTypes['TimeEntry']> };
  TimerTimeEntry: TimerTimeEntry;
  TimerUpdateEvent: TimerUpdateEvent;
  TimesheetEntry: TimesheetEntry;
  TimesheetGroup: TimesheetGroup;
  TimesheetTotals: TimesheetTotals;
  ToggleChecklistItemInput: ToggleChecklistItemInput;
  ToggleSidebarCollapsedInput: ToggleSidebarCollapsedInput;
  ToggleTaskGroupCollapsedInput: ToggleTaskGroupCollapsedInput;
  UpdateChatChannelInput: UpdateChatChannelInput;
  UpdateClientInput: UpdateClientInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateLabelInput: UpdateLabelInput;
  UpdateMemberInput: UpdateMemberInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  UpdateNotificationPreferencesInput: UpdateNotificationPreferencesInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectMemberInput: UpdateProjectMemberInput;
  UpdateTaskGroupInput: UpdateTaskGroupInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateTaskRecurrenceInput: UpdateTaskRecurrenceInput;
  UpdateTaskStatusDefinitionInput: UpdateTaskStatusDefinitionInput;
  UpdateTaskStatusInput: UpdateTaskStatusInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  User: UserModel;
  UserPresenceEvent: UserPresenceEvent;
  UserTypingEvent: UserTypingEvent;
  UtilizationRow: UtilizationRow;
  UtilizationTotals: UtilizationTotals;
  WsTicket: WsTicket;
}>;

export type ListSizeDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OperationDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type OperationDirectiveResolver<Result, Parent, ContextType = GraphContext, Args = OperationDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entity_type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pat_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  request_id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_agent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditLogPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditLogPage'] = ResolversParentTypes['AuditLogPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthTokensResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuthTokens'] = ResolversParentTypes['AuthTokens']> = ResolversObject<{
  access_token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expires_in?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refresh_token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token_type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['CurrentUser']>, ParentType, ContextType>;
}>;

export type ChatChannelResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatChannel'] = ResolversParentTypes['ChatChannel']> = ResolversObject<{
  archived_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  last_message?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  member_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ChatChannelMemberPage'], ParentType, ContextType, Partial<ChatChannelMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unread_count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChatChannelMemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatChannelMember'] = ResolversParentTypes['ChatChannelMember']> = ResolversObject<{
  joined_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChatChannelMemberPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatChannelMemberPage'] = ResolversParentTypes['ChatChannelMemberPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['ChatChannelMember']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type ChatChannelPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatChannelPage'] = ResolversParentTypes['ChatChannelPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['ChatChannel']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type ChatMarkReadResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMarkReadResult'] = ResolversParentTypes['ChatMarkReadResult']> = ResolversObject<{
  channel_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last_read_message_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unread_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChatMemberResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMemberResult'] = ResolversParentTypes['ChatMemberResult']> = ResolversObject<{
  channel_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChatMessageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMessage'] = ResolversParentTypes['ChatMessage']> = ResolversObject<{
  channel_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['ChatReaction']>, ParentType, ContextType>;
  reply_to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reply_to_message?: Resolver<Maybe<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user_name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ChatMessageEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMessageEvent'] = ResolversParentTypes['ChatMessageEvent']> = ResolversObject<{
  channel_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
}>;

export type ChatMessagePageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMessagePage'] = ResolversParentTypes['ChatMessagePage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['ChatMessagePagination'], ParentType, ContextType>;
}>;

export type ChatMessagePaginationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatMessagePagination'] = ResolversParentTypes['ChatMessagePagination']> = ResolversObject<{
  has_more?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  next_before?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ChatReactionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatReaction'] = ResolversParentTypes['ChatReaction']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emoji?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reacted_by_me?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  user_ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ChatReactionResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatReactionResult'] = ResolversParentTypes['ChatReactionResult']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['ChatReaction']>, ParentType, ContextType>;
}>;

export type ChatTypingResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChatTypingResult'] = ResolversParentTypes['ChatTypingResult']> = ResolversObject<{
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ChecklistItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChecklistItem'] = ResolversParentTypes['ChecklistItem']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completed_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completed_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChecklistItemPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChecklistItemPage'] = ResolversParentTypes['ChecklistItemPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoicePage']>, ParentType, ContextType, Partial<ClientInvoicesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectPage'], ParentType, ContextType, Partial<ClientProjectsArgs>>;
  tax_rate_bp?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClientPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ClientPage'] = ResolversParentTypes['ClientPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type CurrentUserResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurrentUser'] = ResolversParentTypes['CurrentUser']> = ResolversObject<{
  avatar_url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  default_org_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DashboardSummaryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DashboardSummary'] = ResolversParentTypes['DashboardSummary']> = ResolversObject<{
  done_tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  my_open_tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue_tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  running_timer?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total_tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tracked_secs_this_week?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  week_start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeleteResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DependencyLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DependencyLink'] = ResolversParentTypes['DependencyLink']> = ResolversObject<{
  dependency_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EmailPreferencesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EmailPreferences'] = ResolversParentTypes['EmailPreferences']> = ResolversObject<{
  task_assigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  task_status_changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EntityChangedEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EntityChangedEvent'] = ResolversParentTypes['EntityChangedEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  entity_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity_type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  accepted_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expires_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invited_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  client_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  client_name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  due_date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue_date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paid_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payment_method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sent_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subtotal_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tax_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tax_rate_bp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvoiceGenerateResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InvoiceGenerateResult'] = ResolversParentTypes['InvoiceGenerateResult']> = ResolversObject<{
  entries_linked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries_without_rate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
  lines_added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  amount_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity_secs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  time_entry_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  time_entry_ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  unit_price_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InvoicePageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['InvoicePage'] = ResolversParentTypes['InvoicePage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Label'] = ResolversParentTypes['Label']> = ResolversObject<{
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LabelPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LabelPage'] = ResolversParentTypes['LabelPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type MarkReadResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MarkReadResult'] = ResolversParentTypes['MarkReadResult']> = ResolversObject<{
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  cost_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  joined_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MemberPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MemberPage'] = ResolversParentTypes['MemberPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type MemberPresenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MemberPresence'] = ResolversParentTypes['MemberPresence']> = ResolversObject<{
  last_seen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MemberPresencePageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MemberPresencePage'] = ResolversParentTypes['MemberPresencePage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['MemberPresence']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type MessageResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MessageResult'] = ResolversParentTypes['MessageResult']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  done_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target_date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MilestonePageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MilestonePage'] = ResolversParentTypes['MilestonePage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  addChatChannelMember?: Resolver<ResolversTypes['ChatMemberResult'], ParentType, ContextType, RequireFields<MutationAddChatChannelMemberArgs, 'input'>>;
  addChatReaction?: Resolver<ResolversTypes['ChatReactionResult'], ParentType, ContextType, RequireFields<MutationAddChatReactionArgs, 'input'>>;
  addProjectMember?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType, RequireFields<MutationAddProjectMemberArgs, 'input'>>;
  addTaskComment?: Resolver<ResolversTypes['TaskComment'], ParentType, ContextType, RequireFields<MutationAddTaskCommentArgs, 'input'>>;
  addTaskDependency?: Resolver<ResolversTypes['TaskDependency'], ParentType, ContextType, RequireFields<MutationAddTaskDependencyArgs, 'input'>>;
  archiveChatChannel?: Resolver<ResolversTypes['ChatChannel'], ParentType, ContextType, RequireFields<MutationArchiveChatChannelArgs, 'input'>>;
  createChatChannel?: Resolver<ResolversTypes['ChatChannel'], ParentType, ContextType, RequireFields<MutationCreateChatChannelArgs, 'input'>>;
  createChecklistItem?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType, RequireFields<MutationCreateChecklistItemArgs, 'input'>>;
  createClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  createLabel?: Resolver<ResolversTypes['Label'], ParentType, ContextType, RequireFields<MutationCreateLabelArgs, 'input'>>;
  createMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationCreateMilestoneArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createPersonalAccessToken?: Resolver<ResolversTypes['PersonalAccessTokenCreated'], ParentType, ContextType, RequireFields<MutationCreatePersonalAccessTokenArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createTaskGroup?: Resolver<ResolversTypes['TaskGroup'], ParentType, ContextType, RequireFields<MutationCreateTaskGroupArgs, 'input'>>;
  createTaskRecurrence?: Resolver<ResolversTypes['TaskRecurrence'], ParentType, ContextType, RequireFields<MutationCreateTaskRecurrenceArgs, 'input'>>;
  createTaskStatusDefinition?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType, RequireFields<MutationCreateTaskStatusDefinitionArgs, 'input'>>;
  createTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<MutationCreateTasksArgs, 'input'>>;
  createTimeEntry?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType, RequireFields<MutationCreateTimeEntryArgs, 'input'>>;
  createWsTicket?: Resolver<ResolversTypes['WsTicket'], ParentType, ContextType>;
  deleteChatMessage?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteChatMessageArgs, 'input'>>;
  deleteChecklistItem?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteChecklistItemArgs, 'input'>>;
  deleteClient?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteClientArgs, 'input'>>;
  deleteInvoice?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteInvoiceArgs, 'input'>>;
  deleteLabel?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteLabelArgs, 'input'>>;
  deleteMilestone?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteMilestoneArgs, 'input'>>;
  deleteOrganization?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'input'>>;
  deletePersonalAccessToken?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeletePersonalAccessTokenArgs, 'input'>>;
  deleteProject?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'input'>>;
  deleteTask?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'input'>>;
  deleteTaskComment?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskCommentArgs, 'input'>>;
  deleteTaskGroup?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskGroupArgs, 'input'>>;
  deleteTaskRecurrence?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskRecurrenceArgs, 'input'>>;
  deleteTaskStatusDefinition?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTaskStatusDefinitionArgs, 'input'>>;
  deleteTimeEntry?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteTimeEntryArgs, 'input'>>;
  forgotPassword?: Resolver<ResolversTypes['MessageResult'], ParentType, ContextType, RequireFields<MutationForgotPasswordArgs, 'input'>>;
  generateInvoice?: Resolver<ResolversTypes['InvoiceGenerateResult'], ParentType, ContextType, RequireFields<MutationGenerateInvoiceArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthTokens'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['SuccessResult'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  markChatChannelRead?: Resolver<ResolversTypes['ChatMarkReadResult'], ParentType, ContextType, RequireFields<MutationMarkChatChannelReadArgs, 'input'>>;
  markInvoicePaid?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationMarkInvoicePaidArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkReadResult'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  openDirectChat?: Resolver<ResolversTypes['ChatChannel'], ParentType, ContextType, RequireFields<MutationOpenDirectChatArgs, 'input'>>;
  refreshToken?: Resolver<ResolversTypes['AuthTokens'], ParentType, ContextType, RequireFields<MutationRefreshTokenArgs, 'input'>>;
  register?: Resolver<ResolversTypes['AuthTokens'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removeChatChannelMember?: Resolver<ResolversTypes['ChatMemberResult'], ParentType, ContextType, RequireFields<MutationRemoveChatChannelMemberArgs, 'input'>>;
  removeChatReaction?: Resolver<ResolversTypes['ChatReactionResult'], ParentType, ContextType, RequireFields<MutationRemoveChatReactionArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberResult'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  removeProjectMember?: Resolver<ResolversTypes['ProjectMemberRemoved'], ParentType, ContextType, RequireFields<MutationRemoveProjectMemberArgs, 'input'>>;
  removeTaskDependency?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationRemoveTaskDependencyArgs, 'input'>>;
  reorderTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationReorderTaskArgs, 'input'>>;
  reorderTaskGroups?: Resolver<Array<ResolversTypes['TaskGroup']>, ParentType, ContextType, RequireFields<MutationReorderTaskGroupsArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['MessageResult'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  sendChatMessage?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationSendChatMessageArgs, 'input'>>;
  sendChatTyping?: Resolver<ResolversTypes['ChatTypingResult'], ParentType, ContextType, RequireFields<MutationSendChatTypingArgs, 'input'>>;
  sendInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationSendInvoiceArgs, 'input'>>;
  setPresence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, RequireFields<MutationSetPresenceArgs, 'input'>>;
  startTimer?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType, Partial<MutationStartTimerArgs>>;
  stopTimer?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType, Partial<MutationStopTimerArgs>>;
  toggleChecklistItem?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType, RequireFields<MutationToggleChecklistItemArgs, 'input'>>;
  toggleSidebarCollapsed?: Resolver<ResolversTypes['SidebarToggle'], ParentType, ContextType, RequireFields<MutationToggleSidebarCollapsedArgs, 'input'>>;
  toggleTaskGroupCollapsed?: Resolver<ResolversTypes['TaskGroupCollapsed'], ParentType, ContextType, RequireFields<MutationToggleTaskGroupCollapsedArgs, 'input'>>;
  updateChatChannel?: Resolver<ResolversTypes['ChatChannel'], ParentType, ContextType, RequireFields<MutationUpdateChatChannelArgs, 'input'>>;
  updateClient?: Resolver<ResolversTypes['Client'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'input'>>;
  updateInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationUpdateInvoiceArgs, 'input'>>;
  updateLabel?: Resolver<ResolversTypes['Label'], ParentType, ContextType, RequireFields<MutationUpdateLabelArgs, 'input'>>;
  updateMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationUpdateMemberArgs, 'input'>>;
  updateMilestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'input'>>;
  updateProjectMember?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType, RequireFields<MutationUpdateProjectMemberArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'input'>>;
  updateTaskGroup?: Resolver<ResolversTypes['TaskGroup'], ParentType, ContextType, RequireFields<MutationUpdateTaskGroupArgs, 'input'>>;
  updateTaskRecurrence?: Resolver<ResolversTypes['TaskRecurrence'], ParentType, ContextType, RequireFields<MutationUpdateTaskRecurrenceArgs, 'input'>>;
  updateTaskStatus?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUpdateTaskStatusArgs, 'input'>>;
  updateTaskStatusDefinition?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType, RequireFields<MutationUpdateTaskStatusDefinitionArgs, 'input'>>;
  updateTimeEntry?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType, RequireFields<MutationUpdateTimeEntryArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  actor_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  actor_name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity_type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  read_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationPage'] = ResolversParentTypes['NotificationPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
  unread_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationPreferencesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  email?: Resolver<ResolversTypes['EmailPreferences'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberPage'], ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['OrganizationSettings'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganizationSettingsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OrganizationSettings'] = ResolversParentTypes['OrganizationSettings']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaginationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Pagination'] = ResolversParentTypes['Pagination']> = ResolversObject<{
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  per_page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total_pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonalAccessTokenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonalAccessToken'] = ResolversParentTypes['PersonalAccessToken']> = ResolversObject<{
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expires_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last_used_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token_prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalAccessTokenCreatedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PersonalAccessTokenCreated'] = ResolversParentTypes['PersonalAccessTokenCreated']> = ResolversObject<{
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expires_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last_used_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token_prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PresenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Presence'] = ResolversParentTypes['Presence']> = ResolversObject<{
  last_seen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProfitabilityFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProfitabilityFigures'] = ResolversParentTypes['ProfitabilityFigures']> = ResolversObject<{
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entries_without_client_rate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries_without_cost_rate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  margin_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  margin_pct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenue_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs_without_client_rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs_without_cost_rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProfitabilityRowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProfitabilityRow'] = ResolversParentTypes['ProfitabilityRow']> = ResolversObject<{
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entries_without_client_rate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries_without_cost_rate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  margin_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  margin_pct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenue_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs_without_client_rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secs_without_cost_rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  client_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hourly_rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ProjectMemberPage'], ParentType, ContextType, Partial<ProjectMembersArgs>>;
  milestones?: Resolver<ResolversTypes['MilestonePage'], ParentType, ContextType, Partial<ProjectMilestonesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  task_groups?: Resolver<ResolversTypes['TaskGroupPage'], ParentType, ContextType, Partial<ProjectTask_GroupsArgs>>;
  tasks?: Resolver<ResolversTypes['TaskPage'], ParentType, ContextType, Partial<ProjectTasksArgs>>;
  time_entries?: Resolver<ResolversTypes['TimeEntryPage'], ParentType, ContextType, Partial<ProjectTime_EntriesArgs>>;
  total_hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ungrouped_tasks?: Resolver<ResolversTypes['TaskPage'], ParentType, ContextType, Partial<ProjectUngrouped_TasksArgs>>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProjectMemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProjectMember'] = ResolversParentTypes['ProjectMember']> = ResolversObject<{
  cost_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectMemberPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProjectMemberPage'] = ResolversParentTypes['ProjectMemberPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['ProjectMember']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type ProjectMemberRemovedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProjectMemberRemoved'] = ResolversParentTypes['ProjectMemberRemoved']> = ResolversObject<{
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProjectPage'] = ResolversParentTypes['ProjectPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  allTaskDependencies?: Resolver<Array<ResolversTypes['TaskDependencyEdge']>, ParentType, ContextType, Partial<QueryAllTaskDependenciesArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditLogPage'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  chatChannels?: Resolver<ResolversTypes['ChatChannelPage'], ParentType, ContextType, Partial<QueryChatChannelsArgs>>;
  chatMessages?: Resolver<ResolversTypes['ChatMessagePage'], ParentType, ContextType, RequireFields<QueryChatMessagesArgs, 'channelId'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clients?: Resolver<ResolversTypes['ClientPage'], ParentType, ContextType, Partial<QueryClientsArgs>>;
  currentTimer?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType, Partial<QueryCurrentTimerArgs>>;
  dashboardSummary?: Resolver<ResolversTypes['DashboardSummary'], ParentType, ContextType, Partial<QueryDashboardSummaryArgs>>;
  invoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoicePage'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
  labels?: Resolver<ResolversTypes['LabelPage'], ParentType, ContextType, Partial<QueryLabelsArgs>>;
  me?: Resolver<ResolversTypes['CurrentUser'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberPage'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  milestones?: Resolver<ResolversTypes['MilestonePage'], ParentType, ContextType, RequireFields<QueryMilestonesArgs, 'projectId'>>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationPage'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  personalAccessTokens?: Resolver<Array<ResolversTypes['PersonalAccessToken']>, ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['MemberPresencePage'], ParentType, ContextType, Partial<QueryPresenceArgs>>;
  profitabilityReport?: Resolver<ResolversTypes['ReportProfitability'], ParentType, ContextType, RequireFields<QueryProfitabilityReportArgs, 'from' | 'to'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectMembers?: Resolver<ResolversTypes['ProjectMemberPage'], ParentType, ContextType, RequireFields<QueryProjectMembersArgs, 'projectId'>>;
  projects?: Resolver<ResolversTypes['ProjectPage'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  revenueReport?: Resolver<ResolversTypes['ReportRevenue'], ParentType, ContextType, RequireFields<QueryRevenueReportArgs, 'from' | 'to'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'q'>>;
  sidebarCollapsed?: Resolver<ResolversTypes['SidebarCollapsed'], ParentType, ContextType, Partial<QuerySidebarCollapsedArgs>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  taskChecklist?: Resolver<ResolversTypes['ChecklistItemPage'], ParentType, ContextType, RequireFields<QueryTaskChecklistArgs, 'taskId'>>;
  taskComments?: Resolver<ResolversTypes['TaskCommentPage'], ParentType, ContextType, RequireFields<QueryTaskCommentsArgs, 'taskId'>>;
  taskDependencies?: Resolver<ResolversTypes['TaskDependencies'], ParentType, ContextType, RequireFields<QueryTaskDependenciesArgs, 'taskId'>>;
  taskGroups?: Resolver<ResolversTypes['TaskGroupPage'], ParentType, ContextType, RequireFields<QueryTaskGroupsArgs, 'projectId'>>;
  taskRecurrence?: Resolver<ResolversTypes['TaskRecurrence'], ParentType, ContextType, RequireFields<QueryTaskRecurrenceArgs, 'recurrenceId'>>;
  taskStatuses?: Resolver<ResolversTypes['TaskStatusPage'], ParentType, ContextType, Partial<QueryTaskStatusesArgs>>;
  tasks?: Resolver<ResolversTypes['TaskPage'], ParentType, ContextType, Partial<QueryTasksArgs>>;
  timeEntries?: Resolver<ResolversTypes['TimeEntryPage'], ParentType, ContextType, Partial<QueryTimeEntriesArgs>>;
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType, RequireFields<QueryTimeEntryArgs, 'id'>>;
  timesheetReport?: Resolver<ResolversTypes['ReportTimesheet'], ParentType, ContextType, RequireFields<QueryTimesheetReportArgs, 'from' | 'to'>>;
  utilizationReport?: Resolver<ResolversTypes['ReportUtilization'], ParentType, ContextType, RequireFields<QueryUtilizationReportArgs, 'from' | 'to'>>;
}>;

export type RemoveMemberResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RemoveMemberResult'] = ResolversParentTypes['RemoveMemberResult']> = ResolversObject<{
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ReportProfitabilityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReportProfitability'] = ResolversParentTypes['ReportProfitability']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group_by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProfitabilityRow']>, ParentType, ContextType>;
  rows_total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ProfitabilityFigures'], ParentType, ContextType>;
}>;

export type ReportRevenueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReportRevenue'] = ResolversParentTypes['ReportRevenue']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group_by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RevenueRow']>, ParentType, ContextType>;
  rows_total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['RevenueFigures']>, ParentType, ContextType>;
}>;

export type ReportTimesheetResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReportTimesheet'] = ResolversParentTypes['ReportTimesheet']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['TimesheetEntry']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group_by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['TimesheetGroup']>>, ParentType, ContextType>;
  groups_total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['TimesheetTotals'], ParentType, ContextType>;
}>;

export type ReportUtilizationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReportUtilization'] = ResolversParentTypes['ReportUtilization']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
  rounding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['UtilizationRow']>, ParentType, ContextType>;
  target_rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['UtilizationTotals'], ParentType, ContextType>;
  working_days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RevenueFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RevenueFigures'] = ResolversParentTypes['RevenueFigures']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invoice_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invoiced_subtotal_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  invoiced_tax_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  invoiced_total_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unbilled_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unbilled_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RevenueRowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RevenueRow'] = ResolversParentTypes['RevenueRow']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invoice_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  invoiced_subtotal_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  invoiced_tax_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  invoiced_total_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unbilled_cents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unbilled_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchCountsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchCounts'] = ResolversParentTypes['SearchCounts']> = ResolversObject<{
  chat_message?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  task_comment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  channel_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  client_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['SearchCounts'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SidebarCollapsedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SidebarCollapsed'] = ResolversParentTypes['SidebarCollapsed']> = ResolversObject<{
  project_ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SidebarToggleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SidebarToggle'] = ResolversParentTypes['SidebarToggle']> = ResolversObject<{
  collapsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  chatMessage?: SubscriptionResolver<ResolversTypes['ChatMessageEvent'], "chatMessage", ParentType, ContextType, Partial<SubscriptionChatMessageArgs>>;
  entityChanged?: SubscriptionResolver<ResolversTypes['EntityChangedEvent'], "entityChanged", ParentType, ContextType, Partial<SubscriptionEntityChangedArgs>>;
  notificationCreated?: SubscriptionResolver<ResolversTypes['Notification'], "notificationCreated", ParentType, ContextType, Partial<SubscriptionNotificationCreatedArgs>>;
  timerUpdate?: SubscriptionResolver<ResolversTypes['TimerUpdateEvent'], "timerUpdate", ParentType, ContextType>;
  userPresence?: SubscriptionResolver<ResolversTypes['UserPresenceEvent'], "userPresence", ParentType, ContextType, Partial<SubscriptionUserPresenceArgs>>;
  userTyping?: SubscriptionResolver<ResolversTypes['UserTypingEvent'], "userTyping", ParentType, ContextType, Partial<SubscriptionUserTypingArgs>>;
}>;

export type SuccessResultResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SuccessResult'] = ResolversParentTypes['SuccessResult']> = ResolversObject<{
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  assignee_ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  assignees?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  checklist?: Resolver<ResolversTypes['ChecklistItemPage'], ParentType, ContextType, Partial<TaskChecklistArgs>>;
  comment_count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['TaskCommentPage'], ParentType, ContextType, Partial<TaskCommentsArgs>>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dependencies?: Resolver<ResolversTypes['TaskDependencies'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  due_date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimated_hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['TaskGroup']>, ParentType, ContextType>;
  group_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label_ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  milestone_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['TaskRecurrence']>, ParentType, ContextType>;
  recurrence_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source_recurrence_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  start_date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskCommentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskComment'] = ResolversParentTypes['TaskComment']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  author_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskCommentPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskCommentPage'] = ResolversParentTypes['TaskCommentPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['TaskComment']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type TaskDependenciesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskDependencies'] = ResolversParentTypes['TaskDependencies']> = ResolversObject<{
  blocked_by?: Resolver<Array<ResolversTypes['DependencyLink']>, ParentType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['DependencyLink']>, ParentType, ContextType>;
}>;

export type TaskDependencyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskDependency'] = ResolversParentTypes['TaskDependency']> = ResolversObject<{
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  depends_on_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TaskDependencyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskDependencyEdge'] = ResolversParentTypes['TaskDependencyEdge']> = ResolversObject<{
  depends_on_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TaskGroupResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskGroup'] = ResolversParentTypes['TaskGroup']> = ResolversObject<{
  collapsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  project_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskPage'], ParentType, ContextType, Partial<TaskGroupTasksArgs>>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskGroupCollapsedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskGroupCollapsed'] = ResolversParentTypes['TaskGroupCollapsed']> = ResolversObject<{
  collapsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  group_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TaskGroupPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskGroupPage'] = ResolversParentTypes['TaskGroupPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['TaskGroup']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type TaskPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskPage'] = ResolversParentTypes['TaskPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type TaskRecurrenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskRecurrence'] = ResolversParentTypes['TaskRecurrence']> = ResolversObject<{
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_by?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last_run_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  next_run_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurrences_created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recurrence_pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskStatusResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskStatus'] = ResolversParentTypes['TaskStatus']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskStatusPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TaskStatusPage'] = ResolversParentTypes['TaskStatusPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['TaskStatus']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type TimeEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = ResolversObject<{
  amount_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cost_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  duration_secs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  effective_hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  effective_rate_source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  org_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start_time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  started_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stopped_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  task_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updated_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TimeEntryPageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimeEntryPage'] = ResolversParentTypes['TimeEntryPage']> = ResolversObject<{
  data?: Resolver<Array<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  pagination?: Resolver<ResolversTypes['Pagination'], ParentType, ContextType>;
}>;

export type TimerTimeEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimerTimeEntry'] = ResolversParentTypes['TimerTimeEntry']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration_secs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  start_time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  started_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stopped_at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TimerUpdateEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimerUpdateEvent'] = ResolversParentTypes['TimerUpdateEvent']> = ResolversObject<{
  running?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  time_entry?: Resolver<ResolversTypes['TimerTimeEntry'], ParentType, ContextType>;
}>;

export type TimesheetEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimesheetEntry'] = ResolversParentTypes['TimesheetEntry']> = ResolversObject<{
  amount_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  client_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration_secs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effective_hourly_rate_cents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  project_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  project_name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  started_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stopped_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task_id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  task_title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user_name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TimesheetGroupResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimesheetGroup'] = ResolversParentTypes['TimesheetGroup']> = ResolversObject<{
  amount_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TimesheetTotalsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TimesheetTotals'] = ResolversParentTypes['TimesheetTotals']> = ResolversObject<{
  amount_cents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  avatar_url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created_at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserPresenceEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserPresenceEvent'] = ResolversParentTypes['UserPresenceEvent']> = ResolversObject<{
  last_seen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserTypingEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UserTypingEvent'] = ResolversParentTypes['UserTypingEvent']> = ResolversObject<{
  channel_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user_name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UtilizationRowResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UtilizationRow'] = ResolversParentTypes['UtilizationRow']> = ResolversObject<{
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tracked_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user_id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user_name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type UtilizationTotalsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UtilizationTotals'] = ResolversParentTypes['UtilizationTotals']> = ResolversObject<{
  billable_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tracked_secs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type WsTicketResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WsTicket'] = ResolversParentTypes['WsTicket']> = ResolversObject<{
  expires_in?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditLogPage?: AuditLogPageResolvers<ContextType>;
  AuthTokens?: AuthTokensResolvers<ContextType>;
  ChatChannel?: ChatChannelResolvers<ContextType>;
  ChatChannelMember?: ChatChannelMemberResolvers<ContextType>;
  ChatChannelMemberPage?: ChatChannelMemberPageResolvers<ContextType>;
  ChatChannelPage?: ChatChannelPageResolvers<ContextType>;
  ChatMarkReadResult?: ChatMarkReadResultResolvers<ContextType>;
  ChatMemberResult?: ChatMemberResultResolvers<ContextType>;
  ChatMessage?: ChatMessageResolvers<ContextType>;
  ChatMessageEvent?: ChatMessageEventResolvers<ContextType>;
  ChatMessagePage?: ChatMessagePageResolvers<ContextType>;
  ChatMessagePagination?: ChatMessagePaginationResolvers<ContextType>;
  ChatReaction?: ChatReactionResolvers<ContextType>;
  ChatReactionResult?: ChatReactionResultResolvers<ContextType>;
  ChatTypingResult?: ChatTypingResultResolvers<ContextType>;
  ChecklistItem?: ChecklistItemResolvers<ContextType>;
  ChecklistItemPage?: ChecklistItemPageResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientPage?: ClientPageResolvers<ContextType>;
  CurrentUser?: CurrentUserResolvers<ContextType>;
  DashboardSummary?: DashboardSummaryResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  DependencyLink?: DependencyLinkResolvers<ContextType>;
  EmailPreferences?: EmailPreferencesResolvers<ContextType>;
  EntityChangedEvent?: EntityChangedEventResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceGenerateResult?: InvoiceGenerateResultResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoicePage?: InvoicePageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Label?: LabelResolvers<ContextType>;
  LabelPage?: LabelPageResolvers<ContextType>;
  MarkReadResult?: MarkReadResultResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberPage?: MemberPageResolvers<ContextType>;
  MemberPresence?: MemberPresenceResolvers<ContextType>;
  MemberPresencePage?: MemberPresencePageResolvers<ContextType>;
  MessageResult?: MessageResultResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestonePage?: MilestonePageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationPage?: NotificationPageResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationSettings?: OrganizationSettingsResolvers<ContextType>;
  Pagination?: PaginationResolvers<ContextType>;
  PersonalAccessToken?: PersonalAccessTokenResolvers<ContextType>;
  PersonalAccessTokenCreated?: PersonalAccessTokenCreatedResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  ProfitabilityFigures?: ProfitabilityFiguresResolvers<ContextType>;
  ProfitabilityRow?: ProfitabilityRowResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectMember?: ProjectMemberResolvers<ContextType>;
  ProjectMemberPage?: ProjectMemberPageResolvers<ContextType>;
  ProjectMemberRemoved?: ProjectMemberRemovedResolvers<ContextType>;
  ProjectPage?: ProjectPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveMemberResult?: RemoveMemberResultResolvers<ContextType>;
  ReportProfitability?: ReportProfitabilityResolvers<ContextType>;
  ReportRevenue?: ReportRevenueResolvers<ContextType>;
  ReportTimesheet?: ReportTimesheetResolvers<ContextType>;
  ReportUtilization?: ReportUtilizationResolvers<ContextType>;
  RevenueFigures?: RevenueFiguresResolvers<ContextType>;
  RevenueRow?: RevenueRowResolvers<ContextType>;
  SearchCounts?: SearchCountsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SidebarCollapsed?: SidebarCollapsedResolvers<ContextType>;
  SidebarToggle?: SidebarToggleResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuccessResult?: SuccessResultResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskComment?: TaskCommentResolvers<ContextType>;
  TaskCommentPage?: TaskCommentPageResolvers<ContextType>;
  TaskDependencies?: TaskDependenciesResolvers<ContextType>;
  TaskDependency?: TaskDependencyResolvers<ContextType>;
  TaskDependencyEdge?: TaskDependencyEdgeResolvers<ContextType>;
  TaskGroup?: TaskGroupResolvers<ContextType>;
  TaskGroupCollapsed?: TaskGroupCollapsedResolvers<ContextType>;
  TaskGroupPage?: TaskGroupPageResolvers<ContextType>;
  TaskPage?: TaskPageResolvers<ContextType>;
  TaskRecurrence?: TaskRecurrenceResolvers<ContextType>;
  TaskStatus?: TaskStatusResolvers<ContextType>;
  TaskStatusPage?: TaskStatusPageResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  TimeEntryPage?: TimeEntryPageResolvers<ContextType>;
  TimerTimeEntry?: TimerTimeEntryResolvers<ContextType>;
  TimerUpdateEvent?: TimerUpdateEventResolvers<ContextType>;
  TimesheetEntry?: TimesheetEntryResolvers<ContextType>;
  TimesheetGroup?: TimesheetGroupResolvers<ContextType>;
  TimesheetTotals?: TimesheetTotalsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPresenceEvent?: UserPresenceEventResolvers<ContextType>;
  UserTypingEvent?: UserTypingEventResolvers<ContextType>;
  UtilizationRow?: UtilizationRowResolvers<ContextType>;
  UtilizationTotals?: UtilizationTotalsResolvers<ContextType>;
  WsTicket?: WsTicketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GraphContext> = ResolversObject<{
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  operation?: OperationDirectiveResolver<any, any, ContextType>;
}>;
