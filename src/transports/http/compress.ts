/**
 * Response compression (koa-compress): gzip or br, as the client's Accept-Encoding prefers, for
 * JSON bodies (and the docs' HTML, JavaScript, YAML and text) of at least 1 KB. Left alone:
 * - server-sent events (`text/event-stream`): compressing would buffer the stream;
 * - responses written raw (MCP sets `ctx.respond = false`): Koa, and so koa-compress, never sees a body;
 * - HEAD, 204/304, and bodies already encoded (koa-compress's own rules);
 * - WebSocket upgrades, which never reach Koa.
 * zstd and deflate are not offered.
 */
import { Stream } from 'node:stream';
import koaCompress from 'koa-compress';
import type Koa from 'koa';

export const COMPRESS_THRESHOLD_BYTES = 1024;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|yaml|xml)$|[a-z]+\/[^;]+\+(?:json|xml)$)/i;

/** True for the content types worth compressing (`ctx.response.type`, no parameters); never event streams. */
export function shouldCompress(type: string): boolean {
  if (/^text\/event-stream$/i.test(type)) return false;
  return COMPRESSIBLE.test(type);
}

/** Accept-Encoding naming an encoding we offer. */
const ACCEPTS_OURS = /\b(?:gzip|br|\*)\b|(?:^|,)\s*\*/i;

/**
 * koa-compress, entered only when the client accepts gzip or br: it measures every body it sees
 * (for a JSON object that is a JSON.stringify), a cost the answers nobody can compress should not
 * pay. A JSON body is serialized once, here, for koa-compress to measure and compress; Koa would
 * otherwise serialize it again to send it.
 */
export function compression(): Koa.Middleware {
  const compress = koaCompress({
    threshold: COMPRESS_THRESHOLD_BYTES,
    filter: shouldCompress,
    deflate: false,
    zstd: false,
  });
  return async (ctx, next) => {
    if (!ACCEPTS_OURS.test(ctx.get('Accept-Encoding'))) {
      ctx.vary('Accept-Encoding');
      await next();
      return;
    }
    await compress(ctx, async () => {
      await next();
      const body: unknown = ctx.body;
      if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body) && !(body instanceof Stream) && ctx.response.is('json')) {
        ctx.body = JSON.stringify(body);
      }
    });
  };
}
