/**
 * What an operation receives besides its input. `execute()` builds the context of the operation's
 * scope (`x-scope` in the specs) before the domain runs, so a handler never resolves the caller or
 * the organization itself: an `org` operation gets the caller's standing there, with the operation's
 * `x-permission` already checked.
 */
import type { Services } from '../platform/services.js';
import type { OrgAccess } from './access.js';

/** Who is calling. Built by a transport from a JWT, a PAT or an authenticated WS connection. */
export interface Actor {
  userId: string;
  /** How the caller authenticated. */
  via: 'jwt' | 'pat' | 'ws';
  /** Session id (refresh-token family) of a JWT, or of the JWT a WS ticket was issued with. */
  sessionId?: string | undefined;
  /** The personal access token's id (`pat_…`), when via = pat. */
  patId?: string | undefined;
  /** A PAT is bound to one organization: every call acts there. */
  patOrgId?: string | undefined;
  /**
   * When the credential ends (ms since the epoch): the JWT's `exp` (for a WS connection, the `exp` of the JWT its
   * ticket came from), a PAT's `expires_at`; undefined = no expiry. A socket closes then (`sessionEnded`).
   */
  expiresAtMs?: number | undefined;
}

/** Any call, as the transport hands it over (public operations run with this). */
export interface OpContext {
  actor: Actor | null;
  /** Organization asked for by the transport (X-Org-Id header); `org_id` in the input wins. */
  orgHint?: string | undefined;
  svc: Services;
  requestId: string;
  ip?: string | undefined;
  /** The client's `User-Agent` (HTTP header; for /ws and graphql-ws, the upgrade request's), for the audit log. */
  userAgent?: string | undefined;
  transport: 'rest' | 'ws' | 'graphql' | 'mcp';
}

/** A call by a signed-in user (`x-scope: user`): it acts on the caller. */
export interface UserContext extends OpContext {
  actor: Actor;
}

/** A call inside one organization (`x-scope: org`): the caller's membership there. */
export interface OrgContext extends UserContext {
  access: OrgAccess;
}

/** The context each scope's operations receive (the generated handler types are parameterized by it). */
export interface Contexts {
  none: OpContext;
  user: UserContext;
  org: OrgContext;
}
