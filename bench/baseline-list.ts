/**
 * List-endpoint floor: `node:http` + porsager `postgres`, no framework, no auth, no rate limit, no
 * validation. `GET /api/v1/tasks?project_id=…&per_page=…[&page=…]` runs the SAME statement as the
 * domain's tasks.list — `listTasks()` in src/domain/tasks/operations.ts, for the default sort
 * (`created_at` asc, ties by id), filtered by project only — and answers the same JSON body
 * (`{ data: Task[], pagination }`, built like `toTask` and `pagination()`).
 *
 * The pool comes from `createDb` (src/platform/db.ts): the same postgres.js options and wire-ready
 * type parsers as the server, so both decode rows identically; that is part of the floor, not overhead.
 * The organization is fixed by env ORG_ID (the real server derives it from the caller).
 *
 * Run: `PORT=8091 DATABASE_URL=… ORG_ID=org_… taskset -c 1 node_modules/.bin/tsx bench/baseline-list.ts`
 */
import http from 'node:http';
import { createDb } from '../src/platform/db.js';

const port = Number(process.env.PORT ?? 8091);
const orgId = process.env.ORG_ID ?? '';
const databaseUrl = process.env.DATABASE_URL ?? '';
if (!orgId || !databaseUrl) throw new Error('ORG_ID and DATABASE_URL are required');

const sql = createDb(databaseUrl, { applicationName: 'bench-baseline-list' });

interface Row {
  id: string;
  org_id: string;
  project_id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  start_date: string | null;
  due_date: string | null;
  estimated_hours: number | null;
  position: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  assignee_ids: string[];
  total: number;
}

/** listTasks() with only `project_id` set: one statement, page + window count + the page's assignees. */
async function listTasks(projectId: string, page: number, perPage: number): Promise<unknown> {
  const offset = (page - 1) * perPage;
  const rows = await sql<Row[]>`
    select "p".*, array(select a.user_id from task_assignees a where a.task_id = "p".id order by a.user_id) as assignee_ids
    from (
      select t.*, count(*) over () as total
      from tasks t
      where t.org_id = ${orgId} and t.project_id = ${projectId}
      order by "t".created_at asc nulls last, "t".id asc
      limit ${perPage} offset ${offset}
    ) p
    order by "p".created_at asc nulls last, "p".id asc`;
  const total = rows[0]?.total ?? 0;
  return {
    data: rows.map((r) => ({
      id: r.id,
      org_id: r.org_id,
      project_id: r.project_id,
      title: r.title,
      description: r.description,
      status: r.status,
      priority: r.priority,
      start_date: r.start_date,
      due_date: r.due_date,
      estimated_hours: r.estimated_hours,
      assignee_ids: r.assignee_ids,
      position: r.position,
      created_by: r.created_by,
      created_at: r.created_at,
      updated_at: r.updated_at,
    })),
    pagination: { total, page, per_page: perPage, total_pages: Math.ceil(total / perPage) },
  };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  const projectId = url.searchParams.get('project_id');
  if (req.method !== 'GET' || url.pathname !== '/api/v1/tasks' || !projectId) {
    res.writeHead(404).end();
    return;
  }
  const page = Number(url.searchParams.get('page') ?? 1);
  const perPage = Number(url.searchParams.get('per_page') ?? 25);
  listTasks(projectId, page, perPage).then(
    (body) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body)),
    (err: unknown) => {
      console.error(err);
      res.writeHead(500).end();
    },
  );
});
server.listen(port, '127.0.0.1');

const shutdown = (): void => {
  server.close();
  server.closeAllConnections();
  void sql.end({ timeout: 2 }).then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
