/**
 * Invoices over the real transports: lifecycle, numbers, golden rounding (1 second, 59 minutes at odd rates, 19 %
 * and 7.7 % tax, hand-computed), the PDF's text (pdftotext) against the API's amounts, concurrent generates, rate
 * changes after billing, freeing entries, the overdue job, notifications and events to invoice readers only, and a
 * failure half-way through generate and send leaving everything as before. Fixtures are made through the API;
 * everything asserted is what users see.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

const run = promisify(execFile);
let team: Team;
const db = () => team.server.svc.db;

beforeAll(async () => {
  team = await startTeam({ jobPollIntervalMs: 100 });
});
afterAll(async () => {
  await team?.server.close();
});

let seq = 0;
/** A client (with email unless told otherwise) and a project of it, made through the API. */
async function clientWithProject(opts: { email?: string | null; tax?: number | null; name?: string } = {}) {
  const name = opts.name ?? `Client ${++seq}`;
  const client = await team.owner.rest.post('/clients', {
    name,
    address: '1 Main Street\n12345 Town',
    ...(opts.email === undefined ? { email: 'billing@client.test' } : opts.email === null ? {} : { email: opts.email }),
    ...(opts.tax == null ? {} : { tax_rate_bp: opts.tax }),
  });
  expect(client.status, JSON.stringify(client.body)).toBe(201);
  const clientId = client.body.data.id as string;
  const project = await team.owner.rest.post('/projects', { name: `Project ${seq}`, client_id: clientId });
  expect(project.status, JSON.stringify(project.body)).toBe(201);
  return { clientId, projectId: project.body.data.id as string, name };
}

