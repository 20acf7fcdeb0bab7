/**
 * A load-time repair of postgres.js 3.4.9's write scheduler (src/connection.js), which otherwise crashes
 * the process or poisons pool connections when PostgreSQL restarts under load.
 *
 * The defect (upstream porsager/postgres#1066, #1154, #1208; fixes proposed in #1168, #1176, #1209, none
 * released): `write()` batches small writes behind `setImmediate(nextWrite)` and arms that immediate only
 * while `nextWriteTimer === null`; `nextWrite()` is the only place that resets it.
 *   1. `closed()` and `terminate()` cancel the immediate but leave `nextWriteTimer` set and the buffered
 *      `chunk` in place. After the reconnect, the StartupMessage is appended to the stale bytes and never
 *      flushed: the connection waits for `connect_timeout`, then again, until the buffer passes 1024 bytes
 *      and garbage is sent. Requests hang for seconds around every restart.
 *   2. A write issued while the socket is gone (between `closed()` and the reconnect) schedules
 *      `nextWrite`, which runs `socket.write` on `null` inside `setImmediate`: an uncaught TypeError
 *      ("Cannot read properties of null (reading 'write') at Immediate.nextWrite") that kills the process.
 *   3. The row counter `rows` is reset only by CommandComplete. A connection that dies while a result is
 *      streaming (a fast shutdown or `pg_terminate_backend` between DataRows) keeps its count, so the first
 *      query after the reconnect stores its rows from that index on: a result with holes (`rows[0]` is
 *      undefined), which a list query turned into a 500 during PostgreSQL restarts. Likewise the last
 *      `errorResponse` (e.g. 57P01 "terminating connection due to administrator command" of a fast
 *      shutdown) survives the close, and the first query after the reconnect is failed with it.
 * The repair, as in upstream #1209 and LanternOps/breeze#4279: teardown resets `chunk` and `nextWriteTimer`
 * (and, for 3., `rows`, the half-filled `result(s)` and the stale `errorResponse`);
 * `nextWrite()` with no socket drops the bytes and fails the connection's queries with CONNECTION_CLOSED
 * (catchable) instead of throwing from a timer.
 *
 * How: a synchronous module-loader hook (`module.registerHooks`, Node >= 22.15) rewrites the source of
 * `postgres/src/connection.js` (and the CommonJS build) as it is loaded. It must be installed before
 * postgres.js is first loaded: db.ts installs it, then imports postgres.js dynamically. Each replacement
 * must match exactly; if the source differs (another version, fixed upstream), nothing is changed and
 * {@link postgresFixStatus} says so (db.ts logs it).
 */
import module from 'node:module';

export type PostgresFixStatus = 'not-loaded' | 'applied' | 'source-changed' | 'unsupported';

let status: PostgresFixStatus = 'not-loaded';
let installed = false;

const TARGET = /[\\/]node_modules[\\/]postgres[\\/](cjs[\\/])?src[\\/]connection\.js$/;

const NEXT_WRITE = `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)`;
const NEXT_WRITE_FIXED = `  function nextWrite(fn) {
    if (!socket) { // trcr fix (porsager/postgres#1208): the socket closed after this write was scheduled
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`;
const TEARDOWN = `    clearImmediate(nextWriteTimer)\n`;
const TEARDOWN_FIXED = `    clearImmediate(nextWriteTimer), chunk = nextWriteTimer = null, rows = 0, result = new Result(), results = errorResponse = null // trcr fix (LanternOps/breeze#3225; 3.)\n`;

/** The patched source, or null when `source` is not the 3.4.9 text this repair was written for. */
export function patchConnectionSource(source: string): string | null {
  if (source.split(NEXT_WRITE).length !== 2) return null;
  // terminate() and closed(): exactly two teardown lines.
  if (source.split(TEARDOWN).length !== 3) return null;
  return source.replace(NEXT_WRITE, NEXT_WRITE_FIXED).split(TEARDOWN).join(TEARDOWN_FIXED);
}

/** Installs the loader hook (idempotent). Call before postgres.js is loaded. */
export function installPostgresFix(): void {
  if (installed) return;
  installed = true;
  const register = (module as { registerHooks?: typeof module.registerHooks }).registerHooks;
  if (typeof register !== 'function') {
    status = 'unsupported';
    return;
  }
  register({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!TARGET.test(url.startsWith('file:') ? new URL(url).pathname : url)) return result;
      const source =
        typeof result.source === 'string' ? result.source : result.source ? Buffer.from(result.source as Uint8Array).toString('utf8') : null;
      if (source === null) return result;
      const fixed = patchConnectionSource(source);
      if (fixed === null) {
        if (status !== 'applied') status = 'source-changed';
        return result;
      }
      status = 'applied';
      return { ...result, source: fixed };
    },
  });
}

/** Whether the repair was applied to the loaded postgres.js. */
export function postgresFixStatus(): PostgresFixStatus {
  return status;
}
