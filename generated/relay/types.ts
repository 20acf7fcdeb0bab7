// Generated from specs/openapi/relay.yaml (openapi-typescript) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
export interface paths {
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a team
         * @description Without `team_id`, a token with no team creates one (201; when the token is not linked to an account the
         *     answer carries `owner_claim_secret` once), a token with one team updates it (200), a token with several
         *     answers 409. A `team_id` the token is not associated with answers 404 (the original relay silently created a
         *     new team). A `base_hash` other than the current `hash` answers 409 `conflict` with `server_hash` — unless
         *     only the knowledge diverged, which is merged. Knowledge is append-only: new lines are added, the result
         *     pruned to 100,000 bytes (oldest `## ` sections first); a change is broadcast as `knowledge:updated` once to
         *     every socket joined to the team's knowledge channel.
         */
        post: operations["teams.upsert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full team data */
        get: operations["teams.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{token}/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's four hashes */
        get: operations["teams.head"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/all/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team of a token */
        get: operations["teams.all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a team by invite code
         * @description Invites are multi-use until they expire; joining twice is harmless.
         */
        post: operations["teams.join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a team by invite code
         * @description The team without `knowledge` and without member souls; nothing is joined.
         */
        post: operations["teams.preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an invite code */
        post: operations["teams.invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a team public or private (owner only)
         * @description Public teams get a clone token (`trc_cl_…`, created once and reused); a private team keeps its token but
         *     the clone route stops answering. Only a token linked to the owning account may do this.
         */
        post: operations["teams.visibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim ownership with the secret from `teamrc init`
         * @description The token must be linked to an account (device login); `team_id` is ignored.
         */
        post: operations["teams.claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/token/{token}/erase": {
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
         * Disconnect a token from its teams
         * @description With `team_id`, removes that one association; without, removes all of them and unlinks the token from its
         *     account. Team data is never deleted. The token's sockets are closed.
         */
        delete: operations["tokens.erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/clone/{clone_token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch a public team (no signature) */
        get: operations["teams.clone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/device": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a device login
         * @description At most 3 pending requests per token (429) and 10,000 in all (503).
         */
        post: operations["device.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/device/{device_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll a device login
         * @description `confirmed` is answered once; the request is then gone (404).
         */
        get: operations["device.poll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The verification web page
         * @description Sign in with a TRCR account, check the code shown by `teamrc login`, confirm.
         */
        get: operations["device.verifyPage"];
        put?: never;
        /**
         * Confirm a device code (the page's action)
         * @description Links the machine token of the request to the signed-in TRCR user. Five failed confirmations of a code invalidate it.
         */
        post: operations["device.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Account and machines */
        get: operations["account.get"];
        put?: never;
        post?: never;
        /**
         * Delete the relay account
         * @description Removes the account's machines and their team associations, and disconnects their sockets. The TRCR login stays.
         */
        delete: operations["account.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams with machine associations */
        get: operations["account.teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export all data as a JSON download */
        get: operations["account.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/machines/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a machine token */
        delete: operations["account.revokeMachine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/reassociate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move team associations to a new machine token
         * @description Needs the TRCR session and the signature of `token`.
         */
        post: operations["account.reassociate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test support (only with RELAY_TEST_HOOKS=1)
         * @description Stands in for the web dashboard in end-to-end tests. Mounted only when the server runs with
         *     `RELAY_TEST_HOOKS=1`; otherwise 404. Actions: `clear_rate_limits`, `create_user`, `link_token`,
         *     `revoke_token`, `reassociate`, `export_user`, `delete_user`, `get_team`, `update_team`, `create_team_web`,
         *     `confirm_device_auth`.
         */
        post: operations["test.setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["health"];
        put?: never;
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
        Error: {
            /** @description The message (relay format, distinct from TRCR's envelope). */
            error: string;
        };
        UnauthorizedError: {
            /** @constant */
            error: "unauthorized";
            /** @enum {string} */
            reason: "missing or invalid token" | "missing or invalid signature header" | "missing timestamp header" | "timestamp out of range" | "invalid token format" | "signature verification failed" | "token does not match signing key" | "unable to construct sign message";
        };
        ConflictError: {
            /** @constant */
            error: "conflict";
            server_hash: components["schemas"]["Hash"];
        };
        /** @description SHA-256, lowercase hex. */
        Hash: string;
        /** @description Machine token = `trc_ak_` + base64url (no padding) of the 32-byte Ed25519 public key. */
        Token: string;
        /**
         * @description An AI coding tool the team's agents run in. The union of what both CLI generations send: the seed's six (`claude-code`, `cursor`, `codex`, `gemini`, `openclaw`, `claude-desktop`) and the four newer releases add (`copilot`, `amazon-q`, `windsurf`, `cline`). Any other name answers 400 `unknown platform: '<p>'`.
         * @enum {string}
         */
        Platform: "claude-code" | "cursor" | "codex" | "gemini" | "openclaw" | "claude-desktop" | "copilot" | "amazon-q" | "windsurf" | "cline";
        Member: {
            /** @description ≤ 64 bytes, unique in the team. */
            name: string;
            /** @description 1–256 bytes. */
            role: string;
            /** @description ≤ 1,000 bytes; omitted when empty. */
            description?: string;
            /** @description ≤ 10,000 bytes; omitted when empty (and in previews). */
            soul?: string;
            /** @description Skill ids; omitted when empty. */
            skills?: string[];
        };
        Skill: {
            id: string;
            title?: string;
            description?: string;
            alwaysApply?: boolean;
            globs?: string[];
            userInvocable?: boolean;
            /** @description ≤ 10,000 bytes; removed in clones. */
            body?: string;
        };
        /**
         * @description The team as the CLI sends it. Checked in this order, the first failure answering 400 with its message:
         *     name (trimmed, non-empty, ≤ 64 bytes, `^[a-zA-Z0-9][a-zA-Z0-9 _-]*$`), members (≤ 20; name ≤ 64 bytes,
         *     role ≤ 256, description ≤ 1,000, soul ≤ 10,000; names non-empty and unique), skills (≤ 50, id pattern,
         *     body ≤ 10,000 bytes), knowledge (≤ 100,000 bytes), platforms (the ten listed in `Platform`). Unknown skill
         *     keys and `null` values are dropped. Omitted `members`, `skills`, `platforms` clear them on update; an
         *     omitted `knowledge` keeps it.
         */
        TeamInput: {
            name?: string;
            members?: components["schemas"]["Member"][];
            skills?: components["schemas"]["Skill"][];
            knowledge?: string | null;
            platforms?: components["schemas"]["Platform"][];
        };
        TeamData: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Absent in previews and clones. */
            knowledge: string | null;
            hash: components["schemas"]["Hash"];
            members_hash: components["schemas"]["Hash"];
            skills_hash: components["schemas"]["Hash"];
            knowledge_hash: components["schemas"]["Hash"];
            members: components["schemas"]["Member"][];
            /** @description Omitted when empty (always present in clones). */
            skills?: components["schemas"]["Skill"][];
            /** @description Omitted when empty. */
            platforms?: components["schemas"]["Platform"][];
            /** @description Only in the answer that created an unowned team, once. `trc_ocs_…`; stored hashed. */
            owner_claim_secret?: string;
        };
        TeamHead: {
            hash: components["schemas"]["Hash"];
            members_hash: components["schemas"]["Hash"];
            skills_hash: components["schemas"]["Hash"];
            knowledge_hash: components["schemas"]["Hash"];
        };
        TeamEnvelope: {
            team: components["schemas"]["TeamData"];
        };
        /** @description ISO 8601 UTC, second precision (`2026-03-16T12:00:00Z`). */
        Timestamp: string;
    };
    responses: {
        /** @description Validation failed (the first failing check's message); also a path or query parameter holding a NUL character or an unpaired surrogate (`invalid parameter: <name>`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Signature check failed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Not found (`not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `team_id required: token belongs to multiple teams`. */
        MultiTeam: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `rate limit exceeded`. */
        RateLimited: {
            headers: {
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid TRCR access token (`{"error":"unauthorized"}`). */
        SessionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The machine token (`trc_ak_…`); must be the signer. */
        PathToken: string;
        /** @description Which team, for tokens associated with several (otherwise 409 `team_id required…`). */
        TeamIdQuery: string;
        /** @description base64url (no padding) Ed25519 signature. */
        Signature: string;
        /** @description Unix time in seconds (±30 s). */
        Timestamp: string;
        /** @description The signer's token on GET and DELETE. */
        HeaderToken: string;
        /** @description The CLI's major version; below 1 answers 426, a non-integer 400. */
        Version: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds until the rate-limit window resets. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "teams.upsert": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The CLI's major version; below 1 answers 426, a non-integer 400. */
                "X-Teamrc-Version"?: components["parameters"]["Version"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                    team: components["schemas"]["TeamInput"];
                    /** @description The team to update (multi-team tokens). */
                    team_id?: string;
                    /** @description The `hash` of the last pull; anything that is not 64 lowercase hex is ignored. */
                    base_hash?: unknown;
                };
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEnvelope"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description Stale `base_hash` (`conflict` + `server_hash`), or `team_id required…`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"] | components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.get": {
        parameters: {
            query?: {
                /** @description Which team, for tokens associated with several (otherwise 409 `team_id required…`). */
                team_id?: components["parameters"]["TeamIdQuery"];
            };
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The signer's token on GET and DELETE. */
                "x-trc-token"?: components["parameters"]["HeaderToken"];
            };
            path: {
                /** @description The machine token (`trc_ak_…`); must be the signer. */
                token: components["parameters"]["PathToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team, with knowledge and souls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MultiTeam"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.head": {
        parameters: {
            query?: {
                /** @description Which team, for tokens associated with several (otherwise 409 `team_id required…`). */
                team_id?: components["parameters"]["TeamIdQuery"];
            };
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The signer's token on GET and DELETE. */
                "x-trc-token"?: components["parameters"]["HeaderToken"];
            };
            path: {
                /** @description The machine token (`trc_ak_…`); must be the signer. */
                token: components["parameters"]["PathToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bare hash object (no wrapper). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamHead"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["MultiTeam"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.all": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The signer's token on GET and DELETE. */
                "x-trc-token"?: components["parameters"]["HeaderToken"];
            };
            path: {
                /** @description The machine token (`trc_ak_…`); must be the signer. */
                token: components["parameters"]["PathToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Full data of every non-deleted team associated with the token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teams: components["schemas"]["TeamData"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.join": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invite_code: string;
                    token: components["schemas"]["Token"];
                };
            };
        };
        responses: {
            /** @description Joined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        team: components["schemas"]["TeamData"];
                        token: components["schemas"]["Token"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description `invalid_invite` (unknown or expired). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.preview": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invite_code: string;
                    token: components["schemas"]["Token"];
                };
            };
        };
        responses: {
            /** @description Redacted team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description `invalid_invite`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.invite": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                    /** @description Hours (integer or numeric string), clamped to [1, 168]; anything else means 24. */
                    ttl_hours?: unknown;
                    team_id?: string;
                };
            };
        };
        responses: {
            /** @description The code (multi-use until `expires_at`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invite_code: string;
                        expires_at: components["schemas"]["Timestamp"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description `not a team member`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["MultiTeam"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.visibility": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                    /** @description `public` or `private`. */
                    visibility: unknown;
                    team_id?: string;
                };
            };
        };
        responses: {
            /** @description The new visibility and the clone token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        visibility: "public" | "private";
                        clone_token: string | null;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description `not a team member`, or `only the team owner can change visibility…`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            404: components["responses"]["NotFound"];
            409: components["responses"]["MultiTeam"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.claim": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                    claim_secret: string;
                    team_id?: string;
                };
            };
        };
        responses: {
            /** @description `{"status":"claimed"}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "claimed";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Token not linked to an account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid or already-claimed ownership token`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `team already has an owner`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "tokens.erase": {
        parameters: {
            query?: {
                /** @description Which team, for tokens associated with several (otherwise 409 `team_id required…`). */
                team_id?: components["parameters"]["TeamIdQuery"];
            };
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The signer's token on GET and DELETE. */
                "x-trc-token"?: components["parameters"]["HeaderToken"];
            };
            path: {
                /** @description The machine token (`trc_ak_…`); must be the signer. */
                token: components["parameters"]["PathToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "disconnected";
                        teams_removed: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    "teams.clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clone_token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team without knowledge and without skill bodies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description `invalid_clone_token` (unknown, or the team is private). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "device.start": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                };
            };
        };
        responses: {
            /** @description The codes; show `user_code` and open `verification_url?code=<user_code>`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        device_code: string;
                        user_code: string;
                        /** Format: uri */
                        verification_url: string;
                        /** @constant */
                        expires_in: 900;
                        /** @constant */
                        interval: 5;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            /** @description `service temporarily at capacity`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "device.poll": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
                /** @description The signer's token on GET and DELETE. */
                "x-trc-token"?: components["parameters"]["HeaderToken"];
            };
            path: {
                device_code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending or confirmed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "pending" | "confirmed";
                        email?: string;
                        machine_count?: number;
                        team_count?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    "device.verifyPage": {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    "device.confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_code: string;
                };
            };
        };
        responses: {
            /** @description Linked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "confirmed";
                        email: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
            /** @description The machine is linked to another account. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    "account.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Account info; machine tokens shown as their first 12 characters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
        };
    };
    "account.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"status":"deleted"}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
        };
    };
    "account.teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teams of the account's machines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
        };
    };
    "account.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `content-disposition: attachment; filename="teamrc-export.json"`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
        };
    };
    "account.revokeMachine": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"status":"revoked"}`; its team associations are removed and its sockets closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SessionRequired"];
            404: components["responses"]["NotFound"];
        };
    };
    "account.reassociate": {
        parameters: {
            query?: never;
            header: {
                /** @description base64url (no padding) Ed25519 signature. */
                "x-trc-signature": components["parameters"]["Signature"];
                /** @description Unix time in seconds (±30 s). */
                "x-trc-timestamp": components["parameters"]["Timestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: components["schemas"]["Token"];
                    new_token: string;
                };
            };
        };
        responses: {
            /** @description `{"reassociated": <n>}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reassociated: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    "test.setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description An unknown action answers 400 `unknown action`.
                     * @enum {string}
                     */
                    action: "clear_rate_limits" | "create_user" | "link_token" | "revoke_token" | "reassociate" | "export_user" | "delete_user" | "get_team" | "update_team" | "create_team_web" | "confirm_device_auth";
                };
            };
        };
        responses: {
            /** @description The action's result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `{"status":"ok"}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status?: string;
                    };
                };
            };
        };
    };
}
