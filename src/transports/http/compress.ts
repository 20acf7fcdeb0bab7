/**
 * Response compression (koa-compress): gzip or br, as the client's Accept-Encoding prefers, for
 * JSON bodies (and the docs' HTML, JavaScript, YAML and text) of at least 1 KB. Left alone:
 * - server-sent events (`text/event-stream`): compressing would buffer the stream;
 * - responses written raw (MCP sets `ctx.respond = false`): Koa, and so koa-compress, never sees a body;
 * - HEAD, 204/304, and bodies already encoded (koa-compress's own rules);
 * - WebSocket upgrades, which never reach Koa.
 * zstd and deflate are not offered.
 */
import koaCompress from 'koa-compress';
import type Koa from 'koa';

export const COMPRESS_THRESHOLD_BYTES = 1024;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|yaml|xml)$|[a-z]+\/[^;]+\+(?:json|xml)$)/i;

/** True for the content types worth compressing (`ctx.response.type`, no parameters); never event streams. */
export function shouldCompress(type: string): boolean {
  if (/^text\/event-stream$/i.test(type)) return false;
  return COMPRESSIBLE.test(type);
}

export function compression(): Koa.Middleware {
  return koaCompress({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: shouldCompress,
    deflate: false,
    zstd: false,
  });
}
