/**
 * ioredis clients configured so that a Redis outage never stalls a request:
 * - every command has a timeout (`commandTimeout`, default 1 s) and is retried at most once;
 * - once connected, the offline queue is off: while Redis is down, commands fail immediately
 *   (callers fall back: the rate limiter to memory, the bus logs and drops);
 * - reconnection continues forever with capped backoff;
 * - `error` events are logged (throttled), never thrown as unhandled.
 * ioredis 6 speaks RESP3 by default; subscribers keep working across reconnects (autoResubscribe).
 */
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

export { Redis };

export interface RedisClientOptions {
  log?: Pick<Logger, 'warn' | 'info' | 'error'>;
  /** Shown in `CLIENT LIST` and in logs. */
  name?: string;
  /** Per-command timeout in ms (default 1000). Not applied to subscriber connections. */
  commandTimeoutMs?: number;
  /** A connection used only for SUBSCRIBE: keeps its offline queue so (re)subscribing never fails. */
  subscriber?: boolean;
}

export function createRedis(url: string, opts: RedisClientOptions = {}): Redis {
  const name = opts.name ?? 'trcr';
  const subscriber = opts.subscriber ?? false;
  const client = new Redis(url, {
    connectionName: name,
    ...(subscriber ? {} : { commandTimeout: opts.commandTimeoutMs ?? 1000 }),
    maxRetriesPerRequest: subscriber ? null : 1,
    connectTimeout: 5000,
    // Commands issued before the first connection wait for it (bounded by commandTimeout);
    // after the first `ready`, the queue is switched off (see below) so outages fail fast.
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), 5000),
  });

  let lastErrorLog = 0;
  let down = false;
  client.on('error', (err: Error) => {
    const now = Date.now();
    if (!down || now - lastErrorLog > 30_000) {
      lastErrorLog = now;
      opts.log?.warn({ err: { message: err.message, code: (err as { code?: string }).code }, redis: name }, 'redis error');
    }
    down = true;
  });
  client.on('ready', () => {
    if (!subscriber) client.options.enableOfflineQueue = false;
    if (down) opts.log?.info({ redis: name }, 'redis reconnected');
    down = false;
  });
  client.on('end', () => {
    down = true;
  });
  return client;
}

/** Resolves true once `client` is ready, false after `timeoutMs` (the client keeps retrying). */
export function waitForRedis(client: Redis, timeoutMs = 3000): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const onReady = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    timer.unref();
    client.once('ready', onReady);
  });
}

/** Closes a client: QUIT when connected (bounded), else disconnect. Never throws. */
export async function closeRedis(client: Redis): Promise<void> {
  try {
    if (client.status === 'ready') {
      await Promise.race([client.quit(), new Promise((r) => setTimeout(r, 1000).unref())]);
    }
  } catch {
    // ignore
  } finally {
    client.disconnect(false);
  }
}
