/**
 * The docs portal at /docs: the bundled specs (one document per interface, generated/bundles/ from
 * `npm run generate`) rendered by Redoc's standalone bundle (OpenAPI 3.1, AsyncAPI 3.0 and GraphQL
 * SDL), served offline from node_modules with telemetry disabled.
 *
 *   GET /docs/                     overview (links to every page)
 *   GET /docs/<page>               one reference page per entry of PAGES, rendered by Redoc in the browser
 *   GET /docs/mcp                  the MCP toolsets and client configurations (from the generated toolsets)
 *   GET /docs/bundles/**           the bundles (only .yaml/.yml/.json/.graphql files, nothing outside the folder)
 *   GET /docs/redoc.js             Redoc's standalone bundle (an ES module), without its hosted logo
 *
 * Nothing a page loads comes from another host: the bundle's only outside fetch on load (the "API docs
 * by Redocly" logo from cdn.redoc.ly) is removed from the bundle as it is served, telemetry is off, and
 * the pages' Content-Security-Policy allows this server only (plus data:/blob: URLs, which Redoc uses
 * for its search worker and downloads), so anything a future Redoc adds is refused rather than fetched.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Next } from 'koa';
import { CLIENT_EXAMPLES, DISCOVERY_TOOL_COUNT, toolCount } from '../mcp/toolsets.js';
import { mcpTools, mcpToolsets } from '../../../generated/mcp-tools.js';

/** Page → the document Redoc renders there, as a path from the repository root under one of the SERVED_FOLDERS. */
export const PAGES = {
  rest: { title: 'REST API', file: 'generated/bundles/openapi.yaml' },
  websocket: { title: 'WebSocket API', file: 'generated/bundles/asyncapi.yaml' },
  graphql: { title: 'GraphQL API', file: 'generated/bundles/schema.graphql' },
  relay: { title: 'Team relay API', file: 'generated/bundles/relay-openapi.yaml' },
  'relay-socket': { title: 'Team relay socket', file: 'generated/bundles/relay-asyncapi.yaml' },
} as const satisfies Record<string, { title: string; file: string }>;

export type DocsPage = keyof typeof PAGES;

/** URL prefix under /docs/ → the folder (from the repository root) it serves; nothing else is served. */
const SERVED_FOLDERS: Record<string, string> = {
  'bundles/': 'generated/bundles',
};

const CONTENT_TYPES: Record<string, string> = {
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.graphql': 'text/plain; charset=utf-8',
};

/** Height of the portal's navigation bar; Redoc's sticky sidebar and panels sit below it. */
const NAV_HEIGHT_PX = 48;

/**
 * Redoc 3 options (`init`): the three-panel layout (description in the middle, samples on the right),
 * telemetry off, and anchors scrolled clear of the navigation bar.
 */
const REDOC_OPTIONS = { disableTelemetry: true, layout: 'three-panel', scrollYOffset: NAV_HEIGHT_PX } as const;

/**
 * Redoc 3 theme tokens (CSS custom properties, defined by Redoc on :root and overridden here): the
 * samples column takes 40 % instead of half of the space right of the sidebar, so the descriptions
 * get the larger share at 1280–1920 px; the sticky sidebar and panels start below the navigation bar.
 * The sidebar footer's "API docs by" attribution, whose logo is removed from the bundle, is hidden.
 * (The page's own `main{max-width:760px}` once squeezed Redoc's <main> to ~230 px: page styles are
 * scoped to `body>nav` and `main.overview`.)
 */
const REDOC_THEME = `redoc{display:block;--navbar-stack-height:${NAV_HEIGHT_PX}px;--panel-samples-width:40%}
redoc span:has(> a[href^="https://redocly.com/redoc"]){display:none}`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const redocBundlePath = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');

/** `specs/openapi/trcr.yaml` → `/docs/specs/openapi/trcr.yaml` (through SERVED_FOLDERS). */
function urlOf(file: string): string {
  for (const [prefix, folder] of Object.entries(SERVED_FOLDERS)) {
    if (file.startsWith(folder + '/')) return `/docs/${prefix}${file.slice(folder.length + 1)}`;
  }
  throw new Error(`docs: ${file} is not under a served folder (${Object.values(SERVED_FOLDERS).join(', ')})`);
}

