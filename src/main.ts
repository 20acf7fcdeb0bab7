/**
 * Process entry: configuration from the environment → server → graceful shutdown on SIGTERM/SIGINT
 * (exit 0 when clean; a second signal, or a failed shutdown, exits 1).
 */
import { loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { createServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const server = await createServer(config, { logger: log });
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
