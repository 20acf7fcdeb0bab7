/** The conformance cases of the invoices area. The table: ./index.ts. */
import type { OperationName } from '../../../generated/operations.js';
import { created, type Person, type World } from '../world.js';
import type { Input } from '../transports.js';
import { inOrg, type OpCase } from './shared.js';

/** Invoice reads for readers who may read invoices; none for the team viewer (FORBIDDEN, checked by `forbidden`). */
const readsFor = (w: World, reader: Person, inputs: Record<string, Input>): Record<string, Input> => (reader === w.viewer ? {} : inputs);

const line = { description: 'Consulting', quantity: '2.25', unit_price_cents: 12000 };

/** A draft to the team's client (custom lines only: no time is linked, so runs do not touch each other). */
const newInvoice = (w: World, p: Person, notes: string, lines = [line]): Promise<any> =>
  created(p, `/invoices${inOrg(w)}`, { client_id: w.clientId, issue_date: '2025-08-01', due_date: '2035-08-31', notes, lines });

/** The team's client with an email (sending needs one). */
async function mailableClient(w: World): Promise<void> {
  await w.server.svc.db`update clients set email = 'billing@acme.test' where id = ${w.clientId} and email is null`;
}

/** An invoice of the stranger's organization (made once per world). */
const foreignInvoices = new WeakMap<World, Promise<string>>();
function foreignInvoiceId(w: World): Promise<string> {
  let id = foreignInvoices.get(w);
  if (!id) {
    id = created(w.stranger, '/invoices', { client_id: w.foreign.clientId, issue_date: '2025-08-01', due_date: '2025-08-31' }).then((r) => r.id);
    foreignInvoices.set(w, id);
  }
  return id;
}

const sentInvoice = async (w: World, p: Person, notes: string): Promise<any> => {
  await mailableClient(w);
  const inv = await newInvoice(w, p, notes);
  const res = await p.rest.post(`/invoices/${inv.id}/send${inOrg(w)}`, {});
  if (res.status !== 200) throw new Error(`send: ${res.status} ${JSON.stringify(res.body)}`);
  return inv;
};

export const invoicesCases = {
  'invoices.list': {
    sample: (w) => ({ org_id: w.orgId }),
    // The viewer may not read invoices (no manage_invoices or view_reports): nothing to compare for them.
    reads: (w, reader) => readsFor(w, reader, { "the team client's invoices": { org_id: w.orgId, client_id: w.clientId, per_page: 5 } }),
    forbidden: (w) => ({ org_id: w.orgId }),
  },
  'invoices.get': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id }),
    reads: (w, reader, d) => readsFor(w, reader, { 'a draft with custom lines': { org_id: w.orgId, id: d.invoiceId } }),
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id }),
  },
  'invoices.pdf': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id }),
    reads: (w, reader, d) => readsFor(w, reader, { 'a draft as PDF': { org_id: w.orgId, id: d.invoiceId } }),
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id }),
  },
  'invoices.create': {
    sample: (w) => ({ org_id: w.orgId, client_id: w.clientId, due_date: '2035-09-30' }),
    write: {
      input: ({ w, tag }) => ({
        org_id: w.orgId,
        client_id: w.clientId,
        issue_date: '2025-09-01',
        due_date: '2025-09-30',
        tax_rate_bp: 1900,
        notes: `Created ${tag}`,
        lines: [line, { description: 'Travel', quantity_secs: 5400, unit_price_cents: 4999 }],
      }),
      // Each run takes the next number.
      volatile: ['number'],
      notEchoed: ['lines'],
    },
    foreign: (w) => ({ "another organization's client": { org_id: w.orgId, client_id: w.foreign.clientId, due_date: '2035-09-30' } }),
    forbidden: (w) => ({ org_id: w.orgId, client_id: w.clientId, due_date: '2035-09-30' }),
  },
  'invoices.update': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id, notes: 'Changed' }),
    write: {
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newInvoice(w, actor!, `Before ${tag}`)).id,
        notes: `After ${tag}`,
        tax_rate_bp: 770,
        due_date: '2025-09-15',
      }),
      volatile: ['number'],
    },
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w), notes: 'x' } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id, notes: 'x' }),
  },
  'invoices.delete': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await newInvoice(w, actor!, `Doomed ${tag}`)).id }),
      volatile: ['number'],
    },
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id }),
  },
  'invoices.generate': {
    sample: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id, from: '2000-01-01', to: '2000-01-31' }),
    write: {
      // A range without entries: the runs of the four transports do not compete for the same time.
      input: async ({ w, actor, tag }) => ({
        org_id: w.orgId,
        id: (await newInvoice(w, actor!, `Gen ${tag}`)).id,
        from: '2000-01-01',
        to: '2000-01-31',
      }),
      volatile: ['number'],
      notEchoed: ['id', 'org_id'],
    },
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id }),
  },
  'invoices.send': {
    sample: async (w) => {
      await mailableClient(w);
      return { org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Sample')).id, message: 'Hello' };
    },
    write: {
      input: async ({ w, actor, tag }) => {
        await mailableClient(w);
        return { org_id: w.orgId, id: (await newInvoice(w, actor!, `Send ${tag}`)).id, message: `Thanks ${tag}` };
      },
      volatile: ['number', 'sent_at'],
      notEchoed: ['message'],
    },
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await newInvoice(w, w.owner, 'Kept')).id }),
  },
  'invoices.mark_paid': {
    sample: async (w) => ({ org_id: w.orgId, id: (await sentInvoice(w, w.owner, 'Sample')).id, payment_method: 'card' }),
    write: {
      input: async ({ w, actor, tag }) => ({ org_id: w.orgId, id: (await sentInvoice(w, actor!, `Pay ${tag}`)).id, payment_method: 'bank_transfer' }),
      volatile: ['number', 'sent_at', 'paid_at'],
    },
    foreign: async (w) => ({ "another organization's invoice": { org_id: w.orgId, id: await foreignInvoiceId(w) } }),
    forbidden: async (w) => ({ org_id: w.orgId, id: (await sentInvoice(w, w.owner, 'Kept')).id }),
  },
} satisfies Partial<Record<OperationName, OpCase>>;
