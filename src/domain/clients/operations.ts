/**
 * clients.*: the organization's clients, who projects are billed to and invoices are addressed to. Any member
 * reads them; writing needs `manage_clients` (checked by execute()). Archived clients are hidden from
 * `clients.list` unless asked for (`archived: true`) and kept for their invoices. A client with invoices cannot
 * be deleted (CONFLICT: archive it); deleting one detaches its projects in the same transaction: an `updated`
 * event per project (`client_id` → null), then the client's `deleted`.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import type { TxSql } from '../../platform/db.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { withTx, type Emit } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged } from '../events.js';
import { assertCurrency } from '../money.js';
import { pageRequest, windowPage } from '../pagination.js';
import { changedColumns } from '../patch.js';
import { toProject, type ProjectRow } from '../projects/model.js';
import type { OrgAccess } from '../access.js';
import { toClient, type ClientRow } from './model.js';
import { getClientRow } from './queries.js';

const UPDATABLE = ['name', 'email', 'address', 'tax_rate_bp', 'currency', 'notes', 'archived'] as const;

/** The foreign key that keeps a client with invoices (migration 008: `on delete restrict`). */
const INVOICES_CLIENT_FK = 'invoices_client_id_fkey';

/** CONFLICT: the client has `n` invoices (null: some, not counted). */
function hasInvoices(n: number | null, details: Record<string, unknown>) {
  const what = n === null ? 'invoices' : `${n} invoice${n === 1 ? '' : 's'}`;
  return conflict(`The client has ${what}; archive it instead (archived: true)`, details);
}

/** Detaches the client's projects (each an `updated` event), in the caller's transaction. */
async function detachProjects(sql: TxSql, emit: Emit, access: Pick<OrgAccess, 'orgId' | 'userId'>, clientId: string): Promise<void> {
  const before = await sql<ProjectRow[]>`
    select p.* from projects p where p.org_id = ${access.orgId} and p.client_id = ${clientId} order by p.id for update`;
  if (before.length === 0) return;
  const after = await sql<ProjectRow[]>`
    update projects set client_id = null, updated_at = now()
    where id = any(${sql.array(before.map((p) => p.id))}::text[])
    returning *`;
  const was = new Map(before.map((p) => [p.id, p]));
  for (const row of after.sort((a, b) => a.id.localeCompare(b.id))) {
    emit(
      entityChanged({
        orgId: access.orgId,
        actorId: access.userId,
        entityType: 'project',
        action: 'updated',
        entity: toProject(row),
        before: toProject(was.get(row.id)!),
      }),
    );
  }
}

export const clientOperations = {
  'clients.list': async ({ svc, access }, input) => {
    const page = pageRequest(input);
    const sql = svc.db;
    const where = () => sql`
      c.org_id = ${access.orgId} and c.archived = ${input.archived ?? false}
      ${
        input.search
          ? sql`and (strpos(lower(c.name), lower(${input.search})) > 0 or strpos(lower(coalesce(c.email, '')), lower(${input.search})) > 0)`
          : sql``
      }`;
    const rows = await sql<(ClientRow & { total: number })[]>`
      select c.*, count(*) over () as total
      from clients c
      where ${where()}
      order by lower(c.name), c.name, c.id
      limit ${page.perPage} offset ${page.offset}`;
    const result = await windowPage(rows, page, {
      count: async () => (await sql<{ n: number }[]>`select count(*)::int as n from clients c where ${where()}`)[0]!.n,
    });
    return { data: result.rows.map(toClient), pagination: result.pagination };
  },

  'clients.get': async ({ svc, access }, input) => ({ data: toClient(await getClientRow(svc.db, access.orgId, input.id)) }),

  'clients.create': async ({ svc, access }, input) => {
    if (input.currency != null) assertCurrency(input.currency);
    const client = await withTx(svc, async (sql, emit) => {
      const [row] = await sql<ClientRow[]>`
        insert into clients ${sql({
          id: newId('cli'),
          org_id: access.orgId,
          name: input.name,
          email: input.email ?? null,
          address: input.address ?? null,
          tax_rate_bp: input.tax_rate_bp ?? null,
          currency: input.currency ?? null,
          notes: input.notes ?? null,
          created_by: access.userId,
        })}
        returning *`;
      const entity = toClient(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'client', action: 'created', entity }));
      return entity;
    });
    return { data: client };
  },

  'clients.update': async ({ svc, access }, input) => {
    if (input.currency != null) assertCurrency(input.currency);
    const client = await withTx(svc, async (sql, emit) => {
      const before = await getClientRow(sql, access.orgId, input.id, true);
      const patch = changedColumns(before, input, UPDATABLE);
      if (Object.keys(patch).length === 0) return toClient(before);
      const [row] = await sql<ClientRow[]>`update clients set ${sql(patch)}, updated_at = now() where id = ${before.id} returning *`;
      const entity = toClient(row!);
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'client', action: 'updated', entity, before: toClient(before) }));
      return entity;
    });
    return { data: client };
  },

  'clients.delete': async ({ svc, access }, input) => {
    await withTx(svc, async (sql, emit) => {
      // The row lock waits for (and then holds off) invoices being created for the client: the count is final.
      const client = await getClientRow(sql, access.orgId, input.id, true);
      const [counted] = await sql<{ n: number }[]>`select count(*)::int as n from invoices where client_id = ${client.id}`;
      const n = counted!.n;
      if (n > 0) throw hasInvoices(n, { client_id: client.id, invoice_count: n });
      await detachProjects(sql, emit, access, client.id);
      try {
        await sql`delete from clients where id = ${client.id}`;
      } catch (err) {
        // Safety net: an invoice that got in anyway (the foreign key restricts the delete).
        const pg = err as { code?: string; constraint_name?: string };
        if (pg.code === '23503' && pg.constraint_name === INVOICES_CLIENT_FK) throw hasInvoices(null, { client_id: client.id });
        throw err;
      }
      emit(entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'client', action: 'deleted', entity: toClient(client) }));
    });
    return { data: { id: input.id, deleted: true as const } };
  },
} satisfies AreaHandlers<'clients', Contexts>;
