/**
 * The relay's operations, one handler per operation of specs/openapi/relay.yaml. A handler returns
 * its result as data and fails with a `RelayError`; the transport makes the answer (status, body,
 * headers). The two that are pure transport (the verification page's HTML and `/health`) are added
 * by the transport; the `satisfies` there makes a spec'd operation without a handler fail the typecheck.
 *
 * The generated `RelayHandlers<Ctx, Reply>` gives every operation the same reply type, so the domain
 * passes `unknown` and exports its own per-operation result types (`RelayResults`) for the transport.
 */
import type { RelayHandlers } from '../../../generated/relay/routes.js';
import { accountTeams, deleteAccount, exportAccount, getAccount, reassociate, revokeMachine } from './account.js';
import type { RelayContext } from './context.js';
import { confirmDevice, pollDevice, startDevice } from './device.js';
import { testSetup } from './test-hooks.js';
import {
  allTeams,
  claimTeam,
  cloneTeam,
  eraseToken,
  getTeamOp,
  headTeam,
  inviteToTeam,
  joinTeam,
  previewTeam,
  setVisibility,
  upsertTeam,
} from './teams.js';

export type RelayDomainHandlers = Omit<RelayHandlers<RelayContext, unknown>, 'device.verifyPage' | 'health'>;

export const relayHandlers = {
  'teams.upsert': upsertTeam,
  'teams.get': getTeamOp,
  'teams.head': headTeam,
  'teams.all': allTeams,
  'teams.join': joinTeam,
  'teams.preview': previewTeam,
  'teams.invite': inviteToTeam,
  'teams.visibility': setVisibility,
  'teams.claim': claimTeam,
  'tokens.erase': eraseToken,
  'teams.clone': cloneTeam,
  'device.start': (ctx, input) => startDevice(ctx, input),
  'device.poll': pollDevice,
  'device.confirm': confirmDevice,
  'account.get': getAccount,
  'account.teams': accountTeams,
  'account.export': exportAccount,
  'account.revokeMachine': revokeMachine,
  'account.delete': deleteAccount,
  'account.reassociate': reassociate,
  'test.setup': testSetup,
} satisfies RelayDomainHandlers;

/** What each domain operation resolves to. */
export type RelayResults = { [K in keyof typeof relayHandlers]: Awaited<ReturnType<(typeof relayHandlers)[K]>> };

export type { RelayContext } from './context.js';
export { RELAY_ERROR_CODES, RelayError, relayError, type RelayErrorCode, type RelayErrorDetails } from './errors.js';
