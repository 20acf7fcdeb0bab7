/**
 * Same errors everywhere, for every operation of the catalogue, over REST (status + envelope), WS
 * (`{status: 'error', error}`), MCP (`isError`, `structuredContent.error`) and GraphQL
 * (`errors[0].extensions.code`):
 *   - another organization's entity (an id, or `org_id`) is NOT_FOUND;
 *   - a missing required field, an unknown field, and a value its schema rejects (out of its enum,
 *     range, length, pattern or format, or of the wrong type) are VALIDATION_ERROR naming the field
 *     (GraphQL's schema rejects some of these itself: then the code is still VALIDATION_ERROR and
 *     GraphQL's message names the field or argument);
 *   - the team's viewer is FORBIDDEN where the operation needs a permission.
 * A failed call changes nothing: the domain tables (and the event outbox) are the same afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operationMeta, type OperationName } from '../../generated/operations.js';
import { cases } from './cases/index.js';
import {
  callOp,
  graphqlArgOf,
  inputPropertiesOf,
  pathParamsOf,
  requiredFields,
  transportsOf,
  type Caller,
  type Input,
  type Outcome,
  type PropertySchema,
  type Transport,
} from './transports.js';
import { startWorld, type World } from './world.js';

let w: World;

beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

const ops = OPERATION_NAMES as readonly OperationName[];
const STATUS: Record<string, number> = { VALIDATION_ERROR: 400, FORBIDDEN: 403, NOT_FOUND: 404 };
const UNKNOWN_FIELD = 'bogus_field';

/** The tables an operation can change (the mail outbox by its rows only: the mailer updates them). */
const DOMAIN_TABLES = [
  'users',
  'organizations',
  'members',
  'invitations',
  'personal_access_tokens',
  'clients',
  'projects',
  'tasks',
  'task_assignees',
  'task_groups',
  'task_group_collapsed',
  'sidebar_collapsed',
  'task_statuses',
  'labels',
  'task_labels',
  'milestones',
  'task_recurrences',
  'time_entries',
  'notifications',
  'notification_preferences',
  'events',
];

