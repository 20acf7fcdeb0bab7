/**
 * clients.*: over REST, WebSocket, MCP and GraphQL: create/get/list/update/delete, search by name or email
 * regardless of case, archiving (hidden from lists unless asked for), pagination, permissions (a viewer reads
 * but cannot write, a stranger sees nothing), bad input changing nothing, deletion detaching projects (their
 * `updated` events before the client's `deleted`) and refused for a client with invoices, and GraphQL's
 * `Project.client` / `Client.projects` batched (statements do not grow with the rows).
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;
let recording = false;
let statements: string[] = [];

beforeAll(async () => {
  team = await startTeam({ onQuery: (sql: string) => void (recording && statements.push(sql)) });
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.manager.token);
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

async function snapshot(): Promise<unknown> {
  const db = team.server.svc.db;
  const clients = await db`select * from clients where org_id = ${team.orgId} order by id`;
  const projects = await db`select id, client_id, updated_at from projects where org_id = ${team.orgId} order by id`;
  const [events] = await db`select count(*)::int as n from events`;
  return { clients, projects, events };
}

/** A GraphQL request acting in the team organization. */
const g = (token: string, query: string, variables?: Record<string, unknown>) =>
  gql(team.server, token, query, variables, { headers: { 'x-org-id': team.orgId } });

const newClient = async (body: Record<string, unknown>): Promise<any> => {
  const res = await team.owner.rest.post('/clients', body);
  expect(res.status).toBe(201);
  return res.body.data;
};

