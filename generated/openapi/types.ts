// Generated from specs/openapi (openapi-typescript) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers `200 {"status":"ok"}` while the process serves requests and the database answers a trivial query
         *     within 2 seconds, else `503 {"status":"unavailable"}`. No token, no rate limit. `HEAD` answers the same
         *     statuses without a body.
         */
        get: operations["health.live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers `200` when every dependency answers within 1 second: the database and, when `REDIS_URL` is set,
         *     Redis (`PING`); else `503`. The body names each check: `ok`, `unavailable` or `not_configured` (Redis
         *     without `REDIS_URL`). A load balancer should route to an instance only while it answers 200. No token, no
         *     rate limit, never cached.
         */
        get: operations["health.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a user and signs them in. Also creates their personal organization (the user is its `owner`
         *     and it becomes their default organization) and adds them to every organization with a pending
         *     invitation for this email address.
         *
         *     The email must not belong to an existing account (`CONFLICT`). The password needs 8 to 200 characters.
         */
        post: operations["auth.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Starts a session. Wrong email and wrong password answer the same `UNAUTHORIZED` error, so the answer
         *     does not tell whether an account exists.
         *
         *     Failed attempts are throttled (counted on every instance; an unknown email counts like a known one). A
         *     refused attempt answers `429 RATE_LIMIT_EXCEEDED` with `Retry-After`, even with the right password:
         *     - the same email from the same address: after 5 consecutive failures that pair is blocked for 60 s,
         *       doubling with each further block within a day (2 min, 4 min, …, at most 1 h). A successful sign-in
         *       from that address resets it. Other addresses are not affected, so the owner can still sign in.
         *     - the same email from all addresses: after 50 failures within an hour, addresses that have not signed
         *       in to that account successfully in the last 30 days are refused until the hour ends; the owner's
         *       usual addresses are not.
         *     - the same address for all emails: after 100 failures within an hour, the address is blocked for an hour.
         *
         *     The numbers are configurable (`LOGIN_MAX_FAILURES_PER_ADDRESS`, `LOGIN_BLOCK_SECONDS`,
         *     `LOGIN_MAX_BLOCK_SECONDS`, `LOGIN_MAX_FAILURES_PER_ACCOUNT`, `LOGIN_MAX_FAILURES_PER_ADDRESS_ALL`).
         */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description Rotates the session: returns a new access token and a new refresh token, and invalidates the refresh
         *     token presented. Replace both tokens you hold. The answer has no `user`.
         *
         *     An unknown, expired or revoked refresh token answers `UNAUTHORIZED`. Presenting a refresh token that
         *     was already rotated is treated as theft: the whole session (every token descended from the same login)
         *     is revoked (its access tokens and open sockets too) and the call answers `UNAUTHORIZED`; sign in again.
         *
         *     Grace window: within 10 seconds (`REFRESH_REUSE_GRACE_SECONDS`) of a token's rotation, presenting it
         *     again (two tabs refreshing at once, a retried request) is not theft: the call answers a new, valid pair
         *     of the same session, and every pair handed out keeps working.
         */
        post: operations["auth.refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Invalidates the refresh token (and so the session it belongs to). The session's access tokens stop
         *     working from the next call on, on every instance, and its open `/ws` and graphql-ws connections are
         *     closed with 4011 (Session ended). An Authorization header is accepted but not required. Idempotent: an unknown or already invalid refresh token also answers `success: true`.
         */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset link
         * @description Mails a password reset link (valid 1 hour, single use) if an account exists for the email address.
         *     The answer is the same whether or not the account exists.
         */
        post: operations["auth.forgot_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description Sets a new password (8 to 200 characters) using the token from the reset link, and signs the user out
         *     everywhere: every refresh token of the user is revoked, their access tokens stop working from the next
         *     call on and their open sockets are closed (4011). Personal access tokens are not affected. Sign in with
         *     the new password afterwards.
         *
         *     An unknown, expired or already used token answers `VALIDATION_ERROR` with `details.field = "token"`.
         */
        post: operations["auth.reset_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/ws-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a WebSocket ticket
         * @description Issues a ticket (`wst_…`) to authenticate a WebSocket connection: connect to `/ws` and send
         *     `{"action": "authenticate", "payload": {"ticket": "wst_…"}}` within 10 seconds. The ticket is valid
         *     for 30 seconds and can be used once; get a new one for every (re)connection. The connection belongs
         *     to the session of the access token used here and lives no longer than that token: it is closed with
         *     4011 (Session ended) when the session ends or the token expires.
         *
         *     A personal access token cannot get a ticket (`FORBIDDEN`): a PAT acts in one organization only, and a
         *     WebSocket session would reach all of the user's organizations.
         */
        post: operations["auth.ws_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description Returns the user the token belongs to, including their default organization.
         */
        get: operations["users.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your organizations
         * @description Lists every organization the caller is a member of, with the caller's role in each, oldest membership
         *     first. Not paginated. With a personal access token, only the token's organization.
         */
        get: operations["organizations.list"];
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization; the caller becomes its `owner`. The slug is derived from the name when omitted
         *     and must be unique (`CONFLICT` otherwise). Defaults: time zone `UTC`, currency `USD`.
         */
        post: operations["organizations.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization id (`org_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get an organization
         * @description Returns one organization the caller is a member of; any other id answers `NOT_FOUND`.
         */
        get: operations["organizations.get"];
        put?: never;
        post?: never;
        /**
         * Delete an organization
         * @description Deletes the organization and everything in it (members, invitations, projects, tasks, time entries,
         *     personal access tokens bound to it). Permanent. Only an `owner` may do this (`FORBIDDEN` otherwise).
         *     Members whose default organization it was are left without one until they pick another.
         */
        delete: operations["organizations.delete"];
        options?: never;
        head?: never;
        /**
         * Update an organization
         * @description Changes the name, slug, time zone or currency. Requires `manage_org` in that organization. A slug
         *     already taken answers `CONFLICT`. Changing the currency does not convert existing amounts.
         */
        patch: operations["organizations.update"];
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description Lists the members of the organization with their role and effective permissions, in the order they
         *     joined. Any member may list. Filter by `role`.
         */
        get: operations["members.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to the organization
         * @description Creates an invitation and mails its link to `email`. Requires `manage_members`. The role defaults to
         *     `member`; `owner` cannot be given by invitation. The invitation expires after 7 days.
         *
         *     If the address already has an account, its user accepts while signed in (`POST /invitations/accept`
         *     with the token from the mail); otherwise registering with that address joins the organization.
         *     Inviting an address that is already a member answers `CONFLICT`; inviting one with a pending
         *     invitation replaces it (the old link stops working).
         */
        post: operations["members.invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (or leave)
         * @description Removes the user from the organization. Requires `manage_members`, except that any member may remove
         *     themself (leave). Only an owner can remove another owner; removing the last owner answers `CONFLICT`.
         *     The user's time entries stay in the organization; their personal access tokens for it stop working.
         */
        delete: operations["members.remove"];
        options?: never;
        head?: never;
        /**
         * Change a member's role or permissions
         * @description Changes the member's role and/or per-member permission overrides. Requires `manage_members`. Only an
         *     owner can grant the owner role or change an owner's role; demoting the last owner answers `CONFLICT`.
         *     The answer carries the resulting effective permissions. `hourly_rate_cents` (default client rate) and
         *     `cost_rate_cents` (default cost rate), in minor units per hour or `null` to clear, also need `view_rates`
         *     (`FORBIDDEN`); changing them changes the effective rate and amount of the member's entries not yet invoiced.
         */
        patch: operations["members.update"];
        trace?: never;
    };
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Joins the organization of the invitation with its role, using the token from the invitation mail. The
         *     invitation must be addressed to the caller's email address. An unknown, expired, already accepted or
         *     someone else's invitation answers `NOT_FOUND`; if the caller is already a member, `CONFLICT`.
         */
        post: operations["invitations.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Lists the organization's projects, oldest first. Any member may list. Filter by `status` and search by
         *     name with `search` (case-insensitive substring).
         */
        get: operations["projects.list"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project in the organization. Requires `manage_projects`. `billable` defaults to `true`,
         *     `status` to `active`. `client_id` must name a client of the organization (`NOT_FOUND` otherwise).
         */
        post: operations["projects.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description Returns one project of the organization. Any member may read it.
         */
        get: operations["projects.get"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes the project and its tasks. Requires `manage_projects`. Permanent. Time entries on the project
         *     are kept, detached (`project_id` and `task_id` become `null`); archive the project instead to keep
         *     the link.
         */
        delete: operations["projects.delete"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Changes the given fields; `null` clears a nullable one. Requires `manage_projects`. Archive a project
         *     with `status: "archived"`. A rate change applies to every entry of the project not yet
         *     invoiced that inherits it; a billable change to new time entries only.
         */
        patch: operations["projects.update"];
        trace?: never;
    };
    "/projects/{project_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a project's members
         * @description Lists the project's members in the order they were added, each with their project role (`lead` or `member`)
         *     and user. Anyone who sees the project may list: every member of the organization for a project of
         *     `visibility: organization`; for a members-only project only its members and holders of `manage_projects`
         *     (for anyone else, and for another organization's project, `NOT_FOUND`).
         */
        get: operations["projects.members.list"];
        put?: never;
        /**
         * Add a member to a project
         * @description Adds a member of the organization to the project, as `member` (default) or `lead`. Requires
         *     `manage_projects`. A user who is not a member of the organization answers `NOT_FOUND` (as does an unknown
         *     project); a user already in the project answers `CONFLICT`. On a members-only project the user sees it,
         *     and receives its events, from then on. `hourly_rate_cents` and `cost_rate_cents` set the member's rates on
         *     this project (minor units per hour); setting them also needs `view_rates` (`FORBIDDEN`).
         */
        post: operations["projects.members.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description The project member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a project
         * @description Removes the user from the project. Requires `manage_projects`. A user who is not in the project answers
         *     `NOT_FOUND`. Removing the last `lead` is allowed: leads are informational and grant nothing. On a
         *     members-only project the user stops seeing it on their next call and stops receiving its events at once,
         *     on every server instance. Leaving the organization removes a user from all its projects.
         */
        delete: operations["projects.members.remove"];
        options?: never;
        head?: never;
        /**
         * Change a project member's role
         * @description Makes the project member a `lead` or a `member`. Requires `manage_projects`. A user who is not in the project
         *     answers `NOT_FOUND`. Project roles are informational: a project may have several leads or none.
         *     `hourly_rate_cents` and `cost_rate_cents` (minor units per hour, `null` to clear) set the member's rates on this
         *     project, overriding the project's rate and their defaults for their entries not yet invoiced; setting them
         *     also needs `view_rates` (`FORBIDDEN`).
         */
        patch: operations["projects.members.update"];
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Lists the organization's tasks. Any member may list. Filter by project, status, assignee, label and
         *     milestone (a label or milestone of another organization answers `NOT_FOUND`); sort by
         *     `created_at` (default), `due_date`, `priority`, `title` or `position`. The default order is ascending,
         *     except for `priority`, which defaults to descending (most urgent first). Tasks without a due date sort
         *     last.
         */
        get: operations["tasks.list"];
        put?: never;
        /**
         * Create a task
         * @description Creates a task in a project of the organization. Requires `manage_tasks`. Defaults: `status` `open`,
         *     `priority` `medium`; the task is placed last in its project. `start_date` must be on or before
         *     `due_date`; assignees must be members of the organization (at most 20; `VALIDATION_ERROR` on `assignee_ids`
         *     otherwise). A `project_id` that is not a project of the organization answers `NOT_FOUND`.
         */
        post: operations["tasks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a task
         * @description Returns one task of the organization. Any member may read it.
         */
        get: operations["tasks.get"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Deletes the task. Requires `manage_tasks`. Permanent. Time entries on the task are kept with
         *     `task_id` set to `null`.
         */
        delete: operations["tasks.delete"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Changes the given fields; `null` clears a nullable one, `assignee_ids` replaces the whole set. Requires
         *     `manage_tasks`. `project_id` moves the task to another project of the organization. After the change
         *     `start_date` must still be on or before `due_date` (`VALIDATION_ERROR` otherwise).
         */
        patch: operations["tasks.update"];
        trace?: never;
    };
    "/tasks/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task's status
         * @description Moves the task to another status (`open`, `in_progress`, `review`, `done`, `cancelled`). Requires
         *     `manage_tasks`. Same effect as `tasks.update` with only `status`; subscribers receive an
         *     `EntityChanged` event with the status change.
         */
        patch: operations["tasks.update_status"];
        trace?: never;
    };
    "/tasks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create up to 100 tasks at once
         * @description Creates 1 to 100 tasks in one transaction: all of them or none. Each item is what `tasks.create` takes
         *     (projects of the organization, any mix of them) and follows its rules. Requires `manage_tasks`. An invalid
         *     item answers `VALIDATION_ERROR` (or `NOT_FOUND` for another organization's project) whose `details` name the
         *     item's `index` (0-based) and the `field`; nothing is created then. Each created task is announced with its
         *     own `EntityChanged`; the answer lists the tasks in the order given.
         */
        post: operations["tasks.create_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Move a task within its group or to another group
         * @description Puts the task at `position`, the 0-based index among the tasks of the destination group after the move (a
         *     larger value puts it last). `group_id` moves it to another group of the same project (`null`: among the
         *     project's ungrouped tasks); omitted, the task stays in its group. The positions of every group stay a
         *     gapless 0..n-1 sequence: the tasks at or after the new index move down by one, and those after the old
         *     index in the group it left move up. Requires `manage_tasks`. A group of another project answers
         *     `VALIDATION_ERROR`; one of another organization `NOT_FOUND`. Subscribers receive an `EntityChanged` for the
         *     moved task with `changes` of `position` (and `group_id`), then one for each other task whose position
         *     changed (`changes`: `position`), all from the same transaction.
         */
        put: operations["tasks.reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task-groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a project's task groups
         * @description Lists the task groups of a project of the organization by `position`, each with your own `collapsed`
         *     flag. Any member may list. A project has at most 100 groups, so one page of 100 holds them all. A
         *     project of another organization answers `NOT_FOUND`.
         */
        get: operations["task_groups.list"];
        put?: never;
        /**
         * Create a task group
         * @description Creates a task group in a project of the organization, placed after the existing groups. Requires
         *     `manage_tasks`. A project holds at most 100 groups: a 101st answers `VALIDATION_ERROR` on `project_id`.
         */
        post: operations["task_groups.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task-groups/order": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder a project's task groups
         * @description Puts the project's task groups in the order given: `order` lists every group id of the project exactly
         *     once, and the group at index `i` gets `position` `i`. Requires `manage_tasks`. A missing, repeated or
         *     unknown id (another project's group included) answers `VALIDATION_ERROR` on `order`. Answers every group
         *     of the project in its new order (at most 100); each group whose position changed is announced with an
         *     `updated` event.
         */
        put: operations["task_groups.reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}/task-groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description Task group id (`grp_…`) of that project. */
                group_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a task group
         * @description Deletes a task group; its tasks are kept and become ungrouped in the same transaction, appended after
         *     the project's ungrouped tasks in their order within the group. Requires `manage_tasks`. Each moved task
         *     is announced with an `updated` event (`group_id`, `position`), the later groups move up one place
         *     (`updated` events), and the group gets a `deleted` event. A group of another project, or of another
         *     organization, answers `NOT_FOUND`.
         */
        delete: operations["task_groups.delete"];
        options?: never;
        head?: never;
        /**
         * Rename a task group
         * @description Renames a task group. Requires `manage_tasks`. The group is looked up within `project_id`: a group of
         *     another project, or of another organization, answers `NOT_FOUND`.
         */
        patch: operations["task_groups.update"];
        trace?: never;
    };
    "/projects/{project_id}/task-groups/{group_id}/collapse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description Task group id (`grp_…`) of that project. */
                group_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fold or unfold a task group for yourself
         * @description Toggles your own `collapsed` flag of a task group and answers the new state. Any member may; other
         *     members' flags are untouched and they receive no event. Your own connections receive an `updated` event
         *     of the group carrying your new flag. A group of another project, or of another organization, answers
         *     `NOT_FOUND`.
         */
        post: operations["task_groups.toggle_collapsed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sidebar/collapsed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your collapsed sidebar projects
         * @description Lists the projects of the organization you folded in the sidebar (`sidebar.toggle_collapsed`). The
         *     state is yours alone, per organization. Not paginated: it holds at most one id per project of the
         *     organization.
         */
        get: operations["sidebar.get_collapsed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sidebar/collapsed/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fold or unfold a project in your sidebar
         * @description Toggles whether a project of the organization is folded in your sidebar and answers the new state. Any
         *     member may; it changes nothing for anyone else and sends no event. A project of another organization
         *     answers `NOT_FOUND`.
         */
        post: operations["sidebar.toggle_collapsed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task statuses
         * @description Lists the organization's task statuses in board order (`position`). Any member may list. An organization
         *     has at most 50 statuses, so one page of 100 always holds them all. Every organization starts with `open`,
         *     `in_progress`, `review`, `done` and `cancelled`.
         */
        get: operations["task_statuses.list"];
        put?: never;
        /**
         * Create a task status
         * @description Adds a status to the organization's workflow. Requires `manage_projects`. `code` (what tasks store in
         *     `status`) must be unused in the organization, and an organization has at most 50 statuses: `CONFLICT`
         *     otherwise. Placed at `position` (the statuses from there on move down by one), last by default.
         */
        post: operations["task_statuses.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task status id (`sts_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a task status
         * @description Removes a status from the organization's workflow. Requires `manage_projects`. When tasks have it,
         *     `replace_with` (the code of another status of the organization) is required and those tasks move to that
         *     status in the same change (each pushes an `updated` event); without it the answer is `CONFLICT` with the
         *     number of tasks in `details.task_count`. The organization's last status of category `done` cannot be
         *     deleted (`CONFLICT`). The statuses after it close up.
         */
        delete: operations["task_statuses.delete"];
        options?: never;
        head?: never;
        /**
         * Update a task status
         * @description Changes the given fields. Requires `manage_projects`. A new `code` must be unused in the organization
         *     (`CONFLICT`); every task with the old code moves to the new one in the same change (each pushes an
         *     `updated` event). The organization's last status of category `done` cannot move to another category
         *     (`CONFLICT`). A new `position` moves the status there; the others close up.
         */
        patch: operations["task_statuses.update"];
        trace?: never;
    };
    "/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List labels
         * @description Lists the organization's labels by name (regardless of case). Any member may list.
         */
        get: operations["labels.list"];
        put?: never;
        /**
         * Create a label
         * @description Creates a label in the organization. Requires `manage_tasks`. Names are unique in the organization
         *     regardless of case (`CONFLICT`); colors are `#rrggbb`.
         */
        post: operations["labels.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Label id (`lbl_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a label
         * @description Deletes the label and takes it off every task that carries it, in the same change: each such task pushes
         *     an `updated` event with its `label_ids` change, then the label its `deleted` event. Requires `manage_tasks`.
         */
        delete: operations["labels.delete"];
        options?: never;
        head?: never;
        /**
         * Update a label
         * @description Renames or recolors a label. Requires `manage_tasks`. The new name must be unused in the organization
         *     regardless of case (`CONFLICT`).
         */
        patch: operations["labels.update"];
        trace?: never;
    };
    "/projects/{project_id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a project's milestones
         * @description Lists the project's milestones by target date (then creation), each with its `task_count` and
         *     `done_count` (tasks whose status is of category `done`). Any member may list. A project of another
         *     organization answers `NOT_FOUND`.
         */
        get: operations["milestones.list"];
        put?: never;
        /**
         * Create a milestone
         * @description Creates a milestone in the project. Requires `manage_tasks`. `target_date` is `YYYY-MM-DD`; `color`
         *     defaults to `#6366f1`. A project of another organization answers `NOT_FOUND`.
         */
        post: operations["milestones.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{milestone_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Milestone id (`mst_…`). */
                milestone_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a milestone
         * @description Deletes the milestone and clears it from its tasks in the same change: each such task pushes an `updated`
         *     event (`milestone_id` to `null`), then the milestone its `deleted` event. Requires `manage_tasks`.
         */
        delete: operations["milestones.delete"];
        options?: never;
        head?: never;
        /**
         * Update a milestone
         * @description Changes the given fields: an omitted field stays as it is, `description: null` clears the description.
         *     Requires `manage_tasks`.
         */
        patch: operations["milestones.update"];
        trace?: never;
    };
    "/tasks/{task_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a task's comments
         * @description Lists the comments on a task of the organization, oldest first (the newest is last). Any member may read
         *     them. A task of another organization answers `NOT_FOUND`.
         */
        get: operations["tasks.comments.list"];
        put?: never;
        /**
         * Comment on a task
         * @description Adds a comment to a task of the organization, written by the caller. Any member of the organization may
         *     comment, viewers included. `body` is 1 to 10,000 characters.
         */
        post: operations["tasks.add_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
                /** @description Comment id (`cmt_…`), a comment on that task. */
                comment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Deletes a comment on a task. Its author may delete it; anyone else needs `manage_tasks`. A comment that is
         *     not on the named task answers `NOT_FOUND`. Permanent.
         */
        delete: operations["tasks.delete_comment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a task's checklist
         * @description Lists the checklist items of a task of the organization by `position` (0 first). Any member may read them.
         *     A task has at most 100 items, so one page of 100 holds them all. A task of another organization answers
         *     `NOT_FOUND`.
         */
        get: operations["tasks.checklist.list"];
        put?: never;
        /**
         * Add a checklist item
         * @description Appends an unchecked item to a task's checklist (it goes last). Requires `manage_tasks`. `title` is 1 to
         *     500 characters. A task has at most 100 items: adding a 101st answers `VALIDATION_ERROR` on `task_id`.
         */
        post: operations["tasks.checklist.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checklist-items/{item_id}/toggle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Checklist item id (`chk_…`). */
                item_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check or uncheck a checklist item
         * @description Flips the item's `completed`. Any member of the organization may, viewers included. Checking records who
         *     (`completed_by`) and when (`completed_at`); unchecking clears both.
         */
        post: operations["tasks.checklist.toggle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checklist-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Checklist item id (`chk_…`). */
                item_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a checklist item
         * @description Deletes the item. Requires `manage_tasks`. The items after it move up one place, so positions stay
         *     0..n-1 without gaps (each moved item is announced by an `updated` event). Permanent.
         */
        delete: operations["tasks.checklist.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List a task's dependencies
         * @description The task's dependencies in both directions: `blocked_by`, the tasks it waits for, and `blocks`, the tasks
         *     waiting for it, each oldest dependency first. Each item names the other task (id, title, status, project)
         *     and the dependency (`dependency_id`). Any member may read them. Not paginated: a task has at most 100
         *     dependencies in each direction (`tasks.dependency.add` refuses more), so each list holds at most 100.
         */
        get: operations["tasks.dependency.list"];
        put?: never;
        /**
         * Add a dependency
         * @description Links the task to another task of the organization (any project): with `dependency_type: blocked_by` the
         *     task waits for `depends_on_id`, with `blocks` `depends_on_id` waits for the task. Requires `manage_tasks`.
         *     Rules: a task cannot depend on itself (`VALIDATION_ERROR` on `depends_on_id`); the same link twice, in
         *     either spelling, is `CONFLICT`; a link that would close a cycle is `CONFLICT` with the cycle in
         *     `details.cycle` (task ids from the waiting task back to itself, e.g. `[a, b, c, a]`). Limits: at most 100
         *     dependencies per task in each direction and 50,000 per organization (`VALIDATION_ERROR` beyond). A task of
         *     another organization answers `NOT_FOUND`.
         */
        post: operations["tasks.dependency.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/dependencies/{dependency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`), either end of the dependency. */
                task_id: components["schemas"]["Id"];
                /** @description Dependency id (`dep_…`). */
                dependency_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a dependency
         * @description Removes a dependency of the task (either direction). Requires `manage_tasks`. A dependency that does not
         *     involve the task answers `NOT_FOUND`.
         */
        delete: operations["tasks.dependency.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every dependency of the organization
         * @description Every dependency between tasks of the organization in one answer, compact (`id`, `task_id`,
         *     `depends_on_id`), for drawing the whole graph at once; only dependencies whose two tasks you may see.
         *     Any member may read them. Not paginated: an organization has at most 50,000 dependencies
         *     (`tasks.dependency.add` refuses more), which bounds the answer: at most about 6.6 MB of JSON (132 bytes a
         *     dependency). Sorted by id (oldest first).
         */
        get: operations["tasks.dependencies.list_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/recurrence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a task to repeat
         * @description Sets the task to repeat by `recurrence_pattern` (`daily`, `weekly`, `monthly` or a five-field cron
         *     expression), evaluated in the organization's time zone. At each occurrence the server creates the next
         *     instance of the task, once, whichever server instance runs it; occurrences missed while no server ran are
         *     created when one comes back (at most 100 at a time). Requires `manage_tasks`. A task has at most one
         *     recurrence (`CONFLICT` for a second); an invalid pattern is `VALIDATION_ERROR` naming
         *     `recurrence_pattern`; a task you cannot see is `NOT_FOUND`.
         */
        post: operations["task_recurrences.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-recurrences/{recurrence_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recurrence id (`rec_…`). */
                recurrence_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a recurrence rule
         * @description Returns the recurrence: its pattern, `next_run_at`, `last_run_at` and how many instances it created. Any
         *     member who can see its task may read it (no permission beyond membership); otherwise `NOT_FOUND`.
         */
        get: operations["task_recurrences.get"];
        put?: never;
        post?: never;
        /**
         * Stop a recurrence
         * @description Deletes the recurrence: no further instances are created; those already created stay as ordinary tasks.
         *     Requires `manage_tasks`. Deleting the task deletes its recurrence too.
         */
        delete: operations["task_recurrences.delete"];
        options?: never;
        head?: never;
        /**
         * Update a recurrence rule
         * @description Replaces the pattern; the next occurrence is computed again from now (instances already created stay).
         *     Requires `manage_tasks`. An invalid pattern is `VALIDATION_ERROR` naming `recurrence_pattern`.
         */
        patch: operations["task_recurrences.update"];
        trace?: never;
    };
    "/time-entries/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a timer
         * @description Starts a timer for the caller now. Requires `track_time`. A user has at most one running timer: if one
         *     is running, it is stopped at the same instant the new one starts, in the same transaction. Project,
         *     task and description are optional; with only `task_id`, the task's project is used. `billable` and the
         *     hourly rate default to the project's. Subscribers get a `TimerUpdate` (and `EntityChanged`) event.
         */
        post: operations["time_entries.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the running timer
         * @description Returns the caller's running time entry in the organization, or `data: null` when no timer runs.
         */
        get: operations["time_entries.current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries/{entry_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a timer
         * @description Stops a running time entry now and returns it with its `duration_secs`. Requires `track_time` (and
         *     `manage_time` to stop another user's timer). Over WebSocket, MCP and GraphQL `entry_id` may be omitted
         *     to stop the caller's running timer; with no timer running that answers `NOT_FOUND`. An entry that is
         *     already stopped answers `CONFLICT`.
         */
        post: operations["time_entries.stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time entries
         * @description Lists the organization's time entries, newest `started_at` first. Any member may list; filter by
         *     `user_id` for one person's time. `from` and `to` select by `started_at` and are inclusive: a date
         *     (`2026-03-01`) means the start of that day for `from` and the end of that day for `to`, in the
         *     organization's time zone (`settings.timezone`); a date-time is taken as is.
         */
        get: operations["time_entries.list"];
        put?: never;
        /**
         * Log time manually
         * @description Creates a finished time entry for the caller, for time worked without a timer. Requires `track_time`.
         *     `stopped_at` must not be before `started_at`. With only `task_id`, the task's project is used;
         *     `billable` defaults to the project's; `hourly_rate_cents` is the entry's own rate override (default `null`:
         *     the rate is inherited, see `effective_hourly_rate_cents`).
         */
        post: operations["time_entries.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/time-entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Time entry id (`te_…`). */
                entry_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a time entry
         * @description Returns one time entry of the organization. Any member may read it.
         */
        get: operations["time_entries.get"];
        put?: never;
        post?: never;
        /**
         * Delete a time entry
         * @description Deletes the time entry (running or not). Permanent. Your own entries need `track_time`; other users'
         *     entries need `manage_time`. An entry on an invoice cannot be deleted: `CONFLICT` naming the invoice
         *     (`details` `{ invoice_id, invoice_number }`) until its draft is deleted.
         */
        delete: operations["time_entries.delete"];
        options?: never;
        head?: never;
        /**
         * Update a time entry
         * @description Changes the given fields; `null` clears a nullable one. Your own entries need `track_time`; other
         *     users' entries need `manage_time`. After the change `stopped_at` must not be before `started_at`.
         *     Setting `stopped_at` on a running entry stops the timer. An entry on an invoice cannot be changed:
         *     `CONFLICT` naming the invoice (`details` `{ invoice_id, invoice_number }`) until its draft is deleted.
         */
        patch: operations["time_entries.update"];
        trace?: never;
    };
    "/personal-access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your personal access tokens
         * @description Lists the caller's personal access tokens that have not been revoked, in every organization, newest
         *     first. The token values themselves are never shown again; `token_prefix` helps recognize them.
         */
        get: operations["personal_access_tokens.list"];
        put?: never;
        /**
         * Create a personal access token
         * @description Creates a token (`trcr_pat_…`) bound to one organization the caller belongs to (`org_id`, default the
         *     current organization). Calls made with it act in that organization with the caller's permissions
         *     there. The plaintext `token` is in this answer only: store it now. `expires_at`, if given, must be in
         *     the future. An organization you are not a member of answers `NOT_FOUND`.
         *
         *     Only a signed-in session creates tokens: a call authenticated with a personal access token answers
         *     `FORBIDDEN` (a token must not mint credentials that outlive or outreach it).
         */
        post: operations["personal_access_tokens.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/personal-access-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id (`pat_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a personal access token
         * @description Revokes one of the caller's tokens; it stops working immediately, on every instance, and graphql-ws
         *     connections opened with it are closed with 4011 (Session ended). Another user's token answers
         *     `NOT_FOUND`.
         */
        delete: operations["personal_access_tokens.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notifications
         * @description Lists your notifications in the organization, newest first (ties by id, newest first). Only the
         *     recipient ever sees a notification: there is no way to list anyone else's. `unread: true` lists only
         *     unread ones, `unread: false` only read ones. Besides `data` and `pagination` the answer carries
         *     `unread_count`, the number of your unread notifications in the organization (whatever the filter and
         *     page); a WebSocket reply carries it next to `pagination`, GraphQL as a field of the page, MCP in the body.
         *     At most 100 per page. Any member may list; a personal access token lists its organization's.
         */
        get: operations["notifications.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/mark-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark notifications read
         * @description Marks the given notifications read, or, without `ids`, all of yours in the organization, and answers how
         *     many changed (`updated`). Ids that are unknown, already read, or belong to someone else are ignored:
         *     never touched, never an error. Sends no event.
         */
        post: operations["notifications.mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notification preferences
         * @description Your mail preferences per notification type that sends mail (`task_assigned`, `task_status_changed`);
         *     `true` unless you turned it off. They are yours, the same in every organization. In-app notifications
         *     and their events are always made.
         */
        get: operations["notifications.preferences.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your notification preferences
         * @description Turns mail on (`true`) or off (`false`) per notification type and answers all your preferences. Types you
         *     leave out keep their value. A type that sends no mail or does not exist answers `VALIDATION_ERROR`
         *     (`details.field` is `email`, the message names `email.<type>`). Sends no event.
         */
        patch: operations["notifications.preferences.update"];
        trace?: never;
    };
    "/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard summary
         * @description Counts of the organization's tasks you can see (total, done, overdue) and your own figures: your open
         *     tasks, your running timer and the seconds you tracked this ISO week. "Today" and the week are taken in
         *     the organization's time zone (`timezone`, `week_start` say which). Tasks of a members-only project count
         *     only for its members and holders of `manage_projects`. Any member may read it.
         */
        get: operations["dashboard.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/timesheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Timesheet report
         * @description The stopped time entries started from `from` to `to` that match the filters, newest first and paginated
         *     (up to 100 per page), with totals over all of them (seconds, billable seconds, amount) and, with `group_by`
         *     (`user`, `project`, `client`, `task`, `day`, `week`, `month`), per-group figures (at most 1,000 groups).
         *     `description` matches a part of the entry's description regardless of case; `invoice_id` keeps only the
         *     entries billed on that invoice. Entries of members-only projects count only for readers who see the
         *     project. Requires `view_reports`; rates and amounts need `view_rates` too (`null` otherwise). Another
         *     organization's user, project, client or invoice is `NOT_FOUND`.
         *     All reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its
         *     `started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the
         *     field. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×
         *     rate / 3600) once per project and rate, summed per row).
         */
        get: operations["reports.timesheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue report
         * @description Invoiced revenue (invoices `sent`, `overdue` or `paid` whose issue date is in the range: net, tax and
         *     gross, in each invoice's currency) and unbilled billable amount (billable, stopped, not yet invoiced time
         *     started in the range, at effective client rates, in the organization's currency, in projects the reader
         *     sees), by `client` (default), `project` (invoice lines' projects; tax and gross are per invoice, so `null`
         *     there) or `month`. One row per group and currency, and totals per currency. Requires `view_reports`.
         *     All reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its
         *     `started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the
         *     field. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×
         *     rate / 3600) once per project and rate, summed per row).
         */
        get: operations["reports.revenue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Utilization report
         * @description Per member of the organization (members without time appear with zeros), by name and paginated (up to 100
         *     per page): tracked seconds, billable seconds, target seconds and utilization = billable / target (4
         *     decimals; `null` when the target is 0). The target is `target_hours` per member for the whole range when
         *     given, else 40 hours per ISO week prorated: 8 hours per Monday-to-Friday day in the range. `user_id` keeps
         *     one member; `invoice_id` counts only the entries billed on that invoice. Entries of members-only projects
         *     count only for readers who see the project. Requires `view_reports`.
         *     All reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its
         *     `started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the
         *     field. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×
         *     rate / 3600) once per project and rate, summed per row).
         */
        get: operations["reports.utilization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/profitability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Profitability report
         * @description Revenue (billable time × effective client rate) against cost (all time × effective cost rate: the project
         *     member's, else the member's default), margin = revenue − cost and margin_pct = margin / revenue (a
         *     fraction, `null` when revenue is 0), by `project` (default), `client` or `user`, with the entries and
         *     seconds that have no cost rate (and the billable ones without a client rate) counted. Stopped time started
         *     in the range, in projects the reader sees, in the organization's currency. Requires `view_reports` and
         *     `view_rates` (it is made of rates).
         *     All reports: `from` and `to` are days in the organization's time zone (an entry belongs to the day its
         *     `started_at` falls on there); `from` after `to` or a range over 366 days is a `VALIDATION_ERROR` naming the
         *     field. Every answer states `timezone`, `currency` and `rounding` (amounts of time: round-half-up(seconds ×
         *     rate / 3600) once per project and rate, summed per row).
         */
        get: operations["reports.profitability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Lists the organization's clients by name (regardless of case). Any member may list. `search` keeps the
         *     clients whose name or email contains it (case-insensitive). Archived clients are hidden; with
         *     `archived: true` only the archived ones are listed (`archived: false` is the default). At most 100 per page.
         */
        get: operations["clients.list"];
        put?: never;
        /**
         * Create a client
         * @description Creates a client of the organization. Requires `manage_clients`. `tax_rate_bp` is an integer number of
         *     basis points (1900 = 19 %); `currency` an ISO 4217 code (`null` = the organization's currency).
         */
        post: operations["clients.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Client id (`cli_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a client
         * @description Returns one client of the organization (archived ones too). Any member may read it.
         */
        get: operations["clients.get"];
        put?: never;
        post?: never;
        /**
         * Delete a client
         * @description Deletes a client without invoices. A client with invoices cannot be deleted (`CONFLICT`, `details`
         *     `{ invoice_count }`): archive it instead (`archived: true`). Its projects are detached from it in the same
         *     change, each pushing an `updated` event (`client_id` becomes `null`), then the client its `deleted`
         *     event. Requires `manage_clients`.
         */
        delete: operations["clients.delete"];
        options?: never;
        head?: never;
        /**
         * Update a client
         * @description Changes the given fields; `null` clears a nullable one. Requires `manage_clients`. Archive a client with
         *     `archived: true` (hidden from lists, kept for its invoices), restore it with `archived: false`.
         */
        patch: operations["clients.update"];
        trace?: never;
    };
    "/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description The organization's invoices, newest first (by creation), optionally of one client (`client_id`) or in one `status`. Each item carries its `lines` too (at most 500 per invoice). Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.
         */
        get: operations["invoices.list"];
        put?: never;
        /**
         * Create an invoice
         * @description Creates a draft for a client, with the organization's next number (`INV-0001`, sequential, never reused). Defaults: `issue_date` today (organization time zone), `currency` the client's, else the organization's, `tax_rate_bp` the client's saved rate, else 0. Optional custom `lines` (at most 500). `due_date` before `issue_date`, an unknown currency or a bad line is `VALIDATION_ERROR`; a client of another organization `NOT_FOUND`. Requires `manage_invoices`.
         */
        post: operations["invoices.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an invoice
         * @description The invoice with its lines, amounts and the rounding rule. Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.
         */
        get: operations["invoices.get"];
        put?: never;
        post?: never;
        /**
         * Delete an invoice
         * @description Deletes a draft; its time entries become billable again (their `invoice_id` is cleared), and its number is not reused. A sent, overdue or paid invoice cannot be deleted (`CONFLICT`). Requires `manage_invoices`.
         */
        delete: operations["invoices.delete"];
        options?: never;
        head?: never;
        /**
         * Update an invoice
         * @description Changes a draft: dates, currency, tax rate, notes, and `lines` (replaces its custom lines; the time lines `invoices.generate` made stay). A sent, overdue or paid invoice takes only `notes`: any other field is `CONFLICT`. Amounts are computed again. Requires `manage_invoices`.
         */
        patch: operations["invoices.update"];
        trace?: never;
    };
    "/invoices/{id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add time to a draft
         * @description Adds to a draft one line per project and effective client rate, from the client's projects' time entries that are billable, stopped, not yet invoiced and started within `from`..`to` (inclusive days in the organization's time zone; default: everything up to today), and links those entries to the invoice (each entry records the rate it was billed at; a later rate change does not change the line). Line amount: round-half-up(seconds × rate / 3600). Entries without any client rate are left out and counted (`entries_without_rate`). No entry is ever billed twice, also when two drafts of one client are generated at once. Only drafts (`CONFLICT` otherwise); the invoice currency must be the organization's (`VALIDATION_ERROR` on `currency`); `from` after `to` is `VALIDATION_ERROR`. Requires `manage_invoices`.
         */
        post: operations["invoices.generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an invoice
         * @description Mails the invoice to the client's email address with its PDF attached (`invoice-<number>.pdf`; `message` goes in the body) through the mail outbox, and marks it `sent` (`sent_at`). Only drafts: sending a sent, overdue or paid invoice is `CONFLICT`. A client without an email address is `VALIDATION_ERROR` with `details.field` = `client_id`; an invoice without lines is `VALIDATION_ERROR` with `details.field` = `lines`. Requires `manage_invoices`.
         */
        post: operations["invoices.send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an invoice paid
         * @description Marks a sent or overdue invoice `paid` (`paid_at`, `payment_method`); a draft or paid invoice is `CONFLICT`. Every member with `manage_invoices` except the caller gets an in-app `invoice_paid` notification (no mail). Requires `manage_invoices`.
         */
        post: operations["invoices.mark_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an invoice as PDF
         * @description The invoice as a PDF document (`application/pdf`, `Content-Disposition: inline; filename="invoice-<number>.pdf"`): number, issue and due dates, organization, client name and address, lines, subtotal, tax with its rate, total, notes and the rounding rule; the same document `invoices.send` attaches. REST only (a binary answer). Readable by members with `manage_invoices` or `view_reports` (others: `FORBIDDEN`); another organization's invoice is `NOT_FOUND`.
         */
        get: operations["invoices.pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search across the organization
         * @description Full-text search over the organization's tasks (title and description), projects (name and description),
         *     clients (name, email and notes), task comments, chat messages and invoices (number and notes), in web
         *     search syntax (`q`: words, `"phrases"`, `or`, `-excluded`; accents and case ignored; the last word also
         *     matches as a prefix). Answers the best `limit` hits (1 to 50, default 20), most relevant first (a match in
         *     a title or name ranks above one in a text; ties newest first), each with a highlighted `snippet`
         *     (HTML: matched words in `<mark>…</mark>`, the rest escaped), and how many entities match in all and per
         *     kind. `type` narrows the kinds (one name or a comma-separated list).
         *     Only what you may see is ever found or counted: tasks and comments of members-only projects you are not
         *     in (without `manage_projects`), chat messages of channels you are not a member of, and invoices unless you
         *     hold `manage_invoices` or `view_reports` are neither hits nor in `total` and `counts`. Any member may
         *     search. A `q` that is empty, blank, over 200 characters or without a searchable word, an unknown `type`
         *     and a `limit` outside 1..50 are a `VALIDATION_ERROR` naming the field.
         *     Engine: the answer comes from PostgreSQL full-text search (generated `tsvector` columns with GIN indexes,
         *     one statement per call). A deployment may put an external engine (e.g. Meilisearch) behind the same
         *     operation: it implements the domain's `SearchEngine` interface (src/domain/search/engine.ts), keeps its
         *     index from the `EntityChanged` events of these six entity types (created, updated, deleted), and must
         *     apply the same visibility rules at query time; the request and the answer stay as documented here.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your chat channels
         * @description Lists the channels you are a member of (and whose linked project you may see), the most recently active first (newest message, else creation). Archived channels are left out unless `archived: true` (then only those). Each carries `member_count`, your `unread_count` (messages by others after your read mark) and its `last_message` (or `null`). At most 100 per page.
         */
        get: operations["chat.channels.list"];
        put?: never;
        /**
         * Create a chat channel
         * @description Creates a `public` or `private` channel; you are its first member, with the members of `member_ids` (each must be a member of the organization and, for a channel linked to a project, see that project: `VALIDATION_ERROR` naming `member_ids` otherwise). `project_id` must be a project you may see (`NOT_FOUND` otherwise). Any member may create channels.
         */
        post: operations["chat.channels.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a channel or change its topic
         * @description Changes a channel's name or topic. Its creator may, or a member with `manage_org` (`FORBIDDEN` otherwise). The general channel cannot be renamed and a direct channel not at all (`CONFLICT`).
         */
        patch: operations["chat.channels.update"];
        trace?: never;
    };
    "/chat/channels/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a channel
         * @description Archives a channel: it keeps its messages but takes no new ones (`CONFLICT`) and leaves chat.channels.list unless asked for. Its creator may, or a member with `manage_org`. The general channel and direct channels cannot be archived (`CONFLICT`); archiving an archived channel changes nothing.
         */
        post: operations["chat.channels.archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to a channel (or join it)
         * @description Adds a member of the organization to a channel. A public channel: any member may join it themselves (`user_id` = yourself) and its members may add others. A private channel: only its members may add (`NOT_FOUND` for others: it does not exist for them). The general channel and direct channels have a fixed membership (`CONFLICT`). The new member must see the channel's linked project (`VALIDATION_ERROR`); adding a member twice changes nothing.
         */
        post: operations["chat.channels.members.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a channel (or leave it)
         * @description Removes a member from a channel: yourself (leave), or anyone if you created the channel or hold `manage_org` (`FORBIDDEN` otherwise). From then on that user receives none of the channel's events. The general channel and direct channels have a fixed membership (`CONFLICT`). Removing a non-member changes nothing.
         */
        delete: operations["chat.channels.members.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/dm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the direct channel with a member
         * @description The one direct channel between you and another member of the organization: created on first use, the same channel on every later call (also under concurrent calls). Yourself: `VALIDATION_ERROR`; someone who is not a member of the organization: `NOT_FOUND`.
         */
        post: operations["chat.dm.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move your read mark in a channel
         * @description Marks the channel read up to `message_id` (a message of that channel: `NOT_FOUND` otherwise). The mark never moves backwards: an older message leaves it where it is. Answers the mark and your unread count after it.
         */
        post: operations["chat.channels.mark_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a channel's messages
         * @description A channel's messages, newest first, `limit` at a time (1 to 100, default 50). `before` (a message id of that channel, else `NOT_FOUND`) lists the messages older than it: pass `pagination.next_before` to page back; `pagination.has_more` says whether older messages exist. Each message carries its reactions with your `reacted_by_me`.
         */
        get: operations["chat.messages.list"];
        put?: never;
        /**
         * Send a message
         * @description Sends a message to a channel you are a member of (not archived: `CONFLICT`). `content` is 1 to 4,000 characters and not only whitespace; `reply_to` must be a message of the same channel (`VALIDATION_ERROR` otherwise). Pushes `ChatMessage` to every connection of every member who may see the channel (yours too), and notifies (`mentioned`) the channel members the text mentions (`@Full Name` or `@email`).
         */
        post: operations["chat.messages.send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description Deletes a message of the channel: its author may, or a member with `manage_org` (`FORBIDDEN` otherwise). The channel's members receive `EntityChanged` (`chat_message`, `deleted`). Replies to it keep their text (their `reply_to` becomes `null`).
         */
        delete: operations["chat.messages.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/messages/{message_id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React to a message
         * @description Adds your reaction `emoji` (exactly one emoji, or a `:shortcode:` of at most 32 characters) to a message of a channel you are a member of. Once per user, message and emoji: adding it again changes nothing (`changed: false`) and pushes nothing. Otherwise the channel's members receive `EntityChanged` (`chat_message`, `updated`) with the message's reaction summary.
         */
        post: operations["chat.reactions.add"];
        /**
         * Take back a reaction
         * @description Removes your reaction `emoji` from a message (over REST `emoji` is a query parameter, URL-encoded: `DELETE /chat/messages/{message_id}/reactions?emoji=%F0%9F%91%8D`). Removing a reaction you have not made changes nothing (`changed: false`) and pushes nothing; otherwise the channel's members receive `EntityChanged` with the message's reaction summary.
         */
        delete: operations["chat.reactions.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/channels/{channel_id}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say you are typing
         * @description Pushes `UserTyping` to the connections of the channel's other members who may see it; stored nowhere (not in the audit log either). At most one event per user and channel every 3 seconds, across all servers: calls within that window are dropped (`sent: false`), never an error.
         */
        post: operations["chat.typing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit log
         * @description The organization's audit log, newest first (ties by id, newest first), paginated (at most 100 per page):
         *     one entry per successful change made in the organization on any interface (REST, WebSocket, GraphQL,
         *     MCP), with who made it (user, and the personal access token if one was used), the operation, the entity,
         *     what changed (secrets never), the IP address, the user agent and the time. Failed calls and reads are not
         *     recorded. Entries cannot be changed or deleted. Filters: `user_id`, `action` (the operation name, e.g.
         *     `tasks.update`), `entity_type`, `entity_id`, and `from`/`to`: an instant (RFC 3339) or a day (`YYYY-MM-DD`)
         *     in the organization's time zone (`from` a day: from its start; `to` a day: to its end, inclusive); the
         *     answer states that time zone (`timezone`). Requires `view_audit` (owners and admins by default).
         */
        get: operations["audit.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who in the organization is online
         * @description Every member of the organization with their presence: `online` or `away` while they have a socket (/ws
         *     or GraphQL over WebSocket) open on any server instance, `offline` otherwise, and `last_seen`. Ordered by
         *     name (then user id), paginated (at most 100 per page). Any member may read it.
         */
        get: operations["presence.list"];
        /**
         * Set your status
         * @description Sets the status others see while you are connected (`online` or `away`), in every organization you
         *     belong to (it is yours, not an organization's), and sends `UserPresence` to their members. It holds
         *     until you set it again or your last socket closes; your next first socket shows you `online` again.
         *     Without an open socket (/ws or GraphQL over WebSocket) you are `offline`: the answer says so and nothing
         *     is sent.
         */
        put: operations["presence.set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Health
         * @description Liveness (`/healthz`).
         */
        Health: {
            /**
             * @description `ok` while the database answers; `unavailable` otherwise.
             * @enum {string}
             */
            status: "ok" | "unavailable";
        };
        /**
         * CheckResult
         * @description One dependency: `ok`, `unavailable`, or `not_configured` (Redis without `REDIS_URL`).
         * @enum {string}
         */
        CheckResult: "ok" | "unavailable" | "not_configured";
        /**
         * Readiness
         * @description Readiness (`/readyz`) and the check of each dependency.
         */
        Readiness: {
            /**
             * @description `ok` when every configured dependency answers; `unavailable` otherwise.
             * @enum {string}
             */
            status: "ok" | "unavailable";
            checks: {
                database: components["schemas"]["CheckResult"];
                redis: components["schemas"]["CheckResult"];
            };
        };
        /**
         * AuthRegister
         * @description New account. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "email": "jane@example.com",
         *       "password": "correct-horse-battery",
         *       "name": "Jane Doe"
         *     }
         */
        AuthRegister: {
            /**
             * Format: email
             * @description Sign-in email address; must not belong to an existing account (case-insensitive).
             */
            email: string;
            /** @description Password, 8 to 200 characters. */
            password: string;
            /** @description Full name. */
            name: string;
        };
        /**
         * Id
         * @description Opaque identifier: a type prefix (`usr_`, `org_`, `prj_`, `tsk_`, `te_`, `inv_`, `pat_`, `cli_`, ...) followed by a time-sortable random part. Treat it as an opaque string; never parse it. An id of another organization, or of something that does not exist, answers `NOT_FOUND`.
         * @example tsk_01jq3v8m2xg9r6h5k4t7w0c1de
         */
        Id: string;
        /**
         * Timestamp
         * Format: date-time
         * @description An instant, RFC 3339 in UTC with a `Z` suffix, e.g. `2026-03-28T14:30:00Z`. Inputs may carry any offset; outputs are always UTC.
         * @example 2026-03-28T14:30:00Z
         */
        Timestamp: string;
        /**
         * CurrentUser
         * @description The signed-in user (`GET /me`, register and login): the fields of `User` plus their private `default_org_id`, which only they see.
         * @example {
         *       "id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "email": "jane@example.com",
         *       "name": "Jane Doe",
         *       "avatar_url": null,
         *       "default_org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "created_at": "2026-03-01T09:00:00Z"
         *     }
         */
        CurrentUser: {
            /** @description User id (`usr_…`). */
            id: components["schemas"]["Id"];
            /**
             * Format: email
             * @description Sign-in email address, unique across TRCR (case-insensitive).
             */
            email: string;
            /** @description Full name. */
            name: string;
            /** @description Profile picture URL, or `null`. */
            avatar_url: string | null;
            /** @description Organization (`org_…`) a JWT call acts in when it names none (`org_id` / `X-Org-Id`). Set to the personal organization created at registration; `null` if that organization was deleted. */
            default_org_id: string | null;
            /** @description When the account was created. */
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * AuthTokens
         * @description A session's tokens. Send `access_token` as `Authorization: Bearer …`; it expires after `expires_in` seconds (15 minutes). Exchange `refresh_token` (valid 30 days, single use) at `/auth/refresh` for a new pair. `user` is present on register and login, absent on refresh.
         * @example {
         *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...",
         *       "refresh_token": "dGhpcyBpcyBhIHJlZnJlc2ggdG9rZW4...",
         *       "token_type": "Bearer",
         *       "expires_in": 900
         *     }
         */
        AuthTokens: {
            /** @description JWT access token. */
            access_token: string;
            /** @description Opaque refresh token. Keep it secret (server side or an HTTP-only cookie); it is rotated on every use. */
            refresh_token: string;
            /**
             * @description Always `Bearer`.
             * @constant
             */
            token_type: "Bearer";
            /**
             * @description Lifetime of the access token in seconds (900).
             * @example 900
             */
            expires_in: number;
            /** @description The signed-in user (register and login only). */
            user?: components["schemas"]["CurrentUser"];
        };
        /**
         * ErrorCode
         * @description Machine-readable error code, one per HTTP status: `VALIDATION_ERROR` 400, `UNAUTHORIZED` 401, `FORBIDDEN` 403, `NOT_FOUND` 404, `CONFLICT` 409, `PAYLOAD_TOO_LARGE` 413, `RATE_LIMIT_EXCEEDED` 429, `INTERNAL_ERROR` 500, `SERVICE_UNAVAILABLE` 503; and, on GraphQL only (`extensions.code`), `QUERY_TOO_COMPLEX` (HTTP 400): a document over the cost, depth or alias limits, or over the time or size budget.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "RATE_LIMIT_EXCEEDED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE" | "QUERY_TOO_COMPLEX";
        /**
         * Error
         * @description What went wrong. `code` is stable and meant for programs; `message` is a human-readable English sentence that may change. `details` is present when there is more to say, e.g. `{"field": "title"}` for one invalid field or `{"fields": ["title", "due_date"]}` for several. Internal errors never carry stack traces or SQL.
         */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description Human-readable explanation.
             * @example Title is required
             */
            message: string;
            /**
             * @description Extra, code-specific information (`field` / `fields` for validation errors).
             * @example {
             *       "field": "title"
             *     }
             */
            details?: Record<string, never>;
        };
        /**
         * ErrorResponse
         * @description The body of every error answer.
         * @example {
         *       "error": {
         *         "code": "VALIDATION_ERROR",
         *         "message": "Title is required",
         *         "details": {
         *           "field": "title"
         *         }
         *       }
         *     }
         */
        ErrorResponse: {
            error: components["schemas"]["Error"];
        };
        /**
         * AuthLogin
         * @description Email and password. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        AuthLogin: {
            /**
             * Format: email
             * @description Account email address.
             */
            email: string;
            /** @description Account password. */
            password: string;
        };
        /**
         * AuthRefresh
         * @description The current refresh token. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        AuthRefresh: {
            /** @description Refresh token from the last register, login or refresh answer. */
            refresh_token: string;
        };
        /**
         * AuthLogout
         * @description The refresh token to invalidate. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        AuthLogout: {
            /** @description Refresh token of the session to end. */
            refresh_token: string;
        };
        /**
         * SuccessResult
         * @description Confirms an action that returns nothing else.
         */
        SuccessResult: {
            /**
             * @description Always `true`.
             * @constant
             */
            success: true;
        };
        /**
         * AuthForgotPassword
         * @description Account email address. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        AuthForgotPassword: {
            /**
             * Format: email
             * @description Email address of the account whose password is to be reset.
             */
            email: string;
        };
        /**
         * MessageResult
         * @description Confirms an action with a human-readable message.
         */
        MessageResult: {
            /** @description What happened, in English. */
            message: string;
        };
        /**
         * AuthResetPassword
         * @description Reset token from the mailed link and the new password. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        AuthResetPassword: {
            /** @description The token from the reset link (single use, valid 1 hour). */
            token: string;
            /** @description New password, 8 to 200 characters. */
            password: string;
        };
        /**
         * WsTicket
         * @description A single-use ticket to authenticate a WebSocket connection (`authenticate` action), valid for 30 seconds.
         */
        WsTicket: {
            /**
             * @description The ticket, `wst_…`.
             * @example wst_a1b2c3d4e5f6a7b8c9d0
             */
            ticket: string;
            /**
             * @description Seconds until the ticket expires (30).
             * @example 30
             */
            expires_in: number;
        };
        /**
         * OrganizationSettings
         * @description Organization-wide defaults.
         */
        OrganizationSettings: {
            /**
             * @description IANA time zone name used for dates and reports (default `UTC`).
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description ISO 4217 currency code of all amounts in the organization (default `USD`).
             * @example EUR
             */
            currency: string;
        };
        /**
         * Role
         * @description A member's role in an organization. Each role grants a default set of permissions (`x-role-permissions`, the one place they are declared), which per-member overrides (`members.update`) can extend or narrow. Only owners can delete the organization, grant the owner role or remove an owner.
         *
         *     Default permissions: `owner`: manage_org, manage_members, manage_projects, manage_tasks, track_time, manage_time, view_rates, manage_clients, manage_invoices, view_reports, view_audit; `admin`: manage_org, manage_members, manage_projects, manage_tasks, track_time, manage_time, view_rates, manage_clients, manage_invoices, view_reports, view_audit; `manager`: manage_projects, manage_tasks, track_time, manage_time, view_rates, manage_clients, manage_invoices, view_reports; `member`: manage_tasks, track_time; `viewer`: none (read only).
         * @enum {string}
         */
        Role: "owner" | "admin" | "manager" | "member" | "viewer";
        /**
         * Organization
         * @description The tenant: projects, tasks, time entries and members all belong to exactly one organization. Only members can see an organization; for anyone else it does not exist (`NOT_FOUND`).
         * @example {
         *       "id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "name": "Acme Studio",
         *       "slug": "acme-studio",
         *       "settings": {
         *         "timezone": "Europe/Berlin",
         *         "currency": "EUR"
         *       },
         *       "role": "owner",
         *       "created_at": "2026-03-01T09:00:00Z",
         *       "updated_at": "2026-03-01T09:00:00Z"
         *     }
         */
        Organization: {
            /** @description Organization id (`org_…`). */
            id: components["schemas"]["Id"];
            /** @description Display name. */
            name: string;
            /** @description URL-friendly unique name (lowercase letters, digits and dashes). */
            slug: string;
            settings: components["schemas"]["OrganizationSettings"];
            /** @description The caller's role in this organization. */
            role: components["schemas"]["Role"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * OrganizationCreate
         * @description A new organization. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Acme Studio",
         *       "slug": "acme-studio",
         *       "timezone": "Europe/Berlin",
         *       "currency": "EUR"
         *     }
         */
        OrganizationCreate: {
            /** @description Display name. */
            name: string;
            /** @description Unique URL-friendly name (2 to 63 lowercase letters, digits or dashes, not starting with a dash). Derived from `name` when omitted. */
            slug?: string;
            /** @description IANA time zone name (e.g. `Europe/Berlin`); default `UTC`. Unknown names are rejected. */
            timezone?: string;
            /** @description ISO 4217 currency code (e.g. `EUR`); default `USD`. */
            currency?: string;
        };
        /**
         * DeleteResult
         * @description Confirms a deletion. Deleting is permanent.
         */
        DeleteResult: {
            id: components["schemas"]["Id"];
            /**
             * @description Always `true`.
             * @constant
             */
            deleted: true;
        };
        /**
         * OrganizationUpdate
         * @description Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        OrganizationUpdate: {
            /** @description Display name. */
            name?: string;
            /** @description Unique URL-friendly name. */
            slug?: string;
            /** @description IANA time zone name. */
            timezone?: string;
            /** @description ISO 4217 currency code. Changing it does not convert existing amounts. */
            currency?: string;
        };
        /**
         * Permission
         * @description A permission checked by the operations: `manage_org` (organization settings), `manage_members` (invite, change, remove members), `manage_projects`, `manage_tasks`, `track_time` (own time entries and timer), `manage_time` (other users' time entries), `view_rates`, `manage_clients`, `manage_invoices`, `view_reports`, `view_audit`.
         * @enum {string}
         */
        Permission: "manage_org" | "manage_members" | "manage_projects" | "manage_tasks" | "track_time" | "manage_time" | "view_rates" | "manage_clients" | "manage_invoices" | "view_reports" | "view_audit";
        /**
         * UserSummary
         * @description The public part of a user, as shown next to memberships and assignments.
         */
        UserSummary: {
            /** @description User id (`usr_…`). */
            id: components["schemas"]["Id"];
            /** @description Full name. */
            name: string;
            /**
             * Format: email
             * @description Email address.
             */
            email: string;
            /** @description Profile picture URL, or `null`. */
            avatar_url: string | null;
        };
        /**
         * Member
         * @description A user's membership in an organization, with the role and the permissions in effect.
         * @example {
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "role": "member",
         *       "permissions": [
         *         "manage_tasks",
         *         "track_time"
         *       ],
         *       "user": {
         *         "id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *         "name": "Jane Doe",
         *         "email": "jane@example.com",
         *         "avatar_url": null
         *       },
         *       "joined_at": "2026-03-02T10:15:00Z",
         *       "hourly_rate_cents": 12000,
         *       "cost_rate_cents": 6000
         *     }
         */
        Member: {
            /** @description The member's user id (`usr_…`); identifies the membership within the organization. */
            user_id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            role: components["schemas"]["Role"];
            /** @description Effective permissions = the role's defaults with the member's overrides applied. */
            permissions: components["schemas"]["Permission"][];
            user: components["schemas"]["UserSummary"];
            /** @description When the user joined the organization. */
            joined_at: components["schemas"]["Timestamp"];
            /** @description The member's default client rate (what a client is charged per hour of their time), in minor units of the organization's currency, or `null`. The last fallback of a time entry's effective rate (entry override, project member rate, project rate, this). Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events. */
            hourly_rate_cents: number | null;
            /** @description The member's default cost rate (what an hour of their time costs), in minor units per hour, or `null`; a project member's cost rate overrides it. Only readers with `view_rates` see it (else `null`). */
            cost_rate_cents: number | null;
        };
        /**
         * Pagination
         * @description Where a page sits in a list. `page` counts from 1; `total_pages` is `ceil(total / per_page)` (0 for an empty list). Asking for a page past the last returns an empty `data` array.
         * @example {
         *       "total": 42,
         *       "page": 1,
         *       "per_page": 25,
         *       "total_pages": 2
         *     }
         */
        Pagination: {
            /** @description Number of items matching the filters, across all pages. */
            total: number;
            /** @description The page returned (from 1). */
            page: number;
            /** @description Page size used (1 to 100). */
            per_page: number;
            /** @description Number of pages at this page size. */
            total_pages: number;
        };
        /**
         * MemberInvite
         * @description Who to invite and with which role. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "email": "sam@example.com",
         *       "role": "manager"
         *     }
         */
        MemberInvite: {
            /**
             * Format: email
             * @description Email address to send the invitation to.
             */
            email: string;
            /**
             * @description Role given on joining (default `member`). The owner role cannot be given by invitation.
             * @default member
             * @enum {string}
             */
            role?: "admin" | "manager" | "member" | "viewer";
        };
        /**
         * Invitation
         * @description An invitation to join an organization, mailed to `email` with a single-use link. It expires after 7 days. The token itself is only in the mail, never in API answers.
         */
        Invitation: {
            /** @description Invitation id (`inv_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization the invitation is for (`org_…`). */
            org_id: components["schemas"]["Id"];
            /**
             * Format: email
             * @description Address the invitation was sent to.
             */
            email: string;
            /** @description Role the invitee gets on joining. */
            role: components["schemas"]["Role"];
            /** @description User who sent the invitation (`usr_…`), or `null` if that user no longer exists. */
            invited_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** @description After this instant the invitation can no longer be accepted. */
            expires_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When it was accepted, or `null` while pending.
             */
            accepted_at: string | null;
        };
        /**
         * RemoveMemberResult
         * @description Confirms that a user is no longer a member of the organization.
         */
        RemoveMemberResult: {
            /** @description The removed user (`usr_…`). */
            user_id: components["schemas"]["Id"];
            /**
             * @description Always `true`.
             * @constant
             */
            removed: true;
        };
        /**
         * MemberUpdate
         * @description New role and/or permission overrides; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "role": "manager",
         *       "permissions": {
         *         "view_rates": false
         *       }
         *     }
         */
        MemberUpdate: {
            /** @description New role. Only an owner can grant the owner role or change an owner's role. */
            role?: components["schemas"]["Role"];
            /** @description Per-member overrides merged into the existing ones: `true` grants a permission the role lacks, `false` withdraws one the role has, `null` removes the override (back to the role's default). */
            permissions?: {
                [key: string]: boolean | null;
            };
            /** @description The member's default client rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`). */
            hourly_rate_cents?: number | null;
            /** @description The member's default cost rate in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`). */
            cost_rate_cents?: number | null;
        };
        /**
         * InvitationAccept
         * @description The token from the invitation mail. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvitationAccept: {
            /** @description Invitation token from the mailed link. */
            token: string;
        };
        /**
         * ProjectStatus
         * @description `active` projects take new tasks and time; `archived` ones are kept for history and reports.
         * @enum {string}
         */
        ProjectStatus: "active" | "archived";
        /**
         * ProjectVisibility
         * @description Who sees the project: `organization` (every member of the organization, the default) or `members` (only its project members, `projects.members.*`, and holders of `manage_projects`). A members-only project and everything in it (tasks, comments, checklists, dependencies, groups, milestones, time entries on it) does not exist for anyone else: `NOT_FOUND`, absent from lists and counts, and none of its events reach them.
         * @enum {string}
         */
        ProjectVisibility: "organization" | "members";
        /**
         * Project
         * @description A body of work inside an organization; tasks and time entries hang off it.
         * @example {
         *       "id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "name": "Website relaunch",
         *       "description": "New marketing site",
         *       "color": "#3b82f6",
         *       "billable": true,
         *       "hourly_rate_cents": 15000,
         *       "client_id": null,
         *       "status": "active",
         *       "visibility": "organization",
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        Project: {
            /** @description Project id (`prj_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Project name. */
            name: string;
            /** @description Free text, or `null`. */
            description: string | null;
            /** @description Display color `#rrggbb`, or `null`. */
            color: string | null;
            /** @description Whether time tracked on the project is billable by default. */
            billable: boolean;
            /** @description Default hourly rate in minor units of the organization's currency (e.g. `15000` = 150.00), inherited by time entries that set none; `null` = no rate. Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events. */
            hourly_rate_cents: number | null;
            /** @description Client the project is billed to (`cli_…`), or `null`. */
            client_id: string | null;
            status: components["schemas"]["ProjectStatus"];
            visibility: components["schemas"]["ProjectVisibility"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ProjectCreate
         * @description A new project. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Website relaunch",
         *       "color": "#3b82f6",
         *       "billable": true,
         *       "hourly_rate_cents": 15000
         *     }
         */
        ProjectCreate: {
            /** @description Project name. */
            name: string;
            /** @description Free text, or `null`. */
            description?: string | null;
            /** @description Display color `#rrggbb`, or `null`. */
            color?: string | null;
            /**
             * @description Whether time on the project is billable by default (default `true`).
             * @default true
             */
            billable?: boolean;
            /** @description Default hourly rate in minor units of the organization's currency (e.g. `15000` = 150.00), or `null`. */
            hourly_rate_cents?: number | null;
            /** @description Client of the organization (`cli_…`), or `null`. */
            client_id?: string | null;
            /**
             * @description Initial status (default `active`).
             * @default active
             */
            status?: components["schemas"]["ProjectStatus"];
            /**
             * @description `organization` (default) or `members`. A members-only project makes its creator a `lead` project member, so they keep seeing it without `manage_projects`.
             * @default organization
             */
            visibility?: components["schemas"]["ProjectVisibility"];
        };
        /**
         * ProjectUpdate
         * @description Fields to change; omitted fields are left unchanged, `null` clears a nullable field. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        ProjectUpdate: {
            /** @description Project name. */
            name?: string;
            /** @description Free text, or `null` to clear. */
            description?: string | null;
            /** @description Display color `#rrggbb`, or `null` to clear. */
            color?: string | null;
            /** @description Whether new time on the project is billable by default. Existing entries keep their flag. */
            billable?: boolean;
            /** @description Default hourly rate in minor units, or `null` to clear. Entries not yet invoiced that inherit it follow it. */
            hourly_rate_cents?: number | null;
            /** @description Client (`cli_…`), or `null` to detach. */
            client_id?: string | null;
            /** @description `archived` to archive the project, `active` to restore it. */
            status?: components["schemas"]["ProjectStatus"];
            /** @description `members` hides the project from everyone but its project members and holders of `manage_projects` (add members with `projects.members.add` first); `organization` shows it to the whole organization again. */
            visibility?: components["schemas"]["ProjectVisibility"];
        };
        /**
         * ProjectRole
         * @description A project member's role: `lead` or `member`. Roles are informational (who leads the project); they grant no permission. Permissions come from the organization role. A project may have no lead at all.
         * @enum {string}
         */
        ProjectRole: "lead" | "member";
        /**
         * ProjectMember
         * @description A member of the organization who belongs to a project. Project members see a members-only project (`visibility: members`) and everything in it; holders of `manage_projects` see it without being members.
         * @example {
         *       "id": "pm_01jq3v7r5s6t7v8w9x0y1z2a3b",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "role": "lead",
         *       "user": {
         *         "id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *         "name": "Jane Doe",
         *         "email": "jane@example.com",
         *         "avatar_url": null
         *       },
         *       "hourly_rate_cents": 14000,
         *       "cost_rate_cents": null,
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        ProjectMember: {
            /** @description Project membership id (`pm_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Project id (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description The member's user id (`usr_…`). */
            user_id: components["schemas"]["Id"];
            role: components["schemas"]["ProjectRole"];
            user: components["schemas"]["UserSummary"];
            /** @description The member's client rate on this project (minor units per hour), or `null`: overrides the project's rate and the member's default for their time entries on the project (an entry's own override still wins). Only readers with `view_rates` see it (else `null`). */
            hourly_rate_cents: number | null;
            /** @description The member's cost rate on this project (minor units per hour), or `null` (their default applies). Only readers with `view_rates` see it (else `null`). */
            cost_rate_cents: number | null;
            /** @description When the user was added to the project. */
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ProjectMemberAdd
         * @description A user to add to the project. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "role": "lead"
         *     }
         */
        ProjectMemberAdd: {
            /** @description A member of the organization (`usr_…`); anyone else answers `NOT_FOUND`. */
            user_id: components["schemas"]["Id"];
            /**
             * @description `lead` or `member` (default `member`).
             * @default member
             */
            role?: components["schemas"]["ProjectRole"];
            /** @description The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`). */
            hourly_rate_cents?: number | null;
            /** @description The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` (default: none). Setting it requires `view_rates` as well (`FORBIDDEN`). */
            cost_rate_cents?: number | null;
        };
        /**
         * ProjectMemberRemoved
         * @description Confirms that a user was removed from a project.
         * @example {
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "removed": true
         *     }
         */
        ProjectMemberRemoved: {
            /** @description Project id (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description The removed user (`usr_…`). */
            user_id: components["schemas"]["Id"];
            /**
             * @description Always `true`.
             * @constant
             */
            removed: true;
        };
        /**
         * ProjectMemberUpdate
         * @description The new project role and/or rates; omitted fields are left unchanged, `null` clears a rate. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "role": "member"
         *     }
         */
        ProjectMemberUpdate: {
            role?: components["schemas"]["ProjectRole"];
            /** @description The member's client rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`). */
            hourly_rate_cents?: number | null;
            /** @description The member's cost rate on this project in minor units of the organization's currency per hour, an integer 0 to 100000000, or `null` to clear. Setting it requires `view_rates` as well (`FORBIDDEN`). */
            cost_rate_cents?: number | null;
        };
        /**
         * TaskStatusCode
         * @description Workflow state of a task: the `code` of one of the organization's task statuses (`task_statuses.list`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; a code that is not one of the organization's answers `VALIDATION_ERROR` listing the allowed codes.
         * @example open
         * @example in_progress
         * @example review
         * @example done
         * @example cancelled
         */
        TaskStatusCode: string;
        /**
         * TaskPriority
         * @description Priority of a task, from lowest to highest.
         * @enum {string}
         */
        TaskPriority: "low" | "medium" | "high" | "urgent";
        /**
         * Task
         * @description A unit of work in a project, optionally scheduled, estimated and assigned.
         * @example {
         *       "id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "title": "Implement login page",
         *       "description": null,
         *       "status": "in_progress",
         *       "priority": "high",
         *       "start_date": "2026-04-01",
         *       "due_date": "2026-04-15",
         *       "estimated_hours": 6,
         *       "assignee_ids": [
         *         "usr_01jq3v6z0c8n4m2k7h5g3f1d9b"
         *       ],
         *       "label_ids": [],
         *       "group_id": null,
         *       "milestone_id": null,
         *       "recurrence_id": null,
         *       "source_recurrence_id": null,
         *       "position": 0,
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "created_at": "2026-03-28T14:30:00Z",
         *       "updated_at": "2026-03-28T14:30:00Z"
         *     }
         */
        Task: {
            /** @description Task id (`tsk_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Project the task belongs to (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description Short title. */
            title: string;
            /** @description Free text, or `null`. */
            description: string | null;
            status: components["schemas"]["TaskStatusCode"];
            priority: components["schemas"]["TaskPriority"];
            /**
             * Format: date
             * @description Planned start `YYYY-MM-DD`, or `null`. Never after `due_date`.
             */
            start_date: string | null;
            /**
             * Format: date
             * @description Due date `YYYY-MM-DD`, or `null`.
             */
            due_date: string | null;
            /** @description Estimated effort in hours (e.g. `2.5`), or `null`. */
            estimated_hours: number | null;
            /** @description Users assigned to the task (`usr_…`), possibly empty. */
            assignee_ids: components["schemas"]["Id"][];
            /** @description Labels on the task (`lbl_…`), possibly empty, sorted. */
            label_ids: components["schemas"]["Id"][];
            /** @description The task group of the project the task is in (`grp_…`), or `null` when ungrouped. */
            group_id: string | null;
            /** @description The milestone of the task's project it counts toward (`mst_…`), or `null`. */
            milestone_id: string | null;
            /** @description The recurrence that repeats this task (`rec_…`; `task_recurrences.get`, `update` and `delete` take it), or `null` when the task does not repeat. Set by `task_recurrences.create`, cleared by `task_recurrences.delete` (those announce the recurrence, entity type `task_recurrence`, not the task). */
            recurrence_id: string | null;
            /** @description The recurrence that created this task as one of its occurrences (`rec_…`), or `null` for a task created otherwise or whose recurrence was deleted since. */
            source_recurrence_id: string | null;
            /** @description 0-based index of the task among the tasks of its project with the same `group_id` (ungrouped tasks form their own sequence). Positions of one group are always 0..n-1 without gaps; `tasks.reorder` moves a task. */
            position: number;
            /** @description User who created the task (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TaskCreate
         * @description A new task. `start_date` must be on or before `due_date` when both are set. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "title": "Implement login page",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "priority": "high",
         *       "start_date": "2026-04-01",
         *       "due_date": "2026-04-15",
         *       "estimated_hours": 6,
         *       "assignee_ids": [
         *         "usr_01jq3v6z0c8n4m2k7h5g3f1d9b"
         *       ]
         *     }
         */
        TaskCreate: {
            /** @description Short title. */
            title: string;
            /** @description Project of the organization to create the task in (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description Free text, or `null`. */
            description?: string | null;
            /**
             * @description Initial status (default `open`).
             * @default open
             */
            status?: components["schemas"]["TaskStatusCode"];
            /**
             * @description Priority (default `medium`).
             * @default medium
             */
            priority?: components["schemas"]["TaskPriority"];
            /**
             * Format: date
             * @description Planned start `YYYY-MM-DD`, or `null`.
             */
            start_date?: string | null;
            /**
             * Format: date
             * @description Due date `YYYY-MM-DD`, or `null`.
             */
            due_date?: string | null;
            /** @description Estimated effort in hours, 0 to 100000, or `null`. */
            estimated_hours?: number | null;
            /** @description Members of the organization to assign (`usr_…`), at most 20, no duplicates. */
            assignee_ids?: components["schemas"]["Id"][];
            /** @description Labels of the organization to put on the task (`lbl_…`), at most 20, no duplicates. */
            label_ids?: components["schemas"]["Id"][];
            /** @description A task group of the same project (`grp_…`) to create the task in (last place), or `null` (ungrouped, the default). */
            group_id?: string | null;
            /** @description A milestone of the same project (`mst_…`), or `null`; another project's milestone is `VALIDATION_ERROR`. */
            milestone_id?: string | null;
        };
        /**
         * TaskUpdate
         * @description Fields to change; omitted fields are left unchanged, `null` clears a nullable field. After the change `start_date` must still be on or before `due_date`. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        TaskUpdate: {
            /** @description Short title. */
            title?: string;
            /** @description Moves the task to another project of the same organization (`prj_…`). */
            project_id?: components["schemas"]["Id"];
            /** @description Free text, or `null` to clear. */
            description?: string | null;
            status?: components["schemas"]["TaskStatusCode"];
            priority?: components["schemas"]["TaskPriority"];
            /**
             * Format: date
             * @description Planned start `YYYY-MM-DD`, or `null` to clear.
             */
            start_date?: string | null;
            /**
             * Format: date
             * @description Due date `YYYY-MM-DD`, or `null` to clear.
             */
            due_date?: string | null;
            /** @description Estimated effort in hours, 0 to 100000, or `null` to clear. */
            estimated_hours?: number | null;
            /** @description The complete new set of assignees (`usr_…`, members of the organization), at most 20; `[]` unassigns everyone. */
            assignee_ids?: components["schemas"]["Id"][];
            /** @description The complete new set of labels (`lbl_…`), at most 20; `[]` removes all. */
            label_ids?: components["schemas"]["Id"][];
            /** @description Moves the task to the end of this task group of its project (`grp_…`), or out of its group with `null`. */
            group_id?: string | null;
            /** @description A milestone of the task's project (`mst_…`), or `null` to clear. */
            milestone_id?: string | null;
            /** @description New 0-based index among the tasks of its group (as `tasks.reorder`); a larger value places it last. */
            position?: number;
        };
        /**
         * TaskStatusUpdate
         * @description The new status. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "status": "done"
         *     }
         */
        TaskStatusUpdate: {
            status: components["schemas"]["TaskStatusCode"];
        };
        /**
         * TaskBulkCreate
         * @description 1 to 100 new tasks, each as `tasks.create` takes it. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "tasks": [
         *         {
         *           "title": "Design the login page",
         *           "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *           "start_date": "2026-04-01"
         *         },
         *         {
         *           "title": "Implement the login page",
         *           "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *           "due_date": "2026-04-15"
         *         }
         *       ]
         *     }
         */
        TaskBulkCreate: {
            /** @description The tasks to create, in order; each item as `tasks.create` (`TaskCreate`). */
            tasks: components["schemas"]["TaskCreate"][];
        };
        /**
         * TaskReorder
         * @description Where to move the task. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "position": 0,
         *       "group_id": "grp_01jq3v9b4c5d6e7f8g9h0j1k2m"
         *     }
         */
        TaskReorder: {
            /** @description 0-based index among the tasks of the destination group after the move; past the end means last. */
            position: number;
            /** @description Destination group of the task's project (`grp_…`), or `null` for the project's ungrouped tasks; omitted, the task stays in its group. */
            group_id?: string | null;
        };
        /**
         * TaskGroup
         * @description A named section of a project's board that holds tasks in their own order. A project has at most 100 groups, ordered by `position`; tasks without a group form one more sequence (the project's ungrouped tasks).
         * @example {
         *       "id": "grp_01jq3v8a6b5c4d3e2f1g0h9j8k",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "name": "Backlog",
         *       "position": 0,
         *       "collapsed": false,
         *       "created_at": "2026-03-28T14:30:00Z",
         *       "updated_at": "2026-03-28T14:30:00Z"
         *     }
         */
        TaskGroup: {
            /** @description Task group id (`grp_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Project the group belongs to (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description Group name. */
            name: string;
            /** @description 0-based index of the group among the project's groups; the positions are always 0..n-1 without gaps. */
            position: number;
            /** @description Whether the reader folded this group away (`task_groups.toggle_collapsed`). The flag belongs to each user: answers carry the caller's own. `EntityChanged` events sent to the whole organization (a group created, renamed, moved or deleted) always carry `false`: keep your own flag from `task_groups.list`; your own toggles reach only your connections, as an `updated` event carrying your new flag. */
            collapsed: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TaskGroupCreate
         * @description A new task group; it goes last in its project. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Backlog"
         *     }
         */
        TaskGroupCreate: {
            /** @description Group name, 1 to 200 characters. */
            name: string;
        };
        /**
         * TaskGroupOrder
         * @description The project's groups in their new order. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "order": [
         *         "grp_01jq3v8a6b5c4d3e2f1g0h9j8k",
         *         "grp_01jq3v8b7c6d5e4f3g2h1j0k9m"
         *       ]
         *     }
         */
        TaskGroupOrder: {
            /** @description Every group id of the project (`grp_…`), each once, in the new order: the group at index `i` gets `position` `i`. A missing, foreign or repeated id answers `VALIDATION_ERROR` on `order`. */
            order: components["schemas"]["Id"][];
        };
        /**
         * TaskGroupUpdate
         * @description The group's new name. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "In review"
         *     }
         */
        TaskGroupUpdate: {
            /** @description Group name, 1 to 200 characters. */
            name: string;
        };
        /**
         * TaskGroupCollapsed
         * @description The caller's collapsed flag of one task group, after a toggle.
         * @example {
         *       "group_id": "grp_01jq3v8a6b5c4d3e2f1g0h9j8k",
         *       "collapsed": true
         *     }
         */
        TaskGroupCollapsed: {
            /** @description Task group id (`grp_…`). */
            group_id: components["schemas"]["Id"];
            /** @description `true` if the group is now folded away for you, `false` if it is open. */
            collapsed: boolean;
        };
        /**
         * SidebarCollapsed
         * @description The projects of the organization the caller folded in the sidebar. Not paginated: the list holds at most one id per project of the organization.
         * @example {
         *       "project_ids": [
         *         "prj_01jq3v7a1b2c3d4e5f6g7h8j9k"
         *       ]
         *     }
         */
        SidebarCollapsed: {
            /** @description Collapsed projects (`prj_…`), oldest project first; empty when nothing is folded. */
            project_ids: components["schemas"]["Id"][];
        };
        /**
         * SidebarToggle
         * @description The caller's collapsed flag of one project in the sidebar, after a toggle.
         * @example {
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "collapsed": true
         *     }
         */
        SidebarToggle: {
            /** @description Project id (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description `true` if the project is now folded in your sidebar, `false` if it is open. */
            collapsed: boolean;
        };
        /**
         * TaskStatusCategory
         * @description What a status means for progress: `todo` (not started), `in_progress`, `done` (counts as finished, e.g. in a milestone's `done_count`) or `cancelled`.
         * @enum {string}
         */
        TaskStatusCategory: "todo" | "in_progress" | "done" | "cancelled";
        /**
         * TaskStatus
         * @description One of the organization's task statuses: the workflow states its tasks move through (`Task.status` holds a status's `code`). Every organization starts with `open`, `in_progress`, `review`, `done` and `cancelled`; it has at most 50, always at least one of category `done`.
         * @example {
         *       "id": "sts_01jq3v7q2w3e4r5t6y7u8i9o0p",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "code": "blocked",
         *       "label": "Blocked",
         *       "color": "#dc2626",
         *       "category": "in_progress",
         *       "position": 2,
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        TaskStatus: {
            /** @description Task status id (`sts_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description What tasks store in `status`, unique in the organization (`^[a-z][a-z0-9_]{0,31}$`). */
            code: components["schemas"]["TaskStatusCode"];
            /** @description Name shown to people. */
            label: string;
            /** @description Display color `#rrggbb`. */
            color: string;
            category: components["schemas"]["TaskStatusCategory"];
            /** @description 0-based place in the organization's list of statuses (the board's column order); gapless. */
            position: number;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TaskStatusCreate
         * @description A new task status. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "code": "blocked",
         *       "label": "Blocked",
         *       "color": "#dc2626",
         *       "category": "in_progress",
         *       "position": 2
         *     }
         */
        TaskStatusCreate: {
            /** @description What tasks will store in `status`: a lowercase letter, then up to 31 lowercase letters, digits or `_`. Unique in the organization (`CONFLICT` otherwise). */
            code: components["schemas"]["TaskStatusCode"];
            /** @description Name shown to people, 1 to 50 characters. */
            label: string;
            /** @description Display color `#rrggbb`. */
            color: string;
            category: components["schemas"]["TaskStatusCategory"];
            /** @description 0-based place among the organization's statuses; the statuses from there on move down by one. Default: last (a larger value also places it last). */
            position?: number;
        };
        /**
         * TaskStatusDefinitionUpdate
         * @description Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "label": "On hold",
         *       "position": 0
         *     }
         */
        TaskStatusDefinitionUpdate: {
            /** @description A new code, unique in the organization (`CONFLICT` otherwise). Every task with the old code is moved to the new one in the same change. */
            code?: components["schemas"]["TaskStatusCode"];
            /** @description Name shown to people, 1 to 50 characters. */
            label?: string;
            /** @description Display color `#rrggbb`. */
            color?: string;
            /** @description New category; the organization's last status of category `done` keeps it (`CONFLICT`). */
            category?: components["schemas"]["TaskStatusCategory"];
            /** @description New 0-based place among the organization's statuses (a larger value places it last); the others close up. */
            position?: number;
        };
        /**
         * Label
         * @description A colored tag of the organization that tasks can carry (`Task.label_ids`).
         * @example {
         *       "id": "lbl_01jq3v7k8m9n0p1q2r3s4t5v6w",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "name": "Bug",
         *       "color": "#ef4444",
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        Label: {
            /** @description Label id (`lbl_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Label name, unique in the organization regardless of case. */
            name: string;
            /** @description Display color `#rrggbb`. */
            color: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * LabelCreate
         * @description A new label. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Bug",
         *       "color": "#ef4444"
         *     }
         */
        LabelCreate: {
            /** @description Label name, 1 to 50 characters, unique in the organization regardless of case (`Bug` and `bug` are the same label: `CONFLICT`). */
            name: string;
            /** @description Display color `#rrggbb`. */
            color: string;
        };
        /**
         * LabelUpdate
         * @description Fields to change; omitted fields are left unchanged. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "color": "#f97316"
         *     }
         */
        LabelUpdate: {
            /** @description New name, 1 to 50 characters, unique in the organization regardless of case (`CONFLICT` otherwise). */
            name?: string;
            /** @description Display color `#rrggbb`. */
            color?: string;
        };
        /**
         * Milestone
         * @description A target date in a project that tasks of the project count toward (`Task.milestone_id`), with how many of them are done.
         * @example {
         *       "id": "mst_01jq3v7r5s6t7v8w9x0y1z2a3b",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "title": "Beta launch",
         *       "description": "Everything the beta testers need.",
         *       "target_date": "2026-05-15",
         *       "color": "#6366f1",
         *       "task_count": 12,
         *       "done_count": 5,
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        Milestone: {
            /** @description Milestone id (`mst_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Project the milestone belongs to (`prj_…`). */
            project_id: components["schemas"]["Id"];
            /** @description Short title. */
            title: string;
            /** @description Free text, or `null`. */
            description: string | null;
            /**
             * Format: date
             * @description Target date `YYYY-MM-DD`.
             */
            target_date: string;
            /** @description Display color `#rrggbb`. */
            color: string;
            /** @description Number of tasks counting toward the milestone. */
            task_count: number;
            /** @description How many of those tasks have a status of category `done`. */
            done_count: number;
            /** @description User who created the milestone (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * MilestoneCreate
         * @description A new milestone. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "title": "Beta launch",
         *       "target_date": "2026-05-15",
         *       "description": "Everything the beta testers need."
         *     }
         */
        MilestoneCreate: {
            /** @description Short title, 1 to 200 characters. */
            title: string;
            /**
             * Format: date
             * @description Target date `YYYY-MM-DD`.
             */
            target_date: string;
            /**
             * @description Display color `#rrggbb` (default `#6366f1`).
             * @default #6366f1
             */
            color?: string;
            /** @description Free text up to 10,000 characters, or `null`. */
            description?: string | null;
        };
        /**
         * MilestoneUpdate
         * @description Fields to change; omitted fields are left unchanged, `description: null` clears the description. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "target_date": "2026-05-29",
         *       "description": null
         *     }
         */
        MilestoneUpdate: {
            /** @description Short title, 1 to 200 characters. */
            title?: string;
            /**
             * Format: date
             * @description Target date `YYYY-MM-DD`.
             */
            target_date?: string;
            /** @description Display color `#rrggbb`. */
            color?: string;
            /** @description Free text up to 10,000 characters, or `null` to clear it. */
            description?: string | null;
        };
        /**
         * TaskComment
         * @description A comment a member wrote on a task. Comments are listed oldest first.
         * @example {
         *       "id": "cmt_01jq3v9a4k7m2n5p8r1t4w7y0b",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "author_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "body": "The login form needs a \"forgot password\" link too.",
         *       "created_at": "2026-03-28T15:02:11Z",
         *       "updated_at": "2026-03-28T15:02:11Z"
         *     }
         */
        TaskComment: {
            /** @description Comment id (`cmt_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Task the comment is on (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            /** @description User who wrote the comment (`usr_…`), or `null` if that user no longer exists. */
            author_id: string | null;
            /** @description The comment's text, 1 to 10,000 characters. */
            body: string;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TaskCommentCreate
         * @description A new comment. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "body": "The login form needs a \"forgot password\" link too."
         *     }
         */
        TaskCommentCreate: {
            /** @description The comment's text, 1 to 10,000 characters. */
            body: string;
        };
        /**
         * ChecklistItem
         * @description One item of a task's checklist. Items are ordered by `position`; a task has at most 100 items.
         * @example {
         *       "id": "chk_01jq3va2b5c8d1e4f7g0h3j6k9",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "title": "Write the form validation",
         *       "position": 0,
         *       "completed": true,
         *       "completed_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "completed_at": "2026-03-29T10:15:00Z",
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "created_at": "2026-03-28T14:35:00Z",
         *       "updated_at": "2026-03-29T10:15:00Z"
         *     }
         */
        ChecklistItem: {
            /** @description Checklist item id (`chk_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Task the item belongs to (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            /** @description What is to be done, 1 to 500 characters. */
            title: string;
            /** @description 0-based index of the item in its task's checklist. Positions are always 0..n-1 without gaps: a new item goes last, deleting one closes the gap. */
            position: number;
            /** @description Whether the item is checked. */
            completed: boolean;
            /** @description User who checked the item (`usr_…`); `null` while unchecked (or if that user no longer exists). */
            completed_by: string | null;
            /**
             * Format: date-time
             * @description When the item was checked (RFC 3339); `null` while unchecked.
             */
            completed_at: string | null;
            /** @description User who added the item (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ChecklistItemCreate
         * @description A new checklist item, appended last. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "title": "Write the form validation"
         *     }
         */
        ChecklistItemCreate: {
            /** @description What is to be done, 1 to 500 characters. */
            title: string;
        };
        /**
         * DependencyLink
         * @description One dependency of a task, seen from that task: the other task and the dependency's id.
         */
        DependencyLink: {
            /** @description Dependency id (`dep_…`), for `tasks.dependency.remove`. */
            dependency_id: components["schemas"]["Id"];
            /** @description The other task (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            /** @description The other task's title. */
            title: string;
            /** @description The other task's status. */
            status: components["schemas"]["TaskStatusCode"];
            /** @description The other task's project (`prj_…`). */
            project_id: components["schemas"]["Id"];
        };
        /**
         * TaskDependencies
         * @description A task's dependencies in both directions, each list oldest dependency first and at most 100 long (the limit per task and direction).
         * @example {
         *       "blocked_by": [
         *         {
         *           "dependency_id": "dep_01jq3vb7c0d3e6f9g2h5j8k1m4",
         *           "task_id": "tsk_01jq3v8q5z1b4d7f0h3k6m9p2r",
         *           "title": "Set up the auth service",
         *           "status": "in_progress",
         *           "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k"
         *         }
         *       ],
         *       "blocks": []
         *     }
         */
        TaskDependencies: {
            /** @description The tasks this task waits for. */
            blocked_by: components["schemas"]["DependencyLink"][];
            /** @description The tasks waiting for this task. */
            blocks: components["schemas"]["DependencyLink"][];
        };
        /**
         * DependencyType
         * @description How the new dependency reads from `task_id`: `blocked_by` (the task waits for `depends_on_id`) or `blocks` (`depends_on_id` waits for the task).
         * @enum {string}
         */
        DependencyType: "blocked_by" | "blocks";
        /**
         * TaskDependencyCreate
         * @description A new dependency of the task named in the path. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "depends_on_id": "tsk_01jq3v8q5z1b4d7f0h3k6m9p2r",
         *       "dependency_type": "blocked_by"
         *     }
         */
        TaskDependencyCreate: {
            /** @description The other task (`tsk_…`), of the same organization, any project; not the task itself. Despite its name (the seed's), with `dependency_type: blocks` it is the task that waits. */
            depends_on_id: components["schemas"]["Id"];
            dependency_type: components["schemas"]["DependencyType"];
        };
        /**
         * TaskDependency
         * @description A dependency between two tasks of one organization (possibly of different projects): `task_id` waits for (is blocked by) `depends_on_id`. The dependencies of an organization never form a cycle.
         * @example {
         *       "id": "dep_01jq3vb7c0d3e6f9g2h5j8k1m4",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "depends_on_id": "tsk_01jq3v8q5z1b4d7f0h3k6m9p2r",
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "created_at": "2026-03-28T16:00:00Z"
         *     }
         */
        TaskDependency: {
            /** @description Dependency id (`dep_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description The task that waits (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            /** @description The task it waits for (`tsk_…`). */
            depends_on_id: components["schemas"]["Id"];
            /** @description User who added the dependency (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * DependencyEdge
         * @description One dependency in compact form (`tasks.dependencies.list_all`): `task_id` waits for `depends_on_id`.
         * @example {
         *       "id": "dep_01jq3vb7c0d3e6f9g2h5j8k1m4",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "depends_on_id": "tsk_01jq3v8q5z1b4d7f0h3k6m9p2r"
         *     }
         */
        DependencyEdge: {
            /** @description Dependency id (`dep_…`). */
            id: components["schemas"]["Id"];
            /** @description The task that waits (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            /** @description The task it waits for (`tsk_…`). */
            depends_on_id: components["schemas"]["Id"];
        };
        /**
         * RecurrencePattern
         * @description When a task repeats, evaluated in the organization's time zone: `daily`, `weekly` (on the weekday of the task's start date, else its due date, else the day it was created), `monthly` (on that date's day of the month, the month's last day when it is shorter), or a five-field cron expression (`minute hour day-of-month month day-of-week`, e.g. `0 9 * * 1-5`). `daily`, `weekly` and `monthly` occur at local midnight.
         */
        RecurrencePattern: string;
        /**
         * TaskRecurrenceCreate
         * @description Sets a task to repeat. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        TaskRecurrenceCreate: {
            recurrence_pattern: components["schemas"]["RecurrencePattern"];
        };
        /**
         * TaskRecurrence
         * @description A task's repeat rule. At each occurrence the server creates the next instance of the task: a copy (title, description, project, group, priority, assignees, labels, estimate, checklist unchecked) in the organization's first open status, its start and due dates moved by as many days as the occurrence lies after the task's own start (else due, else creation) date.
         * @example {
         *       "id": "rec_01jq3v7r5s6t7v8w9x0y1z2a3b",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "task_id": "tsk_01jq3v7c2d3e4f5g6h7j8k9m0n",
         *       "recurrence_pattern": "weekly",
         *       "timezone": "Europe/Berlin",
         *       "next_run_at": "2026-03-29T22:00:00Z",
         *       "last_run_at": "2026-03-22T23:00:00Z",
         *       "occurrences_created": 3,
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-22T23:00:01Z"
         *     }
         */
        TaskRecurrence: {
            /** @description Recurrence id (`rec_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description The task that repeats (`tsk_…`). */
            task_id: components["schemas"]["Id"];
            recurrence_pattern: components["schemas"]["RecurrencePattern"];
            /** @description IANA time zone the pattern is evaluated in (the organization's). */
            timezone: string;
            /** @description When the next instance is created (RFC 3339). */
            next_run_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description The occurrence of the latest instance created (RFC 3339), or `null` before the first.
             */
            last_run_at: string | null;
            /** @description How many instances this recurrence has created. */
            occurrences_created: number;
            /** @description User who set the task to repeat (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * TaskRecurrenceUpdate
         * @description A new pattern; the next occurrence is computed again from now. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        TaskRecurrenceUpdate: {
            recurrence_pattern: components["schemas"]["RecurrencePattern"];
        };
        /**
         * TimerStart
         * @description What the new timer is for; everything is optional (timers can run without a project). Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "description": "Working on API docs",
         *       "billable": true
         *     }
         */
        TimerStart: {
            /** @description Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used. */
            project_id?: string | null;
            /** @description Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project. */
            task_id?: string | null;
            /** @description What you are working on, up to 2000 characters. */
            description?: string | null;
            /** @description Whether the time is billable; default = the project's `billable` flag, or `true` without a project. */
            billable?: boolean;
        };
        /**
         * TimeEntry
         * @description A span of tracked time by one user. A running timer is an entry with `stopped_at = null`, `duration_secs = null` and `running = true`; a user has at most one running entry.
         * @example {
         *       "id": "te_01jq3v9c4d5e6f7g8h9j0k1m2n",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "description": "Working on API docs",
         *       "billable": true,
         *       "hourly_rate_cents": null,
         *       "started_at": "2026-03-28T14:00:00Z",
         *       "start_time": "2026-03-28T14:00:00Z",
         *       "stopped_at": "2026-03-28T15:30:00Z",
         *       "duration_secs": 5400,
         *       "running": false,
         *       "effective_hourly_rate_cents": 15000,
         *       "effective_rate_source": "project",
         *       "cost_rate_cents": 7000,
         *       "amount_cents": 22500,
         *       "invoice_id": null,
         *       "created_at": "2026-03-28T14:00:00Z",
         *       "updated_at": "2026-03-28T15:30:00Z"
         *     }
         */
        TimeEntry: {
            /** @description Time entry id (`te_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description User whose time this is (`usr_…`). */
            user_id: components["schemas"]["Id"];
            /** @description Project (`prj_…`), or `null` (timers can run without a project). */
            project_id: string | null;
            /** @description Task (`tsk_…`), or `null`. */
            task_id: string | null;
            /** @description What was done, or `null`. */
            description: string | null;
            /** @description Whether the time can be invoiced. */
            billable: boolean;
            /** @description The entry's own client rate override in minor units of the organization's currency per hour, or `null` = inherited (see `effective_hourly_rate_cents`). Only readers with `view_rates` see it; for anyone else it is `null`, on every interface and in events. */
            hourly_rate_cents: number | null;
            /** @description When the tracked time began. */
            started_at: components["schemas"]["Timestamp"];
            /** @description Same instant as `started_at` (kept for clients written against the documented examples). */
            start_time: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When it ended, or `null` while the timer runs.
             */
            stopped_at: string | null;
            /** @description Whole seconds between `started_at` and `stopped_at`, or `null` while the timer runs. */
            duration_secs: number | null;
            /** @description `true` while the timer runs (`stopped_at` is `null`). */
            running: boolean;
            /** @description The client rate the entry is charged at (minor units per hour), the first set of: the rate it was billed at (once on an invoice), its own override, its project member rate, its project's rate, its member's default; `null` = no rate (it cannot be invoiced). Changes with those rates until the entry is invoiced. Only readers with `view_rates` see it (else `null`). */
            effective_hourly_rate_cents: number | null;
            /**
             * @description Where `effective_hourly_rate_cents` comes from: `invoice`, `entry`, `project_member`, `project` or `member`; `null` = no rate. Only readers with `view_rates` see it (else `null`).
             * @enum {string|null}
             */
            effective_rate_source: "invoice" | "entry" | "project_member" | "project" | "member" | null;
            /** @description The entry's effective cost rate (minor units per hour): its project member cost rate, else its member's default; `null` = none. Only readers with `view_rates` see it (else `null`). */
            cost_rate_cents: number | null;
            /** @description What the entry is worth: for a billable, stopped entry with a rate, round-half-up(`duration_secs` × `effective_hourly_rate_cents` / 3600) in minor units of the organization's currency; else `null`. Only readers with `view_rates` see it (else `null`). */
            amount_cents: number | null;
            /** @description The invoice the entry is billed on (`inv_…`), or `null` while not invoiced. An invoiced entry cannot be changed or deleted (`CONFLICT`) until its draft invoice is deleted. */
            invoice_id: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * DateOrDateTime
         * @description A date (`YYYY-MM-DD`) or an RFC 3339 instant (`2026-03-28T14:30:00Z`), as accepted by range filters.
         * @example 2026-03-01
         */
        DateOrDateTime: string;
        /**
         * TimeEntryCreate
         * @description A finished span of time, logged after the fact. `stopped_at` must not be before `started_at`. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "started_at": "2026-03-28T14:00:00Z",
         *       "stopped_at": "2026-03-28T15:30:00Z",
         *       "project_id": "prj_01jq3v7a1b2c3d4e5f6g7h8j9k",
         *       "description": "Client call",
         *       "billable": true
         *     }
         */
        TimeEntryCreate: {
            /** @description When the work began (RFC 3339). */
            started_at: components["schemas"]["Timestamp"];
            /** @description When it ended (RFC 3339), not before `started_at`. */
            stopped_at: components["schemas"]["Timestamp"];
            /** @description Project (`prj_…`), or `null`. When only `task_id` is given, the task's project is used. */
            project_id?: string | null;
            /** @description Task (`tsk_…`), or `null`. With `project_id`, the task must belong to that project. */
            task_id?: string | null;
            /** @description What was done, up to 2000 characters. */
            description?: string | null;
            /** @description Whether the time is billable; default = the project's `billable` flag, or `true` without a project. */
            billable?: boolean;
            /** @description The entry's own client rate override in minor units per hour (0 to 100000000), or `null` (default) = inherited from its project member rate, its project's rate or its member's default. */
            hourly_rate_cents?: number | null;
        };
        /**
         * TimeEntryUpdate
         * @description Fields to change; omitted fields are left unchanged, `null` clears a nullable field. After the change `stopped_at` must not be before `started_at`. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        TimeEntryUpdate: {
            /** @description New start (RFC 3339). */
            started_at?: components["schemas"]["Timestamp"];
            /** @description New end (RFC 3339). Setting it on a running entry stops the timer. It cannot be cleared. */
            stopped_at?: components["schemas"]["Timestamp"];
            /** @description Project (`prj_…`), or `null` to detach. */
            project_id?: string | null;
            /** @description Task (`tsk_…`), or `null` to detach. */
            task_id?: string | null;
            /** @description What was done, up to 2000 characters, or `null` to clear. */
            description?: string | null;
            /** @description Whether the time is billable. */
            billable?: boolean;
            /** @description The entry's own client rate override in minor units per hour (0 to 100000000), or `null` to clear (inherited again). */
            hourly_rate_cents?: number | null;
        };
        /**
         * PersonalAccessToken
         * @description A long-lived token (`trcr_pat_…`) for scripts and MCP clients, bound to one organization: every call made with it acts in that organization, with the owner's permissions there. The plaintext is shown only once, at creation.
         */
        PersonalAccessToken: {
            /** @description Token id (`pat_…`); use it to revoke the token. */
            id: components["schemas"]["Id"];
            /** @description Label chosen at creation. */
            name: string;
            /** @description Organization the token is bound to (`org_…`). */
            org_id: components["schemas"]["Id"];
            /**
             * @description First characters of the token, to recognize it (e.g. `trcr_pat_ab12`).
             * @example trcr_pat_ab12
             */
            token_prefix: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the token stops working, or `null` = never.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description Last time the token authenticated a call, or `null` if never used.
             */
            last_used_at: string | null;
        };
        /**
         * PersonalAccessTokenCreate
         * @description A new personal access token. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Claude Desktop",
         *       "expires_at": "2027-01-01T00:00:00Z"
         *     }
         */
        PersonalAccessTokenCreate: {
            /** @description Label to recognize the token by (e.g. `Claude Desktop`). */
            name: string;
            /** @description Organization the token is bound to (`org_…`); you must be a member. Default: the caller's current organization (`X-Org-Id` header, else the default organization). */
            org_id?: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @description When the token stops working (RFC 3339, in the future), or `null`/omitted = never.
             */
            expires_at?: string | null;
        };
        /**
         * PersonalAccessTokenCreated
         * @description A newly created personal access token, with its plaintext `token`. Store it now; it is never shown again.
         */
        PersonalAccessTokenCreated: {
            /** @description Token id (`pat_…`). */
            id: components["schemas"]["Id"];
            /** @description Label chosen at creation. */
            name: string;
            /** @description Organization the token is bound to (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description First characters of the token. */
            token_prefix: string;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the token stops working, or `null` = never.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description Always `null` for a new token.
             */
            last_used_at: string | null;
            /**
             * @description The token itself: send it as `Authorization: Bearer trcr_pat_…`.
             * @example trcr_pat_ab12cd34ef56gh78ij90kl12mn34op56
             */
            token: string;
        };
        /**
         * NotificationType
         * @description Why the notification was made. `task_assigned`: someone else assigned you to the task (tasks.create with assignees, tasks.update changing `assignee_ids`). `task_status_changed`: someone else changed the status of a task you created or are assigned to (tasks.update_status, tasks.update with `status`, or the task's status deleted with `replace_with`; renaming a status code is not a change of status). `task_commented`: someone else commented on a task you created or are assigned to. `mentioned`: a comment mentions you: an `@` at the start of the comment or after a character that is not a letter, digit or `_`, followed by your email address (any case) or by your full name as your profile has it (any case) and then the end of the text or a character that is not a letter, digit or `_`; where several members' names fit, the longest wins (`@Jane` does not mention "Jane Doe"). You are never notified of your own changes, and one change gives you at most one notification per task, the first of `mentioned`, `task_assigned`, `task_status_changed`, `task_commented` that applies (a mentioned assignee gets `mentioned` only). Only members of the organization who can see the task's project are notified.
         * @enum {string}
         */
        NotificationType: "task_assigned" | "task_status_changed" | "task_commented" | "mentioned" | "invoice_paid" | "invoice_overdue";
        /**
         * Notification
         * @description One notification for one recipient in one organization. Only the recipient ever sees it (lists, events, subscriptions). It is also the `data` of the `NotificationCreated` event, in the seed's shape (`id`, `type`, `title`, `entity_type`, `entity_id`, `created_at`) plus the fields below.
         * @example {
         *       "id": "ntf_01jq3vb2c3d4e5f6g7h8j9k0m1",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "type": "task_assigned",
         *       "title": "You were assigned to 'Implement login page'",
         *       "entity_type": "task",
         *       "entity_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "url": "https://trcr.example.com/api/v1/tasks/tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "actor_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "actor_name": "Jane Doe",
         *       "created_at": "2026-03-28T14:30:00Z",
         *       "read_at": null
         *     }
         */
        Notification: {
            /** @description Notification id (`ntf_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization the notification belongs to (`org_…`). */
            org_id: components["schemas"]["Id"];
            type: components["schemas"]["NotificationType"];
            /** @description A sentence for display, e.g. `You were assigned to 'Implement login page'`. */
            title: string;
            /** @description What the notification is about; `task` for the task types (a comment's notification points at its task), `chat_message` for a mention in a chat message, `invoice` for the invoice types. */
            entity_type: string;
            /** @description Id of that entity (`tsk_…`). */
            entity_id: components["schemas"]["Id"];
            /** @description Link to the entity on this server (`<public URL>/api/v1/tasks/<id>`), the same link the mail carries. */
            url: string;
            /** @description Who caused it (`usr_…`), or `null` if that user no longer exists. */
            actor_id: string | null;
            /** @description That user's name, or `null`. */
            actor_name: string | null;
            created_at: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the recipient marked it read (`notifications.mark_read`), or `null` while unread.
             */
            read_at: string | null;
        };
        /**
         * MarkRead
         * @description Which notifications to mark read. Without `ids`: all of yours in the organization. Ids that are unknown, already read, or someone else's are ignored (never touched, no error).
         * @example {
         *       "ids": [
         *         "ntf_01jq3vb2c3d4e5f6g7h8j9k0m1"
         *       ]
         *     }
         */
        MarkRead: {
            /** @description Notification ids (`ntf_…`), at most 100. */
            ids?: components["schemas"]["Id"][];
        };
        /**
         * MarkReadResult
         * @description How many of your notifications changed from unread to read.
         * @example {
         *       "updated": 3
         *     }
         */
        MarkReadResult: {
            /** @description Notifications marked read by this call (already read, unknown and other users' ids count 0). */
            updated: number;
        };
        /**
         * EmailPreferences
         * @description Whether each notification type that sends mail does so for you: `true` (the default) mails you, `false` only notifies you in the app. Only `task_assigned` and `task_status_changed` send mail.
         * @example {
         *       "task_assigned": true,
         *       "task_status_changed": false
         *     }
         */
        EmailPreferences: {
            /** @description Mail when someone else assigns you to a task. */
            task_assigned: boolean;
            /** @description Mail when someone else changes the status of a task you created or are assigned to. */
            task_status_changed: boolean;
        };
        /**
         * NotificationPreferences
         * @description Your notification preferences; they are yours alone and apply in every organization.
         * @example {
         *       "email": {
         *         "task_assigned": true,
         *         "task_status_changed": false
         *       }
         *     }
         */
        NotificationPreferences: {
            email: components["schemas"]["EmailPreferences"];
        };
        /**
         * EmailPreferencesUpdate
         * @description The mail preferences to change, by notification type; omitted types keep their value. A type that does not send mail, or an unknown one, is rejected (`VALIDATION_ERROR` naming it).
         * @example {
         *       "task_status_changed": false
         *     }
         */
        EmailPreferencesUpdate: {
            /** @description Mail when someone else assigns you to a task. */
            task_assigned?: boolean;
            /** @description Mail when someone else changes the status of a task you created or are assigned to. */
            task_status_changed?: boolean;
        };
        /**
         * NotificationPreferencesUpdate
         * @description Changes to your notification preferences. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "email": {
         *         "task_status_changed": false
         *       }
         *     }
         */
        NotificationPreferencesUpdate: {
            email: components["schemas"]["EmailPreferencesUpdate"];
        };
        /**
         * Date
         * Format: date
         * @description A calendar date, `YYYY-MM-DD`, without time zone.
         * @example 2026-04-15
         */
        Date: string;
        /**
         * DashboardSummary
         * @description Counts over the organization's tasks you can see (a members-only project's tasks count only for its members and holders of `manage_projects`; archived projects' tasks count too), and your own figures. A task is done when its status is of the `done` category; open when its category is neither `done` nor `cancelled`. "Today" and the week are those of the organization's time zone.
         * @example {
         *       "total_tasks": 42,
         *       "done_tasks": 17,
         *       "overdue_tasks": 3,
         *       "my_open_tasks": 5,
         *       "running_timer": null,
         *       "tracked_secs_this_week": 51300,
         *       "timezone": "Europe/Berlin",
         *       "week_start": "2026-03-23"
         *     }
         */
        DashboardSummary: {
            /** @description Tasks you can see. */
            total_tasks: number;
            /** @description Of those, tasks whose status is of the `done` category. */
            done_tasks: number;
            /** @description Of those, open tasks (category neither `done` nor `cancelled`) whose `due_date` is before today. */
            overdue_tasks: number;
            /** @description Open tasks you can see that are assigned to you. */
            my_open_tasks: number;
            /** @description Your running time entry in the organization, or `null` (as `time_entries.current`). */
            running_timer: components["schemas"]["TimeEntry"] | null;
            /** @description Whole seconds of your own time entries inside the current ISO week (Monday 00:00 to Monday 00:00 in the organization's time zone); an entry crossing the week's edge counts its part inside it, a running one up to now. */
            tracked_secs_this_week: number;
            /** @description The organization's time zone (IANA name), in which "today" and the week are taken. */
            timezone: string;
            /** @description Monday of the current ISO week in that time zone. */
            week_start: components["schemas"]["Date"];
        };
        /**
         * ReportFrom
         * Format: date
         * @description First day of the report (`YYYY-MM-DD`, inclusive), in the organization's time zone: from 00:00 that day. An entry belongs to the day its `started_at` falls on there.
         */
        ReportFrom: string;
        /**
         * ReportTo
         * Format: date
         * @description Last day of the report (`YYYY-MM-DD`, inclusive, up to 24:00 that day in the organization's time zone). Not before `from`; the range spans at most 366 days.
         */
        ReportTo: string;
        /**
         * ReportTimesheetGroupBy
         * @description How `reports.timesheet` groups its entries: by `user`, `project`, `client` (the project's client), `task`, or by the calendar `day`, ISO `week` (Monday to Sunday) or `month` of `started_at` in the organization's time zone.
         * @enum {string}
         */
        ReportTimesheetGroupBy: "user" | "project" | "client" | "task" | "day" | "week" | "month";
        /**
         * TimesheetTotals
         * @description Totals over every entry of the report (all pages). `amount_cents` applies the rounding rule over the whole set: Σ over (project, effective rate) pairs of round-half-up(Σ billable seconds × rate / 3600); it needs `view_rates`.
         */
        TimesheetTotals: {
            /** @description Entries in the report. */
            entries: number;
            /** @description Seconds of all of them. */
            secs: number;
            /** @description Seconds of the billable ones. */
            billable_secs: number;
            /** @description Amount of the billable time at effective rates (entries without a rate count 0). Needs `view_rates`. */
            amount_cents: number | null;
        };
        /**
         * TimesheetGroup
         * @description One group of a timesheet report. `amount_cents` is the sum over the (project, effective rate) pairs inside the group, each rounded half-up; it needs `view_rates`.
         */
        TimesheetGroup: {
            /** @description The group's key: the user, project, client or task id (`null` = entries without a project, client or task), the day (`YYYY-MM-DD`), the Monday of the ISO week (`YYYY-MM-DD`) or the month (`YYYY-MM`). */
            key: string | null;
            /** @description What a person reads: the name or title, the day, the ISO week (`2026-W09`) or the month; `null` when `key` is. */
            label: string | null;
            /** @description Entries in the group. */
            entries: number;
            /** @description Seconds of all of them. */
            secs: number;
            /** @description Seconds of the billable ones. */
            billable_secs: number;
            /** @description Amount of the billable time in the group. Needs `view_rates`. */
            amount_cents: number | null;
        };
        /**
         * TimesheetEntry
         * @description One stopped time entry of a timesheet report, with the names of what it refers to. `effective_hourly_rate_cents` and `amount_cents` are seen only by readers with `view_rates` (`null` for anyone else).
         */
        TimesheetEntry: {
            /** @description Time entry id (`te_…`). */
            id: string;
            /** @description Whose time it is (`usr_…`). */
            user_id: string;
            /** @description That user's name. */
            user_name: string;
            /** @description Project id (`prj_…`), or `null`. */
            project_id: string | null;
            /** @description The project's name, or `null`. */
            project_name: string | null;
            /** @description The project's client (`cli_…`), or `null`. */
            client_id: string | null;
            /** @description Task id (`tsk_…`), or `null`. */
            task_id: string | null;
            /** @description The task's title, or `null`. */
            task_title: string | null;
            /** @description What was done. */
            description: string | null;
            /**
             * Format: date-time
             * @description When the entry started (UTC).
             */
            started_at: string;
            /**
             * Format: date-time
             * @description When the entry stopped (UTC).
             */
            stopped_at: string;
            /** @description Whole seconds tracked. */
            duration_secs: number;
            /** @description Whether the time can be invoiced. */
            billable: boolean;
            /** @description The entry's effective client rate (cents per hour): the rate it was invoiced at, else the first set of its own override, its project member rate, its project's rate, the member's default; `null` = none. Needs `view_rates`. */
            effective_hourly_rate_cents: number | null;
            /** @description round-half-up(duration_secs × effective rate / 3600) for a billable entry with a rate, else `null`. Needs `view_rates`. */
            amount_cents: number | null;
            /** @description The invoice the entry is billed on (`inv_…`), or `null`. */
            invoice_id: string | null;
        };
        /**
         * ReportTimesheet
         * @description A timesheet: the stopped time entries started in the range (organization time zone) that match the filters and sit in projects the reader sees, newest first, one page at a time; totals over all of them; and, with `group_by`, up to 1,000 groups (time groups oldest first, the others by label) with `groups_total` saying how many there are.
         */
        ReportTimesheet: {
            /** @description First day of the report. */
            from: components["schemas"]["Date"];
            /** @description Last day of the report. */
            to: components["schemas"]["Date"];
            /** @description The organization's time zone (IANA name) the days are taken in. */
            timezone: string;
            /** @description The organization's currency (ISO 4217), the currency of rates and amounts. */
            currency: string;
            /** @description The rounding rule the amounts follow. */
            rounding: string;
            /** @description The grouping asked for, or `null`. */
            group_by: string | null;
            totals: components["schemas"]["TimesheetTotals"];
            /** @description The groups (at most 1,000), or `null` without `group_by`. */
            groups: components["schemas"]["TimesheetGroup"][] | null;
            /** @description How many groups there are (more than `groups` holds when over 1,000), or `null` without `group_by`. */
            groups_total: number | null;
            /** @description This page of entries, newest `started_at` first. */
            entries: components["schemas"]["TimesheetEntry"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * ReportRevenueGroupBy
         * @description How `reports.revenue` groups its rows (default `client`).
         * @enum {string}
         */
        ReportRevenueGroupBy: "client" | "project" | "month";
        /**
         * RevenueRow
         * @description One group of the revenue report in one currency.
         */
        RevenueRow: {
            /** @description The client or project id (`null` = none), or the month (`YYYY-MM`). */
            key: string | null;
            /** @description The client's or project's name, or the month; `null` when `key` is. */
            label: string | null;
            /** @description ISO 4217 currency of these figures. */
            currency: string;
            /** @description Invoices counted. */
            invoice_count: number;
            /** @description Net invoiced revenue. */
            invoiced_subtotal_cents: number;
            /** @description Tax on it; `null` by project. */
            invoiced_tax_cents: number | null;
            /** @description Gross; `null` by project. */
            invoiced_total_cents: number | null;
            /** @description Seconds of unbilled billable time. */
            unbilled_secs: number;
            /** @description Its amount at effective rates. */
            unbilled_cents: number;
        };
        /**
         * RevenueFigures
         * @description Invoiced and unbilled amounts in one currency. Invoiced: invoices `sent`, `overdue` or `paid` whose issue date is in the range. Unbilled: billable, stopped, not yet invoiced time started in the range, at effective client rates, in the organization's currency (Σ over (project, rate) pairs of round-half-up(seconds × rate / 3600)).
         */
        RevenueFigures: {
            /** @description ISO 4217 currency of these figures. */
            currency: string;
            /** @description Invoices counted. */
            invoice_count: number;
            /** @description Net invoiced revenue (Σ subtotals; by project, Σ of the project's line amounts). */
            invoiced_subtotal_cents: number;
            /** @description Tax on it (Σ of the invoices' tax); `null` by project (tax is per invoice). */
            invoiced_tax_cents: number | null;
            /** @description Gross (subtotal + tax); `null` by project. */
            invoiced_total_cents: number | null;
            /** @description Seconds of unbilled billable time (counted in the organization's currency only). */
            unbilled_secs: number;
            /** @description Its amount at effective rates (entries without a client rate count 0). */
            unbilled_cents: number;
        };
        /**
         * ReportRevenue
         * @description Revenue in a range: what was invoiced (by issue date) and what is billable but not yet invoiced (by the day the time started), per group and currency (invoices may be in a client's currency; unbilled time is in the organization's). Unbilled time counts only projects the reader sees. At most 1,000 rows (`rows_total` says how many there are), ordered by label (months oldest first), then currency.
         */
        ReportRevenue: {
            /** @description First day of the report. */
            from: components["schemas"]["Date"];
            /** @description Last day of the report. */
            to: components["schemas"]["Date"];
            /** @description The organization's time zone (IANA name). */
            timezone: string;
            /** @description The organization's currency (unbilled time is rated in it). */
            currency: string;
            /** @description The rounding rule the amounts follow. */
            rounding: string;
            /** @description The grouping used. */
            group_by: string;
            /** @description One row per group and currency. */
            rows: components["schemas"]["RevenueRow"][];
            /** @description How many rows there are. */
            rows_total: number;
            /** @description One entry per currency, over everything in the report. */
            totals: components["schemas"]["RevenueFigures"][];
        };
        /**
         * UtilizationRow
         * @description One member's time in the range.
         */
        UtilizationRow: {
            /** @description The member (`usr_…`). */
            user_id: string;
            /** @description Their name. */
            user_name: string;
            /** @description Seconds of their stopped entries started in the range. */
            tracked_secs: number;
            /** @description Of those, billable seconds. */
            billable_secs: number;
            /** @description Their target for the range. */
            target_secs: number;
            /** @description billable_secs / target_secs rounded to 4 decimals (0.8125 = 81.25 %), or `null` when the target is 0. */
            utilization: number | null;
        };
        /**
         * ReportUtilization
         * @description Billable time against a target, per member of the organization (members without time appear with zeros), by name, one page at a time. The target is `target_hours` per member for the whole range when given, else 40 hours per ISO week prorated: 8 hours per Monday-to-Friday day in the range (`target_rule` says which).
         */
        ReportUtilization: {
            /** @description First day of the report. */
            from: components["schemas"]["Date"];
            /** @description Last day of the report. */
            to: components["schemas"]["Date"];
            /** @description The organization's time zone (IANA name). */
            timezone: string;
            /** @description The organization's currency. */
            currency: string;
            /** @description The rounding rule of the organization's amounts (this report has none). */
            rounding: string;
            /** @description How the target was set. */
            target_rule: string;
            /** @description Monday-to-Friday days in the range. */
            working_days: number;
            /** @description This page of members. */
            rows: components["schemas"]["UtilizationRow"][];
            /** @description The sums over every member (all pages); `utilization` = Σ billable / Σ target. */
            totals: {
                /** @description Seconds tracked. */
                tracked_secs: number;
                /** @description Billable seconds. */
                billable_secs: number;
                /** @description Targets summed. */
                target_secs: number;
                /** @description billable / target, 4 decimals, or `null`. */
                utilization: number | null;
            };
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * ReportProfitabilityGroupBy
         * @description How `reports.profitability` groups its rows (default `project`).
         * @enum {string}
         */
        ReportProfitabilityGroupBy: "project" | "client" | "user";
        /**
         * ProfitabilityRow
         * @description One group of the profitability report (its figures as in `ProfitabilityFigures`).
         */
        ProfitabilityRow: {
            /** @description The project, client or user id (`null` = no project or client). */
            key: string | null;
            /** @description Its name; `null` when `key` is. */
            label: string | null;
            /** @description Seconds of all entries. */
            secs: number;
            /** @description Seconds of the billable ones. */
            billable_secs: number;
            /** @description Billable time × effective client rate. */
            revenue_cents: number;
            /** @description All time × effective cost rate. */
            cost_cents: number;
            /** @description revenue − cost. */
            margin_cents: number;
            /** @description margin / revenue as a fraction rounded to 4 decimals (0.25 = 25 %), or `null` when revenue is 0. */
            margin_pct: number | null;
            /** @description Entries with no cost rate (they cost 0 here). */
            entries_without_cost_rate: number;
            /** @description Their seconds. */
            secs_without_cost_rate: number;
            /** @description Billable entries with no client rate (they earn 0 here). */
            entries_without_client_rate: number;
            /** @description Their seconds. */
            secs_without_client_rate: number;
        };
        /**
         * ProfitabilityFigures
         * @description Revenue, cost and margin of some time. Revenue: billable time at effective client rates; cost: all time at effective cost rates; each Σ over (project, rate) pairs of round-half-up(seconds × rate / 3600).
         */
        ProfitabilityFigures: {
            /** @description Seconds of all entries. */
            secs: number;
            /** @description Seconds of the billable ones. */
            billable_secs: number;
            /** @description Billable time × effective client rate. */
            revenue_cents: number;
            /** @description All time × effective cost rate. */
            cost_cents: number;
            /** @description revenue − cost. */
            margin_cents: number;
            /** @description margin / revenue as a fraction rounded to 4 decimals (0.25 = 25 %), or `null` when revenue is 0. */
            margin_pct: number | null;
            /** @description Entries with no cost rate (they cost 0 here). */
            entries_without_cost_rate: number;
            /** @description Their seconds. */
            secs_without_cost_rate: number;
            /** @description Billable entries with no client rate (they earn 0 here). */
            entries_without_client_rate: number;
            /** @description Their seconds. */
            secs_without_client_rate: number;
        };
        /**
         * ReportProfitability
         * @description Revenue against cost for the stopped time started in the range (organization time zone) in projects the reader sees, per group (at most 1,000 rows by label, `rows_total` says how many there are), in the organization's currency.
         */
        ReportProfitability: {
            /** @description First day of the report. */
            from: components["schemas"]["Date"];
            /** @description Last day of the report. */
            to: components["schemas"]["Date"];
            /** @description The organization's time zone (IANA name). */
            timezone: string;
            /** @description The organization's currency. */
            currency: string;
            /** @description The rounding rule the amounts follow. */
            rounding: string;
            /** @description The grouping used. */
            group_by: string;
            /** @description One row per group. */
            rows: components["schemas"]["ProfitabilityRow"][];
            /** @description How many rows there are. */
            rows_total: number;
            totals: components["schemas"]["ProfitabilityFigures"];
        };
        /**
         * Client
         * @description A client of the organization: who projects are billed to and invoices are addressed to. Archived clients are kept (for their invoices) but hidden from `clients.list` unless asked for.
         * @example {
         *       "id": "cli_01jq3v7k8m9n0p1q2r3s4t5v6w",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "name": "Acme GmbH",
         *       "email": "billing@acme.example",
         *       "address": "Hauptstraße 1\n10115 Berlin\nGermany",
         *       "tax_rate_bp": 1900,
         *       "currency": "EUR",
         *       "notes": null,
         *       "archived": false,
         *       "created_at": "2026-03-02T10:00:00Z",
         *       "updated_at": "2026-03-02T10:00:00Z"
         *     }
         */
        Client: {
            /** @description Client id (`cli_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Client name. */
            name: string;
            /** @description Address invoices are sent to, or `null` (an invoice cannot be sent without one). */
            email: string | null;
            /** @description Postal address as printed on invoices (free text, several lines), or `null`. */
            address: string | null;
            /** @description Saved tax rate in basis points (`1900` = 19 %), the default of the client's invoices, or `null`. */
            tax_rate_bp: number | null;
            /** @description ISO 4217 currency code of the client's invoices, or `null` = the organization's currency. */
            currency: string | null;
            /** @description Internal notes, or `null`. */
            notes: string | null;
            /** @description `true` when archived: hidden from `clients.list` (unless `archived: true` is asked for), kept for its invoices. */
            archived: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ClientCreate
         * @description A new client. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "name": "Acme GmbH",
         *       "email": "billing@acme.example",
         *       "tax_rate_bp": 1900,
         *       "currency": "EUR"
         *     }
         */
        ClientCreate: {
            /** @description Client name, 1 to 200 characters. */
            name: string;
            /**
             * Format: email
             * @description Address invoices are sent to (a valid email address), or `null`.
             */
            email?: string | null;
            /** @description Postal address as printed on invoices, up to 1000 characters, or `null`. */
            address?: string | null;
            /** @description Saved tax rate in basis points, an integer 0 to 10000 (`1900` = 19 %, `770` = 7.7 %), or `null`. */
            tax_rate_bp?: number | null;
            /** @description ISO 4217 currency code (`EUR`, `USD`, …; an unknown code is `VALIDATION_ERROR`), or `null` = the organization's currency. */
            currency?: string | null;
            /** @description Internal notes, up to 5000 characters, or `null`. */
            notes?: string | null;
        };
        /**
         * ClientUpdate
         * @description Fields to change; omitted fields are left unchanged, `null` clears a nullable field. Unknown fields are rejected (`VALIDATION_ERROR`).
         * @example {
         *       "archived": true
         *     }
         */
        ClientUpdate: {
            /** @description Client name, 1 to 200 characters. */
            name?: string;
            /**
             * Format: email
             * @description Address invoices are sent to (a valid email address), or `null` to clear.
             */
            email?: string | null;
            /** @description Postal address, up to 1000 characters, or `null` to clear. */
            address?: string | null;
            /** @description Saved tax rate in basis points, an integer 0 to 10000, or `null` to clear. */
            tax_rate_bp?: number | null;
            /** @description ISO 4217 currency code, or `null` = the organization's currency. */
            currency?: string | null;
            /** @description Internal notes, up to 5000 characters, or `null` to clear. */
            notes?: string | null;
            /** @description `true` archives the client (hidden from `clients.list`, kept for its invoices); `false` restores it. */
            archived?: boolean;
        };
        /**
         * InvoiceStatus
         * @description `draft` (editable; `invoices.generate` adds time to it) → `sent` (`invoices.send`) → `paid` (`invoices.mark_paid`); a sent invoice whose due date has passed in the organization's time zone becomes `overdue` (a job checks every 5 minutes), and can still be paid.
         * @enum {string}
         */
        InvoiceStatus: "draft" | "sent" | "overdue" | "paid";
        /**
         * Cents
         * @description An amount in minor units of the invoice's currency (an integer, never a float).
         */
        Cents: number;
        /**
         * PaymentMethod
         * @description How an invoice was paid.
         * @enum {string}
         */
        PaymentMethod: "bank_transfer" | "card" | "cash" | "paypal" | "other";
        /**
         * InvoiceLine
         * @description One line of an invoice: time (`quantity_secs`, made by `invoices.generate`: one line per project and effective client rate, amount = round-half-up(quantity_secs × unit_price_cents / 3600)) or custom (`quantity`, amount = round-half-up(quantity × unit_price_cents)). Exactly one of `quantity_secs` and `quantity` is set.
         */
        InvoiceLine: {
            /** @description Line id (`invl_…`). */
            id: components["schemas"]["Id"];
            /** @description Order on the invoice, from 1. */
            position: number;
            /** @description What is billed (a time line names its project, and the rate when the project has several). */
            description: string;
            /** @description Seconds of time billed (time lines), else `null`. */
            quantity_secs: number | null;
            /** @description Quantity of a custom line as a decimal string with up to 4 decimals (`"2.5"`), else `null`. */
            quantity: string | null;
            /** @description Price per unit (per hour for time lines) in minor units of the invoice's currency. */
            unit_price_cents: number;
            /** @description The line's amount in minor units (see the rounding rule). */
            amount_cents: number;
            /** @description The project the line bills (`prj_…`), or `null`. */
            project_id: string | null;
            /** @description How many time entries this line bills (0 for custom lines). */
            time_entry_count: number;
            /** @description Ids of the time entries this line bills (`te_…`), the first 100 by start time; `time_entry_count` says how many there are (`reports.timesheet { invoice_id }` lists all of them). */
            time_entry_ids: string[];
        };
        /**
         * Invoice
         * @description An invoice to a client. Amounts are integers in minor units of `currency`; `rounding` states the rule: time lines round-half-up(seconds × rate / 3600) once per line, tax = round-half-up(subtotal × tax_rate_bp / 10000), total = subtotal + tax. The API, the PDF and the reports agree to the cent. Readable by members with `manage_invoices` or `view_reports` (the amounts are the invoice's content: no further permission hides them). `lines` holds every line (at most 500 per invoice).
         */
        Invoice: {
            /** @description Invoice id (`inv_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description The organization's invoice number: its `invoice_prefix` and a 4-digit sequence (`INV-0001`), sequential per organization, unique, never reused (not even after a draft is deleted). */
            number: string;
            /** @description The client billed (`cli_…`). */
            client_id: components["schemas"]["Id"];
            /** @description The client's name. */
            client_name: string;
            status: components["schemas"]["InvoiceStatus"];
            /** @description Issue date (`YYYY-MM-DD`). */
            issue_date: components["schemas"]["Date"];
            /** @description Due date (`YYYY-MM-DD`); past it (organization time zone) a sent invoice becomes `overdue`. */
            due_date: components["schemas"]["Date"];
            /** @description ISO 4217 currency of every amount of the invoice. */
            currency: string;
            /** @description Tax rate in basis points (1900 = 19 %, 770 = 7.7 %). */
            tax_rate_bp: number;
            /** @description Sum of the lines' amounts. */
            subtotal_cents: components["schemas"]["Cents"];
            /** @description round-half-up(subtotal_cents × tax_rate_bp / 10000). */
            tax_cents: components["schemas"]["Cents"];
            /** @description subtotal_cents + tax_cents. */
            total_cents: components["schemas"]["Cents"];
            /** @description Free text printed on the invoice, or `null`. */
            notes: string | null;
            /**
             * Format: date-time
             * @description When it was sent (RFC 3339), or `null`.
             */
            sent_at: string | null;
            /**
             * Format: date-time
             * @description When it was marked paid (RFC 3339), or `null`.
             */
            paid_at: string | null;
            /** @description How it was paid, or `null`. */
            payment_method: components["schemas"]["PaymentMethod"] | null;
            /** @description The rounding rule the amounts follow. */
            rounding: string;
            /** @description IANA time zone of the organization, in which dates (`from`/`to`, overdue) are counted. */
            timezone: string;
            /** @description How many lines the invoice has. */
            line_count: number;
            lines: components["schemas"]["InvoiceLine"][];
            /** @description Who created it (`usr_…`), or `null` if that user no longer exists. */
            created_by: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * InvoiceLineInput
         * @description A custom line: `description`, exactly one of `quantity` (a decimal string ≥ 0 with at most 4 decimals) and `quantity_secs` (whole seconds), the `unit_price_cents` (per unit, resp. per hour), and optionally the `project_id` it belongs to. Its amount is round-half-up(quantity × unit_price_cents), resp. round-half-up(quantity_secs × unit_price_cents / 3600).
         */
        InvoiceLineInput: {
            description: string;
            /** @description Decimal quantity ≥ 0 with at most 4 decimals, as a string (`"2.5"`, `"0.3333"`), up to 99999999.9999. */
            quantity?: string;
            /** @description Whole seconds (a time line), up to 100 years. */
            quantity_secs?: number;
            /** @description Price per unit (per hour with `quantity_secs`) in minor units, 0 to 100,000,000. */
            unit_price_cents: number;
            /** @description The project the line belongs to (`prj_…`). */
            project_id?: string | null;
        };
        /**
         * InvoiceLines
         * @description Custom lines (at most 500 per invoice).
         */
        InvoiceLines: components["schemas"]["InvoiceLineInput"][];
        /**
         * InvoiceCreate
         * @description A new draft. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvoiceCreate: {
            /** @description The client to bill (`cli_…`). */
            client_id: components["schemas"]["Id"];
            /** @description Due date (`YYYY-MM-DD`), not before the issue date. */
            due_date: components["schemas"]["Date"];
            /** @description Issue date (`YYYY-MM-DD`); default today in the organization's time zone. */
            issue_date?: components["schemas"]["Date"];
            /** @description ISO 4217 code; default the client's currency, else the organization's. */
            currency?: string;
            /** @description Tax rate in basis points (0 to 10000); default the client's saved rate, else 0. */
            tax_rate_bp?: number;
            /** @description Free text printed on the invoice. */
            notes?: string | null;
            lines?: components["schemas"]["InvoiceLines"];
        };
        /**
         * InvoiceUpdate
         * @description Changes a draft (any field; `lines` replaces the custom lines, time lines stay). A sent, overdue or paid invoice takes only `notes`; any other field is `CONFLICT`. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvoiceUpdate: {
            /** @description Due date (`YYYY-MM-DD`). */
            due_date?: components["schemas"]["Date"];
            /** @description Issue date (`YYYY-MM-DD`). */
            issue_date?: components["schemas"]["Date"];
            /** @description ISO 4217 code (a draft with time lines keeps the organization's currency). */
            currency?: string;
            /** @description Tax rate in basis points (0 to 10000). */
            tax_rate_bp?: number;
            /** @description Free text printed on the invoice. */
            notes?: string | null;
            lines?: components["schemas"]["InvoiceLines"];
        };
        /**
         * InvoiceGenerate
         * @description The range of `invoices.generate`. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvoiceGenerate: {
            /** @description First day (`YYYY-MM-DD`, organization time zone); default everything not yet invoiced. */
            from?: components["schemas"]["Date"];
            /** @description Last day, inclusive (`YYYY-MM-DD`); default today in the organization's time zone. */
            to?: components["schemas"]["Date"];
        };
        /**
         * InvoiceGenerateResult
         * @description What `invoices.generate` did: the invoice with its new lines, how many entries it linked, and how many billable, stopped, not yet invoiced entries in the range it left out because they have no client rate.
         */
        InvoiceGenerateResult: {
            invoice: components["schemas"]["Invoice"];
            /** @description Time entries linked to the invoice by this call. */
            entries_linked: number;
            /** @description Entries in the range left out because no client rate applies to them (set one and generate again). */
            entries_without_rate: number;
            /** @description Lines added (one per project and effective client rate). */
            lines_added: number;
            /**
             * Format: date
             * @description First day of the range (`YYYY-MM-DD`), or `null` for everything before `to`.
             */
            from: string | null;
            /** @description Last day of the range (`YYYY-MM-DD`, inclusive; default today in the organization's time zone). */
            to: components["schemas"]["Date"];
            /** @description The organization's time zone the days are counted in. */
            timezone: string;
        };
        /**
         * InvoiceSend
         * @description Sending an invoice. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvoiceSend: {
            /** @description A message to the client, put in the mail's body above the invoice summary. */
            message?: string;
        };
        /**
         * InvoiceMarkPaid
         * @description Marking an invoice paid. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        InvoiceMarkPaid: {
            payment_method?: components["schemas"]["PaymentMethod"];
        };
        /**
         * SearchQuery
         * @description What to look for, 1 to 200 characters, in web search syntax: words (all must appear, in any order and any case, accents ignored: `cafe` finds "Café"), `"a phrase"`, `or` between alternatives, `-word` to exclude. The last word also matches as a prefix (`desig` finds "design") when it has at least 3 letters or digits and is neither quoted nor excluded. Words are matched as written, not stemmed (`designs` does not find "design"). A query with no word to look for (only operators, punctuation or excluded words, e.g. `--- OR "" -`) is a `VALIDATION_ERROR` naming `q` ("no searchable words").
         * @example design review
         */
        SearchQuery: string;
        /**
         * SearchTypes
         * @description Which kinds of entity to search: one name, or several separated by commas (`task,task_comment`), among `task`, `project`, `client`, `task_comment`, `chat_message`, `invoice`. Default: all of them. Another name is a `VALIDATION_ERROR` naming `type`. Asking for `invoice` without being allowed to read invoices is not an error: there are simply no invoice hits.
         * @example task,task_comment
         */
        SearchTypes: string;
        /**
         * SearchLimit
         * @description How many hits to return at most, 1 to 50 (default 20).
         * @default 20
         */
        SearchLimit: number;
        /**
         * SearchHitType
         * @description The kind of entity a hit is.
         * @enum {string}
         */
        SearchHitType: "task" | "project" | "client" | "task_comment" | "chat_message" | "invoice";
        /**
         * SearchHit
         * @description One entity that matches. `title` is what it is called (a task's title, a project's or client's name, an invoice's number; for a comment its task's title, for a chat message its channel's name). `snippet` is a short extract of its matching text (a description, notes, a comment or message body; the title when only the title matches) as HTML: every matched word is wrapped in `<mark>` and `</mark>`, everything else is escaped text (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&#39;`), so it can be inserted into a page as it is. Context fields are `null` where they do not apply.
         * @example {
         *       "type": "task",
         *       "id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "title": "Design review",
         *       "snippet": "Walk through the <mark>design</mark> with the client &amp; collect notes",
         *       "rank": 1.2,
         *       "project_id": "prj_01jq3v7k1wf8q5g4j3s6v9b0cd",
         *       "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *       "channel_id": null,
         *       "client_id": null,
         *       "updated_at": "2026-03-28T14:30:00Z"
         *     }
         */
        SearchHit: {
            type: components["schemas"]["SearchHitType"];
            /** @description The entity's id (`tsk_…`, `prj_…`, `cli_…`, `cmt_…`, `msg_…`, `inv_…`). */
            id: components["schemas"]["Id"];
            /** @description What the entity is called (plain text, not escaped). */
            title: string;
            /** @description Extract of the matching text as HTML, matched words in `<mark>…</mark>`, the rest escaped. */
            snippet: string;
            /** @description Relevance (PostgreSQL `ts_rank_cd`: how often and how close together the words occur, a match in the title (weight A) counting 2.5 times a match in the text (weight B)). Hits are ordered by rank, highest first, then by `updated_at`, newest first, then by id. */
            rank: number;
            /** @description The project of a task, of a comment's task, of a project itself, or of a chat channel linked to one; else `null`. */
            project_id: string | null;
            /** @description The task a comment is on (and a task's own id); else `null`. */
            task_id: string | null;
            /** @description The channel of a chat message (`ch_…`); else `null`. */
            channel_id: string | null;
            /** @description The client of an invoice or of a project (or a client's own id); else `null`. */
            client_id: string | null;
            /**
             * Format: date-time
             * @description When the entity last changed (a comment's or message's `created_at` if it has no later change).
             */
            updated_at: string;
        };
        /**
         * SearchCounts
         * @description How many entities of each searched kind match (all of them, not only the returned ones), counting only what you may see. Kinds that were not searched are absent.
         * @example {
         *       "task": 3,
         *       "task_comment": 1
         *     }
         */
        SearchCounts: {
            /** @description Matching tasks. */
            task?: number;
            /** @description Matching projects. */
            project?: number;
            /** @description Matching clients. */
            client?: number;
            /** @description Matching task comments. */
            task_comment?: number;
            /** @description Matching chat messages. */
            chat_message?: number;
            /** @description Matching invoices (0 without the permission to read invoices). */
            invoice?: number;
        };
        /**
         * SearchResult
         * @description The best hits, at most `limit`, and how many match in all (`total`, and per kind in `counts`).
         * @example {
         *       "hits": [
         *         {
         *           "type": "task",
         *           "id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *           "title": "Design review",
         *           "snippet": "Walk through the <mark>design</mark> with the client &amp; collect notes",
         *           "rank": 1.2,
         *           "project_id": "prj_01jq3v7k1wf8q5g4j3s6v9b0cd",
         *           "task_id": "tsk_01jq3v8m2xg9r6h5k4t7w0c1de",
         *           "channel_id": null,
         *           "client_id": null,
         *           "updated_at": "2026-03-28T14:30:00Z"
         *         }
         *       ],
         *       "total": 1,
         *       "counts": {
         *         "task": 1
         *       }
         *     }
         */
        SearchResult: {
            /** @description The hits, most relevant first. */
            hits: components["schemas"]["SearchHit"][];
            /** @description How many entities match in all, over the searched kinds, counting only what you may see. */
            total: number;
            counts: components["schemas"]["SearchCounts"];
        };
        /**
         * ChatChannelKind
         * @description `general`: the organization's one channel of all its members (kept in step with the organization; cannot be renamed, archived, joined or left). `public`: any member of the organization may join. `private`: only its members may add others. `direct`: the one channel between two members (chat.dm.open); its membership is fixed.
         * @enum {string}
         */
        ChatChannelKind: "general" | "public" | "private" | "direct";
        /**
         * ChatReaction
         * @description The reactions of one emoji on a message: how many members reacted and the first 20 of them (oldest first). `reacted_by_me` is only in answers to the reader (chat.messages.list), never in pushed events (one event payload is shared by all its receivers).
         */
        ChatReaction: {
            /** @description The emoji (one grapheme) or a `:shortcode:`. */
            emoji: string;
            /** @description How many members reacted with it. */
            count: number;
            /** @description The first 20 members who reacted (`usr_…`), oldest reaction first. */
            user_ids: components["schemas"]["Id"][];
            /** @description Whether the reader reacted with it (chat.messages.list only). */
            reacted_by_me?: boolean;
        };
        /**
         * ChatMessage
         * @description One message in a channel, in the seed's shape (`id`, `content`, `user_id`, `user_name`, `created_at`) plus its channel, the message it replies to and its reactions. It is the `message` of the `ChatMessage` event and the entity of `EntityChanged` events with `entity_type: chat_message` (deleted, or its reactions changed).
         * @example {
         *       "id": "msg_01jq3vc1d2e3f4g5h6j7k8m9n0",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "channel_id": "ch_01jq3vb9a8b7c6d5e4f3g2h1j0",
         *       "content": "Hello team!",
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "user_name": "Jane Doe",
         *       "reply_to": null,
         *       "reactions": [
         *         {
         *           "emoji": "👍",
         *           "count": 1,
         *           "user_ids": [
         *             "usr_01jq3v6z0c8n4m2k7h5g3f1d9c"
         *           ]
         *         }
         *       ],
         *       "created_at": "2026-03-28T14:30:00Z",
         *       "updated_at": "2026-03-28T14:30:00Z"
         *     }
         */
        ChatMessage: {
            /** @description Message id (`msg_…`); ids sort by time. */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            /** @description Channel id (`ch_…`). */
            channel_id: components["schemas"]["Id"];
            /** @description The text, 1 to 4,000 characters. */
            content: string;
            /** @description Author (`usr_…`), or `null` once their account is gone. */
            user_id: string | null;
            /** @description The author's name as their profile has it now, or `null` once their account is gone. */
            user_name: string | null;
            /** @description The message of the same channel this one answers (`msg_…`), or `null`. */
            reply_to: string | null;
            /** @description Its reactions, one entry per emoji, in the order they were first used. */
            reactions: components["schemas"]["ChatReaction"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * ChatChannel
         * @description A chat channel of the organization. It exists for a member only while they are one of its members and, for a channel linked to a project, may see that project; for anyone else it is `NOT_FOUND`. `unread_count` and `last_message` are the reader's and only in chat.channels.list answers (never in events).
         * @example {
         *       "id": "ch_01jq3vb9a8b7c6d5e4f3g2h1j0",
         *       "org_id": "org_01jq3v6z0e2r8t4w6y1u3i5o7p",
         *       "kind": "public",
         *       "name": "design",
         *       "topic": "Logos and colours",
         *       "project_id": null,
         *       "created_by": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "member_count": 4,
         *       "archived_at": null,
         *       "created_at": "2026-03-28T14:00:00Z",
         *       "updated_at": "2026-03-28T14:00:00Z"
         *     }
         */
        ChatChannel: {
            /** @description Channel id (`ch_…`). */
            id: components["schemas"]["Id"];
            /** @description Organization id (`org_…`). */
            org_id: components["schemas"]["Id"];
            kind: components["schemas"]["ChatChannelKind"];
            /** @description Channel name (`general` for the general channel; a direct channel is named after its two members). */
            name: string;
            /** @description What the channel is about, or `null`. */
            topic: string | null;
            /** @description The project the channel is linked to (`prj_…`; it then follows that project's visibility), or `null`. */
            project_id: string | null;
            /** @description Who created the channel (`usr_…`), or `null`. */
            created_by: string | null;
            /** @description Number of members. */
            member_count: number;
            /**
             * Format: date-time
             * @description When the channel was archived (it then takes no messages), or `null`.
             */
            archived_at: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description chat.channels.list only. Messages by others after the reader's read mark. */
            unread_count?: number;
            /** @description chat.channels.list only. The newest message, or `null`. */
            last_message?: components["schemas"]["ChatMessage"] | null;
        };
        /**
         * ChatChannelCreate
         * @description A new channel. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        ChatChannelCreate: {
            /** @description Channel name, 1 to 80 characters (not only spaces). */
            name: string;
            /**
             * @description `public` (any member may join) or `private` (invited members only).
             * @enum {string}
             */
            kind: "public" | "private";
            /** @description Other members to add at once (`usr_…`, at most 100); each must be a member of the organization (and see the linked project). */
            member_ids?: components["schemas"]["Id"][];
            /** @description Link the channel to a project you may see (`prj_…`); it then follows that project's visibility. */
            project_id?: string | null;
            /** @description What the channel is about, up to 500 characters, or `null`. */
            topic?: string | null;
        };
        /**
         * ChatChannelUpdate
         * @description Changes to a channel; omitted fields are left unchanged.
         */
        ChatChannelUpdate: {
            /** @description New name, 1 to 80 characters (not only spaces). The general channel cannot be renamed. */
            name?: string;
            /** @description New topic, up to 500 characters; `null` clears it. */
            topic?: string | null;
        };
        /**
         * ChatMemberAdd
         * @description The member to add to the channel.
         */
        ChatMemberAdd: {
            /** @description Member to add (`usr_…`); yourself to join a public channel. */
            user_id: components["schemas"]["Id"];
        };
        /**
         * ChatMemberResult
         * @description A channel's membership after the change.
         */
        ChatMemberResult: {
            /** @description Channel id (`ch_…`). */
            channel_id: components["schemas"]["Id"];
            /** @description The member added or removed (`usr_…`). */
            user_id: components["schemas"]["Id"];
            /** @description Whether that user is now a member. */
            member: boolean;
            /** @description Number of members now. */
            member_count: number;
        };
        /**
         * ChatDmOpen
         * @description The member to talk to.
         */
        ChatDmOpen: {
            /** @description Another member of the organization (`usr_…`); not yourself. */
            user_id: components["schemas"]["Id"];
        };
        /**
         * ChatMarkRead
         * @description The newest message you have read.
         */
        ChatMarkRead: {
            /** @description A message of that channel (`msg_…`). A mark never moves backwards. */
            message_id: components["schemas"]["Id"];
        };
        /**
         * ChatMarkReadResult
         * @description The caller's read mark after the call.
         */
        ChatMarkReadResult: {
            /** @description Channel id (`ch_…`). */
            channel_id: components["schemas"]["Id"];
            /** @description The newest message you have read (`msg_…`), or `null`. */
            last_read_message_id: string | null;
            /** @description Messages by others after the mark. */
            unread_count: number;
        };
        /**
         * ChatMessagePagination
         * @description Where a page of messages sits (keyset pagination, newest first).
         */
        ChatMessagePagination: {
            /** @description The page size asked for. */
            limit: number;
            /** @description Whether older messages exist. */
            has_more: boolean;
            /** @description Pass as `before` for the next (older) page; `null` when there is none. */
            next_before: string | null;
        };
        /**
         * ChatMessageCreate
         * @description A new message. Unknown fields are rejected (`VALIDATION_ERROR`).
         */
        ChatMessageCreate: {
            /** @description The text, 1 to 4,000 characters (Unicode code points, not bytes); whitespace only counts as empty (`VALIDATION_ERROR`). `@Full Name` or `@email` mentions a channel member (notification `mentioned`). */
            content: string;
            /** @description A message of the same channel this one answers (`msg_…`), or `null`. */
            reply_to?: string | null;
        };
        /**
         * Emoji
         * @description Exactly one emoji (one grapheme cluster that is an emoji: pictographic, a flag or a keycap, with its modifiers) or a shortcode `:name:` of at most 32 characters (`^:[a-z0-9_+-]{1,30}:$`). Anything else (`abc`, two emoji, a longer shortcode) is `VALIDATION_ERROR`.
         */
        Emoji: string;
        /**
         * ChatReactionInput
         * @description The reaction.
         */
        ChatReactionInput: {
            emoji: components["schemas"]["Emoji"];
        };
        /**
         * ChatReactionResult
         * @description The message's reactions after the call, and whether it changed anything.
         */
        ChatReactionResult: {
            /** @description Message id (`msg_…`). */
            message_id: components["schemas"]["Id"];
            /** @description `false` when the reaction was already there (add) or not there (remove): nothing changed and nothing was pushed. */
            changed: boolean;
            /** @description The message's reactions now (with `reacted_by_me`). */
            reactions: components["schemas"]["ChatReaction"][];
        };
        /**
         * ChatTypingResult
         * @description Whether a `UserTyping` event was pushed (at most one per user and channel every 3 seconds; extra calls are dropped).
         */
        ChatTypingResult: {
            /** @description `true` when the event went out, `false` when the call fell within 3 seconds of the previous one. */
            sent: boolean;
        };
        /**
         * AuditBound
         * @description An instant (RFC 3339, e.g. `2026-03-28T14:30:00Z`) or a day (`YYYY-MM-DD`) in the organization's time zone.
         * @example 2026-03-28
         * @example 2026-03-28T14:30:00Z
         */
        AuditBound: string | unknown | unknown;
        /**
         * AuditEntry
         * @description One successful change (an operation that is not a read), recorded after it committed, whatever interface made it. Entries are never changed or deleted. Secrets (passwords, tokens, hashes, tickets, key material) are never recorded: their values read `[redacted]`.
         */
        AuditEntry: {
            /**
             * @description Entry id (`aud_…`).
             * @example aud_01jq3v8k2m4n6p8r0s2t4v6w8y
             */
            id: string;
            /** @description The organization the change was made in (`org_…`). */
            org_id: string;
            /** @description Who made it (`usr_…`); `null` for a call without a signed-in user (e.g. a password reset by link). */
            user_id: string | null;
            /** @description The personal access token it was made with (`pat_…`), or `null` for a session or a socket. */
            pat_id: string | null;
            /**
             * @description The interface it came through.
             * @enum {string}
             */
            transport: "rest" | "ws" | "graphql" | "mcp";
            /**
             * @description The operation, as the WebSocket action names it (`tasks.update`).
             * @example tasks.update
             */
            action: string;
            /** @description The type of the entity changed first (`task`, `project`, …), or `null` when the operation changes no entity. */
            entity_type: string | null;
            /** @description Its id, or `null`. */
            entity_id: string | null;
            /** @description What changed: for an update the changed fields as `{ field: { from, to } }`, for a creation the created entity, for a deletion `{ id }`; for an operation without an entity, its input (without `org_id`). Secret values read `[redacted]`. */
            changes: {
                [key: string]: unknown;
            } | null;
            /** @description The client's IP address, or `null` when unknown. */
            ip: string | null;
            /** @description The client's `User-Agent` (for a socket, that of its opening request), or `null`. */
            user_agent: string | null;
            /** @description The call's request id (`X-Request-Id` over HTTP), or `null`. */
            request_id: string | null;
            /** @description When it was recorded (RFC 3339, UTC). */
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * MemberPresence
         * @description A member of the organization and their presence.
         */
        MemberPresence: {
            /** @description The member (`usr_…`). */
            user_id: string;
            /** @description The member's name. */
            name: string;
            /**
             * @description `online`, `away` or `offline`.
             * @enum {string}
             */
            status: "online" | "away" | "offline";
            /**
             * Format: date-time
             * @description When the member's presence last changed (RFC 3339, UTC): for `online` and `away`, when they came online or last set their status; for `offline`, when their last socket closed; `null` if they never connected.
             */
            last_seen: string | null;
        };
        /**
         * PresenceSet
         * @description The status to show while you are connected.
         */
        PresenceSet: {
            /**
             * @description `online` or `away`.
             * @enum {string}
             */
            status: "online" | "away";
        };
        /**
         * Presence
         * @description One user's presence. `online` or `away` while the user has a socket (/ws or GraphQL over WebSocket) open on any server instance, `offline` otherwise.
         * @example {
         *       "user_id": "usr_01jq3v6z0c8n4m2k7h5g3f1d9b",
         *       "status": "away",
         *       "last_seen": "2026-03-28T14:30:00Z"
         *     }
         */
        Presence: {
            /** @description The user (`usr_…`). */
            user_id: string;
            /**
             * @description `online`, `away` or `offline`.
             * @enum {string}
             */
            status: "online" | "away" | "offline";
            /**
             * Format: date-time
             * @description When the user's presence last changed (RFC 3339, UTC): for `online` and `away`, when they came online or last set their status; for `offline`, when their last socket closed; `null` if they never connected.
             */
            last_seen: string | null;
        };
    };
    responses: {
        /** @description `VALIDATION_ERROR`: the input is invalid; `details.field` (or `details.fields`) names what is wrong. */
        ValidationError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VALIDATION_ERROR",
                 *         "message": "Title is required",
                 *         "details": {
                 *           "field": "title"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `UNAUTHORIZED`: missing, invalid or expired credentials. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "UNAUTHORIZED",
                 *         "message": "Missing or invalid token"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `FORBIDDEN`: authenticated, but lacking the permission this needs. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "FORBIDDEN",
                 *         "message": "You do not have permission to do this"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `NOT_FOUND`: no such entity or organization, or not visible to you. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "NOT_FOUND",
                 *         "message": "Task not found"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `CONFLICT`: the request clashes with the current state. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "CONFLICT",
                 *         "message": "A record with these values already exists"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `PAYLOAD_TOO_LARGE`: the request body exceeds 1 MB (1,048,576 bytes). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "PAYLOAD_TOO_LARGE",
                 *         "message": "The request body exceeds 1048576 bytes",
                 *         "details": {
                 *           "limit_bytes": 1048576
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `PAYLOAD_TOO_LARGE`: the request line and headers exceed 16 KB (an over-long URL). Answered before the request is read, so without rate-limit headers, and the connection is closed. */
        RequestTooLarge: {
            headers: {
                /** @description Absent (the request was refused before the rate limit). */
                "X-RateLimit-Limit"?: number;
                /** @description Absent (the request was refused before the rate limit). */
                "X-RateLimit-Remaining"?: number;
                /** @description Absent (the request was refused before the rate limit). */
                "X-RateLimit-Reset"?: number;
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "PAYLOAD_TOO_LARGE",
                 *         "message": "The request line and headers exceed 16384 bytes (an over-long URL?)",
                 *         "details": {
                 *           "limit_bytes": 16384
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `INTERNAL_ERROR`: a fault on our side. Nothing internal is disclosed; quote `X-Request-Id` to report it. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "INTERNAL_ERROR",
                 *         "message": "Internal server error"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `SERVICE_UNAVAILABLE`: temporarily unable to answer (shutting down, the database unreachable); retry after `Retry-After` seconds when given. While the server shuts down, a request arriving on a connection that is still open is refused before it is authenticated or counted (no `X-RateLimit-*` headers) and the connection is closed (`Connection: close`); new connections are refused. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                /** @description Requests allowed per minute; absent on the refusal during a shutdown. */
                "X-RateLimit-Limit"?: number;
                /** @description Requests left in the current window; absent on the refusal during a shutdown. */
                "X-RateLimit-Remaining"?: number;
                /** @description Seconds until the current window resets; absent on the refusal during a shutdown. */
                "X-RateLimit-Reset"?: number;
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "SERVICE_UNAVAILABLE",
                 *         "message": "The service is temporarily unavailable; retry shortly"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description `RATE_LIMIT_EXCEEDED`: too many requests; retry after `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "RATE_LIMIT_EXCEEDED",
                 *         "message": "Too many requests. Please slow down."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
         *     organization. A personal access token acts only in its own organization.
         */
        OrgId: components["schemas"]["Id"];
        /** @description Organization to act in (`org_…`) when `org_id` is not given. */
        XOrgId: components["schemas"]["Id"];
        /** @description Page number, from 1. */
        Page: number;
        /** @description Items per page, 1 to 100. */
        PerPage: number;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description Identifies the request in the server's logs: the client's own `X-Request-Id` when it sent a well-formed one (1 to 128 of `A-Z a-z 0-9 . _ : -`), else one the server made (`req_…`). Quote it when reporting a problem. */
        XRequestId: string;
        /** @description Requests allowed per minute. */
        XRateLimitLimit: number;
        /** @description Requests left in the current window. */
        XRateLimitRemaining: number;
        /** @description Seconds until the current window resets (0 to 60). */
        XRateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health.live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive, and the database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The database does not answer within 2 seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    "health.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description A dependency does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    "auth.register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthRegister"];
            };
        };
        responses: {
            /** @description Account created; the session's tokens and the new user. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            400: components["responses"]["ValidationError"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthLogin"];
            };
        };
        responses: {
            /** @description Signed in; the session's tokens and the user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description `RATE_LIMIT_EXCEEDED`: too many failed sign-in attempts for this email and/or from this address (see the description), or the per-minute request limit; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "RATE_LIMIT_EXCEEDED",
                     *         "message": "Too many failed sign-in attempts; retry in 60 s",
                     *         "details": {
                     *           "retry_after": 60
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthRefresh"];
            };
        };
        responses: {
            /** @description The new token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokens"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthLogout"];
            };
        };
        responses: {
            /** @description The session is over. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SuccessResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.forgot_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthForgotPassword"];
            };
        };
        responses: {
            /** @description Accepted. The message does not reveal whether the account exists. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MessageResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthResetPassword"];
            };
        };
        responses: {
            /** @description Password changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MessageResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "auth.ws_ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WsTicket"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "users.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CurrentUser"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "organizations.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"][];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "organizations.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationCreate"];
            };
        };
        responses: {
            /** @description The new organization. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "organizations.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization id (`org_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "organizations.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization id (`org_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "organizations.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organization id (`org_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationUpdate"];
            };
        };
        responses: {
            /** @description The updated organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "members.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only members with this role. */
                role?: components["schemas"]["Role"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "members.invite": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberInvite"];
            };
        };
        responses: {
            /** @description The invitation (it has been mailed). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "members.remove": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description The member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is no longer a member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RemoveMemberResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "members.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description The member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberUpdate"];
            };
        };
        responses: {
            /** @description The updated membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invitations.accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationAccept"];
            };
        };
        responses: {
            /** @description The new membership. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only projects with this status. */
                status?: components["schemas"]["ProjectStatus"];
                /** @description Case-insensitive substring of the project name. */
                search?: string;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Project"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Project"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Project"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Project"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.members.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of project members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProjectMember"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.members.add": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectMemberAdd"];
            };
        };
        responses: {
            /** @description The new project member. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProjectMember"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.members.remove": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description The project member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user is no longer in the project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProjectMemberRemoved"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "projects.members.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description The project member's user id (`usr_…`). */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectMemberUpdate"];
            };
        };
        responses: {
            /** @description The updated project member. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProjectMember"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only tasks of this project (`prj_…`). */
                project_id?: components["schemas"]["Id"];
                /** @description Only tasks with this status. */
                status?: components["schemas"]["TaskStatusCode"];
                /** @description Only tasks assigned to this user (`usr_…`). */
                assignee_id?: components["schemas"]["Id"];
                /** @description Only tasks carrying this label (`lbl_…`). */
                label_id?: components["schemas"]["Id"];
                /** @description Only tasks of this milestone (`mst_…`). */
                milestone_id?: components["schemas"]["Id"];
                /** @description Sort field. */
                sort?: "created_at" | "due_date" | "priority" | "title" | "position";
                /** @description Sort direction; default `asc`, or `desc` when sorting by `priority`. */
                order?: "asc" | "desc";
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The new task. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The updated task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.update_status": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStatusUpdate"];
            };
        };
        responses: {
            /** @description The updated task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.create_bulk": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBulkCreate"];
            };
        };
        responses: {
            /** @description The new tasks, in the order of the input. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.reorder": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReorder"];
            };
        };
        responses: {
            /** @description The moved task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of task groups. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskGroup"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskGroupCreate"];
            };
        };
        responses: {
            /** @description The new task group. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskGroup"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.reorder": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskGroupOrder"];
            };
        };
        responses: {
            /** @description The project's groups in their new order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskGroup"][];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description Task group id (`grp_…`) of that project. */
                group_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description Task group id (`grp_…`) of that project. */
                group_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskGroupUpdate"];
            };
        };
        responses: {
            /** @description The renamed task group. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskGroup"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_groups.toggle_collapsed": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
                /** @description Task group id (`grp_…`) of that project. */
                group_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your new flag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskGroupCollapsed"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "sidebar.get_collapsed": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your collapsed projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SidebarCollapsed"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "sidebar.toggle_collapsed": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your new flag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SidebarToggle"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_statuses.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of task statuses. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskStatus"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_statuses.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStatusCreate"];
            };
        };
        responses: {
            /** @description The new task status. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskStatus"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_statuses.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Code of another status of the organization to move the status's tasks to. */
                replace_with?: components["schemas"]["TaskStatusCode"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task status id (`sts_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task status is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_statuses.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task status id (`sts_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskStatusDefinitionUpdate"];
            };
        };
        responses: {
            /** @description The updated task status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskStatus"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "labels.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of labels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Label"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "labels.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelCreate"];
            };
        };
        responses: {
            /** @description The new label. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Label"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "labels.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Label id (`lbl_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "labels.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Label id (`lbl_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LabelUpdate"];
            };
        };
        responses: {
            /** @description The updated label. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Label"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "milestones.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of milestones. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Milestone"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "milestones.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Project id (`prj_…`). */
                project_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneCreate"];
            };
        };
        responses: {
            /** @description The new milestone. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Milestone"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "milestones.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Milestone id (`mst_…`). */
                milestone_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The milestone is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "milestones.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Milestone id (`mst_…`). */
                milestone_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneUpdate"];
            };
        };
        responses: {
            /** @description The updated milestone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Milestone"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.comments.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskComment"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.add_comment": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCommentCreate"];
            };
        };
        responses: {
            /** @description The new comment. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskComment"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.delete_comment": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
                /** @description Comment id (`cmt_…`), a comment on that task. */
                comment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comment is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.checklist.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of checklist items, by position. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChecklistItem"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.checklist.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistItemCreate"];
            };
        };
        responses: {
            /** @description The new item. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChecklistItem"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.checklist.toggle": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Checklist item id (`chk_…`). */
                item_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChecklistItem"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.checklist.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Checklist item id (`chk_…`). */
                item_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.dependency.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's dependencies. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskDependencies"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.dependency.add": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskDependencyCreate"];
            };
        };
        responses: {
            /** @description The new dependency. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskDependency"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.dependency.remove": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`), either end of the dependency. */
                task_id: components["schemas"]["Id"];
                /** @description Dependency id (`dep_…`). */
                dependency_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dependency is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "tasks.dependencies.list_all": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every visible dependency of the organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DependencyEdge"][];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_recurrences.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Task id (`tsk_…`). */
                task_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRecurrenceCreate"];
            };
        };
        responses: {
            /** @description The new recurrence. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskRecurrence"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_recurrences.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Recurrence id (`rec_…`). */
                recurrence_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recurrence. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskRecurrence"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_recurrences.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Recurrence id (`rec_…`). */
                recurrence_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recurrence is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "task_recurrences.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Recurrence id (`rec_…`). */
                recurrence_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRecurrenceUpdate"];
            };
        };
        responses: {
            /** @description The updated recurrence. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskRecurrence"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.start": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TimerStart"];
            };
        };
        responses: {
            /** @description The running time entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.current": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running entry, or `null`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"] | null;
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.stop": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Time entry id (`te_…`). Optional outside REST (defaults to the caller's running timer). */
                entry_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stopped time entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Entries started at or after this date (`YYYY-MM-DD`) or instant (RFC 3339). */
                from?: components["schemas"]["DateOrDateTime"];
                /** @description Entries started at or before this instant, or through the end of this date. */
                to?: components["schemas"]["DateOrDateTime"];
                /** @description Only entries of this project (`prj_…`). */
                project_id?: components["schemas"]["Id"];
                /** @description Only entries of this task (`tsk_…`). */
                task_id?: components["schemas"]["Id"];
                /** @description Only entries of this user (`usr_…`). */
                user_id?: components["schemas"]["Id"];
                /** @description Only billable (`true`) or non-billable (`false`) entries. */
                billable?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of time entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeEntryCreate"];
            };
        };
        responses: {
            /** @description The new time entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Time entry id (`te_…`). */
                entry_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Time entry id (`te_…`). */
                entry_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time entry is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "time_entries.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Time entry id (`te_…`). */
                entry_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeEntryUpdate"];
            };
        };
        responses: {
            /** @description The updated time entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TimeEntry"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "personal_access_tokens.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tokens. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PersonalAccessToken"][];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "personal_access_tokens.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonalAccessTokenCreate"];
            };
        };
        responses: {
            /** @description The new token, with its plaintext value. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PersonalAccessTokenCreated"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "personal_access_tokens.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Token id (`pat_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token is revoked. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "notifications.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only unread (`true`) or only read (`false`) notifications; default both. */
                unread?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of your notifications, and your unread count. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        pagination: components["schemas"]["Pagination"];
                        /** @description Your unread notifications in the organization, across all pages and filters. */
                        unread_count: number;
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "notifications.mark_read": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MarkRead"];
            };
        };
        responses: {
            /** @description How many changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MarkReadResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "notifications.preferences.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your preferences. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "notifications.preferences.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesUpdate"];
            };
        };
        responses: {
            /** @description Your preferences after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NotificationPreferences"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "dashboard.summary": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DashboardSummary"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "reports.timesheet": {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description First day (`YYYY-MM-DD`, inclusive) in the organization's time zone. */
                from: components["schemas"]["ReportFrom"];
                /** @description Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both. */
                to: components["schemas"]["ReportTo"];
                /** @description Only entries of this member (`usr_…`). */
                user_id?: components["schemas"]["Id"];
                /** @description Only entries of this project (`prj_…`). */
                project_id?: components["schemas"]["Id"];
                /** @description Only entries of this client's projects (`cli_…`). */
                client_id?: components["schemas"]["Id"];
                /** @description Only entries whose description contains this text, regardless of case. */
                description?: string;
                /** @description Only entries billed on this invoice (`inv_…`). */
                invoice_id?: components["schemas"]["Id"];
                /** @description Group the entries by `user`, `project`, `client`, `task`, `day`, `week` or `month`. */
                group_by?: components["schemas"]["ReportTimesheetGroupBy"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportTimesheet"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "reports.revenue": {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description First day (`YYYY-MM-DD`, inclusive) in the organization's time zone. */
                from: components["schemas"]["ReportFrom"];
                /** @description Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both. */
                to: components["schemas"]["ReportTo"];
                /** @description Only this client (`cli_…`): its invoices and its projects' time. */
                client_id?: components["schemas"]["Id"];
                /** @description Group by `client` (default), `project` or `month`. */
                group_by?: components["schemas"]["ReportRevenueGroupBy"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revenue report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportRevenue"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "reports.utilization": {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description First day (`YYYY-MM-DD`, inclusive) in the organization's time zone. */
                from: components["schemas"]["ReportFrom"];
                /** @description Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both. */
                to: components["schemas"]["ReportTo"];
                /** @description Only this member (`usr_…`). */
                user_id?: components["schemas"]["Id"];
                /** @description Count only the entries billed on this invoice (`inv_…`). */
                invoice_id?: components["schemas"]["Id"];
                /** @description Target hours per member for the whole range (default 8 per Monday-to-Friday day). */
                target_hours?: number;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The utilization report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportUtilization"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "reports.profitability": {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description First day (`YYYY-MM-DD`, inclusive) in the organization's time zone. */
                from: components["schemas"]["ReportFrom"];
                /** @description Last day (`YYYY-MM-DD`, inclusive); not before `from`, at most 366 days after it counting both. */
                to: components["schemas"]["ReportTo"];
                /** @description Group by `project` (default), `client` or `user`. */
                group_by?: components["schemas"]["ReportProfitabilityGroupBy"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profitability report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportProfitability"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "clients.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Case-insensitive substring of the client's name or email. */
                search?: string;
                /** @description `true`: only archived clients; `false` (default): only clients that are not archived. */
                archived?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Client"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "clients.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description The new client. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "clients.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Client id (`cli_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "clients.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Client id (`cli_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "clients.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Client id (`cli_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientUpdate"];
            };
        };
        responses: {
            /** @description The updated client. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Client"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only this client's invoices (`cli_…`). */
                client_id?: components["schemas"]["Id"];
                /** @description Only invoices in this status. */
                status?: components["schemas"]["InvoiceStatus"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of invoices. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceCreate"];
            };
        };
        responses: {
            /** @description The new draft. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.get": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft is gone. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceUpdate"];
            };
        };
        responses: {
            /** @description The updated invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.generate": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvoiceGenerate"];
            };
        };
        responses: {
            /** @description The invoice and what was linked. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InvoiceGenerateResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.send": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvoiceSend"];
            };
        };
        responses: {
            /** @description The sent invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.mark_paid": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvoiceMarkPaid"];
            };
        };
        responses: {
            /** @description The paid invoice. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "invoices.pdf": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Invoice id (`inv_…`). */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    /** @description `inline; filename="invoice-<number>.pdf"`. */
                    "Content-Disposition"?: string;
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description What to look for (1 to 200 characters, web search syntax). */
                q: components["schemas"]["SearchQuery"];
                /** @description Kinds to search, one or comma-separated (`task`, `project`, `client`, `task_comment`, `chat_message`, `invoice`); default all. */
                type?: components["schemas"]["SearchTypes"];
                /** @description How many hits at most, 1 to 50 (default 20). */
                limit?: components["schemas"]["SearchLimit"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The best hits and the counts of everything that matches. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SearchResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description `true`: only archived channels; `false` (default): only channels that are not archived. */
                archived?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List your chat channels: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatChannel"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.create": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatChannelCreate"];
            };
        };
        responses: {
            /** @description Create a chat channel: the answer. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatChannel"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.update": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatChannelUpdate"];
            };
        };
        responses: {
            /** @description Rename a channel or change its topic: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatChannel"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.archive": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archive a channel: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatChannel"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.members.add": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`). */
                channel_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMemberAdd"];
            };
        };
        responses: {
            /** @description Add a member to a channel (or join it): the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatMemberResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.members.remove": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
                /** @description The member to remove (`usr_…`); yourself to leave. */
                user_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Remove a member from a channel (or leave it): the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatMemberResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.dm.open": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatDmOpen"];
            };
        };
        responses: {
            /** @description Open the direct channel with a member: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatChannel"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.channels.mark_read": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMarkRead"];
            };
        };
        responses: {
            /** @description Move your read mark in a channel: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatMarkReadResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.messages.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description List the messages older than this message of the channel (`msg_…`). */
                before?: components["schemas"]["Id"];
                /** @description Messages per page, 1 to 100 (default 50). */
                limit?: number;
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a channel's messages: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatMessage"][];
                        pagination: components["schemas"]["ChatMessagePagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.messages.send": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMessageCreate"];
            };
        };
        responses: {
            /** @description Send a message: the answer. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatMessage"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.messages.delete": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
                /** @description Message id (`msg_…`), a message of that channel. */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a message: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeleteResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.reactions.add": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Message id (`msg_…`). */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatReactionInput"];
            };
        };
        responses: {
            /** @description React to a message: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatReactionResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.reactions.remove": {
        parameters: {
            query: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description The reaction to take back. */
                emoji: components["schemas"]["Emoji"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Message id (`msg_…`). */
                message_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Take back a reaction: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatReactionResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "chat.typing": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /** @description Channel id (`ch_…`), a channel you are a member of. */
                channel_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Say you are typing: the answer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChatTypingResult"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "audit.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Only changes made by this user (`usr_…`). */
                user_id?: components["schemas"]["Id"];
                /** @description Only this operation (`tasks.update`). */
                action?: string;
                /** @description Only changes of this entity type (`task`, `project`, …). */
                entity_type?: string;
                /** @description Only changes of this entity (`tsk_…`). */
                entity_id?: components["schemas"]["Id"];
                /** @description Only entries at or after this instant (RFC 3339), or from the start of this day (`YYYY-MM-DD`, organization's time zone). */
                from?: components["schemas"]["AuditBound"];
                /** @description Only entries at or before this instant (RFC 3339), or up to the end of this day (`YYYY-MM-DD`, organization's time zone). */
                to?: components["schemas"]["AuditBound"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries, newest first, and the time zone days are read in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        pagination: components["schemas"]["Pagination"];
                        /**
                         * @description The organization's time zone (IANA name), in which `from`/`to` days are read.
                         * @example Europe/Berlin
                         */
                        timezone: string;
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "presence.list": {
        parameters: {
            query?: {
                /**
                 * @description Organization to act in (`org_…`). Wins over `X-Org-Id`; without either, the caller's default
                 *     organization. A personal access token acts only in its own organization.
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page, 1 to 100. */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: {
                /** @description Organization to act in (`org_…`) when `org_id` is not given. */
                "X-Org-Id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the members and their presence. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MemberPresence"][];
                        pagination: components["schemas"]["Pagination"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    "presence.set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresenceSet"];
            };
        };
        responses: {
            /** @description Your presence now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Presence"];
                    };
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            431: components["responses"]["RequestTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
