/**
 * Cost of the per-call revocation check (issue 8 item 13): `authenticateBearer` on a JWT, which is
 * verified from the in-process cache and then looked up in the revoked-session Map, against the same
 * token path without the Map look-up (`verifyAccessToken` alone). No server, no database: the check
 * itself is what is measured. Run: `npx tsx bench/revocation-check.ts` (prints medians of 7 runs).
 */
import { authenticateBearer } from '../src/domain/auth/authenticate.js';
import { revocations } from '../src/domain/auth/revocation.js';
import { createMemoryBus } from '../src/platform/bus.js';
import { loadConfig } from '../src/platform/config.js';
import { signAccessToken, verifyAccessToken } from '../src/platform/crypto.js';
import type { Services } from '../src/platform/services.js';

const N = 200_000;
const RUNS = 7;
const config = loadConfig({}, { jwtSecret: 'bench-secret-0123456789abcdef0123456789abcdef', dataDir: '/tmp/trcr-bench', logLevel: 'silent' });
const svc = { config, bus: createMemoryBus() } as unknown as Services;
// 10,000 sessions revoked within the last 15 minutes: far more than a busy deployment's logouts.
revocations(svc).add({ sessionIds: Array.from({ length: 10_000 }, (_, i) => `fam_${i}`), patIds: [] });
const token = await signAccessToken(config, { sub: 'usr_1', sid: 'fam_live' });

async function perCallNs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await fn();
  return Number(process.hrtime.bigint() - start) / N;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const withCheck: number[] = [];
const without: number[] = [];
await perCallNs(() => authenticateBearer(svc, token)); // warm-up
for (let r = 0; r < RUNS; r++) {
  without.push(await perCallNs(() => verifyAccessToken(config, token)));
  withCheck.push(await perCallNs(() => authenticateBearer(svc, token)));
}
const fmt = (xs: number[]): string => `median ${median(xs).toFixed(0)} ns (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`verifyAccessToken (cached):                     ${fmt(without)}`);
console.log(`authenticateBearer (cached + revocation check): ${fmt(withCheck)}`);
console.log(`revocation check: ~${(median(withCheck) - median(without)).toFixed(0)} ns per call`);
await svc.bus.close();
