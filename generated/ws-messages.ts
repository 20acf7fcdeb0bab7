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
  | TasksListRequest
  | TasksCreateRequest
  | TasksGetRequest
  | TasksUpdateRequest
  | TasksDeleteRequest
  | TasksUpdateStatusRequest
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
  | PersonalAccessTokensDeleteRequest;

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
  data: { entity_type: 'task' | 'project' | 'time_entry' | 'organization' | 'member' | 'invitation' | 'personal_access_token' | 'task_comment' | 'checklist_item' | 'task_dependency'; entity_id: string; action: 'created' | 'updated' | 'deleted'; changes?: Record<string, unknown>; entity: Record<string, unknown>; user_id: string; org_id: string; timestamp: string };
}

/** `TimerUpdate`: The user's timer started or stopped. */
export interface TimerUpdateEvent {
  event: 'TimerUpdate';
  data: { running: boolean; time_entry: { id: string; description: string | null; project_id: string | null; task_id: string | null; start_time: string; started_at: string; stopped_at: string | null; duration_secs: number | null } };
}

/** Every event the server pushes. */
export type WsServerPush =
  | EntityChangedEvent
  | TimerUpdateEvent;

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
}
