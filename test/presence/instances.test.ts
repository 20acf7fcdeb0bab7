/**
 * Presence across instances sharing PostgreSQL and Redis: a user with sockets on two instances is online once
 * and goes offline only when the last one closes; when an instance dies without closing its sockets (a child
 * process killed with SIGKILL), a live instance takes its sockets off and announces its users offline within
 * the presence TTL (shortened here; the defaults are checked below: 20 s + 5 s, under a minute).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { joinOrg } from '../projects/fixtures.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

const FAST = { presenceHeartbeatMs: 150, presenceTtlMs: 900, rateLimitPerMinute: 100_000, wsMessagesPerMinute: 100_000 };
const ROOT = path.resolve(import.meta.dirname, '../..');

let a: TestServer;
let b: TestServer;
let owner: RegisteredUser;
let member: RegisteredUser;
let watcher: WsClient;
const children = new Set<ChildProcess>();

const presenceOf = (userId: string, status?: string) => (e: WsEvent) =>
  e.event === 'UserPresence' && e.data.user_id === userId && (status === undefined || e.data.status === status);

beforeAll(async () => {
  a = await startTestServer(FAST);
  b = await startTestServer(FAST, { shareWith: a });
  owner = await registerUser(a, { name: 'Owner' });
  member = await registerUser(a, { name: 'Member' });
  await joinOrg(a, owner.orgId, member.user.id, 'member');
  watcher = await connectWs(a, owner.access_token);
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await watcher?.close();
  await b?.close();
  await a?.close();
});

async function statusOf(server: TestServer, userId: string): Promise<string> {
  const res = await api(server, owner.access_token).get('/presence?per_page=100');
  return res.body.data.find((m: any) => m.user_id === userId).status;
}

/** Starts test/presence/instance.ts on a's deployment; resolves with its URLs once it listens. */
async function spawnInstance(): Promise<{ child: ChildProcess; url: string; wsUrl: string }> {
  const bin = path.join(ROOT, 'node_modules', '.bin');
  // Node itself with tsx's loader (the `tsx` command would run the server in a grandchild SIGKILL never reaches).
  const child = spawn(path.join(bin, 'node'), ['--import', 'tsx', 'test/presence/instance.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      TRCR_TEST_DATABASE: a.databaseName,
      PRESENCE_HEARTBEAT_MS: String(FAST.presenceHeartbeatMs),
      PRESENCE_TTL_MS: String(FAST.presenceTtlMs),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${err}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\{"listening":"([^"]+)"\}/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${err}`)));
  });
  return { child, url, wsUrl: `${url.replace(/^http/, 'ws')}/ws` };
}

describe('two instances', () => {
  it('sockets on both: online once; closing one keeps the user online; the last one takes them offline', async () => {
    const onA = await connectWs(a, member.access_token);
    await watcher.nextEvent(presenceOf(member.user.id, 'online'));
    const onB = await connectWs(b, member.access_token);
    expect(await watcher.noEvent(presenceOf(member.user.id), 400)).toBe(true);
    expect(await statusOf(b, member.user.id)).toBe('online');

    await onA.close();
    expect(await watcher.noEvent(presenceOf(member.user.id), 400)).toBe(true);
    expect(await statusOf(a, member.user.id)).toBe('online');
    expect(await statusOf(b, member.user.id)).toBe('online');

    await onB.close();
    await watcher.nextEvent(presenceOf(member.user.id, 'offline'));
    expect(await statusOf(a, member.user.id)).toBe('offline');
    expect(watcher.messages.filter((m) => m.event === 'UserPresence' && m.data.user_id === member.user.id)).toHaveLength(2);
  });

  it('an instance killed without closing its sockets: its users go offline, announced once', async () => {
    const c = await spawnInstance();
    const onC = await connectWs(c, member.access_token);
    await watcher.nextEvent(presenceOf(member.user.id, 'online'));
    // The owner also has a socket on C, and one on A that keeps them online.
    const ownerOnC = await connectWs(c, owner.access_token);
    expect(await statusOf(a, member.user.id)).toBe('online');

    const killedAt = Date.now();
    c.child.kill('SIGKILL');
    await Promise.all([onC.closed, ownerOnC.closed]);
    const offline = await watcher.nextEvent(presenceOf(member.user.id, 'offline'), 10_000);
    const took = Date.now() - killedAt;
    expect(took).toBeLessThan(FAST.presenceTtlMs + 3 * FAST.presenceHeartbeatMs + 1000);
    expect(offline.data.last_seen).toMatch(/Z$/);
    expect(await statusOf(b, member.user.id)).toBe('offline');
    // The owner kept their socket on A: still online, and nobody announced them offline.
    expect(await statusOf(b, owner.user.id)).toBe('online');
    expect(await watcher.noEvent((e) => e.event === 'UserPresence' && e.data.status === 'offline', 600)).toBe(true);
    expect(
      watcher.messages.filter((m) => m.event === 'UserPresence' && m.data.user_id === member.user.id && m.data.status === 'offline'),
    ).toHaveLength(2);
  }, 60_000);
});

describe('defaults', () => {
  it('a dead instance is noticed within a minute: TTL 20 s, heartbeat every 5 s', () => {
    const cfg = loadConfig({}, { jwtSecret: 'x'.repeat(40) });
    expect(cfg.presenceTtlMs).toBe(20_000);
    expect(cfg.presenceHeartbeatMs).toBe(5_000);
    expect(cfg.presenceTtlMs + cfg.presenceHeartbeatMs).toBeLessThan(60_000);
  });
});
