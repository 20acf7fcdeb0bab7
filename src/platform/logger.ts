/**
 * pino logger: JSON lines on stdout, level from config (`silent` for tests). Child loggers carry
 * request ids (`log.child({ request_id })`). Stdout is written asynchronously and in batches (pino's
 * SonicBoom, `sync: false`, at least 4 KB per write, and whatever is pending every 250 ms): one line
 * per request must not cost a write of its own (measured: a tenth of a cheap request's CPU), a slow
 * pipe never blocks the event loop, and pino flushes what is pending when the process exits.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'instanceId'>>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: config.instanceId ? { instance: config.instanceId } : { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'refresh_token',
        '*.refresh_token',
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return pino(options, destination ?? batchedStdout());
}

const FLUSH_EVERY_MS = 250;

function batchedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      stdout.flush();
    } catch {
      // not ready yet or already closed: the next tick (or exit) flushes
    }
  }, FLUSH_EVERY_MS).unref();
  return stdout;
}

/** A logger that discards everything (tests, tools). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
