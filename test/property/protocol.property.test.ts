/**
 * Property tests over the WebSocket action protocol and the REST inputs (fast-check): random action
 * names (known and not), payloads derived from the generated input schemas and mutated (fields left
 * out, wrong types, unknown fields), adversarial strings (NUL, unpaired surrogates, 64 KB − 1 / 64 KB /
 * 64 KB + 1), numbers (huge, negative, fractional, "NaN"-like strings), random methods, path ids, query
 * strings and raw bodies. Every answer must be one the published contract documents (the helpers of
 * test/support check each frame and response against the bundled specs), never INTERNAL_ERROR / 500;
 * a frame over 64 KB closes the socket with the documented 1009; and the server keeps answering.
 *
 * Bounded: FC_RUNS runs per property (default 200), seed FC_SEED (default fixed; fast-check prints the
 * seed and the shrunk counterexample on failure, rerun with FC_SEED=<seed> to reproduce).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_ACTIONS, WS_CLOSE } from '../../generated/ws-actions.js';
import { restRoutes, type RestRoute } from '../../generated/rest-routes.js';
import { inputSchemas } from '../../generated/validators.js';
import type { OperationName } from '../../generated/operations.js';
import { takeViolations } from '../support/contract.js';
import { api, registerUser, type ApiResponse, type RegisteredUser } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type WsClient, type WsClose } from '../support/ws.js';

const SEED = Number(process.env.FC_SEED ?? 20261202);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const PARAMS = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;
const WS_MAX = 64 * 1024;
const DOCUMENTED_CLOSE_CODES = new Set<number>(Object.values(WS_CLOSE).map((c) => c.code));

let server: TestServer;
/** Real ids, so that some random calls get past "not found" into the domain. */
const realIds: string[] = [];
let user: RegisteredUser;

