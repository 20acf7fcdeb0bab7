// Generated from specs/openapi (the operation catalogue) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from '../operations.js';

/** Paths the OpenAPI document serves outside /api/v1 (health checks): not part of the client's REST paths. */
export type OutsideApiPath = "/healthz" | "/readyz";

/** WebSocket actions whose payload takes `org_id` (the organization the call acts in). */
export const ORG_PARAM_ACTIONS: ReadonlySet<OperationName> = new Set<OperationName>([
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
  "personal_access_tokens.create",
  "projects.create",
  "projects.delete",
  "projects.get",
  "projects.list",
  "projects.update",
  "sidebar.get_collapsed",
  "sidebar.toggle_collapsed",
  "task_groups.create",
  "task_groups.delete",
  "task_groups.list",
  "task_groups.reorder",
  "task_groups.toggle_collapsed",
  "task_groups.update",
  "task_statuses.create",
  "task_statuses.delete",
  "task_statuses.list",
  "task_statuses.update",
  "tasks.create",
  "tasks.create_bulk",
  "tasks.delete",
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
  "time_entries.update"
]);

/** WebSocket actions that only read (REST GET): sending one again after a lost connection is safe. */
export const READ_ACTIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  "labels.list",
  "members.list",
  "milestones.list",
  "organizations.get",
  "organizations.list",
  "personal_access_tokens.list",
  "projects.get",
  "projects.list",
  "sidebar.get_collapsed",
  "task_groups.list",
  "task_statuses.list",
  "tasks.get",
  "tasks.list",
  "time_entries.current",
  "time_entries.get",
  "time_entries.list",
  "users.me"
]);
