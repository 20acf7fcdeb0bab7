/**
 * The four reports against a golden fixture built through the API, with every expected figure computed by hand
 * below (the arithmetic is in the comments). The organization's time zone is Europe/Berlin (CET, UTC+1, until
 * 2026-03-29 01:00 UTC, then CEST, UTC+2) and its currency EUR; the reports cover March 2026.
 *
 * Rates (cents per hour). Members: Olivia Owner client 10000 / cost 4000; Manny Manager 12345 / 5000; Mia Member
 * 8000 / no cost rate; Tess Trainee neither. Projects: Alpha (client Acme, rate 12000), Beta (client Bolt, no rate),
 * Internal (no client, no rate), Secret (members-only, no client, no rate; Manny is its member). Mia is a project
 * member of Alpha with a client rate override of 15000 (no cost override). Two of Olivia's entries on Beta carry
 * their own override of 3599.
 *
 * Entries (UTC; local day in brackets):
 *   E1  Olivia Alpha  2026-03-02 09:00:00 + 1 s        billable  rate 12000 (project)        [03-02]
 *   E2  Olivia Alpha  2026-03-02 10:00    + 3540 s     billable  12000, "Design review"      [03-02]
 *   E3  Mia    Alpha  2026-03-03 08:00    + 3540 s     billable  15000 (project member), "design sketches" [03-03]
 *   E4  Mia    Alpha  2026-03-03 09:00:00 + 1 s        billable  15000                       [03-03]
 *   E5  Manny  Beta   2026-03-04 12:00:00 + 1 s        billable  12345 (member default)      [03-04]
 *   E6  Manny  Beta   2026-03-05 12:00:00 + 1 s        billable  12345                       [03-05]
 *   E7  Olivia Beta   2026-03-06 09:00    + 3600 s     billable  3599 (entry override)       [03-06]
 *   E8  Olivia Beta   2026-03-06 11:00:00 + 1 s        billable  3599                        [03-06]
 *   E9  Mia    Internal 2026-03-10 08:00  + 14400 s    not billable (rate 8000)              [03-10]
 *   E10 Olivia Alpha  2026-03-31 22:30    + 3600 s     billable: 2026-04-01 00:30 CEST, OUTSIDE March
 *   E11 Mia    Beta   2026-02-28 23:30    + 3600 s     billable  8000 (member default): 2026-03-01 00:30 CET, INSIDE
 *   E12 Olivia Alpha  2026-03-28 23:30    + 2700 s     not billable: 2026-03-29 00:30 CET        [03-29]
 *   E13 Manny  Secret 2026-03-12 10:00    + 3600 s     billable  12345                       [03-12]
 *   E14 Tess   Internal 2026-03-11 09:00  + 3600 s     billable, NO client rate, no cost rate [03-11]
 *
 * Amounts per (project, client rate) pair, round-half-up(Σ billable seconds × rate / 3600):
 *   (Alpha, 12000): E1+E2 = 3541 s → 3541 × 12000 / 3600 = 11803.33 → 11803
 *   (Alpha, 15000): E3+E4 = 3541 s → 3541 × 15000 / 3600 = 14754.17 → 14754
 *   (Beta, 12345):  E5+E6 = 2 s    → 2 × 12345 / 3600 = 6.858 → 7   (each alone: 3.43 → 3, so 3 + 3 = 6 by day)
 *   (Beta, 3599):   E7+E8 = 3601 s → 3601 × 3599 / 3600 = 3599.9997 → 3600
 *   (Beta, 8000):   E11 = 3600 s   → 8000
 *   (Secret, 12345): E13 = 3600 s  → 12345
 *   Total: 11803 + 14754 + 7 + 3600 + 8000 + 12345 = 50509.
 * Seconds in March: 1+3540+3540+1+1+1+3600+1+14400+3600+2700+3600+3600 = 38585; billable (all but E9, E12): 38585 −
 * 14400 − 2700 = 21485; 13 entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinOrg, mcpCall, orgApi, startTeam, type Person, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { registerUser } from '../support/http.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs } from '../support/ws.js';

let team: Team;
let tess: Person;
const ids: Record<string, string> = {};
const MARCH = 'from=2026-03-01&to=2026-03-31';
const RULE =
  'Amounts are integer minor units. Time at an hourly rate: round-half-up(seconds × rate_cents / 3600), once per project and rate; ' +
  'tax: round-half-up(subtotal_cents × tax_rate_bp / 10000); total = subtotal + tax.';

function ok(res: { status: number; body: any }, status = 200): any {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body.data;
}

async function entry(who: Person, project: string, started: string, secs: number, extra: Record<string, unknown> = {}): Promise<string> {
  const stopped = new Date(Date.parse(started) + secs * 1000).toISOString().replace('.000Z', 'Z');
  return ok(await who.rest.post('/time-entries', { project_id: project, started_at: started, stopped_at: stopped, ...extra }), 201).id;
}

beforeAll(async () => {
  team = await startTeam();
  const { owner, manager, member, orgId, server } = team;
  const t = await registerUser(server, { name: 'Tess Trainee' });
  await joinOrg(server, orgId, t.user.id, 'member');
  tess = { user: t, id: t.user.id, token: t.access_token, rest: orgApi(server, t.access_token, orgId) };
  ok(await owner.rest.patch(`/organizations/${orgId}`, { timezone: 'Europe/Berlin', currency: 'EUR' }));
  ok(await owner.rest.patch(`/members/${owner.id}`, { hourly_rate_cents: 10000, cost_rate_cents: 4000 }));
  ok(await owner.rest.patch(`/members/${manager.id}`, { hourly_rate_cents: 12345, cost_rate_cents: 5000 }));
  ok(await owner.rest.patch(`/members/${member.id}`, { hourly_rate_cents: 8000 }));
  const acme = ok(await owner.rest.post('/clients', { name: 'Acme', email: 'billing@acme.test', tax_rate_bp: 1900 }), 201).id;
  const bolt = ok(await owner.rest.post('/clients', { name: 'Bolt', email: 'ap@bolt.test' }), 201).id;
  const cosmo = ok(await owner.rest.post('/clients', { name: 'Cosmo', email: 'pay@cosmo.test', currency: 'USD' }), 201).id;
  Object.assign(ids, { acme, bolt, cosmo });
  const alpha = ok(await owner.rest.post('/projects', { name: 'Alpha', client_id: acme, hourly_rate_cents: 12000 }), 201).id;
  const beta = ok(await owner.rest.post('/projects', { name: 'Beta', client_id: bolt }), 201).id;
  const internal = ok(await owner.rest.post('/projects', { name: 'Internal' }), 201).id;
  const secret = ok(await owner.rest.post('/projects', { name: 'Secret', visibility: 'members' }), 201).id;
  Object.assign(ids, { alpha, beta, internal, secret });
  ok(await owner.rest.post(`/projects/${alpha}/members`, { user_id: member.id, hourly_rate_cents: 15000 }), 201);
  ok(await owner.rest.post(`/projects/${secret}/members`, { user_id: manager.id }), 201);
  ids.e1 = await entry(owner, alpha, '2026-03-02T09:00:00Z', 1);
  ids.e2 = await entry(owner, alpha, '2026-03-02T10:00:00Z', 3540, { description: 'Design review' });
  ids.e3 = await entry(member, alpha, '2026-03-03T08:00:00Z', 3540, { description: 'design sketches' });
  ids.e4 = await entry(member, alpha, '2026-03-03T09:00:00Z', 1);
  ids.e5 = await entry(manager, beta, '2026-03-04T12:00:00Z', 1);
  ids.e6 = await entry(manager, beta, '2026-03-05T12:00:00Z', 1);
  ids.e7 = await entry(owner, beta, '2026-03-06T09:00:00Z', 3600, { hourly_rate_cents: 3599 });
  ids.e8 = await entry(owner, beta, '2026-03-06T11:00:00Z', 1, { hourly_rate_cents: 3599 });
  ids.e9 = await entry(member, internal, '2026-03-10T08:00:00Z', 14400, { billable: false });
  ids.e10 = await entry(owner, alpha, '2026-03-31T22:30:00Z', 3600);
  ids.e11 = await entry(member, beta, '2026-02-28T23:30:00Z', 3600);
  ids.e12 = await entry(owner, alpha, '2026-03-28T23:30:00Z', 2700, { billable: false });
  ids.e13 = await entry(manager, secret, '2026-03-12T10:00:00Z', 3600);
  ids.e14 = await entry(tess, internal, '2026-03-11T09:00:00Z', 3600, { billable: true });

  // Acme's March time on an invoice (19 % tax), sent and paid; a USD custom-line invoice to Cosmo, sent; a draft to
  // Bolt (drafts are not revenue).
  const inv = ok(await owner.rest.post('/invoices', { client_id: acme, issue_date: '2026-03-31', due_date: '2026-04-30' }), 201).id;
  ok(await owner.rest.post(`/invoices/${inv}/generate`, { from: '2026-03-01', to: '2026-03-31' }));
  ok(await owner.rest.post(`/invoices/${inv}/send`, {}));
  ok(await owner.rest.post(`/invoices/${inv}/mark-paid`, { payment_method: 'bank_transfer' }));
  ids.invoice = inv;
  const usd = ok(
    await owner.rest.post('/invoices', {
      client_id: cosmo,
      issue_date: '2026-03-15',
      due_date: '2026-04-15',
      lines: [{ description: 'Workshop', quantity: '2', unit_price_cents: 5000 }],
    }),
    201,
  ).id;
  ok(await owner.rest.post(`/invoices/${usd}/send`, {}));
  ok(
    await owner.rest.post('/invoices', {
      client_id: bolt,
      issue_date: '2026-03-20',
      due_date: '2026-04-20',
      lines: [{ description: 'Draft', quantity: '1', unit_price_cents: 99900 }],
    }),
    201,
  );
}, 120_000);

afterAll(async () => {
  await team?.server.close();
});

const heading = { from: '2026-03-01', to: '2026-03-31', timezone: 'Europe/Berlin', currency: 'EUR', rounding: RULE };

describe('reports.timesheet', () => {
  it('totals, entries newest first and the midnight edges in the organization time zone', async () => {
    const d = ok(await team.owner.rest.get(`/reports/timesheet?${MARCH}&per_page=100`));
    expect(d).toMatchObject({ ...heading, group_by: null, groups: null, groups_total: null });
    expect(d.totals).toEqual({ entries: 13, secs: 38585, billable_secs: 21485, amount_cents: 50509 });
    expect(d.pagination).toEqual({ total: 13, page: 1, per_page: 100, total_pages: 1 });
    const order = d.entries.map((e: any) => e.id);
    // Newest first: E12 (03-28 23:30Z) … E11 (02-28 23:30Z, i.e. March 1 in Berlin); E10 (April 1 in Berlin) absent.
    expect(order).toEqual([ids.e12, ids.e13, ids.e14, ids.e9, ids.e8, ids.e7, ids.e6, ids.e5, ids.e4, ids.e3, ids.e2, ids.e1, ids.e11]);
    const byId = Object.fromEntries(d.entries.map((e: any) => [e.id, e]));
    // Per entry: E1 1 s × 12000 / 3600 = 3.33 → 3; E4 1 s × 15000 / 3600 = 4.17 → 4; E8 1 s × 3599 / 3600 → 1;
    // E9 not billable → null; E14 no rate → null.
    expect(byId[ids.e1!]).toMatchObject({
      duration_secs: 1,
      effective_hourly_rate_cents: 12000,
      amount_cents: 3,
      project_name: 'Alpha',
      client_id: ids.acme,
      user_name: 'Olivia Owner',
      invoice_id: ids.invoice,
    });
    expect(byId[ids.e4!]).toMatchObject({ effective_hourly_rate_cents: 15000, amount_cents: 4 });
    expect(byId[ids.e8!]).toMatchObject({ effective_hourly_rate_cents: 3599, amount_cents: 1, invoice_id: null });
    expect(byId[ids.e9!]).toMatchObject({ billable: false, effective_hourly_rate_cents: 8000, amount_cents: null });
    expect(byId[ids.e14!]).toMatchObject({ billable: true, effective_hourly_rate_cents: null, amount_cents: null, user_name: 'Tess Trainee' });
    // Page 2 of 5 per page: entries 6 to 10 of the same order.
    const p2 = ok(await team.owner.rest.get(`/reports/timesheet?${MARCH}&page=2&per_page=5`));
    expect(p2.entries.map((e: any) => e.id)).toEqual(order.slice(5, 10));
    expect(p2.pagination).toEqual({ total: 13, page: 2, per_page: 5, total_pages: 3 });
  });

  it('groups by project, client, user, day, week and month, each (project, rate) pair rounded once per group', async () => {
    const g = async (by: string) => ok(await team.owner.rest.get(`/reports/timesheet?${MARCH}&group_by=${by}&per_page=1`));
    const project = await g('project');
    // Alpha: E1 E2 E3 E4 E12 = 1+3540+3540+1+2700 = 9782 s, billable 7082, 11803 + 14754 = 26557.
    // Beta: E5 E6 E7 E8 E11 = 7203 s, all billable, 7 + 3600 + 8000 = 11607. Internal: E9 E14 = 18000 s, billable 3600
    // (E14, no rate) → 0. Secret: E13 3600 s → 12345. Σ 26557 + 11607 + 12345 = 50509 = the total.
    expect(project.groups).toEqual([
      { key: ids.alpha, label: 'Alpha', entries: 5, secs: 9782, billable_secs: 7082, amount_cents: 26557 },
      { key: ids.beta, label: 'Beta', entries: 5, secs: 7203, billable_secs: 7203, amount_cents: 11607 },
      { key: ids.internal, label: 'Internal', entries: 2, secs: 18000, billable_secs: 3600, amount_cents: 0 },
      { key: ids.secret, label: 'Secret', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 12345 },
    ]);
    expect(project.groups_total).toBe(4);
    expect(project.totals.amount_cents).toBe(50509);
    const client = await g('client');
    expect(client.groups).toEqual([
      { key: ids.acme, label: 'Acme', entries: 5, secs: 9782, billable_secs: 7082, amount_cents: 26557 },
      { key: ids.bolt, label: 'Bolt', entries: 5, secs: 7203, billable_secs: 7203, amount_cents: 11607 },
      { key: null, label: null, entries: 3, secs: 21600, billable_secs: 7200, amount_cents: 12345 },
    ]);
    const user = await g('user');
    // Manny: E5 E6 E13 = 3602 s, (Beta,12345) 2 s → 7 + (Secret,12345) → 12345 = 12352. Mia: E3 E4 E9 E11 = 21541 s,
    // billable 7141, 14754 + 8000 = 22754. Olivia: E1 E2 E7 E8 E12 = 9842 s, billable 7142, 11803 + 3600 = 15403.
    // Tess: E14 3600 s, no rate → 0. Σ 12352 + 22754 + 15403 = 50509.
    expect(user.groups).toEqual([
      { key: team.manager.id, label: 'Manny Manager', entries: 3, secs: 3602, billable_secs: 3602, amount_cents: 12352 },
      { key: team.member.id, label: 'Mia Member', entries: 4, secs: 21541, billable_secs: 7141, amount_cents: 22754 },
      { key: team.owner.id, label: 'Olivia Owner', entries: 5, secs: 9842, billable_secs: 7142, amount_cents: 15403 },
      { key: tess.id, label: 'Tess Trainee', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 0 },
    ]);
    const day = await g('day');
    // E5 and E6 fall on two days: 1 s × 12345 / 3600 = 3.43 → 3 each, so the days add up to 50508 while the total,
    // rounded once per (project, rate) over the whole range, is 50509.
    expect(day.groups).toEqual([
      { key: '2026-03-01', label: '2026-03-01', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 8000 },
      { key: '2026-03-02', label: '2026-03-02', entries: 2, secs: 3541, billable_secs: 3541, amount_cents: 11803 },
      { key: '2026-03-03', label: '2026-03-03', entries: 2, secs: 3541, billable_secs: 3541, amount_cents: 14754 },
      { key: '2026-03-04', label: '2026-03-04', entries: 1, secs: 1, billable_secs: 1, amount_cents: 3 },
      { key: '2026-03-05', label: '2026-03-05', entries: 1, secs: 1, billable_secs: 1, amount_cents: 3 },
      { key: '2026-03-06', label: '2026-03-06', entries: 2, secs: 3601, billable_secs: 3601, amount_cents: 3600 },
      { key: '2026-03-10', label: '2026-03-10', entries: 1, secs: 14400, billable_secs: 0, amount_cents: 0 },
      { key: '2026-03-11', label: '2026-03-11', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 0 },
      { key: '2026-03-12', label: '2026-03-12', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 12345 },
      { key: '2026-03-29', label: '2026-03-29', entries: 1, secs: 2700, billable_secs: 0, amount_cents: 0 },
    ]);
    expect(day.groups.reduce((s: number, x: any) => s + x.amount_cents, 0)).toBe(50508);
    expect(day.totals.amount_cents).toBe(50509);
    const week = await g('week');
    // March 1 is a Sunday: ISO week 9 (Monday Feb 23). Week 10: E1–E8 = 10685 s, 11803 + 14754 + 7 + 3600 = 30164.
    // Week 11: E9 E13 E14 = 21600 s, billable 7200, 12345. Week 13: E12 (Sunday the 29th).
    expect(week.groups).toEqual([
      { key: '2026-02-23', label: '2026-W09', entries: 1, secs: 3600, billable_secs: 3600, amount_cents: 8000 },
      { key: '2026-03-02', label: '2026-W10', entries: 8, secs: 10685, billable_secs: 10685, amount_cents: 30164 },
      { key: '2026-03-09', label: '2026-W11', entries: 3, secs: 21600, billable_secs: 7200, amount_cents: 12345 },
      { key: '2026-03-23', label: '2026-W13', entries: 1, secs: 2700, billable_secs: 0, amount_cents: 0 },
    ]);
    const month = await g('month');
    expect(month.groups).toEqual([{ key: '2026-03', label: '2026-03', entries: 13, secs: 38585, billable_secs: 21485, amount_cents: 50509 }]);
  });

  it('filters: user, client, description regardless of case, and an invoice (its lines and subtotal to the cent)', async () => {
    const get = async (q: string) => ok(await team.owner.rest.get(`/reports/timesheet?${MARCH}&${q}`));
    expect((await get(`user_id=${team.member.id}`)).totals).toEqual({ entries: 4, secs: 21541, billable_secs: 7141, amount_cents: 22754 });
    expect((await get(`client_id=${ids.bolt}`)).totals).toEqual({ entries: 5, secs: 7203, billable_secs: 7203, amount_cents: 11607 });
    expect((await get('description=DESIGN')).entries.map((e: any) => e.id)).toEqual([ids.e3, ids.e2]);
    const inv = ok(await team.owner.rest.get(`/invoices/${ids.invoice}`));
    const onInvoice = await get(`invoice_id=${ids.invoice}&group_by=project`);
    // E1–E4: lines (Alpha, 12000) 3541 s → 11803 and (Alpha, 15000) 3541 s → 14754; subtotal 26557; tax 19 %:
    // 26557 × 1900 / 10000 = 5045.83 → 5046; total 31603.
    expect(inv).toMatchObject({ subtotal_cents: 26557, tax_cents: 5046, total_cents: 31603 });
    expect(inv.lines.map((l: any) => l.amount_cents).sort()).toEqual([11803, 14754]);
    expect(onInvoice.totals).toEqual({ entries: 4, secs: 7082, billable_secs: 7082, amount_cents: inv.subtotal_cents });
    expect(onInvoice.groups).toEqual([{ key: ids.alpha, label: 'Alpha', entries: 4, secs: 7082, billable_secs: 7082, amount_cents: 26557 }]);
    expect(onInvoice.entries.map((e: any) => e.id).sort()).toEqual([ids.e1, ids.e2, ids.e3, ids.e4].sort());
  });

  it('hides members-only projects from readers outside them, and rates and amounts from readers without view_rates', async () => {
    // Mia gets view_reports (not view_rates): Secret's E13 is not hers to see: 12 entries, 38585 − 3600 s.
    ok(await team.owner.rest.patch(`/members/${team.member.id}`, { permissions: { view_reports: true } }));
    try {
      const d = ok(await team.member.rest.get(`/reports/timesheet?${MARCH}&group_by=project`));
      expect(d.totals).toEqual({ entries: 12, secs: 34985, billable_secs: 17885, amount_cents: null });
      expect(d.groups.map((g: any) => g.label)).toEqual(['Alpha', 'Beta', 'Internal']);
      expect(d.groups.every((g: any) => g.amount_cents === null)).toBe(true);
      expect(d.entries.every((e: any) => e.amount_cents === null && e.effective_hourly_rate_cents === null)).toBe(true);
      const secret = await team.member.rest.get(`/reports/timesheet?${MARCH}&project_id=${ids.secret}`);
      expect(secret.status).toBe(404);
      const prof = await team.member.rest.get(`/reports/profitability?${MARCH}`);
      expect(prof.status).toBe(403);
    } finally {
      ok(await team.owner.rest.patch(`/members/${team.member.id}`, { permissions: { view_reports: null } }));
    }
  });

  it('answers the same over REST, WebSocket, MCP and GraphQL', async () => {
    const { owner, server, orgId } = team;
    const rest = ok(await owner.rest.get(`/reports/timesheet?${MARCH}&group_by=client&per_page=3`));
    const ws = await connectWs(server, owner.token);
    try {
      const w = await ws.request('reports.timesheet', { org_id: orgId, from: '2026-03-01', to: '2026-03-31', group_by: 'client', per_page: 3 });
      expect(w.status).toBe('ok');
      expect(w.data).toEqual(rest);
    } finally {
      await ws.close();
    }
    const mcp = await connectMcp(server, owner.token);
    try {
      const m = await mcpCall(mcp, 'reports_timesheet', { org_id: orgId, from: '2026-03-01', to: '2026-03-31', group_by: 'client', per_page: 3 });
      expect(m.isError).toBe(false);
      expect(m.body.data).toEqual(rest);
    } finally {
      await mcp.close();
    }
    const g = await gql(
      server,
      owner.token,
      `query($o: ID) { timesheetReport(orgId: $o, from: "2026-03-01", to: "2026-03-31", groupBy: "client", perPage: 3) {
        from to timezone currency rounding group_by groups_total
        totals { entries secs billable_secs amount_cents }
        groups { key label entries secs billable_secs amount_cents }
        entries { id user_id user_name project_id project_name client_id task_id task_title description started_at stopped_at
          duration_secs billable effective_hourly_rate_cents amount_cents invoice_id }
        pagination { total page per_page total_pages } } }`,
      { o: orgId },
    );
    expect(g.body.errors).toBeUndefined();
    expect(g.body.data.timesheetReport).toEqual(rest);
  });
});

describe('reports.revenue', () => {
  it('invoiced revenue per currency (sent and paid, not drafts) and unbilled billable time at effective rates', async () => {
    const d = ok(await team.owner.rest.get(`/reports/revenue?${MARCH}`));
    expect(d).toMatchObject({ ...heading, group_by: 'client', rows_total: 4 });
    // Acme: the paid invoice 26557 + 5046 = 31603; its time is all invoiced (E12 is not billable).
    // Bolt: only a draft (not counted); unbilled E5 E6 (7) + E7 E8 (3600) + E11 (8000) = 11607 over 7203 s.
    // Cosmo: the sent USD invoice, 2 × 5000 = 10000, no tax. No client: E13 12345 (3600 s) + E14 (no rate) 3600 s → 0.
    expect(d.rows).toEqual([
      {
        key: ids.acme,
        label: 'Acme',
        currency: 'EUR',
        invoice_count: 1,
        invoiced_subtotal_cents: 26557,
        invoiced_tax_cents: 5046,
        invoiced_total_cents: 31603,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
      {
        key: ids.bolt,
        label: 'Bolt',
        currency: 'EUR',
        invoice_count: 0,
        invoiced_subtotal_cents: 0,
        invoiced_tax_cents: 0,
        invoiced_total_cents: 0,
        unbilled_secs: 7203,
        unbilled_cents: 11607,
      },
      {
        key: ids.cosmo,
        label: 'Cosmo',
        currency: 'USD',
        invoice_count: 1,
        invoiced_subtotal_cents: 10000,
        invoiced_tax_cents: 0,
        invoiced_total_cents: 10000,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
      {
        key: null,
        label: null,
        currency: 'EUR',
        invoice_count: 0,
        invoiced_subtotal_cents: 0,
        invoiced_tax_cents: 0,
        invoiced_total_cents: 0,
        unbilled_secs: 7200,
        unbilled_cents: 12345,
      },
    ]);
    expect(d.totals).toEqual([
      {
        currency: 'EUR',
        invoice_count: 1,
        invoiced_subtotal_cents: 26557,
        invoiced_tax_cents: 5046,
        invoiced_total_cents: 31603,
        unbilled_secs: 14403,
        unbilled_cents: 23952,
      },
      {
        currency: 'USD',
        invoice_count: 1,
        invoiced_subtotal_cents: 10000,
        invoiced_tax_cents: 0,
        invoiced_total_cents: 10000,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
    ]);
    const byProject = ok(await team.owner.rest.get(`/reports/revenue?${MARCH}&group_by=project`));
    expect(byProject.rows).toEqual([
      {
        key: ids.alpha,
        label: 'Alpha',
        currency: 'EUR',
        invoice_count: 1,
        invoiced_subtotal_cents: 26557,
        invoiced_tax_cents: null,
        invoiced_total_cents: null,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
      {
        key: ids.beta,
        label: 'Beta',
        currency: 'EUR',
        invoice_count: 0,
        invoiced_subtotal_cents: 0,
        invoiced_tax_cents: null,
        invoiced_total_cents: null,
        unbilled_secs: 7203,
        unbilled_cents: 11607,
      },
      {
        key: ids.internal,
        label: 'Internal',
        currency: 'EUR',
        invoice_count: 0,
        invoiced_subtotal_cents: 0,
        invoiced_tax_cents: null,
        invoiced_total_cents: null,
        unbilled_secs: 3600,
        unbilled_cents: 0,
      },
      {
        key: ids.secret,
        label: 'Secret',
        currency: 'EUR',
        invoice_count: 0,
        invoiced_subtotal_cents: 0,
        invoiced_tax_cents: null,
        invoiced_total_cents: null,
        unbilled_secs: 3600,
        unbilled_cents: 12345,
      },
      {
        key: null,
        label: null,
        currency: 'USD',
        invoice_count: 1,
        invoiced_subtotal_cents: 10000,
        invoiced_tax_cents: null,
        invoiced_total_cents: null,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
    ]);
    const byMonth = ok(await team.owner.rest.get(`/reports/revenue?${MARCH}&group_by=month&client_id=${ids.acme}`));
    expect(byMonth.rows).toEqual([
      {
        key: '2026-03',
        label: '2026-03',
        currency: 'EUR',
        invoice_count: 1,
        invoiced_subtotal_cents: 26557,
        invoiced_tax_cents: 5046,
        invoiced_total_cents: 31603,
        unbilled_secs: 0,
        unbilled_cents: 0,
      },
    ]);
  });
});

describe('reports.utilization', () => {
  it('per member with zeros, against 8 h per weekday or target_hours, stating the rule', async () => {
    const d = ok(await team.owner.rest.get(`/reports/utilization?${MARCH}`));
    // March 2026 has 22 Monday-to-Friday days: 22 × 28800 = 633600 s per member.
    expect(d).toMatchObject({ ...heading, working_days: 22 });
    expect(d.target_rule).toMatch(/40 hours per ISO week.*8 hours/);
    // Manny 3602 / 633600 = 0.00568 → 0.0057; Mia 7141 / 633600 = 0.01127 → 0.0113; Olivia 7142 / 633600 → 0.0113;
    // Tess 3600 / 633600 = 0.00568 → 0.0057; Vic nothing → 0.
    const t = 633600;
    expect(d.rows).toEqual([
      { user_id: team.manager.id, user_name: 'Manny Manager', tracked_secs: 3602, billable_secs: 3602, target_secs: t, utilization: 0.0057 },
      { user_id: team.member.id, user_name: 'Mia Member', tracked_secs: 21541, billable_secs: 7141, target_secs: t, utilization: 0.0113 },
      { user_id: team.owner.id, user_name: 'Olivia Owner', tracked_secs: 9842, billable_secs: 7142, target_secs: t, utilization: 0.0113 },
      { user_id: tess.id, user_name: 'Tess Trainee', tracked_secs: 3600, billable_secs: 3600, target_secs: t, utilization: 0.0057 },
      { user_id: team.viewer.id, user_name: 'Vic Viewer', tracked_secs: 0, billable_secs: 0, target_secs: t, utilization: 0 },
    ]);
    // Σ billable 21485 / (5 × 633600 = 3168000) = 0.00678 → 0.0068.
    expect(d.totals).toEqual({ tracked_secs: 38585, billable_secs: 21485, target_secs: 3168000, utilization: 0.0068 });
    // target_hours 2 = 7200 s: Manny 3602 / 7200 = 0.50028 → 0.5003; Mia 7141 / 7200 = 0.99181 → 0.9918.
    const two = ok(await team.owner.rest.get(`/reports/utilization?${MARCH}&target_hours=2&per_page=2`));
    expect(two.rows.map((r: any) => [r.target_secs, r.utilization])).toEqual([
      [7200, 0.5003],
      [7200, 0.9918],
    ]);
    expect(two.pagination).toEqual({ total: 5, page: 1, per_page: 2, total_pages: 3 });
    const zero = ok(await team.owner.rest.get(`/reports/utilization?${MARCH}&target_hours=0&user_id=${tess.id}`));
    expect(zero.rows).toEqual([
      { user_id: tess.id, user_name: 'Tess Trainee', tracked_secs: 3600, billable_secs: 3600, target_secs: 0, utilization: null },
    ]);
    // Only the invoice's entries (E1–E4): Olivia 3541 s, Mia 3541 s.
    const inv = ok(await team.owner.rest.get(`/reports/utilization?${MARCH}&invoice_id=${ids.invoice}`));
    expect(inv.rows.map((r: any) => r.tracked_secs)).toEqual([0, 3541, 3541, 0, 0]);
  });
});

describe('reports.profitability', () => {
  it('revenue, cost, margin and what lacks a rate, by project, client and user', async () => {
    const d = ok(await team.owner.rest.get(`/reports/profitability?${MARCH}`));
    expect(d).toMatchObject({ ...heading, group_by: 'project', rows_total: 4 });
    // Costs per (project, cost rate): Alpha: Olivia E1 E2 E12 6241 s × 4000 / 3600 = 6934.4 → 6934 (Mia: no cost rate,
    // 2 entries, 3541 s). Beta: Olivia E7 E8 3601 s × 4000 / 3600 = 4001.1 → 4001; Manny E5 E6 2 s × 5000 / 3600 =
    // 2.78 → 3; Mia E11 no cost. Secret: Manny 3600 s × 5000 / 3600 = 5000. Internal: Mia E9 and Tess E14, no cost.
    // Margins: Alpha 26557 − 6934 = 19623 (0.73890 → 0.7389); Beta 11607 − 4004 = 7603 (0.65504 → 0.655);
    // Secret 12345 − 5000 = 7345 (0.59498 → 0.595); Internal 0, no revenue → null.
    const row = (key: string | null, label: string | null, f: number[], pct: number | null) => ({
      key,
      label,
      secs: f[0],
      billable_secs: f[1],
      revenue_cents: f[2],
      cost_cents: f[3],
      margin_cents: f[2]! - f[3]!,
      margin_pct: pct,
      entries_without_cost_rate: f[4],
      secs_without_cost_rate: f[5],
      entries_without_client_rate: f[6],
      secs_without_client_rate: f[7],
    });
    expect(d.rows).toEqual([
      row(ids.alpha!, 'Alpha', [9782, 7082, 26557, 6934, 2, 3541, 0, 0], 0.7389),
      row(ids.beta!, 'Beta', [7203, 7203, 11607, 4004, 1, 3600, 0, 0], 0.655),
      row(ids.internal!, 'Internal', [18000, 3600, 0, 0, 2, 18000, 1, 3600], null),
      row(ids.secret!, 'Secret', [3600, 3600, 12345, 5000, 0, 0, 0, 0], 0.595),
    ]);
    // Totals: revenue 50509, cost 6934 + 4001 + 3 + 5000 = 15938, margin 34571 (34571 / 50509 = 0.68445 → 0.6845).
    const { key: _k, label: _l, ...totals } = row(null, null, [38585, 21485, 50509, 15938, 5, 25141, 1, 3600], 0.6845);
    expect(d.totals).toEqual(totals);
    const byUser = ok(await team.owner.rest.get(`/reports/profitability?${MARCH}&group_by=user`));
    // Manny: 12352 − (3 + 5000) = 7349 (0.59496 → 0.595); Mia: 22754, no cost → 1; Olivia: 15403 − (6934 + 4001) =
    // 4468 (0.29007 → 0.2901); Tess: nothing earned, nothing costed.
    expect(byUser.rows).toEqual([
      row(team.manager.id, 'Manny Manager', [3602, 3602, 12352, 5003, 0, 0, 0, 0], 0.595),
      row(team.member.id, 'Mia Member', [21541, 7141, 22754, 0, 4, 21541, 0, 0], 1),
      row(team.owner.id, 'Olivia Owner', [9842, 7142, 15403, 10935, 0, 0, 0, 0], 0.2901),
      row(tess.id, 'Tess Trainee', [3600, 3600, 0, 0, 1, 3600, 1, 3600], null),
    ]);
    const byClient = ok(await team.owner.rest.get(`/reports/profitability?${MARCH}&group_by=client`));
    expect(byClient.rows.map((r: any) => [r.label, r.revenue_cents, r.cost_cents])).toEqual([
      ['Acme', 26557, 6934],
      ['Bolt', 11607, 4004],
      [null, 12345, 5000],
    ]);
  });
});

describe('permissions and bad input', () => {
  it('FORBIDDEN without view_reports, VALIDATION_ERROR naming the field, NOT_FOUND for another organization', async () => {
    for (const op of ['timesheet', 'revenue', 'utilization', 'profitability']) {
      const res = await team.member.rest.get(`/reports/${op}?${MARCH}`);
      expect(res.status, op).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    const bad = async (q: string, field: string) => {
      const res = await team.owner.rest.get(`/reports/timesheet?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.details.field).toBe(field);
    };
    await bad('from=2026-03-05&to=2026-03-01', 'from');
    await bad('from=2025-01-01&to=2026-01-02', 'to'); // 365 days of 2025 + 2 = 367 days counting both ends
    await bad('from=2026-03-01&to=2026-03-31&group_by=year', 'group_by');
    await bad('from=2026-3-1&to=2026-03-31', 'from');
    await bad('to=2026-03-31', 'from');
    expect((await team.owner.rest.get('/reports/timesheet?from=2024-01-01&to=2024-12-31')).status).toBe(200); // 366 days
    const rev = await team.owner.rest.get(`/reports/revenue?${MARCH}&group_by=user`);
    expect(rev.status).toBe(400);
    const stranger = ok(await team.stranger.rest.post('/clients', { name: 'Elsewhere' }), 201).id;
    for (const q of [`client_id=${stranger}`, `user_id=${team.stranger.id}`]) {
      const res = await team.owner.rest.get(`/reports/timesheet?${MARCH}&${q}`);
      expect(res.status, q).toBe(404);
    }
    const ws = await connectWs(team.server, team.owner.token);
    try {
      const w = await ws.request('reports.utilization', { org_id: team.orgId, from: '2026-03-01', to: '2026-03-31', target_hours: -1 });
      expect(w.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'target_hours' } });
      const v = await ws.request('reports.profitability', { org_id: team.orgId, from: '2026-04-01', to: '2026-03-01' });
      expect(v.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'from' } });
    } finally {
      await ws.close();
    }
  });
});
