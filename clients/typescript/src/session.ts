/**
 * Credentials and the one fetch every HTTP call of the client goes through (REST, GraphQL over HTTP, WS
 * tickets): it adds the `Authorization` and `X-Org-Id` headers, rotates a session's refresh token when the
 * access token has expired (one refresh in flight at a time, however many calls wait for it), and waits out a
 * 429's `Retry-After` before trying again (unless turned off).
 */
import type { paths } from '../../../generated/openapi/types.js';
import type { OperationOutput } from '../../../generated/operations.js';

/** The tokens of a session, as `auth.login`, `auth.register` and `auth.refresh` answer them. */
export type SessionTokens = Pick<OperationOutput<'auth.refresh'>, 'access_token' | 'refresh_token' | 'expires_in'>;

export type Auth =
  /** A session: the access token is sent, and the refresh token rotated when the access token expires. */
  | { accessToken: string; refreshToken?: string; /** Seconds the access token is valid from now. */ expiresIn?: number }
  /** A personal access token (`trcr_pat_…`): never refreshed; cannot open /ws (WebSocket tickets need a session). */
  | { token: string };

export interface RateLimitRetry {
  /** Retry a 429 after its `Retry-After` (default `true`). */
  enabled?: boolean;
  /** Retries per call (default 3). */
  maxRetries?: number;
  /** A `Retry-After` longer than this is not waited for: the 429 is returned as an error (default 60,000 ms). */
  maxDelayMs?: number;
}

export interface SessionOptions {
  /** Server origin, e.g. `https://api.trcr.pro` or `http://localhost:8080`. */
  baseUrl: string;
  auth?: Auth | undefined;
  /** The organization calls act in (`X-Org-Id`; `org_id` on /ws). Default: the user's default organization. */
  orgId?: string | undefined;
  /** Called with every new pair of session tokens (after a refresh, login or register), e.g. to store them. */
  onTokens?: ((tokens: SessionTokens) => void) | undefined;
  /** Called once when the session can no longer be refreshed (signed out, revoked, refresh token expired). */
  onSessionEnded?: (() => void) | undefined;
  retry?: RateLimitRetry | false | undefined;
  /** The fetch to use (default: the global `fetch`). */
  fetch?: typeof fetch | undefined;
}

/** The refresh route, checked against the OpenAPI paths. */
const REFRESH_PATH = '/auth/refresh' satisfies keyof paths;
/** Routes that must never trigger a refresh themselves (their 401 is the answer). */
const NO_REFRESH = /\/api\/v1\/auth\/(login|register|refresh|logout|forgot-password|reset-password)$/;
/** Refresh this long before the access token's announced expiry. */
const EXPIRY_MARGIN_MS = 30_000;

/** Waits `ms`, or rejects with the signal's reason as soon as it is aborted. */
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

export class Session {
  readonly baseUrl: string;
  readonly apiUrl: string;
  orgId: string | undefined;
  private access: string | undefined;
  private refreshToken: string | undefined;
  private pat: string | undefined;
  private expiresAt = Infinity;
  private refreshing: Promise<boolean> | null = null;
  private readonly rawFetch: typeof fetch;
  private readonly retry: Required<RateLimitRetry>;
  private readonly onTokens: SessionOptions['onTokens'];
  private readonly onSessionEnded: SessionOptions['onSessionEnded'];

  constructor(options: SessionOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.apiUrl = `${this.baseUrl}/api/v1`;
    this.orgId = options.orgId;
    this.rawFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const r = options.retry === false ? { enabled: false } : (options.retry ?? {});
    this.retry = { enabled: r.enabled ?? true, maxRetries: r.maxRetries ?? 3, maxDelayMs: r.maxDelayMs ?? 60_000 };
    this.onTokens = options.onTokens;
    this.onSessionEnded = options.onSessionEnded;
    this.setAuth(options.auth);
  }

