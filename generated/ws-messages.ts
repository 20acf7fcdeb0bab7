// Generated from specs/asyncapi/trcr-ws.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type * as Models from './models.js';
import type { OperationInput, OperationOutput } from './operations.js';
import type { WsAction } from './ws-actions.js';

// Requests (client -> server). An operation action's payload is that operation's input.

/** `authenticate`: Present a WebSocket ticket. */
export interface AuthenticateRequest {
  action: 'authenticate';
  payload: { ticket: string };
  request_id?: string;
  id?: string;
}

/** `ping`: Application-level ping. */
export interface PingRequest {
  action: 'ping';
  request_id?: string;
  id?: string;
}

/** `users.me`: Get the signed-in user */
export interface UsersMeRequest {
  action: 'users.me';
  payload?: OperationInput<'users.me'>;
  request_id?: string;
  id?: string;
}

/** `organizations.list`: List your organizations */
export interface OrganizationsListRequest {
  action: 'organizations.list';
  payload?: OperationInput<'organizations.list'>;
  request_id?: string;
  id?: string;
}

/** `organizations.create`: Create an organization */
export interface OrganizationsCreateRequest {
  action: 'organizations.create';
  payload: OperationInput<'organizations.create'>;
  request_id?: string;
  id?: string;
}

/** `organizations.get`: Get an organization */
export interface OrganizationsGetRequest {
  action: 'organizations.get';
  payload: OperationInput<'organizations.get'>;
  request_id?: string;
  id?: string;
}

/** `organizations.update`: Update an organization */
export interface OrganizationsUpdateRequest {
  action: 'organizations.update';
  payload: OperationInput<'organizations.update'>;
  request_id?: string;
  id?: string;
}

/** `organizations.delete`: Delete an organization */
export interface OrganizationsDeleteRequest {
  action: 'organizations.delete';
  payload: OperationInput<'organizations.delete'>;
  request_id?: string;
  id?: string;
}

/** `members.list`: List members */
export interface MembersListRequest {
  action: 'members.list';
  payload?: OperationInput<'members.list'>;
  request_id?: string;
  id?: string;
}

/** `members.invite`: Invite someone to the organization */
export interface MembersInviteRequest {
  action: 'members.invite';
  payload: OperationInput<'members.invite'>;
  request_id?: string;
  id?: string;
}

/** `members.update`: Change a member's role or permissions */
export interface MembersUpdateRequest {
  action: 'members.update';
  payload: OperationInput<'members.update'>;
  request_id?: string;
  id?: string;
}

/** `members.remove`: Remove a member (or leave) */
export interface MembersRemoveRequest {
  action: 'members.remove';
  payload: OperationInput<'members.remove'>;
  request_id?: string;
  id?: string;
}

/** `invitations.accept`: Accept an invitation */
export interface InvitationsAcceptRequest {
  action: 'invitations.accept';
  payload: OperationInput<'invitations.accept'>;
  request_id?: string;
  id?: string;
}

/** `projects.list`: List projects */
export interface ProjectsListRequest {
  action: 'projects.list';
  payload?: OperationInput<'projects.list'>;
  request_id?: string;
  id?: string;
}

/** `projects.create`: Create a project */
export interface ProjectsCreateRequest {
  action: 'projects.create';
  payload: OperationInput<'projects.create'>;
  request_id?: string;
  id?: string;
}

/** `projects.get`: Get a project */
export interface ProjectsGetRequest {
  action: 'projects.get';
  payload: OperationInput<'projects.get'>;
  request_id?: string;
  id?: string;
}

/** `projects.update`: Update a project */
export interface ProjectsUpdateRequest {
  action: 'projects.update';
  payload: OperationInput<'projects.update'>;
  request_id?: string;
  id?: string;
}

/** `projects.delete`: Delete a project */
export interface ProjectsDeleteRequest {
  action: 'projects.delete';
  payload: OperationInput<'projects.delete'>;
  request_id?: string;
  id?: string;
}

/** `projects.members.list`: List a project's members */
export interface ProjectsMembersListRequest {
  action: 'projects.members.list';
  payload: OperationInput<'projects.members.list'>;
  request_id?: string;
  id?: string;
}

/** `projects.members.add`: Add a member to a project */
export interface ProjectsMembersAddRequest {
  action: 'projects.members.add';
  payload: OperationInput<'projects.members.add'>;
  request_id?: string;
  id?: string;
}

/** `projects.members.update`: Change a project member's role */
export interface ProjectsMembersUpdateRequest {
  action: 'projects.members.update';
  payload: OperationInput<'projects.members.update'>;
  request_id?: string;
  id?: string;
}

/** `projects.members.remove`: Remove a member from a project */
export interface ProjectsMembersRemoveRequest {
  action: 'projects.members.remove';
  payload: OperationInput<'projects.members.remove'>;
  request_id?: string;
  id?: string;
}

/** `tasks.list`: List tasks */
export interface TasksListRequest {
  action: 'tasks.list';
  payload?: OperationInput<'tasks.list'>;
  request_id?: string;
  id?: string;
}

/** `tasks.create`: Create a task */
export interface TasksCreateRequest {
  action: 'tasks.create';
  payload: OperationInput<'tasks.create'>;
  request_id?: string;
  id?: string;
}

/** `tasks.get`: Get a task */
export interface TasksGetRequest {
  action: 'tasks.get';
  payload: OperationInput<'tasks.get'>;
  request_id?: string;
  id?: string;
}

/** `tasks.update`: Update a task */
export interface TasksUpdateRequest {
  action: 'tasks.update';
  payload: OperationInput<'tasks.update'>;
  request_id?: string;
  id?: string;
}

/** `tasks.delete`: Delete a task */
export interface TasksDeleteRequest {
  action: 'tasks.delete';
  payload: OperationInput<'tasks.delete'>;
  request_id?: string;
  id?: string;
}

/** `tasks.update_status`: Change a task's status */
export interface TasksUpdateStatusRequest {
  action: 'tasks.update_status';
  payload: OperationInput<'tasks.update_status'>;
  request_id?: string;
  id?: string;
}

/** `tasks.create_bulk`: Create up to 100 tasks at once */
export interface TasksCreateBulkRequest {
  action: 'tasks.create_bulk';
  payload: OperationInput<'tasks.create_bulk'>;
  request_id?: string;
  id?: string;
}

