// Generated from specs/asyncapi (pushed messages) and specs/schemas/events.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type * as Models from './models.js';

/** The events the server pushes (`{ event, data }` on /ws, GraphQL subscriptions). */
export const EVENT_NAMES = ["EntityChanged","TimerUpdate","NotificationCreated","ChatMessage","UserTyping","UserPresence"] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** Each event's `data`. */
export interface EventData {
  /** An entity was created, updated or deleted. */
  EntityChanged: Models.EntityChanged;
  /** The user's timer started or stopped. */
  TimerUpdate: Models.TimerUpdate;
  /** A notification was created for the user. */
  NotificationCreated: Models.Notification;
  /** A message was sent to a channel you belong to. */
  ChatMessage: Models.ChatMessageEvent;
  /** Someone is typing in a channel you belong to. */
  UserTyping: Models.UserTypingEvent;
  /** A member came online, set their status, or went offline. */
  UserPresence: Models.UserPresence;
}

/** What an `EntityChanged` can be about (`EntityType`). */
export const ENTITY_TYPES = ["task","project","time_entry","organization","member","invitation","personal_access_token","task_group","task_status","label","milestone","task_comment","checklist_item","task_dependency","project_member","task_recurrence","client","invoice","chat_channel","chat_message"] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_ACTIONS = ["created","updated","deleted"] as const;

export type EntityAction = (typeof ENTITY_ACTIONS)[number];

/** The schema of each entity type's `entity`. */
export const ENTITY_SCHEMAS = {
  "task": "Task",
  "project": "Project",
  "time_entry": "TimeEntry",
  "organization": "Organization",
  "member": "Member",
  "invitation": "Invitation",
  "personal_access_token": "PersonalAccessToken",
  "task_group": "TaskGroup",
  "task_status": "TaskStatus",
  "label": "Label",
  "milestone": "Milestone",
  "task_comment": "TaskComment",
  "checklist_item": "ChecklistItem",
  "task_dependency": "TaskDependency",
  "project_member": "ProjectMember",
  "task_recurrence": "TaskRecurrence",
  "client": "Client",
  "invoice": "Invoice",
  "chat_channel": "ChatChannel",
  "chat_message": "ChatMessage"
} as const satisfies Record<EntityType, string>;

/** The entity each type carries. */
export interface EntityOf {
  task: Models.Task;
  project: Models.Project;
  time_entry: Models.TimeEntry;
  organization: Models.Organization;
  member: Models.Member;
  invitation: Models.Invitation;
  personal_access_token: Models.PersonalAccessToken;
  task_group: Models.TaskGroup;
  task_status: Models.TaskStatus;
  label: Models.Label;
  milestone: Models.Milestone;
  task_comment: Models.TaskComment;
  checklist_item: Models.ChecklistItem;
  task_dependency: Models.TaskDependency;
  project_member: Models.ProjectMember;
  task_recurrence: Models.TaskRecurrence;
  client: Models.Client;
  invoice: Models.Invoice;
  chat_channel: Models.ChatChannel;
  chat_message: Models.ChatMessage;
}
