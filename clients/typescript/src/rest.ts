/**
 * REST, typed from the OpenAPI document: openapi-typescript's `paths` (generated/openapi/types.ts) driven by
 * openapi-fetch. `rest.get/post/patch/put/delete` answer the success body or throw a `TrcrError`;
 * `rest.raw` is the plain openapi-fetch client (`{ data, error, response }`) for those who prefer that;
 * `rest.paginate` walks every page of a list.
 */
import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths as AllPaths } from '../../../generated/openapi/types.js';
import type { OutsideApiPath } from '../../../generated/client/operations.js';
import { retryAfterOf, toTrcrError } from './errors.js';
import type { Session } from './session.js';

/** The REST paths under /api/v1 (the health checks outside it are left out). */
export type paths = Omit<AllPaths, OutsideApiPath>;

/** openapi-fetch's argument rule: the init object is optional when nothing in it is required. */
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** The success body of an operation (`{ data }`, plus `pagination` for lists). */
export type SuccessBody<Op, Init = object> = NonNullable<FetchResponse<Op & Record<string | number, unknown>, Init, MediaType>['data']>;

type Method<M extends HttpMethod> = <P extends PathsWithMethod<paths, M>, I extends MaybeOptionalInit<paths[P], M>>(
  url: P,
  ...init: InitParam<I>
) => Promise<SuccessBody<paths[P][M], I>>;

type GetPath = PathsWithMethod<paths, 'get'>;
type ListBody<P extends GetPath> = SuccessBody<paths[P]['get']>;

/** The GET paths that answer a page: `{ data: [...], pagination }`. */
export type PaginatedPath = {
  [P in GetPath]: ListBody<P> extends { data: Array<unknown>; pagination: unknown } ? P : never;
}[GetPath];

/** One item of a paginated list. */
export type ItemOf<P extends PaginatedPath> = ListBody<P> extends { data: Array<infer T> } ? T : never;

export interface RestClient {
  get: Method<'get'>;
  post: Method<'post'>;
  put: Method<'put'>;
  patch: Method<'patch'>;
  delete: Method<'delete'>;
  /**
   * Every item of a list, page after page (`per_page` as given, else the server's default), starting at the
   * given `page` (default 1). Stops after the last page.
   */
  paginate<P extends PaginatedPath>(url: P, ...init: InitParam<MaybeOptionalInit<paths[P], 'get'>>): AsyncGenerator<ItemOf<P>>;
  /** The same walk, a page at a time (each page is the full body: `{ data, pagination }`). */
  pages<P extends PaginatedPath>(url: P, ...init: InitParam<MaybeOptionalInit<paths[P], 'get'>>): AsyncGenerator<ListBody<P>>;
  /** The underlying openapi-fetch client: `{ data, error, response }` instead of throwing. */
  raw: Client<paths>;
}

export function createRestClient(session: Session): RestClient {
  const raw = createClient<paths>({ baseUrl: session.apiUrl, fetch: session.fetch });

  const unwrap = async (result: Promise<{ data?: unknown; error?: unknown; response: Response }>) => {
    const { data, error, response } = await result;
    if (!response.ok) {
      throw toTrcrError((error as { error?: unknown } | undefined)?.error, {
        transport: 'rest',
        status: response.status,
        requestId: response.headers.get('x-request-id') ?? undefined,
        retryAfter: retryAfterOf(response),
      });
    }
    return data;
  };
  type AnyCall = (url: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const method = <M extends HttpMethod>(name: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'): Method<M> => {
    const call = raw[name] as unknown as AnyCall;
    return ((url: string, init?: object) => unwrap(call(url, init))) as unknown as Method<M>;
  };

  const get = method<'get'>('GET');

  async function* pages(url: string, init?: { params?: { query?: Record<string, unknown> } } & object) {
    const query = { ...(init?.params?.query ?? {}) };
    let page = typeof query.page === 'number' ? query.page : 1;
    for (;;) {
      const body = (await (get as unknown as (u: string, i: object) => Promise<unknown>)(url, {
        ...init,
        params: { ...init?.params, query: { ...query, page } },
      })) as { data: unknown[]; pagination: { page: number; total_pages: number } };
      yield body;
      if (body.data.length === 0 || body.pagination.page >= body.pagination.total_pages) return;
      page = body.pagination.page + 1;
    }
  }
  async function* paginate(url: string, init?: object) {
    for await (const body of pages(url, init)) yield* body.data;
  }

  return {
    get,
    post: method<'post'>('POST'),
    put: method<'put'>('PUT'),
    patch: method<'patch'>('PATCH'),
    delete: method<'delete'>('DELETE'),
    paginate: paginate as RestClient['paginate'],
    pages: pages as unknown as RestClient['pages'],
    raw,
  };
}
