/**
 * A private `redis-server` for fault tests: a free loopback port, no persistence (`--save ""`,
 * `--appendonly no`), its own temp dir. `stop()` ends it (SIGTERM, then SIGKILL after 5 s), `start()`
 * brings it back on the same port, `close()` ends it for good and removes the dir. Every step is bounded;
 * the server is also killed if the test process exits without closing it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/ports.js';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Starts (again) on the same port; resolves once it answers PING. */
  start(): Promise<void>;
  /** Stops the server (the outage); resolves once the process has exited. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Resolves once `PING` on 127.0.0.1:port answers `+PONG` (raw RESP, no client library), or rejects after `timeoutMs`. */
async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      const done = (v: boolean): void => {
        s.destroy();
        resolve(v);
      };
      s.setTimeout(500, () => done(false));
      s.once('error', () => done(false));
      s.once('connect', () => s.write('PING\r\n'));
      s.once('data', (d) => done(d.toString().startsWith('+PONG')));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const p of running) p.kill('SIGKILL');
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  installExitHook();
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-fault-redis-'));
  let proc: ChildProcess | null = null;

  const start = async (): Promise<void> => {
    if (proc) return;
    const p = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    proc = p;
    running.add(p);
    p.once('exit', () => {
      running.delete(p);
      if (proc === p) proc = null;
    });
    await waitForPong(port, 10_000);
  };

  const stop = async (): Promise<void> => {
    const p = proc;
    if (!p) return;
    const exited = new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.once('exit', () => resolve())));
    p.kill('SIGTERM');
    const timer = setTimeout(() => p.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async close() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
