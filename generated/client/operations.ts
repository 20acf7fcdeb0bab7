// Generated from specs/openapi (the operation catalogue) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { OperationName } from '../operations.js';

/** Paths the OpenAPI document serves outside /api/v1 (health checks): not part of the client's REST paths. */
export type OutsideApiPath = "/healthz" | "/readyz";

/** WebSocket actions whose payload takes `org_id` (the organization the call acts in). */
export const ORG_PARAM_ACTIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  "members.invite",
  "members.list",
  "members.remove",
  "members.update",
  "personal_access_tokens.create",
  "projects.create",
  "projects.delete",
  "projects.get",
  "projects.list",
  "projects.update",
  "tasks.add_comment",
  "tasks.checklist.create",
  "tasks.checklist.delete",
  "tasks.checklist.list",
  "tasks.checklist.toggle",
  "tasks.comments.list",
  "tasks.create",
  "tasks.delete",
  "tasks.delete_comment",
  "tasks.dependencies.list_all",
  "tasks.dependency.add",
  "tasks.dependency.list",
  "tasks.dependency.remove",
  "tasks.get",
  "tasks.list",
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
  "members.list",
  "organizations.get",
  "organizations.list",
  "personal_access_tokens.list",
  "projects.get",
  "projects.list",
  "tasks.checklist.list",
  "tasks.comments.list",
  "tasks.dependencies.list_all",
  "tasks.dependency.list",
  "tasks.get",
  "tasks.list",
  "time_entries.current",
  "time_entries.get",
  "time_entries.list",
  "users.me"
]);
