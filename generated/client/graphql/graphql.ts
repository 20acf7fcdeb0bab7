// Generated from specs/graphql/operations/*.graphql (graphql-codegen) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Input of `addProjectMember`. */
export type AddProjectMemberInput = {
  /** Cost rate on this project, minor units per hour (0 to 100000000); needs `view_rates` too. */
  cost_rate_cents?: number | null | undefined;
  /** Client rate on this project, minor units per hour (0 to 100000000); needs `view_rates` too. */
  hourly_rate_cents?: number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** `lead` or `member` (default `member`). */
  role?: string | null | undefined;
  /** A member of the organization (`usr_…`). */
  user_id: string | number;
};

/** Input of `addTaskComment`. */
export type AddTaskCommentInput = {
  /** The comment's text, 1 to 10,000 characters. */
  body: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Task id (`tsk_…`). */
  task_id: string | number;
};

/** Input of `addTaskDependency`. */
export type AddTaskDependencyInput = {
  /** `blocked_by` (the task waits for `depends_on_id`) or `blocks` (the reverse). */
  dependency_type: string;
  /** The other task (`tsk_…`). */
  depends_on_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Task id (`tsk_…`). */
  task_id: string | number;
};

/** Input of `archiveChatChannel`. */
export type ArchiveChatChannelInput = {
  /** Channel id (`ch_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `addChatChannelMember` and `removeChatChannelMember`. */
export type ChatChannelMemberInput = {
  /** Channel id (`ch_…`). */
  channel_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** The member (`usr_…`); yourself to join or leave. */
  user_id: string | number;
};

/** Input of `addChatReaction` and `removeChatReaction`. */
export type ChatReactionInput = {
  /** One emoji or a `:shortcode:` (at most 32 characters). */
  emoji: string;
  /** Message id (`msg_…`). */
  message_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `sendChatTyping`. */
export type ChatTypingInput = {
  /** Channel id (`ch_…`). */
  channel_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `createChatChannel`. */
export type CreateChatChannelInput = {
  /** `public` or `private`. */
  kind: string;
  /** Other members to add at once (`usr_…`). */
  member_ids?: Array<string | number> | null | undefined;
  /** Channel name, 1 to 80 characters. */
  name: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Link to a project you may see (`prj_…`). */
  project_id?: string | number | null | undefined;
  /** What the channel is about, up to 500 characters. */
  topic?: string | null | undefined;
};

/** Input of `createChecklistItem`. */
export type CreateChecklistItemInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Task id (`tsk_…`). */
  task_id: string | number;
  /** What is to be done, 1 to 500 characters. */
  title: string;
};

/** Input of `createClient`. */
export type CreateClientInput = {
  /** Postal address, up to 1000 characters. */
  address?: string | null | undefined;
  /** ISO 4217 currency code; `null` = the organization's. */
  currency?: string | null | undefined;
  /** Address invoices are sent to (a valid email address). */
  email?: string | null | undefined;
  /** Client name, 1 to 200 characters. */
  name: string;
  /** Internal notes, up to 5000 characters. */
  notes?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Saved tax rate in basis points, 0 to 10000 (`1900` = 19 %). */
  tax_rate_bp?: number | null | undefined;
};

/** Input of `createInvoice`. */
export type CreateInvoiceInput = {
  /** The client to bill (`cli_…`). */
  client_id: string | number;
  /** ISO 4217; default the client's, else the organization's. */
  currency?: string | null | undefined;
  /** Due date (`YYYY-MM-DD`). */
  due_date: string;
  /** Issue date (`YYYY-MM-DD`); default today (organization time zone). */
  issue_date?: string | null | undefined;
  /** Custom lines (at most 500). */
  lines?: Array<InvoiceLineInput> | null | undefined;
  /** Free text printed on the invoice. */
  notes?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Tax rate in basis points; default the client's saved rate, else 0. */
  tax_rate_bp?: number | null | undefined;
};

/** Input of `createLabel`. */
export type CreateLabelInput = {
  /** Display color `#rrggbb`. */
  color: string;
  /** Label name, 1 to 50 characters, unique regardless of case. */
  name: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `createMilestone`. */
export type CreateMilestoneInput = {
  /** Display color `#rrggbb` (default `#6366f1`). */
  color?: string | null | undefined;
  /** Free text, up to 10000 characters. */
  description?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** Target date `YYYY-MM-DD`. */
  target_date: string;
  /** Short title, 1 to 200 characters. */
  title: string;
};

/** Input of `createProject`. */
export type CreateProjectInput = {
  /** Billable by default (default `true`). */
  billable?: boolean | null | undefined;
  /** Client (`cli_…`). */
  client_id?: string | number | null | undefined;
  /** Display color `#rrggbb`. */
  color?: string | null | undefined;
  /** Free text, up to 10000 characters. */
  description?: string | null | undefined;
  /** Hourly rate in minor units, 0 to 100000000. */
  hourly_rate_cents?: number | null | undefined;
  /** Project name, 1 to 200 characters. */
  name: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `active` (default) or `archived`. */
  status?: string | null | undefined;
  /** `organization` (default) or `members` (its creator becomes a `lead` project member). */
  visibility?: string | null | undefined;
};

/** Input of `createTaskGroup`. */
export type CreateTaskGroupInput = {
  /** Group name, 1 to 200 characters. */
  name: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `createTask`. */
export type CreateTaskInput = {
  /** Members to assign (`usr_…`), at most 20, no duplicates. */
  assignee_ids?: Array<string | number> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Due date `YYYY-MM-DD`. */
  due_date?: string | null | undefined;
  /** Estimated effort in hours, 0 to 100000. */
  estimated_hours?: number | null | undefined;
  /** Task group of the same project (`grp_…`); the task goes last in it. */
  group_id?: string | number | null | undefined;
  /** Labels to put on the task (`lbl_…`), at most 20. */
  label_ids?: Array<string | number> | null | undefined;
  /** Milestone of the same project (`mst_…`). */
  milestone_id?: string | number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `low`, `medium` (default), `high` or `urgent`. */
  priority?: string | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** Planned start `YYYY-MM-DD`, on or before `due_date`. */
  start_date?: string | null | undefined;
  /** `open` (default), `in_progress`, `review`, `done` or `cancelled`. */
  status?: string | null | undefined;
  /** Short title, 1 to 500 characters. */
  title: string;
};

/** One task of `createTasks`: the fields of `CreateTaskInput`. */
export type CreateTaskItemInput = {
  /** Members to assign (`usr_…`), at most 20. */
  assignee_ids?: Array<string | number> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Due date `YYYY-MM-DD`. */
  due_date?: string | null | undefined;
  /** Estimated effort in hours, 0 to 100000. */
  estimated_hours?: number | null | undefined;
  /** Task group of the same project (`grp_…`). */
  group_id?: string | number | null | undefined;
  /** Labels (`lbl_…`), at most 20. */
  label_ids?: Array<string | number> | null | undefined;
  /** Milestone of the same project (`mst_…`). */
  milestone_id?: string | number | null | undefined;
  /** `low`, `medium` (default), `high` or `urgent`. */
  priority?: string | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** Planned start `YYYY-MM-DD`, on or before `due_date`. */
  start_date?: string | null | undefined;
  /** Status code (default `open`). */
  status?: string | null | undefined;
  /** Short title, 1 to 500 characters. */
  title: string;
};

/** Input of `createTaskRecurrence`. */
export type CreateTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `daily`, `weekly`, `monthly` or a five-field cron expression. */
  recurrence_pattern: string;
  /** Task (`tsk_…`). */
  task_id: string | number;
};

/** Input of `createTaskStatusDefinition`. */
export type CreateTaskStatusDefinitionInput = {
  /** `todo`, `in_progress`, `done` or `cancelled`. */
  category: string;
  /** What tasks will store in `status`: `^[a-z][a-z0-9_]{0,31}$`, unused in the organization. */
  code: string;
  /** Display color `#rrggbb`. */
  color: string;
  /** Name shown to people, 1 to 50 characters. */
  label: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** 0-based place among the statuses (default: last). */
  position?: number | null | undefined;
};

/** Input of `createTasks`. */
export type CreateTasksInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** 1 to 100 tasks, each as `createTask` takes it (without `org_id`). */
  tasks: Array<CreateTaskItemInput>;
};

/** Input of `deleteChatMessage`. */
export type DeleteChatMessageInput = {
  /** Channel id (`ch_…`). */
  channel_id: string | number;
  /** Message id (`msg_…`). */
  message_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteChecklistItem`. */
export type DeleteChecklistItemInput = {
  /** Checklist item id (`chk_…`). */
  item_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteClient`. */
export type DeleteClientInput = {
  /** Client id (`cli_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteInvoice`. */
export type DeleteInvoiceInput = {
  /** Invoice (`inv_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteLabel`. */
export type DeleteLabelInput = {
  /** Label id (`lbl_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteMilestone`. */
export type DeleteMilestoneInput = {
  /** Milestone id (`mst_…`). */
  milestone_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteTaskComment`. */
export type DeleteTaskCommentInput = {
  /** Comment id (`cmt_…`), a comment on that task. */
  comment_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Task id (`tsk_…`). */
  task_id: string | number;
};

/** Input of `deleteTaskGroup`. */
export type DeleteTaskGroupInput = {
  /** Task group of that project (`grp_…`). */
  group_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `deleteTask`. */
export type DeleteTaskInput = {
  /** Task id (`tsk_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `deleteTaskRecurrence`. */
export type DeleteTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Recurrence id (`rec_…`). */
  recurrence_id: string | number;
};

/** Input of `deleteTaskStatusDefinition`. */
export type DeleteTaskStatusDefinitionInput = {
  /** Task status id (`sts_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Code of another status to move the status's tasks to; required when tasks have it. */
  replace_with?: string | null | undefined;
};

/** Mail preferences to change; omitted types keep their value. */
export type EmailPreferencesInput = {
  /** Mail when someone else assigns you to a task. */
  task_assigned?: boolean | null | undefined;
  /** Mail when someone else changes the status of a task you created or are assigned to. */
  task_status_changed?: boolean | null | undefined;
};

/** Input of `generateInvoice`. */
export type GenerateInvoiceInput = {
  /** First day (`YYYY-MM-DD`). */
  from?: string | null | undefined;
  /** Invoice (`inv_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Last day, inclusive (`YYYY-MM-DD`); default today. */
  to?: string | null | undefined;
};

/** A custom line. */
export type InvoiceLineInput = {
  /** What is billed. */
  description: string;
  /** The project the line belongs to (`prj_…`). */
  project_id?: string | number | null | undefined;
  /** Decimal quantity ≥ 0 with at most 4 decimals, as a string (`"2.5"`). */
  quantity?: string | null | undefined;
  /** Whole seconds (a time line). */
  quantity_secs?: number | null | undefined;
  /** Price per unit (per hour with `quantity_secs`), minor units. */
  unit_price_cents: number;
};

/** Input of `markChatChannelRead`. */
export type MarkChatChannelReadInput = {
  /** Channel id (`ch_…`). */
  channel_id: string | number;
  /** A message of that channel (`msg_…`). */
  message_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `markInvoicePaid`. */
export type MarkInvoicePaidInput = {
  /** Invoice (`inv_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `bank_transfer`, `card`, `cash`, `paypal` or `other`. */
  payment_method?: string | null | undefined;
};

/** Input of `markNotificationsRead`. */
export type MarkNotificationsReadInput = {
  /** Notification ids (`ntf_…`), at most 100; omitted: all of yours in the organization. */
  ids?: Array<string | number> | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `openDirectChat`. */
export type OpenDirectChatInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Another member (`usr_…`). */
  user_id: string | number;
};

/** Input of `removeProjectMember`. */
export type RemoveProjectMemberInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** The project member's user id (`usr_…`). */
  user_id: string | number;
};

/** Input of `removeTaskDependency`. */
export type RemoveTaskDependencyInput = {
  /** Dependency id (`dep_…`). */
  dependency_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Task id (`tsk_…`), either end of the dependency. */
  task_id: string | number;
};

/** Input of `reorderTaskGroups`. */
export type ReorderTaskGroupsInput = {
  /** Every group id of the project (`grp_…`), each once, in the new order. */
  order: Array<string | number>;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `reorderTask`. */
export type ReorderTaskInput = {
  /** Destination group of the task's project (`grp_…`); `null`: ungrouped; omitted: stays in its group. */
  group_id?: string | number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** 0-based index among the tasks of the destination group after the move. */
  position: number;
  /** Task id (`tsk_…`). */
  task_id: string | number;
};

/** Input of `sendChatMessage`. */
export type SendChatMessageInput = {
  /** Channel id (`ch_…`). */
  channel_id: string | number;
  /** The text, 1 to 4,000 characters. */
  content: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** A message of the same channel this one answers (`msg_…`). */
  reply_to?: string | number | null | undefined;
};

/** Input of `sendInvoice`. */
export type SendInvoiceInput = {
  /** Invoice (`inv_…`). */
  id: string | number;
  /** A message to the client, in the mail's body. */
  message?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `setPresence`. */
export type SetPresenceInput = {
  /** `online` or `away`. */
  status: string;
};

/** Input of `startTimer`; everything is optional. */
export type StartTimerInput = {
  /** Billable (default: the project's flag, else `true`). */
  billable?: boolean | null | undefined;
  /** What you are working on, up to 2000 characters. */
  description?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`); with only `task_id`, the task's project. */
  project_id?: string | number | null | undefined;
  /** Task (`tsk_…`). */
  task_id?: string | number | null | undefined;
};

/** Input of `stopTimer`; without `entry_id`, your running timer is stopped. */
export type StopTimerInput = {
  /** Time entry to stop (`te_…`). */
  entry_id?: string | number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `toggleChecklistItem`. */
export type ToggleChecklistItemInput = {
  /** Checklist item id (`chk_…`). */
  item_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `toggleSidebarCollapsed`. */
export type ToggleSidebarCollapsedInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `toggleTaskGroupCollapsed`. */
export type ToggleTaskGroupCollapsedInput = {
  /** Task group of that project (`grp_…`). */
  group_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `updateChatChannel`; omitted fields are left unchanged. */
export type UpdateChatChannelInput = {
  /** Channel id (`ch_…`). */
  id: string | number;
  /** New name, 1 to 80 characters. */
  name?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** New topic; `null` clears it. */
  topic?: string | null | undefined;
};

/** Input of `updateClient`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateClientInput = {
  /** Postal address, up to 1000 characters. */
  address?: string | null | undefined;
  /** `true` archives the client, `false` restores it. */
  archived?: boolean | null | undefined;
  /** ISO 4217 currency code; `null` = the organization's. */
  currency?: string | null | undefined;
  /** Address invoices are sent to (a valid email address). */
  email?: string | null | undefined;
  /** Client id (`cli_…`). */
  id: string | number;
  /** Client name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Internal notes, up to 5000 characters. */
  notes?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Saved tax rate in basis points, 0 to 10000. */
  tax_rate_bp?: number | null | undefined;
};

/** Input of `updateInvoice`. */
export type UpdateInvoiceInput = {
  /** ISO 4217 currency. */
  currency?: string | null | undefined;
  /** Due date (`YYYY-MM-DD`). */
  due_date?: string | null | undefined;
  /** Invoice (`inv_…`). */
  id: string | number;
  /** Issue date (`YYYY-MM-DD`). */
  issue_date?: string | null | undefined;
  /** Replaces the custom lines. */
  lines?: Array<InvoiceLineInput> | null | undefined;
  /** Free text printed on the invoice. */
  notes?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Tax rate in basis points. */
  tax_rate_bp?: number | null | undefined;
};

/** Input of `updateLabel`; omitted fields are left unchanged. */
export type UpdateLabelInput = {
  /** Display color `#rrggbb`. */
  color?: string | null | undefined;
  /** Label id (`lbl_…`). */
  id: string | number;
  /** New name, 1 to 50 characters, unique regardless of case. */
  name?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
};

/** Input of `updateMilestone`; omitted fields are left unchanged, `description: null` clears it. */
export type UpdateMilestoneInput = {
  /** Display color `#rrggbb`. */
  color?: string | null | undefined;
  /** Free text; `null` clears it. */
  description?: string | null | undefined;
  /** Milestone id (`mst_…`). */
  milestone_id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Target date `YYYY-MM-DD`. */
  target_date?: string | null | undefined;
  /** Short title, 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Input of `updateNotificationPreferences`. */
export type UpdateNotificationPreferencesInput = {
  /** Mail per notification type. */
  email: EmailPreferencesInput;
};

/** Input of `updateProject`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateProjectInput = {
  /** Billable by default. */
  billable?: boolean | null | undefined;
  /** Client (`cli_…`). */
  client_id?: string | number | null | undefined;
  /** Display color `#rrggbb`. */
  color?: string | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Hourly rate in minor units. */
  hourly_rate_cents?: number | null | undefined;
  /** Project id (`prj_…`). */
  id: string | number;
  /** Project name. */
  name?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `active` or `archived`. */
  status?: string | null | undefined;
  /** `organization` or `members`. */
  visibility?: string | null | undefined;
};

/** Input of `updateProjectMember`. */
export type UpdateProjectMemberInput = {
  /** Cost rate on this project, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  cost_rate_cents?: number | null | undefined;
  /** Client rate on this project, minor units per hour (0 to 100000000), `null` to clear; needs `view_rates` too. */
  hourly_rate_cents?: number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
  /** `lead` or `member`. */
  role?: string | null | undefined;
  /** The project member's user id (`usr_…`). */
  user_id: string | number;
};

/** Input of `updateTaskGroup`. */
export type UpdateTaskGroupInput = {
  /** Task group of that project (`grp_…`). */
  group_id: string | number;
  /** New name, 1 to 200 characters. */
  name: string;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Project (`prj_…`). */
  project_id: string | number;
};

/** Input of `updateTask`; omitted fields are left unchanged, `null` clears a nullable field. */
export type UpdateTaskInput = {
  /** The complete new set of assignees (`usr_…`). */
  assignee_ids?: Array<string | number> | null | undefined;
  /** Free text. */
  description?: string | null | undefined;
  /** Due date `YYYY-MM-DD`. */
  due_date?: string | null | undefined;
  /** Estimated effort in hours. */
  estimated_hours?: number | null | undefined;
  /** Moves the task to the end of this group (`grp_…`); `null` ungroups it. */
  group_id?: string | number | null | undefined;
  /** Task id (`tsk_…`). */
  id: string | number;
  /** The complete new set of labels (`lbl_…`). */
  label_ids?: Array<string | number> | null | undefined;
  /** Milestone of the task's project (`mst_…`); `null` clears it. */
  milestone_id?: string | number | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** New 0-based index among the tasks of its group. */
  position?: number | null | undefined;
  /** New priority. */
  priority?: string | null | undefined;
  /** Moves the task to this project (`prj_…`). */
  project_id?: string | number | null | undefined;
  /** Planned start `YYYY-MM-DD`. */
  start_date?: string | null | undefined;
  /** New status. */
  status?: string | null | undefined;
  /** Short title. */
  title?: string | null | undefined;
};

/** Input of `updateTaskRecurrence`. */
export type UpdateTaskRecurrenceInput = {
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** Recurrence id (`rec_…`). */
  recurrence_id: string | number;
  /** `daily`, `weekly`, `monthly` or a five-field cron expression. */
  recurrence_pattern: string;
};

/** Input of `updateTaskStatusDefinition`; omitted fields are left unchanged. */
export type UpdateTaskStatusDefinitionInput = {
  /** `todo`, `in_progress`, `done` or `cancelled`. */
  category?: string | null | undefined;
  /** New code, unused in the organization; the status's tasks move to it. */
  code?: string | null | undefined;
  /** Display color `#rrggbb`. */
  color?: string | null | undefined;
  /** Task status id (`sts_…`). */
  id: string | number;
  /** Name shown to people, 1 to 50 characters. */
  label?: string | null | undefined;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** New 0-based place among the statuses. */
  position?: number | null | undefined;
};

/** Input of `updateTaskStatus`. */
export type UpdateTaskStatusInput = {
  /** Task id (`tsk_…`). */
  id: string | number;
  /** Organization (`org_…`); default: `X-Org-Id`, else your default organization. */
  org_id?: string | number | null | undefined;
  /** `open`, `in_progress`, `review`, `done` or `cancelled`. */
  status: string;
};

export type AuditLogQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
  action?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { timezone: string, data: Array<{ id: string, org_id: string, user_id: string | null, pat_id: string | null, transport: string, action: string, entity_type: string | null, entity_id: string | null, changes: unknown, ip: string | null, user_agent: string | null, request_id: string | null, created_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type ChatMessageFieldsFragment = { id: string, org_id: string, channel_id: string, content: string, user_id: string | null, user_name: string | null, reply_to: string | null, created_at: string, updated_at: string, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> };

export type ChatChannelFieldsFragment = { id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string };

export type ChatChannelsQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  archived?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ChatChannelsQuery = { chatChannels: { data: Array<{ unread_count: number | null, id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string, last_message: { id: string, org_id: string, channel_id: string, content: string, user_id: string | null, user_name: string | null, reply_to: string | null, created_at: string, updated_at: string, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> } | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type ChatMessagesQueryVariables = Exact<{
  channelId: string | number;
  orgId?: string | number | null | undefined;
  before?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ChatMessagesQuery = { chatMessages: { data: Array<{ id: string, org_id: string, channel_id: string, content: string, user_id: string | null, user_name: string | null, reply_to: string | null, created_at: string, updated_at: string, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> }>, pagination: { limit: number, has_more: boolean, next_before: string | null } } };

export type CreateChatChannelMutationVariables = Exact<{
  input: CreateChatChannelInput;
}>;


export type CreateChatChannelMutation = { createChatChannel: { id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string } };

export type UpdateChatChannelMutationVariables = Exact<{
  input: UpdateChatChannelInput;
}>;


export type UpdateChatChannelMutation = { updateChatChannel: { id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string } };

export type ArchiveChatChannelMutationVariables = Exact<{
  input: ArchiveChatChannelInput;
}>;


export type ArchiveChatChannelMutation = { archiveChatChannel: { id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string } };

export type AddChatChannelMemberMutationVariables = Exact<{
  input: ChatChannelMemberInput;
}>;


export type AddChatChannelMemberMutation = { addChatChannelMember: { channel_id: string, user_id: string, member: boolean, member_count: number } };

export type RemoveChatChannelMemberMutationVariables = Exact<{
  input: ChatChannelMemberInput;
}>;


export type RemoveChatChannelMemberMutation = { removeChatChannelMember: { channel_id: string, user_id: string, member: boolean, member_count: number } };

export type OpenDirectChatMutationVariables = Exact<{
  input: OpenDirectChatInput;
}>;


export type OpenDirectChatMutation = { openDirectChat: { id: string, org_id: string, kind: string, name: string, topic: string | null, project_id: string | null, created_by: string | null, member_count: number, archived_at: string | null, created_at: string, updated_at: string } };

export type MarkChatChannelReadMutationVariables = Exact<{
  input: MarkChatChannelReadInput;
}>;


export type MarkChatChannelReadMutation = { markChatChannelRead: { channel_id: string, last_read_message_id: string | null, unread_count: number } };

export type SendChatMessageMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type SendChatMessageMutation = { sendChatMessage: { id: string, org_id: string, channel_id: string, content: string, user_id: string | null, user_name: string | null, reply_to: string | null, created_at: string, updated_at: string, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> } };

export type DeleteChatMessageMutationVariables = Exact<{
  input: DeleteChatMessageInput;
}>;


export type DeleteChatMessageMutation = { deleteChatMessage: { id: string, deleted: boolean } };

export type AddChatReactionMutationVariables = Exact<{
  input: ChatReactionInput;
}>;


export type AddChatReactionMutation = { addChatReaction: { message_id: string, changed: boolean, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> } };

export type RemoveChatReactionMutationVariables = Exact<{
  input: ChatReactionInput;
}>;


export type RemoveChatReactionMutation = { removeChatReaction: { message_id: string, changed: boolean, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> } };

export type SendChatTypingMutationVariables = Exact<{
  input: ChatTypingInput;
}>;


export type SendChatTypingMutation = { sendChatTyping: { sent: boolean } };

export type ChatMessageSubscriptionVariables = Exact<{
  channelId?: string | number | null | undefined;
}>;


export type ChatMessageSubscription = { chatMessage: { channel_id: string, message: { id: string, org_id: string, channel_id: string, content: string, user_id: string | null, user_name: string | null, reply_to: string | null, created_at: string, updated_at: string, reactions: Array<{ emoji: string, count: number, user_ids: Array<string>, reacted_by_me: boolean | null }> } } };

export type UserTypingSubscriptionVariables = Exact<{
  channelId?: string | number | null | undefined;
}>;


export type UserTypingSubscription = { userTyping: { channel_id: string, user_id: string, user_name: string } };

export type ClientFieldsFragment = { id: string, org_id: string, name: string, email: string | null, address: string | null, tax_rate_bp: number | null, currency: string | null, notes: string | null, archived: boolean, created_at: string, updated_at: string };

export type ClientsQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  search?: string | null | undefined;
  archived?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ClientsQuery = { clients: { data: Array<{ id: string, org_id: string, name: string, email: string | null, address: string | null, tax_rate_bp: number | null, currency: string | null, notes: string | null, archived: boolean, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type ClientQueryVariables = Exact<{
  id: string | number;
  orgId?: string | number | null | undefined;
}>;


export type ClientQuery = { client: { id: string, org_id: string, name: string, email: string | null, address: string | null, tax_rate_bp: number | null, currency: string | null, notes: string | null, archived: boolean, created_at: string, updated_at: string } | null };

export type CreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type CreateClientMutation = { createClient: { id: string, org_id: string, name: string, email: string | null, address: string | null, tax_rate_bp: number | null, currency: string | null, notes: string | null, archived: boolean, created_at: string, updated_at: string } };

export type UpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { updateClient: { id: string, org_id: string, name: string, email: string | null, address: string | null, tax_rate_bp: number | null, currency: string | null, notes: string | null, archived: boolean, created_at: string, updated_at: string } };

export type DeleteClientMutationVariables = Exact<{
  input: DeleteClientInput;
}>;


export type DeleteClientMutation = { deleteClient: { id: string, deleted: boolean } };

export type DashboardSummaryQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type DashboardSummaryQuery = { dashboardSummary: { total_tasks: number, done_tasks: number, overdue_tasks: number, my_open_tasks: number, tracked_secs_this_week: number, timezone: string, week_start: string, running_timer: { id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null } | null } };

export type EntityChangedSubscriptionVariables = Exact<{
  orgId?: string | number | null | undefined;
  entityType?: string | null | undefined;
}>;


export type EntityChangedSubscription = { entityChanged: { entity_type: string, entity_id: string, action: string, changes: unknown, entity: unknown, user_id: string, org_id: string, timestamp: string } };

export type TimerUpdateSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TimerUpdateSubscription = { timerUpdate: { running: boolean, time_entry: { id: string, description: string | null, project_id: string | null, task_id: string | null, started_at: string, stopped_at: string | null, duration_secs: number | null } } };

export type UserPresenceSubscriptionVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type UserPresenceSubscription = { userPresence: { user_id: string, status: string, last_seen: string } };

export type InvoiceLineFieldsFragment = { id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> };

export type InvoiceFieldsFragment = { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> };

export type InvoicesQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  status?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type InvoicesQuery = { invoices: { data: Array<{ id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type InvoiceQueryVariables = Exact<{
  id: string | number;
  orgId?: string | number | null | undefined;
}>;


export type InvoiceQuery = { invoice: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } };

export type CreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type CreateInvoiceMutation = { createInvoice: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } };

export type UpdateInvoiceMutationVariables = Exact<{
  input: UpdateInvoiceInput;
}>;


export type UpdateInvoiceMutation = { updateInvoice: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } };

export type DeleteInvoiceMutationVariables = Exact<{
  input: DeleteInvoiceInput;
}>;


export type DeleteInvoiceMutation = { deleteInvoice: { id: string, deleted: boolean } };

export type GenerateInvoiceMutationVariables = Exact<{
  input: GenerateInvoiceInput;
}>;


export type GenerateInvoiceMutation = { generateInvoice: { entries_linked: number, entries_without_rate: number, lines_added: number, from: string | null, to: string, timezone: string, invoice: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } } };

export type SendInvoiceMutationVariables = Exact<{
  input: SendInvoiceInput;
}>;


export type SendInvoiceMutation = { sendInvoice: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } };

export type MarkInvoicePaidMutationVariables = Exact<{
  input: MarkInvoicePaidInput;
}>;


export type MarkInvoicePaidMutation = { markInvoicePaid: { id: string, org_id: string, number: string, client_id: string, client_name: string, status: string, issue_date: string, due_date: string, currency: string, tax_rate_bp: number, subtotal_cents: number, tax_cents: number, total_cents: number, notes: string | null, sent_at: string | null, paid_at: string | null, payment_method: string | null, rounding: string, timezone: string, line_count: number, created_by: string | null, created_at: string, updated_at: string, lines: Array<{ id: string, position: number, description: string, quantity_secs: number | null, quantity: string | null, unit_price_cents: number, amount_cents: number, project_id: string | null, time_entry_count: number, time_entry_ids: Array<string> }> } };

export type LabelFieldsFragment = { id: string, org_id: string, name: string, color: string, created_at: string, updated_at: string };

export type LabelsQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type LabelsQuery = { labels: { data: Array<{ id: string, org_id: string, name: string, color: string, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type CreateLabelMutationVariables = Exact<{
  input: CreateLabelInput;
}>;


export type CreateLabelMutation = { createLabel: { id: string, org_id: string, name: string, color: string, created_at: string, updated_at: string } };

export type UpdateLabelMutationVariables = Exact<{
  input: UpdateLabelInput;
}>;


export type UpdateLabelMutation = { updateLabel: { id: string, org_id: string, name: string, color: string, created_at: string, updated_at: string } };

export type DeleteLabelMutationVariables = Exact<{
  input: DeleteLabelInput;
}>;


export type DeleteLabelMutation = { deleteLabel: { id: string, deleted: boolean } };

export type MilestoneFieldsFragment = { id: string, org_id: string, project_id: string, title: string, description: string | null, target_date: string, color: string, task_count: number, done_count: number, created_by: string | null, created_at: string, updated_at: string };

export type MilestonesQueryVariables = Exact<{
  projectId: string | number;
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type MilestonesQuery = { milestones: { data: Array<{ id: string, org_id: string, project_id: string, title: string, description: string | null, target_date: string, color: string, task_count: number, done_count: number, created_by: string | null, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type CreateMilestoneMutationVariables = Exact<{
  input: CreateMilestoneInput;
}>;


export type CreateMilestoneMutation = { createMilestone: { id: string, org_id: string, project_id: string, title: string, description: string | null, target_date: string, color: string, task_count: number, done_count: number, created_by: string | null, created_at: string, updated_at: string } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone: { id: string, org_id: string, project_id: string, title: string, description: string | null, target_date: string, color: string, task_count: number, done_count: number, created_by: string | null, created_at: string, updated_at: string } };

export type DeleteMilestoneMutationVariables = Exact<{
  input: DeleteMilestoneInput;
}>;


export type DeleteMilestoneMutation = { deleteMilestone: { id: string, deleted: boolean } };

export type NotificationFieldsFragment = { id: string, org_id: string, type: string, title: string, entity_type: string, entity_id: string, url: string, actor_id: string | null, actor_name: string | null, created_at: string, read_at: string | null };

export type NotificationsQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  unread?: boolean | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { unread_count: number, data: Array<{ id: string, org_id: string, type: string, title: string, entity_type: string, entity_id: string, url: string, actor_id: string | null, actor_name: string | null, created_at: string, read_at: string | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input?: MarkNotificationsReadInput | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { updated: number } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { email: { task_assigned: boolean, task_status_changed: boolean } } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { email: { task_assigned: boolean, task_status_changed: boolean } } };

export type NotificationCreatedSubscriptionVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type NotificationCreatedSubscription = { notificationCreated: { id: string, org_id: string, type: string, title: string, entity_type: string, entity_id: string, url: string, actor_id: string | null, actor_name: string | null, created_at: string, read_at: string | null } };

export type OrganizationFieldsFragment = { id: string, name: string, slug: string, role: string, created_at: string, settings: { timezone: string, currency: string } };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: Array<{ id: string, name: string, slug: string, role: string, created_at: string, settings: { timezone: string, currency: string } }> };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
  membersPage?: number | null | undefined;
  membersPerPage?: number | null | undefined;
}>;


export type OrganizationQuery = { organization: { id: string, name: string, slug: string, role: string, created_at: string, members: { data: Array<{ user_id: string, role: string, user: { id: string, name: string, email: string } }>, pagination: { total: number, page: number, per_page: number, total_pages: number } }, settings: { timezone: string, currency: string } } | null };

export type PresenceQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type PresenceQuery = { presence: { data: Array<{ user_id: string, name: string, status: string, last_seen: string | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type SetPresenceMutationVariables = Exact<{
  input: SetPresenceInput;
}>;


export type SetPresenceMutation = { setPresence: { user_id: string, status: string, last_seen: string | null } };

export type ProjectMemberFieldsFragment = { id: string, org_id: string, project_id: string, user_id: string, role: string, created_at: string, updated_at: string, user: { id: string, name: string, email: string, avatar_url: string | null } };

export type ProjectMembersQueryVariables = Exact<{
  projectId: string | number;
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ProjectMembersQuery = { projectMembers: { data: Array<{ id: string, org_id: string, project_id: string, user_id: string, role: string, created_at: string, updated_at: string, user: { id: string, name: string, email: string, avatar_url: string | null } }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type AddProjectMemberMutationVariables = Exact<{
  input: AddProjectMemberInput;
}>;


export type AddProjectMemberMutation = { addProjectMember: { id: string, org_id: string, project_id: string, user_id: string, role: string, created_at: string, updated_at: string, user: { id: string, name: string, email: string, avatar_url: string | null } } };

export type UpdateProjectMemberMutationVariables = Exact<{
  input: UpdateProjectMemberInput;
}>;


export type UpdateProjectMemberMutation = { updateProjectMember: { id: string, org_id: string, project_id: string, user_id: string, role: string, created_at: string, updated_at: string, user: { id: string, name: string, email: string, avatar_url: string | null } } };

export type RemoveProjectMemberMutationVariables = Exact<{
  input: RemoveProjectMemberInput;
}>;


export type RemoveProjectMemberMutation = { removeProjectMember: { project_id: string, user_id: string, removed: boolean } };

export type ProjectFieldsFragment = { id: string, org_id: string, name: string, description: string | null, color: string | null, billable: boolean, hourly_rate_cents: number | null, status: string, visibility: string, created_at: string, updated_at: string };

export type ProjectsQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  status?: string | null | undefined;
  search?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ProjectsQuery = { projects: { data: Array<{ task_count: number, total_hours: number, id: string, org_id: string, name: string, description: string | null, color: string | null, billable: boolean, hourly_rate_cents: number | null, status: string, visibility: string, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type ProjectQueryVariables = Exact<{
  id: string | number;
  orgId?: string | number | null | undefined;
  taskStatus?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ProjectQuery = { project: { task_count: number, total_hours: number, id: string, org_id: string, name: string, description: string | null, color: string | null, billable: boolean, hourly_rate_cents: number | null, status: string, visibility: string, created_at: string, updated_at: string, tasks: { data: Array<{ id: string, title: string, status: string, priority: string, due_date: string | null }>, pagination: { total: number } }, time_entries: { data: Array<{ id: string, description: string | null, duration_secs: number | null, user: { id: string, name: string } }>, pagination: { total: number } } } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, org_id: string, name: string, description: string | null, color: string | null, billable: boolean, hourly_rate_cents: number | null, status: string, visibility: string, created_at: string, updated_at: string } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, org_id: string, name: string, description: string | null, color: string | null, billable: boolean, hourly_rate_cents: number | null, status: string, visibility: string, created_at: string, updated_at: string } };

export type TimesheetReportQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from: string;
  to: string;
  userId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  clientId?: string | number | null | undefined;
  description?: string | null | undefined;
  invoiceId?: string | number | null | undefined;
  groupBy?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TimesheetReportQuery = { timesheetReport: { from: string, to: string, timezone: string, currency: string, rounding: string, group_by: string | null, groups_total: number | null, totals: { entries: number, secs: number, billable_secs: number, amount_cents: number | null }, groups: Array<{ key: string | null, label: string | null, entries: number, secs: number, billable_secs: number, amount_cents: number | null }> | null, entries: Array<{ id: string, user_id: string, user_name: string, project_id: string | null, project_name: string | null, client_id: string | null, task_id: string | null, task_title: string | null, description: string | null, started_at: string, stopped_at: string, duration_secs: number, billable: boolean, effective_hourly_rate_cents: number | null, amount_cents: number | null, invoice_id: string | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type RevenueFiguresFieldsFragment = { currency: string, invoice_count: number, invoiced_subtotal_cents: number, invoiced_tax_cents: number | null, invoiced_total_cents: number | null, unbilled_secs: number, unbilled_cents: number };

export type RevenueReportQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from: string;
  to: string;
  clientId?: string | number | null | undefined;
  groupBy?: string | null | undefined;
}>;


export type RevenueReportQuery = { revenueReport: { from: string, to: string, timezone: string, currency: string, rounding: string, group_by: string, rows_total: number, rows: Array<{ key: string | null, label: string | null, currency: string, invoice_count: number, invoiced_subtotal_cents: number, invoiced_tax_cents: number | null, invoiced_total_cents: number | null, unbilled_secs: number, unbilled_cents: number }>, totals: Array<{ currency: string, invoice_count: number, invoiced_subtotal_cents: number, invoiced_tax_cents: number | null, invoiced_total_cents: number | null, unbilled_secs: number, unbilled_cents: number }> } };

export type UtilizationReportQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from: string;
  to: string;
  userId?: string | number | null | undefined;
  invoiceId?: string | number | null | undefined;
  targetHours?: number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type UtilizationReportQuery = { utilizationReport: { from: string, to: string, timezone: string, currency: string, rounding: string, target_rule: string, working_days: number, rows: Array<{ user_id: string, user_name: string, tracked_secs: number, billable_secs: number, target_secs: number, utilization: number | null }>, totals: { tracked_secs: number, billable_secs: number, target_secs: number, utilization: number | null }, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type ProfitabilityFiguresFieldsFragment = { secs: number, billable_secs: number, revenue_cents: number, cost_cents: number, margin_cents: number, margin_pct: number | null, entries_without_cost_rate: number, secs_without_cost_rate: number, entries_without_client_rate: number, secs_without_client_rate: number };

export type ProfitabilityReportQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from: string;
  to: string;
  groupBy?: string | null | undefined;
}>;


export type ProfitabilityReportQuery = { profitabilityReport: { from: string, to: string, timezone: string, currency: string, rounding: string, group_by: string, rows_total: number, rows: Array<{ key: string | null, label: string | null, secs: number, billable_secs: number, revenue_cents: number, cost_cents: number, margin_cents: number, margin_pct: number | null, entries_without_cost_rate: number, secs_without_cost_rate: number, entries_without_client_rate: number, secs_without_client_rate: number }>, totals: { secs: number, billable_secs: number, revenue_cents: number, cost_cents: number, margin_cents: number, margin_pct: number | null, entries_without_cost_rate: number, secs_without_cost_rate: number, entries_without_client_rate: number, secs_without_client_rate: number } } };

export type SearchQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  q: string;
  type?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: { total: number, hits: Array<{ type: string, id: string, title: string, snippet: string, rank: number, project_id: string | null, task_id: string | null, channel_id: string | null, client_id: string | null, updated_at: string }>, counts: { task: number | null, project: number | null, client: number | null, task_comment: number | null, chat_message: number | null, invoice: number | null } } };

export type SidebarCollapsedQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type SidebarCollapsedQuery = { sidebarCollapsed: { project_ids: Array<string> } };

export type ToggleSidebarCollapsedMutationVariables = Exact<{
  input: ToggleSidebarCollapsedInput;
}>;


export type ToggleSidebarCollapsedMutation = { toggleSidebarCollapsed: { project_id: string, collapsed: boolean } };

export type ChecklistItemFieldsFragment = { id: string, org_id: string, task_id: string, title: string, position: number, completed: boolean, completed_by: string | null, completed_at: string | null, created_by: string | null, created_at: string, updated_at: string };

export type TaskChecklistQueryVariables = Exact<{
  taskId: string | number;
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TaskChecklistQuery = { taskChecklist: { data: Array<{ id: string, org_id: string, task_id: string, title: string, position: number, completed: boolean, completed_by: string | null, completed_at: string | null, created_by: string | null, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type CreateChecklistItemMutationVariables = Exact<{
  input: CreateChecklistItemInput;
}>;


export type CreateChecklistItemMutation = { createChecklistItem: { id: string, org_id: string, task_id: string, title: string, position: number, completed: boolean, completed_by: string | null, completed_at: string | null, created_by: string | null, created_at: string, updated_at: string } };

export type ToggleChecklistItemMutationVariables = Exact<{
  input: ToggleChecklistItemInput;
}>;


export type ToggleChecklistItemMutation = { toggleChecklistItem: { id: string, org_id: string, task_id: string, title: string, position: number, completed: boolean, completed_by: string | null, completed_at: string | null, created_by: string | null, created_at: string, updated_at: string } };

export type DeleteChecklistItemMutationVariables = Exact<{
  input: DeleteChecklistItemInput;
}>;


export type DeleteChecklistItemMutation = { deleteChecklistItem: { id: string, deleted: boolean } };

export type TaskCommentFieldsFragment = { id: string, org_id: string, task_id: string, author_id: string | null, body: string, created_at: string, updated_at: string };

export type TaskCommentsQueryVariables = Exact<{
  taskId: string | number;
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TaskCommentsQuery = { taskComments: { data: Array<{ id: string, org_id: string, task_id: string, author_id: string | null, body: string, created_at: string, updated_at: string, author: { id: string, name: string } | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type AddTaskCommentMutationVariables = Exact<{
  input: AddTaskCommentInput;
}>;


export type AddTaskCommentMutation = { addTaskComment: { id: string, org_id: string, task_id: string, author_id: string | null, body: string, created_at: string, updated_at: string } };

export type DeleteTaskCommentMutationVariables = Exact<{
  input: DeleteTaskCommentInput;
}>;


export type DeleteTaskCommentMutation = { deleteTaskComment: { id: string, deleted: boolean } };

export type DependencyLinkFieldsFragment = { dependency_id: string, task_id: string, title: string, status: string, project_id: string };

export type TaskDependenciesQueryVariables = Exact<{
  taskId: string | number;
  orgId?: string | number | null | undefined;
}>;


export type TaskDependenciesQuery = { taskDependencies: { blocked_by: Array<{ dependency_id: string, task_id: string, title: string, status: string, project_id: string }>, blocks: Array<{ dependency_id: string, task_id: string, title: string, status: string, project_id: string }> } };

export type AllTaskDependenciesQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type AllTaskDependenciesQuery = { allTaskDependencies: Array<{ id: string, task_id: string, depends_on_id: string }> };

export type AddTaskDependencyMutationVariables = Exact<{
  input: AddTaskDependencyInput;
}>;


export type AddTaskDependencyMutation = { addTaskDependency: { id: string, org_id: string, task_id: string, depends_on_id: string, created_by: string | null, created_at: string } };

export type RemoveTaskDependencyMutationVariables = Exact<{
  input: RemoveTaskDependencyInput;
}>;


export type RemoveTaskDependencyMutation = { removeTaskDependency: { id: string, deleted: boolean } };

export type TaskGroupFieldsFragment = { id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string };

export type TaskGroupsQueryVariables = Exact<{
  projectId: string | number;
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TaskGroupsQuery = { taskGroups: { data: Array<{ id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type BoardQueryVariables = Exact<{
  id: string | number;
  orgId?: string | number | null | undefined;
}>;


export type BoardQuery = { project: { id: string, name: string, task_groups: { data: Array<{ id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string, tasks: { data: Array<{ id: string, title: string, status: string, priority: string, position: number, group_id: string | null, due_date: string | null, assignee_ids: Array<string>, comment_count: number, labels: Array<{ id: string, name: string, color: string }>, milestone: { id: string, title: string } | null, checklist: { data: Array<{ id: string, title: string, completed: boolean }> }, dependencies: { blocked_by: Array<{ task_id: string }>, blocks: Array<{ task_id: string }> } }>, pagination: { total: number } } }> }, ungrouped_tasks: { data: Array<{ id: string, title: string, status: string, priority: string, position: number, group_id: string | null, due_date: string | null, assignee_ids: Array<string>, comment_count: number, labels: Array<{ id: string, name: string, color: string }>, milestone: { id: string, title: string } | null, checklist: { data: Array<{ id: string, title: string, completed: boolean }> }, dependencies: { blocked_by: Array<{ task_id: string }>, blocks: Array<{ task_id: string }> } }>, pagination: { total: number } } } | null };

export type BoardCardFragment = { id: string, title: string, status: string, priority: string, position: number, group_id: string | null, due_date: string | null, assignee_ids: Array<string>, comment_count: number, labels: Array<{ id: string, name: string, color: string }>, milestone: { id: string, title: string } | null, checklist: { data: Array<{ id: string, title: string, completed: boolean }> }, dependencies: { blocked_by: Array<{ task_id: string }>, blocks: Array<{ task_id: string }> } };

export type CreateTaskGroupMutationVariables = Exact<{
  input: CreateTaskGroupInput;
}>;


export type CreateTaskGroupMutation = { createTaskGroup: { id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string } };

export type UpdateTaskGroupMutationVariables = Exact<{
  input: UpdateTaskGroupInput;
}>;


export type UpdateTaskGroupMutation = { updateTaskGroup: { id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string } };

export type DeleteTaskGroupMutationVariables = Exact<{
  input: DeleteTaskGroupInput;
}>;


export type DeleteTaskGroupMutation = { deleteTaskGroup: { id: string, deleted: boolean } };

export type ReorderTaskGroupsMutationVariables = Exact<{
  input: ReorderTaskGroupsInput;
}>;


export type ReorderTaskGroupsMutation = { reorderTaskGroups: Array<{ id: string, org_id: string, project_id: string, name: string, position: number, collapsed: boolean, created_at: string, updated_at: string }> };

export type ToggleTaskGroupCollapsedMutationVariables = Exact<{
  input: ToggleTaskGroupCollapsedInput;
}>;


export type ToggleTaskGroupCollapsedMutation = { toggleTaskGroupCollapsed: { group_id: string, collapsed: boolean } };

export type TaskRecurrenceFieldsFragment = { id: string, org_id: string, task_id: string, recurrence_pattern: string, timezone: string, next_run_at: string, last_run_at: string | null, occurrences_created: number, created_by: string | null, created_at: string, updated_at: string };

export type TaskRecurrenceQueryVariables = Exact<{
  recurrenceId: string | number;
  orgId?: string | number | null | undefined;
}>;


export type TaskRecurrenceQuery = { taskRecurrence: { id: string, org_id: string, task_id: string, recurrence_pattern: string, timezone: string, next_run_at: string, last_run_at: string | null, occurrences_created: number, created_by: string | null, created_at: string, updated_at: string } };

export type CreateTaskRecurrenceMutationVariables = Exact<{
  input: CreateTaskRecurrenceInput;
}>;


export type CreateTaskRecurrenceMutation = { createTaskRecurrence: { id: string, org_id: string, task_id: string, recurrence_pattern: string, timezone: string, next_run_at: string, last_run_at: string | null, occurrences_created: number, created_by: string | null, created_at: string, updated_at: string } };

export type UpdateTaskRecurrenceMutationVariables = Exact<{
  input: UpdateTaskRecurrenceInput;
}>;


export type UpdateTaskRecurrenceMutation = { updateTaskRecurrence: { id: string, org_id: string, task_id: string, recurrence_pattern: string, timezone: string, next_run_at: string, last_run_at: string | null, occurrences_created: number, created_by: string | null, created_at: string, updated_at: string } };

export type DeleteTaskRecurrenceMutationVariables = Exact<{
  input: DeleteTaskRecurrenceInput;
}>;


export type DeleteTaskRecurrenceMutation = { deleteTaskRecurrence: { id: string, deleted: boolean } };

export type TaskStatusFieldsFragment = { id: string, org_id: string, code: string, label: string, color: string, category: string, position: number, created_at: string, updated_at: string };

export type TaskStatusesQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TaskStatusesQuery = { taskStatuses: { data: Array<{ id: string, org_id: string, code: string, label: string, color: string, category: string, position: number, created_at: string, updated_at: string }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type CreateTaskStatusDefinitionMutationVariables = Exact<{
  input: CreateTaskStatusDefinitionInput;
}>;


export type CreateTaskStatusDefinitionMutation = { createTaskStatusDefinition: { id: string, org_id: string, code: string, label: string, color: string, category: string, position: number, created_at: string, updated_at: string } };

export type UpdateTaskStatusDefinitionMutationVariables = Exact<{
  input: UpdateTaskStatusDefinitionInput;
}>;


export type UpdateTaskStatusDefinitionMutation = { updateTaskStatusDefinition: { id: string, org_id: string, code: string, label: string, color: string, category: string, position: number, created_at: string, updated_at: string } };

export type DeleteTaskStatusDefinitionMutationVariables = Exact<{
  input: DeleteTaskStatusDefinitionInput;
}>;


export type DeleteTaskStatusDefinitionMutation = { deleteTaskStatusDefinition: { id: string, deleted: boolean } };

export type TaskFieldsFragment = { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string };

export type TasksQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  status?: string | null | undefined;
  assigneeId?: string | number | null | undefined;
  labelId?: string | number | null | undefined;
  milestoneId?: string | number | null | undefined;
  sort?: string | null | undefined;
  order?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TasksQuery = { tasks: { data: Array<{ id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string, assignees: Array<{ id: string, name: string }> }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type TaskQueryVariables = Exact<{
  id: string | number;
  orgId?: string | number | null | undefined;
}>;


export type TaskQuery = { task: { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string, project: { id: string, name: string }, assignees: Array<{ id: string, name: string, email: string }> } | null };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string } };

export type UpdateTaskStatusMutationVariables = Exact<{
  input: UpdateTaskStatusInput;
}>;


export type UpdateTaskStatusMutation = { updateTaskStatus: { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string } };

export type DeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type DeleteTaskMutation = { deleteTask: { id: string, deleted: boolean } };

export type CreateTasksMutationVariables = Exact<{
  input: CreateTasksInput;
}>;


export type CreateTasksMutation = { createTasks: Array<{ id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string }> };

export type ReorderTaskMutationVariables = Exact<{
  input: ReorderTaskInput;
}>;


export type ReorderTaskMutation = { reorderTask: { id: string, org_id: string, project_id: string, title: string, description: string | null, status: string, priority: string, start_date: string | null, due_date: string | null, estimated_hours: number | null, assignee_ids: Array<string>, label_ids: Array<string>, group_id: string | null, milestone_id: string | null, position: number, created_at: string, updated_at: string } };

export type TimeEntryFieldsFragment = { id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null };

export type TimeEntriesQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  projectId?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type TimeEntriesQuery = { timeEntries: { data: Array<{ id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null }>, pagination: { total: number, page: number, per_page: number, total_pages: number } } };

export type CurrentTimerQueryVariables = Exact<{
  orgId?: string | number | null | undefined;
}>;


export type CurrentTimerQuery = { currentTimer: { id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null } | null };

export type StartTimerMutationVariables = Exact<{
  input?: StartTimerInput | null | undefined;
}>;


export type StartTimerMutation = { startTimer: { id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null } };

export type StopTimerMutationVariables = Exact<{
  input?: StopTimerInput | null | undefined;
}>;


export type StopTimerMutation = { stopTimer: { id: string, org_id: string, user_id: string, project_id: string | null, task_id: string | null, description: string | null, billable: boolean, started_at: string, stopped_at: string | null, duration_secs: number | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, avatar_url: string | null, default_org_id: string | null, created_at: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChatMessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChatMessageFields on ChatMessage {
  id
  org_id
  channel_id
  content
  user_id
  user_name
  reply_to
  reactions {
    emoji
    count
    user_ids
    reacted_by_me
  }
  created_at
  updated_at
}
    `, {"fragmentName":"ChatMessageFields"}) as unknown as TypedDocumentString<ChatMessageFieldsFragment, unknown>;
export const ChatChannelFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}
    `, {"fragmentName":"ChatChannelFields"}) as unknown as TypedDocumentString<ChatChannelFieldsFragment, unknown>;
export const ClientFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClientFields on Client {
  id
  org_id
  name
  email
  address
  tax_rate_bp
  currency
  notes
  archived
  created_at
  updated_at
}
    `, {"fragmentName":"ClientFields"}) as unknown as TypedDocumentString<ClientFieldsFragment, unknown>;
export const InvoiceLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
    `, {"fragmentName":"InvoiceLineFields"}) as unknown as TypedDocumentString<InvoiceLineFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}`, {"fragmentName":"InvoiceFields"}) as unknown as TypedDocumentString<InvoiceFieldsFragment, unknown>;
export const LabelFieldsFragmentDoc = new TypedDocumentString(`
    fragment LabelFields on Label {
  id
  org_id
  name
  color
  created_at
  updated_at
}
    `, {"fragmentName":"LabelFields"}) as unknown as TypedDocumentString<LabelFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = new TypedDocumentString(`
    fragment MilestoneFields on Milestone {
  id
  org_id
  project_id
  title
  description
  target_date
  color
  task_count
  done_count
  created_by
  created_at
  updated_at
}
    `, {"fragmentName":"MilestoneFields"}) as unknown as TypedDocumentString<MilestoneFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  org_id
  type
  title
  entity_type
  entity_id
  url
  actor_id
  actor_name
  created_at
  read_at
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationFields on Organization {
  id
  name
  slug
  role
  settings {
    timezone
    currency
  }
  created_at
}
    `, {"fragmentName":"OrganizationFields"}) as unknown as TypedDocumentString<OrganizationFieldsFragment, unknown>;
export const ProjectMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectMemberFields on ProjectMember {
  id
  org_id
  project_id
  user_id
  role
  user {
    id
    name
    email
    avatar_url
  }
  created_at
  updated_at
}
    `, {"fragmentName":"ProjectMemberFields"}) as unknown as TypedDocumentString<ProjectMemberFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFields on Project {
  id
  org_id
  name
  description
  color
  billable
  hourly_rate_cents
  status
  visibility
  created_at
  updated_at
}
    `, {"fragmentName":"ProjectFields"}) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
export const RevenueFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment RevenueFiguresFields on RevenueFigures {
  currency
  invoice_count
  invoiced_subtotal_cents
  invoiced_tax_cents
  invoiced_total_cents
  unbilled_secs
  unbilled_cents
}
    `, {"fragmentName":"RevenueFiguresFields"}) as unknown as TypedDocumentString<RevenueFiguresFieldsFragment, unknown>;
export const ProfitabilityFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProfitabilityFiguresFields on ProfitabilityFigures {
  secs
  billable_secs
  revenue_cents
  cost_cents
  margin_cents
  margin_pct
  entries_without_cost_rate
  secs_without_cost_rate
  entries_without_client_rate
  secs_without_client_rate
}
    `, {"fragmentName":"ProfitabilityFiguresFields"}) as unknown as TypedDocumentString<ProfitabilityFiguresFieldsFragment, unknown>;
export const ChecklistItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistItemFields on ChecklistItem {
  id
  org_id
  task_id
  title
  position
  completed
  completed_by
  completed_at
  created_by
  created_at
  updated_at
}
    `, {"fragmentName":"ChecklistItemFields"}) as unknown as TypedDocumentString<ChecklistItemFieldsFragment, unknown>;
export const TaskCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskCommentFields on TaskComment {
  id
  org_id
  task_id
  author_id
  body
  created_at
  updated_at
}
    `, {"fragmentName":"TaskCommentFields"}) as unknown as TypedDocumentString<TaskCommentFieldsFragment, unknown>;
export const DependencyLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment DependencyLinkFields on DependencyLink {
  dependency_id
  task_id
  title
  status
  project_id
}
    `, {"fragmentName":"DependencyLinkFields"}) as unknown as TypedDocumentString<DependencyLinkFieldsFragment, unknown>;
export const TaskGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}
    `, {"fragmentName":"TaskGroupFields"}) as unknown as TypedDocumentString<TaskGroupFieldsFragment, unknown>;
export const BoardCardFragmentDoc = new TypedDocumentString(`
    fragment BoardCard on Task {
  id
  title
  status
  priority
  position
  group_id
  due_date
  assignee_ids
  labels {
    id
    name
    color
  }
  milestone {
    id
    title
  }
  checklist(perPage: 10) {
    data {
      id
      title
      completed
    }
  }
  comment_count
  dependencies {
    blocked_by {
      task_id
    }
    blocks {
      task_id
    }
  }
}
    `, {"fragmentName":"BoardCard"}) as unknown as TypedDocumentString<BoardCardFragment, unknown>;
export const TaskRecurrenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskRecurrenceFields on TaskRecurrence {
  id
  org_id
  task_id
  recurrence_pattern
  timezone
  next_run_at
  last_run_at
  occurrences_created
  created_by
  created_at
  updated_at
}
    `, {"fragmentName":"TaskRecurrenceFields"}) as unknown as TypedDocumentString<TaskRecurrenceFieldsFragment, unknown>;
export const TaskStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskStatusFields on TaskStatus {
  id
  org_id
  code
  label
  color
  category
  position
  created_at
  updated_at
}
    `, {"fragmentName":"TaskStatusFields"}) as unknown as TypedDocumentString<TaskStatusFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}
    `, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const TimeEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}
    `, {"fragmentName":"TimeEntryFields"}) as unknown as TypedDocumentString<TimeEntryFieldsFragment, unknown>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($orgId: ID, $userId: ID, $action: String, $entityType: String, $entityId: ID, $from: String, $to: String, $page: Int, $perPage: Int) {
  auditLog(
    orgId: $orgId
    userId: $userId
    action: $action
    entityType: $entityType
    entityId: $entityId
    from: $from
    to: $to
    page: $page
    perPage: $perPage
  ) {
    data {
      id
      org_id
      user_id
      pat_id
      transport
      action
      entity_type
      entity_id
      changes
      ip
      user_agent
      request_id
      created_at
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
    timezone
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ChatChannelsDocument = new TypedDocumentString(`
    query ChatChannels($orgId: ID, $archived: Boolean, $page: Int, $perPage: Int) {
  chatChannels(orgId: $orgId, archived: $archived, page: $page, perPage: $perPage) {
    data {
      ...ChatChannelFields
      unread_count
      last_message {
        ...ChatMessageFields
      }
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment ChatMessageFields on ChatMessage {
  id
  org_id
  channel_id
  content
  user_id
  user_name
  reply_to
  reactions {
    emoji
    count
    user_ids
    reacted_by_me
  }
  created_at
  updated_at
}
fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ChatChannelsQuery, ChatChannelsQueryVariables>;
export const ChatMessagesDocument = new TypedDocumentString(`
    query ChatMessages($channelId: ID!, $orgId: ID, $before: ID, $limit: Int) {
  chatMessages(
    channelId: $channelId
    orgId: $orgId
    before: $before
    limit: $limit
  ) {
    data {
      ...ChatMessageFields
    }
    pagination {
      limit
      has_more
      next_before
    }
  }
}
    fragment ChatMessageFields on ChatMessage {
  id
  org_id
  channel_id
  content
  user_id
  user_name
  reply_to
  reactions {
    emoji
    count
    user_ids
    reacted_by_me
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ChatMessagesQuery, ChatMessagesQueryVariables>;
export const CreateChatChannelDocument = new TypedDocumentString(`
    mutation CreateChatChannel($input: CreateChatChannelInput!) {
  createChatChannel(input: $input) {
    ...ChatChannelFields
  }
}
    fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateChatChannelMutation, CreateChatChannelMutationVariables>;
export const UpdateChatChannelDocument = new TypedDocumentString(`
    mutation UpdateChatChannel($input: UpdateChatChannelInput!) {
  updateChatChannel(input: $input) {
    ...ChatChannelFields
  }
}
    fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateChatChannelMutation, UpdateChatChannelMutationVariables>;
export const ArchiveChatChannelDocument = new TypedDocumentString(`
    mutation ArchiveChatChannel($input: ArchiveChatChannelInput!) {
  archiveChatChannel(input: $input) {
    ...ChatChannelFields
  }
}
    fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ArchiveChatChannelMutation, ArchiveChatChannelMutationVariables>;
export const AddChatChannelMemberDocument = new TypedDocumentString(`
    mutation AddChatChannelMember($input: ChatChannelMemberInput!) {
  addChatChannelMember(input: $input) {
    channel_id
    user_id
    member
    member_count
  }
}
    `) as unknown as TypedDocumentString<AddChatChannelMemberMutation, AddChatChannelMemberMutationVariables>;
export const RemoveChatChannelMemberDocument = new TypedDocumentString(`
    mutation RemoveChatChannelMember($input: ChatChannelMemberInput!) {
  removeChatChannelMember(input: $input) {
    channel_id
    user_id
    member
    member_count
  }
}
    `) as unknown as TypedDocumentString<RemoveChatChannelMemberMutation, RemoveChatChannelMemberMutationVariables>;
export const OpenDirectChatDocument = new TypedDocumentString(`
    mutation OpenDirectChat($input: OpenDirectChatInput!) {
  openDirectChat(input: $input) {
    ...ChatChannelFields
  }
}
    fragment ChatChannelFields on ChatChannel {
  id
  org_id
  kind
  name
  topic
  project_id
  created_by
  member_count
  archived_at
  created_at
  updated_at
}`) as unknown as TypedDocumentString<OpenDirectChatMutation, OpenDirectChatMutationVariables>;
export const MarkChatChannelReadDocument = new TypedDocumentString(`
    mutation MarkChatChannelRead($input: MarkChatChannelReadInput!) {
  markChatChannelRead(input: $input) {
    channel_id
    last_read_message_id
    unread_count
  }
}
    `) as unknown as TypedDocumentString<MarkChatChannelReadMutation, MarkChatChannelReadMutationVariables>;
export const SendChatMessageDocument = new TypedDocumentString(`
    mutation SendChatMessage($input: SendChatMessageInput!) {
  sendChatMessage(input: $input) {
    ...ChatMessageFields
  }
}
    fragment ChatMessageFields on ChatMessage {
  id
  org_id
  channel_id
  content
  user_id
  user_name
  reply_to
  reactions {
    emoji
    count
    user_ids
    reacted_by_me
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const DeleteChatMessageDocument = new TypedDocumentString(`
    mutation DeleteChatMessage($input: DeleteChatMessageInput!) {
  deleteChatMessage(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteChatMessageMutation, DeleteChatMessageMutationVariables>;
export const AddChatReactionDocument = new TypedDocumentString(`
    mutation AddChatReaction($input: ChatReactionInput!) {
  addChatReaction(input: $input) {
    message_id
    changed
    reactions {
      emoji
      count
      user_ids
      reacted_by_me
    }
  }
}
    `) as unknown as TypedDocumentString<AddChatReactionMutation, AddChatReactionMutationVariables>;
export const RemoveChatReactionDocument = new TypedDocumentString(`
    mutation RemoveChatReaction($input: ChatReactionInput!) {
  removeChatReaction(input: $input) {
    message_id
    changed
    reactions {
      emoji
      count
      user_ids
      reacted_by_me
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveChatReactionMutation, RemoveChatReactionMutationVariables>;
export const SendChatTypingDocument = new TypedDocumentString(`
    mutation SendChatTyping($input: ChatTypingInput!) {
  sendChatTyping(input: $input) {
    sent
  }
}
    `) as unknown as TypedDocumentString<SendChatTypingMutation, SendChatTypingMutationVariables>;
export const ChatMessageDocument = new TypedDocumentString(`
    subscription ChatMessage($channelId: ID) {
  chatMessage(channelId: $channelId) {
    channel_id
    message {
      ...ChatMessageFields
    }
  }
}
    fragment ChatMessageFields on ChatMessage {
  id
  org_id
  channel_id
  content
  user_id
  user_name
  reply_to
  reactions {
    emoji
    count
    user_ids
    reacted_by_me
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ChatMessageSubscription, ChatMessageSubscriptionVariables>;
export const UserTypingDocument = new TypedDocumentString(`
    subscription UserTyping($channelId: ID) {
  userTyping(channelId: $channelId) {
    channel_id
    user_id
    user_name
  }
}
    `) as unknown as TypedDocumentString<UserTypingSubscription, UserTypingSubscriptionVariables>;
export const ClientsDocument = new TypedDocumentString(`
    query Clients($orgId: ID, $search: String, $archived: Boolean, $page: Int, $perPage: Int) {
  clients(
    orgId: $orgId
    search: $search
    archived: $archived
    page: $page
    perPage: $perPage
  ) {
    data {
      ...ClientFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment ClientFields on Client {
  id
  org_id
  name
  email
  address
  tax_rate_bp
  currency
  notes
  archived
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ClientsQuery, ClientsQueryVariables>;
export const ClientDocument = new TypedDocumentString(`
    query Client($id: ID!, $orgId: ID) {
  client(id: $id, orgId: $orgId) {
    ...ClientFields
  }
}
    fragment ClientFields on Client {
  id
  org_id
  name
  email
  address
  tax_rate_bp
  currency
  notes
  archived
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ClientQuery, ClientQueryVariables>;
export const CreateClientDocument = new TypedDocumentString(`
    mutation CreateClient($input: CreateClientInput!) {
  createClient(input: $input) {
    ...ClientFields
  }
}
    fragment ClientFields on Client {
  id
  org_id
  name
  email
  address
  tax_rate_bp
  currency
  notes
  archived
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateClientMutation, CreateClientMutationVariables>;
export const UpdateClientDocument = new TypedDocumentString(`
    mutation UpdateClient($input: UpdateClientInput!) {
  updateClient(input: $input) {
    ...ClientFields
  }
}
    fragment ClientFields on Client {
  id
  org_id
  name
  email
  address
  tax_rate_bp
  currency
  notes
  archived
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateClientMutation, UpdateClientMutationVariables>;
export const DeleteClientDocument = new TypedDocumentString(`
    mutation DeleteClient($input: DeleteClientInput!) {
  deleteClient(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteClientMutation, DeleteClientMutationVariables>;
export const DashboardSummaryDocument = new TypedDocumentString(`
    query DashboardSummary($orgId: ID) {
  dashboardSummary(orgId: $orgId) {
    total_tasks
    done_tasks
    overdue_tasks
    my_open_tasks
    running_timer {
      ...TimeEntryFields
    }
    tracked_secs_this_week
    timezone
    week_start
  }
}
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}`) as unknown as TypedDocumentString<DashboardSummaryQuery, DashboardSummaryQueryVariables>;
export const EntityChangedDocument = new TypedDocumentString(`
    subscription EntityChanged($orgId: ID, $entityType: String) {
  entityChanged(orgId: $orgId, entityType: $entityType) {
    entity_type
    entity_id
    action
    changes
    entity
    user_id
    org_id
    timestamp
  }
}
    `) as unknown as TypedDocumentString<EntityChangedSubscription, EntityChangedSubscriptionVariables>;
export const TimerUpdateDocument = new TypedDocumentString(`
    subscription TimerUpdate {
  timerUpdate {
    running
    time_entry {
      id
      description
      project_id
      task_id
      started_at
      stopped_at
      duration_secs
    }
  }
}
    `) as unknown as TypedDocumentString<TimerUpdateSubscription, TimerUpdateSubscriptionVariables>;
export const UserPresenceDocument = new TypedDocumentString(`
    subscription UserPresence($orgId: ID) {
  userPresence(orgId: $orgId) {
    user_id
    status
    last_seen
  }
}
    `) as unknown as TypedDocumentString<UserPresenceSubscription, UserPresenceSubscriptionVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($orgId: ID, $clientId: ID, $status: String, $page: Int, $perPage: Int) {
  invoices(
    orgId: $orgId
    clientId: $clientId
    status: $status
    page: $page
    perPage: $perPage
  ) {
    data {
      ...InvoiceFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceDocument = new TypedDocumentString(`
    query Invoice($id: ID!, $orgId: ID) {
  invoice(id: $id, orgId: $orgId) {
    ...InvoiceFields
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const CreateInvoiceDocument = new TypedDocumentString(`
    mutation CreateInvoice($input: CreateInvoiceInput!) {
  createInvoice(input: $input) {
    ...InvoiceFields
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateInvoiceMutation, CreateInvoiceMutationVariables>;
export const UpdateInvoiceDocument = new TypedDocumentString(`
    mutation UpdateInvoice($input: UpdateInvoiceInput!) {
  updateInvoice(input: $input) {
    ...InvoiceFields
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateInvoiceMutation, UpdateInvoiceMutationVariables>;
export const DeleteInvoiceDocument = new TypedDocumentString(`
    mutation DeleteInvoice($input: DeleteInvoiceInput!) {
  deleteInvoice(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteInvoiceMutation, DeleteInvoiceMutationVariables>;
export const GenerateInvoiceDocument = new TypedDocumentString(`
    mutation GenerateInvoice($input: GenerateInvoiceInput!) {
  generateInvoice(input: $input) {
    invoice {
      ...InvoiceFields
    }
    entries_linked
    entries_without_rate
    lines_added
    from
    to
    timezone
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<GenerateInvoiceMutation, GenerateInvoiceMutationVariables>;
export const SendInvoiceDocument = new TypedDocumentString(`
    mutation SendInvoice($input: SendInvoiceInput!) {
  sendInvoice(input: $input) {
    ...InvoiceFields
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<SendInvoiceMutation, SendInvoiceMutationVariables>;
export const MarkInvoicePaidDocument = new TypedDocumentString(`
    mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {
  markInvoicePaid(input: $input) {
    ...InvoiceFields
  }
}
    fragment InvoiceLineFields on InvoiceLine {
  id
  position
  description
  quantity_secs
  quantity
  unit_price_cents
  amount_cents
  project_id
  time_entry_count
  time_entry_ids
}
fragment InvoiceFields on Invoice {
  id
  org_id
  number
  client_id
  client_name
  status
  issue_date
  due_date
  currency
  tax_rate_bp
  subtotal_cents
  tax_cents
  total_cents
  notes
  sent_at
  paid_at
  payment_method
  rounding
  timezone
  line_count
  lines {
    ...InvoiceLineFields
  }
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<MarkInvoicePaidMutation, MarkInvoicePaidMutationVariables>;
export const LabelsDocument = new TypedDocumentString(`
    query Labels($orgId: ID, $page: Int, $perPage: Int) {
  labels(orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...LabelFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment LabelFields on Label {
  id
  org_id
  name
  color
  created_at
  updated_at
}`) as unknown as TypedDocumentString<LabelsQuery, LabelsQueryVariables>;
export const CreateLabelDocument = new TypedDocumentString(`
    mutation CreateLabel($input: CreateLabelInput!) {
  createLabel(input: $input) {
    ...LabelFields
  }
}
    fragment LabelFields on Label {
  id
  org_id
  name
  color
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateLabelMutation, CreateLabelMutationVariables>;
export const UpdateLabelDocument = new TypedDocumentString(`
    mutation UpdateLabel($input: UpdateLabelInput!) {
  updateLabel(input: $input) {
    ...LabelFields
  }
}
    fragment LabelFields on Label {
  id
  org_id
  name
  color
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateLabelMutation, UpdateLabelMutationVariables>;
export const DeleteLabelDocument = new TypedDocumentString(`
    mutation DeleteLabel($input: DeleteLabelInput!) {
  deleteLabel(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteLabelMutation, DeleteLabelMutationVariables>;
export const MilestonesDocument = new TypedDocumentString(`
    query Milestones($projectId: ID!, $orgId: ID, $page: Int, $perPage: Int) {
  milestones(projectId: $projectId, orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...MilestoneFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment MilestoneFields on Milestone {
  id
  org_id
  project_id
  title
  description
  target_date
  color
  task_count
  done_count
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<MilestonesQuery, MilestonesQueryVariables>;
export const CreateMilestoneDocument = new TypedDocumentString(`
    mutation CreateMilestone($input: CreateMilestoneInput!) {
  createMilestone(input: $input) {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  org_id
  project_id
  title
  description
  target_date
  color
  task_count
  done_count
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const UpdateMilestoneDocument = new TypedDocumentString(`
    mutation UpdateMilestone($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) {
    ...MilestoneFields
  }
}
    fragment MilestoneFields on Milestone {
  id
  org_id
  project_id
  title
  description
  target_date
  color
  task_count
  done_count
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const DeleteMilestoneDocument = new TypedDocumentString(`
    mutation DeleteMilestone($input: DeleteMilestoneInput!) {
  deleteMilestone(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteMilestoneMutation, DeleteMilestoneMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($orgId: ID, $unread: Boolean, $page: Int, $perPage: Int) {
  notifications(orgId: $orgId, unread: $unread, page: $page, perPage: $perPage) {
    data {
      ...NotificationFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
    unread_count
  }
}
    fragment NotificationFields on Notification {
  id
  org_id
  type
  title
  entity_type
  entity_id
  url
  actor_id
  actor_name
  created_at
  read_at
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput) {
  markNotificationsRead(input: $input) {
    updated
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    email {
      task_assigned
      task_status_changed
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    email {
      task_assigned
      task_status_changed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const NotificationCreatedDocument = new TypedDocumentString(`
    subscription NotificationCreated($orgId: ID) {
  notificationCreated(orgId: $orgId) {
    ...NotificationFields
  }
}
    fragment NotificationFields on Notification {
  id
  org_id
  type
  title
  entity_type
  entity_id
  url
  actor_id
  actor_name
  created_at
  read_at
}`) as unknown as TypedDocumentString<NotificationCreatedSubscription, NotificationCreatedSubscriptionVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations {
  organizations {
    ...OrganizationFields
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  slug
  role
  settings {
    timezone
    currency
  }
  created_at
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID!, $membersPage: Int, $membersPerPage: Int) {
  organization(id: $id) {
    ...OrganizationFields
    members(page: $membersPage, perPage: $membersPerPage) {
      data {
        user_id
        role
        user {
          id
          name
          email
        }
      }
      pagination {
        total
        page
        per_page
        total_pages
      }
    }
  }
}
    fragment OrganizationFields on Organization {
  id
  name
  slug
  role
  settings {
    timezone
    currency
  }
  created_at
}`) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const PresenceDocument = new TypedDocumentString(`
    query Presence($orgId: ID, $page: Int, $perPage: Int) {
  presence(orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      user_id
      name
      status
      last_seen
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    `) as unknown as TypedDocumentString<PresenceQuery, PresenceQueryVariables>;
export const SetPresenceDocument = new TypedDocumentString(`
    mutation SetPresence($input: SetPresenceInput!) {
  setPresence(input: $input) {
    user_id
    status
    last_seen
  }
}
    `) as unknown as TypedDocumentString<SetPresenceMutation, SetPresenceMutationVariables>;
export const ProjectMembersDocument = new TypedDocumentString(`
    query ProjectMembers($projectId: ID!, $orgId: ID, $page: Int, $perPage: Int) {
  projectMembers(
    projectId: $projectId
    orgId: $orgId
    page: $page
    perPage: $perPage
  ) {
    data {
      ...ProjectMemberFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment ProjectMemberFields on ProjectMember {
  id
  org_id
  project_id
  user_id
  role
  user {
    id
    name
    email
    avatar_url
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ProjectMembersQuery, ProjectMembersQueryVariables>;
export const AddProjectMemberDocument = new TypedDocumentString(`
    mutation AddProjectMember($input: AddProjectMemberInput!) {
  addProjectMember(input: $input) {
    ...ProjectMemberFields
  }
}
    fragment ProjectMemberFields on ProjectMember {
  id
  org_id
  project_id
  user_id
  role
  user {
    id
    name
    email
    avatar_url
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<AddProjectMemberMutation, AddProjectMemberMutationVariables>;
export const UpdateProjectMemberDocument = new TypedDocumentString(`
    mutation UpdateProjectMember($input: UpdateProjectMemberInput!) {
  updateProjectMember(input: $input) {
    ...ProjectMemberFields
  }
}
    fragment ProjectMemberFields on ProjectMember {
  id
  org_id
  project_id
  user_id
  role
  user {
    id
    name
    email
    avatar_url
  }
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateProjectMemberMutation, UpdateProjectMemberMutationVariables>;
export const RemoveProjectMemberDocument = new TypedDocumentString(`
    mutation RemoveProjectMember($input: RemoveProjectMemberInput!) {
  removeProjectMember(input: $input) {
    project_id
    user_id
    removed
  }
}
    `) as unknown as TypedDocumentString<RemoveProjectMemberMutation, RemoveProjectMemberMutationVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($orgId: ID, $status: String, $search: String, $page: Int, $perPage: Int) {
  projects(
    orgId: $orgId
    status: $status
    search: $search
    page: $page
    perPage: $perPage
  ) {
    data {
      ...ProjectFields
      task_count
      total_hours
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment ProjectFields on Project {
  id
  org_id
  name
  description
  color
  billable
  hourly_rate_cents
  status
  visibility
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!, $orgId: ID, $taskStatus: String, $from: String, $to: String) {
  project(id: $id, orgId: $orgId) {
    ...ProjectFields
    task_count
    total_hours
    tasks(status: $taskStatus) {
      data {
        id
        title
        status
        priority
        due_date
      }
      pagination {
        total
      }
    }
    time_entries(from: $from, to: $to) {
      data {
        id
        description
        duration_secs
        user {
          id
          name
        }
      }
      pagination {
        total
      }
    }
  }
}
    fragment ProjectFields on Project {
  id
  org_id
  name
  description
  color
  billable
  hourly_rate_cents
  status
  visibility
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  org_id
  name
  description
  color
  billable
  hourly_rate_cents
  status
  visibility
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    ...ProjectFields
  }
}
    fragment ProjectFields on Project {
  id
  org_id
  name
  description
  color
  billable
  hourly_rate_cents
  status
  visibility
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const TimesheetReportDocument = new TypedDocumentString(`
    query TimesheetReport($orgId: ID, $from: String!, $to: String!, $userId: ID, $projectId: ID, $clientId: ID, $description: String, $invoiceId: ID, $groupBy: String, $page: Int, $perPage: Int) {
  timesheetReport(
    orgId: $orgId
    from: $from
    to: $to
    userId: $userId
    projectId: $projectId
    clientId: $clientId
    description: $description
    invoiceId: $invoiceId
    groupBy: $groupBy
    page: $page
    perPage: $perPage
  ) {
    from
    to
    timezone
    currency
    rounding
    group_by
    totals {
      entries
      secs
      billable_secs
      amount_cents
    }
    groups {
      key
      label
      entries
      secs
      billable_secs
      amount_cents
    }
    groups_total
    entries {
      id
      user_id
      user_name
      project_id
      project_name
      client_id
      task_id
      task_title
      description
      started_at
      stopped_at
      duration_secs
      billable
      effective_hourly_rate_cents
      amount_cents
      invoice_id
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    `) as unknown as TypedDocumentString<TimesheetReportQuery, TimesheetReportQueryVariables>;
export const RevenueReportDocument = new TypedDocumentString(`
    query RevenueReport($orgId: ID, $from: String!, $to: String!, $clientId: ID, $groupBy: String) {
  revenueReport(
    orgId: $orgId
    from: $from
    to: $to
    clientId: $clientId
    groupBy: $groupBy
  ) {
    from
    to
    timezone
    currency
    rounding
    group_by
    rows {
      key
      label
      currency
      invoice_count
      invoiced_subtotal_cents
      invoiced_tax_cents
      invoiced_total_cents
      unbilled_secs
      unbilled_cents
    }
    rows_total
    totals {
      ...RevenueFiguresFields
    }
  }
}
    fragment RevenueFiguresFields on RevenueFigures {
  currency
  invoice_count
  invoiced_subtotal_cents
  invoiced_tax_cents
  invoiced_total_cents
  unbilled_secs
  unbilled_cents
}`) as unknown as TypedDocumentString<RevenueReportQuery, RevenueReportQueryVariables>;
export const UtilizationReportDocument = new TypedDocumentString(`
    query UtilizationReport($orgId: ID, $from: String!, $to: String!, $userId: ID, $invoiceId: ID, $targetHours: Float, $page: Int, $perPage: Int) {
  utilizationReport(
    orgId: $orgId
    from: $from
    to: $to
    userId: $userId
    invoiceId: $invoiceId
    targetHours: $targetHours
    page: $page
    perPage: $perPage
  ) {
    from
    to
    timezone
    currency
    rounding
    target_rule
    working_days
    rows {
      user_id
      user_name
      tracked_secs
      billable_secs
      target_secs
      utilization
    }
    totals {
      tracked_secs
      billable_secs
      target_secs
      utilization
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    `) as unknown as TypedDocumentString<UtilizationReportQuery, UtilizationReportQueryVariables>;
export const ProfitabilityReportDocument = new TypedDocumentString(`
    query ProfitabilityReport($orgId: ID, $from: String!, $to: String!, $groupBy: String) {
  profitabilityReport(orgId: $orgId, from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    timezone
    currency
    rounding
    group_by
    rows {
      key
      label
      secs
      billable_secs
      revenue_cents
      cost_cents
      margin_cents
      margin_pct
      entries_without_cost_rate
      secs_without_cost_rate
      entries_without_client_rate
      secs_without_client_rate
    }
    rows_total
    totals {
      ...ProfitabilityFiguresFields
    }
  }
}
    fragment ProfitabilityFiguresFields on ProfitabilityFigures {
  secs
  billable_secs
  revenue_cents
  cost_cents
  margin_cents
  margin_pct
  entries_without_cost_rate
  secs_without_cost_rate
  entries_without_client_rate
  secs_without_client_rate
}`) as unknown as TypedDocumentString<ProfitabilityReportQuery, ProfitabilityReportQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($orgId: ID, $q: String!, $type: String, $limit: Int) {
  search(orgId: $orgId, q: $q, type: $type, limit: $limit) {
    hits {
      type
      id
      title
      snippet
      rank
      project_id
      task_id
      channel_id
      client_id
      updated_at
    }
    total
    counts {
      task
      project
      client
      task_comment
      chat_message
      invoice
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SidebarCollapsedDocument = new TypedDocumentString(`
    query SidebarCollapsed($orgId: ID) {
  sidebarCollapsed(orgId: $orgId) {
    project_ids
  }
}
    `) as unknown as TypedDocumentString<SidebarCollapsedQuery, SidebarCollapsedQueryVariables>;
export const ToggleSidebarCollapsedDocument = new TypedDocumentString(`
    mutation ToggleSidebarCollapsed($input: ToggleSidebarCollapsedInput!) {
  toggleSidebarCollapsed(input: $input) {
    project_id
    collapsed
  }
}
    `) as unknown as TypedDocumentString<ToggleSidebarCollapsedMutation, ToggleSidebarCollapsedMutationVariables>;
export const TaskChecklistDocument = new TypedDocumentString(`
    query TaskChecklist($taskId: ID!, $orgId: ID, $page: Int, $perPage: Int) {
  taskChecklist(taskId: $taskId, orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...ChecklistItemFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment ChecklistItemFields on ChecklistItem {
  id
  org_id
  task_id
  title
  position
  completed
  completed_by
  completed_at
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskChecklistQuery, TaskChecklistQueryVariables>;
export const CreateChecklistItemDocument = new TypedDocumentString(`
    mutation CreateChecklistItem($input: CreateChecklistItemInput!) {
  createChecklistItem(input: $input) {
    ...ChecklistItemFields
  }
}
    fragment ChecklistItemFields on ChecklistItem {
  id
  org_id
  task_id
  title
  position
  completed
  completed_by
  completed_at
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateChecklistItemMutation, CreateChecklistItemMutationVariables>;
export const ToggleChecklistItemDocument = new TypedDocumentString(`
    mutation ToggleChecklistItem($input: ToggleChecklistItemInput!) {
  toggleChecklistItem(input: $input) {
    ...ChecklistItemFields
  }
}
    fragment ChecklistItemFields on ChecklistItem {
  id
  org_id
  task_id
  title
  position
  completed
  completed_by
  completed_at
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ToggleChecklistItemMutation, ToggleChecklistItemMutationVariables>;
export const DeleteChecklistItemDocument = new TypedDocumentString(`
    mutation DeleteChecklistItem($input: DeleteChecklistItemInput!) {
  deleteChecklistItem(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteChecklistItemMutation, DeleteChecklistItemMutationVariables>;
export const TaskCommentsDocument = new TypedDocumentString(`
    query TaskComments($taskId: ID!, $orgId: ID, $page: Int, $perPage: Int) {
  taskComments(taskId: $taskId, orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...TaskCommentFields
      author {
        id
        name
      }
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment TaskCommentFields on TaskComment {
  id
  org_id
  task_id
  author_id
  body
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskCommentsQuery, TaskCommentsQueryVariables>;
export const AddTaskCommentDocument = new TypedDocumentString(`
    mutation AddTaskComment($input: AddTaskCommentInput!) {
  addTaskComment(input: $input) {
    ...TaskCommentFields
  }
}
    fragment TaskCommentFields on TaskComment {
  id
  org_id
  task_id
  author_id
  body
  created_at
  updated_at
}`) as unknown as TypedDocumentString<AddTaskCommentMutation, AddTaskCommentMutationVariables>;
export const DeleteTaskCommentDocument = new TypedDocumentString(`
    mutation DeleteTaskComment($input: DeleteTaskCommentInput!) {
  deleteTaskComment(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskCommentMutation, DeleteTaskCommentMutationVariables>;
export const TaskDependenciesDocument = new TypedDocumentString(`
    query TaskDependencies($taskId: ID!, $orgId: ID) {
  taskDependencies(taskId: $taskId, orgId: $orgId) {
    blocked_by {
      ...DependencyLinkFields
    }
    blocks {
      ...DependencyLinkFields
    }
  }
}
    fragment DependencyLinkFields on DependencyLink {
  dependency_id
  task_id
  title
  status
  project_id
}`) as unknown as TypedDocumentString<TaskDependenciesQuery, TaskDependenciesQueryVariables>;
export const AllTaskDependenciesDocument = new TypedDocumentString(`
    query AllTaskDependencies($orgId: ID) {
  allTaskDependencies(orgId: $orgId) {
    id
    task_id
    depends_on_id
  }
}
    `) as unknown as TypedDocumentString<AllTaskDependenciesQuery, AllTaskDependenciesQueryVariables>;
export const AddTaskDependencyDocument = new TypedDocumentString(`
    mutation AddTaskDependency($input: AddTaskDependencyInput!) {
  addTaskDependency(input: $input) {
    id
    org_id
    task_id
    depends_on_id
    created_by
    created_at
  }
}
    `) as unknown as TypedDocumentString<AddTaskDependencyMutation, AddTaskDependencyMutationVariables>;
export const RemoveTaskDependencyDocument = new TypedDocumentString(`
    mutation RemoveTaskDependency($input: RemoveTaskDependencyInput!) {
  removeTaskDependency(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<RemoveTaskDependencyMutation, RemoveTaskDependencyMutationVariables>;
export const TaskGroupsDocument = new TypedDocumentString(`
    query TaskGroups($projectId: ID!, $orgId: ID, $page: Int, $perPage: Int) {
  taskGroups(projectId: $projectId, orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...TaskGroupFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskGroupsQuery, TaskGroupsQueryVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($id: ID!, $orgId: ID) {
  project(id: $id, orgId: $orgId) {
    id
    name
    task_groups(perPage: 10) {
      data {
        ...TaskGroupFields
        tasks(perPage: 50) {
          data {
            ...BoardCard
          }
          pagination {
            total
          }
        }
      }
    }
    ungrouped_tasks(perPage: 50) {
      data {
        ...BoardCard
      }
      pagination {
        total
      }
    }
  }
}
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}
fragment BoardCard on Task {
  id
  title
  status
  priority
  position
  group_id
  due_date
  assignee_ids
  labels {
    id
    name
    color
  }
  milestone {
    id
    title
  }
  checklist(perPage: 10) {
    data {
      id
      title
      completed
    }
  }
  comment_count
  dependencies {
    blocked_by {
      task_id
    }
    blocks {
      task_id
    }
  }
}`) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const CreateTaskGroupDocument = new TypedDocumentString(`
    mutation CreateTaskGroup($input: CreateTaskGroupInput!) {
  createTaskGroup(input: $input) {
    ...TaskGroupFields
  }
}
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateTaskGroupMutation, CreateTaskGroupMutationVariables>;
export const UpdateTaskGroupDocument = new TypedDocumentString(`
    mutation UpdateTaskGroup($input: UpdateTaskGroupInput!) {
  updateTaskGroup(input: $input) {
    ...TaskGroupFields
  }
}
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateTaskGroupMutation, UpdateTaskGroupMutationVariables>;
export const DeleteTaskGroupDocument = new TypedDocumentString(`
    mutation DeleteTaskGroup($input: DeleteTaskGroupInput!) {
  deleteTaskGroup(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskGroupMutation, DeleteTaskGroupMutationVariables>;
export const ReorderTaskGroupsDocument = new TypedDocumentString(`
    mutation ReorderTaskGroups($input: ReorderTaskGroupsInput!) {
  reorderTaskGroups(input: $input) {
    ...TaskGroupFields
  }
}
    fragment TaskGroupFields on TaskGroup {
  id
  org_id
  project_id
  name
  position
  collapsed
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ReorderTaskGroupsMutation, ReorderTaskGroupsMutationVariables>;
export const ToggleTaskGroupCollapsedDocument = new TypedDocumentString(`
    mutation ToggleTaskGroupCollapsed($input: ToggleTaskGroupCollapsedInput!) {
  toggleTaskGroupCollapsed(input: $input) {
    group_id
    collapsed
  }
}
    `) as unknown as TypedDocumentString<ToggleTaskGroupCollapsedMutation, ToggleTaskGroupCollapsedMutationVariables>;
export const TaskRecurrenceDocument = new TypedDocumentString(`
    query TaskRecurrence($recurrenceId: ID!, $orgId: ID) {
  taskRecurrence(recurrenceId: $recurrenceId, orgId: $orgId) {
    ...TaskRecurrenceFields
  }
}
    fragment TaskRecurrenceFields on TaskRecurrence {
  id
  org_id
  task_id
  recurrence_pattern
  timezone
  next_run_at
  last_run_at
  occurrences_created
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskRecurrenceQuery, TaskRecurrenceQueryVariables>;
export const CreateTaskRecurrenceDocument = new TypedDocumentString(`
    mutation CreateTaskRecurrence($input: CreateTaskRecurrenceInput!) {
  createTaskRecurrence(input: $input) {
    ...TaskRecurrenceFields
  }
}
    fragment TaskRecurrenceFields on TaskRecurrence {
  id
  org_id
  task_id
  recurrence_pattern
  timezone
  next_run_at
  last_run_at
  occurrences_created
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateTaskRecurrenceMutation, CreateTaskRecurrenceMutationVariables>;
export const UpdateTaskRecurrenceDocument = new TypedDocumentString(`
    mutation UpdateTaskRecurrence($input: UpdateTaskRecurrenceInput!) {
  updateTaskRecurrence(input: $input) {
    ...TaskRecurrenceFields
  }
}
    fragment TaskRecurrenceFields on TaskRecurrence {
  id
  org_id
  task_id
  recurrence_pattern
  timezone
  next_run_at
  last_run_at
  occurrences_created
  created_by
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateTaskRecurrenceMutation, UpdateTaskRecurrenceMutationVariables>;
export const DeleteTaskRecurrenceDocument = new TypedDocumentString(`
    mutation DeleteTaskRecurrence($input: DeleteTaskRecurrenceInput!) {
  deleteTaskRecurrence(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskRecurrenceMutation, DeleteTaskRecurrenceMutationVariables>;
export const TaskStatusesDocument = new TypedDocumentString(`
    query TaskStatuses($orgId: ID, $page: Int, $perPage: Int) {
  taskStatuses(orgId: $orgId, page: $page, perPage: $perPage) {
    data {
      ...TaskStatusFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment TaskStatusFields on TaskStatus {
  id
  org_id
  code
  label
  color
  category
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskStatusesQuery, TaskStatusesQueryVariables>;
export const CreateTaskStatusDefinitionDocument = new TypedDocumentString(`
    mutation CreateTaskStatusDefinition($input: CreateTaskStatusDefinitionInput!) {
  createTaskStatusDefinition(input: $input) {
    ...TaskStatusFields
  }
}
    fragment TaskStatusFields on TaskStatus {
  id
  org_id
  code
  label
  color
  category
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateTaskStatusDefinitionMutation, CreateTaskStatusDefinitionMutationVariables>;
export const UpdateTaskStatusDefinitionDocument = new TypedDocumentString(`
    mutation UpdateTaskStatusDefinition($input: UpdateTaskStatusDefinitionInput!) {
  updateTaskStatusDefinition(input: $input) {
    ...TaskStatusFields
  }
}
    fragment TaskStatusFields on TaskStatus {
  id
  org_id
  code
  label
  color
  category
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateTaskStatusDefinitionMutation, UpdateTaskStatusDefinitionMutationVariables>;
export const DeleteTaskStatusDefinitionDocument = new TypedDocumentString(`
    mutation DeleteTaskStatusDefinition($input: DeleteTaskStatusDefinitionInput!) {
  deleteTaskStatusDefinition(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskStatusDefinitionMutation, DeleteTaskStatusDefinitionMutationVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($orgId: ID, $projectId: ID, $status: String, $assigneeId: ID, $labelId: ID, $milestoneId: ID, $sort: String, $order: String, $page: Int, $perPage: Int) {
  tasks(
    orgId: $orgId
    projectId: $projectId
    status: $status
    assigneeId: $assigneeId
    labelId: $labelId
    milestoneId: $milestoneId
    sort: $sort
    order: $order
    page: $page
    perPage: $perPage
  ) {
    data {
      ...TaskFields
      assignees {
        id
        name
      }
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!, $orgId: ID) {
  task(id: $id, orgId: $orgId) {
    ...TaskFields
    project {
      id
      name
    }
    assignees {
      id
      name
      email
    }
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskDocument = new TypedDocumentString(`
    mutation UpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const UpdateTaskStatusDocument = new TypedDocumentString(`
    mutation UpdateTaskStatus($input: UpdateTaskStatusInput!) {
  updateTaskStatus(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<UpdateTaskStatusMutation, UpdateTaskStatusMutationVariables>;
export const DeleteTaskDocument = new TypedDocumentString(`
    mutation DeleteTask($input: DeleteTaskInput!) {
  deleteTask(input: $input) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteTaskMutation, DeleteTaskMutationVariables>;
export const CreateTasksDocument = new TypedDocumentString(`
    mutation CreateTasks($input: CreateTasksInput!) {
  createTasks(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<CreateTasksMutation, CreateTasksMutationVariables>;
export const ReorderTaskDocument = new TypedDocumentString(`
    mutation ReorderTask($input: ReorderTaskInput!) {
  reorderTask(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  org_id
  project_id
  title
  description
  status
  priority
  start_date
  due_date
  estimated_hours
  assignee_ids
  label_ids
  group_id
  milestone_id
  position
  created_at
  updated_at
}`) as unknown as TypedDocumentString<ReorderTaskMutation, ReorderTaskMutationVariables>;
export const TimeEntriesDocument = new TypedDocumentString(`
    query TimeEntries($orgId: ID, $from: String, $to: String, $projectId: ID, $page: Int, $perPage: Int) {
  timeEntries(
    orgId: $orgId
    from: $from
    to: $to
    projectId: $projectId
    page: $page
    perPage: $perPage
  ) {
    data {
      ...TimeEntryFields
    }
    pagination {
      total
      page
      per_page
      total_pages
    }
  }
}
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}`) as unknown as TypedDocumentString<TimeEntriesQuery, TimeEntriesQueryVariables>;
export const CurrentTimerDocument = new TypedDocumentString(`
    query CurrentTimer($orgId: ID) {
  currentTimer(orgId: $orgId) {
    ...TimeEntryFields
  }
}
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}`) as unknown as TypedDocumentString<CurrentTimerQuery, CurrentTimerQueryVariables>;
export const StartTimerDocument = new TypedDocumentString(`
    mutation StartTimer($input: StartTimerInput) {
  startTimer(input: $input) {
    ...TimeEntryFields
  }
}
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}`) as unknown as TypedDocumentString<StartTimerMutation, StartTimerMutationVariables>;
export const StopTimerDocument = new TypedDocumentString(`
    mutation StopTimer($input: StopTimerInput) {
  stopTimer(input: $input) {
    ...TimeEntryFields
  }
}
    fragment TimeEntryFields on TimeEntry {
  id
  org_id
  user_id
  project_id
  task_id
  description
  billable
  started_at
  stopped_at
  duration_secs
}`) as unknown as TypedDocumentString<StopTimerMutation, StopTimerMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    avatar_url
    default_org_id
    created_at
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;