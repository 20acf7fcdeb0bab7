/**
 * labels.*: over REST, WebSocket, MCP and GraphQL: names unique regardless of case, colors, ordering by
 * name, deletion taking the label off its tasks (an `updated` event per task with its `label_ids` change,
 * then `deleted`), bad input, permissions, isolation, failed writes changing nothing, and `Task.labels`.
 */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let memberWs: WsClient;
let mcp: Client;
let projectId: string;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  memberWs = await connectWs(team.server, team.member.token);
  mcp = await connectMcp(team.server, team.member.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Labelled' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await memberWs?.close();
  await team?.server.close();
});

async function snapshot(): Promise<unknown> {
  const db = team.server.svc.db;
  const labels = await db`select * from labels where org_id = ${team.orgId} order by id`;
  const links = await db`select * from task_labels where org_id = ${team.orgId} order by task_id, label_id`;
  const tasks = await db`select id, updated_at from tasks where org_id = ${team.orgId} order by id`;
  const [events] = await db`select count(*)::int as n from events`;
  return { labels, links, tasks, events };
}

const label = async (name: string, color = '#123456'): Promise<any> => {
  const res = await team.member.rest.post('/labels', { name, color });
  expect(res.status).toBe(201);
  return res.body.data;
};

/** A task carrying `labelIds` (put in the database: which API sets labels is the tasks area's concern). */
async function taskWith(labelIds: string[], title = 'Labelled task'): Promise<any> {
  const t = (await team.owner.rest.post('/tasks', { title, project_id: projectId })).body.data;
  const db = team.server.svc.db;
  for (const id of labelIds) await db`insert into task_labels (task_id, label_id, org_id) values (${t.id}, ${id}, ${team.orgId})`;
  return (await team.owner.rest.get(`/tasks/${t.id}`)).body.data;
}

