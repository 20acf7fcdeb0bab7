/**
 * The relay's dashboard account (relay-api.md §3.14, gaps.md U1/U4/U5/U19): a TRCR user's machines
 * (linked `trc_ak_…` tokens), the teams they sit in, a JSON export, revoking a machine, deleting the
 * relay account and copying team associations onto a new machine token.
 *
 * A relay account is a TRCR user (U1): the session is a TRCR access token, checked by the transport,
 * which hands us `ctx.userId`. The `relay_accounts` row exists once a machine was linked to the user
 * (device login) or the test hooks created it; until then every route fails `not_found` (`account_not_found`).
 *
 * The plain functions below (linkToken, revokeToken, reassociateTokens, exportUser,
 * deleteAccountData) take a `sql` (pool or transaction) so the device flow and the test hooks reuse them.
 */
import type { AnySql } from '../../platform/db.js';
import { withTx, type Emit } from '../../platform/tx.js';
import { sessionUser, signer, type RelayContext } from './context.js';
import { relayError, RelayError } from './errors.js';
import { ANONYMOUS, emailHash, isoSeconds, maskToken } from './format.js';
import { loadTeams, type Team } from './team-data.js';

// ---------------------------------------------------------------------------------------------
// Rows and shapes

interface AccountRow {
  id: string;
  email: string;
}

