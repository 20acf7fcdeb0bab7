/**
 * GraphQL for invoices: `Invoice.client` (the full client) and `Client.invoices` (a page of the client's
 * invoices, newest first, for readers of invoices only), each one statement per query whatever the number
 * of invoices or clients (plus one for the pages' lines).
 */
import type { Resolvers } from '../../../generated/graphql/resolvers.js';
import type { Invoice } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import { clientsByIds } from '../clients/graph.js';
import { childPages, keyArray, nestedPage, pageVariant, type Page } from '../graph.js';
import type { PageRequest } from '../pagination.js';
import type { Reader } from '../projects/visibility.js';
import type { InvoiceRow } from './model.js';
import { invoiceColumns, requireInvoiceReader, withLines } from './queries.js';

/** One page of each client's invoices, newest first (as `invoices.list`), with their lines. */
async function invoicesOfClients(sql: AnySql, reader: Reader, clientIds: readonly string[], req: PageRequest): Promise<Page<Invoice>[]> {
  const pages = await childPages<InvoiceRow, InvoiceRow>(
    sql,
    clientIds,
    req,
    {
      columns: invoiceColumns(sql),
      from: sql`invoices i`,
      key: sql`i.client_id`,
      where: (keys) => sql`i.org_id = ${reader.orgId} and i.client_id = any(${keyArray(sql, keys)}::text[])`,
      order: sql`i.created_at desc, i.id desc`,
    },
    (row) => row,
  );
  const invoices = new Map(
    (
      await withLines(
        sql,
        pages.flatMap((p) => p.data),
      )
    ).map((i) => [i.id, i]),
  );
  return pages.map((p) => ({ data: p.data.map((row) => invoices.get(row.id)!), pagination: p.pagination }));
}

export const invoiceResolvers = {
  Invoice: {
    // The client of an invoice always exists (a client with invoices cannot be deleted).
    client: async (i, _args, ctx) => (await ctx.loaders.of('client', i.org_id, clientsByIds).load(i.client_id))!,
  },
  Client: {
    invoices: async (c, args, ctx) => {
      // Only readers of invoices (manage_invoices or view_reports): FORBIDDEN on this field for anyone else.
      requireInvoiceReader(await ctx.loaders.access(c.org_id));
      const req = nestedPage(args);
      return ctx.loaders
        .of('invoicesOfClient', c.org_id, (sql, reader, ids) => invoicesOfClients(sql, reader, ids, req), { variant: pageVariant(req) })
        .load(c.id);
    },
  },
} satisfies Pick<Resolvers, 'Invoice' | 'Client'>;
