/**
 * Rewrites the README's MCP toolset table (between the `<!-- mcp-toolsets:start … -->` and
 * `<!-- mcp-toolsets:end -->` markers) from the generated toolsets: run after `npm run generate` when an area
 * is added (`npm run readme:mcp`). test/mcp/readme.test.ts fails while the table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolsetsMarkdown } from '../src/transports/mcp/toolsets.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md');
const text = readFileSync(file, 'utf8');
const block = /(<!-- mcp-toolsets:start[^>]*-->\n)[\s\S]*?(<!-- mcp-toolsets:end -->)/;
if (!block.test(text)) throw new Error('README.md has no <!-- mcp-toolsets:start --> … <!-- mcp-toolsets:end --> block');
writeFileSync(
  file,
  text.replace(block, (_m, start: string, end: string) => `${start}\n${toolsetsMarkdown()}\n\n${end}`),
);
console.log('README.md: MCP toolset table rewritten');
