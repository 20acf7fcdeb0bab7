/**
 * An MCP client connected to a test server over Streamable HTTP with `Authorization: Bearer <token>`
 * (a PAT or a JWT). Close it with `await client.close()`.
 */
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { TestServer } from './server.js';

export async function connectMcp(server: Pick<TestServer, 'mcpUrl'>, token: string, headers: Record<string, string> = {}): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(server.mcpUrl), {
    requestInit: { headers: { authorization: `Bearer ${token}`, ...headers } },
  });
  const client = new Client({ name: 'trcr-tests', version: '1.0.0' });
  await client.connect(transport);
  return client;
}
