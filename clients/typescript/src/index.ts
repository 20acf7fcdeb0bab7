/**
 * @trcr/client: one typed client for the TRCR API over REST, WebSocket and GraphQL, generated from the same
 * specs as the server (`npm run generate`).
 *
 * ```ts
 * import { createTrcrClient } from '@trcr/client';
 * const trcr = createTrcrClient({ baseUrl: 'http://localhost:8080' });
 * await trcr.auth.login({ email, password });
 * const { data: task } = await trcr.rest.post('/tasks', { body: { title: 'Ship it', project_id } });
 * for await (const t of trcr.rest.paginate('/tasks', { params: { query: { per_page: 100 } } })) console.log(t.title);
 * trcr.ws.on('EntityChanged', (e) => console.log(e.entity_type, e.action));
 * const { data } = await trcr.ws.send('tasks.update_status', { id: task.id, status: 'done' });
 * ```
 */
import type { OperationInput, OperationOutput } from '../../../generated/operations.js';
import { createGraphqlClient, type GraphqlClient, type GraphqlOptions } from './graphql.js';
import { createRestClient, type RestClient } from './rest.js';
import { Session, type Auth, type SessionOptions, type SessionTokens } from './session.js';
import { TrcrSocket, type WsOptions } from './ws.js';

export { ERROR_CODES, isTrcrError, TrcrConnectionError, TrcrError } from './errors.js';
export type { ConnectionErrorCode, ErrorCode, Transport } from './errors.js';
export type { ItemOf, PaginatedPath, RestClient, SuccessBody, paths } from './rest.js';
export type { WsEventName, WsEvents, WsOptions, WsState, WsStateInfo, SendOptions } from './ws.js';
export type { Document, GraphqlClient, GraphqlOptions } from './graphql.js';
export type { Auth, RateLimitRetry, SessionTokens } from './session.js';
export type { OperationInput, OperationOutput, OperationName } from '../../../generated/operations.js';
export type { WsAction } from '../../../generated/ws-actions.js';
export type * as Models from '../../../generated/models.js';
export { TrcrSocket };

export interface TrcrClientOptions extends SessionOptions {
  ws?: WsOptions;
  graphql?: GraphqlOptions;
}

export interface TrcrClient {
  rest: RestClient;
  /** The /ws connection, opened on first use. */
  ws: TrcrSocket;
  graphql: GraphqlClient;
  auth: {
    /** Signs in and keeps the session (its tokens also go to `onTokens`). */
    login(input: OperationInput<'auth.login'>): Promise<OperationOutput<'auth.login'>>;
    /** Creates an account (and its organization) and keeps the session. */
    register(input: OperationInput<'auth.register'>): Promise<OperationOutput<'auth.register'>>;
    /** Ends the session on the server and forgets it. */
    logout(): Promise<void>;
    /** Uses other credentials from now on (`undefined`: anonymous). */
    use(auth: Auth | undefined): void;
    /** The current session tokens (after refreshes), if signed in with a session. */
    readonly tokens: { accessToken: string; refreshToken: string | undefined } | undefined;
  };
  /** Acts in another organization from now on (`X-Org-Id`, `org_id` on /ws). */
  setOrg(orgId: string | undefined): void;
  /** Closes the WebSocket and graphql-ws connections. */
  close(): Promise<void>;
}

export function createTrcrClient(options: TrcrClientOptions): TrcrClient {
  const session = new Session(options);
  const rest = createRestClient(session);
  let socket: TrcrSocket | null = null;
  const graphql = createGraphqlClient(session, options.graphql);
  const keep = <T extends SessionTokens>(tokens: T): T => {
    session.setTokens(tokens);
    return tokens;
  };
  return {
    rest,
    get ws() {
      return (socket ??= new TrcrSocket(session, rest, options.ws));
    },
    graphql,
    auth: {
      login: async (input) => keep(await rest.post('/auth/login', { body: input })),
      register: async (input) => keep(await rest.post('/auth/register', { body: input })),
      async logout() {
        const refresh_token = session.tokens?.refreshToken;
        if (refresh_token) await rest.post('/auth/logout', { body: { refresh_token } });
        session.setAuth(undefined);
      },
      use: (auth) => session.setAuth(auth),
      get tokens() {
        return session.tokens;
      },
    },
    setOrg(orgId) {
      session.orgId = orgId;
    },
    async close() {
      socket?.close();
      socket = null;
      await graphql.close();
    },
  };
}
