/**
 * Making answers of separate runs comparable: what legitimately differs between two runs of the
 * same write on separate fixtures (generated ids, tokens, server clocks, the run's tag) is masked;
 * everything else must be equal.
 */
import type { WsEvent } from '../support/ws.js';

/** A TypeID (`prj_01jq…`): prefix, `_`, 26 base32 characters. */
const TYPE_ID = /^[a-z][a-z_]*_[0-7][0-9a-hjkmnp-tv-z]{25}$/;
/** Opaque secrets the server makes: refresh, reset, ticket, invitation tokens, PATs; and JWTs. */
const SECRET = /^(?:rt|prt|wst|ivt|trcr_pat)_[A-Za-z0-9_-]{16,}$|^eyJ[\w-]+\.[\w-]+\.[\w-]+$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** Instants this close to now were made by the server's clock (inputs use dates far from now). */
const NOW_WINDOW_MS = 60 * 24 * 3600 * 1000;
/** Always differ between runs, by construction. */
const ALWAYS_VOLATILE = new Set(['token_prefix']);

export interface MaskOptions {
  /** Each run's tag (see `newTag`), replaced by `<tag>` wherever it appears. */
  tags?: readonly string[];
  /** Keys whose values depend on timing (e.g. `duration_secs` of a timer stopped just now). */
  volatile?: readonly string[];
  /** Whole strings standing for the same thing in each run (each run's actor's name and email). */
  aliases?: ReadonlyMap<string, string>;
}

function maskString(s: string, tags: readonly string[], aliases: ReadonlyMap<string, string>): string {
  const alias = aliases.get(s);
  if (alias) return alias;
  if (TYPE_ID.test(s)) return '<id>';
  if (SECRET.test(s)) return '<secret>';
  if (INSTANT.test(s) && Math.abs(Date.parse(s) - Date.now()) < NOW_WINDOW_MS) return '<now>';
  let out = s;
  for (const tag of tags) out = out.split(tag).join('<tag>');
  return out;
}

export function mask(value: unknown, opts: MaskOptions = {}): unknown {
  const tags = opts.tags ?? [];
  const aliases = opts.aliases ?? new Map<string, string>();
  const volatile = new Set([...ALWAYS_VOLATILE, ...(opts.volatile ?? [])]);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskString(v, tags, aliases);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, volatile.has(k) && x !== null ? '<volatile>' : walk(x)]));
    }
    return v;
  };
  return walk(value);
}

/** JSON with object keys sorted, so that equal values from different encoders compare equal. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return JSON.stringify(sort(value));
}

/** Events as a sorted list of `{event, data}` (masked when `opts` are given): order between entities is not part of the contract. */
export function eventList(events: readonly WsEvent[], opts?: MaskOptions): string[] {
  return events.map((e) => canonical(opts ? mask({ event: e.event, data: e.data }, opts) : { event: e.event, data: e.data })).sort();
}

/** A WS event as GraphQL's EntityChangedEvent type has it: `changes` is always there (null unless an update). */
export const withChangesField = (e: WsEvent): WsEvent =>
  e.event === 'EntityChanged' ? { event: e.event, data: { ...e.data, changes: e.data.changes ?? null } } : e;

const sameValue = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].map((x) => JSON.stringify(x)).sort() : JSON.stringify(v));
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

/**
 * Input keys whose given value the answer does not carry: for every input key the answer's entity
 * has (the path parameter may come back as `id`), the value must be the one given (sets for arrays).
 */
export function notEchoed(input: Record<string, unknown>, entity: unknown, pathParams: readonly string[], skip: readonly string[] = []): string[] {
  if (entity === null || typeof entity !== 'object') return [];
  const e = entity as Record<string, unknown>;
  const wrong: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (skip.includes(key)) continue;
    const answerKey = Object.hasOwn(e, key) ? key : pathParams.includes(key) && Object.hasOwn(e, 'id') ? 'id' : undefined;
    if (answerKey && !sameValue(e[answerKey], value)) wrong.push(`${key}: gave ${JSON.stringify(value)}, got ${JSON.stringify(e[answerKey])}`);
  }
  return wrong;
}
