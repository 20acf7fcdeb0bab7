import type { Services } from '../platform/services.js';

/** Who is calling. Built by a transport from a JWT, a PAT or an authenticated WS connection. */
export interface Actor {
  userId: string;
  /** How the caller authenticated. */
  via: 'jwt' | 'pat' | 'ws';
  /** JWT session id (refresh-token family), when via = jwt. */
  sessionId?: string | undefined;
  /** A PAT is bound to one organization: every call acts there. */
  patOrgId?: string | undefined;
}

/** What every operation receives besides its input. */
export interface OpContext {
  actor: Actor | null;
  /** Organization asked for by the transport (X-Org-Id header); `org_id` in the input wins. */
  orgHint?: string | undefined;
  svc: Services;
  requestId: string;
  ip?: string | undefined;
  transport: 'rest' | 'ws' | 'graphql' | 'mcp';
}
