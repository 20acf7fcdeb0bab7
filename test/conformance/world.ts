/**
 * The people and data every conformance file works with, on one server per file:
 *   - a team organization `orgId` owned by `owner`;
 *   - one admin per transport (`actors.rest`, `actors.ws`, …), so the transports can run the same
 *     write side by side and each one's events are told apart by who acted;
 *   - a `viewer` of the team (no permissions);
 *   - a `stranger` with an organization of their own, and some data in it (`foreign`).
 * Team members join the way users do: `members.invite`, then registration with the invited address.
 * A person's WS connection and MCP client open on first use and close with the world.
 */
import { randomBytes } from 'node:crypto';
import type { Client } from '@modelcontextprotocol/client';
import { mailsTo } from '../members/support.js';
import { connectMcp } from '../support/mcp.js';
import { api, registerUser, type ApiClient, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';
import type { Caller, Transport } from './transports.js';

export type Role = 'admin' | 'manager' | 'member' | 'viewer';

export interface Person extends Caller {
  name: string;
  email: string;
  user: RegisteredUser;
  /** Their personal organization (they own it). */
  personalOrgId: string;
  /** REST with their token. */
  rest: ApiClient;
}

export interface ForeignData {
  projectId: string;
  taskId: string;
  entryId: string;
  patId: string;
  clientId: string;
}

export interface World {
  server: TestServer;
  orgId: string;
  owner: Person;
  actors: Record<Transport, Person>;
  viewer: Person;
  stranger: Person;
  /** The stranger's organization and entities in it. */
  strangerOrgId: string;
  foreign: ForeignData;
  /** A client of the team organization (made with clients.create). */
  clientId: string;
  /** Runs `fn` when the world closes (before the server stops). */
  defer(fn: () => Promise<unknown>): void;
  /** A registered user (with `email`, default a unique one), invited into the team with `role` first when given. */
  newPerson(name: string, role?: Role, email?: string): Promise<Person>;
  close(): Promise<void>;
}

/** A short unique lowercase tag (survives slugs and emails). */
export const newTag = (): string => `cf${randomBytes(4).toString('hex')}`;

/** Fails with the REST answer when a fixture call did not succeed. */
export function expectStatus<T extends { status: number; body: any }>(res: T, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

function makePerson(server: TestServer, user: RegisteredUser, name: string, closers: (() => Promise<unknown>)[]): Person {
  let ws: Promise<WsClient> | undefined;
  let mcp: Promise<Client> | undefined;
  return {
    id: user.user.id,
    token: user.access_token,
    name,
    email: user.email,
    user,
    personalOrgId: user.orgId,
    rest: api(server, user.access_token),
    ws() {
      if (!ws) {
        ws = connectWs(server, user.access_token);
        closers.push(async () => (await ws!).close());
      }
      return ws;
    },
    mcp() {
      if (!mcp) {
        mcp = connectMcp(server, user.access_token);
        closers.push(async () => (await mcp!).close());
      }
      return mcp;
    },
  };
}

export async function startWorld(): Promise<World> {
  const server = await startTestServer({ rateLimitPerMinute: 100_000, wsMessagesPerMinute: 100_000 });
  const closers: (() => Promise<unknown>)[] = [];
  const person = async (name: string, email?: string): Promise<Person> =>
    makePerson(server, await registerUser(server, { name, ...(email ? { email } : {}) }), name, closers);

  const owner = await person('Olivia Owner');
  const orgId = owner.personalOrgId;

  const newPerson = async (
    name: string,
    role?: Role,
    email = `${name.toLowerCase().replace(/\W+/g, '-')}-${newTag()}@example.test`,
  ): Promise<Person> => {
    if (role) expectStatus(await owner.rest.post(`/members/invite?org_id=${orgId}`, { email, role }), 201, `invite ${email}`);
    return person(name, email);
  };

  const [rest, ws, mcp, graphql, viewer, stranger] = await Promise.all([
    newPerson('Rita Rest', 'admin'),
    newPerson('Walt Ws', 'admin'),
    newPerson('Mona Mcp', 'admin'),
    newPerson('Greg Graphql', 'admin'),
    newPerson('Vic Viewer', 'viewer'),
    newPerson('Sam Stranger'),
  ]);

  const strangerOrgId = stranger.personalOrgId;
  const s = stranger.rest;
  const projectId = expectStatus(await s.post('/projects', { name: 'Not yours' }), 201, 'stranger project').body.data.id;
  const [task, entry, pat, clientId, teamClientId] = await Promise.all([
    s.post('/tasks', { title: 'Not yours', project_id: projectId }),
    s.post('/time-entries', { project_id: projectId, started_at: '2025-01-06T09:00:00Z', stopped_at: '2025-01-06T10:00:00Z' }),
    s.post('/personal-access-tokens', { name: 'stranger token' }),
    created(stranger, '/clients', { name: 'Stranger client' }).then((c) => c.id as string),
    created(owner, `/clients?org_id=${orgId}`, { name: 'Acme', email: 'billing@acme.example', tax_rate_bp: 1900 }).then((c) => c.id as string),
  ]);
  const foreign: ForeignData = {
    projectId,
    taskId: expectStatus(task, 201, 'stranger task').body.data.id,
    entryId: expectStatus(entry, 201, 'stranger entry').body.data.id,
    patId: expectStatus(pat, 201, 'stranger PAT').body.data.id,
    clientId,
  };

  return {
    server,
    orgId,
    owner,
    actors: { rest, ws, mcp, graphql },
    viewer,
    stranger,
    strangerOrgId,
    foreign,
    clientId: teamClientId,
    newPerson,
    defer: (fn) => closers.push(fn),
    async close() {
      await Promise.allSettled(closers.map((c) => c()));
      await server.close();
    },
  };
}

// ------------------------------------------------------------------------------------------------ fixtures

/** Creates something over REST as `p` and returns the answer's `data`. */
export async function created(p: Person, path: string, body: Record<string, unknown>): Promise<any> {
  return expectStatus(await p.rest.post(path, body), 201, `POST ${path}`).body.data;
}

/** The token of the latest mail of `kind` to `email` (`ivt_…` invitations, `prt_…` password resets). */
export async function mailedToken(server: TestServer, email: string, kind: 'invitation' | 'password_reset'): Promise<string> {
  const prefix = kind === 'invitation' ? 'ivt' : 'prt';
  const last = (await mailsTo(server, email, kind)).at(-1);
  const token = last && new RegExp(`\\b${prefix}_[A-Za-z0-9_-]+`).exec(last.body_text)?.[0];
  if (!token) throw new Error(`no ${kind} mail for ${email}`);
  return token;
}

// ------------------------------------------------------------------------------------------------ events

/** A project of the person's own organization whose updates mark points in their event stream. */
const sentinels = new WeakMap<Person, Promise<string>>();

function sentinelOf(p: Person): Promise<string> {
  let id = sentinels.get(p);
  if (!id) {
    id = created(p, `/projects?org_id=${p.personalOrgId}`, { name: 'Event sentinel' }).then((proj) => proj.id as string);
    sentinels.set(p, id);
  }
  return id;
}

export interface EventMark {
  /** Index of the mark's event in `ws.messages`. */
  index: number;
  /** The sentinel project and the description the mark gave it. */
  sentinel: string;
  nonce: string;
}

/**
 * Marks "now" in `p`'s WS event stream: updates p's sentinel project and waits for that update's
 * event. Events are published in commit order once each call returns, so everything `p` caused
 * before the mark is before it in the stream.
 */
export async function markEvents(p: Person): Promise<EventMark> {
  const [ws, sentinel] = await Promise.all([p.ws(), sentinelOf(p)]);
  const nonce = newTag();
  expectStatus(await p.rest.patch(`/projects/${sentinel}?org_id=${p.personalOrgId}`, { description: nonce }), 200, 'sentinel update');
  const mark = await ws.nextEvent((e) => isMark(e.data, sentinel, nonce));
  return { index: ws.messages.indexOf(mark), sentinel, nonce };
}

/** Whether EntityChanged data is the event of a mark. */
export const isMark = (data: any, sentinel: string, nonce: string): boolean => data?.entity_id === sentinel && data?.entity?.description === nonce;

/**
 * The events `p`'s connection received between two marks that `p` caused: EntityChanged events
 * whose actor (`data.user_id`) is p, ChatMessages p sent, and TimerUpdates (only ever sent to p's own connections).
 */
export async function eventsBetween(p: Person, from: EventMark, to: EventMark): Promise<WsEvent[]> {
  const ws = await p.ws();
  return ws.messages
    .slice(from.index + 1, to.index)
    .filter((m): m is WsEvent => m !== null && typeof m === 'object' && typeof m.event === 'string')
    .filter((e) => e.event === 'TimerUpdate' || e.data?.user_id === p.id || (e.event === 'ChatMessage' && e.data?.message?.user_id === p.id));
}
