/**
 * The relay's operations, one handler per operation of specs/openapi/relay.yaml. The two that are
 * pure transport (the verification page's HTML and `/health`) are added by the transport; the
 * `satisfies` there makes a spec'd operation without a handler fail the typecheck.
 */
import type { RelayHandlers } from '../../../generated/relay/routes.js';
import { accountTeams, deleteAccount, exportAccount, getAccount, reassociate, revokeMachine } from './account.js';
import type { RelayContext, RelayReply } from './context.js';
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

export type RelayDomainHandlers = Omit<RelayHandlers<RelayContext, RelayReply>, 'device.verifyPage' | 'health'>;

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

export type { RelayContext, RelayReply } from './context.js';
export { RelayError } from './context.js';
