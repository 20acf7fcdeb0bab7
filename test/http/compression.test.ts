/** Response compression: gzip/br for JSON bodies from 1 KB, nothing for small ones, MCP's raw (streamed) answers untouched. */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shouldCompress } from '../../src/transports/http/compress.js';
import { connectMcp } from '../support/mcp.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { rawRequest } from './support.js';

let server: TestServer;
let user: RegisteredUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await registerUser(server);
  const client = api(server, user.access_token);
  for (let i = 0; i < 8; i++) {
    const res = await client.post('/projects', { name: `Project ${i} ${'x'.repeat(150)}` });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.close();
});

const auth = (): Record<string, string> => ({ authorization: `Bearer ${user.access_token}` });

describe('JSON bodies over 1 KB', () => {
  it('come back gzip-compressed for Accept-Encoding: gzip', async () => {
    const res = await rawRequest('GET', `${server.url}/api/v1/projects?per_page=100`, { ...auth(), 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    const json = JSON.parse(zlib.gunzipSync(res.body).toString('utf8'));
    expect(json.data).toHaveLength(8);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(json)));
  });

  it('come back br-compressed for Accept-Encoding: br (and br is preferred when both are offered)', async () => {
    for (const accept of ['br', 'gzip, deflate, br']) {
      const res = await rawRequest('GET', `${server.url}/api/v1/projects?per_page=100`, { ...auth(), 'accept-encoding': accept });
      expect(res.headers['content-encoding']).toBe('br');
      expect(JSON.parse(zlib.brotliDecompressSync(res.body).toString('utf8')).data).toHaveLength(8);
    }
  });

  it('stay plain without Accept-Encoding, or when only zstd/deflate are offered', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'zstd, deflate' }] as Record<string, string>[]) {
      const res = await rawRequest('GET', `${server.url}/api/v1/projects?per_page=100`, { ...auth(), ...headers });
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(res.body.toString('utf8')).data).toHaveLength(8);
    }
  });
});

describe('small bodies', () => {
  it('are not compressed', async () => {
    const res = await rawRequest('GET', `${server.url}/api/v1/me`, { ...auth(), 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString('utf8')).data.id).toBe(user.user.id);
  });
});

describe('streaming responses', () => {
  it('event streams are never compressed', () => {
    expect(shouldCompress('text/event-stream')).toBe(false);
    expect(shouldCompress('application/json')).toBe(true);
    expect(shouldCompress('application/graphql-response+json')).toBe(true);
    expect(shouldCompress('image/png')).toBe(false);
  });

  it('MCP answers a raw initialize with Accept-Encoding: gzip, uncompressed and complete', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1.0.0' } },
    });
    const res = await rawRequest(
      'POST',
      server.mcpUrl,
      { ...auth(), 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'accept-encoding': 'gzip, br' },
      body,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    const text = res.body.toString('utf8');
    // JSON, or one SSE `data:` event, depending on how the SDK chose to answer.
    const payload = String(res.headers['content-type']).startsWith('text/event-stream')
      ? text
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('')
      : text;
    const msg = JSON.parse(payload);
    expect(msg).toMatchObject({ jsonrpc: '2.0', id: 1, result: { serverInfo: { name: 'trcr' } } });
  });

  it('the MCP SDK client works with Accept-Encoding: gzip (tools/list is well over 1 KB)', async () => {
    const client = await connectMcp(server, user.access_token, { 'accept-encoding': 'gzip' });
    try {
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(10);
      const res = await client.callTool({ name: 'projects_list', arguments: { per_page: 100 } });
      expect(res.isError).toBeFalsy();
      expect((res.structuredContent as { data: unknown[] }).data).toHaveLength(8);
    } finally {
      await client.close();
    }
  });
});
