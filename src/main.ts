/**
 * Process entry: configuration from the environment → server → graceful shutdown on SIGTERM/SIGINT
 * (exit 0 when clean; a second signal, or a failed shutdown, exits 1). With DATABASE_URL, start-up waits
 * up to DB_CONNECT_TIMEOUT_S for PostgreSQL (a log line per attempt), then exits 1 with the reason.
 */
import { loadConfig } from './platform/config.js';
import { DatabaseUnreachableError } from './platform/db.js';
import { createLogger } from './platform/logger.js';
import { createServer } from './server.js';

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
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'stopping');
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
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
