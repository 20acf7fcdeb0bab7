/**
 * The docs portal at /docs: the specs themselves rendered by Redoc's standalone bundle (OpenAPI 3.1,
 * AsyncAPI 3.0 and GraphQL SDL), served offline from node_modules with telemetry disabled.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Next } from 'koa';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const specsDir = path.join(root, 'specs');
const redocBundle = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');

const PAGES: Record<string, { title: string; spec: string }> = {
  rest: { title: 'REST API', spec: '/docs/specs/openapi/trcr.yaml' },
  websocket: { title: 'WebSocket API', spec: '/docs/specs/asyncapi/trcr-ws.yaml' },
  graphql: { title: 'GraphQL API', spec: '/docs/specs/graphql/schema.graphql' },
  relay: { title: 'Team relay API', spec: '/docs/specs/openapi/relay.yaml' },
  'relay-socket': { title: 'Team relay socket', spec: '/docs/specs/asyncapi/relay-socket.yaml' },
};

const page = (title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · TRCR developer docs</title>
<style>body{margin:0;font-family:system-ui,sans-serif} nav{padding:12px 20px;border-bottom:1px solid #ddd;display:flex;gap:18px;align-items:center}
nav a{color:#3b3bd1;text-decoration:none} main{max-width:760px;margin:40px auto;padding:0 20px;line-height:1.5} code{background:#f3f3f7;padding:1px 4px;border-radius:3px}</style>
</head><body><nav><strong>TRCR</strong>${Object.entries(PAGES)
  .map(([slug, p]) => `<a href="/docs/${slug}">${p.title}</a>`)
  .join('')}<a href="/docs/">Overview</a></nav>${body}</body></html>`;

const INDEX = page(
  'Overview',
  `<main><h1>TRCR developer platform</h1>
<p>Four interfaces over one service layer: the same rules, permissions, validation and real-time events whichever you use.</p>
<ul>
<li><a href="/docs/rest">REST API</a> — <code>/api/v1</code>, JSON, Bearer JWT or <code>trcr_pat_…</code> token.</li>
<li><a href="/docs/websocket">WebSocket API</a> — <code>/ws</code>: actions with <code>request_id</code>, pushed <code>EntityChanged</code> and <code>TimerUpdate</code> events.</li>
<li><a href="/docs/graphql">GraphQL API</a> — <code>/graphql</code>, subscriptions over graphql-ws on the same path.</li>
<li>MCP — <code>/mcp</code> (Streamable HTTP): one tool per operation, e.g. <code>tasks_create</code>; authenticate with a personal access token.</li>
</ul>
<h2>Team relay (teamrc)</h2>
<p>The same server runs the teamrc relay on its own unprefixed paths, so the <code>teamrc</code> CLI works given only this server's base URL.</p>
<ul>
<li><a href="/docs/relay">Team relay API</a> — <code>/api/teams…</code>, <code>/api/join</code>, <code>/api/auth/device…</code>, <code>/api/token/…</code>, <code>/api/account…</code>: Ed25519-signed requests, errors as <code>{"error":"…"}</code>.</li>
<li><a href="/docs/relay-socket">Team relay socket</a> — <code>/socket/websocket</code>: Phoenix Channels V2, channel <code>knowledge:&lt;team_id&gt;</code>.</li>
<li><a href="/auth/verify">/auth/verify</a> — where a person confirms a <code>teamrc login</code> with their TRCR account.</li>
</ul>
<p>Errors everywhere: <code>{"error":{"code","message","details"}}</code>. Rate limit: 100 requests/min/user across REST, GraphQL and MCP.</p></main>`,
);

const CONTENT_TYPES: Record<string, string> = { '.yaml': 'application/yaml', '.graphql': 'text/plain', '.js': 'text/javascript' };

async function sendFile(ctx: Context, file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return;
  ctx.type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  ctx.length = info.size;
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.body = createReadStream(file);
}

/** Koa middleware answering GET /docs, /docs/{rest,websocket,graphql,relay,relay-socket}, /docs/specs/**, /docs/redoc.js. */
export function docsMiddleware() {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.method !== 'GET' || !(ctx.path === '/docs' || ctx.path.startsWith('/docs/'))) return next();
    const rest = ctx.path.slice('/docs'.length).replace(/^\/+/, '');
    if (rest === '') {
      ctx.type = 'text/html';
      ctx.body = INDEX;
      return;
    }
    const p = PAGES[rest];
    if (p) {
      ctx.type = 'text/html';
      ctx.body = page(p.title, `<redoc spec-url="${p.spec}" disable-telemetry="true"></redoc><script src="/docs/redoc.js"></script>`);
      return;
    }
    if (rest === 'redoc.js') return sendFile(ctx, redocBundle);
    if (rest.startsWith('specs/')) {
      const file = path.resolve(specsDir, rest.slice('specs/'.length));
      // Only files inside specs/ (no ../ escapes).
      if (file.startsWith(specsDir + path.sep)) return sendFile(ctx, file);
    }
    return next();
  };
}
