/**
 * The conformance table: one case per operation of the catalogue (catalogue.test.ts fails when an
 * operation has none, so a new operation in the specs needs a case in the file of its area).
 *
 * Each area's cases live in their own file, cases/<area>.ts (`casesByArea` below, whose keys are
 * the file names); catalogue.test.ts checks that each case sits in the file of its operation's area
 * (`areaOf`). What the files share (the shape of a case, the read data set, fixture helpers) is in
 * ./shared.ts.
 *
 * A case says how to call its operation validly as the team owner (`sample`), and, depending on
 * what the operation is:
 *   - reads (GET): the inputs whose answers must be identical everywhere (`reads`, over `ReadData`);
 *   - writes: how one run gets fresh fixtures and its input (`write`), so each transport runs it
 *     on its own data;
 *   - operations naming an entity: inputs naming another organization's entity (`foreign`), which
 *     must answer NOT_FOUND;
 *   - operations needing a permission: an input the team's viewer may not run (`forbidden`).
 * Inputs use dates far from today: the comparison masks instants near now as server-made.
 */
import { operationMeta, type OperationArea, type OperationName } from '../../../generated/operations.js';
import { authCases } from './auth.js';
import { labelsCases } from './labels.js';
import { membersCases } from './members.js';
import { milestonesCases } from './milestones.js';
import { organizationsCases } from './organizations.js';
import { personalAccessTokensCases } from './personal_access_tokens.js';
import { projectsCases } from './projects.js';
import { projectMembersCases } from './project_members.js';
import type { OpCase } from './shared.js';
import { sidebarCases } from './sidebar.js';
import { taskGroupsCases } from './task_groups.js';
import { taskStatusesCases } from './task_statuses.js';
import { taskChecklistsCases } from './task_checklists.js';
import { taskCommentsCases } from './task_comments.js';
import { taskDependenciesCases } from './task_dependencies.js';
import { taskRecurrencesCases } from './task_recurrences.js';
import { tasksCases } from './tasks.js';
import { timeEntriesCases } from './time_entries.js';
import { usersCases } from './users.js';
import { notificationsCases } from './notifications.js';
import { dashboardCases } from './dashboard.js';
import { reportsCases } from './reports.js';
import { clientsCases } from './clients.js';
import { invoicesCases } from './invoices.js';
import { searchCases } from './search.js';
import { chatCases } from './chat.js';
import { auditCases } from './audit.js';
import { presenceCases } from './presence.js';

export { seedReadData, type OpCase, type ReadData, type Run, type WriteCase } from './shared.js';

/** Each area's cases, by area: the cases of area `a` are the one export of cases/`a`.ts. */
export const casesByArea = {
  auth: authCases,
  users: usersCases,
  organizations: organizationsCases,
  members: membersCases,
  projects: projectsCases,
  project_members: projectMembersCases,
  tasks: tasksCases,
  task_groups: taskGroupsCases,
  sidebar: sidebarCases,
  task_statuses: taskStatusesCases,
  labels: labelsCases,
  milestones: milestonesCases,
  task_comments: taskCommentsCases,
  task_checklists: taskChecklistsCases,
  task_dependencies: taskDependenciesCases,
  task_recurrences: taskRecurrencesCases,
  time_entries: timeEntriesCases,
  personal_access_tokens: personalAccessTokensCases,
  notifications: notificationsCases,
  dashboard: dashboardCases,
  reports: reportsCases,
  clients: clientsCases,
  invoices: invoicesCases,
  search: searchCases,
  chat: chatCases,
  audit: auditCases,
  presence: presenceCases,
} satisfies Record<OperationArea, Partial<Record<OperationName, OpCase>>>;

export type Area = keyof typeof casesByArea;

/** The area an operation lives in, as the catalogue says (the spec file it is declared in). */
export function areaOf(op: OperationName): OperationArea {
  return operationMeta[op].area;
}

/** The table the conformance tests walk: every area's cases, keyed by operation name. */
export const cases: Record<OperationName, OpCase> = {
  ...casesByArea.auth,
  ...casesByArea.users,
  ...casesByArea.organizations,
  ...casesByArea.members,
  ...casesByArea.projects,
  ...casesByArea.project_members,
  ...casesByArea.tasks,
  ...casesByArea.task_groups,
  ...casesByArea.sidebar,
  ...casesByArea.task_statuses,
  ...casesByArea.labels,
  ...casesByArea.milestones,
  ...casesByArea.task_comments,
  ...casesByArea.task_checklists,
  ...casesByArea.task_dependencies,
  ...casesByArea.task_recurrences,
  ...casesByArea.time_entries,
  ...casesByArea.personal_access_tokens,
  ...casesByArea.notifications,
  ...casesByArea.dashboard,
  ...casesByArea.reports,
  ...casesByArea.clients,
  ...casesByArea.invoices,
  ...casesByArea.search,
  ...casesByArea.chat,
  ...casesByArea.audit,
  ...casesByArea.presence,
};
