/** Helpers shared by the identity tests: reading the mail outbox, and adding a member to an organization. */
import type { TestServer } from '../support/server.js';
import { api, registerUser, type RegisteredUser } from '../support/http.js';

export interface OutboxMail {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
}

/** Mails queued for `to` (newest last), optionally of one kind. */
export async function mailsTo(server: TestServer, to: string, kind?: string): Promise<OutboxMail[]> {
  const rows = await server.svc.db<OutboxMail[]>`
    select id, to_address, subject, body_text, kind from mail_outbox
    where lower(to_address) = ${to.toLowerCase()} ${kind ? server.svc.db`and kind = ${kind}` : server.svc.db``}
    order by created_at, id`;
  return rows;
}

/** The token of the latest invitation mailed to `email`. */
export async function invitationToken(server: TestServer, email: string): Promise<string> {
  const mails = await mailsTo(server, email, 'invitation');
  const last = mails.at(-1);
  const token = last && /\bivt_[A-Za-z0-9_-]+/.exec(last.body_text)?.[0];
  if (!token) throw new Error(`no invitation mail for ${email}`);
  return token;
}

/** Registers a new user and makes them a member of `orgId` with `role` (invited by `inviter`, accepted by the user). */
export async function addMember(
  server: TestServer,
  inviter: RegisteredUser,
  orgId: string,
  role: 'admin' | 'manager' | 'member' | 'viewer' = 'member',
  name = 'Member',
): Promise<RegisteredUser> {
  const user = await registerUser(server, { name });
  const invite = await api(server, inviter.access_token).post(`/members/invite?org_id=${orgId}`, { email: user.email, role });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);
  const token = await invitationToken(server, user.email);
  const accepted = await api(server, user.access_token).post('/invitations/accept', { token });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return user;
}