beforeAll(async () => {
  // The per-minute limits are tested elsewhere; here they would only stop the run early.
  server = await startTestServer({ rateLimitPerMinute: 1_000_000, wsMessagesPerMinute: 1_000_000 });
  user = await registerUser(server);
  const client = api(server, user.access_token);
  const project = (await client.post('/projects', { name: 'Property' })).body.data;
  const task = (await client.post('/tasks', { title: 'Property', project_id: project.id })).body.data;
  realIds.push(project.id, task.id, user.user.id, user.orgId);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/** Fails the property on any contract violation the helpers recorded (instead of only at the end of the test). */
function noViolations(): void {
  const seen = takeViolations();
  if (seen.length) throw new Error(seen.map((v) => v.message).join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const specialString = fc.constantFrom(
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\ude00x',
  '\ud83d\ude00',
  '\ufffe\uffff',
  '\u202e',
  'null',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0x1A',
  '%00',
  '../../etc/passwd',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '__proto__',
);
/** Around the WebSocket message limit. */
const hugeString = fc.constantFrom(WS_MAX - 1, WS_MAX, WS_MAX + 1).map((n) => 'x'.repeat(n));
/** What PostgreSQL cannot store as text, or that is not Unicode. */
const unstorable = fc.constantFrom('a\u0000b', '\u0000', 'a\ud800', '\udfffz', 'prj_\u0000');
const smallString = fc.oneof(
  { weight: 2, arbitrary: unstorable },
  { weight: 3, arbitrary: specialString },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
);
const advString = fc.oneof({ weight: 12, arbitrary: smallString }, { weight: 1, arbitrary: hugeString });
const advNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, -0.5, 1.0000001, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 5e-324, 1e21),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const numberish = fc.constantFrom('NaN', 'Infinity', '-Infinity', '-1', '1.5', '1e3', ' 1', '0x1A', '1_000', '');
const scalar = fc.oneof(smallString, advNumber, numberish, fc.boolean(), fc.constant(null));
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(smallString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

type Schema = { type?: string | string[]; enum?: unknown[]; format?: string; items?: Schema; properties?: Record<string, Schema> };

/** A value for a field: plausible for its schema most of the time, sometimes of the wrong type. */
function valueFor(field: string, schema: Schema): fc.Arbitrary<unknown> {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const options: fc.Arbitrary<unknown>[] = [];
  if (schema.enum?.length) options.push(fc.constantFrom(...schema.enum));
  if (types.includes('string')) {
    if (/(^|_)ids?$/.test(field) && realIds.length) options.push(fc.constantFrom(...realIds));
    if (schema.format === 'date-time')
      options.push(fc.constantFrom('2026-03-28T14:30:00Z', '2026-13-45T99:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'));
    if (schema.format === 'date') options.push(fc.constantFrom('2026-03-28', '2026-02-30', '0000-00-00', '99999-01-01'));
    options.push(advString);
  }
  if (types.includes('integer') || types.includes('number')) options.push(advNumber, numberish);
  if (types.includes('boolean')) options.push(fc.boolean());
  if (types.includes('array')) options.push(fc.array(schema.items ? valueFor(field, schema.items) : scalar, { maxLength: 4 }));
  if (types.includes('object')) options.push(anyValue);
  if (types.includes('null')) options.push(fc.constant(null));
  // The mutation: a value of any type.
  return fc.oneof({ weight: 4, arbitrary: options.length ? fc.oneof(...options) : anyValue }, { weight: 1, arbitrary: anyValue });
}

/** An operation's input: any subset of its fields (required ones may be missing), sometimes with unknown fields. */
function payloadFor(op: OperationName, only?: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(inputSchemas[op].properties as Record<string, Schema>).filter(([k]) => !only || only.includes(k));
  const known = fc.record(Object.fromEntries(props.map(([k, s]) => [k, valueFor(k, s)])), { requiredKeys: [] });
  const extra = fc.dictionary(smallString, scalar, { maxKeys: 2 });
  return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: fc.tuple(known, extra).map(([k, e]) => ({ ...e, ...k })) });
}

// ---------------------------------------------------------------------------------------------
// WebSocket
// ---------------------------------------------------------------------------------------------

describe('property: the /ws action protocol', () => {
  let ws: WsClient | undefined;
  let counter = 0;

  const socket = async (): Promise<WsClient> => {
    if (ws && ws.socket.readyState === ws.socket.OPEN) return ws;
    ws = await connectWs(server, user.access_token);
    return ws;
  };
  afterAll(async () => {
    await ws?.close();
  });

  /** Sends one frame; resolves with the reply carrying `rid`, or with the close when the server closes. */
  async function exchange(frame: unknown, rid: string): Promise<{ reply?: any; close?: WsClose; bytes: number }> {
    const client = await socket();
    const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
    const bytes = Buffer.byteLength(text);
    const reply = client
      .nextMessage((m) => m?.request_id === rid, 10_000)
      .then(
        (m) => ({ reply: m as unknown }),
        (err: unknown) => ({ error: err }),
      );
    client.send(frame);
    const outcome = await Promise.race([reply, client.closed.then((close) => ({ close }))]);
    if ('error' in outcome) throw outcome.error as Error;
    return { ...outcome, bytes };
  }

  /** What every answer must be: documented (checked by the helpers), never INTERNAL_ERROR; a close only as documented. */
  async function judge(outcome: { reply?: any; close?: WsClose; bytes: number }): Promise<void> {
    noViolations();
    if (outcome.close) {
      expect(DOCUMENTED_CLOSE_CODES.has(outcome.close.code), `close ${JSON.stringify(outcome.close)}`).toBe(true);
      if (outcome.bytes > WS_MAX) expect(outcome.close.code).toBe(WS_CLOSE.messageTooBig.code);
      // A frame within the limit is answered, not closed on (4401: an `authenticate` with a bad ticket, documented).
      else expect(outcome.close.code, `a ${outcome.bytes}-byte frame closed the socket`).toBe(WS_CLOSE.unauthorized.code);
      return;
    }
    const r = outcome.reply;
    if (r.action === 'pong') return;
    expect(['ok', 'error']).toContain(r.status);
    if (r.status === 'error') expect(r.error.code, JSON.stringify(r.error)).not.toBe('INTERNAL_ERROR');
    if (r.status === 'error' && r.error.code === 'UNAUTHORIZED' && ws) {
      // e.g. a random call ended the session: carry on as a fresh user.
      user = await registerUser(server);
      await ws.close();
    }
  }

  const actionName = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WS_ACTIONS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'authenticate',
        'ping',
        '__proto__',
        'constructor',
        'toString',
        'tasks.',
        '.tasks',
        'TASKS.CREATE',
        'tasks.create.x',
      ),
    },
    { weight: 1, arbitrary: smallString },
  );
  const actionCall = actionName.chain((action) =>
    fc.tuple(
      fc.constant(action),
      (WS_ACTIONS as readonly string[]).includes(action)
        ? fc.oneof({ weight: 6, arbitrary: payloadFor(action as OperationName) }, { weight: 1, arbitrary: anyValue })
        : fc.option(anyValue, { nil: undefined }),
    ),
  );

  it('any action and payload gets a documented answer, never INTERNAL_ERROR', async () => {
    await fc.assert(
      fc.asyncProperty(actionCall, async ([action, payload]) => {
        const rid = `p_${++counter}`;
        await judge(await exchange(payload === undefined ? { action, request_id: rid } : { action, payload, request_id: rid }, rid));
      }),
      PARAMS,
    );
  }, 120_000);

  const rawFrame = fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.string({ unit: 'binary', maxLength: 64 }),
    anyValue.map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom(
      '{',
      '[]',
      'null',
      '"x"',
      '{"action":null}',
      '{"action":"tasks.list","request_id":123}',
      '{"action":"tasks.list","request_id":""}',
      '\u0000',
    ),
  );

  it('any frame at all gets documented answers and the socket keeps working', async () => {
    await fc.assert(
      fc.asyncProperty(rawFrame, async (frame) => {
        const client = await socket();
        const start = client.messages.length;
        client.send(frame);
        // Then a ping: its pong proves the frame was dealt with and the connection still works.
        const rid = `f_${++counter}`;
        await judge(await exchange({ action: 'ping', request_id: rid }, rid));
        for (const m of client.messages.slice(start)) if (m?.status === 'error') expect(m.error.code, JSON.stringify(m)).not.toBe('INTERNAL_ERROR');
      }),
      PARAMS,
    );
  }, 120_000);

  it('64 KB − 1 and 64 KB frames are answered; 64 KB + 1 closes with 1009', async () => {
    for (const size of [WS_MAX - 1, WS_MAX, WS_MAX + 1]) {
      const rid = `s_${size}`;
      const frame = { action: 'projects.create', payload: { name: '' }, request_id: rid };
      frame.payload.name = 'x'.repeat(size - Buffer.byteLength(JSON.stringify(frame)));
      const outcome = await exchange(frame, rid);
      expect(outcome.bytes).toBe(size);
      if (size > WS_MAX) expect(outcome.close?.code).toBe(WS_CLOSE.messageTooBig.code);
      else expect(outcome.reply).toMatchObject({ status: 'error', error: { code: 'VALIDATION_ERROR', details: { field: 'name' } } });
      noViolations();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// REST
// ---------------------------------------------------------------------------------------------

/** A path segment for any string: percent-encoded UTF-8, an unpaired surrogate as the bytes it would have in WTF-8. */
function segment(s: string): string {
  return s
    .split(/([\ud800-\udfff])/u)
    .map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

const queryValue = fc.oneof(smallString, advNumber.map(String), numberish);
/** The route's query parameters (any subset), each a value for its schema as query-string text. */
const queryFor = (route: RestRoute): fc.Arbitrary<Record<string, string>> => {
  const props = inputSchemas[route.operation].properties as Record<string, Schema>;
  const asText = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
  const fields: Record<string, fc.Arbitrary<string>> = Object.fromEntries(route.queryParams.map((q) => [q, valueFor(q, props[q] ?? {}).map(asText)]));
  return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
};
/** The input fields a route takes in its body (the others are its path and query parameters). */
const bodyFields = (route: RestRoute): string[] =>
  Object.keys(inputSchemas[route.operation].properties).filter((f) => !route.pathParams.includes(f) && !route.queryParams.includes(f));

const restCall = fc.constantFrom(...restRoutes).chain((route: RestRoute) =>
  fc.record({
    route: fc.constant(route),
    method: fc.oneof(
      { weight: 8, arbitrary: fc.constant(route.method as string) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'OPTIONS') },
    ),
    // Over-long URLs (431 before any routing) are covered by test/http/methods.test.ts.
    path: fc.tuple(...route.pathParams.map(() => fc.oneof(fc.constantFrom(...realIds), smallString))),
    // Mostly the route's own parameters (an unknown one stops the call at validation, before anything deeper).
    query: fc.oneof({ weight: 4, arbitrary: queryFor(route) }, { weight: 1, arbitrary: fc.dictionary(smallString, queryValue, { maxKeys: 2 }) }),
    body: fc.option(
      fc.oneof(
        { weight: 5, arbitrary: payloadFor(route.operation, bodyFields(route)) },
        { weight: 1, arbitrary: anyValue },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '{"name":"a\\u0000b"}',
            '{"name":"\\ud800"}',
            '{"title":"\\udfff","project_id":"\\u0000"}',
            '{',
            'null',
            '[]',
            '"x"',
            '1e999',
            '{"per_page":1e999}',
            '{"__proto__":{"admin":true}}',
            '{"constructor":{"prototype":{"x":1}}}',
          ),
        },
      ),
      { nil: undefined, freq: route.hasBody ? 8 : 2 },
    ),
    anonymous: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  }),
);

describe('property: REST inputs', () => {
  it('any method, path id, query and body gets the documented envelope, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(restCall, async ({ route, method, path, query, body, anonymous }) => {
        let i = 0;
        const url =
          route.koaPath.replace(/:([a-z_]+)/g, () => segment(path[i++]!)) +
          (Object.keys(query).length
            ? `?${Object.entries(query)
                .map(([k, v]) => `${segment(k)}=${segment(v)}`)
                .join('&')}`
            : '');
        // fetch sends no body with GET (and the server reads none).
        const sent = method === 'GET' ? undefined : body;
        const res: ApiResponse = await api(server, anonymous ? undefined : user.access_token).request(method, url, sent);
        noViolations();
        expect(res.status, `${method} ${url} → ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) expect(res.body?.error?.code).toBeTypeOf('string');
        // A random call may have ended the session (auth.logout): carry on as a fresh user.
        if (res.status === 401 && !anonymous && (await api(server, user.access_token).get('/me')).status === 401) user = await registerUser(server);
      }),
      PARAMS,
    );
  }, 120_000);

  it('afterwards the server still answers a normal request on every interface used', async () => {
    const fresh = await registerUser(server);
    const me = await api(server, fresh.access_token).get('/me');
    expect(me.status).toBe(200);
    const ws = await connectWs(server, fresh.access_token);
    try {
      expect((await ws.request('projects.list', {})).status).toBe('ok');
    } finally {
      await ws.close();
    }
  });
});
