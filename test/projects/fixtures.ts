/**
 * Shared setup of the project, task and time-entry tests: a team organization with an owner, a
 * manager, a member and a viewer, plus a stranger with an organization of their own.
 *
 * Membership is written straight into `members` (the invitation flow is tested with the members
 * area); everything else goes through the transports, and assertions are on what users see.
 */
import type { Client } from '@modelcontextprotocol/client';
import { api, registerUser, type ApiClient, type RegisteredUser } from '../support/http.js';
import { startTestServer, type StartOptions, type TestServer } from '../support/server.js';

export type Role = 'owner' | 'admin' | 'manager' | 'member' | 'viewer';

export interface Person {
  user: RegisteredUser;
  id: string;
  token: string;
  /** REST client acting in the team organization (X-Org-Id). */
  rest: ApiClient;
}

export interface Team {
  server: TestServer;
  orgId: string;
  owner: Person;
  manager: Person;
  member: Person;
  viewer: Person;
  /** Not in the team: owns an organization of their own (their `rest` acts there). */
  stranger: Person;
}

/** A server whose rate limits do not get in the way of a test file's many calls. */
export function startServer(opts: StartOptions = {}): Promise<TestServer> {
  return startTestServer({ rateLimitPerMinute: 100_000, wsMessagesPerMinute: 100_000 }, opts);
}

/** An ApiClient that sends `X-Org-Id: orgId` with every request. */
export function orgApi(server: TestServer, token: string, orgId: string): ApiClient {
  const base = api(server, token);
  const h = (headers?: Record<string, string>) => ({ 'x-org-id': orgId, ...headers });
  return {
    get: (path, headers) => base.get(path, h(headers)),
    post: (path, body, headers) => base.post(path, body, h(headers)),
    put: (path, body, headers) => base.put(path, body, h(headers)),
    patch: (path, body, headers) => base.patch(path, body, h(headers)),
    delete: (path, body, headers) => base.delete(path, body, h(headers)),
    request: (method, path, body, headers) => base.request(method, path, body, h(headers)),
  };
}

export async function joinOrg(server: TestServer, orgId: string, userId: string, role: Role): Promise<void> {
  await server.svc.db`insert into members (org_id, user_id, role) values (${orgId}, ${userId}, ${role})`;
}

async function person(server: TestServer, name: string, orgId?: string, role?: Role): Promise<Person> {
  const user = await registerUser(server, { name });
  if (orgId && role) await joinOrg(server, orgId, user.user.id, role);
  return { user, id: user.user.id, token: user.access_token, rest: orgApi(server, user.access_token, orgId ?? user.orgId) };
}

export async function startTeam(opts: StartOptions = {}): Promise<Team> {
  const server = await startServer(opts);
  const owner = await person(server, 'Olivia Owner');
  const orgId = owner.user.orgId;
  const [manager, member, viewer, stranger] = await Promise.all([
    person(server, 'Manny Manager', orgId, 'manager'),
    person(server, 'Mia Member', orgId, 'member'),
    person(server, 'Vic Viewer', orgId, 'viewer'),
    person(server, 'Sam Stranger'),
  ]);
  return { server, orgId, owner, manager, member, viewer, stranger };
}

/** Calls an MCP tool; `body` is the REST body (or `{ error }`) the tool returned as structuredContent. */
export async function mcpCall(client: Client, name: string, args: Record<string, unknown> = {}): Promise<{ isError: boolean; body: any }> {
  const result = await client.callTool({ name, arguments: args });
  return { isError: result.isError === true, body: result.structuredContent };
}
