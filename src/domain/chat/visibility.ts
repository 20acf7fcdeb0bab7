/**
 * Who may see a chat channel, as SQL: the one rule behind every chat read, list, count, search hit and
 * event audience. A channel exists for a reader when they are one of its members (`chat_channel_members`;
 * the general channel holds every member of the organization) and, for a channel linked to a project,
 * when they may also see that project (src/domain/projects/visibility.ts). For anyone else it does not
 * exist: NOT_FOUND, absent from lists, counts, search and events.
 */
import type { AnySql, postgres } from '../../platform/db.js';
import type { EmittedEvent } from '../../platform/tx.js';
import { memberSeesProject, projectIdVisible, readerOf, type Who } from '../projects/visibility.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** A condition on the `chat_channels` row aliased `alias`: in the reader's organization and visible to them. */
export function channelVisible(sql: AnySql, alias: string, who: Who): Fragment {
  const reader = readerOf(who);
  return sql`${sql(alias)}.org_id = ${reader.orgId}
    and exists (select 1 from chat_channel_members cvm where cvm.channel_id = ${sql(alias)}.id and cvm.user_id = ${reader.userId})
    and ${projectIdVisible(sql, `${alias}.project_id`, reader)}`;
}

/**
 * The same rule from the other side: who may see each channel (its members who are members of the organization
 * and, for a channel linked to a project, may see that project), for many channels in one statement. The audience
 * of every chat event (ChatMessage, UserTyping, EntityChanged of chat_channel and chat_message), computed at
 * commit so that a member who left the channel or the organization receives nothing more.
 */
export async function channelAudiences(sql: AnySql, channelIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (channelIds.length === 0) return out;
  const rows = await sql<{ id: string; members: string[] }[]>`
    select c.id, array(
      select cm.user_id from chat_channel_members cm
      join members m on m.org_id = c.org_id and m.user_id = cm.user_id
      where cm.channel_id = c.id and (c.project_id is null or ${memberSeesProject(sql, 'm', 'c.project_id')})
      order by cm.user_id) as members
    from chat_channels c where c.id = any(${sql.array([...new Set(channelIds)])}::text[])`;
  for (const r of rows) out.set(r.id, r.members);
  return out;
}

/** The channel a chat event is about, or undefined for any other event (or one whose audience is already set). */
function channelOf(e: EmittedEvent): string | undefined {
  if (e.type === 'ChatMessage' || e.type === 'UserTyping') return e.audience ? undefined : e.data.channel_id;
  if (e.type !== 'EntityChanged' || e.audience || !CHAT_ENTITY_TYPES.has(e.data.entity_type)) return undefined;
  const entity = e.data.entity as { id?: unknown; channel_id?: unknown };
  const id = e.data.entity_type === 'chat_channel' ? entity.id : entity.channel_id;
  return typeof id === 'string' ? id : undefined;
}

/** Entity types whose events go exactly to their channel's audience (no `manage_projects` bypass). */
export const CHAT_ENTITY_TYPES: ReadonlySet<string> = new Set(['chat_channel', 'chat_message']);

/**
 * The audience of each chat event of a transaction (undefined for the others), in one statement: the hook withTx
 * asks at commit (registered with the projects' rule in src/domain/index.ts).
 */
export async function chatEventAudiences(sql: AnySql, events: readonly EmittedEvent[]): Promise<(string[] | undefined)[]> {
  const channels = events.map(channelOf);
  const ids = channels.filter((c): c is string => c !== undefined);
  if (ids.length === 0) return channels.map(() => undefined);
  const audiences = await channelAudiences(sql, ids);
  return channels.map((c) => (c === undefined ? undefined : (audiences.get(c) ?? [])));
}
