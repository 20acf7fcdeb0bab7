/**
 * sidebar.*: each user's folded projects, per organization, over REST, WebSocket, MCP and GraphQL: toggling
 * changes only the caller's state, announces nothing, and another organization's project is NOT_FOUND.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, orgApi, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient, type WsEvent } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.owner.token);
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

const newProject = async (name: string): Promise<string> => (await team.owner.rest.post('/projects', { name })).body.data.id;
const collapsedOf = async (rest = team.owner.rest): Promise<string[]> => {
  const res = await rest.get('/sidebar/collapsed');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data.project_ids;
};
const eventCount = async (): Promise<number> => (await team.server.svc.db<{ n: number }[]>`select count(*)::int as n from events`)[0]!.n;

describe('sidebar', () => {
  it("toggles the caller's own flag, oldest project first; nobody else is affected and no event is sent", async () => {
    const first = await newProject('First');
    const second = await newProject('Second');
    expect(await collapsedOf()).toEqual([]);
    const events = await eventCount();

    const folded = await team.owner.rest.post(`/sidebar/collapsed/${second}`);
    expect(folded.status).toBe(200);
    expect(folded.body.data).toEqual({ project_id: second, collapsed: true });
    const viaWs = await ownerWs.request('sidebar.toggle_collapsed', { org_id: team.orgId, project_id: first });
    expect(viaWs.data).toEqual({ project_id: first, collapsed: true });
    expect(await collapsedOf()).toEqual([first, second]);
    expect(await collapsedOf(team.member.rest)).toEqual([]);
    expect(await eventCount()).toBe(events);
    // Only the projects' `created` events were pushed.
    const aboutThem = (e: WsEvent) => [first, second].includes(e.data?.entity_id) && e.data?.action !== 'created';
    expect(await memberWs.noEvent(aboutThem, 300)).toBe(true);
    expect(await ownerWs.noEvent(aboutThem, 100)).toBe(true);

    const viaMcp = await mcpCall(mcp, 'sidebar_toggle_collapsed', { project_id: second });
    expect(viaMcp.body.data).toEqual({ project_id: second, collapsed: false });
    expect((await mcpCall(mcp, 'sidebar_get_collapsed')).body).toEqual({ data: { project_ids: [first] } });
    const ws = await ownerWs.request('sidebar.get_collapsed', { org_id: team.orgId });
    expect(ws.data).toEqual({ project_ids: [first] });

    // The member folds their own; the owner's state stays.
    expect((await team.member.rest.post(`/sidebar/collapsed/${second}`)).body.data.collapsed).toBe(true);
    expect(await collapsedOf(team.member.rest)).toEqual([second]);
    expect(await collapsedOf()).toEqual([first]);

    // A deleted project leaves the list.
    await team.owner.rest.delete(`/projects/${first}`);
    expect(await collapsedOf()).toEqual([]);
  });

  it('per organization: the state in one organization is not shown in another', async () => {
    const pid = await newProject('Team project');
    await team.member.rest.post(`/sidebar/collapsed/${pid}`);
    const ownOrg = orgApi(team.server, team.member.token, team.member.user.orgId);
    expect(await collapsedOf(ownOrg)).toEqual([]);
    const other = (await ownOrg.post('/projects', { name: 'Private' })).body.data.id;
    await ownOrg.post(`/sidebar/collapsed/${other}`);
    expect(await collapsedOf(ownOrg)).toEqual([other]);
    expect(await collapsedOf(team.member.rest)).toContain(pid);
    expect(await collapsedOf(team.member.rest)).not.toContain(other);
  });

  it("another organization's project is NOT_FOUND; bad input is VALIDATION_ERROR naming the field; nothing changes", async () => {
    const strangerProject = (await team.stranger.rest.post('/projects', { name: 'Not yours' })).body.data.id;
    const before = await collapsedOf();
    const rest = await team.owner.rest.post(`/sidebar/collapsed/${strangerProject}`);
    expect(rest.status).toBe(404);
    expect(rest.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Project not found' });
    const ws = await ownerWs.request('sidebar.toggle_collapsed', { org_id: team.orgId, project_id: strangerProject });
    expect(ws.error).toMatchObject({ code: 'NOT_FOUND' });
    const missing = await ownerWs.request('sidebar.toggle_collapsed', { org_id: team.orgId });
    expect(missing.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'project_id' } });
    const unknown = await ownerWs.request('sidebar.get_collapsed', { org_id: team.orgId, node_ids: [] });
    expect(unknown.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'node_ids' } });
    const empty = await ownerWs.request('sidebar.toggle_collapsed', { org_id: team.orgId, project_id: '' });
    expect(empty.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'project_id' } });
    expect(await collapsedOf()).toEqual(before);
  });

  it('a viewer may fold projects too; GraphQL reads and toggles the same state', async () => {
    const pid = await newProject('Viewed');
    const token = team.viewer.token;
    const toggled = await gql(
      team.server,
      token,
      'mutation($input: ToggleSidebarCollapsedInput!) { toggleSidebarCollapsed(input: $input) { project_id collapsed } }',
      { input: { org_id: team.orgId, project_id: pid } },
    );
    expect(toggled.body.data.toggleSidebarCollapsed).toEqual({ project_id: pid, collapsed: true });
    const read = await gql(team.server, token, 'query($orgId: ID) { sidebarCollapsed(orgId: $orgId) { project_ids } }', { orgId: team.orgId });
    expect(read.body.data.sidebarCollapsed).toEqual({ project_ids: [pid] });
    expect(await collapsedOf(team.viewer.rest)).toEqual([pid]);
  });
});
