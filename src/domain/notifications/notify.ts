/**
 * Making notifications (DESIGN §3): the one hook the task operations call, in the transaction of the change that
 * causes them. Each notification is a row for one recipient, pushed as `NotificationCreated` to that recipient's
 * sockets only, and, for `task_assigned` and `task_status_changed`, mailed through the outbox unless the
 * recipient turned that type's mail off (notifications.preferences.update).
 *
 * Who is told:
 *   - `task_assigned`: each user newly among a task's assignees (a create with assignees, an update changing
 *     `assignee_ids`), unless they assigned themselves;
 *   - `task_status_changed`: the task's creator and its assignees (after the change), when its status changed;
 *   - `task_commented`: the task's creator and assignees, on a new comment;
 *   - `mentioned`: every member a comment mentions (MENTION RULE below).
 * Never the user who made the change. One notification per user per change: a user with several reasons gets
 * the first of `mentioned`, `task_assigned`, `task_status_changed`, `task_commented` (a mentioned assignee gets
 * `mentioned` only; a user assigned by a change of status and assignees gets `task_assigned` only).
 * Only members of the organization who can see the task's project are told (projects/visibility.ts,
 * `memberSeesProject`, in the same statement that inserts the rows): someone who left the organization, or who
 * may not see a members-only project, gets nothing.
 *
 * MENTION RULE: an `@` that starts the comment or follows a character that is not a letter, digit or `_`,
 * followed by either
 *   - a member's email address (`@jane@example.com`, compared regardless of case), or
 *   - a member's full name as their profile has it (`@Jane Doe`, regardless of case) followed by the end of the
 *     text or a character that is not a letter, digit or `_`; where several names fit, the longest wins
 *     (`@Jane Doe` mentions "Jane Doe", not a member named "Jane"). A first name alone mentions only a member
 *     whose full name it is.
 */
import type { Notification, Task } from '../../../generated/models.js';
import type { Config } from '../../platform/config.js';
import type { AnySql } from '../../platform/db.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail.js';
import type { Emit } from '../../platform/tx.js';
import type { OrgAccess } from '../access.js';
import { memberSeesProject } from '../projects/visibility.js';
import { ROLE_PERMISSIONS, ROLES } from '../../../generated/access.js';
import { toNotification, type NotificationRow } from './model.js';

export type NotificationType = Notification['type'];

/** The types that also send mail (and so have a mail preference). */
export const MAIL_TYPES = ['task_assigned', 'task_status_changed'] as const satisfies readonly NotificationType[];

/** Precedence when one change gives a user several reasons: the first wins. */
const PRECEDENCE: readonly NotificationType[] = ['mentioned', 'task_assigned', 'task_status_changed', 'task_commented'];

/** Who acts, where, and what the mail links need. */
export interface NotifyContext {
  access: Pick<OrgAccess, 'orgId' | 'userId'>;
  svc: { config: Pick<Config, 'publicUrl'> };
}

/** What a task notification needs of the task. */
type TaskFacts = Pick<Task, 'id' | 'project_id' | 'title' | 'status' | 'created_by' | 'assignee_ids'>;

interface Draft {
  userId: string;
  type: NotificationType;
  task: TaskFacts;
  title: string;
}

const quoted = (title: string): string => `'${title}'`;

/**
 * After tasks were created or updated (`before` null for a new task): `task_assigned` to the newly assigned,
 * `task_status_changed` to creator and assignees when the status changed. One statement for all of them.
 */
export async function notifyTaskChanges(
  sql: AnySql,
  emit: Emit,
  ctx: NotifyContext,
  changes: readonly { before: TaskFacts | null; after: TaskFacts }[],
): Promise<void> {
  const drafts: Draft[] = [];
  for (const { before, after } of changes) {
    const reasons = new Map<string, NotificationType>();
    const had = new Set(before?.assignee_ids ?? []);
    for (const userId of after.assignee_ids) if (!had.has(userId)) reasons.set(userId, 'task_assigned');
    if (before && before.status !== after.status) {
      for (const userId of [after.created_by, ...after.assignee_ids]) if (userId && !reasons.has(userId)) reasons.set(userId, 'task_status_changed');
    }
    for (const [userId, type] of reasons) {
      const title =
        type === 'task_assigned'
          ? `You were assigned to ${quoted(after.title)}`
          : `${quoted(after.title)} moved from ${before!.status} to ${after.status}`;
      drafts.push({ userId, type, task: after, title });
    }
  }
  await deliver(sql, emit, ctx, drafts);
}