interface MachineRow {
  id: string;
  token: string;
  machine_name: string | null;
  last_seen_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

/** One token↔team association with what is known about the token's account. */
interface AssociationRow {
  team_id: string;
  token: string;
  scope: string;
  project_name: string | null;
  last_seen_at: string | null;
  /** Owner of the machine token (null when the token was never linked). */
  account_id: string | null;
  revoked_at: string | null;
  machine_name: string | null;
  machine_last_seen_at: string | null;
  email: string | null;
}

/** The teams an account sits in, with everything the dashboard and the export show about them. */
interface AccountTeam {
  team: Team;
  associations: AssociationRow[];
}

export interface AccountExport {
  account: AccountRow;
  machines: { token: string; machine_name: string | null; last_seen_at: string | null; revoked_at: string | null; created_at: string | null }[];
  teams: {
    id: string;
    name: string;
    members: { name: string; role: string; description: string | null; soul: string | null; skills: string[] }[];
    skills: unknown[];
    platforms: string[];
    knowledge: string | null;
    visibility: string;
    participants: string[];
    your_machines: { token: string; machine_name: string | null; scope: string; project_name: string | null }[];
  }[];
}

// ---------------------------------------------------------------------------------------------
// Reads

/** The relay account of a TRCR user (id = the TRCR user id), or undefined when none exists. */
export async function findAccount(sql: AnySql, userId: string): Promise<AccountRow | undefined> {
  const [row] = await sql<AccountRow[]>`
    select u.id, u.email from relay_accounts a join users u on u.id = a.user_id where a.user_id = ${userId}`;
  return row;
}

async function listMachines(sql: AnySql, userId: string): Promise<MachineRow[]> {
  return sql<MachineRow[]>`
    select id, token, machine_name, last_seen_at, revoked_at, created_at
    from relay_machine_tokens where user_id = ${userId}
    order by created_at, token`;
}

/** A linked token: a machine-token row that is not revoked. */
const isLinked = (a: AssociationRow): boolean => a.account_id !== null && a.revoked_at === null;

/**
 * The (non-deleted) teams that any of the account's non-revoked machine tokens is associated with,
 * in the order the account first joined them, with their members and all their associations.
 */
async function loadAccountTeams(sql: AnySql, userId: string): Promise<AccountTeam[]> {
  const mine = await sql<{ team_id: string }[]>`
    select tt.team_id
    from relay_token_teams tt
    join relay_machine_tokens mt on mt.token = tt.token
    where mt.user_id = ${userId} and mt.revoked_at is null
    group by tt.team_id
    order by min(tt.created_at), tt.team_id`;
  const loaded = await loadTeams(
    sql,
    mine.map((r) => r.team_id),
  );
  if (loaded.length === 0) return [];
  const byId = new Map(loaded.map((t) => [t.id, t]));
  const teams = mine.flatMap((r) => byId.get(r.team_id) ?? []);
  const ids = teams.map((t) => t.id);
  const associations = await sql<AssociationRow[]>`
    select tt.team_id, tt.token, tt.scope, tt.project_name, tt.last_seen_at,
           mt.user_id as account_id, mt.revoked_at, mt.machine_name, mt.last_seen_at as machine_last_seen_at,
           u.email
    from relay_token_teams tt
    left join relay_machine_tokens mt on mt.token = tt.token
    left join users u on u.id = mt.user_id
    where tt.team_id in ${sql(ids)}
    order by tt.created_at, tt.token`;
  return teams.map((team) => ({ team, associations: associations.filter((a) => a.team_id === team.id) }));
}

/**
 * Who is in a team, as hashes (U5): one SHA-256 of the email per linked account (an account with
 * several machines in the team counts once) and one "anonymous" per token without an account.
 */
function participantsOf(associations: AssociationRow[]): string[] {
  const out: string[] = [];
  const seenAccounts = new Set<string>();
  for (const a of associations) {
    if (isLinked(a) && a.email !== null) {
      if (seenAccounts.has(a.account_id!)) continue;
      seenAccounts.add(a.account_id!);
      out.push(emailHash(a.email));
    } else {
      out.push(ANONYMOUS);
    }
  }
  return out;
}

/** The account's own (non-revoked) machines among a team's associations. */
const ownMachines = (associations: AssociationRow[], userId: string): AssociationRow[] =>
  associations.filter((a) => isLinked(a) && a.account_id === userId);

/** The full JSON export of a relay account (U4 + `account`), or null when the user has no relay account. */
export async function exportUser(sql: AnySql, userId: string): Promise<AccountExport | null> {
  const account = await findAccount(sql, userId);
  if (!account) return null;
  const [machines, teams] = await Promise.all([listMachines(sql, userId), loadAccountTeams(sql, userId)]);
  return {
    account,
    machines: machines.map((m) => ({
      token: m.token,
      machine_name: m.machine_name,
      last_seen_at: isoSeconds(m.last_seen_at),
      revoked_at: isoSeconds(m.revoked_at),
      created_at: isoSeconds(m.created_at),
    })),
    teams: teams.map(({ team, associations }) => ({
      id: team.id,
      name: team.name,
      members: team.members.map((m) => ({
        name: m.name,
        role: m.role,
        description: m.description ?? null,
        soul: m.soul ?? null,
        skills: m.skills ?? [],
      })),
      skills: team.skills,
      platforms: team.platforms,
      knowledge: team.knowledge,
      visibility: team.visibility,
      participants: participantsOf(associations),
      your_machines: ownMachines(associations, userId).map((a) => ({
        token: a.token,
        machine_name: a.machine_name,
        scope: a.scope,
        project_name: a.project_name,
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Writes (plain functions: the caller owns the transaction)

/** Creates the relay account of a TRCR user if it does not exist yet. */
export async function ensureAccount(sql: AnySql, userId: string): Promise<void> {
  await sql`insert into relay_accounts (user_id) values (${userId}) on conflict (user_id) do nothing`;
}

/**
 * Links a machine token to a user, as a device confirmation does (auth.md §5): creates the relay
 * account if needed; no machine row → insert one (machine_name null, last_seen_at now); a row of the
 * same user → refresh last_seen_at and clear revoked_at; a row of another user → 'taken', nothing changes.
 */
export async function linkToken(sql: AnySql, userId: string, token: string): Promise<'linked' | 'taken'> {
  await ensureAccount(sql, userId);
  const rows = await sql`
    insert into relay_machine_tokens (user_id, token, machine_name, last_seen_at)
    values (${userId}, ${token}, null, now())
    on conflict (token) do update set last_seen_at = now(), revoked_at = null
      where relay_machine_tokens.user_id = excluded.user_id
    returning id`;
  return rows.length > 0 ? 'linked' : 'taken';
}

/** Asks every connected socket of `token` to close (U19); delivered after commit by withTx. */
function emitRevoked(emit: Emit, token: string): void {
  emit({ type: 'RelayTokenRevoked', org_id: null, user_id: null, data: { token } });
}

/**
 * Revokes one machine token of a user: sets revoked_at (kept when already set), removes all its team
 * associations and closes its sockets. False when the token is not a machine token of this user.
 */
export async function revokeToken(sql: AnySql, emit: Emit, userId: string, token: string): Promise<boolean> {
  const rows = await sql`
    update relay_machine_tokens set revoked_at = coalesce(revoked_at, now())
    where token = ${token} and user_id = ${userId}
    returning id`;
  if (rows.length === 0) return false;
  await sql`delete from relay_token_teams where token = ${token}`;
  emitRevoked(emit, token);
  return true;
}

/**
 * Copies every team association of the user's OTHER non-revoked machine tokens onto `newToken`
 * (existing associations are kept). Returns the number of associations added, or null when
 * `newToken` is not a non-revoked machine token of this user.
 */
export async function reassociateTokens(sql: AnySql, userId: string, newToken: string): Promise<number | null> {
  const [target] = await sql`
    select 1 from relay_machine_tokens where token = ${newToken} and user_id = ${userId} and revoked_at is null`;
  if (!target) return null;
  const inserted = await sql`
    insert into relay_token_teams (token, team_id)
    select distinct ${newToken}, tt.team_id
    from relay_token_teams tt
    join relay_machine_tokens mt on mt.token = tt.token
    join relay_teams t on t.id = tt.team_id and t.deleted_at is null
    where mt.user_id = ${userId} and mt.revoked_at is null and mt.token <> ${newToken}
    on conflict (token, team_id) do nothing
    returning team_id`;
  return inserted.length;
}

/**
 * Deletes a user's relay account: its machine tokens (cascade), their team associations, the device
 * requests of those tokens (and the ones this user confirmed), and the ownership of its teams (set
 * null by the foreign key). Closes the sockets of every one of its tokens. False when there was no
 * relay account.
 *
 * The TRCR user and all its TRCR data stay: the login belongs to TRCR (U1), and the relay account
 * comes back as soon as a machine is linked again.
 */
export async function deleteAccountData(sql: AnySql, emit: Emit, userId: string): Promise<boolean> {
  const [account] = await sql`select user_id from relay_accounts where user_id = ${userId} for update`;
  if (!account) return false;
  const tokens = (await sql<{ token: string }[]>`select token from relay_machine_tokens where user_id = ${userId}`).map((r) => r.token);
  if (tokens.length > 0) {
    await sql`delete from relay_token_teams where token in ${sql(tokens)}`;
    await sql`delete from relay_device_requests where token in ${sql(tokens)}`;
  }
  await sql`delete from relay_device_requests where user_id = ${userId}`;
  await sql`delete from relay_accounts where user_id = ${userId}`;
  for (const token of tokens) emitRevoked(emit, token);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Route handlers

export const ACCOUNT_NOT_FOUND = 'account_not_found';
export const TOKEN_NOT_FOUND = 'token_not_found';
export const REASSOCIATE_INVALID = 'new_token must be a non-revoked token linked to your account';

/** `GET /api/account`'s answer. */
export interface AccountView {
  account: { id: string; email: string };
  machines: { id: string; machine_name: string | null; token: string; last_seen_at: string | null; revoked_at: string | null }[];
}

/** One team of `GET /api/account/teams`. */
export interface AccountTeamView {
  id: string;
  name: string;
  agent_count: number;
  skill_count: number;
  platforms: string[];
  participants: string[];
  machines: { token: string; name: string | null; scope: string; project_name: string | null; last_seen_at: string | null }[];
}

async function requireAccount(ctx: RelayContext): Promise<AccountRow> {
  const account = await findAccount(ctx.svc.db, sessionUser(ctx));
  if (!account) throw relayError('not_found', ACCOUNT_NOT_FOUND);
  return account;
}

/** GET /api/account → the account and its machines (tokens masked). */
export async function getAccount(ctx: RelayContext, _input?: unknown): Promise<AccountView> {
  const account = await requireAccount(ctx);
  const machines = await listMachines(ctx.svc.db, account.id);
  return {
    account: { id: account.id, email: account.email },
    machines: machines.map((m) => ({
      id: m.id,
      machine_name: m.machine_name,
      token: maskToken(m.token),
      last_seen_at: isoSeconds(m.last_seen_at),
      revoked_at: isoSeconds(m.revoked_at),
    })),
  };
}

/** GET /api/account/teams → the account's teams with counts, participants (hashed) and its own machines there. */
export async function accountTeams(ctx: RelayContext, _input?: unknown): Promise<{ teams: AccountTeamView[] }> {
  const account = await requireAccount(ctx);
  const teams = await loadAccountTeams(ctx.svc.db, account.id);
  return {
    teams: teams.map(({ team, associations }) => ({
      id: team.id,
      name: team.name,
      agent_count: team.members.length,
      skill_count: team.skills.length,
      platforms: team.platforms,
      participants: participantsOf(associations),
      machines: ownMachines(associations, account.id).map((a) => ({
        token: maskToken(a.token),
        name: a.machine_name,
        scope: a.scope,
        project_name: a.project_name,
        last_seen_at: isoSeconds(a.last_seen_at ?? a.machine_last_seen_at),
      })),
    })),
  };
}

/** GET /api/account/export → everything the relay keeps about the account (the transport makes it a download). */
export async function exportAccount(ctx: RelayContext, _input?: unknown): Promise<AccountExport> {
  const data = await exportUser(ctx.svc.db, sessionUser(ctx));
  if (!data) throw relayError('not_found', ACCOUNT_NOT_FOUND);
  return data;
}

/** DELETE /api/account/machines/:token → revoke one of the account's machines. */
export async function revokeMachine(ctx: RelayContext, input: { token?: unknown }): Promise<{ status: 'revoked' }> {
  const account = await requireAccount(ctx);
  const token = typeof input?.token === 'string' ? input.token : '';
  const revoked = token !== '' && (await withTx(ctx.svc, (sql, emit) => revokeToken(sql, emit, account.id, token)));
  if (!revoked) throw relayError('not_found', TOKEN_NOT_FOUND);
  return { status: 'revoked' };
}

/** DELETE /api/account → delete the relay account (not the TRCR user, see deleteAccountData). */
export async function deleteAccount(ctx: RelayContext, _input?: unknown): Promise<{ status: 'deleted' }> {
  const account = await requireAccount(ctx);
  let deleted: boolean;
  try {
    deleted = await withTx(ctx.svc, (sql, emit) => deleteAccountData(sql, emit, account.id));
  } catch (err) {
    if (err instanceof RelayError) throw err;
    ctx.svc.log.error({ err }, 'relay account deletion failed');
    throw relayError('internal_error', 'deletion_failed');
  }
  // Deleted meanwhile by a concurrent request: the account is gone either way.
  if (!deleted) throw relayError('not_found', ACCOUNT_NOT_FOUND);
  return { status: 'deleted' };
}

/** POST /api/account/reassociate (session + signature) → copy the account's team associations onto new_token. */
export async function reassociate(ctx: RelayContext, input: { token?: unknown; new_token?: unknown }): Promise<{ reassociated: number }> {
  sessionUser(ctx);
  signer(ctx);
  const account = await requireAccount(ctx);
  const newToken = input?.new_token;
  if (newToken === undefined || newToken === null) throw relayError('invalid_input', 'missing parameter: new_token');
  if (typeof newToken !== 'string') throw relayError('invalid_input', REASSOCIATE_INVALID);
  const n = await withTx(ctx.svc, (sql) => reassociateTokens(sql, account.id, newToken));
  if (n === null) throw relayError('invalid_input', REASSOCIATE_INVALID);
  return { reassociated: n };
}
