/**
 * Tiny fetch helpers for tests: `api(server, token).post('/tasks', body)` → `{ status, headers, body }`
 * against `${server.url}/api/v1`. Paths starting with `http` or with `/` outside the API can be given
 * in full through `raw`.
 */
import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../generated/models.js';
import { checkRestResponse } from './contract.js';
import type { TestServer } from './server.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the answer is not JSON (undefined when empty). */
  body: T;
}

type Body = unknown;
type ExtraHeaders = Record<string, string>;

export interface ApiClient {
  get<T = any>(path: string, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: Body, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
  put<T = any>(path: string, body?: Body, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body?: Body, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
  delete<T = any>(path: string, body?: Body, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
  /** Any method; `body` given as a string is sent as is (to test invalid JSON). */
  request<T = any>(method: string, path: string, body?: Body, headers?: ExtraHeaders): Promise<ApiResponse<T>>;
}

/** Sends one request to `url` and reads the answer (JSON when it parses). */
export async function httpRequest<T = any>(method: string, url: string, body?: Body, headers: ExtraHeaders = {}): Promise<ApiResponse<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' || body instanceof Uint8Array ? (body as string) : JSON.stringify(body);
    (init.headers as ExtraHeaders)['content-type'] ??= 'application/json';
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let parsed: unknown = text === '' ? undefined : text;
  try {
    if (text !== '') parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  // Every answer must be one the OpenAPI document declares (throws otherwise).
  checkRestResponse(method, url, res.status, res.headers, parsed);
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** A client for `${server.url}/api/v1`, authenticated with `token` (JWT or PAT) when given. */
export function api(server: Pick<TestServer, 'url'>, token?: string): ApiClient {
  const auth: ExtraHeaders = token ? { authorization: `Bearer ${token}` } : {};
  const request = <T>(method: string, path: string, body?: Body, headers: ExtraHeaders = {}): Promise<ApiResponse<T>> =>
    httpRequest<T>(method, path.startsWith('http') ? path : `${server.url}/api/v1${path}`, body, { ...auth, ...headers });
  return {
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, body, headers) => request('POST', path, body, headers),
    put: (path, body, headers) => request('PUT', path, body, headers),
    patch: (path, body, headers) => request('PATCH', path, body, headers),
    delete: (path, body, headers) => request('DELETE', path, body, headers),
    request,
  };
}

export interface RegisteredUser {
  access_token: string;
  refresh_token: string;
  user: CurrentUser;
  /** The user's personal organization (created at registration). */
  orgId: string;
  email: string;
  password: string;
}

/** Registers a user over REST (a unique email by default) and returns its tokens and organization. */
export async function registerUser(
  server: Pick<TestServer, 'url'>,
  opts: { email?: string; password?: string; name?: string } = {},
): Promise<RegisteredUser> {
  const email = opts.email ?? `user-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}@example.test`;
  const password = opts.password ?? 'correct horse battery staple';
  const name = opts.name ?? 'Test User';
  const res = await api(server).post('/auth/register', { email, password, name });
  if (res.status !== 201) throw new Error(`registerUser: ${res.status} ${JSON.stringify(res.body)}`);
  const { access_token, refresh_token, user } = res.body as { access_token: string; refresh_token: string; user: CurrentUser };
  return { access_token, refresh_token, user, orgId: user.default_org_id as string, email, password };
}
