/**
 * Who is at the other end of a socket, from its upgrade request: the client address (the first
 * `X-Forwarded-For` entry when `TRUST_PROXY` is set, as Koa does for HTTP) and its `User-Agent`.
 * /ws and graphql-ws put both in every call's OpContext (the audit log records them).
 */
import type { IncomingMessage } from 'node:http';

export interface ClientInfo {
  ip?: string | undefined;
  userAgent?: string | undefined;
}

export function clientInfoOf(req: IncomingMessage | undefined, trustProxy: boolean): ClientInfo {
  if (!req) return {};
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const ip = first || req.socket.remoteAddress || undefined;
  const ua = req.headers['user-agent'];
  return { ip, userAgent: ua || undefined };
}
