/** Members of the current organization, invitations, and accepting them. */
import type { Invitation } from '../../../generated/models.js';
import type { AreaHandlers } from '../../../generated/operations.js';
import type { Config } from '../../platform/config.js';
import type { TxSql } from '../../platform/db.js';
import { AppError, conflict, forbidden, notFound, unauthorized, validationError } from '../../platform/errors.js';
import { newId, randomToken, sha256 } from '../../platform/ids.js';
import { enqueueMail, type MailMessage } from '../../platform/mail.js';
import { withTx, type EmittedEvent } from '../../platform/tx.js';
import { isPermission, type OrgAccess } from '../access.js';
import type { Contexts } from '../context.js';
import { diff, entityChanged, type EntityAction } from '../events.js';
import { pageRequest, pagination } from '../pagination.js';
import { findUserById, normalizeEmail } from '../users/model.js';
import { addMember, loadMember, MEMBER_COLUMNS, memberChanged, toInvitation, toMember, type InvitationRow, type MemberRow } from './model.js';

const INVITATION_TTL = '7 days';

function invitationMail(config: Config, inv: InvitationRow, orgName: string, inviterName: string, token: string): MailMessage {
  const api = `${config.publicUrl}/api/v1`;
  return {
    to: inv.email,
    kind: 'invitation',
    subject: `${inviterName} invited you to ${orgName} on TRCR`,
    text: [
      `${inviterName} invited you to join the organization "${orgName}" on TRCR as ${inv.role}.`,
      '',
      `Your invitation token (valid ${INVITATION_TTL}, single use):`,
      '',
      token,
      '',
      'To accept:',
      `- If you have a TRCR account with this email address, sign in and send the token: POST ${api}/invitations/accept with {"token": "<the token>"}.`,
      `- If you do not have an account yet, register with this email address (POST ${api}/auth/register): you join the organization automatically.`,
      '',
      'If you did not expect this invitation, ignore this mail.',
    ].join('\n'),
  };
}

/**
 * Serializes membership changes of one organization, so that two concurrent changes cannot both
 * pass the "last owner" check. `no key update` does not block inserts that reference the organization.
 */
async function lockOrgMembers(sql: TxSql, orgId: string): Promise<void> {
  await sql`select id from organizations where id = ${orgId} for no key update`;
}

