/**
 * Same answer everywhere: every read operation (GET) of the catalogue, with each input of its case,
 * answers over WS, MCP and GraphQL exactly what REST answers (`data`, and `pagination` for lists),
 * for the team owner, for the viewer (who sees less), and for the owner calling with a personal
 * access token bound to the team (REST, MCP and GraphQL only: a PAT cannot open a WS session; it
 * sees only its organization, so some answers are errors, which must then agree too).
 * GraphQL selects every field REST returns (from the schema's types), so the comparison is whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import { OPERATION_NAMES, operationMeta, type OperationName } from '../../generated/operations.js';
import { connectMcp } from '../support/mcp.js';
import { cases, seedReadData, type ReadData } from './cases/index.js';
import { callOp, transportsOf, type Caller, type Transport } from './transports.js';
import { created, startWorld, type Person, type World } from './world.js';

let w: World;
let data: ReadData;
let patCaller: Caller;

beforeAll(async () => {
  w = await startWorld();
  data = await seedReadData(w);
  const pat = (await created(w.owner, '/personal-access-tokens', { name: 'Reader', org_id: w.orgId })).token as string;
  let mcp: Promise<Client> | undefined;
  patCaller = {
    id: w.owner.id,
    token: pat,
    ws: () => Promise.reject(new Error('a PAT cannot open a WS session')),
    mcp() {
      mcp ??= connectMcp(w.server, pat).then((client) => (w.defer(() => client.close()), client));
      return mcp;
    },
  };
  // The PAT's last_used_at is written on first use (then at most once a minute): before any read compares it.
  await callOp(w.server, 'rest', 'users.me', patCaller, {});
});
afterAll(async () => {
  await w?.close();
});

const reads = (OPERATION_NAMES as readonly OperationName[]).filter((op) => operationMeta[op].method === 'GET');

interface Reader {
  /** Whose view the inputs are built for. */
  person: () => Person;
  caller: () => Caller;
  transports: (op: OperationName) => Transport[];
  /** Every read of the case succeeds for this reader. */
  allowed: boolean;
}

const readers: [string, Reader][] = [
  ['the team owner', { person: () => w.owner, caller: () => w.owner, transports: transportsOf, allowed: true }],
  ['the team viewer', { person: () => w.viewer, caller: () => w.viewer, transports: transportsOf, allowed: true }],
  [
    "the owner's personal access token",
    { person: () => w.owner, caller: () => patCaller, transports: (op) => transportsOf(op).filter((t) => t !== 'ws'), allowed: false },
  ],
];

describe.each(readers)('reads as %s', (_who, reader) => {
  it.each(reads)('%s answers the same over every transport', async (op) => {
    const inputs = cases[op].reads!(w, reader.person(), data);
    await Promise.all(
      Object.entries(inputs).map(async ([label, input]) => {
        const rest = await callOp(w.server, 'rest', op, reader.caller(), input);
        if (reader.allowed) expect(rest, `${op} ${label} over REST`).toMatchObject({ ok: true });
        if (rest.ok && operationMeta[op].list) expect(rest.body.pagination, `${op} ${label}: pagination`).toBeDefined();
        const others = reader.transports(op).filter((t) => t !== 'rest');
        const answers = await Promise.all(others.map((t) => callOp(w.server, t, op, reader.caller(), input, rest.ok ? rest.body : undefined)));
        others.forEach((t, i) => {
          const answer = answers[i]!;
          // The REST status is REST's own; the error itself must be the same.
          const comparable = rest.ok ? rest : { ...rest, status: undefined };
          expect({ transport: t, input: label, answer }).toEqual({ transport: t, input: label, answer: comparable });
        });
      }),
    );
  });
});
