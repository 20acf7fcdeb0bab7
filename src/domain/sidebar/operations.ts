/**
 * sidebar.*: which projects each user folded in the sidebar, per organization (table sidebar_collapsed). The
 * state is the caller's alone: any member reads and toggles their own, and nothing is announced to anyone.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { withTx } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { getProjectRow } from '../projects/queries.js';
import { projectVisible } from '../projects/visibility.js';

export const sidebarOperations = {
  // At most one row per project of the organization: not paginated (the spec says so).
  'sidebar.get_collapsed': async ({ svc, access }) => {
    const sql = svc.db;
    const rows = await sql<{ project_id: string }[]>`
      select s.project_id from sidebar_collapsed s
      join projects p on p.id = s.project_id and p.org_id = s.org_id
      where s.user_id = ${access.userId} and s.org_id = ${access.orgId} and ${projectVisible(sql, 'p', access)}
      order by p.created_at, p.id`;
    return { data: { project_ids: rows.map((r) => r.project_id) } };
  },

  'sidebar.toggle_collapsed': async ({ svc, access }, input) => {
    const collapsed = await withTx(svc, async (sql) => {
      const project = await getProjectRow(sql, access, input.project_id);
      const removed = await sql`delete from sidebar_collapsed where user_id = ${access.userId} and project_id = ${project.id} returning 1`;
      if (removed.length > 0) return false;
      await sql`
        insert into sidebar_collapsed (user_id, org_id, project_id) values (${access.userId}, ${access.orgId}, ${project.id})
        on conflict do nothing`;
      return true;
    });
    return { data: { project_id: input.project_id, collapsed } };
  },
} satisfies AreaHandlers<'sidebar', Contexts>;