/** A stopped billable entry of `secs` seconds by the owner, at `rate` (its own override; null = inherited). */
async function entry(projectId: string, secs: number, rate: number | null, day = '2025-06-15', billable = true): Promise<string> {
  const start = new Date(`${day}T10:00:00Z`).getTime() + Math.floor(Math.random() * 3_600_000);
  const res = await team.owner.rest.post('/time-entries', {
    project_id: projectId,
    started_at: new Date(start).toISOString(),
    stopped_at: new Date(start + secs * 1000).toISOString(),
    billable,
    hourly_rate_cents: rate,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.id;
}

const draft = async (clientId: string, extra: Record<string, unknown> = {}) => {
  const res = await team.owner.rest.post('/invoices', { client_id: clientId, due_date: '2030-12-31', issue_date: '2030-02-01', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
};

async function pdfText(token: string, id: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${team.server.url}/api/v1/invoices/${id}/pdf`, { headers: { authorization: `Bearer ${token}`, 'x-org-id': team.orgId } });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status, type: res.headers.get('content-type'), text: bytes.toString() };
  const file = `/tmp/inv-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`;
  const { writeFile, rm } = await import('node:fs/promises');
  await writeFile(file, bytes);
  const { stdout } = await run('/usr/bin/pdftotext', ['-layout', file, '-']);
  await rm(file);
  return { status: res.status, type: res.headers.get('content-type'), text: stdout };
}

describe('golden rounding and the PDF', () => {
  it('1 second and 59 minutes at odd rates, 19 % tax: hand-computed cents, the same in the PDF', async () => {
    const { clientId, projectId } = await clientWithProject({ tax: 1900 });
    await entry(projectId, 1, 10000); // 1 × 10000 / 3600 = 2.78 → 3
    await entry(projectId, 3540, 9999); // 3540 × 9999 / 3600 = 9832.35 → 9832
    await entry(projectId, 600, null); // no client rate anywhere: left out, counted
    const inv = await draft(clientId);
    expect(inv.tax_rate_bp).toBe(1900);
    expect(inv.number).toMatch(/^INV-\d{4}$/);
    const gen = await team.owner.rest.post(`/invoices/${inv.id}/generate`, {});
    expect(gen.status, JSON.stringify(gen.body)).toBe(200);
    const r = gen.body.data;
    expect(r.entries_linked).toBe(2);
    expect(r.entries_without_rate).toBe(1);
    expect(r.lines_added).toBe(2);
    const lines = [...r.invoice.lines].sort((a: any, b: any) => a.unit_price_cents - b.unit_price_cents);
    expect(lines.map((l: any) => [l.quantity_secs, l.unit_price_cents, l.amount_cents, l.time_entry_count])).toEqual([
      [3540, 9999, 9832, 1],
      [1, 10000, 3, 1],
    ]);
    expect(r.invoice.subtotal_cents).toBe(9835);
    expect(r.invoice.tax_cents).toBe(1869); // 9835 × 0.19 = 1868.65 → 1869
    expect(r.invoice.total_cents).toBe(11704);
    expect(r.invoice.rounding).toContain('round-half-up');

    const pdf = await pdfText(team.owner.token, inv.id);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toContain('application/pdf');
    for (const amount of ['98.32 USD', '0.03 USD', '98.35 USD', '18.69 USD', '117.04 USD', '99.99 USD', '100.00 USD', '19%', inv.number])
      expect(pdf.text).toContain(amount);
  });

  it('7.7 % tax and custom lines (decimal quantity, seconds): hand-computed cents', async () => {
    const { clientId } = await clientWithProject();
    const inv = await draft(clientId, {
      tax_rate_bp: 770,
      currency: 'EUR',
      lines: [
        { description: 'Workshop', quantity: '1.5', unit_price_cents: 333 }, // 499.5 → 500
        { description: 'Support', quantity_secs: 3540, unit_price_cents: 12345 }, // 12139.25 → 12139
      ],
      notes: 'Thank you',
    });
    expect(inv.lines.map((l: any) => l.amount_cents)).toEqual([500, 12139]);
    expect(inv.lines[0].quantity).toBe('1.5');
    expect(inv.subtotal_cents).toBe(12639);
    expect(inv.tax_cents).toBe(973); // 12639 × 0.077 = 973.203 → 973
    expect(inv.total_cents).toBe(13612);
    const pdf = await pdfText(team.manager.token, inv.id);
    for (const amount of ['5.00 EUR', '121.39 EUR', '126.39 EUR', '9.73 EUR', '136.12 EUR', '7.7%', 'Thank you']) expect(pdf.text).toContain(amount);
    // Time is rated in the organization's currency: no generate into a EUR invoice.
    const gen = await team.owner.rest.post(`/invoices/${inv.id}/generate`, {});
    expect(gen.status).toBe(400);
    expect(gen.body.error.details.field).toBe('currency');
  });
});

describe('lifecycle', () => {
  it('numbers are sequential and never reused; delete frees entries; send, notes, mark_paid', async () => {
    const { clientId, projectId } = await clientWithProject();
    const e1 = await entry(projectId, 3600, 5000);
    const a = await draft(clientId);
    const b = await draft(clientId);
    const n = (x: any) => Number(x.number.slice(4));
    expect(n(b)).toBe(n(a) + 1);
    expect((await team.owner.rest.post(`/invoices/${a.id}/generate`, {})).body.data.entries_linked).toBe(1);
    expect((await db()`select invoice_id from time_entries where id = ${e1}`)[0]!.invoice_id).toBe(a.id);
    expect((await team.owner.rest.delete(`/invoices/${a.id}`)).status).toBe(200);
    expect((await db()`select invoice_id, billed_rate_cents from time_entries where id = ${e1}`)[0]).toEqual({
      invoice_id: null,
      billed_rate_cents: null,
    });
    const c = await draft(clientId);
    expect(n(c)).toBe(n(b) + 1); // a's number is not reused
    expect((await team.owner.rest.post(`/invoices/${b.id}/generate`, {})).body.data.entries_linked).toBe(1);

    // A billed entry is frozen: editing or deleting it is CONFLICT naming the invoice.
    const refused = await team.owner.rest.patch(`/time-entries/${e1}`, { hourly_rate_cents: 9000 });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.details).toMatchObject({ invoice_id: b.id, invoice_number: b.number });
    expect(refused.body.error.message).toContain(b.number);
    expect((await team.owner.rest.delete(`/time-entries/${e1}`)).status).toBe(409);
    // Rates change after billing (here the stored override, as a rate edit would): the line keeps its rate.
    await db()`update time_entries set hourly_rate_cents = 9000 where id = ${e1}`;
    expect((await team.owner.rest.get(`/invoices/${b.id}`)).body.data.lines[0].amount_cents).toBe(5000);

    // Sending: one mail with the PDF; again is CONFLICT; only notes change afterwards.
    const sent = await team.owner.rest.post(`/invoices/${b.id}/send`, { message: 'Please pay soon' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.data.status).toBe('sent');
    const mails = await db()`select to_address, body_text, attachments from mail_outbox where kind = 'invoice' and subject like ${`%${b.number}%`}`;
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body_text).toContain('Please pay soon');
    expect(mails[0]!.attachments[0].filename).toBe(`invoice-${b.number}.pdf`);
    expect(Buffer.from(mails[0]!.attachments[0].content_base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await team.owner.rest.post(`/invoices/${b.id}/send`, {})).status).toBe(409);
    expect((await team.owner.rest.patch(`/invoices/${b.id}`, { due_date: '2031-01-01' })).status).toBe(409);
    expect((await team.owner.rest.delete(`/invoices/${b.id}`)).status).toBe(409);
    expect((await team.owner.rest.patch(`/invoices/${b.id}`, { notes: 'Paid by transfer' })).body.data.notes).toBe('Paid by transfer');

    const paid = await team.owner.rest.post(`/invoices/${b.id}/mark-paid`, { payment_method: 'bank_transfer' });
    expect(paid.body.data).toMatchObject({ status: 'paid', payment_method: 'bank_transfer' });
    expect(paid.body.data.paid_at).toBeTruthy();
    const notified = await db()`select user_id from notifications where type = 'invoice_paid' and entity_id = ${b.id} order by user_id`;
    expect(notified.map((r) => r.user_id)).toEqual([team.manager.id]); // manage_invoices holders but the actor
    expect((await team.owner.rest.post(`/invoices/${b.id}/mark-paid`, {})).status).toBe(409);
  });

  it('send needs a client email and lines', async () => {
    const noMail = await clientWithProject({ email: null });
    const inv = await draft(noMail.clientId, { lines: [{ description: 'x', quantity: '1', unit_price_cents: 100 }] });
    const res = await team.owner.rest.post(`/invoices/${inv.id}/send`, {});
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('client_id');
    const { clientId } = await clientWithProject();
    const empty = await draft(clientId);
    expect((await team.owner.rest.post(`/invoices/${empty.id}/send`, {})).body.error.details.field).toBe('lines');
  });

  it('permissions and bad input', async () => {
    const { clientId } = await clientWithProject();
    const inv = await draft(clientId);
    expect((await team.member.rest.get(`/invoices/${inv.id}`)).status).toBe(403);
    expect((await team.viewer.rest.get('/invoices')).status).toBe(403);
    expect((await team.member.rest.post('/invoices', { client_id: clientId, due_date: '2030-12-31' })).status).toBe(403);
    expect((await team.stranger.rest.get(`/invoices/${inv.id}`)).status).toBe(404);
    expect((await team.manager.rest.get(`/invoices/${inv.id}`)).status).toBe(200);
    const bad = [
      [{ client_id: clientId, due_date: '2030-01-01', issue_date: '2030-02-01' }, 'due_date'],
      [{ client_id: clientId, due_date: '2030-12-31', currency: 'XYZ' }, 'currency'],
      [{ client_id: clientId, due_date: '2030-12-31', lines: [{ description: 'x', quantity: '1.23456', unit_price_cents: 1 }] }, 'quantity'],
      [{ client_id: clientId, due_date: '2030-12-31', lines: [{ description: 'x', unit_price_cents: 1 }] }, 'lines[0].quantity'],
      [{ client_id: clientId, due_date: '2030-12-31', tax_rate_bp: 1.5 }, 'tax_rate_bp'],
      [{ client_id: clientId, due_date: '2030-12-31', lines: [{ description: 'x', quantity: '1', unit_price_cents: -1 }] }, undefined],
    ] as const;
    for (const [body, field] of bad) {
      const res = await team.owner.rest.post('/invoices', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) expect(JSON.stringify(res.body.error.details)).toContain(field);
    }
    const foreignClient = (await team.stranger.rest.post('/clients', { name: 'Theirs' })).body.data.id;
    expect((await team.owner.rest.post('/invoices', { client_id: foreignClient, due_date: '2030-12-31' })).status).toBe(404);
    expect((await team.owner.rest.post(`/invoices/${inv.id}/generate`, { from: '2030-02-01', to: '2030-01-01' })).body.error.details.field).toBe(
      'from',
    );
  });
});

describe('concurrency', () => {
  it('two generates on two drafts of one client at once bill every entry once (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const { clientId, projectId } = await clientWithProject();
      const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => entry(projectId, 60 * (i + 1), 6000 + (i % 3))));
      const [a, b] = await Promise.all([draft(clientId), draft(clientId)]);
      const [ga, gb] = await Promise.all([
        team.owner.rest.post(`/invoices/${a.id}/generate`, {}),
        team.manager.rest.post(`/invoices/${b.id}/generate`, {}),
      ]);
      expect([ga.status, gb.status]).toEqual([200, 200]);
      expect(ga.body.data.entries_linked + gb.body.data.entries_linked).toBe(12);
      const lines = [...ga.body.data.invoice.lines, ...gb.body.data.invoice.lines];
      expect(lines.reduce((s: number, l: any) => s + l.time_entry_count, 0)).toBe(12);
      const linked =
        await db()`select count(*)::int as n from time_entries where id = any(${ids}) and invoice_id in (${a.id}, ${b.id}) and invoice_line_id is not null`;
      expect(linked[0]!.n).toBe(12);
    }
  });
});

describe('forced failures', () => {
  it('a failure half-way through generate or send leaves invoice, lines, entries and the outbox as before', async () => {
    const { clientId, projectId } = await clientWithProject();
    const e = await entry(projectId, 1800, 7000);
    const inv = await draft(clientId, { lines: [{ description: 'Setup', quantity: '2', unit_price_cents: 1000 }] });
    const snapshot = async () => ({
      invoice: (await team.owner.rest.get(`/invoices/${inv.id}`)).body.data,
      entry: (await db()`select invoice_id, invoice_line_id, billed_rate_cents from time_entries where id = ${e}`)[0],
      mails: (await db()`select count(*)::int as n from mail_outbox`)[0]!.n,
    });
    const before = await snapshot();
    await db().unsafe(`create or replace function test_fail() returns trigger language plpgsql as $$ begin raise exception 'forced failure'; end $$`);
    await db().unsafe(`create trigger test_fail_lines before insert on invoice_lines for each row execute function test_fail()`);
    try {
      expect((await team.owner.rest.post(`/invoices/${inv.id}/generate`, {})).status).toBe(500);
      expect(await snapshot()).toEqual(before);
    } finally {
      await db().unsafe(`drop trigger test_fail_lines on invoice_lines`);
    }
    await db().unsafe(`create trigger test_fail_mail before insert on mail_outbox for each row execute function test_fail()`);
    try {
      expect((await team.owner.rest.post(`/invoices/${inv.id}/send`, {})).status).toBe(500);
      expect(await snapshot()).toEqual(before);
    } finally {
      await db().unsafe(`drop trigger test_fail_mail on mail_outbox`);
    }
  });
});

describe('overdue job, events and other transports', () => {
  let ws: { manager: WsClient; member: WsClient };
  beforeAll(async () => {
    ws = { manager: await connectWs(team.server, team.manager.token), member: await connectWs(team.server, team.member.token) };
  });
  afterAll(async () => {
    await ws.manager.close();
    await ws.member.close();
  });

  it('marks sent invoices past due overdue once, with an event and a notification to manage_invoices holders', async () => {
    const { clientId } = await clientWithProject();
    const inv = await draft(clientId, { lines: [{ description: 'Retainer', quantity: '1', unit_price_cents: 50000 }] });
    expect((await team.owner.rest.post(`/invoices/${inv.id}/send`, {})).status).toBe(200);
    await db()`update invoices set issue_date = '2020-01-01', due_date = '2020-01-31' where id = ${inv.id}`;
    await team.server.svc.jobs.runNow('mark_overdue_invoices');
    expect((await team.owner.rest.get(`/invoices/${inv.id}`)).body.data.status).toBe('overdue');
    const ev = await ws.manager.nextEvent(
      (e) => e.data?.entity_type === 'invoice' && e.data.entity_id === inv.id && e.data.entity?.status === 'overdue',
    );
    expect(ev.data.changes.status).toEqual({ from: 'sent', to: 'overdue' });
    expect(await ws.member.noEvent((e) => e.data?.entity_type === 'invoice', 300)).toBe(true);
    await team.server.svc.jobs.runNow('mark_overdue_invoices');
    const notes = await db()`select user_id from notifications where type = 'invoice_overdue' and entity_id = ${inv.id} order by user_id`;
    expect(notes.map((r) => r.user_id).sort()).toEqual([team.owner.id, team.manager.id].sort());
    // Overdue can still be paid.
    expect((await team.owner.rest.post(`/invoices/${inv.id}/mark-paid`, { payment_method: 'card' })).body.data.status).toBe('paid');
  });

  it('GraphQL Client.invoices (paginated, newest first, readers of invoices only) and Invoice.client', async () => {
    const a = await clientWithProject({ name: `Nested A ${seq}` });
    const b = await clientWithProject({ name: `Nested B ${seq}` });
    const line = [{ description: 'Work', quantity: '1', unit_price_cents: 100 }];
    const made: string[] = [];
    for (const c of [a, a, a, b]) made.push((await draft(c.clientId, { lines: line })).id);
    const query = `query($org: ID, $s: String) { clients(orgId: $org, search: $s, perPage: 100) { data { name
      invoices(perPage: 2) { data { id client { id name } lines { amount_cents } } pagination { total total_pages } } } } }`;
    const res = await gql(team.server, team.manager.token, query, { org: team.orgId, s: 'Nested' });
    expect(res.body.errors).toBeUndefined();
    const byName = Object.fromEntries(res.body.data.clients.data.map((c: any) => [c.name, c.invoices]));
    expect(byName[a.name].pagination).toEqual({ total: 3, total_pages: 2 });
    expect(byName[a.name].data.map((i: any) => i.id)).toEqual([made[2], made[1]]);
    expect(byName[a.name].data[0]).toMatchObject({ client: { id: a.clientId, name: a.name }, lines: [{ amount_cents: 100 }] });
    expect(byName[b.name].data.map((i: any) => i.id)).toEqual([made[3]]);
    // A member without manage_invoices or view_reports reads the clients, not their invoices.
    const denied = await gql(team.server, team.member.token, query, { org: team.orgId, s: 'Nested' });
    expect(denied.body.data.clients.data.length).toBe(2);
    expect(denied.body.data.clients.data.every((c: any) => c.invoices === null)).toBe(true);
    expect(denied.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('WebSocket, GraphQL and MCP run the same operations', async () => {
    const { clientId } = await clientWithProject();
    const created = await ws.manager.request('invoices.create', {
      org_id: team.orgId,
      client_id: clientId,
      due_date: '2030-12-31',
      issue_date: '2030-03-01',
      lines: [{ description: 'Design', quantity: '3', unit_price_cents: 2500 }],
    });
    expect(created.status, JSON.stringify(created)).toBe('ok');
    const id = created.data.id;
    const got = await gql(
      team.server,
      team.owner.token,
      `query($id: ID!, $org: ID) { invoice(id: $id, orgId: $org) { number total_cents lines { amount_cents quantity } } }`,
      { id, org: team.orgId },
    );
    expect(got.body.data.invoice).toMatchObject({ total_cents: 7500, lines: [{ amount_cents: 7500, quantity: '3' }] });
    const list = await gql(
      team.server,
      team.owner.token,
      `query($org: ID, $c: ID) { invoices(orgId: $org, clientId: $c) { data { id } pagination { total } } }`,
      {
        org: team.orgId,
        c: clientId,
      },
    );
    expect(list.body.data.invoices.pagination.total).toBe(1);
    const mcp = await connectMcp(team.server, team.owner.token);
    try {
      const sent = await mcpCall(mcp, 'invoices_send', { org_id: team.orgId, id });
      expect(sent.isError, JSON.stringify(sent.body)).toBe(false);
      expect(sent.body.data.status).toBe('sent');
      const paid = await mcpCall(mcp, 'invoices_mark_paid', { org_id: team.orgId, id, payment_method: 'nope' });
      expect(paid.isError).toBe(true);
    } finally {
      await mcp.close();
    }
    const gqlPaid = await gql(team.server, team.owner.token, `mutation($i: MarkInvoicePaidInput!) { markInvoicePaid(input: $i) { status } }`, {
      i: { org_id: team.orgId, id, payment_method: 'cash' },
    });
    expect(gqlPaid.body.data.markInvoicePaid.status).toBe('paid');
  });
});
