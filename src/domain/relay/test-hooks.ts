/**
 * `POST /api/test/setup` — test-support actions of the relay, for end-to-end tests of the teamrc CLI
 * and of this server (the web half of the device flow, accounts, web-side team edits) without a
 * browser. The transport mounts it ONLY when `RELAY_TEST_HOOKS=1` (no such route otherwise); never enable it
 * in production: it creates users and links tokens without any authentication.
 *
 * Body `{"action": "<name>", ...}`; JSON in, JSON out (the action's result). Unknown action →
 * `invalid_input` `unknown action`, a missing field → `invalid_input` `missing parameter: <name>`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Services } from '../../platform/services.js';
import { withTx } from '../../platform/tx.js';
import { authOperations } from '../auth/operations.js';
import type { OpContext } from '../context.js';
import {
  deleteAccountData,
  ensureAccount,
  exportUser,
  linkToken,
  REASSOCIATE_INVALID,
  reassociateTokens,
  revokeToken,
  TOKEN_NOT_FOUND,
} from './account.js';
import type { RelayContext } from './context.js';
import { confirmDeviceForUser, TOKEN_LINKED_ELSEWHERE } from './device.js';
import { relayError } from './errors.js';
import { clearRelayRateLimits } from './ratelimit.js';
import { decodeToken } from './signature.js';
import { createTeamWeb, getTeam, webUpdateTeam } from './teams.js';

type Input = Record<string, unknown>;
type Action = (svc: Services, input: Input) => Promise<unknown>;

/** A required string field, or `missing parameter: <name>`. */
function str(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') throw relayError('invalid_input', `missing parameter: ${name}`);
  return value;
}

/** A required field of any JSON type (team objects). */
function present(input: Input, name: string): unknown {
  if (input[name] === undefined || input[name] === null) throw relayError('invalid_input', `missing parameter: ${name}`);
  return input[name];
}

/** A required machine token field: present and a well-formed `trc_ak_…` public key. */
function machineToken(input: Input, name: string): string {
  const token = str(input, name);
  if (!decodeToken(token)) throw relayError('invalid_input', 'invalid token format');
  return token;
}

async function requireUser(svc: Services, userId: string): Promise<void> {
  const [user] = await svc.db`select 1 from users where id = ${userId}`;
  if (!user) throw relayError('not_found', 'user_not_found');
}

/** A TRCR user made through TRCR's own registration (personal organization included) plus its relay account. */
async function createUser(svc: Services): Promise<{ user_id: string; email: string; password: string }> {
  const email = `relay-${randomBytes(8).toString('hex')}@example.test`;
  const password = randomBytes(18).toString('base64url');
  const ctx: OpContext = { actor: null, svc, requestId: randomUUID(), transport: 'rest' };
  const registered = await authOperations['auth.register'](ctx, { email, password, name: 'Relay Test User' });
  if (!registered.user) throw new Error('auth.register returned no user');
  const userId = registered.user.id;
  await ensureAccount(svc.db, userId);
  return { user_id: userId, email, password };
}

const actions: Record<string, Action> = {
  async clear_rate_limits(svc) {
    await clearRelayRateLimits(svc);
    return { status: 'ok' };
  },

  create_user: (svc) => createUser(svc),

  async link_token(svc, input) {
    const userId = str(input, 'user_id');
    const token = machineToken(input, 'token');
    await requireUser(svc, userId);
    const outcome = await withTx(svc, (sql) => linkToken(sql, userId, token));
    if (outcome === 'taken') throw relayError('conflict', TOKEN_LINKED_ELSEWHERE);
    return { status: 'linked' };
  },

  async revoke_token(svc, input) {
    const userId = str(input, 'user_id');
    const token = str(input, 'token');
    const revoked = await withTx(svc, (sql, emit) => revokeToken(sql, emit, userId, token));
    if (!revoked) throw relayError('not_found', TOKEN_NOT_FOUND);
    return { status: 'revoked' };
  },

  async reassociate(svc, input) {
    const userId = str(input, 'user_id');
    const newToken = str(input, 'new_token');
    const n = await withTx(svc, (sql) => reassociateTokens(sql, userId, newToken));
    if (n === null) throw relayError('invalid_input', REASSOCIATE_INVALID);
    return { reassociated: n };
  },

  async export_user(svc, input) {
    const data = await exportUser(svc.db, str(input, 'user_id'));
    if (!data) throw relayError('not_found');
    return { export: data };
  },

  async delete_user(svc, input) {
    const userId = str(input, 'user_id');
    // Idempotent: deleting an account that is already gone answers the same (cleanup in tests).
    await withTx(svc, (sql, emit) => deleteAccountData(sql, emit, userId));
    return { status: 'deleted' };
  },

  async get_team(svc, input) {
    return { team: await getTeam(svc, str(input, 'token'), str(input, 'team_id')) };
  },

  async update_team(svc, input) {
    return { team: await webUpdateTeam(svc, str(input, 'token'), str(input, 'team_id'), present(input, 'team')) };
  },

  async create_team_web(svc, input) {
    return createTeamWeb(svc, str(input, 'owner_user_id'), present(input, 'team'));
  },

  async confirm_device_auth(svc, input) {
    const userCode = str(input, 'user_code');
    const userId = str(input, 'user_id');
    const email = typeof input.email === 'string' && input.email !== '' ? input.email : undefined;
    return confirmDeviceForUser(svc, userCode, userId, email);
  },
};

/** POST /api/test/setup: runs one action and returns its result. */
export async function testSetup(ctx: RelayContext, input: unknown): Promise<unknown> {
  const body: Input = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Input) : {};
  const name = body.action;
  if (name === undefined || name === null) throw relayError('invalid_input', 'missing parameter: action');
  const action = typeof name === 'string' && Object.hasOwn(actions, name) ? actions[name] : undefined;
  if (!action) throw relayError('invalid_input', 'unknown action');
  return action(ctx.svc, body);
}
