/**
 * The official MCP conformance suite (`@modelcontextprotocol/conformance`, its `server` mode, run from
 * node_modules: nothing is downloaded) against /mcp of a running server, acting with a personal access token.
 *
 * The CLI has no option for an Authorization header (its client connects with the bare URL), so it talks to a
 * loopback proxy that adds `Authorization: Bearer <PAT>` and passes everything else through unchanged (method,
 * path, Host, Origin, bodies and SSE streams).
 *
 * APPLICABLE: the scenarios a tools-only server answers; each must pass (every check SUCCESS, or WARNING for a
 * SHOULD the scenario says is optional). NOT_APPLICABLE: the others, with the reason; they are not run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
/** Node 24 (the repo's pinned `node` devDependency): the CLI needs `fs.globSync`. */
const NODE = path.join(root, 'node_modules/.bin/node');

/** Scenario → what it checks. */
export const APPLICABLE: Record<string, string> = {
  'server-initialize': 'the initialize handshake: protocol version, serverInfo, capabilities',
  ping: 'ping answers an empty result',
  'tools-list': 'tools/list: every tool has a name, a description and an object inputSchema',
  'server-sse-multiple-streams':
    'concurrent POST streams on one session (stateless connections get a WARNING: no session id; toolsets=dynamic issues one)',
  'server-sse-polling':
    'SSE polling (SEP-1699): passes with WARNINGs (no session id when stateless, no test_reconnection tool, no priming event or retry field: optional)',
  'dns-rebinding-protection': 'a foreign Host/Origin is refused (403 from the Origin check), a localhost one accepted',
};

/** The connections each applicable scenario runs on: the default (all toolsets, stateless) and a dynamic session. */
const CONNECTIONS = ['', '?toolsets=dynamic'];

/** Scenario → why it does not apply to this server. */
export const NOT_APPLICABLE: Record<string, string> = {
  'logging-set-level': 'the server declares no `logging` capability (it writes no MCP log messages)',
  'completion-complete': 'no prompts or resource templates, so no `completions` capability',
  'tools-call-simple-text': 'calls the test tool `test_simple_text` of the reference "everything" server; our tools are the API operations',
  'tools-call-image': 'calls the test tool `test_image_content`: no tool here returns images',
  'tools-call-audio': 'calls the test tool `test_audio_content`: no tool here returns audio',
  'tools-call-embedded-resource': 'calls the test tool `test_embedded_resource`: no resources',
  'tools-call-mixed-content': 'calls the test tool `test_multiple_content_types`',
  'tools-call-with-logging': 'calls the test tool `test_tool_with_logging`: no logging capability',
  'tools-call-error': 'calls the test tool `test_error_handling`; our error results (isError + {error}) are tested in output-schema.test.ts',
  'tools-call-with-progress': 'calls the test tool `test_tool_with_progress`: our operations are single short transactions, no progress',
  'tools-call-sampling': 'calls the test tool `test_sampling`: the server never asks the client for sampling',
  'tools-call-elicitation': 'calls the test tool `test_elicitation`: the server never elicits input',
  'json-schema-2020-12': 'looks for the test tool `json_schema_2020_12_tool`',
  'elicitation-sep1034-defaults': 'elicitation test tool: the server never elicits input',
  'elicitation-sep1330-enums': 'elicitation test tool: the server never elicits input',
  'resources-list': 'no resources capability',
  'resources-read-text': 'no resources capability',
  'resources-read-binary': 'no resources capability',
  'resources-templates-read': 'no resources capability',
  'resources-subscribe': 'no resources capability',
  'resources-unsubscribe': 'no resources capability',
  'prompts-list': 'no prompts capability',
  'prompts-get-simple': 'no prompts capability',
  'prompts-get-with-args': 'no prompts capability',
  'prompts-get-embedded-resource': 'no prompts capability',
  'prompts-get-with-image': 'no prompts capability',
};

let server: TestServer;
let proxy: http.Server;
let proxyUrl: string;
const outDir = mkdtempSync(path.join(tmpdir(), 'trcr-mcp-conformance-'));

/** A loopback proxy to /mcp that adds the Authorization header the CLI cannot send. */
function startProxy(target: URL, token: string): Promise<http.Server> {
  const p = http.createServer((req, res) => {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${target.pathname}${req.url!.replace(/^\/mcp/, '')}`,
        headers: { ...req.headers, authorization: `Bearer ${token}` },
      },
      (up) => {
        res.writeHead(up.statusCode!, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => p.listen(0, '127.0.0.1', () => resolve(p)));
}

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
}

/** Runs one scenario with the CLI; its checks from the results folder, and the CLI's exit code. */
function runScenario(scenario: string, query = ''): Promise<{ code: number | null; checks: Check[]; output: string }> {
  const dir = path.join(outDir, `${scenario}${query ? '-dynamic' : ''}`);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CLI, 'server', '--url', `${proxyUrl}${query}`, '--scenario', scenario, '-o', dir], {
      cwd: outDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('checks.json'));
      const checks = files.flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Check[]);
      resolve({ code, checks, output });
    });
  });
}

beforeAll(async () => {
  // The suite sends a few hundred requests in a minute: room above the default 100 per minute.
  server = await startTestServer({ rateLimitPerMinute: 100_000 });
  const user = await registerUser(server);
  const pat = await api(server, user.access_token).post('/personal-access-tokens', { name: 'conformance' });
  proxy = await startProxy(new URL(server.mcpUrl), pat.body.data.token as string);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/mcp`;
});
afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('MCP conformance suite (server scenarios)', () => {
  it('every scenario of the installed suite is accounted for as applicable or not, with a reason', async () => {
    const listed = await new Promise<string>((resolve, reject) => {
      const child = spawn(NODE, [CLI, 'list'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(out));
    });
    const serverPart = listed.slice(listed.indexOf('Server scenarios'), listed.indexOf('Client scenarios'));
    const scenarios = [...serverPart.matchAll(/^\s+- ([a-z0-9-]+) \[/gm)].map((m) => m[1]!);
    expect(scenarios.length).toBeGreaterThan(10);
    expect(scenarios.filter((s) => !(s in APPLICABLE) && !(s in NOT_APPLICABLE))).toEqual([]);
  });

  it.runIf(process.env.MCP_CONFORMANCE_EXPLORE)(
    '(exploration) every scenario',
    async () => {
      for (const scenario of Object.keys(NOT_APPLICABLE)) {
        const { code, checks } = await runScenario(scenario);
        console.log(
          scenario,
          code,
          JSON.stringify(checks.filter((c) => c.status !== 'INFO').map((c) => [c.id, c.status, c.errorMessage?.slice(0, 160)])),
        );
      }
    },
    600_000,
  );

  for (const scenario of Object.keys(APPLICABLE)) {
    it.each(CONNECTIONS)(
      `${scenario} (/mcp%s): ${APPLICABLE[scenario]}`,
      async (query) => {
        const { code, checks, output } = await runScenario(scenario, query);
        expect(checks.length, output).toBeGreaterThan(0);
        const failed = checks.filter((c) => c.status === 'FAILURE');
        expect(failed, output).toEqual([]);
        expect(code, output).toBe(0);
        if (scenario === 'server-sse-multiple-streams' && query) {
          // With a session, the multiple-streams check itself runs (not just the no-session warning).
          expect(checks.find((c) => c.id === 'server-accepts-multiple-post-streams')?.status, output).toBe('SUCCESS');
        }
      },
      60_000,
    );
  }
});