/** The file a `/docs/<rest>` path names inside a served folder, or undefined (unknown, wrong type, ../ escape). */
function servedFile(rest: string): string | undefined {
  const prefix = Object.keys(SERVED_FOLDERS).find((p) => rest.startsWith(p));
  if (!prefix) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(rest.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (relative.includes('\0') || !(path.extname(relative) in CONTENT_TYPES)) return undefined;
  const folder = path.join(root, SERVED_FOLDERS[prefix]!);
  const file = path.resolve(folder, relative);
  return file.startsWith(folder + path.sep) ? file : undefined;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The pages' policy: this server only (and data:/blob:), plus the hash of the page's inline module script. */
const csp = (scriptHash?: string): string =>
  [
    "default-src 'none'",
    `script-src 'self'${scriptHash ? ` '${scriptHash}'` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

interface Html {
  body: string;
  csp: string;
}

function html(title: string, current: string | null, content: string, scriptHash?: string): Html {
  const links = [...Object.entries(PAGES).map(([slug, p]) => [slug, p.title] as const), ['', 'Overview'] as const]
    .map(([slug, label]) => `<a href="/docs/${slug}"${slug === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`)
    .join('');
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · TRCR developer docs</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font-family:system-ui,sans-serif}
body>nav{position:sticky;top:0;z-index:1000;box-sizing:border-box;height:${NAV_HEIGHT_PX}px;padding:0 20px;display:flex;gap:18px;align-items:center;white-space:nowrap;overflow-x:auto;
 background:var(--bg-color,#fff);color:var(--text-color-primary,#111);border-bottom:1px solid var(--border-color-primary,#ddd)}
body>nav a{color:var(--link-color-primary,#3b3bd1);text-decoration:none} body>nav a[aria-current]{color:inherit;font-weight:600}
main.overview{max-width:760px;margin:40px auto;padding:0 20px;line-height:1.5} main.overview code{background:#f3f3f7;padding:1px 4px;border-radius:3px}
${REDOC_THEME}</style>
</head><body><nav><strong>TRCR</strong>${links}</nav>${content}</body></html>`;
  return { body, csp: csp(scriptHash) };
}

/** A reference page: an empty `<redoc>` element filled by `init` (the element has no spec-url, so Redoc's own auto-start stays idle). */
function referencePage(slug: DocsPage): Html {
  const { title, file } = PAGES[slug];
  const script = `import { init } from '/docs/redoc.js';
init(${JSON.stringify(urlOf(file))}, ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById('redoc'));`;
  const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
  return html(title, slug, `<redoc id="redoc"></redoc><script type="module">${script}</script>`, hash);
}

const OVERVIEW = html(
  'Overview',
  '',
  `<main class="overview"><h1>TRCR developer platform</h1>
<p>Four interfaces over one service layer: the same rules, permissions, validation and real-time events whichever you use.</p>
<ul>
<li><a href="/docs/rest">REST API</a> — <code>/api/v1</code>, JSON, Bearer JWT or <code>trcr_pat_…</code> token.</li>
<li><a href="/docs/websocket">WebSocket API</a> — <code>/ws</code>: actions with <code>request_id</code>, pushed <code>EntityChanged</code>, <code>TimerUpdate</code>, <code>NotificationCreated</code> and <code>UserPresence</code> events.</li>
<li><a href="/docs/graphql">GraphQL API</a> — <code>/graphql</code>, subscriptions over graphql-ws on the same path.</li>
<li><a href="/docs/mcp">MCP</a> — <code>/mcp</code> (Streamable HTTP): one tool per operation, e.g. <code>tasks_create</code>, served by toolsets; authenticate with a personal access token.</li>
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

/** /docs/mcp: toolsets, modes and client configurations, rendered from the generated toolsets (so never stale). */
function mcpPage(): Html {
  const code = (s: string) => `<code>${escapeHtml(s)}</code>`;
  const rows = mcpToolsets
    .map((t) => `<tr><td>${code(t.name)}</td><td>${t.tools.length}</td><td>${t.readOnlyTools.length}</td><td>${escapeHtml(t.description)}</td></tr>`)
    .join('');
  const header = (h: { toolsets: string; readonly?: string }) =>
    [`X-MCP-Toolsets: ${h.toolsets}`, ...(h.readonly ? [`X-MCP-Readonly: ${h.readonly}`] : [])].map(code).join(', ');
  const examples = CLIENT_EXAMPLES.map(
    (e) => `<li>${escapeHtml(e.client)} (${code(e.where)}): ${header(e.headers)} — loads ${toolCount(e.headers)} tools</li>`,
  ).join('');
  return html(
    'MCP',
    'mcp',
    `<main class="overview"><h1>MCP toolsets</h1>
<p>${mcpTools.length} tools, one per operation. A connection chooses what it is served (clients load only so many tools: Cursor the first 40):</p>
<ul>
<li>${code('X-MCP-Toolsets: tasks,time_entries')} or ${code('/mcp?toolsets=tasks,time_entries')}: only those toolsets; ${code('all')} (default) serves every one. An unknown name fails ${code('initialize')}; a tool outside the served toolsets is refused (JSON-RPC -32602).</li>
<li>${code('X-MCP-Readonly: true')} or ${code('?readonly=1')}: only the reading tools; writes are refused.</li>
<li>${code('X-MCP-Toolsets: dynamic')}: ${DISCOVERY_TOOL_COUNT} discovery tools (${code('list_toolsets')}, ${code('describe_toolset')}, ${code('enable_toolset')}); enabling a toolset adds its tools for the MCP session (${code('Mcp-Session-Id')}) and sends ${code('notifications/tools/list_changed')}.</li>
</ul>
<h2>Toolsets</h2>
<table><thead><tr><th>toolset</th><th>tools</th><th>read-only</th><th>what it covers</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Client configurations under 40 tools</h2>
<ul>${examples}</ul>
<p>See the README for the full configuration snippets.</p></main>`,
  );
}
const MCP_PAGE = mcpPage();

const REFERENCE_PAGES = new Map<string, Html>(Object.keys(PAGES).map((slug) => [slug, referencePage(slug as DocsPage)]));

/** Redocly's hosted logo in the sidebar footer ("API docs by …"): `data:,` fails to decode, and Redoc then drops the image. */
const HOSTED_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

let bundle: Promise<{ body: Buffer; etag: string }> | undefined;
/** The bundle as served (read once, on first use). */
function redocBundle(): Promise<{ body: Buffer; etag: string }> {
  bundle ??= readFile(redocBundlePath, 'utf8').then(
    (js) => {
      const body = Buffer.from(js.replace(HOSTED_LOGO, 'data:,'));
      return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    },
    (err: unknown) => {
      bundle = undefined;
      throw err;
    },
  );
  return bundle;
}

function sendHtml(ctx: Context, page: Html): void {
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Content-Security-Policy', page.csp);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = page.body;
}

async function sendFile(ctx: Context, file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return;
  ctx.type = CONTENT_TYPES[path.extname(file)]!;
  ctx.length = info.size;
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = createReadStream(file);
}

/** Koa middleware answering GET/HEAD /docs, /docs/<page>, /docs/specs/**, /docs/bundles/**, /docs/redoc.js. */
export function docsMiddleware() {
  return async (ctx: Context, next: Next): Promise<void> => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !(ctx.path === '/docs' || ctx.path.startsWith('/docs/'))) {
      await next();
      return;
    }
    const rest = ctx.path.slice('/docs'.length).replace(/^\/+/, '');
    if (rest === '') return sendHtml(ctx, OVERVIEW);
    if (rest === 'mcp') return sendHtml(ctx, MCP_PAGE);
    const page = REFERENCE_PAGES.get(rest);
    if (page) return sendHtml(ctx, page);
    if (rest === 'redoc.js') {
      const { body, etag } = await redocBundle();
      ctx.status = 200;
      ctx.type = 'text/javascript; charset=utf-8';
      ctx.etag = etag;
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (ctx.fresh) ctx.status = 304;
      else ctx.body = body;
      return;
    }
    const file = servedFile(rest);
    if (file) return sendFile(ctx, file);
    await next();
  };
}