  /** Replaces the credentials (`undefined`: anonymous). */
  setAuth(auth: Auth | undefined): void {
    this.access = this.refreshToken = this.pat = undefined;
    this.expiresAt = Infinity;
    if (!auth) return;
    if ('token' in auth) this.pat = auth.token;
    else {
      this.access = auth.accessToken;
      this.refreshToken = auth.refreshToken;
      if (auth.expiresIn !== undefined) this.expiresAt = Date.now() + auth.expiresIn * 1000;
    }
  }

  /** Starts using a new pair of session tokens (login, register, refresh). */
  setTokens(tokens: SessionTokens): void {
    this.setAuth({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresIn: tokens.expires_in });
    this.onTokens?.(tokens);
  }

  /** The current session tokens, if signed in with a session. */
  get tokens(): { accessToken: string; refreshToken: string | undefined } | undefined {
    return this.access ? { accessToken: this.access, refreshToken: this.refreshToken } : undefined;
  }

  get isSession(): boolean {
    return this.access !== undefined;
  }

  /** The bearer credential to send now: a session's access token (refreshed first if about to expire) or the PAT. */
  async bearer(): Promise<string | undefined> {
    if (this.pat) return this.pat;
    if (this.access && this.refreshToken && Date.now() > this.expiresAt - EXPIRY_MARGIN_MS) await this.refresh(this.access);
    return this.access;
  }

  /**
   * Rotates the refresh token, once for everyone: calls that saw `stale` rejected share one refresh, and a call
   * that comes after another already replaced `stale` just uses the new token. `true` when there is a new token.
   */
  refresh(stale: string | undefined): Promise<boolean> {
    if (stale !== this.access) return Promise.resolve(this.access !== undefined);
    if (!this.refreshToken) return Promise.resolve(false);
    this.refreshing ??= this.rotate().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async rotate(): Promise<boolean> {
    const res = await this.rawFetch(`${this.apiUrl}${REFRESH_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: this.refreshToken }),
    });
    if (res.ok) {
      this.setTokens((await res.json()) as SessionTokens);
      return true;
    }
    await res.body?.cancel();
    if (res.status === 401) {
      // The session is over (signed out, revoked, or the refresh token expired): nothing more to try.
      this.setAuth(undefined);
      this.onSessionEnded?.();
    }
    return false;
  }

  /** Sends `request` with the credentials and the organization, refreshing on 401 and waiting out 429s. */
  readonly fetch = async (request: Request): Promise<Response> => {
    const refreshable = !NO_REFRESH.test(new URL(request.url).pathname);
    // A request with a body can be sent once; keep a copy to send again.
    const template = request.body === null ? null : request.clone();
    const callerAuth = request.headers.has('authorization');
    let current = request;
    let refreshed = false;
    for (let retries = 0; ;) {
      const bearer = refreshable ? await this.bearer() : undefined;
      if (bearer && !callerAuth) current.headers.set('authorization', `Bearer ${bearer}`);
      if (this.orgId && !current.headers.has('x-org-id')) current.headers.set('x-org-id', this.orgId);
      const res = await this.rawFetch(current);
      if (res.status === 401 && refreshable && !refreshed && bearer !== undefined && bearer !== this.pat) {
        refreshed = true;
        if (await this.refresh(bearer)) {
          await res.body?.cancel();
          current = template ? template.clone() : new Request(request);
          continue;
        }
      }
      if (res.status === 429 && this.retry.enabled && retries < this.retry.maxRetries) {
        const seconds = Number(res.headers.get('retry-after') ?? '1');
        const delay = (Number.isFinite(seconds) && seconds >= 0 ? seconds : 1) * 1000;
        if (delay <= this.retry.maxDelayMs) {
          retries++;
          await res.body?.cancel();
          await sleep(delay, request.signal); // the caller's AbortSignal ends the wait too
          current = template ? template.clone() : new Request(request);
          continue;
        }
      }
      return res;
    }
  };
}
