import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusEvent } from '../../src/platform/bus.js';
import { createServices, type Services } from '../../src/platform/services.js';
import { silentLogger } from '../../src/platform/logger.js';
import { createTestDatabase, createTestServices, testConfig, TEST_REDIS_URL, type TestDatabase } from '../../src/platform/testing.js';
import { withTx } from '../../src/platform/tx.js';
import type { EmittedEvent } from '../../src/platform/tx.js';

describe('createServices', () => {
  it('memory mode: migrates, works, closes idempotently and drops its test database', async () => {
    const svc = await createTestServices({ prefix: 'svc_mem' });
    expect(svc.redis).toBeNull();
    const [r] = await svc.db`select count(*) as c from schema_migrations`;
    expect(r!.c).toBeGreaterThan(0);
    expect((await svc.limiter.consume('u')).limit).toBe(100);
    await svc.close();
    await svc.close();
  });

  describe('two instances on one database and one Redis', () => {
    let db: TestDatabase;
    let a: Services;
    let b: Services;
    beforeAll(async () => {
      db = await createTestDatabase('svc_pair');
      const cfg = (id: string) => testConfig({ databaseUrl: db.url, redisUrl: TEST_REDIS_URL, instanceId: id, rateLimitPerMinute: 3 });
      [a, b] = await Promise.all([createServices(cfg('a'), { logger: silentLogger() }), createServices(cfg('b'), { logger: silentLogger() })]);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await db?.drop();
    });

    it('an event committed on A reaches subscribers on B with its outbox seq', async () => {
      const got: BusEvent[] = [];
      const unsub = b.bus.subscribe((e) => got.push(e));
      const marker = `m-${Math.random()}`;
      await withTx(a, (_sql, emit) => {
        emit({ type: 'EntityChanged', org_id: 'org_x', user_id: null, data: { marker } } as unknown as EmittedEvent);
        return Promise.resolve();
      });
      for (let i = 0; i < 60 && !got.some((e) => (e.data as Record<string, unknown>).marker === marker); i++)
        await new Promise((r) => setTimeout(r, 50));
      unsub();
      const e = got.find((x) => (x.data as Record<string, unknown>).marker === marker);
      expect(e).toBeDefined();
      const [row] = await b.db`select seq from events where payload->>'marker' = ${marker}`;
      expect(e!.seq).toBe(row!.seq);
    });

    it('the API limiter is shared', async () => {
      const key = `user-${Math.random()}`;
      expect((await a.limiter.consume(key)).remaining).toBe(2);
      expect((await b.limiter.consume(key)).remaining).toBe(1);
      expect((await a.limiter.consume(key)).remaining).toBe(0);
      expect((await b.limiter.consume(key)).allowed).toBe(false);
      await a.limiter.reset(key);
    });
  });
});
