/**
 * A second server instance as a child process, for test/presence/instances.test.ts to kill with SIGKILL (no
 * graceful close): it joins an existing test deployment (database and Redis namespace `TRCR_TEST_DATABASE`),
 * with the presence timings given in `PRESENCE_HEARTBEAT_MS` / `PRESENCE_TTL_MS`, and prints
 * `{"listening": "<url>"}` once it serves.
 */
import { startTestServer, type TestServer } from '../support/server.js';

const databaseName = process.env.TRCR_TEST_DATABASE;
if (!databaseName) throw new Error('TRCR_TEST_DATABASE is required');
const server = await startTestServer(
  {
    rateLimitPerMinute: 100_000,
    wsMessagesPerMinute: 100_000,
    presenceHeartbeatMs: Number(process.env.PRESENCE_HEARTBEAT_MS ?? 5000),
    presenceTtlMs: Number(process.env.PRESENCE_TTL_MS ?? 20_000),
  },
  { shareWith: { databaseName } as TestServer },
);
process.stdout.write(`${JSON.stringify({ listening: server.url })}\n`);
