/**
 * Who may see a chat channel, as SQL: the one rule behind every chat read, list, count, search hit and
 * event audience. A channel exists for a reader when they are one of its members (`chat_channel_members`;
 * the general channel holds every member of the organization) and, for a channel linked to a project,
 * when they may also see that project (src/domain/projects/visibility.ts). For anyone else it does not
 * exist: NOT_FOUND, absent from lists, counts, search and events.
 */
import type { AnySql, postgres } from '../../platform/db.js';
import { projectIdVisible, readerOf, type Who } from '../projects/visibility.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** A condition on the `chat_channels` row aliased `alias`: in the reader's organization and visible to them. */
export function channelVisible(sql: AnySql, alias: string, who: Who): Fragment {
  const reader = readerOf(who);
  return sql`${sql(alias)}.org_id = ${reader.orgId}
    and exists (select 1 from chat_channel_members cvm where cvm.channel_id = ${sql(alias)}.id and cvm.user_id = ${reader.userId})
    and ${projectIdVisible(sql, `${alias}.project_id`, reader)}`;
}
