/**
 * The README's MCP section cannot drift from the catalogue: its toolset table is the one the generated toolsets
 * give, and every client configuration it shows loads fewer than 40 tools, the count it states (counted with the
 * server's own selection code).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mcpToolsets } from '../../generated/mcp-tools.js';
import { CLIENT_EXAMPLES, toolCount, toolsetsMarkdown } from '../../src/transports/mcp/toolsets.js';
import { httpRequest } from '../support/http.js';
import { startTestServer } from '../support/server.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('### MCP (AI assistants)');
const section = readme.slice(start, readme.indexOf('\n### ', start + 1));

/** A Markdown table with its cells trimmed (Prettier pads them). */
const normalizeTable = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/^-+$/, '---'))
        .join('|'),
    );

describe('README: MCP', () => {
  it('lists the toolsets of the catalogue', () => {
    const table = /<!-- mcp-toolsets:start[^>]*-->([\s\S]*?)<!-- mcp-toolsets:end -->/.exec(section)?.[1];
    expect(table, 'README.md has no <!-- mcp-toolsets:start --> … <!-- mcp-toolsets:end --> block').toBeDefined();
    expect(normalizeTable(table!), `README.md's toolset table is stale (run npm run readme:mcp); it should read:\n${toolsetsMarkdown()}`).toEqual(
      normalizeTable(toolsetsMarkdown()),
    );
  });

  it('every client configuration loads fewer than 40 tools, as many as it says', () => {
    const blocks = [...section.matchAll(/([^\n]*)\n\n```(sh|toml|json)\n([\s\S]*?)```/g)].filter((m) => /X-MCP-|toolsets=/.test(m[3]!));
    const clients = blocks.map((m) => m[1]!);
    expect(clients.some((c) => c.startsWith('Claude Code'))).toBe(true);
    expect(clients.some((c) => c.includes('.codex/config.toml'))).toBe(true);
    expect(clients.some((c) => c.includes('.cursor/mcp.json'))).toBe(true);
    for (const [, intro, , body] of blocks) {
      const toolsets = /X-MCP-Toolsets"?\s*[:=]\s*"?([a-z_,]+)/.exec(body!)?.[1] ?? /[?&]toolsets=([a-z_,]+)/.exec(body!)?.[1];
      const readonly = /X-MCP-Readonly"?\s*[:=]\s*"?(\w+)/.exec(body!)?.[1] ?? /[?&]readonly=(\w+)/.exec(body!)?.[1];
      const count = toolCount({ toolsets, readonly });
      expect(count, intro).toBeLessThan(40);
      const stated = /loads (\d+) tools/.exec(intro!)?.[1];
      expect(Number(stated), `${intro} — the README should say "loads ${count} tools"`).toBe(count);
    }
  });
});

describe('/docs/mcp', () => {
  it('lists every toolset and the client configurations with their tool counts, each under 40', async () => {
    for (const e of CLIENT_EXAMPLES) expect(toolCount(e.headers), e.client).toBeLessThan(40);
    const server = await startTestServer();
    try {
      const res = await httpRequest('GET', `${server.url}/docs/mcp`);
      expect(res.status).toBe(200);
      const page = String(res.body);
      for (const t of mcpToolsets) expect(page).toContain(`<code>${t.name}</code>`);
      for (const e of CLIENT_EXAMPLES) expect(page).toContain(`loads ${toolCount(e.headers)} tools`);
    } finally {
      await server.close();
    }
  });
});
