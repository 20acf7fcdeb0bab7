/**
 * Personal access tokens (`trcr_pat_…`): bound to one organization, shown once, stored as sha256.
 * Their EntityChanged events go only to the owner (`user_id` audience), never to the whole organization.
 */
import type { PersonalAccessToken } from '../../../generated/models.js';
import type { AreaHandlers } from '../../../generated/operations.js';
import { forbidden, notFound, validationError } from '../../platform/errors.js';
import { newId, randomToken, sha256 } from '../../platform/ids.js';
import { withTx, type EmittedEvent } from '../../platform/tx.js';
import type { Contexts } from '../context.js';
import { entityChanged, type EntityAction } from '../events.js';
import { PAT_PREFIX } from '../auth/authenticate.js';
import { revokeCredentials } from '../auth/revocation.js';

/** `trcr_pat_` + 4 characters: enough to tell tokens apart, far too little to guess one. */
const TOKEN_PREFIX_LENGTH = 13;

type PatRow = PersonalAccessToken;

const PAT_COLUMNS = ['id', 'name', 'org_id', 'token_prefix', 'created_at', 'expires_at', 'last_used_at'] as const;

function toPat(row: PatRow): PersonalAccessToken {
  return {
    id: row.id,
    name: row.name,
    org_id: row.org_id,
    token_prefix: row.token_prefix,
    created_at: row.created_at,
    expires_at: row.expires_at,
    last_used_at: row.last_used_at,
  };
}

/** A token's events go to its owner only. */
function patChanged(userId: string, action: EntityAction, pat: PersonalAccessToken): EmittedEvent {
  return entityChanged({ orgId: pat.org_id, actorId: userId, entityType: 'personal_access_token', action, entity: pat, onlyUser: userId });
}

export const patOperations = {
  async 'personal_access_tokens.create'(ctx, input) {
    // The caller is a member of the token's organization (execute() resolved it); a PAT only ever acts in its own.
    const { access, actor } = ctx;
    // A token cannot mint tokens: a leaked PAT must not be able to outlive its own revocation or expiry.
    if (actor.via === 'pat') {
      throw forbidden('A personal access token cannot create personal access tokens; sign in and use an access token');
    }
    if (input.expires_at && Date.parse(input.expires_at) <= Date.now()) {
      throw validationError('expires_at must be in the future', { field: 'expires_at' });
    }
    const token = randomToken(PAT_PREFIX);
    const pat = await withTx(ctx.svc, async (sql, emit) => {
      const [row] = await sql<PatRow[]>`
        insert into personal_access_tokens (id, user_id, org_id, name, token_hash, token_prefix, expires_at)
        values (${newId('pat')}, ${access.userId}, ${access.orgId}, ${input.name}, ${sha256(token)},
                ${token.slice(0, TOKEN_PREFIX_LENGTH)}, ${input.expires_at ?? null}::timestamptz)
        returning ${sql(PAT_COLUMNS)}`;
      const created = toPat(row!);
      emit(patChanged(access.userId, 'created', created));
      return created;
    });
    return { data: { ...pat, token } };
  },

  async 'personal_access_tokens.list'(ctx) {
    const { actor } = ctx;
    const sql = ctx.svc.db;
    // A PAT caller sees only the tokens of its own organization.
    const rows = await sql<PatRow[]>`
      select ${sql(PAT_COLUMNS)} from personal_access_tokens
      where user_id = ${actor.userId} and revoked_at is null
        ${actor.patOrgId ? sql`and org_id = ${actor.patOrgId}` : sql``}
      order by created_at desc, id desc`;
    return { data: rows.map(toPat) };
  },

  async 'personal_access_tokens.delete'(ctx, input) {
    const { actor } = ctx;
    await withTx(ctx.svc, async (sql, emit) => {
      const [row] = await sql<PatRow[]>`
        update personal_access_tokens set revoked_at = now()
        where id = ${input.id} and user_id = ${actor.userId} and revoked_at is null
          ${actor.patOrgId ? sql`and org_id = ${actor.patOrgId}` : sql``}
        returning ${sql(PAT_COLUMNS)}`;
      if (!row) throw notFound('Personal access token');
      emit(patChanged(actor.userId, 'deleted', toPat(row)));
      // Its open graphql-ws sockets close, on every instance (it is refused from the database anyway).
      revokeCredentials(sql, emit, ctx.svc, actor.userId, { sessionIds: [], patIds: [row.id] });
    });
    return { data: { id: input.id, deleted: true } };
  },
} satisfies AreaHandlers<'personal_access_tokens', Contexts>;
