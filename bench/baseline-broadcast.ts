/**
 * Fan-out floor: a bare `ws` server (no auth, no bus, no database) that, on
 * `POST /trigger?seq=N&size=BYTES`, builds one EntityChanged-shaped text frame of exactly BYTES bytes
 * carrying the marker `evt-<seq>-evt` (the same marker the real server's task title carries), serializes
 * it once and sends it to every connected client. It answers the trigger after the sends are queued.
 *
 * Run: `taskset -c 1 node_modules/.bin/tsx bench/baseline-broadcast.ts` (PORT, default 8092).
 */
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 8092);

/** An EntityChanged frame of `size` bytes (ASCII only, so characters = bytes), padded in `entity.description`. */
function broadcastPayload(seq: number, size: number): string {
  const title = `evt-${String(seq).padStart(6, '0')}-evt`;
  const frame = (pad: string): string =>
    JSON.stringify({
      event: 'EntityChanged',
      data: {
        entity_type: 'task',
        entity_id: 'tsk_baseline',
        action: 'updated',
        changes: { title: { from: 'previous', to: title } },
        entity: { id: 'tsk_baseline', title, description: pad },
        timestamp: new Date().toISOString(),
      },
    });
  const bare = frame('').length;
  return frame('x'.repeat(Math.max(0, size - bare)));
}

function main(): void {
  const clients = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 65536 });
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('error', () => ws.terminate());
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ clients: clients.size }));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/trigger') {
      req.resume();
      const payload = broadcastPayload(Number(url.searchParams.get('seq')), Number(url.searchParams.get('size') ?? 1000));
      for (const ws of clients) ws.send(payload);
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404).end();
  });
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  server.listen(port, '127.0.0.1');

  const shutdown = (): void => {
    for (const ws of clients) ws.terminate();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main();