/** After a comment was added: `mentioned` to the members it mentions, `task_commented` to creator and assignees. */
export async function notifyComment(sql: AnySql, emit: Emit, ctx: NotifyContext, taskId: string, body: string): Promise<void> {
  const [task] = await sql<(TaskFacts & { mentionable: { id: string; name: string; email: string }[] })[]>`
    select t.id, t.project_id, t.title, t.status, t.created_by,
      array(select a.user_id from task_assignees a where a.task_id = t.id order by a.user_id) as assignee_ids,
      ${
        body.includes('@')
          ? sql`coalesce((
              select json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email))
              from members m join users u on u.id = m.user_id
              where m.org_id = t.org_id
                and (strpos(lower(${body}), lower('@' || u.name)) > 0 or strpos(lower(${body}), lower('@' || u.email)) > 0)), '[]'::json)`
          : sql`'[]'::json`
      } as mentionable
    from tasks t where t.id = ${taskId} and t.org_id = ${ctx.access.orgId}`;
  if (!task) return;
  const reasons = new Map<string, NotificationType>();
  for (const userId of mentionedIn(body, task.mentionable)) reasons.set(userId, 'mentioned');
  for (const userId of [task.created_by, ...task.assignee_ids]) if (userId && !reasons.has(userId)) reasons.set(userId, 'task_commented');
  const drafts = [...reasons].map(([userId, type]) => ({
    userId,
    type,
    task,
    title: type === 'mentioned' ? `You were mentioned in a comment on ${quoted(task.title)}` : `New comment on ${quoted(task.title)}`,
  }));
  await deliver(sql, emit, ctx, drafts);
}

const WORD = /[\p{L}\p{N}_]/u;
const EMAIL_AT_START = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The ids of the `members` (candidates) that `body` mentions, by the MENTION RULE above. */
export function mentionedIn(body: string, members: readonly { id: string; name: string; email: string }[]): string[] {
  const found = new Set<string>();
  const lower = body.toLowerCase();
  for (let i = lower.indexOf('@'); i >= 0; i = lower.indexOf('@', i + 1)) {
    if (i > 0 && WORD.test(body[i - 1]!)) continue;
    const rest = lower.slice(i + 1);
    const email = EMAIL_AT_START.exec(rest)?.[0];
    const byEmail = email ? members.find((m) => m.email.toLowerCase() === email) : undefined;
    if (byEmail) {
      found.add(byEmail.id);
      continue;
    }
    let best: { id: string; length: number } | undefined;
    for (const m of members) {
      const name = m.name.toLowerCase();
      if (name === '' || !rest.startsWith(name)) continue;
      const next = rest[name.length];
      if (next !== undefined && WORD.test(next)) continue;
      if (!best || name.length > best.length) best = { id: m.id, length: name.length };
    }
    if (best) found.add(best.id);
  }
  return [...found];
}

/**
 * Inserts the notifications of `drafts` whose recipient is not the actor, is a member of the organization and may
 * see the task's project (one statement), then emits `NotificationCreated` to each recipient and enqueues the
 * mails their preferences allow.
 */
async function deliver(sql: AnySql, emit: Emit, ctx: NotifyContext, drafts: readonly Draft[]): Promise<void> {
  const { orgId, userId: actorId } = ctx.access;
  const kept = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.userId === actorId) continue;
    const key = `${d.task.id} ${d.userId}`;
    const other = kept.get(key);
    if (!other || PRECEDENCE.indexOf(d.type) < PRECEDENCE.indexOf(other.type)) kept.set(key, d);
  }
  if (kept.size === 0) return;
  const rows = [...kept.values()].map((d) => ({ ...d, id: newId('ntf') }));
  const col = (f: (r: (typeof rows)[number]) => string) => sql.array(rows.map(f));
  const created = await sql<(NotificationRow & { email: string; mail: boolean })[]>`
    with c as (
      select * from unnest(
        ${col((r) => r.id)}::text[], ${col((r) => r.userId)}::text[], ${col((r) => r.type)}::text[],
        ${col((r) => r.task.id)}::text[], ${col((r) => r.task.project_id)}::text[], ${col((r) => r.title)}::text[]
      ) as c(id, user_id, type, task_id, project_id, title)
    ), ins as (
      insert into notifications (id, org_id, user_id, type, title, entity_type, entity_id, actor_id)
      select c.id, m.org_id, c.user_id, c.type, c.title, 'task', c.task_id, ${actorId}
      from c join members m on m.org_id = ${orgId} and m.user_id = c.user_id
      where ${memberSeesProject(sql, 'm', 'c.project_id')}
      returning *
    )
    select ins.*, a.name as actor_name, u.email, coalesce((p.email ->> ins.type)::boolean, true) as mail
    from ins join users u on u.id = ins.user_id
    left join users a on a.id = ins.actor_id
    left join notification_preferences p on p.user_id = ins.user_id
    order by ins.id`;
  const publicUrl = ctx.svc.config.publicUrl;
  // The mails are queued together: postgres.js pipelines the inserts on the transaction's connection.
  const mails: Promise<string>[] = [];
  for (const row of created) {
    const notification = toNotification(row, publicUrl);
    emit({ type: 'NotificationCreated', org_id: orgId, user_id: row.user_id, data: notification });
    if (row.mail && (MAIL_TYPES as readonly string[]).includes(row.type)) {
      const by = row.actor_name ?? 'Someone';
      mails.push(
        enqueueMail(sql, {
          to: row.email,
          kind: `notification.${row.type}`,
          subject: row.title,
          text: [
            row.type === 'task_assigned' ? `${by} assigned you to a task:` : `${by} changed the status of a task:`,
            '',
            row.title,
            '',
            `Open the task: ${notification.url}`,
            '',
            'You get this mail because of your notification preferences; turn it off with notifications.preferences.update',
            `(PATCH ${publicUrl}/api/v1/notifications/preferences with {"email": {"${row.type}": false}}).`,
          ].join('\n'),
        }),
      );
    }
  }
  await Promise.all(mails);
}

