/**
 * GraphQL helpers for tests.
 *
 *   const { status, body } = await gql(server, token, '{ me { id } }');            // POST /graphql
 *   const sub = await subscribeGql(server, token, 'subscription { timerUpdate { running } }');
 *   const result = await sub.next();   // { data: { timerUpdate: { running: true } } }
 *   await sub.close();
 *
 * `gql` takes `token: undefined` for no Authorization header. `subscribeGql` uses graphql-ws
 * (`connectionParams: { authorization: "Bearer <token>" }`) and resolves once the subscription
 * is being served, so events caused right after it are delivered.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './server.js';

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  /** `{ data?: T, errors?: [{ message, path, extensions: { code, details } }] }` (loosely typed for assertions). */
  body: { data?: T; errors?: any } & Record<string, any>;
}

export interface GqlOptions {
  /** GET sends the query in the query string (default POST). */
  method?: 'GET' | 'POST';
  operationName?: string;
  headers?: Record<string, string>;
}

export async function gql<T = any>(
  server: Pick<TestServer, 'url'>,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
  opts: GqlOptions = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...opts.headers };
  let res: Response;
  if (opts.method === 'GET') {
    const qs = new URLSearchParams({ query });
    if (variables) qs.set('variables', JSON.stringify(variables));
    if (opts.operationName) qs.set('operationName', opts.operationName);
    res = await fetch(`${server.url}/graphql?${qs.toString()}`, { headers });
  } else {
    res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, ...(variables ? { variables } : {}), ...(opts.operationName ? { operationName: opts.operationName } : {}) }),
    });
  }
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
}

export interface GqlSubscription<T = any> {
  client: Client;
  /** Every result received, in order. */
  results: { data?: T; errors?: any[] }[];
  /** The next result not taken yet (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<{ data?: T; errors?: any[] }>;
  /** Resolves true if no further result arrives within `ms`. */
  nothing(ms?: number): Promise<boolean>;
  /** Resolves with the error (a CloseEvent-like `{code, reason}`, or GraphQL errors) if the subscription fails. */
  failed: Promise<any>;
  /** Resolves when the server completes the subscription. */
  completed: Promise<void>;
  close(): Promise<void>;
}

/** Time for the server to set the subscription up after the socket is acknowledged. */
const SETTLE_MS = 150;

export async function subscribeGql<T = any>(
  server: Pick<TestServer, 'graphqlWsUrl'>,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlSubscription<T>> {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  let fail!: (err: unknown) => void;
  const failed = new Promise<any>((resolve) => (fail = resolve));
  const client = createClient({
    url: server.graphqlWsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    on: { connected: () => connected() },
  });

  const results: { data?: T; errors?: any[] }[] = [];
  let taken = 0;
  let wake: (() => void) | undefined;
  let complete!: () => void;
  const completed = new Promise<void>((resolve) => (complete = resolve));
  const unsubscribe = client.subscribe<T>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (value) => {
        results.push(value as { data?: T; errors?: any[] });
        wake?.();
      },
      error: (err) => {
        fail(err);
        wake?.();
      },
      complete: () => {
        complete();
        wake?.();
      },
    },
  );
  // Either the connection is acknowledged (then let the server subscribe) or it fails.
  await Promise.race([ready.then(() => new Promise((r) => setTimeout(r, SETTLE_MS))), failed]);

  return {
    client,
    results,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (taken >= results.length) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`graphql-ws: no result within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return results[taken++]!;
    },
    async nothing(ms = 300) {
      const before = results.length;
      await new Promise((r) => setTimeout(r, ms));
      return results.length === before;
    },
    failed,
    completed,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}