/** `tasks.reorder`: Move a task within its group or to another group */
export interface TasksReorderRequest {
  action: 'tasks.reorder';
  payload: OperationInput<'tasks.reorder'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.list`: List a project's task groups */
export interface TaskGroupsListRequest {
  action: 'task_groups.list';
  payload: OperationInput<'task_groups.list'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.create`: Create a task group */
export interface TaskGroupsCreateRequest {
  action: 'task_groups.create';
  payload: OperationInput<'task_groups.create'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.update`: Rename a task group */
export interface TaskGroupsUpdateRequest {
  action: 'task_groups.update';
  payload: OperationInput<'task_groups.update'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.delete`: Delete a task group */
export interface TaskGroupsDeleteRequest {
  action: 'task_groups.delete';
  payload: OperationInput<'task_groups.delete'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.reorder`: Reorder a project's task groups */
export interface TaskGroupsReorderRequest {
  action: 'task_groups.reorder';
  payload: OperationInput<'task_groups.reorder'>;
  request_id?: string;
  id?: string;
}

/** `task_groups.toggle_collapsed`: Fold or unfold a task group for yourself */
export interface TaskGroupsToggleCollapsedRequest {
  action: 'task_groups.toggle_collapsed';
  payload: OperationInput<'task_groups.toggle_collapsed'>;
  request_id?: string;
  id?: string;
}

/** `sidebar.get_collapsed`: Your collapsed sidebar projects */
export interface SidebarGetCollapsedRequest {
  action: 'sidebar.get_collapsed';
  payload?: OperationInput<'sidebar.get_collapsed'>;
  request_id?: string;
  id?: string;
}

/** `sidebar.toggle_collapsed`: Fold or unfold a project in your sidebar */
export interface SidebarToggleCollapsedRequest {
  action: 'sidebar.toggle_collapsed';
  payload: OperationInput<'sidebar.toggle_collapsed'>;
  request_id?: string;
  id?: string;
}

/** `task_statuses.list`: List task statuses */
export interface TaskStatusesListRequest {
  action: 'task_statuses.list';
  payload?: OperationInput<'task_statuses.list'>;
  request_id?: string;
  id?: string;
}

/** `task_statuses.create`: Create a task status */
export interface TaskStatusesCreateRequest {
  action: 'task_statuses.create';
  payload: OperationInput<'task_statuses.create'>;
  request_id?: string;
  id?: string;
}

/** `task_statuses.update`: Update a task status */
export interface TaskStatusesUpdateRequest {
  action: 'task_statuses.update';
  payload: OperationInput<'task_statuses.update'>;
  request_id?: string;
  id?: string;
}

/** `task_statuses.delete`: Delete a task status */
export interface TaskStatusesDeleteRequest {
  action: 'task_statuses.delete';
  payload: OperationInput<'task_statuses.delete'>;
  request_id?: string;
  id?: string;
}

/** `labels.list`: List labels */
export interface LabelsListRequest {
  action: 'labels.list';
  payload?: OperationInput<'labels.list'>;
  request_id?: string;
  id?: string;
}

/** `labels.create`: Create a label */
export interface LabelsCreateRequest {
  action: 'labels.create';
  payload: OperationInput<'labels.create'>;
  request_id?: string;
  id?: string;
}

/** `labels.update`: Update a label */
export interface LabelsUpdateRequest {
  action: 'labels.update';
  payload: OperationInput<'labels.update'>;
  request_id?: string;
  id?: string;
}

/** `labels.delete`: Delete a label */
export interface LabelsDeleteRequest {
  action: 'labels.delete';
  payload: OperationInput<'labels.delete'>;
  request_id?: string;
  id?: string;
}

/** `milestones.list`: List a project's milestones */
export interface MilestonesListRequest {
  action: 'milestones.list';
  payload: OperationInput<'milestones.list'>;
  request_id?: string;
  id?: string;
}

/** `milestones.create`: Create a milestone */
export interface MilestonesCreateRequest {
  action: 'milestones.create';
  payload: OperationInput<'milestones.create'>;
  request_id?: string;
  id?: string;
}

/** `milestones.update`: Update a milestone */
export interface MilestonesUpdateRequest {
  action: 'milestones.update';
  payload: OperationInput<'milestones.update'>;
  request_id?: string;
  id?: string;
}

/** `milestones.delete`: Delete a milestone */
export interface MilestonesDeleteRequest {
  action: 'milestones.delete';
  payload: OperationInput<'milestones.delete'>;
  request_id?: string;
  id?: string;
}

/** `tasks.comments.list`: List a task's comments */
export interface TasksCommentsListRequest {
  action: 'tasks.comments.list';
  payload: OperationInput<'tasks.comments.list'>;
  request_id?: string;
  id?: string;
}

/** `tasks.add_comment`: Comment on a task */
export interface TasksAddCommentRequest {
  action: 'tasks.add_comment';
  payload: OperationInput<'tasks.add_comment'>;
  request_id?: string;
  id?: string;
}

/** `tasks.delete_comment`: Delete a comment */
export interface TasksDeleteCommentRequest {
  action: 'tasks.delete_comment';
  payload: OperationInput<'tasks.delete_comment'>;
  request_id?: string;
  id?: string;
}

/** `tasks.checklist.list`: List a task's checklist */
export interface TasksChecklistListRequest {
  action: 'tasks.checklist.list';
  payload: OperationInput<'tasks.checklist.list'>;
  request_id?: string;
  id?: string;
}

/** `tasks.checklist.create`: Add a checklist item */
export interface TasksChecklistCreateRequest {
  action: 'tasks.checklist.create';
  payload: OperationInput<'tasks.checklist.create'>;
  request_id?: string;
  id?: string;
}

/** `tasks.checklist.toggle`: Check or uncheck a checklist item */
export interface TasksChecklistToggleRequest {
  action: 'tasks.checklist.toggle';
  payload: OperationInput<'tasks.checklist.toggle'>;
  request_id?: string;
  id?: string;
}

/** `tasks.checklist.delete`: Delete a checklist item */
export interface TasksChecklistDeleteRequest {
  action: 'tasks.checklist.delete';
  payload: OperationInput<'tasks.checklist.delete'>;
  request_id?: string;
  id?: string;
}

/** `tasks.dependency.list`: List a task's dependencies */
export interface TasksDependencyListRequest {
  action: 'tasks.dependency.list';
  payload: OperationInput<'tasks.dependency.list'>;
  request_id?: string;
  id?: string;
}

/** `tasks.dependency.add`: Add a dependency */
export interface TasksDependencyAddRequest {
  action: 'tasks.dependency.add';
  payload: OperationInput<'tasks.dependency.add'>;
  request_id?: string;
  id?: string;
}

/** `tasks.dependency.remove`: Remove a dependency */
export interface TasksDependencyRemoveRequest {
  action: 'tasks.dependency.remove';
  payload: OperationInput<'tasks.dependency.remove'>;
  request_id?: string;
  id?: string;
}

/** `tasks.dependencies.list_all`: List every dependency of the organization */
export interface TasksDependenciesListAllRequest {
  action: 'tasks.dependencies.list_all';
  payload?: OperationInput<'tasks.dependencies.list_all'>;
  request_id?: string;
  id?: string;
}

/** `task_recurrences.create`: Set a task to repeat */
export interface TaskRecurrencesCreateRequest {
  action: 'task_recurrences.create';
  payload: OperationInput<'task_recurrences.create'>;
  request_id?: string;
  id?: string;
}

/** `task_recurrences.get`: Get a recurrence rule */
export interface TaskRecurrencesGetRequest {
  action: 'task_recurrences.get';
  payload: OperationInput<'task_recurrences.get'>;
  request_id?: string;
  id?: string;
}

/** `task_recurrences.update`: Update a recurrence rule */
export interface TaskRecurrencesUpdateRequest {
  action: 'task_recurrences.update';
  payload: OperationInput<'task_recurrences.update'>;
  request_id?: string;
  id?: string;
}

/** `task_recurrences.delete`: Stop a recurrence */
export interface TaskRecurrencesDeleteRequest {
  action: 'task_recurrences.delete';
  payload: OperationInput<'task_recurrences.delete'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.start`: Start a timer */
export interface TimeEntriesStartRequest {
  action: 'time_entries.start';
  payload: OperationInput<'time_entries.start'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.current`: Get the running timer */
export interface TimeEntriesCurrentRequest {
  action: 'time_entries.current';
  payload?: OperationInput<'time_entries.current'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.stop`: Stop a timer */
export interface TimeEntriesStopRequest {
  action: 'time_entries.stop';
  payload?: OperationInput<'time_entries.stop'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.list`: List time entries */
export interface TimeEntriesListRequest {
  action: 'time_entries.list';
  payload?: OperationInput<'time_entries.list'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.create`: Log time manually */
export interface TimeEntriesCreateRequest {
  action: 'time_entries.create';
  payload: OperationInput<'time_entries.create'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.get`: Get a time entry */
export interface TimeEntriesGetRequest {
  action: 'time_entries.get';
  payload: OperationInput<'time_entries.get'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.update`: Update a time entry */
export interface TimeEntriesUpdateRequest {
  action: 'time_entries.update';
  payload: OperationInput<'time_entries.update'>;
  request_id?: string;
  id?: string;
}

/** `time_entries.delete`: Delete a time entry */
export interface TimeEntriesDeleteRequest {
  action: 'time_entries.delete';
  payload: OperationInput<'time_entries.delete'>;
  request_id?: string;
  id?: string;
}

/** `personal_access_tokens.list`: List your personal access tokens */
export interface PersonalAccessTokensListRequest {
  action: 'personal_access_tokens.list';
  payload?: OperationInput<'personal_access_tokens.list'>;
  request_id?: string;
  id?: string;
}

/** `personal_access_tokens.create`: Create a personal access token */
export interface PersonalAccessTokensCreateRequest {
  action: 'personal_access_tokens.create';
  payload: OperationInput<'personal_access_tokens.create'>;
  request_id?: string;
  id?: string;
}

/** `personal_access_tokens.delete`: Revoke a personal access token */
export interface PersonalAccessTokensDeleteRequest {
  action: 'personal_access_tokens.delete';
  payload: OperationInput<'personal_access_tokens.delete'>;
  request_id?: string;
  id?: string;
}

/** `notifications.list`: List your notifications */
export interface NotificationsListRequest {
  action: 'notifications.list';
  payload?: OperationInput<'notifications.list'>;
  request_id?: string;
  id?: string;
}

/** `notifications.mark_read`: Mark notifications read */
export interface NotificationsMarkReadRequest {
  action: 'notifications.mark_read';
  payload?: OperationInput<'notifications.mark_read'>;
  request_id?: string;
  id?: string;
}

/** `notifications.preferences.get`: Your notification preferences */
export interface NotificationsPreferencesGetRequest {
  action: 'notifications.preferences.get';
  payload?: OperationInput<'notifications.preferences.get'>;
  request_id?: string;
  id?: string;
}

/** `notifications.preferences.update`: Change your notification preferences */
export interface NotificationsPreferencesUpdateRequest {
  action: 'notifications.preferences.update';
  payload: OperationInput<'notifications.preferences.update'>;
  request_id?: string;
  id?: string;
}

/** `dashboard.summary`: Dashboard summary */
export interface DashboardSummaryRequest {
  action: 'dashboard.summary';
  payload?: OperationInput<'dashboard.summary'>;
  request_id?: string;
  id?: string;
}

/** `reports.timesheet`: Timesheet report */
export interface ReportsTimesheetRequest {
  action: 'reports.timesheet';
  payload: OperationInput<'reports.timesheet'>;
  request_id?: string;
  id?: string;
}

/** `reports.revenue`: Revenue report */
export interface ReportsRevenueRequest {
  action: 'reports.revenue';
  payload: OperationInput<'reports.revenue'>;
  request_id?: string;
  id?: string;
}

/** `reports.utilization`: Utilization report */
export interface ReportsUtilizationRequest {
  action: 'reports.utilization';
  payload: OperationInput<'reports.utilization'>;
  request_id?: string;
  id?: string;
}

/** `reports.profitability`: Profitability report */
export interface ReportsProfitabilityRequest {
  action: 'reports.profitability';
  payload: OperationInput<'reports.profitability'>;
  request_id?: string;
  id?: string;
}

/** `clients.list`: List clients */
export interface ClientsListRequest {
  action: 'clients.list';
  payload?: OperationInput<'clients.list'>;
  request_id?: string;
  id?: string;
}

/** `clients.get`: Get a client */
export interface ClientsGetRequest {
  action: 'clients.get';
  payload: OperationInput<'clients.get'>;
  request_id?: string;
  id?: string;
}

/** `clients.create`: Create a client */
export interface ClientsCreateRequest {
  action: 'clients.create';
  payload: OperationInput<'clients.create'>;
  request_id?: string;
  id?: string;
}

/** `clients.update`: Update a client */
export interface ClientsUpdateRequest {
  action: 'clients.update';
  payload: OperationInput<'clients.update'>;
  request_id?: string;
  id?: string;
}

/** `clients.delete`: Delete a client */
export interface ClientsDeleteRequest {
  action: 'clients.delete';
  payload: OperationInput<'clients.delete'>;
  request_id?: string;
  id?: string;
}

/** `invoices.list`: List invoices */
export interface InvoicesListRequest {
  action: 'invoices.list';
  payload: OperationInput<'invoices.list'>;
  request_id?: string;
  id?: string;
}

/** `invoices.create`: Create an invoice */
export interface InvoicesCreateRequest {
  action: 'invoices.create';
  payload: OperationInput<'invoices.create'>;
  request_id?: string;
  id?: string;
}

/** `invoices.get`: Get an invoice */
export interface InvoicesGetRequest {
  action: 'invoices.get';
  payload: OperationInput<'invoices.get'>;
  request_id?: string;
  id?: string;
}

/** `invoices.update`: Update an invoice */
export interface InvoicesUpdateRequest {
  action: 'invoices.update';
  payload: OperationInput<'invoices.update'>;
  request_id?: string;
  id?: string;
}

/** `invoices.delete`: Delete an invoice */
export interface InvoicesDeleteRequest {
  action: 'invoices.delete';
  payload: OperationInput<'invoices.delete'>;
  request_id?: string;
  id?: string;
}

/** `invoices.generate`: Add time to a draft */
export interface InvoicesGenerateRequest {
  action: 'invoices.generate';
  payload: OperationInput<'invoices.generate'>;
  request_id?: string;
  id?: string;
}

/** `invoices.send`: Send an invoice */
export interface InvoicesSendRequest {
  action: 'invoices.send';
  payload: OperationInput<'invoices.send'>;
  request_id?: string;
  id?: string;
}

/** `invoices.mark_paid`: Mark an invoice paid */
export interface InvoicesMarkPaidRequest {
  action: 'invoices.mark_paid';
  payload: OperationInput<'invoices.mark_paid'>;
  request_id?: string;
  id?: string;
}

/** `search`: Search across the organization */
export interface SearchRequest {
  action: 'search';
  payload: OperationInput<'search'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.list`: List your chat channels */
export interface ChatChannelsListRequest {
  action: 'chat.channels.list';
  payload: OperationInput<'chat.channels.list'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.create`: Create a chat channel */
export interface ChatChannelsCreateRequest {
  action: 'chat.channels.create';
  payload: OperationInput<'chat.channels.create'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.update`: Rename a channel or change its topic */
export interface ChatChannelsUpdateRequest {
  action: 'chat.channels.update';
  payload: OperationInput<'chat.channels.update'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.archive`: Archive a channel */
export interface ChatChannelsArchiveRequest {
  action: 'chat.channels.archive';
  payload: OperationInput<'chat.channels.archive'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.members.add`: Add a member to a channel (or join it) */
export interface ChatChannelsMembersAddRequest {
  action: 'chat.channels.members.add';
  payload: OperationInput<'chat.channels.members.add'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.members.remove`: Remove a member from a channel (or leave it) */
export interface ChatChannelsMembersRemoveRequest {
  action: 'chat.channels.members.remove';
  payload: OperationInput<'chat.channels.members.remove'>;
  request_id?: string;
  id?: string;
}

/** `chat.dm.open`: Open the direct channel with a member */
export interface ChatDmOpenRequest {
  action: 'chat.dm.open';
  payload: OperationInput<'chat.dm.open'>;
  request_id?: string;
  id?: string;
}

/** `chat.channels.mark_read`: Move your read mark in a channel */
export interface ChatChannelsMarkReadRequest {
  action: 'chat.channels.mark_read';
  payload: OperationInput<'chat.channels.mark_read'>;
  request_id?: string;
  id?: string;
}

/** `chat.messages.list`: List a channel's messages */
export interface ChatMessagesListRequest {
  action: 'chat.messages.list';
  payload: OperationInput<'chat.messages.list'>;
  request_id?: string;
  id?: string;
}

/** `chat.messages.send`: Send a message */
export interface ChatMessagesSendRequest {
  action: 'chat.messages.send';
  payload: OperationInput<'chat.messages.send'>;
  request_id?: string;
  id?: string;
}

/** `chat.messages.delete`: Delete a message */
export interface ChatMessagesDeleteRequest {
  action: 'chat.messages.delete';
  payload: OperationInput<'chat.messages.delete'>;
  request_id?: string;
  id?: string;
}

/** `chat.reactions.add`: React to a message */
export interface ChatReactionsAddRequest {
  action: 'chat.reactions.add';
  payload: OperationInput<'chat.reactions.add'>;
  request_id?: string;
  id?: string;
}

/** `chat.reactions.remove`: Take back a reaction */
export interface ChatReactionsRemoveRequest {
  action: 'chat.reactions.remove';
  payload: OperationInput<'chat.reactions.remove'>;
  request_id?: string;
  id?: string;
}

/** `chat.typing`: Say you are typing */
export interface ChatTypingRequest {
  action: 'chat.typing';
  payload: OperationInput<'chat.typing'>;
  request_id?: string;
  id?: string;
}

/** `audit.list`: List the audit log */
export interface AuditListRequest {
  action: 'audit.list';
  payload?: OperationInput<'audit.list'>;
  request_id?: string;
  id?: string;
}

/** `presence.list`: Who in the organization is online */
export interface PresenceListRequest {
  action: 'presence.list';
  payload?: OperationInput<'presence.list'>;
  request_id?: string;
  id?: string;
}

/** `presence.set`: Set your status */
export interface PresenceSetRequest {
  action: 'presence.set';
  payload: OperationInput<'presence.set'>;
  request_id?: string;
  id?: string;
}

/** Every message a client may send. */
export type WsClientMessage =
  | AuthenticateRequest
  | PingRequest
  | UsersMeRequest
  | OrganizationsListRequest
  | OrganizationsCreateRequest
  | OrganizationsGetRequest
  | OrganizationsUpdateRequest
  | OrganizationsDeleteRequest
  | MembersListRequest
  | MembersInviteRequest
  | MembersUpdateRequest
  | MembersRemoveRequest
  | InvitationsAcceptRequest
  | ProjectsListRequest
  | ProjectsCreateRequest
  | ProjectsGetRequest
  | ProjectsUpdateRequest
  | ProjectsDeleteRequest
  | ProjectsMembersListRequest
  | ProjectsMembersAddRequest
  | ProjectsMembersUpdateRequest
  | ProjectsMembersRemoveRequest
  | TasksListRequest
  | TasksCreateRequest
  | TasksGetRequest
  | TasksUpdateRequest
  | TasksDeleteRequest
  | TasksUpdateStatusRequest
  | TasksCreateBulkRequest
  | TasksReorderRequest
  | TaskGroupsListRequest
  | TaskGroupsCreateRequest
  | TaskGroupsUpdateRequest
  | TaskGroupsDeleteRequest
  | TaskGroupsReorderRequest
  | TaskGroupsToggleCollapsedRequest
  | SidebarGetCollapsedRequest
  | SidebarToggleCollapsedRequest
  | TaskStatusesListRequest
  | TaskStatusesCreateRequest
  | TaskStatusesUpdateRequest
  | TaskStatusesDeleteRequest
  | LabelsListRequest
  | LabelsCreateRequest
  | LabelsUpdateRequest
  | LabelsDeleteRequest
  | MilestonesListRequest
  | MilestonesCreateRequest
  | MilestonesUpdateRequest
  | MilestonesDeleteRequest
  | TasksCommentsListRequest
  | TasksAddCommentRequest
  | TasksDeleteCommentRequest
  | TasksChecklistListRequest
  | TasksChecklistCreateRequest
  | TasksChecklistToggleRequest
  | TasksChecklistDeleteRequest
  | TasksDependencyListRequest
  | TasksDependencyAddRequest
  | TasksDependencyRemoveRequest
  | TasksDependenciesListAllRequest
  | TaskRecurrencesCreateRequest
  | TaskRecurrencesGetRequest
  | TaskRecurrencesUpdateRequest
  | TaskRecurrencesDeleteRequest
  | TimeEntriesStartRequest
  | TimeEntriesCurrentRequest
  | TimeEntriesStopRequest
  | TimeEntriesListRequest
  | TimeEntriesCreateRequest
  | TimeEntriesGetRequest
  | TimeEntriesUpdateRequest
  | TimeEntriesDeleteRequest
  | PersonalAccessTokensListRequest
  | PersonalAccessTokensCreateRequest
  | PersonalAccessTokensDeleteRequest
  | NotificationsListRequest
  | NotificationsMarkReadRequest
  | NotificationsPreferencesGetRequest
  | NotificationsPreferencesUpdateRequest
  | DashboardSummaryRequest
  | ReportsTimesheetRequest
  | ReportsRevenueRequest
  | ReportsUtilizationRequest
  | ReportsProfitabilityRequest
  | ClientsListRequest
  | ClientsGetRequest
  | ClientsCreateRequest
  | ClientsUpdateRequest
  | ClientsDeleteRequest
  | InvoicesListRequest
  | InvoicesCreateRequest
  | InvoicesGetRequest
  | InvoicesUpdateRequest
  | InvoicesDeleteRequest
  | InvoicesGenerateRequest
  | InvoicesSendRequest
  | InvoicesMarkPaidRequest
  | SearchRequest
  | ChatChannelsListRequest
  | ChatChannelsCreateRequest
  | ChatChannelsUpdateRequest
  | ChatChannelsArchiveRequest
  | ChatChannelsMembersAddRequest
  | ChatChannelsMembersRemoveRequest
  | ChatDmOpenRequest
  | ChatChannelsMarkReadRequest
  | ChatMessagesListRequest
  | ChatMessagesSendRequest
  | ChatMessagesDeleteRequest
  | ChatReactionsAddRequest
  | ChatReactionsRemoveRequest
  | ChatTypingRequest
  | AuditListRequest
  | PresenceListRequest
  | PresenceSetRequest;

// Replies (server -> client), each carrying its request's `request_id` (and `id` when sent).

/** `authenticate.reply`: The connection is authenticated; events start flowing. */
export interface AuthenticateReply {
  status: 'ok';
  data: { authenticated: true; user_id: string; organizations: Array<string> };
  request_id: string | null;
  id?: string;
}

/** `pong`: Answer to `ping`, with the server time; echoes the ping's `request_id` or `id` when it had one. */
export interface PingReply {
  action: 'pong';
  timestamp: string;
  request_id?: string;
  id?: string;
}

/** Success reply to an operation action: the REST answer's body (`data`, plus `pagination` for lists). */
export type WsOkReply<A extends WsAction = WsAction> = { status: 'ok'; request_id: string | null; id?: string } & OperationOutput<A>;

/** `error`: A request failed; `error` has the same codes as REST. */
export interface WsErrorReply {
  status: 'error';
  error: { code: 'VALIDATION_ERROR' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'PAYLOAD_TOO_LARGE' | 'RATE_LIMIT_EXCEEDED' | 'INTERNAL_ERROR' | 'SERVICE_UNAVAILABLE' | 'QUERY_TOO_COMPLEX'; message: string; details?: Record<string, unknown> };
  request_id: string | null;
  id?: string;
}

/** Every reply the server sends. */
export type WsServerReply =
  | AuthenticateReply
  | PingReply
  | WsOkReply
  | WsErrorReply;

// Events (server -> client), pushed without a request.

/** `EntityChanged`: An entity was created, updated or deleted. */
export interface EntityChangedEvent {
  event: 'EntityChanged';
  data: { entity_type: 'task' | 'project' | 'time_entry' | 'organization' | 'member' | 'invitation' | 'personal_access_token' | 'task_group' | 'task_status' | 'label' | 'milestone' | 'task_comment' | 'checklist_item' | 'task_dependency' | 'project_member' | 'task_recurrence' | 'client' | 'invoice' | 'chat_channel' | 'chat_message'; entity_id: string; action: 'created' | 'updated' | 'deleted'; changes?: Record<string, unknown>; entity: Record<string, unknown>; user_id: string; org_id: string; timestamp: string };
}

/** `TimerUpdate`: The user's timer started or stopped. */
export interface TimerUpdateEvent {
  event: 'TimerUpdate';
  data: { running: boolean; time_entry: { id: string; description: string | null; project_id: string | null; task_id: string | null; start_time: string; started_at: string; stopped_at: string | null; duration_secs: number | null } };
}

/** `NotificationCreated`: A notification was created for the user. */
export interface NotificationCreatedEvent {
  event: 'NotificationCreated';
  data: { id: string; org_id: string; type: 'task_assigned' | 'task_status_changed' | 'task_commented' | 'mentioned' | 'invoice_paid' | 'invoice_overdue'; title: string; entity_type: string; entity_id: string; url: string; actor_id: string | null; actor_name: string | null; created_at: string; read_at: string | null };
}

/** `ChatMessage`: A message was sent to a channel you belong to. */
export interface ChatMessageEvent {
  event: 'ChatMessage';
  data: { channel_id: string; message: { id: string; org_id: string; channel_id: string; content: string; user_id: string | null; user_name: string | null; reply_to: string | null; reactions: Array<{ emoji: string; count: number; user_ids: Array<string>; reacted_by_me?: boolean }>; created_at: string; updated_at: string } };
}

/** `UserTyping`: Someone is typing in a channel you belong to. */
export interface UserTypingEvent {
  event: 'UserTyping';
  data: { channel_id: string; user_id: string; user_name: string };
}

/** `UserPresence`: A member came online, set their status, or went offline. */
export interface UserPresenceEvent {
  event: 'UserPresence';
  data: { user_id: string; status: 'online' | 'away' | 'offline'; last_seen: string };
}

/** Every event the server pushes. */
export type WsServerPush =
  | EntityChangedEvent
  | TimerUpdateEvent
  | NotificationCreatedEvent
  | ChatMessageEvent
  | UserTypingEvent
  | UserPresenceEvent;

/**
 * What serves the operation actions: one entry per action, given the request, answering the
 * operation's output (the transport adds `status` and the request's correlation).
 */
export interface WsActionHandlers<Ctx> {
  /** Get the signed-in user */
  'users.me': (ctx: Ctx, message: UsersMeRequest) => Promise<OperationOutput<'users.me'>>;
  /** List your organizations */
  'organizations.list': (ctx: Ctx, message: OrganizationsListRequest) => Promise<OperationOutput<'organizations.list'>>;
  /** Create an organization */
  'organizations.create': (ctx: Ctx, message: OrganizationsCreateRequest) => Promise<OperationOutput<'organizations.create'>>;
  /** Get an organization */
  'organizations.get': (ctx: Ctx, message: OrganizationsGetRequest) => Promise<OperationOutput<'organizations.get'>>;
  /** Update an organization */
  'organizations.update': (ctx: Ctx, message: OrganizationsUpdateRequest) => Promise<OperationOutput<'organizations.update'>>;
  /** Delete an organization */
  'organizations.delete': (ctx: Ctx, message: OrganizationsDeleteRequest) => Promise<OperationOutput<'organizations.delete'>>;
  /** List members */
  'members.list': (ctx: Ctx, message: MembersListRequest) => Promise<OperationOutput<'members.list'>>;
  /** Invite someone to the organization */
  'members.invite': (ctx: Ctx, message: MembersInviteRequest) => Promise<OperationOutput<'members.invite'>>;
  /** Change a member's role or permissions */
  'members.update': (ctx: Ctx, message: MembersUpdateRequest) => Promise<OperationOutput<'members.update'>>;
  /** Remove a member (or leave) */
  'members.remove': (ctx: Ctx, message: MembersRemoveRequest) => Promise<OperationOutput<'members.remove'>>;
  /** Accept an invitation */
  'invitations.accept': (ctx: Ctx, message: InvitationsAcceptRequest) => Promise<OperationOutput<'invitations.accept'>>;
  /** List projects */
  'projects.list': (ctx: Ctx, message: ProjectsListRequest) => Promise<OperationOutput<'projects.list'>>;
  /** Create a project */
  'projects.create': (ctx: Ctx, message: ProjectsCreateRequest) => Promise<OperationOutput<'projects.create'>>;
  /** Get a project */
  'projects.get': (ctx: Ctx, message: ProjectsGetRequest) => Promise<OperationOutput<'projects.get'>>;
  /** Update a project */
  'projects.update': (ctx: Ctx, message: ProjectsUpdateRequest) => Promise<OperationOutput<'projects.update'>>;
  /** Delete a project */
  'projects.delete': (ctx: Ctx, message: ProjectsDeleteRequest) => Promise<OperationOutput<'projects.delete'>>;
  /** List a project's members */
  'projects.members.list': (ctx: Ctx, message: ProjectsMembersListRequest) => Promise<OperationOutput<'projects.members.list'>>;
  /** Add a member to a project */
  'projects.members.add': (ctx: Ctx, message: ProjectsMembersAddRequest) => Promise<OperationOutput<'projects.members.add'>>;
  /** Change a project member's role */
  'projects.members.update': (ctx: Ctx, message: ProjectsMembersUpdateRequest) => Promise<OperationOutput<'projects.members.update'>>;
  /** Remove a member from a project */
  'projects.members.remove': (ctx: Ctx, message: ProjectsMembersRemoveRequest) => Promise<OperationOutput<'projects.members.remove'>>;
  /** List tasks */
  'tasks.list': (ctx: Ctx, message: TasksListRequest) => Promise<OperationOutput<'tasks.list'>>;
  /** Create a task */
  'tasks.create': (ctx: Ctx, message: TasksCreateRequest) => Promise<OperationOutput<'tasks.create'>>;
  /** Get a task */
  'tasks.get': (ctx: Ctx, message: TasksGetRequest) => Promise<OperationOutput<'tasks.get'>>;
  /** Update a task */
  'tasks.update': (ctx: Ctx, message: TasksUpdateRequest) => Promise<OperationOutput<'tasks.update'>>;
  /** Delete a task */
  'tasks.delete': (ctx: Ctx, message: TasksDeleteRequest) => Promise<OperationOutput<'tasks.delete'>>;
  /** Change a task's status */
  'tasks.update_status': (ctx: Ctx, message: TasksUpdateStatusRequest) => Promise<OperationOutput<'tasks.update_status'>>;
  /** Create up to 100 tasks at once */
  'tasks.create_bulk': (ctx: Ctx, message: TasksCreateBulkRequest) => Promise<OperationOutput<'tasks.create_bulk'>>;
  /** Move a task within its group or to another group */
  'tasks.reorder': (ctx: Ctx, message: TasksReorderRequest) => Promise<OperationOutput<'tasks.reorder'>>;
  /** List a project's task groups */
  'task_groups.list': (ctx: Ctx, message: TaskGroupsListRequest) => Promise<OperationOutput<'task_groups.list'>>;
  /** Create a task group */
  'task_groups.create': (ctx: Ctx, message: TaskGroupsCreateRequest) => Promise<OperationOutput<'task_groups.create'>>;
  /** Rename a task group */
  'task_groups.update': (ctx: Ctx, message: TaskGroupsUpdateRequest) => Promise<OperationOutput<'task_groups.update'>>;
  /** Delete a task group */
  'task_groups.delete': (ctx: Ctx, message: TaskGroupsDeleteRequest) => Promise<OperationOutput<'task_groups.delete'>>;
  /** Reorder a project's task groups */
  'task_groups.reorder': (ctx: Ctx, message: TaskGroupsReorderRequest) => Promise<OperationOutput<'task_groups.reorder'>>;
  /** Fold or unfold a task group for yourself */
  'task_groups.toggle_collapsed': (ctx: Ctx, message: TaskGroupsToggleCollapsedRequest) => Promise<OperationOutput<'task_groups.toggle_collapsed'>>;
  /** Your collapsed sidebar projects */
  'sidebar.get_collapsed': (ctx: Ctx, message: SidebarGetCollapsedRequest) => Promise<OperationOutput<'sidebar.get_collapsed'>>;
  /** Fold or unfold a project in your sidebar */
  'sidebar.toggle_collapsed': (ctx: Ctx, message: SidebarToggleCollapsedRequest) => Promise<OperationOutput<'sidebar.toggle_collapsed'>>;
  /** List task statuses */
  'task_statuses.list': (ctx: Ctx, message: TaskStatusesListRequest) => Promise<OperationOutput<'task_statuses.list'>>;
  /** Create a task status */
  'task_statuses.create': (ctx: Ctx, message: TaskStatusesCreateRequest) => Promise<OperationOutput<'task_statuses.create'>>;
  /** Update a task status */
  'task_statuses.update': (ctx: Ctx, message: TaskStatusesUpdateRequest) => Promise<OperationOutput<'task_statuses.update'>>;
  /** Delete a task status */
  'task_statuses.delete': (ctx: Ctx, message: TaskStatusesDeleteRequest) => Promise<OperationOutput<'task_statuses.delete'>>;
  /** List labels */
  'labels.list': (ctx: Ctx, message: LabelsListRequest) => Promise<OperationOutput<'labels.list'>>;
  /** Create a label */
  'labels.create': (ctx: Ctx, message: LabelsCreateRequest) => Promise<OperationOutput<'labels.create'>>;
  /** Update a label */
  'labels.update': (ctx: Ctx, message: LabelsUpdateRequest) => Promise<OperationOutput<'labels.update'>>;
  /** Delete a label */
  'labels.delete': (ctx: Ctx, message: LabelsDeleteRequest) => Promise<OperationOutput<'labels.delete'>>;
  /** List a project's milestones */
  'milestones.list': (ctx: Ctx, message: MilestonesListRequest) => Promise<OperationOutput<'milestones.list'>>;
  /** Create a milestone */
  'milestones.create': (ctx: Ctx, message: MilestonesCreateRequest) => Promise<OperationOutput<'milestones.create'>>;
  /** Update a milestone */
  'milestones.update': (ctx: Ctx, message: MilestonesUpdateRequest) => Promise<OperationOutput<'milestones.update'>>;
  /** Delete a milestone */
  'milestones.delete': (ctx: Ctx, message: MilestonesDeleteRequest) => Promise<OperationOutput<'milestones.delete'>>;
  /** List a task's comments */
  'tasks.comments.list': (ctx: Ctx, message: TasksCommentsListRequest) => Promise<OperationOutput<'tasks.comments.list'>>;
  /** Comment on a task */
  'tasks.add_comment': (ctx: Ctx, message: TasksAddCommentRequest) => Promise<OperationOutput<'tasks.add_comment'>>;
  /** Delete a comment */
  'tasks.delete_comment': (ctx: Ctx, message: TasksDeleteCommentRequest) => Promise<OperationOutput<'tasks.delete_comment'>>;
  /** List a task's checklist */
  'tasks.checklist.list': (ctx: Ctx, message: TasksChecklistListRequest) => Promise<OperationOutput<'tasks.checklist.list'>>;
  /** Add a checklist item */
  'tasks.checklist.create': (ctx: Ctx, message: TasksChecklistCreateRequest) => Promise<OperationOutput<'tasks.checklist.create'>>;
  /** Check or uncheck a checklist item */
  'tasks.checklist.toggle': (ctx: Ctx, message: TasksChecklistToggleRequest) => Promise<OperationOutput<'tasks.checklist.toggle'>>;
  /** Delete a checklist item */
  'tasks.checklist.delete': (ctx: Ctx, message: TasksChecklistDeleteRequest) => Promise<OperationOutput<'tasks.checklist.delete'>>;
  /** List a task's dependencies */
  'tasks.dependency.list': (ctx: Ctx, message: TasksDependencyListRequest) => Promise<OperationOutput<'tasks.dependency.list'>>;
  /** Add a dependency */
  'tasks.dependency.add': (ctx: Ctx, message: TasksDependencyAddRequest) => Promise<OperationOutput<'tasks.dependency.add'>>;
  /** Remove a dependency */
  'tasks.dependency.remove': (ctx: Ctx, message: TasksDependencyRemoveRequest) => Promise<OperationOutput<'tasks.dependency.remove'>>;
  /** List every dependency of the organization */
  'tasks.dependencies.list_all': (ctx: Ctx, message: TasksDependenciesListAllRequest) => Promise<OperationOutput<'tasks.dependencies.list_all'>>;
  /** Set a task to repeat */
  'task_recurrences.create': (ctx: Ctx, message: TaskRecurrencesCreateRequest) => Promise<OperationOutput<'task_recurrences.create'>>;
  /** Get a recurrence rule */
  'task_recurrences.get': (ctx: Ctx, message: TaskRecurrencesGetRequest) => Promise<OperationOutput<'task_recurrences.get'>>;
  /** Update a recurrence rule */
  'task_recurrences.update': (ctx: Ctx, message: TaskRecurrencesUpdateRequest) => Promise<OperationOutput<'task_recurrences.update'>>;
  /** Stop a recurrence */
  'task_recurrences.delete': (ctx: Ctx, message: TaskRecurrencesDeleteRequest) => Promise<OperationOutput<'task_recurrences.delete'>>;
  /** Start a timer */
  'time_entries.start': (ctx: Ctx, message: TimeEntriesStartRequest) => Promise<OperationOutput<'time_entries.start'>>;
  /** Get the running timer */
  'time_entries.current': (ctx: Ctx, message: TimeEntriesCurrentRequest) => Promise<OperationOutput<'time_entries.current'>>;
  /** Stop a timer */
  'time_entries.stop': (ctx: Ctx, message: TimeEntriesStopRequest) => Promise<OperationOutput<'time_entries.stop'>>;
  /** List time entries */
  'time_entries.list': (ctx: Ctx, message: TimeEntriesListRequest) => Promise<OperationOutput<'time_entries.list'>>;
  /** Log time manually */
  'time_entries.create': (ctx: Ctx, message: TimeEntriesCreateRequest) => Promise<OperationOutput<'time_entries.create'>>;
  /** Get a time entry */
  'time_entries.get': (ctx: Ctx, message: TimeEntriesGetRequest) => Promise<OperationOutput<'time_entries.get'>>;
  /** Update a time entry */
  'time_entries.update': (ctx: Ctx, message: TimeEntriesUpdateRequest) => Promise<OperationOutput<'time_entries.update'>>;
  /** Delete a time entry */
  'time_entries.delete': (ctx: Ctx, message: TimeEntriesDeleteRequest) => Promise<OperationOutput<'time_entries.delete'>>;
  /** List your personal access tokens */
  'personal_access_tokens.list': (ctx: Ctx, message: PersonalAccessTokensListRequest) => Promise<OperationOutput<'personal_access_tokens.list'>>;
  /** Create a personal access token */
  'personal_access_tokens.create': (ctx: Ctx, message: PersonalAccessTokensCreateRequest) => Promise<OperationOutput<'personal_access_tokens.create'>>;
  /** Revoke a personal access token */
  'personal_access_tokens.delete': (ctx: Ctx, message: PersonalAccessTokensDeleteRequest) => Promise<OperationOutput<'personal_access_tokens.delete'>>;
  /** List your notifications */
  'notifications.list': (ctx: Ctx, message: NotificationsListRequest) => Promise<OperationOutput<'notifications.list'>>;
  /** Mark notifications read */
  'notifications.mark_read': (ctx: Ctx, message: NotificationsMarkReadRequest) => Promise<OperationOutput<'notifications.mark_read'>>;
  /** Your notification preferences */
  'notifications.preferences.get': (ctx: Ctx, message: NotificationsPreferencesGetRequest) => Promise<OperationOutput<'notifications.preferences.get'>>;
  /** Change your notification preferences */
  'notifications.preferences.update': (ctx: Ctx, message: NotificationsPreferencesUpdateRequest) => Promise<OperationOutput<'notifications.preferences.update'>>;
  /** Dashboard summary */
  'dashboard.summary': (ctx: Ctx, message: DashboardSummaryRequest) => Promise<OperationOutput<'dashboard.summary'>>;
  /** Timesheet report */
  'reports.timesheet': (ctx: Ctx, message: ReportsTimesheetRequest) => Promise<OperationOutput<'reports.timesheet'>>;
  /** Revenue report */
  'reports.revenue': (ctx: Ctx, message: ReportsRevenueRequest) => Promise<OperationOutput<'reports.revenue'>>;
  /** Utilization report */
  'reports.utilization': (ctx: Ctx, message: ReportsUtilizationRequest) => Promise<OperationOutput<'reports.utilization'>>;
  /** Profitability report */
  'reports.profitability': (ctx: Ctx, message: ReportsProfitabilityRequest) => Promise<OperationOutput<'reports.profitability'>>;
  /** List clients */
  'clients.list': (ctx: Ctx, message: ClientsListRequest) => Promise<OperationOutput<'clients.list'>>;
  /** Get a client */
  'clients.get': (ctx: Ctx, message: ClientsGetRequest) => Promise<OperationOutput<'clients.get'>>;
  /** Create a client */
  'clients.create': (ctx: Ctx, message: ClientsCreateRequest) => Promise<OperationOutput<'clients.create'>>;
  /** Update a client */
  'clients.update': (ctx: Ctx, message: ClientsUpdateRequest) => Promise<OperationOutput<'clients.update'>>;
  /** Delete a client */
  'clients.delete': (ctx: Ctx, message: ClientsDeleteRequest) => Promise<OperationOutput<'clients.delete'>>;
  /** List invoices */
  'invoices.list': (ctx: Ctx, message: InvoicesListRequest) => Promise<OperationOutput<'invoices.list'>>;
  /** Create an invoice */
  'invoices.create': (ctx: Ctx, message: InvoicesCreateRequest) => Promise<OperationOutput<'invoices.create'>>;
  /** Get an invoice */
  'invoices.get': (ctx: Ctx, message: InvoicesGetRequest) => Promise<OperationOutput<'invoices.get'>>;
  /** Update an invoice */
  'invoices.update': (ctx: Ctx, message: InvoicesUpdateRequest) => Promise<OperationOutput<'invoices.update'>>;
  /** Delete an invoice */
  'invoices.delete': (ctx: Ctx, message: InvoicesDeleteRequest) => Promise<OperationOutput<'invoices.delete'>>;
  /** Add time to a draft */
  'invoices.generate': (ctx: Ctx, message: InvoicesGenerateRequest) => Promise<OperationOutput<'invoices.generate'>>;
  /** Send an invoice */
  'invoices.send': (ctx: Ctx, message: InvoicesSendRequest) => Promise<OperationOutput<'invoices.send'>>;
  /** Mark an invoice paid */
  'invoices.mark_paid': (ctx: Ctx, message: InvoicesMarkPaidRequest) => Promise<OperationOutput<'invoices.mark_paid'>>;
  /** Search across the organization */
  'search': (ctx: Ctx, message: SearchRequest) => Promise<OperationOutput<'search'>>;
  /** List your chat channels */
  'chat.channels.list': (ctx: Ctx, message: ChatChannelsListRequest) => Promise<OperationOutput<'chat.channels.list'>>;
  /** Create a chat channel */
  'chat.channels.create': (ctx: Ctx, message: ChatChannelsCreateRequest) => Promise<OperationOutput<'chat.channels.create'>>;
  /** Rename a channel or change its topic */
  'chat.channels.update': (ctx: Ctx, message: ChatChannelsUpdateRequest) => Promise<OperationOutput<'chat.channels.update'>>;
  /** Archive a channel */
  'chat.channels.archive': (ctx: Ctx, message: ChatChannelsArchiveRequest) => Promise<OperationOutput<'chat.channels.archive'>>;
  /** Add a member to a channel (or join it) */
  'chat.channels.members.add': (ctx: Ctx, message: ChatChannelsMembersAddRequest) => Promise<OperationOutput<'chat.channels.members.add'>>;
  /** Remove a member from a channel (or leave it) */
  'chat.channels.members.remove': (ctx: Ctx, message: ChatChannelsMembersRemoveRequest) => Promise<OperationOutput<'chat.channels.members.remove'>>;
  /** Open the direct channel with a member */
  'chat.dm.open': (ctx: Ctx, message: ChatDmOpenRequest) => Promise<OperationOutput<'chat.dm.open'>>;
  /** Move your read mark in a channel */
  'chat.channels.mark_read': (ctx: Ctx, message: ChatChannelsMarkReadRequest) => Promise<OperationOutput<'chat.channels.mark_read'>>;
  /** List a channel's messages */
  'chat.messages.list': (ctx: Ctx, message: ChatMessagesListRequest) => Promise<OperationOutput<'chat.messages.list'>>;
  /** Send a message */
  'chat.messages.send': (ctx: Ctx, message: ChatMessagesSendRequest) => Promise<OperationOutput<'chat.messages.send'>>;
  /** Delete a message */
  'chat.messages.delete': (ctx: Ctx, message: ChatMessagesDeleteRequest) => Promise<OperationOutput<'chat.messages.delete'>>;
  /** React to a message */
  'chat.reactions.add': (ctx: Ctx, message: ChatReactionsAddRequest) => Promise<OperationOutput<'chat.reactions.add'>>;
  /** Take back a reaction */
  'chat.reactions.remove': (ctx: Ctx, message: ChatReactionsRemoveRequest) => Promise<OperationOutput<'chat.reactions.remove'>>;
  /** Say you are typing */
  'chat.typing': (ctx: Ctx, message: ChatTypingRequest) => Promise<OperationOutput<'chat.typing'>>;
  /** List the audit log */
  'audit.list': (ctx: Ctx, message: AuditListRequest) => Promise<OperationOutput<'audit.list'>>;
  /** Who in the organization is online */
  'presence.list': (ctx: Ctx, message: PresenceListRequest) => Promise<OperationOutput<'presence.list'>>;
  /** Set your status */
  'presence.set': (ctx: Ctx, message: PresenceSetRequest) => Promise<OperationOutput<'presence.set'>>;
}