describe('labels', () => {
  it('create, list by name regardless of case, update, over REST, WS and MCP; any member lists', async () => {
    const zeta = await label('zeta', '#AbCdEf');
    expect(zeta).toMatchObject({ id: expect.stringMatching(/^lbl_/), org_id: team.orgId, name: 'zeta', color: '#AbCdEf' });
    const alpha = (await memberWs.request('labels.create', { org_id: team.orgId, name: 'Alpha', color: '#000000' })).data;
    const beta = (await mcpCall(mcp, 'labels_create', { org_id: team.orgId, name: 'beta', color: '#ffffff' })).body.data;
    const list = await team.viewer.rest.get('/labels');
    expect(list.body.data.map((l: any) => l.name)).toEqual(['Alpha', 'beta', 'zeta']);
    expect(list.body.pagination).toEqual({ total: 3, page: 1, per_page: 25, total_pages: 1 });
    const ws = await memberWs.request('labels.list', { org_id: team.orgId, page: 2, per_page: 2 });
    expect(ws.data.map((l: any) => l.id)).toEqual([zeta.id]);
    expect(ws.pagination).toEqual({ total: 3, page: 2, per_page: 2, total_pages: 2 });
    expect((await mcpCall(mcp, 'labels_list', { org_id: team.orgId })).body).toEqual(list.body);

    const renamed = await team.member.rest.patch(`/labels/${alpha.id}`, { name: 'ALPHA' });
    expect(renamed.body.data).toMatchObject({ id: alpha.id, name: 'ALPHA', color: '#000000' });
    const recolored = await memberWs.request('labels.update', { org_id: team.orgId, id: beta.id, color: '#00ff00' });
    expect(recolored.data).toMatchObject({ name: 'beta', color: '#00ff00' });
    const ev = await ownerWs.nextEvent((e) => e.data?.entity_id === beta.id && e.data.action === 'updated');
    expect(ev.data).toMatchObject({ entity_type: 'label', user_id: team.member.id, changes: { color: { from: '#ffffff', to: '#00ff00' } } });
  });

  it('names are unique regardless of case: CONFLICT on create and rename; nothing changes', async () => {
    const bug = await label('Bug');
    const other = await label('Feature');
    const before = await snapshot();
    for (const name of ['bug', 'BUG', 'Bug']) {
      const res = await team.member.rest.post('/labels', { name, color: '#ff0000' });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    }
    const ws = await memberWs.request('labels.create', { org_id: team.orgId, name: 'bUg', color: '#ff0000' });
    expect(ws.error).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    const rename = await memberWs.request('labels.update', { org_id: team.orgId, id: other.id, name: 'BUG' });
    expect(rename.error?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    // Another organization may have its own "bug".
    expect((await team.stranger.rest.post('/labels', { name: 'bug', color: '#ff0000' })).status).toBe(201);
    // A label may change the case of its own name.
    expect((await team.member.rest.patch(`/labels/${bug.id}`, { name: 'BUG' })).body.data.name).toBe('BUG');
  });

  it('bad colors and names, missing and unknown fields are VALIDATION_ERROR naming the field', async () => {
    const l = await label('Validated');
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ color: '#000000' }, 'name'],
      [{ name: 'x' }, 'color'],
      [{ name: '', color: '#000000' }, 'name'],
      [{ name: 'n'.repeat(51), color: '#000000' }, 'name'],
      [{ name: 'x', color: 'red' }, 'color'],
      [{ name: 'x', color: '#0000000' }, 'color'],
      [{ name: 'x', color: '#00000g' }, 'color'],
      [{ name: 'x', color: '000000' }, 'color'],
      [{ name: 'x', color: '#000000', colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      expect((await team.member.rest.post('/labels', body)).body.error, JSON.stringify(body)).toMatchObject({
        code: 'VALIDATION_ERROR',
        details: { field },
      });
      const viaMcp = await mcpCall(mcp, 'labels_create', body);
      expect(viaMcp.body.error, JSON.stringify(body)).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
    }
    expect((await team.member.rest.patch(`/labels/${l.id}`, { color: 'blue' })).body.error).toMatchObject({ details: { field: 'color' } });
    const g = await gql(team.server, team.member.token, 'mutation($i: UpdateLabelInput!) { updateLabel(input: $i) { id } }', {
      i: { org_id: team.orgId, id: l.id, color: '#12' },
    });
    expect(g.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'color' } });
    expect(await snapshot()).toEqual(before);
  });

  it('a viewer may not write (FORBIDDEN); another organization’s label is NOT_FOUND', async () => {
    expect((await team.viewer.rest.post('/labels', { name: 'Viewer', color: '#000000' })).body.error.code).toBe('FORBIDDEN');
    const theirs = (await team.stranger.rest.post('/labels', { name: 'Theirs', color: '#000000' })).body.data;
    expect((await team.member.rest.patch(`/labels/${theirs.id}`, { name: 'Mine' })).body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Label not found',
    });
    expect((await memberWs.request('labels.delete', { org_id: team.orgId, id: theirs.id })).error?.code).toBe('NOT_FOUND');
    expect((await team.stranger.rest.get('/labels')).body.data.map((l: any) => l.id)).toContain(theirs.id);
  });

  it('delete takes the label off its tasks: updated per task with label_ids changes, then deleted', async () => {
    const doomed = await label('Doomed');
    const kept = await label('Kept');
    const t1 = await taskWith([doomed.id, kept.id], 'Both');
    const t2 = await taskWith([doomed.id], 'Only doomed');
    const t3 = await taskWith([kept.id], 'Only kept');
    const del = await memberWs.request('labels.delete', { org_id: team.orgId, id: doomed.id });
    expect(del.data).toEqual({ id: doomed.id, deleted: true });

    const updates = [];
    for (const t of [t1, t2]) {
      updates.push(await ownerWs.nextEvent((e) => e.data?.entity_id === t.id && e.data.action === 'updated'));
    }
    expect(updates[0]!.data.changes).toEqual({ label_ids: { from: t1.label_ids, to: [kept.id] } });
    expect(updates[1]!.data.changes).toEqual({ label_ids: { from: [doomed.id], to: [] } });
    const gone = await ownerWs.nextEvent((e) => e.data?.entity_id === doomed.id && e.data.action === 'deleted');
    expect(gone.data).toMatchObject({ entity_type: 'label', entity: { name: 'Doomed' }, user_id: team.member.id });
    // The label's deleted event comes after its tasks' updates.
    expect(ownerWs.messages.indexOf(gone)).toBeGreaterThan(ownerWs.messages.indexOf(updates[1]));
    expect(await ownerWs.noEvent((e) => e.data?.entity_id === t3.id && e.data.action === 'updated', 200)).toBe(true);

    expect((await team.owner.rest.get(`/tasks/${t1.id}`)).body.data.label_ids).toEqual([kept.id]);
    expect((await team.owner.rest.get(`/tasks/${t2.id}`)).body.data.label_ids).toEqual([]);
    expect((await team.owner.rest.get(`/tasks/${t3.id}`)).body.data).toEqual(t3);
    expect((await team.member.rest.delete(`/labels/${doomed.id}`)).status).toBe(404);
  });

  it('Task.labels over GraphQL: the task’s labels by name', async () => {
    const [x, y] = [await label('gql-Y'), await label('gql-X')];
    const t = await taskWith([x.id, y.id], 'GraphQL labels');
    const res = await gql(team.server, team.viewer.token, 'query($id: ID!, $o: ID) { task(id: $id, orgId: $o) { labels { name color } } }', {
      id: t.id,
      o: team.orgId,
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.task.labels.map((l: any) => l.name)).toEqual(['gql-X', 'gql-Y']);
    const listed = await gql(
      team.server,
      team.member.token,
      'query($o: ID) { labels(orgId: $o, perPage: 100) { data { id name } pagination { total } } }',
      { o: team.orgId },
    );
    expect(listed.body.data.labels.data).toEqual(
      (await team.member.rest.get('/labels?per_page=100')).body.data.map((l: any) => ({ id: l.id, name: l.name })),
    );
  });
});
