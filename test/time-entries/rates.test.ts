/**
 * The rate hierarchy (rates.ts) as users see it: an entry's effective client rate is the first set of its own
 * override, its project member rate, its project's rate, its member's default (cost: project member, member
 * default); amounts are round-half-up(seconds × rate / 3600); rates and amounts only for `view_rates` holders
 * (REST, WS events, GraphQL); setting a rate needs `view_rates`; a rate change moves the entries not yet
 * invoiced, an invoiced entry keeps its billed rate and cannot be changed or deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/platform/ids.js';
import { startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
/** Project with a rate of 100.00/h, and one without a rate. */
let rated: any;
let unrated: any;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  rated = (await team.owner.rest.post('/projects', { name: 'Rated', hourly_rate_cents: 10000 })).body.data;
  unrated = (await team.owner.rest.post('/projects', { name: 'Unrated' })).body.data;
});
afterAll(async () => {
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

const g = (token: string, query: string, variables?: Record<string, unknown>) =>
  gql(team.server, token, query, variables, { headers: { 'x-org-id': team.orgId } });

/** A finished entry of the member: `secs` long from `start`. */
async function entry(projectId: string | null, secs: number, extra: Record<string, unknown> = {}, start = '2026-02-02T09:00:00Z'): Promise<any> {
  const stop = new Date(Date.parse(start) + secs * 1000).toISOString();
  const res = await team.member.rest.post('/time-entries', { project_id: projectId, started_at: start, stopped_at: stop, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** The entry as the owner (view_rates) sees it. */
const asOwner = async (id: string): Promise<any> => (await team.owner.rest.get(`/time-entries/${id}`)).body.data;
const rateOf = (e: any) => [e.effective_hourly_rate_cents, e.effective_rate_source, e.cost_rate_cents, e.amount_cents];

describe('the rate hierarchy', () => {
  it('golden cases: entry override > project member > project > member default; cost: project member > member default', async () => {
    // No rate anywhere: nothing to charge, no amount.
    const none = await entry(unrated.id, 3600);
    expect(rateOf(await asOwner(none.id))).toEqual([null, null, null, null]);

    // Member defaults.
    const upd = await team.owner.rest.patch(`/members/${team.member.id}`, { hourly_rate_cents: 5000, cost_rate_cents: 2000 });
    expect(upd.status).toBe(200);
    expect(upd.body.data).toMatchObject({ hourly_rate_cents: 5000, cost_rate_cents: 2000 });
    expect(rateOf(await asOwner(none.id))).toEqual([5000, 'member', 2000, 5000]);

    // The project's rate beats the member default (cost stays the member's).
    const onRated = await entry(rated.id, 1800);
    expect(rateOf(await asOwner(onRated.id))).toEqual([10000, 'project', 2000, 5000]);
    expect((await asOwner(onRated.id)).hourly_rate_cents).toBeNull(); // no override of its own: nothing copied

    // The project member rate beats the project's; the project member cost rate beats the member default.
    const add = await team.owner.rest.post(`/projects/${rated.id}/members`, {
      user_id: team.member.id,
      hourly_rate_cents: 12000,
      cost_rate_cents: 3000,
    });
    expect(add.status).toBe(201);
    expect(add.body.data).toMatchObject({ hourly_rate_cents: 12000, cost_rate_cents: 3000 });
    expect(rateOf(await asOwner(onRated.id))).toEqual([12000, 'project_member', 3000, 6000]);

    // The entry's own override beats everything.
    const own = await entry(rated.id, 900, { hourly_rate_cents: 15000 });
    expect(rateOf(await asOwner(own.id))).toEqual([15000, 'entry', 3000, 3750]);
    expect((await asOwner(own.id)).hourly_rate_cents).toBe(15000);

    // A non-billable entry has rates but no amount; a running one neither.
    const free = await entry(rated.id, 3600, { billable: false });
    expect(rateOf(await asOwner(free.id))).toEqual([12000, 'project_member', 3000, null]);

    // Clearing the project member's rates falls back to the project's rate and the member's cost.
    const cleared = await team.owner.rest.patch(`/projects/${rated.id}/members/${team.member.id}`, {
      hourly_rate_cents: null,
      cost_rate_cents: null,
    });
    expect(cleared.body.data).toMatchObject({ role: 'member', hourly_rate_cents: null, cost_rate_cents: null });
    expect(rateOf(await asOwner(onRated.id))).toEqual([10000, 'project', 2000, 5000]);
    await team.owner.rest.patch(`/projects/${rated.id}/members/${team.member.id}`, { hourly_rate_cents: 12000, cost_rate_cents: 3000 });
  });

  it('amounts round half up, per entry, in exact integer arithmetic', async () => {
    // 1 s at 35.99/h = 0.9997 cents → 1 cent; 59 min at 123.45/h = 3540 × 12345 / 3600 = 12139.25 → 12139;
    // 30 min at 0.01/h = 0.005 → 0.01 (half up); 1 s at 17.99/h = 0.4997 → 0.
    const cases: [number, number, number][] = [
      [1, 3599, 1],
      [59 * 60, 12345, 12139],
      [1800, 1, 1],
      [1, 1799, 0],
      [3600 * 10, 100_000_000, 1_000_000_000],
    ];
    for (const [secs, rate, cents] of cases) {
      const e = await entry(unrated.id, secs, { hourly_rate_cents: rate });
      const seen = await asOwner(e.id);
      expect([seen.duration_secs, seen.effective_hourly_rate_cents, seen.amount_cents], `${secs}s at ${rate}`).toEqual([secs, rate, cents]);
    }
  });

  it('rates and amounts only for view_rates, on REST, WS events and GraphQL; invoice_id for everyone', async () => {
    const ownerSees = ownerWs.nextEvent(
      (e) => e.event === 'EntityChanged' && e.data.entity_type === 'time_entry' && e.data.entity.description === 'masking',
    );
    const memberSees = memberWs.nextEvent(
      (e) => e.event === 'EntityChanged' && e.data.entity_type === 'time_entry' && e.data.entity.description === 'masking',
    );
    const e = await entry(rated.id, 3600, { hourly_rate_cents: 9000, description: 'masking' });
    const masked = {
      hourly_rate_cents: null,
      effective_hourly_rate_cents: null,
      effective_rate_source: null,
      cost_rate_cents: null,
      amount_cents: null,
      invoice_id: null,
    };
    expect(e).toMatchObject(masked); // the member's own answer
    expect((await team.member.rest.get(`/time-entries/${e.id}`)).body.data).toMatchObject(masked);
    expect((await team.viewer.rest.get(`/time-entries/${e.id}`)).body.data).toMatchObject(masked);
    const full = {
      hourly_rate_cents: 9000,
      effective_hourly_rate_cents: 9000,
      effective_rate_source: 'entry',
      cost_rate_cents: 3000,
      amount_cents: 9000,
      invoice_id: null,
    };
    expect(await asOwner(e.id)).toMatchObject(full);
    expect((await ownerSees).data.entity).toMatchObject(full);
    expect((await memberSees).data.entity).toMatchObject(masked);

    const Q = `query($id: ID!) { timeEntry(id: $id) { hourly_rate_cents effective_hourly_rate_cents effective_rate_source cost_rate_cents amount_cents invoice_id } }`;
    expect((await g(team.member.token, Q, { id: e.id })).body.data.timeEntry).toEqual(masked);
    expect((await g(team.owner.token, Q, { id: e.id })).body.data.timeEntry).toEqual(full);
    // Nested lists are shaped the same way.
    const NQ = `query($id: ID!) { project(id: $id) { time_entries(perPage: 100) { data { id amount_cents effective_rate_source } } members { data { user_id hourly_rate_cents cost_rate_cents } } } }`;
    const nestedMember = (await g(team.member.token, NQ, { id: rated.id })).body.data.project;
    expect(nestedMember.time_entries.data.every((x: any) => x.amount_cents === null && x.effective_rate_source === null)).toBe(true);
    expect(nestedMember.members.data.find((m: any) => m.user_id === team.member.id)).toEqual({
      user_id: team.member.id,
      hourly_rate_cents: null,
      cost_rate_cents: null,
    });
    const nestedOwner = (await g(team.owner.token, NQ, { id: rated.id })).body.data.project;
    expect(nestedOwner.time_entries.data.find((x: any) => x.id === e.id)).toEqual({ id: e.id, amount_cents: 9000, effective_rate_source: 'entry' });
    expect(nestedOwner.members.data.find((m: any) => m.user_id === team.member.id)).toEqual({
      user_id: team.member.id,
      hourly_rate_cents: 12000,
      cost_rate_cents: 3000,
    });

    // Members' rates: masked in lists, in GraphQL's Organization.members, and in member events.
    const list = async (p: any) => (await p.rest.get('/members?per_page=100')).body.data.find((m: any) => m.user_id === team.member.id);
    expect(await list(team.viewer)).toMatchObject({ hourly_rate_cents: null, cost_rate_cents: null });
    expect(await list(team.owner)).toMatchObject({ hourly_rate_cents: 5000, cost_rate_cents: 2000 });
    const OQ = `{ organizations { id members(perPage: 100) { data { user_id hourly_rate_cents } } } }`;
    const orgOf = (body: any) =>
      body.data.organizations.find((o: any) => o.id === team.orgId).members.data.find((m: any) => m.user_id === team.member.id);
    expect(orgOf((await g(team.viewer.token, OQ)).body)).toEqual({ user_id: team.member.id, hourly_rate_cents: null });
    expect(orgOf((await g(team.owner.token, OQ)).body)).toEqual({ user_id: team.member.id, hourly_rate_cents: 5000 });
    const memberEvent = (ws: WsClient) =>
      ws.nextEvent((x) => x.event === 'EntityChanged' && x.data.entity_type === 'member' && x.data.action === 'updated');
    // Fresh sockets: only the events of this change.
    const [ow, mw] = await Promise.all([connectWs(team.server, team.owner.token), connectWs(team.server, team.member.token)]);
    const [o, m] = [memberEvent(ow), memberEvent(mw)];
    await team.owner.rest.patch(`/members/${team.member.id}`, { cost_rate_cents: 2100 });
    expect((await o).data).toMatchObject({
      entity: { cost_rate_cents: 2100, hourly_rate_cents: 5000 },
      changes: { cost_rate_cents: { from: 2000, to: 2100 } },
    });
    const mine = (await m).data;
    expect(mine.entity).toMatchObject({ cost_rate_cents: null, hourly_rate_cents: null });
    expect(JSON.stringify(mine.changes ?? {})).not.toContain('2100');
    await team.owner.rest.patch(`/members/${team.member.id}`, { cost_rate_cents: 2000 });
    await Promise.all([ow.close(), mw.close()]);
  });

  it('setting a rate needs view_rates besides the write permission; bad rates are VALIDATION_ERROR; nothing changes', async () => {
    // The manager may manage members and projects here, but not see rates.
    await team.owner.rest.patch(`/members/${team.manager.id}`, { permissions: { manage_members: true, view_rates: false } });
    const db = team.server.svc.db;
    const snap = async () => ({
      members: await db`select user_id, hourly_rate_cents, cost_rate_cents from members where org_id = ${team.orgId} order by user_id`,
      pm: await db`select user_id, hourly_rate_cents, cost_rate_cents from project_members where project_id = ${rated.id} order by user_id`,
    });
    const before = await snap();
    expect((await team.manager.rest.patch(`/members/${team.member.id}`, { hourly_rate_cents: 1 })).body.error.code).toBe('FORBIDDEN');
    expect((await team.manager.rest.patch(`/members/${team.member.id}`, { cost_rate_cents: null })).body.error.code).toBe('FORBIDDEN');
    expect((await team.manager.rest.patch(`/projects/${rated.id}/members/${team.member.id}`, { hourly_rate_cents: 1 })).body.error.code).toBe(
      'FORBIDDEN',
    );
    expect((await team.manager.rest.post(`/projects/${rated.id}/members`, { user_id: team.viewer.id, cost_rate_cents: 1 })).body.error.code).toBe(
      'FORBIDDEN',
    );
    const ws = await connectWs(team.server, team.manager.token);
    expect((await ws.request('members.update', { org_id: team.orgId, user_id: team.member.id, hourly_rate_cents: 1 })).error?.code).toBe('FORBIDDEN');
    await ws.close();
    // Without rates the same calls are fine (the role is the manager's to change).
    expect((await team.manager.rest.patch(`/projects/${rated.id}/members/${team.member.id}`, { role: 'member' })).status).toBe(200);
    // A member cannot set rates at all.
    expect((await team.member.rest.patch(`/members/${team.member.id}`, { hourly_rate_cents: 99999 })).body.error.code).toBe('FORBIDDEN');
    for (const bad of [-1, 1.5, 100_000_001, '100']) {
      for (const field of ['hourly_rate_cents', 'cost_rate_cents']) {
        const res = await team.owner.rest.patch(`/members/${team.member.id}`, { [field]: bad });
        expect(res.body.error, `${field}=${bad}`).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
        const pm = await team.owner.rest.post(`/projects/${rated.id}/members`, { user_id: team.viewer.id, [field]: bad });
        expect(pm.body.error, `${field}=${bad}`).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
      }
    }
    const gBad = await g(team.owner.token, `mutation { updateMember(input: { user_id: "${team.member.id}", hourly_rate_cents: -5 }) { user_id } }`);
    expect(gBad.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
    expect(await snap()).toEqual(before);
    await team.owner.rest.patch(`/members/${team.manager.id}`, { permissions: { manage_members: null, view_rates: null } });
  });

  it('a rate change moves the entries not yet invoiced; an invoiced entry keeps its billed rate and is frozen', async () => {
    const a = await entry(unrated.id, 3600, {}, '2026-03-02T09:00:00Z');
    const b = await entry(unrated.id, 1800, {}, '2026-03-02T11:00:00Z');
    expect(rateOf(await asOwner(a.id))).toEqual([5000, 'member', 2000, 5000]);
    // b goes on an invoice at 50.00/h (what invoices.generate writes: invoice, line, billed rate).
    const db = team.server.svc.db;
    const clientId = (await team.owner.rest.post('/clients', { name: 'Billed client' })).body.data.id;
    const invoiceId = newId('inv');
    await db`insert into invoices (id, org_id, number, client_id, issue_date, due_date, currency)
      values (${invoiceId}, ${team.orgId}, 'INV-0042', ${clientId}, '2026-03-31', '2026-04-30', 'EUR')`;
    await db`update time_entries set invoice_id = ${invoiceId}, billed_rate_cents = 5000 where id = ${b.id}`;

    // The member default rises to 80.00/h: a follows, b keeps what it was billed at.
    await team.owner.rest.patch(`/members/${team.member.id}`, { hourly_rate_cents: 8000 });
    expect(rateOf(await asOwner(a.id))).toEqual([8000, 'member', 2000, 8000]);
    expect(rateOf(await asOwner(b.id))).toEqual([5000, 'invoice', 2000, 2500]);
    // The project's rate too (a project rate on the unrated project now beats the member default).
    await team.owner.rest.patch(`/projects/${unrated.id}`, { hourly_rate_cents: 6000 });
    expect(rateOf(await asOwner(a.id))).toEqual([6000, 'project', 2000, 6000]);
    expect(rateOf(await asOwner(b.id))).toEqual([5000, 'invoice', 2000, 2500]);
    // Everyone sees that it is invoiced.
    expect((await team.viewer.rest.get(`/time-entries/${b.id}`)).body.data).toMatchObject({ invoice_id: invoiceId, amount_cents: null });

    // Frozen: no update, no delete, on any transport; nothing changes.
    const before = await db`select * from time_entries where id = ${b.id}`;
    const upd = await team.member.rest.patch(`/time-entries/${b.id}`, { description: 'changed' });
    expect(upd.status).toBe(409);
    expect(upd.body.error).toMatchObject({ code: 'CONFLICT', details: { invoice_id: invoiceId, invoice_number: 'INV-0042' } });
    expect(upd.body.error.message).toContain('INV-0042');
    const del = await memberWs.request('time_entries.delete', { org_id: team.orgId, entry_id: b.id });
    expect(del.error).toMatchObject({ code: 'CONFLICT', details: { invoice_id: invoiceId, invoice_number: 'INV-0042' } });
    const gDel = await g(team.owner.token, `mutation($input: DeleteTimeEntryInput!) { deleteTimeEntry(input: $input) { id } }`, {
      input: { entry_id: b.id },
    });
    expect(gDel.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', details: { invoice_number: 'INV-0042' } });
    expect(await db`select * from time_entries where id = ${b.id}`).toEqual(before);

    // Once the draft goes (what invoices.delete does to its entries), the entry follows the rates again.
    await db`update time_entries set invoice_id = null, billed_rate_cents = null where id = ${b.id}`;
    await db`delete from invoices where id = ${invoiceId}`;
    expect(rateOf(await asOwner(b.id))).toEqual([6000, 'project', 2000, 3000]);
    expect((await team.member.rest.patch(`/time-entries/${b.id}`, { description: 'changed' })).status).toBe(200);
    await team.owner.rest.patch(`/projects/${unrated.id}`, { hourly_rate_cents: null });
  });
});