/**
 * Invoice notifications (`invoice_paid`, `invoice_overdue`): to every member of the invoice's organization who
 * holds `manage_invoices` (role default or override), except `actorId` (null: a job, nobody is left out). In-app
 * only: they send no mail (the invoice's own mail goes to the client). One statement for any number of invoices.
 */
export async function notifyInvoices(
  sql: AnySql,
  emit: Emit,
  publicUrl: string,
  type: 'invoice_paid' | 'invoice_overdue',
  actorId: string | null,
  invoices: readonly { id: string; org_id: string; title: string }[],
): Promise<void> {
  if (invoices.length === 0) return;
  const roles = ROLES.filter((r) => (ROLE_PERMISSIONS[r] as readonly string[]).includes('manage_invoices'));
  const titles = new Map(invoices.map((x) => [x.id, x.title]));
  const recipients = await sql<{ invoice_id: string; org_id: string; user_id: string }[]>`
    select i.id as invoice_id, m.org_id, m.user_id
    from unnest(${sql.array(invoices.map((x) => x.id))}::text[], ${sql.array(invoices.map((x) => x.org_id))}::text[]) as i(id, org_id)
    join members m on m.org_id = i.org_id
    where coalesce((m.permissions ->> 'manage_invoices')::boolean, m.role = any(${sql.array(roles)}::text[]))
      and m.user_id is distinct from ${actorId}`;
  if (recipients.length === 0) return;
  const col = (f: (r: (typeof recipients)[number]) => string) => sql.array(recipients.map(f));
  const created = await sql<NotificationRow[]>`
    with ins as (
      insert into notifications (id, org_id, user_id, type, title, entity_type, entity_id, actor_id)
      select r.id, r.org_id, r.user_id, ${type}, r.title, 'invoice', r.invoice_id, ${actorId}
      from unnest(${col(() => newId('ntf'))}::text[], ${col((r) => r.org_id)}::text[], ${col((r) => r.user_id)}::text[],
        ${col((r) => titles.get(r.invoice_id)!)}::text[], ${col((r) => r.invoice_id)}::text[]) as r(id, org_id, user_id, title, invoice_id)
      returning *
    )
    select ins.*, a.name as actor_name from ins left join users a on a.id = ins.actor_id order by ins.id`;
  for (const row of created) {
    emit({ type: 'NotificationCreated', org_id: row.org_id, user_id: row.user_id, data: toNotification(row, publicUrl) });
  }
}

/**
 * After a chat message was sent: `mentioned` to each member of the channel who may see it (`audience`, from
 * chat/visibility.ts) and whom the text mentions (MENTION RULE above), except the author. In-app only; the
 * notification's entity is the message (`chat_message`). One statement to find the candidates, one to insert.
 */
export async function notifyChatMentions(
  sql: AnySql,
  emit: Emit,
  ctx: NotifyContext,
  message: { id: string; content: string; channelName: string },
  audience: readonly string[],
): Promise<void> {
  if (!message.content.includes('@')) return;
  const candidates = audience.filter((u) => u !== ctx.access.userId);
  if (candidates.length === 0) return;
  const members = await sql<{ id: string; name: string; email: string }[]>`
    select u.id, u.name, u.email from users u
    where u.id = any(${sql.array(candidates)}::text[])
      and (strpos(lower(${message.content}), lower('@' || u.name)) > 0 or strpos(lower(${message.content}), lower('@' || u.email)) > 0)`;
  const mentioned = mentionedIn(message.content, members);
  if (mentioned.length === 0) return;
  const { orgId, userId: actorId } = ctx.access;
  const title = `You were mentioned in #${message.channelName}`;
  const created = await sql<NotificationRow[]>`
    with ins as (
      insert into notifications (id, org_id, user_id, type, title, entity_type, entity_id, actor_id)
      select r.id, ${orgId}, r.user_id, 'mentioned', ${title}, 'chat_message', ${message.id}, ${actorId}
      from unnest(${sql.array(mentioned.map(() => newId('ntf')))}::text[], ${sql.array(mentioned)}::text[]) as r(id, user_id)
      returning *
    )
    select ins.*, a.name as actor_name from ins left join users a on a.id = ins.actor_id order by ins.id`;
  for (const row of created) {
    emit({ type: 'NotificationCreated', org_id: orgId, user_id: row.user_id, data: toNotification(row, ctx.svc.config.publicUrl) });
  }
}
