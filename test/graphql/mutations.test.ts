/**
 * GraphQL mutations: createTask, startTimer, stopTimer (and the public auth mutations), with the
 * documented error codes in `extensions.code`: VALIDATION_ERROR (with details), NOT_FOUND for another
 * organization's ids, FORBIDDEN for a missing permission, UNAUTHORIZED without a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/graphql.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let alice: RegisteredUser;
let viewer: RegisteredUser; // viewer in alice's organization
let stranger: RegisteredUser;
let projectId: string;
let strangerProjectId: string;

const CREATE_TASK = `mutation Create($input: CreateTaskInput!) {
  createTask(input: $input) { id title status priority start_date due_date project_id assignee_ids project { name } assignees { name } }
}`;

beforeAll(async () => {
  server = await startTestServer();
  alice = await registerUser(server, { name: 'Alice' });
  const email = `viewer-${Date.now()}@example.test`;
  await api(server, alice.access_token).post('/members/invite', { email, role: 'viewer' });
  viewer = await registerUser(server, { name: 'Vera', email });
  stranger = await registerUser(server, { name: 'Stranger' });
  projectId = (await api(server, alice.access_token).post('/projects', { name: 'Website' })).body.data.id;
  strangerProjectId = (await api(server, stranger.access_token).post('/projects', { name: 'Theirs' })).body.data.id;
});
afterAll(async () => {
  await server?.close();
});

describe('createTask', () => {
  it('creates a task with the input as the operation input, and resolves nested fields', async () => {
    const res = await gql(server, alice.access_token, CREATE_TASK, {
      input: {
        title: 'Write docs',
        project_id: projectId,
        priority: 'high',
        start_date: '2026-03-01',
        due_date: '2026-03-10',
        assignee_ids: [alice.user.id],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createTask).toMatchObject({
      title: 'Write docs',
      status: 'open',
      priority: 'high',
      start_date: '2026-03-01',
      due_date: '2026-03-10',
      project_id: projectId,
      assignee_ids: [alice.user.id],
      project: { name: 'Website' },
      assignees: [{ name: 'Alice' }],
    });
    const rest = await api(server, alice.access_token).get(`/tasks/${res.body.data.createTask.id}`);
    expect(rest.body.data.title).toBe('Write docs');
  });

  it('bad input: VALIDATION_ERROR with details naming the field', async () => {
    const res = await gql(server, alice.access_token, CREATE_TASK, {
      input: { title: 'Backwards', project_id: projectId, start_date: '2026-03-10', due_date: '2026-03-01' },
    });
    expect(res.body.data).toBeNull();
    expect(res.body.errors[0]).toMatchObject({ path: ['createTask'], extensions: { code: 'VALIDATION_ERROR', details: { field: 'start_date' } } });

    const empty = await gql(server, alice.access_token, CREATE_TASK, { input: { title: '', project_id: projectId } });
    expect(empty.body.errors[0].extensions).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'title' } });
  });

  it('an input that does not fit the GraphQL type is refused before running (400)', async () => {
    const res = await gql(server, alice.access_token, CREATE_TASK, { input: { title: 'No project' } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_ERROR');
  });

  it("another organization's project: NOT_FOUND", async () => {
    const res = await gql(server, alice.access_token, CREATE_TASK, { input: { title: 'Sneaky', project_id: strangerProjectId } });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a viewer lacks manage_tasks: FORBIDDEN', async () => {
    const res = await gql(server, viewer.access_token, CREATE_TASK, { input: { title: 'Not allowed', project_id: projectId, org_id: alice.orgId } });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.body.errors[0].message).toMatch(/manage_tasks/);
  });

  it('no token: UNAUTHORIZED', async () => {
    const res = await gql(server, undefined, CREATE_TASK, { input: { title: 'Anonymous', project_id: projectId } });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHORIZED');
  });
});

describe('startTimer / stopTimer', () => {
  it('starts without input, stops the running timer, and reports duration', async () => {
    const started = await gql(server, alice.access_token, 'mutation { startTimer { id running stopped_at start_time started_at user { name } } }');
    expect(started.body.errors).toBeUndefined();
    const entry = started.body.data.startTimer;
    expect(entry).toMatchObject({ running: true, stopped_at: null, user: { name: 'Alice' } });
    expect(entry.start_time).toBe(entry.started_at);

    const current = await gql(server, alice.access_token, '{ currentTimer { id } }');
    expect(current.body.data.currentTimer.id).toBe(entry.id);

    const stopped = await gql(server, alice.access_token, 'mutation { stopTimer { id running duration duration_secs } }');
    expect(stopped.body.errors).toBeUndefined();
    expect(stopped.body.data.stopTimer).toMatchObject({ id: entry.id, running: false });
    expect(stopped.body.data.stopTimer.duration).toBe(stopped.body.data.stopTimer.duration_secs);

    const again = await gql(server, alice.access_token, 'mutation { stopTimer { id } }');
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('startTimer with a project and description; stopTimer(entry_id) of a stranger is NOT_FOUND', async () => {
    const res = await gql(
      server,
      alice.access_token,
      'mutation S($input: StartTimerInput) { startTimer(input: $input) { id project_id description project { name } } }',
      { input: { project_id: projectId, description: 'Deploy' } },
    );
    expect(res.body.data.startTimer).toMatchObject({ project_id: projectId, description: 'Deploy', project: { name: 'Website' } });
    const other = await gql(server, stranger.access_token, `mutation { stopTimer(input: { entry_id: "${res.body.data.startTimer.id}" }) { id } }`);
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
    await gql(server, alice.access_token, 'mutation { stopTimer { id } }');
  });

  it('a viewer cannot track time: FORBIDDEN', async () => {
    const res = await gql(server, viewer.access_token, `mutation { startTimer(input: { org_id: "${alice.orgId}" }) { id } }`);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('public mutations and token bodies', () => {
  it('login needs no token and returns the token body itself; createWsTicket returns a ticket', async () => {
    const login = await gql(
      server,
      undefined,
      'mutation L($input: LoginInput!) { login(input: $input) { access_token token_type expires_in user { id } } }',
      { input: { email: alice.email, password: alice.password } },
    );
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data.login).toMatchObject({ token_type: 'Bearer', expires_in: 900, user: { id: alice.user.id } });

    const ticket = await gql(server, login.body.data.login.access_token, 'mutation { createWsTicket { ticket expires_in } }');
    expect(ticket.body.data.createWsTicket.ticket).toMatch(/^wst_/);
  });

  it('a wrong password is UNAUTHORIZED', async () => {
    const res = await gql(
      server,
      undefined,
      'mutation { login(input: { email: "nobody@example.test", password: "wrong-password" }) { access_token } }',
    );
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHORIZED');
  });

  it('deleteTask returns the DeleteResult body data', async () => {
    const created = await gql(server, alice.access_token, CREATE_TASK, { input: { title: 'Temp', project_id: projectId } });
    const id = created.body.data.createTask.id;
    const res = await gql(server, alice.access_token, `mutation { deleteTask(input: { id: "${id}" }) { id deleted } }`);
    expect(res.body.data.deleteTask).toEqual({ id, deleted: true });
  });
});
