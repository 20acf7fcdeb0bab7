/**
 * The domain's implementation of the operation catalogue: one object per area, each checked against
 * its generated `AreaHandlers` (an operation in an area's spec file without its implementation, or
 * one implemented in the wrong area, is a type error: `npm run typecheck`).
 */
import type { OperationHandlers } from '../../generated/operations.js';
import type { Contexts } from './context.js';
import { memberResolvers } from './members/graph.js';
import { projectResolvers } from './projects/graph.js';
import { taskResolvers } from './tasks/graph.js';
import { taskGroupResolvers } from './task_groups/graph.js';
import { taskChecklistResolvers } from './task_checklists/graph.js';
import { taskCommentResolvers } from './task_comments/graph.js';
import { taskDependencyResolvers } from './task_dependencies/graph.js';
import { timeEntryResolvers } from './time_entries/graph.js';
import { labelResolvers } from './labels/graph.js';
import { milestoneResolvers } from './milestones/graph.js';
import { projectMemberResolvers } from './project_members/graph.js';
import { invoiceResolvers } from './invoices/graph.js';
import { projectMemberOperations } from './project_members/operations.js';
import { eventAudiences } from './projects/visibility.js';
import { setEventAudience } from '../platform/tx.js';
import { taskRecurrenceResolvers } from './task_recurrences/graph.js';
import { authOperations } from './auth/operations.js';
import { userOperations } from './users/operations.js';
import { organizationOperations } from './organizations/operations.js';
import { memberOperations } from './members/operations.js';
import { patOperations } from './personal_access_tokens/operations.js';
import { projectOperations } from './projects/operations.js';
import { taskOperations } from './tasks/operations.js';
import { taskGroupOperations } from './task_groups/operations.js';
import { sidebarOperations } from './sidebar/operations.js';
import { taskChecklistOperations } from './task_checklists/operations.js';
import { taskCommentOperations } from './task_comments/operations.js';
import { taskDependencyOperations } from './task_dependencies/operations.js';
import { timeEntryOperations } from './time_entries/operations.js';
import { taskStatusOperations } from './task_statuses/operations.js';
import { labelOperations } from './labels/operations.js';
import { milestoneOperations } from './milestones/operations.js';
import { notificationOperations } from './notifications/operations.js';
import { dashboardOperations } from './dashboard/operations.js';
import { taskRecurrenceOperations } from './task_recurrences/operations.js';
import { reportOperations } from './reports/operations.js';
import { clientOperations } from './clients/operations.js';
import { clientResolvers } from './clients/graph.js';
import { invoiceOperations } from './invoices/operations.js';
import { searchOperations } from './search/operations.js';
import { chatOperations } from './chat/operations.js';
import { chatResolvers } from './chat/graph.js';
import { chatEventAudiences } from './chat/visibility.js';
import { auditOperations } from './audit/operations.js';
import { presenceOperations } from './presence/operations.js';

export const operations = {
  ...authOperations,
  ...userOperations,
  ...organizationOperations,
  ...memberOperations,
  ...patOperations,
  ...projectOperations,
  ...projectMemberOperations,
  ...taskOperations,
  ...taskGroupOperations,
  ...sidebarOperations,
  ...taskCommentOperations,
  ...taskChecklistOperations,
  ...taskDependencyOperations,
  ...timeEntryOperations,
  ...taskStatusOperations,
  ...labelOperations,
  ...milestoneOperations,
  ...notificationOperations,
  ...dashboardOperations,
  ...taskRecurrenceOperations,
  ...reportOperations,
  ...clientOperations,
  ...invoiceOperations,
  ...searchOperations,
  ...chatOperations,
  ...auditOperations,
  ...presenceOperations,
} satisfies OperationHandlers<Contexts>;

/** The GraphQL resolvers of the entities' nested fields, from each area's graph.ts. */
export const graphResolvers = [
  projectResolvers,
  taskResolvers,
  timeEntryResolvers,
  memberResolvers,
  taskGroupResolvers,
  labelResolvers,
  milestoneResolvers,
  projectMemberResolvers,
  taskCommentResolvers,
  taskChecklistResolvers,
  taskDependencyResolvers,
  taskRecurrenceResolvers,
  invoiceResolvers,
  clientResolvers,
  chatResolvers,
];

// Who receives each event is decided at commit by the one visibility rule (members-only projects; a chat
// channel's members who may see it: chat/visibility.ts).
setEventAudience(async (sql, events) => {
  const projects = await eventAudiences(sql, events);
  const chat = await chatEventAudiences(sql, events);
  return events.map((_e, i) => chat[i] ?? projects[i] ?? null);
});
