/** tasks.add_comment, tasks.delete_comment, tasks.comments.list over REST, WebSocket, MCP and GraphQL: rules, bad input, permissions, events. */
import type { Client } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcpCall, startTeam, type Team } from '../projects/fixtures.js';
import { gql } from '../support/graphql.js';
import { connectMcp } from '../support/mcp.js';
import { connectWs, type WsClient } from '../support/ws.js';

let team: Team;
let ownerWs: WsClient;
let viewerWs: WsClient;
let mcp: Client;
let projectId: string;

beforeAll(async () => {
  team = await startTeam();
  ownerWs = await connectWs(team.server, team.owner.token);
  viewerWs = await connectWs(team.server, team.viewer.token);
  mcp = await connectMcp(team.server, team.member.token);
  projectId = (await team.owner.rest.post('/projects', { name: 'Discussed' })).body.data.id;
});
afterAll(async () => {
  await mcp?.close();
  await ownerWs?.close();
  await viewerWs?.close();
  await team?.server.close();
});

async function newTask(title: string): Promise<string> {
  const res = await team.owner.rest.post('/tasks', { title, project_id: projectId });
  expect(res.status).toBe(201);
  return res.body.data.id;
}

const eventCount = async (): Promise<number> => Number((await team.server.svc.db<{ n: string }[]>`select count(*) as n from events`)[0]!.n);

