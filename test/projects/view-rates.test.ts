/**
 * `view_rates`: rates are declared visible only to readers with that permission (`x-permission` on
 * `hourly_rate_cents` in specs/schemas), and that holds on every door: REST, WebSocket replies, MCP,
 * GraphQL root and nested fields, and the events pushed on /ws and to GraphQL subscriptions (shaped
 * per receiver). A manager (who has it by default) sees the rates; a member and a viewer see `null`.
 * Granting the permission to a member shows them the rates on their next call and in their next event.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, subscribeGql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';
import { mcpCall, startTeam, type Team } from './fixtures.js';

let team: Team;
let projectId: string;
let entryId: string;
let managerWs: WsClient;
let memberWs: WsClient;
let memberMcp: Client;

beforeAll(async () => {
  team = await startTeam();
  const project = await team.owner.rest.post('/projects', { name: 'Billed', hourly_rate_cents: 15000 });
  projectId = project.body.data.id;
  const entry = await team.member.rest.post('/time-entries', {
    project_id: projectId,
    started_at: '2026-01-05T09:00:00Z',
    stopped_at: '2026-01-05T10:00:00Z',
  });
  entryId = entry.body.data.id;
  [managerWs, memberWs] = await Promise.all([connectWs(team.server, team.manager.token), connectWs(team.server, team.member.token)]);
  memberMcp = await connectMcp(team.server, team.member.token);
});

afterAll(async () => {
  await Promise.all([managerWs?.close(), memberWs?.close(), memberMcp?.close()]);
  await team?.server.close();
});

describe('answers: only readers with view_rates see rates', () => {
  it('REST: project and time entry, one and in lists', async () => {
    for (const [who, rate] of [
      [team.manager, 15000],
      [team.member, null],
      [team.viewer, null],
    ] as const) {
      expect((await who.rest.get(`/projects/${projectId}`)).body.data.hourly_rate_cents, who.user.user.name).toBe(rate);
      const listed = (await who.rest.get('/projects')).body.data.find((p: { id: string }) => p.id === projectId);
      expect(listed.hourly_rate_cents).toBe(rate);
      // The entry inherits the project's rate (its own override is null): the effective rate is gated the same way.
      expect((await who.rest.get(`/time-entries/${entryId}`)).body.data.effective_hourly_rate_cents).toBe(rate);
      const entries = (await who.rest.get(`/time-entries?project_id=${projectId}`)).body.data;
      expect(entries.map((e: { effective_hourly_rate_cents: number | null }) => e.effective_hourly_rate_cents)).toEqual([rate]);
    }
  });

  it('WebSocket replies and MCP tool results', async () => {
    expect((await managerWs.request('projects.get', { id: projectId, org_id: team.orgId })).data.hourly_rate_cents).toBe(15000);
    expect((await memberWs.request('projects.get', { id: projectId, org_id: team.orgId })).data.hourly_rate_cents).toBeNull();
    expect(
      (await memberWs.request('time_entries.list', { org_id: team.orgId })).data.every(
        (e: { hourly_rate_cents: unknown }) => e.hourly_rate_cents === null,
      ),
    ).toBe(true);
    const viaMcp = await mcpCall(memberMcp, 'projects_get', { id: projectId, org_id: team.orgId });
    expect(viaMcp.isError).toBe(false);
    expect(viaMcp.body.data.hourly_rate_cents).toBeNull();
    // The JSON text carries the same, not the rate.
    const raw = await memberMcp.callTool({ name: 'time_entries_get', arguments: { entry_id: entryId, org_id: team.orgId } });
    expect((raw.content as { text: string }[])[0]!.text).not.toContain('15000');
  });

  it('GraphQL: root fields and nested fields (a task’s project, an entry’s project, a project’s entries)', async () => {
    const task = await team.owner.rest.post('/tasks', { title: 'Rated', project_id: projectId });
    const query = `query($p: ID!, $t: ID!, $o: ID) {
      project(id: $p, orgId: $o) { hourly_rate_cents hourly_rate time_entries { data { effective_hourly_rate_cents } } }
      task(id: $t, orgId: $o) { project { hourly_rate_cents hourly_rate } }
      timeEntries(orgId: $o, projectId: $p) { data { effective_hourly_rate_cents project { hourly_rate_cents } } }
    }`;
    const variables = { p: projectId, t: task.body.data.id, o: team.orgId };
    const manager = (await gql(team.server, team.manager.token, query, variables)).body;
    expect(manager.errors).toBeUndefined();
    expect(manager.data.project).toEqual({
      hourly_rate_cents: 15000,
      hourly_rate: 150,
      time_entries: { data: [{ effective_hourly_rate_cents: 15000 }] },
    });
    expect(manager.data.task.project).toEqual({ hourly_rate_cents: 15000, hourly_rate: 150 });
    expect(manager.data.timeEntries.data).toEqual([{ effective_hourly_rate_cents: 15000, project: { hourly_rate_cents: 15000 } }]);

    const member = (await gql(team.server, team.member.token, query, variables)).body;
    expect(member.errors).toBeUndefined();
    expect(member.data.project).toEqual({
      hourly_rate_cents: null,
      hourly_rate: null,
      time_entries: { data: [{ effective_hourly_rate_cents: null }] },
    });
    expect(member.data.task.project).toEqual({ hourly_rate_cents: null, hourly_rate: null });
    expect(member.data.timeEntries.data).toEqual([{ effective_hourly_rate_cents: null, project: { hourly_rate_cents: null } }]);
  });
});

describe('events: each receiver gets the shape it may see', () => {
  it('/ws: a rate change reaches the manager with the rate and its change, the member without either', async () => {
    await team.owner.rest.patch(`/projects/${projectId}`, { hourly_rate_cents: 16000, description: 'New rate' });
    const isIt = (e: { event: string; data: any }) => e.event === 'EntityChanged' && e.data.entity_id === projectId && e.data.action === 'updated';
    const [toManager, toMember] = await Promise.all([managerWs.nextEvent(isIt), memberWs.nextEvent(isIt)]);
    expect(toManager.data.entity.hourly_rate_cents).toBe(16000);
    expect(toManager.data.changes).toEqual({ hourly_rate_cents: { from: 15000, to: 16000 }, description: { from: null, to: 'New rate' } });
    expect(toMember.data.entity.hourly_rate_cents).toBeNull();
    expect(toMember.data.changes).toEqual({ description: { from: null, to: 'New rate' } });
  });

  it('GraphQL subscriptions: the same per-receiver shape', async () => {
    const query = 'subscription { entityChanged(entityType: "time_entry") { action entity changes } }';
    const [manager, member] = await Promise.all([
      subscribeGql(team.server, team.manager.token, query),
      subscribeGql(team.server, team.member.token, query),
    ]);
    try {
      await team.owner.rest.patch(`/time-entries/${entryId}`, { hourly_rate_cents: 9900 });
      const [m, v] = await Promise.all([manager.next(), member.next()]);
      expect(m.data.entityChanged.entity.hourly_rate_cents).toBe(9900);
      // The entry had no override of its own (it inherited the project's 16000); now it has one.
      expect(m.data.entityChanged.changes.hourly_rate_cents).toEqual({ from: null, to: 9900 });
      expect(m.data.entityChanged.changes.effective_hourly_rate_cents).toEqual({ from: 16000, to: 9900 });
      expect(v.data.entityChanged.entity.hourly_rate_cents).toBeNull();
      expect(v.data.entityChanged.changes ?? {}).not.toHaveProperty('hourly_rate_cents');
      expect(v.data.entityChanged.changes ?? {}).not.toHaveProperty('effective_hourly_rate_cents');
    } finally {
      await Promise.all([manager.close(), member.close()]);
    }
  });

  it('granting view_rates to the member shows the rates on the next call and in the next event', async () => {
    const grant = await team.owner.rest.patch(`/members/${team.member.id}`, { permissions: { view_rates: true } });
    expect(grant.status).toBe(200);
    // The member update itself is an event the member's socket follows (their standing changes at once).
    await memberWs.nextEvent((e) => e.event === 'EntityChanged' && e.data.entity_type === 'member' && e.data.entity_id === team.member.id);
    expect((await team.member.rest.get(`/projects/${projectId}`)).body.data.hourly_rate_cents).toBe(16000);
    await team.owner.rest.patch(`/projects/${projectId}`, { hourly_rate_cents: 17000 });
    const ev = await memberWs.nextEvent(
      (e) => e.event === 'EntityChanged' && e.data.entity_id === projectId && e.data.entity.hourly_rate_cents !== null,
    );
    expect(ev.data.entity.hourly_rate_cents).toBe(17000);
    expect(ev.data.changes.hourly_rate_cents).toEqual({ from: 16000, to: 17000 });
  });
});