describe('clients', () => {
  it('create, get, update and list over REST, WS, MCP and GraphQL; any member reads', async () => {
    const acme = await newClient({
      name: 'Acme GmbH',
      email: 'Billing@Acme.example',
      address: 'Hauptstraße 1\n10115 Berlin',
      tax_rate_bp: 1900,
      currency: 'EUR',
      notes: 'Net 30',
    });
    expect(acme).toEqual({
      id: expect.stringMatching(/^cli_/),
      org_id: team.orgId,
      name: 'Acme GmbH',
      email: 'Billing@Acme.example',
      address: 'Hauptstraße 1\n10115 Berlin',
      tax_rate_bp: 1900,
      currency: 'EUR',
      notes: 'Net 30',
      archived: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    // Defaults: everything but the name is null; the currency null means the organization's.
    const bare = (await ownerWs.request('clients.create', { org_id: team.orgId, name: 'bare corp' })).data;
    expect(bare).toMatchObject({ name: 'bare corp', email: null, address: null, tax_rate_bp: null, currency: null, notes: null, archived: false });
    const viaMcp = await mcpCall(mcp, 'clients_create', { org_id: team.orgId, name: 'Zeta Ltd', email: 'ap@zeta.example', tax_rate_bp: 770 });
    expect(viaMcp.isError).toBe(false);
    const zeta = viaMcp.body.data;
    expect(zeta).toMatchObject({ name: 'Zeta Ltd', tax_rate_bp: 770 });

    // A member (no manage_clients) reads on every transport.
    expect((await team.member.rest.get(`/clients/${acme.id}`)).body.data).toEqual(acme);
    expect((await memberWs.request('clients.get', { org_id: team.orgId, id: acme.id })).data).toEqual(acme);
    const got = await g(team.member.token, `query($id: ID!) { client(id: $id) { id name email tax_rate_bp currency archived } }`, {
      id: acme.id,
    });
    expect(got.body.data.client).toEqual({
      id: acme.id,
      name: 'Acme GmbH',
      email: 'Billing@Acme.example',
      tax_rate_bp: 1900,
      currency: 'EUR',
      archived: false,
    });

    // By name regardless of case.
    const list = await team.member.rest.get('/clients');
    expect(list.body.data.map((c: any) => c.name)).toEqual(['Acme GmbH', 'bare corp', 'Zeta Ltd']);
    expect(list.body.pagination).toEqual({ total: 3, page: 1, per_page: 25, total_pages: 1 });

    // Update: change, clear with null; nothing changed = no write.
    const upd = await team.owner.rest.patch(`/clients/${bare.id}`, { name: 'Bare Corp', email: 'hi@bare.example', notes: null, currency: 'USD' });
    expect(upd.status).toBe(200);
    expect(upd.body.data).toMatchObject({ name: 'Bare Corp', email: 'hi@bare.example', currency: 'USD' });
    const cleared = await gql(
      team.server,
      team.owner.token,
      `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id email currency } }`,
      { input: { id: bare.id, email: null, currency: null } },
    );
    expect(cleared.body.data.updateClient).toEqual({ id: bare.id, email: null, currency: null });
    const current = (await team.owner.rest.get(`/clients/${bare.id}`)).body.data;
    const same = await team.owner.rest.patch(`/clients/${bare.id}`, { name: 'Bare Corp' });
    expect(same.body.data).toEqual(current);
  });

  it('search on name or email regardless of case, archived hidden unless asked for, pages', async () => {
    const s = 'srch';
    const a = await newClient({ name: `Alpha ${s}`, email: 'a@alpha.example' });
    const b = await newClient({ name: 'Beta', email: `BOOKS-${s}@beta.example` });
    const c = await newClient({ name: `Gamma ${s.toUpperCase()}` });
    const archived = await newClient({ name: `Delta ${s}` });
    expect((await team.owner.rest.patch(`/clients/${archived.id}`, { archived: true })).body.data.archived).toBe(true);

    const found = await team.member.rest.get(`/clients?search=${s.toUpperCase()}`);
    expect(found.body.data.map((x: any) => x.id)).toEqual([a.id, b.id, c.id]);
    const byEmail = await memberWs.request('clients.list', { org_id: team.orgId, search: 'beta.EXAMPLE' });
    expect(byEmail.data.map((x: any) => x.id)).toEqual([b.id]);
    const arch = await team.member.rest.get(`/clients?archived=true&search=${s}`);
    expect(arch.body.data.map((x: any) => x.id)).toEqual([archived.id]);
    const gArch = await g(team.member.token, `{ clients(archived: true, search: "SRCH") { data { id archived } pagination { total } } }`);
    expect(gArch.body.data.clients).toEqual({ data: [{ id: archived.id, archived: true }], pagination: { total: 1 } });
    // Archived clients are still readable one by one.
    expect((await team.member.rest.get(`/clients/${archived.id}`)).status).toBe(200);

    const p2 = await team.member.rest.get(`/clients?search=${s}&page=2&per_page=2`);
    expect(p2.body.data.map((x: any) => x.id)).toEqual([c.id]);
    expect(p2.body.pagination).toEqual({ total: 3, page: 2, per_page: 2, total_pages: 2 });
    expect((await team.member.rest.get('/clients?per_page=101')).body.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    // Restored: listed again.
    await team.owner.rest.patch(`/clients/${archived.id}`, { archived: false });
    expect((await team.member.rest.get(`/clients?search=${s}`)).body.pagination.total).toBe(4);
  });

  it('bad input on every transport, the viewer FORBIDDEN, a stranger NOT_FOUND: nothing changes', async () => {
    const acme = await newClient({ name: 'Guarded' });
    const theirs = (await team.stranger.rest.post('/clients', { name: 'Stranger Co' })).body.data;
    const before = await snapshot();
    for (const [body, field] of [
      [{ name: 'X', currency: 'XYZ' }, 'currency'],
      [{ name: 'X', currency: 'eur' }, 'currency'],
      [{ name: 'X', tax_rate_bp: 19.5 }, 'tax_rate_bp'],
      [{ name: 'X', tax_rate_bp: -1 }, 'tax_rate_bp'],
      [{ name: 'X', tax_rate_bp: 10001 }, 'tax_rate_bp'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 'X', email: 'not-an-email' }, 'email'],
      [{ name: 'X', address: 'a'.repeat(1001) }, 'address'],
      [{ name: 'X', notes: 'n'.repeat(5001) }, 'notes'],
      [{ name: 'X', colour: 'red' }, undefined],
      [{}, 'name'],
    ] as const) {
      const rest = await team.owner.rest.post('/clients', body);
      expect(rest.status, JSON.stringify(body)).toBe(400);
      expect(rest.body.error.code).toBe('VALIDATION_ERROR');
      if (field) expect(rest.body.error.details?.field, JSON.stringify(body)).toBe(field);
      const ws = await ownerWs.request('clients.create', { org_id: team.orgId, ...body });
      expect(ws.error?.code, JSON.stringify(body)).toBe('VALIDATION_ERROR');
    }
    const unknownCurrency = await mcpCall(mcp, 'clients_update', { org_id: team.orgId, id: acme.id, currency: 'ABC' });
    expect(unknownCurrency.isError).toBe(true);
    expect(unknownCurrency.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'currency' } });
    const gBad = await g(team.owner.token, `mutation { createClient(input: { name: "X", tax_rate_bp: 19.5 }) { id } }`);
    expect(gBad.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');

    // The viewer reads but may not write; a member neither.
    expect((await team.viewer.rest.get(`/clients/${acme.id}`)).status).toBe(200);
    expect((await team.viewer.rest.post('/clients', { name: 'Nope' })).body.error.code).toBe('FORBIDDEN');
    expect((await team.member.rest.patch(`/clients/${acme.id}`, { name: 'Nope' })).body.error.code).toBe('FORBIDDEN');
    expect((await memberWs.request('clients.delete', { org_id: team.orgId, id: acme.id })).error?.code).toBe('FORBIDDEN');
    // Another organization's client does not exist for the stranger (and theirs not for us).
    expect((await team.stranger.rest.get(`/clients/${acme.id}`)).body.error.code).toBe('NOT_FOUND');
    expect((await team.stranger.rest.patch(`/clients/${acme.id}`, { name: 'Mine' })).body.error.code).toBe('NOT_FOUND');
    expect((await team.stranger.rest.delete(`/clients/${acme.id}`)).body.error.code).toBe('NOT_FOUND');
    expect((await team.owner.rest.get(`/clients/${theirs.id}`)).body.error.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('delete detaches its projects (their updated events first) and is refused for a client with invoices', async () => {
    const c = await newClient({ name: 'Short lived' });
    const p1 = (await team.owner.rest.post('/projects', { name: 'Billed 1', client_id: c.id })).body.data;
    const p2 = (await team.owner.rest.post('/projects', { name: 'Billed 2', client_id: c.id })).body.data;
    const events: any[] = [];
    const seen = (e: any) =>
      e.event === 'EntityChanged' && e.data.action !== 'created' && (e.data.entity_id === c.id || [p1.id, p2.id].includes(e.data.entity_id));
    const del = await team.owner.rest.delete(`/clients/${c.id}`);
    expect(del.body).toEqual({ data: { id: c.id, deleted: true } });
    for (let i = 0; i < 3; i++) events.push(await memberWs.nextEvent(seen));
    expect(events.map((e) => [e.data.entity_type, e.data.action])).toEqual([
      ['project', 'updated'],
      ['project', 'updated'],
      ['client', 'deleted'],
    ]);
    expect(events[0].data.changes).toMatchObject({ client_id: { from: c.id, to: null } });
    expect((await team.owner.rest.get(`/projects/${p1.id}`)).body.data.client_id).toBeNull();
    expect((await team.owner.rest.get(`/clients/${c.id}`)).body.error.code).toBe('NOT_FOUND');

    // A client with invoices stays: CONFLICT, nothing detached.
    const kept = await newClient({ name: 'Has invoices' });
    const p3 = (await team.owner.rest.post('/projects', { name: 'Billed 3', client_id: kept.id })).body.data;
    const db = team.server.svc.db;
    for (const n of ['T-0001', 'T-0002'])
      await db`insert into invoices (id, org_id, number, client_id, issue_date, due_date, currency)
        values (${newId('inv')}, ${team.orgId}, ${n}, ${kept.id}, '2026-01-01', '2026-01-31', 'EUR')`;
    const before = await snapshot();
    const refused = await team.owner.rest.delete(`/clients/${kept.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'CONFLICT', details: { client_id: kept.id, invoice_count: 2 } });
    expect(refused.body.error.message).toMatch(/2 invoices; archive it instead/);
    const gRefused = await g(team.owner.token, `mutation($input: DeleteClientInput!) { deleteClient(input: $input) { id } }`, {
      input: { id: kept.id },
    });
    expect(gRefused.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    expect((await team.owner.rest.get(`/projects/${p3.id}`)).body.data.client_id).toBe(kept.id);
    await db`delete from invoices where client_id = ${kept.id}`;
  });

  it('GraphQL Project.client is the full client and Client.projects pages the visible projects, batched', async () => {
    const db = team.server.svc.db;
    const seed = async (n: number, tag: string) => {
      for (let i = 0; i < n; i++) {
        const c = await newClient({ name: `${tag} ${i}`, email: `${tag}${i}@x.example` });
        for (let j = 0; j < 3; j++) await team.owner.rest.post('/projects', { name: `${tag} ${i} P${j}`, client_id: c.id });
      }
    };
    await seed(2, 'Small');
    await seed(8, 'Large');
    // A members-only project of a client: hidden from a member who is not in it.
    const hiddenOwner = (await db`select id from clients where name = 'Small 0'`)[0]!.id;
    const hidden = (await team.owner.rest.post('/projects', { name: 'Secret', client_id: hiddenOwner, visibility: 'members' })).body.data;

    const QUERY = `query($search: String) {
      clients(search: $search, perPage: 100) { data { id name projects(perPage: 2) { data { id name client { id name email } } pagination { total } } } }
    }`;
    const count = async (search: string, token: string) => {
      statements = [];
      recording = true;
      const res = await g(token, QUERY, { search });
      recording = false;
      expect(res.body.errors).toBeUndefined();
      const n = statements.filter((s) => !/mail_outbox|relay_device_requests|ws_tickets|pg_catalog|graphile|^\s*(begin|commit)\s*$/i.test(s)).length;
      return { n, data: res.body.data.clients.data };
    };
    const small = await count('Small', team.member.token);
    const large = await count('Large', team.member.token);
    expect(small.data).toHaveLength(2);
    expect(large.data).toHaveLength(8);
    expect(large.n).toBe(small.n);
    expect(small.n).toBeLessThanOrEqual(6);
    const first = small.data[0];
    expect(first.projects.pagination.total).toBe(3); // the member does not see "Secret"
    expect(first.projects.data).toHaveLength(2);
    expect(first.projects.data[0].client).toEqual({ id: first.id, name: first.name, email: `${first.name.replace(' ', '')}@x.example` });
    // The owner (manage_projects) sees the members-only project too.
    const owners = await count('Small', team.owner.token);
    expect(hidden, JSON.stringify(hidden)).toMatchObject({ client_id: hiddenOwner });
    expect(owners.data[0].projects.pagination.total).toBe(4);
    expect(hidden.client_id).toBe(hiddenOwner);
  });
});
