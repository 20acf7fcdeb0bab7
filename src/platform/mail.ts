/**
 * Transactional outbox for mail, delivered by the job queue (jobs.ts).
 * - `enqueueMail(sql, msg)` inserts into `mail_outbox` and enqueues one `deliver_mail` job per
 *   transaction (however many mails it queues) in the caller's transaction, so a rolled back operation
 *   sends nothing and a committed one is delivered as soon as a worker runs it. No job key: a shared
 *   key would make every mail-sending transaction wait on the one job row until the others commit.
 * - `mailer.deliverPending()` (the `deliver_mail` job, and the `retry_mail` crontab entry every minute)
 *   sends what is due: via SMTP when `smtpUrl` is set, else as `${dataDir}/mail/<id>.eml` files (logged
 *   as `mail written`). Rows are claimed with `for update skip locked`, so several instances never
 *   double-send. Failures increment `attempts`, keep `last_error` and wait until `next_attempt_at`
 *   (backoff 4 s doubling up to 1 h) for the next try, up to `maxAttempts`.
 * - `mailer.drain()` is the same pass, run in this process (tests).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from './config.js';
import { isDatabaseUnavailable } from './db-errors.js';
import type { AnySql, Sql } from './db.js';
import { newId } from './ids.js';
import type { Logger } from './logger.js';
import { enqueue } from './jobs.js';

/** The job that delivers the outbox. */
export const DELIVER_MAIL_JOB = 'deliver_mail';

/** Transactions that have enqueued their delivery job already. */
const jobEnqueued = new WeakSet<object>();

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  /** What the mail is for, e.g. `password_reset`, `invitation`, `invoice`. */
  kind: string;
  /** Files sent with it (an invoice's PDF), stored with the message until it is delivered. */
  attachments?: MailAttachment[] | undefined;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Queues a message in the caller's transaction. Returns its id (`mail_…`). */
export async function enqueueMail(sql: AnySql, msg: MailMessage): Promise<string> {
  const id = newId('mail');
  await sql`
    insert into mail_outbox (id, to_address, subject, body_text, body_html, kind, attachments)
    values (${id}, ${msg.to}, ${msg.subject}, ${msg.text}, ${msg.html ?? null}, ${msg.kind}, ${storedAttachments(sql, msg.attachments)})`;
  // Checked and marked before any await: mails queued concurrently in one transaction share one job.
  // (Only a transaction is remembered: postgres.js gives a transaction's `sql` a `savepoint`.)
  if (!jobEnqueued.has(sql)) {
    if ('savepoint' in sql) jobEnqueued.add(sql);
    await enqueue(sql, DELIVER_MAIL_JOB);
  }
  return id;
}

/** Attachments as the `mail_outbox.attachments` jsonb: [{ filename, content_type, content_base64 }], or null. */
function storedAttachments(sql: AnySql, files: MailAttachment[] | undefined) {
  if (!files?.length) return null;
  return sql.json(files.map((f) => ({ filename: f.filename, content_type: f.contentType, content_base64: f.content.toString('base64') })));
}

export interface Mailer {
  /** Deliver everything currently due (the delivery job's work); resolves when done. Never throws. */
  deliverPending(): Promise<void>;
  /** The same, for tests: also waits for a run already in progress in this process. */
  drain(): Promise<void>;
  /** Wait for the current run and close the transport. Idempotent. */
  close(): Promise<void>;
}

export interface MailerDeps {
  db: Sql;
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  batchSize?: number;
  maxAttempts?: number;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  kind: string;
  attempts: number;
  attachments: { filename: string; content_type: string; content_base64: string }[] | null;
}

export function createMailer(deps: MailerDeps): Mailer {
  const { db, config, log } = deps;
  const batchSize = deps.batchSize ?? 20;
  const maxAttempts = deps.maxAttempts ?? 8;
  const mailDir = path.join(config.dataDir, 'mail');

  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let dirReady = false;

  async function deliver(row: OutboxRow): Promise<void> {
    const info = await transport.sendMail({
      from: config.mailFrom,
      to: row.to_address,
      subject: row.subject,
      text: row.body_text,
      ...(row.body_html ? { html: row.body_html } : {}),
      messageId: `<${row.id}@trcr>`,
      headers: { 'X-TRCR-Kind': row.kind },
      ...(row.attachments
        ? {
            attachments: row.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.content_type,
              content: Buffer.from(a.content_base64, 'base64'),
            })),
          }
        : {}),
    });
    if (!config.smtpUrl) {
      if (!dirReady) {
        await fs.mkdir(mailDir, { recursive: true });
        dirReady = true;
      }
      const file = path.join(mailDir, `${row.id}.eml`);
      await fs.writeFile(file, (info as { message: Buffer }).message);
      log.info({ mail_id: row.id, to: row.to_address, subject: row.subject, kind: row.kind, file }, 'mail written');
    } else {
      log.info({ mail_id: row.id, to: row.to_address, kind: row.kind }, 'mail sent');
    }
  }

  /** One batch. Returns the number of rows processed. */
  async function runBatch(): Promise<number> {
    return await db.begin(async (tx) => {
      const rows = await tx<OutboxRow[]>`
        select id, to_address, subject, body_text, body_html, kind, attempts, attachments
        from mail_outbox
        where sent_at is null and attempts < ${maxAttempts}
          and (next_attempt_at is null or next_attempt_at <= now())
        order by created_at
        limit ${batchSize}
        for update skip locked`;
      for (const row of rows) {
        try {
          await deliver(row);
          await tx`update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null, next_attempt_at = null where id = ${row.id}`;
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          const attempts = row.attempts + 1;
          const waitMs = Math.min(2000 * 2 ** attempts, 3_600_000);
          await tx`
            update mail_outbox
            set attempts = attempts + 1, last_error = ${message.slice(0, 2000)}, next_attempt_at = now() + make_interval(secs => ${waitMs / 1000})
            where id = ${row.id}`;
          log.warn({ mail_id: row.id, attempts, err: { message } }, attempts >= maxAttempts ? 'mail failed, giving up' : 'mail failed, will retry');
        }
      }
      return rows.length;
    });
  }

  async function runAll(): Promise<void> {
    do {
      again = false;
      try {
        while (!closed && (await runBatch()) === batchSize) {
          // full batch: there may be more
        }
      } catch (err) {
        // A database outage is reported by the requests it fails; here it only delays the mail.
        if (isDatabaseUnavailable(err)) log.warn({ err: (err as Error).message }, 'mailer run failed: database unavailable');
        else log.error({ err }, 'mailer run failed');
      }
    } while (again && !closed);
  }

  function start(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = runAll().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async deliverPending() {
      if (!closed) await start();
    },
    async drain() {
      if (closed) return;
      // A run already in progress may have selected its batch before the caller's commit.
      if (running) await running;
      await start();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (running) await running;
      transport.close();
    },
  };
}
