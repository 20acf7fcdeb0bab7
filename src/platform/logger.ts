/**
 * pino logger: JSON lines on stdout, level from config (`silent` for tests). Child loggers carry
 * request ids (`log.child({ request_id })`).
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
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that discards everything (tests, tools). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
