/**
 * Failed-login throttling (rate-limiter-flexible's "login endpoint protection" pattern, with a block
 * that grows), counted in Redis when configured so that every instance shares it, else in memory.
 * The numbers are `config.loginThrottle` (documented on `auth.login` and in the README):
 *
 * - account + address: after `failuresPerAccountAddress` consecutive failures the pair is blocked for
 *   `blockSeconds`, doubled with each further block within a day, at most `maxBlockSeconds`. A
 *   successful login from that address resets the pair. An attacker at one address never blocks the
 *   owner at another.
 * - account, all addresses: after `failuresPerAccount` failures within an hour, addresses that have
 *   not signed in to the account successfully in the last 30 days are refused for the rest of that
 *   hour. A distributed guesser is slowed; the owner, from an address they used before, still gets in.
 * - address, all accounts: after `failuresPerAddress` failures within an hour the address is blocked
 *   for an hour (one host guessing many accounts).
 *
 * A refused attempt is not verified at all (no password hashing) and answers RATE_LIMIT_EXCEEDED with
 * the seconds to wait. Redis unavailable: the memory insurance limiters take over, per instance.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LoginThrottleConfig } from './config.js';
import { AppError } from './errors.js';
import type { Logger } from './logger.js';
import type { Redis } from './redis.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const KNOWN_ADDRESS_SECONDS = 30 * DAY;

export interface LoginThrottle {
  /** Throws RATE_LIMIT_EXCEEDED (with Retry-After) when this attempt must not even be checked. */
  check(account: string, address: string): Promise<void>;
  /** Counts a failed attempt (wrong password or unknown account: the same). */
  failed(account: string, address: string): Promise<void>;
  /** A successful login: resets the pair's failures and remembers the address for the account. */
  succeeded(account: string, address: string): Promise<void>;
}

export interface LoginThrottleOptions {
  config: LoginThrottleConfig;
  redis: Redis | null;
  /** e.g. `trcr` or `trcr:<namespace>`; the limiters' keys live under `<keyPrefix>:login:*`. */
  keyPrefix: string;
  log?: Pick<Logger, 'warn'>;
}

export function createLoginThrottle(opts: LoginThrottleOptions): LoginThrottle {
  const cfg = opts.config;
  const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const keyPrefix = `${opts.keyPrefix}:login:${name}`;
    const memory = new RateLimiterMemory({ points, duration, keyPrefix });
    if (!opts.redis) return memory;
    return new RateLimiterRedis({ storeClient: opts.redis, points, duration, keyPrefix, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  // Consecutive failures of a pair are counted over the longest block, so slow guessing still adds up.
  const pair = limiter('pair', cfg.failuresPerAccountAddress, cfg.maxBlockSeconds);
  const strikes = limiter('strikes', 10_000, DAY);
  const account = limiter('account', cfg.failuresPerAccount, HOUR);
  const address = limiter('address', cfg.failuresPerAddress, HOUR);
  const known = limiter('known', 1_000_000, KNOWN_ADDRESS_SECONDS);

  const pairKey = (acct: string, addr: string): string => `${acct}|${addr}`;

  /** `consume` that resolves with the result whether or not it was over the limit (store errors: null). */
  const count = async (l: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> => {
    try {
      return await l.consume(key, 1);
    } catch (rej) {
      if (rej instanceof RateLimiterRes) return rej;
      opts.log?.warn({ err: rej }, 'login throttle: counter store failed');
      return null;
    }
  };
  const read = async (l: RateLimiterAbstract, key: string): Promise<RateLimiterRes | null> => {
    try {
      return await l.get(key);
    } catch (err) {
      opts.log?.warn({ err }, 'login throttle: counter store failed');
      return null;
    }
  };

  const refuse = (msBeforeNext: number): never => {
    const retry = Math.max(1, Math.ceil(msBeforeNext / 1000));
    throw new AppError('RATE_LIMIT_EXCEEDED', `Too many failed sign-in attempts; retry in ${retry} s`, { retry_after: retry }, retry);
  };

  return {
    async check(acct, addr) {
      const [p, a, ad] = await Promise.all([read(pair, pairKey(acct, addr)), read(account, acct), read(address, addr)]);
      const waits: number[] = [];
      if (p && p.consumedPoints >= cfg.failuresPerAccountAddress) waits.push(p.msBeforeNext);
      if (ad && ad.consumedPoints >= cfg.failuresPerAddress) waits.push(ad.msBeforeNext);
      if (a && a.consumedPoints >= cfg.failuresPerAccount) {
        const k = await read(known, pairKey(acct, addr));
        if (!k || k.consumedPoints === 0) waits.push(a.msBeforeNext);
      }
      if (waits.length > 0) refuse(Math.max(...waits));
    },

    async failed(acct, addr) {
      const key = pairKey(acct, addr);
      const [p, , ad] = await Promise.all([count(pair, key), count(account, acct), count(address, addr)]);
      if (p && p.consumedPoints >= cfg.failuresPerAccountAddress) {
        const s = await count(strikes, key);
        const n = Math.max(1, s?.consumedPoints ?? 1);
        const seconds = Math.min(cfg.maxBlockSeconds, cfg.blockSeconds * 2 ** Math.min(n - 1, 30));
        await pair.block(key, seconds).catch((err: unknown) => opts.log?.warn({ err }, 'login throttle: block failed'));
      }
      if (ad && ad.consumedPoints >= cfg.failuresPerAddress) {
        await address.block(addr, HOUR).catch((err: unknown) => opts.log?.warn({ err }, 'login throttle: block failed'));
      }
    },

    async succeeded(acct, addr) {
      const key = pairKey(acct, addr);
      await Promise.allSettled([pair.delete(key), strikes.delete(key), count(known, key)]);
    },
  };
}
