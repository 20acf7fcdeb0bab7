/**
 * The overdue job (`mark_overdue_invoices`, every 5 minutes, src/jobs.ts): sent invoices whose due date is before
 * today in their organization's time zone become `overdue`, in one set-based statement; each gets an `EntityChanged`
 * (`updated`) and an `invoice_overdue` notification to the members with `manage_invoices`. A sent invoice turns
 * overdue once (the statement only takes `sent` ones), so it is announced once.
 */
import type { Services } from '../../platform/services.js';
import { withTx } from '../../platform/tx.js';
import { entityChanged } from '../events.js';
import { notifyInvoices } from '../notifications/notify.js';
import type { InvoiceRow } from './model.js';
import { invoiceColumns, withLines } from './queries.js';

export const MARK_OVERDUE_JOB = 'mark_overdue_invoices';

export async function markOverdueInvoices(svc: Services): Promise<number> {
  return withTx(svc, async (sql, emit) => {
    const changed = await sql<{ id: string; actor_id: string | null }[]>`
      update invoices i set status = 'overdue', updated_at = now()
      from organizations o
      where o.id = i.org_id and i.status = 'sent' and i.due_date < (now() at time zone o.timezone)::date
      returning i.id, coalesce(i.created_by, (select m.user_id from members m where m.org_id = i.org_id and m.role = 'owner' order by m.created_at limit 1)) as actor_id`;
    if (changed.length === 0) return 0;
    const rows = await sql<InvoiceRow[]>`
      select ${invoiceColumns(sql)} from invoices i where i.id = any(${sql.array(changed.map((c) => c.id))}::text[]) order by i.id`;
    const entities = await withLines(sql, rows);
    const actors = new Map(changed.map((c) => [c.id, c.actor_id]));
    await notifyInvoices(
      sql,
      emit,
      svc.config.publicUrl,
      'invoice_overdue',
      null,
      entities.map((e) => ({ id: e.id, org_id: e.org_id, title: `Invoice ${e.number} to ${e.client_name} is overdue (due ${e.due_date})` })),
    );
    for (const entity of entities) {
      emit(
        entityChanged({
          orgId: entity.org_id,
          actorId: actors.get(entity.id) ?? entity.created_by ?? '',
          entityType: 'invoice',
          action: 'updated',
          entity,
          before: { ...entity, status: 'sent' },
        }),
      );
    }
    return entities.length;
  });
}
