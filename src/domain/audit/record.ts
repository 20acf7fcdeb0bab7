/**
 * Writing the audit log (migrations/013_audit.sql). `execute()` calls `recordAudit` once for every successful
 * mutation (an operation whose REST method is not GET), on every transport, after the operation's own
 * transactions committed; a failed call writes nothing, a read writes nothing. A failure here is logged and
 * never turns the operation's success into an error.
 *
 * What the row says comes from the events the call's transactions emitted (`committedEvents`, fed by withTx):
 * the first EntityChanged (or a sent chat message's ChatMessage) names the entity; `changes` is its field diffs for an update, the created entity for
 * a create, `{ id }` for a delete. A call that emitted none records its input. Secrets never reach the row:
 * `redact` replaces every value under a secret-looking key, and every string that is a credential.
 */
import type { OperationName } from '../../../generated/operations.js';
import type { EmittedEvent } from '../../platform/tx.js';
import type { OpContext } from '../context.js';

/** Keys whose values are never stored: passwords, tokens, secrets, hashes, tickets, key material. The one list. */
export const SECRET_KEY = /pass(word|wd|phrase)|token|secret|hash|ticket|(^|_)keys?($|_)|api_?key|private_key|credential/i;

/** Values that are credentials whatever their key: PAT plaintext, WS tickets, refresh, reset and invitation tokens, JWTs. */
const SECRET_VALUE = /^(trcr_pat_|wst_|rt_|prt_|ivt_)|^eyJ[\w-]+\.[\w-]+\.[\w-]+$/;

export const REDACTED = '[redacted]';

/** A deep copy of `value` with every secret replaced by `[redacted]`. */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return SECRET_VALUE.test(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? REDACTED : redact(v);
    return out;
  }
  return value;
}

interface EntityChangedData {
  entity_type: string;
  entity_id: string;
  action: 'created' | 'updated' | 'deleted';
  changes?: Record<string, unknown>;
  entity?: Record<string, unknown>;
  org_id?: string;
}

export interface AuditFacts {
  name: OperationName;
  ctx: OpContext;
  /** The organization the operation acted in (org scope), else null. */
  orgId: string | null;
  input: Record<string, unknown>;
  output: unknown;
  events: readonly EmittedEvent[];
}

/** A sent chat message announces itself with ChatMessage, not EntityChanged: the same facts, as a creation. */
function chatMessageOf(events: readonly EmittedEvent[]): EntityChangedData | undefined {
  const sent = events.find((e) => e.type === 'ChatMessage');
  if (!sent) return undefined;
  const message = (sent.data as { message: Record<string, unknown> & { id: string } }).message;
  return { entity_type: 'chat_message', entity_id: message.id, action: 'created', entity: message };
}

/** The row for one successful call (exported for unit tests). */
export function auditRow(f: AuditFacts) {
  const changed = f.events.find((e) => e.type === 'EntityChanged');
  const data = (changed?.data as EntityChangedData | undefined) ?? chatMessageOf(f.events);
  let changes: unknown;
  if (data) {
    if (data.action === 'created') changes = data.entity ?? { id: data.entity_id };
    else if (data.action === 'updated') changes = data.changes ?? {};
    else changes = { id: data.entity_id };
  } else {
    const rest = { ...f.input };
    delete rest.org_id;
    changes = rest;
  }
  const outUser = (f.output as { user?: { id?: unknown } } | null | undefined)?.user?.id;
  return {
    org_id: f.orgId ?? changed?.org_id ?? null,
    user_id: f.ctx.actor?.userId ?? (typeof outUser === 'string' ? outUser : null),
    pat_id: f.ctx.actor?.patId ?? null,
    transport: f.ctx.transport,
    action: f.name,
    entity_type: data?.entity_type ?? null,
    entity_id: data?.entity_id ?? null,
    changes: redact(changes ?? null),
    ip: f.ctx.ip ?? null,
    user_agent: f.ctx.userAgent?.slice(0, 512) ?? null,
    request_id: f.ctx.requestId ?? null,
  };
}

/** Inserts the call's audit row (its own statement, after the operation committed); logs and swallows failures. */
export async function recordAudit(f: AuditFacts): Promise<void> {
  const sql = f.ctx.svc.db;
  try {
    const { changes, ...row } = auditRow(f);
    await sql`insert into audit_log ${sql({ ...row, changes: sql.json((changes ?? null) as never) })}`;
  } catch (err) {
    f.ctx.svc.log.error({ err, operation: f.name, request_id: f.ctx.requestId }, 'audit log write failed');
  }
}
