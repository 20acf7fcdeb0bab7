/** Recurrence lookups: a recurrence exists for a caller only if they may see its task's project (visibility.ts). */
import type { AnySql } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { taskVisible, type Reader } from '../projects/visibility.js';
import type { RecurrenceRow } from './model.js';

/** The reader's recurrence `id` (locked with `lock`), or NOT_FOUND "Task recurrence not found". */
export async function getRecurrenceRow(sql: AnySql, reader: Reader, id: string, lock = false): Promise<RecurrenceRow> {
  const [row] = await sql<RecurrenceRow[]>`
    select r.* from task_recurrences r join tasks t on t.id = r.task_id
    where r.id = ${id} and r.org_id = ${reader.orgId} and ${taskVisible(sql, 't', reader)}
    ${lock ? sql`for update of r` : sql``}`;
  if (!row) throw notFound('Task recurrence');
  return row;
}

/** The organization's time zone (IANA name). */
export async function orgTimezone(sql: AnySql, orgId: string): Promise<string> {
  const [row] = await sql<{ timezone: string }[]>`select timezone from organizations where id = ${orgId}`;
  return row?.timezone ?? 'UTC';
}
