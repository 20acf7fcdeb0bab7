/**
 * `GET /` (and HEAD): a browser (Accept naming text/html) is redirected (302) to the docs at /docs;
 * any other client gets a small JSON map of where everything is.
 */
import type Koa from 'koa';

/** What `GET /` answers to non-browser clients. */
export const ROOT_INDEX = {
  name: 'TRCR',
  docs: '/docs',
  rest: '/api/v1',
  websocket: '/ws',
  graphql: '/graphql',
  mcp: '/mcp',
  health: '/healthz',
  ready: '/readyz',
} as const;

export function root(): Koa.Middleware {
  return (ctx) => {
    // The answer depends on Accept: caches must keep the two apart.
    ctx.vary('Accept');
    if (/\btext\/html\b/i.test(ctx.get('Accept'))) {
      ctx.redirect('/docs');
      return;
    }
    ctx.status = 200;
    ctx.body = ROOT_INDEX;
  };
}
