// Generated from specs/openapi (Ajv standalone) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { ValidateFunction } from 'ajv';

/** Validates the input of `audit.list`. */
export declare const audit__list: ValidateFunction;
/** Validates the input of `auth.forgot_password`. */
export declare const auth__forgot_password: ValidateFunction;
/** Validates the input of `auth.login`. */
export declare const auth__login: ValidateFunction;
/** Validates the input of `auth.logout`. */
export declare const auth__logout: ValidateFunction;
/** Validates the input of `auth.refresh`. */
export declare const auth__refresh: ValidateFunction;
/** Validates the input of `auth.register`. */
export declare const auth__register: ValidateFunction;
/** Validates the input of `auth.reset_password`. */
export declare const auth__reset_password: ValidateFunction;
/** Validates the input of `auth.ws_ticket`. */
export declare const auth__ws_ticket: ValidateFunction;
/** Validates the input of `chat.channels.archive`. */
export declare const chat__channels__archive: ValidateFunction;
/** Validates the input of `chat.channels.create`. */
export declare const chat__channels__create: ValidateFunction;
/** Validates the input of `chat.channels.list`. */
export declare const chat__channels__list: ValidateFunction;
/** Validates the input of `chat.channels.mark_read`. */
export declare const chat__channels__mark_read: ValidateFunction;
/** Validates the input of `chat.channels.members.add`. */
export declare const chat__channels__members__add: ValidateFunction;
/** Validates the input of `chat.channels.members.remove`. */
export declare const chat__channels__members__remove: ValidateFunction;
/** Validates the input of `chat.channels.update`. */
export declare const chat__channels__update: ValidateFunction;
/** Validates the input of `chat.dm.open`. */
export declare const chat__dm__open: ValidateFunction;
/** Validates the input of `chat.messages.delete`. */
export declare const chat__messages__delete: ValidateFunction;
/** Validates the input of `chat.messages.list`. */
export declare const chat__messages__list: ValidateFunction;
/** Validates the input of `chat.messages.send`. */
export declare const chat__messages__send: ValidateFunction;
/** Validates the input of `chat.reactions.add`. */
export declare const chat__reactions__add: ValidateFunction;
/** Validates the input of `chat.reactions.remove`. */
export declare const chat__reactions__remove: ValidateFunction;
/** Validates the input of `chat.typing`. */
export declare const chat__typing: ValidateFunction;
/** Validates the input of `clients.create`. */
export declare const clients__create: ValidateFunction;
/** Validates the input of `clients.delete`. */
export declare const clients__delete: ValidateFunction;
/** Validates the input of `clients.get`. */
export declare const clients__get: ValidateFunction;
/** Validates the input of `clients.list`. */
export declare const clients__list: ValidateFunction;
/** Validates the input of `clients.update`. */
export declare const clients__update: ValidateFunction;
/** Validates the input of `dashboard.summary`. */
export declare const dashboard__summary: ValidateFunction;
/** Validates the input of `invitations.accept`. */
export declare const invitations__accept: ValidateFunction;
/** Validates the input of `invoices.create`. */
export declare const invoices__create: ValidateFunction;
/** Validates the input of `invoices.delete`. */
export declare const invoices__delete: ValidateFunction;
/** Validates the input of `invoices.generate`. */
export declare const invoices__generate: ValidateFunction;
/** Validates the input of `invoices.get`. */
export declare const invoices__get: ValidateFunction;
/** Validates the input of `invoices.list`. */
export declare const invoices__list: ValidateFunction;
/** Validates the input of `invoices.mark_paid`. */
export declare const invoices__mark_paid: ValidateFunction;
/** Validates the input of `invoices.pdf`. */
export declare const invoices__pdf: ValidateFunction;
/** Validates the input of `invoices.send`. */
export declare const invoices__send: ValidateFunction;
/** Validates the input of `invoices.update`. */
export declare const invoices__update: ValidateFunction;
/** Validates the input of `labels.create`. */
export declare const labels__create: ValidateFunction;
/** Validates the input of `labels.delete`. */
export declare const labels__delete: ValidateFunction;
/** Validates the input of `labels.list`. */
export declare const labels__list: ValidateFunction;
/** Validates the input of `labels.update`. */
export declare const labels__update: ValidateFunction;
/** Validates the input of `members.invite`. */
export declare const members__invite: ValidateFunction;
/** Validates the input of `members.list`. */
export declare const members__list: ValidateFunction;
/** Validates the input of `members.remove`. */
export declare const members__remove: ValidateFunction;
/** Validates the input of `members.update`. */
export declare const members__update: ValidateFunction;
/** Validates the input of `milestones.create`. */
export declare const milestones__create: ValidateFunction;
/** Validates the input of `milestones.delete`. */
export declare const milestones__delete: ValidateFunction;
/** Validates the input of `milestones.list`. */
export declare const milestones__list: ValidateFunction;
/** Validates the input of `milestones.update`. */
export declare const milestones__update: ValidateFunction;
/** Validates the input of `notifications.list`. */
export declare const notifications__list: ValidateFunction;
/** Validates the input of `notifications.mark_read`. */
export declare const notifications__mark_read: ValidateFunction;
/** Validates the input of `notifications.preferences.get`. */
export declare const notifications__preferences__get: ValidateFunction;
/** Validates the input of `notifications.preferences.update`. */
export declare const notifications__preferences__update: ValidateFunction;
/** Validates the input of `organizations.create`. */
export declare const organizations__create: ValidateFunction;
/** Validates the input of `organizations.delete`. */
export declare const organizations__delete: ValidateFunction;
/** Validates the input of `organizations.get`. */
export declare const organizations__get: ValidateFunction;
/** Validates the input of `organizations.list`. */
export declare const organizations__list: ValidateFunction;
/** Validates the input of `organizations.update`. */
export declare const organizations__update: ValidateFunction;
/** Validates the input of `personal_access_tokens.create`. */
export declare const personal_access_tokens__create: ValidateFunction;
/** Validates the input of `personal_access_tokens.delete`. */
export declare const personal_access_tokens__delete: ValidateFunction;
/** Validates the input of `personal_access_tokens.list`. */
export declare const personal_access_tokens__list: ValidateFunction;
/** Validates the input of `presence.list`. */
export declare const presence__list: ValidateFunction;
/** Validates the input of `presence.set`. */
export declare const presence__set: ValidateFunction;
/** Validates the input of `projects.create`. */
export declare const projects__create: ValidateFunction;
/** Validates the input of `projects.delete`. */
export declare const projects__delete: ValidateFunction;
/** Validates the input of `projects.get`. */
export declare const projects__get: ValidateFunction;
/** Validates the input of `projects.list`. */
export declare const projects__list: ValidateFunction;
/** Validates the input of `projects.members.add`. */
export declare const projects__members__add: ValidateFunction;
/** Validates the input of `projects.members.list`. */
export declare const projects__members__list: ValidateFunction;
/** Validates the input of `projects.members.remove`. */
export declare const projects__members__remove: ValidateFunction;
/** Validates the input of `projects.members.update`. */
export declare const projects__members__update: ValidateFunction;
/** Validates the input of `projects.update`. */
export declare const projects__update: ValidateFunction;
/** Validates the input of `reports.profitability`. */
export declare const reports__profitability: ValidateFunction;
/** Validates the input of `reports.revenue`. */
export declare const reports__revenue: ValidateFunction;
/** Validates the input of `reports.timesheet`. */
export declare const reports__timesheet: ValidateFunction;
/** Validates the input of `reports.utilization`. */
export declare const reports__utilization: ValidateFunction;
/** Validates the input of `search`. */
export declare const search: ValidateFunction;
/** Validates the input of `sidebar.get_collapsed`. */
export declare const sidebar__get_collapsed: ValidateFunction;
/** Validates the input of `sidebar.toggle_collapsed`. */
export declare const sidebar__toggle_collapsed: ValidateFunction;
/** Validates the input of `task_groups.create`. */
export declare const task_groups__create: ValidateFunction;
/** Validates the input of `task_groups.delete`. */
export declare const task_groups__delete: ValidateFunction;
/** Validates the input of `task_groups.list`. */
export declare const task_groups__list: ValidateFunction;
/** Validates the input of `task_groups.reorder`. */
export declare const task_groups__reorder: ValidateFunction;
/** Validates the input of `task_groups.toggle_collapsed`. */
export declare const task_groups__toggle_collapsed: ValidateFunction;
/** Validates the input of `task_groups.update`. */
export declare const task_groups__update: ValidateFunction;
/** Validates the input of `task_recurrences.create`. */
export declare const task_recurrences__create: ValidateFunction;
/** Validates the input of `task_recurrences.delete`. */
export declare const task_recurrences__delete: ValidateFunction;
/** Validates the input of `task_recurrences.get`. */
export declare const task_recurrences__get: ValidateFunction;
/** Validates the input of `task_recurrences.update`. */
export declare const task_recurrences__update: ValidateFunction;
/** Validates the input of `task_statuses.create`. */
export declare const task_statuses__create: ValidateFunction;
/** Validates the input of `task_statuses.delete`. */
export declare const task_statuses__delete: ValidateFunction;
/** Validates the input of `task_statuses.list`. */
export declare const task_statuses__list: ValidateFunction;
/** Validates the input of `task_statuses.update`. */
export declare const task_statuses__update: ValidateFunction;
/** Validates the input of `tasks.add_comment`. */
export declare const tasks__add_comment: ValidateFunction;
/** Validates the input of `tasks.checklist.create`. */
export declare const tasks__checklist__create: ValidateFunction;
/** Validates the input of `tasks.checklist.delete`. */
export declare const tasks__checklist__delete: ValidateFunction;
/** Validates the input of `tasks.checklist.list`. */
export declare const tasks__checklist__list: ValidateFunction;
/** Validates the input of `tasks.checklist.toggle`. */
export declare const tasks__checklist__toggle: ValidateFunction;
/** Validates the input of `tasks.comments.list`. */
export declare const tasks__comments__list: ValidateFunction;
/** Validates the input of `tasks.create`. */
export declare const tasks__create: ValidateFunction;
/** Validates the input of `tasks.create_bulk`. */
export declare const tasks__create_bulk: ValidateFunction;
/** Validates the input of `tasks.delete`. */
export declare const tasks__delete: ValidateFunction;
/** Validates the input of `tasks.delete_comment`. */
export declare const tasks__delete_comment: ValidateFunction;
/** Validates the input of `tasks.dependencies.list_all`. */
export declare const tasks__dependencies__list_all: ValidateFunction;
/** Validates the input of `tasks.dependency.add`. */
export declare const tasks__dependency__add: ValidateFunction;
/** Validates the input of `tasks.dependency.list`. */
export declare const tasks__dependency__list: ValidateFunction;
/** Validates the input of `tasks.dependency.remove`. */
export declare const tasks__dependency__remove: ValidateFunction;
/** Validates the input of `tasks.get`. */
export declare const tasks__get: ValidateFunction;
/** Validates the input of `tasks.list`. */
export declare const tasks__list: ValidateFunction;
/** Validates the input of `tasks.reorder`. */
export declare const tasks__reorder: ValidateFunction;
/** Validates the input of `tasks.update`. */
export declare const tasks__update: ValidateFunction;
/** Validates the input of `tasks.update_status`. */
export declare const tasks__update_status: ValidateFunction;
/** Validates the input of `time_entries.create`. */
export declare const time_entries__create: ValidateFunction;
/** Validates the input of `time_entries.current`. */
export declare const time_entries__current: ValidateFunction;
/** Validates the input of `time_entries.delete`. */
export declare const time_entries__delete: ValidateFunction;
/** Validates the input of `time_entries.get`. */
export declare const time_entries__get: ValidateFunction;
/** Validates the input of `time_entries.list`. */
export declare const time_entries__list: ValidateFunction;
/** Validates the input of `time_entries.start`. */
export declare const time_entries__start: ValidateFunction;
/** Validates the input of `time_entries.stop`. */
export declare const time_entries__stop: ValidateFunction;
/** Validates the input of `time_entries.update`. */
export declare const time_entries__update: ValidateFunction;
/** Validates the input of `users.me`. */
export declare const users__me: ValidateFunction;
