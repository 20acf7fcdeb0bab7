/** The conformance cases of the auth area (REST and GraphQL, public). The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { registerUser } from '../../support/http.js';
import { expectStatus, mailedToken } from '../world.js';
import { PASSWORD, type OpCase } from './shared.js';

export const authCases = {
  'auth.register': {
    sample: () => ({ email: 'someone@example.test', password: PASSWORD, name: 'Someone' }),
    write: {
      actor: () => undefined,
      input: ({ tag }) => ({ email: `reg-${tag}@example.test`, password: PASSWORD, name: `Reg ${tag}` }),
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.login': {
    sample: (w) => ({ email: w.owner.email, password: PASSWORD }),
    write: {
      actor: () => undefined,
      input: async ({ w, tag }) => ({ email: (await registerUser(w.server, { email: `login-${tag}@example.test` })).email, password: PASSWORD }),
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.refresh': {
    sample: () => ({ refresh_token: 'rt_unknown' }),
    write: {
      actor: () => undefined,
      input: async ({ w }) => ({ refresh_token: (await registerUser(w.server)).refresh_token }),
      // Rotated: the answer carries the new one.
      notEchoed: ['refresh_token'],
      silent: true,
    },
  },
  'auth.logout': {
    sample: () => ({ refresh_token: 'rt_unknown' }),
    write: {
      actor: () => undefined,
      input: async ({ w }) => ({ refresh_token: (await registerUser(w.server)).refresh_token }),
      silent: true,
    },
  },
  'auth.forgot_password': {
    sample: (w) => ({ email: w.owner.email }),
    write: {
      actor: () => undefined,
      input: async ({ w }) => ({ email: (await registerUser(w.server)).email }),
      silent: true,
    },
  },
  'auth.reset_password': {
    sample: () => ({ token: 'prt_unknown', password: PASSWORD }),
    write: {
      actor: () => undefined,
      async input({ w }) {
        const { email } = await registerUser(w.server);
        expectStatus(await w.owner.rest.post('/auth/forgot-password', { email }), 200, 'forgot-password');
        return { token: await mailedToken(w.server, email, 'password_reset'), password: 'another horse battery staple' };
      },
      notEchoed: ['password'],
      silent: true,
    },
  },
  'auth.ws_ticket': {
    sample: () => ({}),
    write: { input: () => ({}), silent: true },
  },
} satisfies Partial<Record<OperationName, OpCase>>;