async function ownerCount(sql: TxSql, orgId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from members where org_id = ${orgId} and role = 'owner'`;
  return row?.n ?? 0;
}

/** Existing overrides with the requested ones merged in (`null` removes an override). */
function mergeOverrides(current: Record<string, boolean>, changes: Record<string, boolean | null>): Record<string, boolean> {
  const merged = { ...current };
  for (const [perm, value] of Object.entries(changes)) {
    if (!isPermission(perm)) {
      throw validationError(`Unknown permission: ${perm}`, { field: 'permissions' });
    }
    if (value === null) delete merged[perm];
    else merged[perm] = value;
  }
  return merged;
}

/** Only an owner may touch an owner's membership or make someone an owner. */
function checkOwnerRules(access: OrgAccess, target: MemberRow, newRole: string | undefined): void {
  if (access.role === 'owner') return;
  if (target.role === 'owner') throw forbidden("Only an owner can change an owner's role or permissions");
  if (newRole === 'owner') throw forbidden('Only an owner can grant the owner role');
}

function invitationChanged(access: OrgAccess, action: EntityAction, inv: Invitation): EmittedEvent {
  return entityChanged({ orgId: access.orgId, actorId: access.userId, entityType: 'invitation', action, entity: inv });
}

export const memberOperations = {
  async 'members.list'({ svc, access }, input) {
    const page = pageRequest(input);
    const sql = svc.db;
    const [count] = await sql<{ n: number }[]>`
      select count(*)::int as n from members
      where org_id = ${access.orgId} ${input.role ? sql`and role = ${input.role}` : sql``}`;
    const rows = await sql<MemberRow[]>`
      select ${sql.unsafe(MEMBER_COLUMNS)}
      from members m join users u on u.id = m.user_id
      where m.org_id = ${access.orgId} ${input.role ? sql`and m.role = ${input.role}` : sql``}
      order by m.created_at, m.user_id
      limit ${page.perPage} offset ${page.offset}`;
    return { data: rows.map(toMember), pagination: pagination(count?.n ?? 0, page) };
  },

  async 'members.invite'(ctx, input) {
    const { access } = ctx;
    const email = normalizeEmail(input.email);
    const role = input.role ?? 'member';
    const token = randomToken('ivt');
    const invitation = await withTx(ctx.svc, async (sql, emit) => {
      const [member] = await sql`
        select 1 from members m join users u on u.id = m.user_id
        where m.org_id = ${access.orgId} and lower(u.email) = ${email}`;
      if (member) throw conflict(`${email} is already a member of this organization`, { field: 'email' });
      // A new invitation replaces a pending one for the same address: the old token stops working.
      const replaced = await sql<InvitationRow[]>`
        delete from invitations where org_id = ${access.orgId} and lower(email) = ${email} and accepted_at is null
        returning *`;
      const [row] = await sql<(InvitationRow & { org_name: string; inviter_name: string })[]>`
        with inv as (
          insert into invitations (id, org_id, email, role, token_hash, invited_by, expires_at)
          values (${newId('inv')}, ${access.orgId}, ${email}, ${role}, ${sha256(token)}, ${access.userId}, now() + ${INVITATION_TTL}::interval)
          returning *
        )
        select inv.*, o.name as org_name, u.name as inviter_name
        from inv join organizations o on o.id = inv.org_id join users u on u.id = inv.invited_by`;
      await enqueueMail(sql, invitationMail(ctx.svc.config, row!, row!.org_name, row!.inviter_name, token));
      for (const old of replaced) emit(invitationChanged(access, 'deleted', toInvitation(old)));
      const inv = toInvitation(row!);
      emit(invitationChanged(access, 'created', inv));
      return inv;
    });
    return { data: invitation };
  },

  async 'members.update'(ctx, input) {
    const { access } = ctx;
    const member = await withTx(ctx.svc, async (sql, emit) => {
      await lockOrgMembers(sql, access.orgId);
      const target = await loadMember(sql, access.orgId, input.user_id);
      if (!target) throw notFound('Member');
      checkOwnerRules(access, target, input.role);
      const role = input.role ?? target.role;
      const overrides = input.permissions ? mergeOverrides(target.permissions, input.permissions) : target.permissions;
      // Rates are money: setting them needs view_rates besides manage_members.
      if (input.hourly_rate_cents !== undefined || input.cost_rate_cents !== undefined) access.require('view_rates');
      const rates = {
        hourly_rate_cents: input.hourly_rate_cents === undefined ? target.hourly_rate_cents : input.hourly_rate_cents,
        cost_rate_cents: input.cost_rate_cents === undefined ? target.cost_rate_cents : input.cost_rate_cents,
      };
      if (target.role === 'owner' && role !== 'owner' && (await ownerCount(sql, access.orgId)) <= 1) {
        throw conflict('The last owner cannot be demoted; make another member an owner first');
      }
      await sql`
        update members set role = ${role}, permissions = ${sql.json(overrides)},
          hourly_rate_cents = ${rates.hourly_rate_cents}, cost_rate_cents = ${rates.cost_rate_cents}, updated_at = now()
        where org_id = ${access.orgId} and user_id = ${input.user_id}`;
      const before = toMember(target);
      const after = toMember((await loadMember(sql, access.orgId, input.user_id))!);
      // Overrides that leave the effective permissions as they were change nothing anyone sees.
      if (Object.keys(diff({ ...before }, { ...after })).length > 0) emit(memberChanged(access.userId, 'updated', after, before));
      return after;
    });
    return { data: member };
  },

  async 'members.remove'(ctx, input) {
    const { access } = ctx;
    // Leaving needs no permission; removing someone else needs manage_members (the spec's x-permission-rule).
    const leaving = input.user_id === access.userId;
    if (!leaving) access.require('manage_members');
    await withTx(ctx.svc, async (sql, emit) => {
      await lockOrgMembers(sql, access.orgId);
      const target = await loadMember(sql, access.orgId, input.user_id);
      if (!target) throw notFound('Member');
      if (target.role === 'owner') {
        if (!leaving && access.role !== 'owner') throw forbidden('Only an owner can remove another owner');
        if ((await ownerCount(sql, access.orgId)) <= 1) {
          throw conflict('The last owner cannot leave or be removed; make another member an owner first, or delete the organization');
        }
      }
      await sql`delete from members where org_id = ${access.orgId} and user_id = ${input.user_id}`;
      // Their time entries stay; their assignments, tokens for this organization and default selection go.
      await sql`delete from task_assignees where org_id = ${access.orgId} and user_id = ${input.user_id}`;
      await sql`
        update personal_access_tokens set revoked_at = now()
        where org_id = ${access.orgId} and user_id = ${input.user_id} and revoked_at is null`;
      await sql`update users set default_org_id = null where id = ${input.user_id} and default_org_id = ${access.orgId}`;
      emit(memberChanged(access.userId, 'deleted', toMember(target)));
    });
    return { data: { user_id: input.user_id, removed: true } };
  },

  async 'invitations.accept'(ctx, input) {
    const { actor } = ctx;
    if (actor.patOrgId) throw forbidden('A personal access token is bound to its organization and cannot join another one');
    const user = await findUserById(ctx.svc.db, actor.userId);
    if (!user) throw unauthorized('This account no longer exists');
    const member = await withTx(ctx.svc, async (sql, emit) => {
      // Someone else's, unknown, expired and used invitations all look the same: not found.
      const [inv] = await sql<InvitationRow[]>`
        update invitations set accepted_at = now(), accepted_by = ${user.id}
        where token_hash = ${sha256(input.token)} and accepted_at is null and expires_at > now()
          and lower(email) = ${normalizeEmail(user.email)}
        returning *`;
      if (!inv) throw new AppError('NOT_FOUND', 'Invitation not found');
      const added = await addMember(sql, emit, { orgId: inv.org_id, userId: user.id, role: inv.role, actorId: user.id });
      if (!added) throw conflict('You are already a member of this organization');
      return added;
    });
    return { data: member };
  },
} satisfies AreaHandlers<'members', Contexts>;
