/**
 * Process entry: configuration from the environment → server → graceful shutdown.
 *
 * `npm start` runs this file in node itself (`exec node --import tsx src/main.ts`: no shell and no tsx
 * parent process in between), so npm's child is the server. A SIGTERM or SIGINT may arrive more than once
 * for one stop: sent to the process group (Ctrl-C in a terminal, a container runtime), the server gets it
 * from the kernel and again from npm, which forwards it to its child. Every such signal joins the one drain
 * (stop accepting, finish in-flight requests within SHUTDOWN_TIMEOUT_MS, close sockets with 1012, exit 0);
 * "stopping" is logged once. Only a drain that overruns its bound is cut short (exit 1).
 * Started by npm, the server also drains when npm goes away without forwarding a signal (its parent changes).
 * With DATABASE_URL, start-up waits up to DB_CONNECT_TIMEOUT_S for PostgreSQL (a log line per attempt),
 * then exits 1 with the reason.
 */
import { loadConfig } from './platform/config.js';
import { DatabaseUnreachableError } from './platform/db.js';
import { createLogger } from './platform/logger.js';
import { createServer } from './server.js';

/** After the drain bound, this much more for closing sockets and services before the exit is forced. */
const FORCED_EXIT_MARGIN_MS = 5_000;
const PARENT_CHECK_MS = 1_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  let server: Awaited<ReturnType<typeof createServer>>;
  try {
    server = await createServer(config, { logger: log });
  } catch (err) {
    if (err instanceof DatabaseUnreachableError) {
      log.fatal({ err: err.message }, err.message);
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  log.info({ url: server.url, docs: `${server.url}/docs` }, `TRCR listening on ${server.url} (docs: ${server.url}/docs)`);

  let stopping = false;
  const stop = (cause: string): void => {
    if (stopping) {
      log.debug({ cause }, 'already stopping');
      return;
    }
    stopping = true;
    log.info({ signal: cause }, 'stopping');
    setTimeout(() => {
      log.error({ bound_ms: config.shutdownTimeoutMs + FORCED_EXIT_MARGIN_MS }, 'shutdown overran its bound: exiting now');
      process.exit(1);
    }, config.shutdownTimeoutMs + FORCED_EXIT_MARGIN_MS).unref();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) stop('parent exited');
    }, PARENT_CHECK_MS).unref();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