describe('comments', () => {
  it('any member comments (viewers too); listed oldest first over REST, WS, MCP and GraphQL', async () => {
    const taskId = await newTask('Talk about it');
    const first = await team.viewer.rest.post(`/tasks/${taskId}/comments`, { body: 'First!' });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ org_id: team.orgId, task_id: taskId, author_id: team.viewer.id, body: 'First!' });
    expect(first.body.data.id).toMatch(/^cmt_/);
    expect(first.body.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const second = await ownerWs.request('tasks.add_comment', { task_id: taskId, body: 'Second' });
    expect(second.status).toBe('ok');
    const third = await mcpCall(mcp, 'tasks_add_comment', { org_id: team.orgId, task_id: taskId, body: 'Third' });
    expect(third.isError).toBe(false);

    const rest = await team.member.rest.get(`/tasks/${taskId}/comments`);
    expect(rest.status).toBe(200);
    expect(rest.body.data.map((c: any) => c.body)).toEqual(['First!', 'Second', 'Third']);
    expect(rest.body.pagination).toEqual({ total: 3, page: 1, per_page: 25, total_pages: 1 });
    const ws = await viewerWs.request('tasks.comments.list', { org_id: team.orgId, task_id: taskId, page: 2, per_page: 2 });
    expect(ws).toMatchObject({ status: 'ok', data: [rest.body.data[2]], pagination: { total: 3, page: 2, per_page: 2, total_pages: 2 } });

    const q = await gql(
      team.server,
      team.viewer.token,
      `query($id: ID!, $org: ID) { task(id: $id, orgId: $org) { comment_count comments(perPage: 2) { data { body author { id } } pagination { total } } } }`,
      { id: taskId, org: team.orgId },
    );
    expect(q.body.errors).toBeUndefined();
    expect(q.body.data.task).toEqual({
      comment_count: 3,
      comments: {
        data: [
          { body: 'First!', author: { id: team.viewer.id } },
          { body: 'Second', author: { id: team.owner.id } },
        ],
        pagination: { total: 3 },
      },
    });
    const root = await gql(
      team.server,
      team.member.token,
      `query($t: ID!, $org: ID) { taskComments(taskId: $t, orgId: $org) { data { id } pagination { total } } }`,
      { t: taskId, org: team.orgId },
    );
    expect(root.body.data.taskComments.data.map((c: any) => c.id)).toEqual(rest.body.data.map((c: any) => c.id));
  });

  it('bad input is VALIDATION_ERROR naming the field, on REST and WS, and changes nothing', async () => {
    const taskId = await newTask('Validated');
    const before = await eventCount();
    for (const [body, field] of [
      [{}, 'body'],
      [{ body: '' }, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 42 }, 'body'],
      [{ body: 'ok', mood: 'happy' }, 'mood'],
      [{ body: 'nul \u0000 here' }, 'body'],
    ] as const) {
      const rest = await team.member.rest.post(`/tasks/${taskId}/comments`, body);
      expect(rest.status, JSON.stringify(body)).toBe(400);
      expect(rest.body.error.code).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(rest.body.error.details)).toContain(field);
      const ws = await ownerWs.request('tasks.add_comment', { task_id: taskId, ...body });
      expect(ws.error?.code, JSON.stringify(body)).toBe('VALIDATION_ERROR');
      expect(JSON.stringify(ws.error?.details)).toContain(field);
    }
    const ok = await team.member.rest.post(`/tasks/${taskId}/comments`, { body: 'y'.repeat(10_000) });
    expect(ok.status).toBe(201);
    expect((await team.member.rest.get(`/tasks/${taskId}/comments`)).body.pagination.total).toBe(1);
    // The comment's EntityChanged, and the NotificationCreated of the task's creator (the owner).
    expect(await eventCount()).toBe(before + 2);
  });

  it("another organization's task, an unknown task, and a comment of another task are NOT_FOUND", async () => {
    const strangerProject = (await team.stranger.rest.post('/projects', { name: 'Theirs' })).body.data.id;
    const strangerTask = (await team.stranger.rest.post('/tasks', { title: 'Theirs', project_id: strangerProject })).body.data.id;
    const theirComment = (await team.stranger.rest.post(`/tasks/${strangerTask}/comments`, { body: 'Private' })).body.data.id;
    expect((await team.owner.rest.get(`/tasks/${strangerTask}/comments`)).status).toBe(404);
    expect((await team.owner.rest.post(`/tasks/${strangerTask}/comments`, { body: 'Hi' })).status).toBe(404);
    expect((await ownerWs.request('tasks.comments.list', { task_id: 'tsk_nope' })).error?.code).toBe('NOT_FOUND');
    const mine = await newTask('Mine');
    expect((await team.owner.rest.delete(`/tasks/${mine}/comments/${theirComment}`)).status).toBe(404);
    const other = await newTask('Other');
    const onOther = (await team.owner.rest.post(`/tasks/${other}/comments`, { body: 'Here' })).body.data.id;
    const wrongTask = await team.owner.rest.delete(`/tasks/${mine}/comments/${onOther}`);
    expect(wrongTask.status).toBe(404);
    expect(wrongTask.body.error.message).toMatch(/Comment not found/);
    // Still there, and the stranger's too.
    expect((await team.owner.rest.get(`/tasks/${other}/comments`)).body.data).toHaveLength(1);
    expect((await team.stranger.rest.get(`/tasks/${strangerTask}/comments`)).body.data).toHaveLength(1);
  });

  it("the author deletes their own comment; someone else's needs manage_tasks; events on /ws", async () => {
    const taskId = await newTask('Moderated');
    const byOwner = (await team.owner.rest.post(`/tasks/${taskId}/comments`, { body: 'Owner says' })).body.data;
    const byViewer = (await team.viewer.rest.post(`/tasks/${taskId}/comments`, { body: 'Viewer says' })).body.data;
    const created = await ownerWs.nextEvent((e) => e.data?.entity_type === 'task_comment' && e.data.entity_id === byViewer.id);
    expect(created.data).toMatchObject({ action: 'created', entity: byViewer, user_id: team.viewer.id, org_id: team.orgId });

    // The viewer lacks manage_tasks: not the owner's comment, over WS and REST; nothing changes.
    const before = await eventCount();
    const ws = await viewerWs.request('tasks.delete_comment', { org_id: team.orgId, task_id: taskId, comment_id: byOwner.id });
    expect(ws.error?.code).toBe('FORBIDDEN');
    expect((await team.viewer.rest.delete(`/tasks/${taskId}/comments/${byOwner.id}`)).status).toBe(403);
    expect(await eventCount()).toBe(before);
    expect((await team.viewer.rest.get(`/tasks/${taskId}/comments`)).body.data).toHaveLength(2);

    // Their own: fine.
    const own = await viewerWs.request('tasks.delete_comment', { org_id: team.orgId, task_id: taskId, comment_id: byViewer.id });
    expect(own).toMatchObject({ status: 'ok', data: { id: byViewer.id, deleted: true } });
    const deleted = await ownerWs.nextEvent((e) => e.data?.entity_type === 'task_comment' && e.data.action === 'deleted');
    expect(deleted.data).toMatchObject({ entity_id: byViewer.id, entity: byViewer, user_id: team.viewer.id });

    // A member (manage_tasks) deletes the owner's, over GraphQL.
    const g = await gql(team.server, team.member.token, `mutation($i: DeleteTaskCommentInput!) { deleteTaskComment(input: $i) { id deleted } }`, {
      i: { org_id: team.orgId, task_id: taskId, comment_id: byOwner.id },
    });
    expect(g.body).toEqual({ data: { deleteTaskComment: { id: byOwner.id, deleted: true } } });
    expect((await team.owner.rest.get(`/tasks/${taskId}/comments`)).body.data).toEqual([]);
  });
});
