/**
 * audit.list: the organization's audit log (rows written by ./record.ts), newest first. `execute()` has checked
 * `view_audit`; every query is bound to the caller's organization.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { AuditEntry } from '../../../generated/models.js';
import type { Contexts } from '../context.js';
import { pageRequest, windowPage } from '../pagination.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface AuditRow extends Omit<AuditEntry, 'org_id'> {
  org_id: string;
  total: number;
}

export const auditOperations = {
  'audit.list': async ({ svc, access }, input) => {
    const sql = svc.db;
    const page = pageRequest(input);
    const [org] = await sql<{ timezone: string }[]>`select timezone from organizations where id = ${access.orgId}`;
    const tz = org?.timezone ?? 'UTC';
    // A day is read in the organization's time zone: `from` from its start, `to` up to its end (inclusive).
    const from =
      input.from === undefined
        ? sql``
        : DAY.test(input.from)
          ? sql`and a.created_at >= (${input.from}::date)::timestamp at time zone ${tz}`
          : sql`and a.created_at >= ${input.from}::timestamptz`;
    const to =
      input.to === undefined
        ? sql``
        : DAY.test(input.to)
          ? sql`and a.created_at < (${input.to}::date + 1)::timestamp at time zone ${tz}`
          : sql`and a.created_at <= ${input.to}::timestamptz`;
    const where = sql`
      a.org_id = ${access.orgId}
      ${input.user_id !== undefined ? sql`and a.user_id = ${input.user_id}` : sql``}
      ${input.action !== undefined ? sql`and a.action = ${input.action}` : sql``}
      ${input.entity_type !== undefined ? sql`and a.entity_type = ${input.entity_type}` : sql``}
      ${input.entity_id !== undefined ? sql`and a.entity_id = ${input.entity_id}` : sql``}
      ${from} ${to}`;
    const rows = await sql<AuditRow[]>`
      select a.*, count(*) over ()::int as total
      from audit_log a
      where ${where}
      order by a.created_at desc, a.id desc
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => (await sql<{ n: number }[]>`select count(*)::int as n from audit_log a where ${where}`)[0]!.n,
    });
    return {
      data: result.rows.map((r): AuditEntry => ({
        id: r.id,
        org_id: r.org_id,
        user_id: r.user_id,
        pat_id: r.pat_id,
        transport: r.transport,
        action: r.action,
        entity_type: r.entity_type,
        entity_id: r.entity_id,
        changes: r.changes,
        ip: r.ip,
        user_agent: r.user_agent,
        request_id: r.request_id,
        created_at: r.created_at, // timestamps are read as RFC 3339 strings (src/platform/db.ts)
      })),
      pagination: result.pagination,
      timezone: tz,
    };
  },
} satisfies AreaHandlers<'audit', Contexts>;
