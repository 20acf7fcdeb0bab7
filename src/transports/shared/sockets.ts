/**
 * Small pieces both WebSocket transports (/ws and the relay's Phoenix socket) share: the
 * key → set indexes their fan-out registries are built from, and a bounded graceful close.
 */
import type { WebSocket } from 'ws';

/** Adds `value` to the set under `key`, creating it. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Removes `value` from the set under `key`, dropping the set once empty. */
export function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * Runs `close` (which sends the close frame) and resolves once the socket is closed; a peer that
 * does not answer within `graceMs` is cut off.
 */
export function closeWithin(ws: WebSocket, close: () => void, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve();
    const timer = setTimeout(() => ws.terminate(), graceMs).unref();
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    close();
  });
}

/** setTimeout's longest delay (about 24.8 days); a later deadline is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `fn` at `whenMs` (ms since the epoch; at once if past), with an unref'd timer; returns the
 * function that cancels it. For a credential's expiry: a PAT may expire months ahead.
 */
export function runAt(whenMs: number, fn: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = (): void => {
    const delay = Math.max(0, whenMs - Date.now());
    timer = setTimeout(delay > MAX_TIMER_MS ? arm : fn, Math.min(delay, MAX_TIMER_MS)).unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/** How long a slow consumer has to read the close frame (behind its backlog) before it is cut off. */
export const SLOW_CONSUMER_GRACE_MS = 5_000;

/**
 * Sends `data` unless the peer is a slow consumer: when the socket's unsent data (`bufferedAmount`: what
 * `ws` and the OS socket still hold) already exceeds `maxBuffered` bytes, nothing is queued and `false` is
 * returned, so the caller closes it. The backlog therefore stays under `maxBuffered` plus one message,
 * while a single message larger than the bound still goes to a peer that keeps up.
 */
export function sendWithin(ws: WebSocket, data: Buffer | string, maxBuffered: number): boolean {
  if (ws.bufferedAmount > maxBuffered) return false;
  ws.send(data, { binary: false });
  return true;
}