async function snapshot(): Promise<Record<string, string>> {
  const db = w.server.svc.db;
  const out: Record<string, string> = {};
  for (const table of DOMAIN_TABLES) {
    // Presence follows the callers' sockets opening and closing, not the calls: `last_seen_at` is left out
    // (`UserPresence` events are never in the events table).
    const [row] =
      table === 'users'
        ? await db<{ h: string }[]>`
            select md5(coalesce(string_agg((to_jsonb(t) - 'last_seen_at')::text, '|' order by t.id), '')) as h from users t`
        : await db<{ h: string }[]>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${db(table)} t`;
    out[table] = row!.h;
  }
  const [mails] = await db<{ n: number }[]>`select count(*)::int as n from mail_outbox`;
  out.mail_outbox = String(mails!.n);
  return out;
}

/** Runs `calls` and checks that the data is as it was afterwards. */
async function leavesDataAsItWas(calls: () => Promise<void>): Promise<void> {
  const before = await snapshot();
  await calls();
  expect(await snapshot(), 'a failed call changes nothing').toEqual(before);
}

/** A value the property's JSON Schema rejects (the first rule that gives one), for schema-driven checks. */
function invalidValueFor(schema: PropertySchema): unknown {
  const types: string[] = [schema.type ?? []].flat();
  if (schema.enum) return 'not_a_choice';
  if (schema.pattern) return '!';
  if (schema.format || schema.anyOf) return `not-a-${schema.format ?? 'date'}`;
  if (schema.maximum !== undefined) return schema.maximum + 1;
  if (schema.minimum !== undefined) return schema.minimum - 1;
  if (schema.maxLength !== undefined) return 'x'.repeat(schema.maxLength + 1);
  if (schema.maxItems !== undefined) return Array.from({ length: schema.maxItems + 1 }, (_, i) => `usr_${i}`);
  if (schema.propertyNames) return { not_a_permission: true };
  if (types.includes('number') || types.includes('integer')) return 'not-a-number';
  if (types.includes('boolean')) return 'not-a-boolean';
  if (types.includes('object') && schema.additionalProperties === false) return { not_a_field: true };
  throw new Error(`no invalid value for ${JSON.stringify(schema)}`);
}

const callerFor = (op: OperationName, who: Caller): Caller | undefined => (operationMeta[op].auth === 'none' ? undefined : who);

const names = (details: any): string[] => (details ? [details.field, ...(details.fields ?? [])].filter(Boolean) : []);

interface Expectation {
  code: 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION_ERROR';
  /** The field a VALIDATION_ERROR must name. */
  field?: string;
  transports?: Transport[];
}

/**
 * Calls `op` over each transport and checks the error: the code (and REST status); for a
 * VALIDATION_ERROR the field named in `details` (or, for GraphQL's own schema errors, in its message);
 * and that the transports running the domain answer the very same error.
 */
async function expectErrorEverywhere(op: OperationName, caller: Caller | undefined, input: Input, label: string, exp: Expectation): Promise<void> {
  const transports = exp.transports ?? transportsOf(op);
  const outcomes = await Promise.all(transports.map((t) => callOp(w.server, t, op, caller, input)));
  const byTransport = new Map<Transport, Outcome>(transports.map((t, i) => [t, outcomes[i]!]));
  for (const [t, out] of byTransport) {
    const what = `${op} (${label}) over ${t}: ${JSON.stringify(out)}`;
    expect(out.ok, what).toBe(false);
    if (out.ok) continue;
    expect(out.code, what).toBe(exp.code);
    if (t === 'rest') expect(out.status, what).toBe(STATUS[exp.code]);
    if (exp.field) {
      const arg = graphqlArgOf(op, exp.field);
      const inMessage = (n: string) => new RegExp(`\\b${n}\\b`).test(out.message);
      const named = names(out.details).includes(exp.field) || (t === 'graphql' && [exp.field, arg].some(inMessage));
      expect(named, `${what}: names ${exp.field}`).toBe(true);
    }
  }
  // One domain error, one answer: REST, WS and MCP (and GraphQL, unless its schema answered) agree.
  const [reference] = outcomes;
  const schemaAnswered = (t: Transport, out: Outcome) => t === 'graphql' && exp.code === 'VALIDATION_ERROR' && !out.ok && out.details === undefined;
  const errorOf = (out: Outcome) => (out.ok ? out : { code: out.code, message: out.message, details: out.details });
  for (const [t, out] of byTransport) {
    if (schemaAnswered(t, out)) continue;
    expect({ transport: t, error: errorOf(out) }, `${op} (${label})`).toEqual({ transport: t, error: errorOf(reference!) });
  }
}

describe("another organization's entity is NOT_FOUND everywhere", () => {
  const named = ops.filter((op) => cases[op].foreign || operationMeta[op].scope === 'org');

  it.each(named)('%s', async (op) => {
    const c = cases[op];
    const inputs: Record<string, Input> = { ...(await c.foreign?.(w)) };
    // Acting in an organization one does not belong to.
    const { scope, orgParam } = operationMeta[op];
    if (scope === 'org') inputs[`${orgParam} of another organization`] = { ...(await c.sample(w)), [orgParam]: w.strangerOrgId };
    await leavesDataAsItWas(async () => {
      for (const [label, input] of Object.entries(inputs)) await expectErrorEverywhere(op, w.owner, input, label, { code: 'NOT_FOUND' });
    });
  });
});

describe('invalid input is VALIDATION_ERROR naming the field everywhere', () => {
  it.each(ops)('%s: each missing required field, and an unknown field', async (op) => {
    const sample = await cases[op].sample(w);
    const caller = callerFor(op, w.owner);
    await leavesDataAsItWas(async () => {
      for (const field of requiredFields(op)) {
        const { [field]: _removed, ...input } = sample;
        // REST cannot leave out a path parameter: the path would be another (or no) route.
        const transports = transportsOf(op).filter((t) => t !== 'rest' || !pathParamsOf(op).includes(field));
        await expectErrorEverywhere(op, caller, input, `without ${field}`, { code: 'VALIDATION_ERROR', field, transports });
      }
      await expectErrorEverywhere(op, caller, { ...sample, [UNKNOWN_FIELD]: 'x' }, 'unknown field', {
        code: 'VALIDATION_ERROR',
        field: UNKNOWN_FIELD,
      });
    });
  });

  it.each(ops.filter((op) => inputPropertiesOf(op).length > 0))('%s: each field given a value its schema rejects', async (op) => {
    const sample = await cases[op].sample(w);
    await leavesDataAsItWas(async () => {
      await Promise.all(
        inputPropertiesOf(op).map(([field, schema]) => {
          const value = invalidValueFor(schema);
          const label = `${field}: ${JSON.stringify(value).slice(0, 40)}`;
          return expectErrorEverywhere(op, w.owner, { ...sample, [field]: value }, label, { code: 'VALIDATION_ERROR', field });
        }),
      );
    });
  });
});

describe('a viewer is FORBIDDEN where a permission is needed, everywhere', () => {
  const guarded = ops.filter((op) => cases[op].forbidden);

  it.each(guarded)('%s', async (op) => {
    const input = await cases[op].forbidden!(w);
    await leavesDataAsItWas(() => expectErrorEverywhere(op, w.viewer, input, 'viewer', { code: 'FORBIDDEN' }));
  });
});
