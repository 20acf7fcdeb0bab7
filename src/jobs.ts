/**
 * The one table of the job queue's work (src/platform/jobs.ts runs it on graphile-worker): every
 * deferred task and every periodic entry. Nothing periodic runs in a timer of its own.
 *
 *   deliver_mail                 enqueued once per transaction that queues mail (mail.ts)
 *   retry_mail                   every minute: messages whose earlier attempt failed, once their backoff passed
 *   sweep_relay_device_requests  every minute: expired relay device-login requests
 *   sweep_expired_credentials    every 15 minutes: expired WS tickets, password resets, dead refresh-token families
 *   mark_overdue_invoices        every 5 minutes: sent invoices past their due date (organization time zone) become overdue
 *   run_recurrence               one job per task recurrence, due at its next_run_at (job key = recurrence id)
 *
 * Crontab times are UTC. Tests run a periodic entry at once with `svc.jobs.runNow('<task>')`.
 */
import { sweepExpiredCredentials } from './domain/auth/sweep.js';
import { sweepExpiredDeviceRequests } from './domain/relay/device.js';
import { MARK_OVERDUE_JOB, markOverdueInvoices } from './domain/invoices/overdue.js';
import { RUN_RECURRENCE_JOB, runRecurrenceJob } from './domain/task_recurrences/schedule.js';
import type { JobTable } from './platform/jobs.js';
import { DELIVER_MAIL_JOB } from './platform/mail.js';
import type { Services } from './platform/services.js';

export const jobTable: JobTable<Services> = {
  tasks: {
    [DELIVER_MAIL_JOB]: (svc) => svc.mailer.deliverPending(),
    retry_mail: (svc) => svc.mailer.deliverPending(),
    sweep_relay_device_requests: async (svc) => {
      const n = await sweepExpiredDeviceRequests(svc);
      if (n > 0) svc.log.debug({ deleted: n }, 'expired device requests swept');
    },
    sweep_expired_credentials: async (svc) => {
      const n = await sweepExpiredCredentials(svc);
      svc.log.debug(n, 'expired credentials swept');
    },
    [MARK_OVERDUE_JOB]: async (svc) => {
      const n = await markOverdueInvoices(svc);
      if (n > 0) svc.log.info({ invoices: n }, 'invoices overdue');
    },
    [RUN_RECURRENCE_JOB]: async (svc, payload) => {
      await runRecurrenceJob(svc, String(payload.recurrence_id));
    },
  },
  crontab: [
    { task: 'retry_mail', match: '* * * * *' },
    { task: 'sweep_relay_device_requests', match: '* * * * *' },
    { task: 'sweep_expired_credentials', match: '*/15 * * * *' },
    { task: MARK_OVERDUE_JOB, match: '*/5 * * * *' },
  ],
};
