/**
 * Helpers for the HTTP-layer tests: raw requests that show the bytes on the wire (fetch would
 * decompress), a server whose logs are captured, and a port where nothing listens.
 */
import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import type { Config } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { startTestServer } from '../support/server.js';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body exactly as received (still compressed when Content-Encoding says so). */
  body: Buffer;
}

/** One HTTP request with node:http: nothing added, nothing decoded. */
export function rawRequest(method: string, url: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: body === undefined ? headers : { 'content-length': String(Buffer.byteLength(body)), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on (taken, then released). */
export async function unusedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export interface LoggedServer {
  url: string;
  /** Every JSON log line written so far. */
  lines: Record<string, unknown>[];
  /** The `request` lines of `requestId`, once at least one is there (waits up to 2 s). */
  requestLines(requestId: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A test server (startTestServer) whose logs, at `info`, are kept in memory instead of discarded. */
export async function startLoggedServer(overrides: Partial<Config> = {}): Promise<LoggedServer> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const server = await startTestServer(overrides, { logger: createLogger({ logLevel: 'info', instanceId: 'test' }, sink) });
  const requestLines = async (requestId: string): Promise<Record<string, unknown>[]> => {
    const mine = () => lines.filter((l) => l.msg === 'request' && l.request_id === requestId);
    // The line is written when the response has finished, which may be just after the client has it.
    for (let i = 0; i < 40 && mine().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 50)); // room for an unwanted second line to show up
    return mine();
  };
  return { url: server.url, lines, requestLines, close: () => server.close() };
}
