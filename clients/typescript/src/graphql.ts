/**
 * GraphQL: typed documents (graphql-codegen's client preset, `@trcr/client/graphql`) sent over HTTP through the
 * session's fetch (same credentials, refresh and rate-limit retry as REST), and subscriptions over graphql-ws
 * with the same credentials (`connectionParams: { authorization }`, fetched fresh for every connection).
 * An answer with `errors` throws a `TrcrError` carrying the first error's `extensions.code`, and the partial
 * `data`.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { retryAfterOf, toTrcrError } from './errors.js';
import type { Session } from './session.js';

/**
 * A typed document (`MeDocument`, `TasksDocument`, … from `@trcr/client/graphql`: strings that carry their
 * result and variables types) or a plain query string (then untyped).
 */
export type Document<TResult, TVariables> = (DocumentTypeDecoration<TResult, TVariables> & { toString(): string }) | string;

type VariablesArgs<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

interface GraphqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; details?: Record<string, unknown> };
}

export interface GraphqlOptions {
  /** A WebSocket implementation for subscriptions (default: the global `WebSocket`). */
  WebSocket?: unknown;
  /** graphql-ws reconnection attempts (default 10). */
  retryAttempts?: number;
}

export interface GraphqlClient {
  /** Runs a query or mutation and answers its `data`, or throws a `TrcrError`. */
  request<TResult, TVariables>(document: Document<TResult, TVariables>, ...variables: VariablesArgs<TVariables>): Promise<TResult>;
  /** A subscription's events, one `data` per event, until `return()` (or `break` in `for await`). */
  subscribe<TResult, TVariables>(document: Document<TResult, TVariables>, ...variables: VariablesArgs<TVariables>): AsyncIterableIterator<TResult>;
  /** Closes the graphql-ws connection (subscriptions end). */
  close(): Promise<void>;
}

function firstError(errors: readonly GraphqlError[], init: { status?: number; data?: unknown; retryAfter?: number; requestId?: string }) {
  const e = errors[0]!;
  return toTrcrError(
    { code: e.extensions?.code, message: e.message, details: e.extensions?.details },
    { transport: 'graphql', ...init, path: e.path },
  );
}

export function createGraphqlClient(session: Session, options: GraphqlOptions = {}): GraphqlClient {
  const url = `${session.baseUrl}/graphql`;
  let ws: WsClient | null = null;

  const subscriptions = (): WsClient =>
    (ws ??= createWsClient({
      url: url.replace(/^http/, 'ws'),
      lazy: true,
      retryAttempts: options.retryAttempts ?? 10,
      // A fresh credential for every connection: a session's access token is refreshed first if it is expiring.
      connectionParams: async () => {
        const bearer = await session.bearer();
        return bearer ? { authorization: `Bearer ${bearer}` } : {};
      },
      // Back-off as on /ws: min(1000 · 2^retries, 30000) ms with jitter.
      retryWait: (retries) => {
        const base = Math.min(1000 * 2 ** retries, 30_000);
        return new Promise((resolve) => setTimeout(resolve, base / 2 + (Math.random() * base) / 2));
      },
      shouldRetry: () => true,
      ...(options.WebSocket ? { webSocketImpl: options.WebSocket } : {}),
    }));

  return {
    async request<TResult, TVariables>(document: Document<TResult, TVariables>, ...[variables]: VariablesArgs<TVariables>) {
      const res = await session.fetch(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query: String(document), variables: variables ?? {} }),
        }),
      );
      const init = {
        status: res.status,
        retryAfter: retryAfterOf(res),
        requestId: res.headers.get('x-request-id') ?? undefined,
      };
      let body: { data?: TResult | null; errors?: GraphqlError[]; error?: unknown };
      try {
        body = (await res.json()) as typeof body;
      } catch {
        throw toTrcrError(undefined, { transport: 'graphql', ...init });
      }
      if (body.errors?.length) throw firstError(body.errors, { ...init, data: body.data });
      // An HTTP-level refusal before GraphQL ran (e.g. 429, 413) is in the REST envelope.
      if (!res.ok || body.data == null) throw toTrcrError(body.error, { transport: 'graphql', ...init });
      return body.data;
    },

    subscribe<TResult, TVariables>(document: Document<TResult, TVariables>, ...[variables]: VariablesArgs<TVariables>) {
      const inner = subscriptions().iterate<TResult>({
        query: String(document),
        variables: variables ?? {},
      });
      const iterator: AsyncIterableIterator<TResult> = {
        async next() {
          const r = await inner.next();
          if (r.done) return { done: true, value: undefined };
          if (r.value.errors?.length) throw firstError(r.value.errors, {});
          return { done: false, value: r.value.data as TResult };
        },
        async return() {
          await inner.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },

    async close() {
      await ws?.dispose();
      ws = null;
    },
  };
}
