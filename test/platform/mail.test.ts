import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../src/platform/bus.js';
import { createDb, type Sql } from '../../src/platform/db.js';
import { silentLogger } from '../../src/platform/logger.js';
import { installJobQueue } from '../../src/platform/jobs.js';
import { createMailer, enqueueMail, type Mailer } from '../../src/platform/mail.js';
import { migrate } from '../../src/platform/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../src/platform/testing.js';
import { withTx } from '../../src/platform/tx.js';

describe('mail outbox', () => {
  let db: TestDatabase;
  let sql: Sql;
  let dataDir: string;
  let mailer: Mailer;

  beforeAll(async () => {
    db = await createTestDatabase('mail');
    sql = createDb(db.url, { max: 4 });
    await migrate(sql);
    await installJobQueue(db.url, silentLogger());
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'trcr-mail-'));
    mailer = createMailer({ db: sql, config: { dataDir, mailFrom: 'TRCR <no-reply@trcr.local>' }, log: silentLogger() });
  });
  afterAll(async () => {
    await mailer?.close();
    await sql?.end({ timeout: 5 });
    await db?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('writes an .eml file for an enqueued message and marks it sent', async () => {
    const id = await enqueueMail(sql, {
      to: 'ada@example.com',
      subject: 'Reset your password',
      text: 'Use this link: https://x/reset?t=1',
      html: '<p>Use this link</p>',
      kind: 'password_reset',
    });
    expect(id).toMatch(/^mail_/);
    await mailer.drain();
    const eml = await fs.readFile(path.join(dataDir, 'mail', `${id}.eml`), 'utf8');
    expect(eml).toContain('To: ada@example.com');
    expect(eml).toContain('Subject: Reset your password');
    expect(eml).toContain('From: TRCR <no-reply@trcr.local>');
    expect(eml).toContain('Use this link');
    const [row] = await sql`select sent_at, attempts, last_error from mail_outbox where id = ${id}`;
    expect(row!.sent_at).toMatch(/Z$/);
    expect(row!.attempts).toBe(1);
    expect(row!.last_error).toBeNull();
  });

  it('sends nothing for a rolled-back transaction; a committed one enqueues one delivery job however many mails it queues', async () => {
    const svc = { db: sql, bus: createMemoryBus() };
    // No worker runs in this file: the pending deliver_mail jobs only grow.
    const pending = async (): Promise<number> =>
      Number((await sql`select count(*)::int as c from graphile_worker.jobs where task_identifier = 'deliver_mail'`)[0]!.c);
    const before = await pending();
    let rolledBackId = '';
    await expect(
      withTx(svc, async (tx) => {
        rolledBackId = await enqueueMail(tx, { to: 'x@example.com', subject: 'no', text: 'no', kind: 'test' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await pending()).toBe(before);
    const id = await withTx(svc, async (tx) => {
      const [first] = await Promise.all([
        enqueueMail(tx, { to: 'grace@example.com', subject: 'Welcome', text: 'Hi', kind: 'welcome' }),
        enqueueMail(tx, { to: 'grace2@example.com', subject: 'Welcome', text: 'Hi', kind: 'welcome' }),
      ]);
      await enqueueMail(tx, { to: 'grace3@example.com', subject: 'Welcome', text: 'Hi', kind: 'welcome' });
      return first;
    });
    expect(await pending()).toBe(before + 1);
    await withTx(svc, (tx) => enqueueMail(tx, { to: 'grace4@example.com', subject: 'Welcome', text: 'Hi', kind: 'welcome' }));
    expect(await pending()).toBe(before + 2);
    await mailer.drain();
    expect(await fs.readFile(path.join(dataDir, 'mail', `${id}.eml`), 'utf8')).toContain('To: grace@example.com');
    await expect(fs.stat(path.join(dataDir, 'mail', `${rolledBackId}.eml`))).rejects.toThrow();
    expect((await sql`select count(*) as c from mail_outbox where id = ${rolledBackId}`)[0]!.c).toBe(0);
  });

  it('a failed delivery waits for its backoff (next_attempt_at), then is retried', async () => {
    const broken = createMailer({ db: sql, config: { dataDir: '/dev/null/nowhere', mailFrom: 'TRCR <no-reply@trcr.local>' }, log: silentLogger() });
    try {
      await mailer.drain();
      const id = await enqueueMail(sql, { to: 'retry@example.com', subject: 'r', text: 't', kind: 'test' });
      await broken.drain();
      const [failed] = await sql`select attempts, last_error, next_attempt_at > now() as waiting from mail_outbox where id = ${id}`;
      expect(failed).toMatchObject({ attempts: 1, waiting: true });
      expect(failed!.last_error).toBeTruthy();
      await mailer.drain(); // not due yet: left alone
      expect((await sql`select sent_at from mail_outbox where id = ${id}`)[0]!.sent_at).toBeNull();
      await sql`update mail_outbox set next_attempt_at = now() - interval '1 second' where id = ${id}`;
      await mailer.drain();
      const [sent] = await sql`select attempts, sent_at, last_error from mail_outbox where id = ${id}`;
      expect(sent).toMatchObject({ attempts: 2, last_error: null });
      expect(sent!.sent_at).toMatch(/Z$/);
    } finally {
      await broken.close();
    }
  });

  it('two mailers on the same outbox do not send a message twice', async () => {
    const other = createMailer({
      db: sql,
      config: { dataDir, mailFrom: 'TRCR <no-reply@trcr.local>' },
      log: silentLogger(),
      batchSize: 1,
    });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(await enqueueMail(sql, { to: `u${i}@example.com`, subject: `m${i}`, text: 't', kind: 'test' }));
      await Promise.all([mailer.drain(), other.drain()]);
      const rows = await sql`select id, attempts, sent_at from mail_outbox where id = any(${ids})`;
      expect(rows).toHaveLength(6);
      for (const r of rows) {
        expect(r.attempts).toBe(1);
        expect(r.sent_at).not.toBeNull();
      }
    } finally {
      await other.close();
    }
  });
});
