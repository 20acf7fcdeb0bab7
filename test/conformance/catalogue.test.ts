/**
 * The catalogue and the conformance table agree: every operation has a case of the right kind, in
 * the file of its area (cases/<area>.ts), and every generated transport table (REST routes, WS actions, MCP tools, GraphQL bindings) carries
 * exactly the operations that list that transport. No server needed.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphqlBindings } from '../../generated/graphql/bindings.js';
import { mcpTools } from '../../generated/mcp-tools.js';
import { OPERATION_NAMES, operationMeta, type OperationName } from '../../generated/operations.js';
import { restRoutes } from '../../generated/rest-routes.js';
import { WS_ACTIONS } from '../../generated/ws-actions.js';
import { areaOf, cases, casesByArea, type Area, type OpCase } from './cases/index.js';
import { getNamedType, isInputObjectType, isNonNullType } from '../../src/transports/graphql/graphql.js';
import { graphqlArgOf, graphqlFieldOf, inputPropertiesOf, pathParamsOf, requiredFields, schema } from './transports.js';

const ops = OPERATION_NAMES as readonly OperationName[];

/** The input keys of an operation, from its MCP tool's schema (undefined for public operations: no tool). */
function inputKeysOf(op: OperationName): string[] | undefined {
  return mcpTools.some((t) => t.operation === op)
    ? inputPropertiesOf(op)
        .map(([k]) => k)
        .sort()
    : undefined;
}

/**
 * What a GraphQL root field takes, as operation input keys: the fields of its `input` type
 * (mutations), else its arguments mapped back to input keys; and which of them are non-null.
 */
function graphqlInputOf(op: OperationName): { keys: string[]; required: string[] } {
  const { root, name } = graphqlFieldOf(op)!;
  const field = (root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!).getFields()[name]!;
  const input = field.args.find((a) => a.name === 'input');
  const inputType = input && getNamedType(input.type);
  const keyOfArg = (arg: string): string => inputKeysOf(op)?.find((k) => graphqlArgOf(op, k) === arg) ?? `(argument ${arg})`;
  const entries: [string, boolean][] =
    root === 'Mutation' && inputType && isInputObjectType(inputType)
      ? Object.values(inputType.getFields()).map((f) => [f.name, isNonNullType(f.type)])
      : field.args.map((a) => [keyOfArg(a.name), isNonNullType(a.type)]);
  return {
    keys: entries.map(([k]) => k).sort(),
    required: entries
      .filter(([, r]) => r)
      .map(([k]) => k)
      .sort(),
  };
}
const listing = (t: 'ws' | 'mcp' | 'graphql'): string[] => ops.filter((op) => (operationMeta[op].transports as readonly string[]).includes(t)).sort();

describe('the conformance table covers the catalogue', () => {
  it('has exactly one case per operation', () => {
    expect(Object.keys(cases).sort()).toEqual([...ops].sort());
    expect(Object.keys(operationMeta).sort()).toEqual([...ops].sort());
  });

  it.each(ops)('%s: the case fits what the operation is', (op) => {
    const meta = operationMeta[op];
    const c = cases[op];
    if (meta.method === 'GET') {
      expect(c.reads, 'a read needs `reads`').toBeTypeOf('function');
      expect(c.write, 'a read has no `write`').toBeUndefined();
    } else {
      expect(c.write, 'a write needs `write`').toBeDefined();
      expect(c.reads, 'a write has no `reads`').toBeUndefined();
    }
    // An operation naming an entity by id must be checked against another organization's id.
    if (pathParamsOf(op).length > 0) expect(c.foreign, 'an operation taking an id needs `foreign`').toBeTypeOf('function');
    // An operation needing a permission must be checked with a member who lacks it.
    if (meta.permission !== null) expect(c.forbidden, `needs \`forbidden\` (${meta.permission})`).toBeTypeOf('function');
    if (meta.auth === 'none') expect(c.forbidden).toBeUndefined();
  });
});

describe('each case sits in the file of its area', () => {
  const areas = Object.keys(casesByArea) as Area[];

  it('cases/ holds one file per area of casesByArea, besides index.ts and shared.ts', () => {
    const files = readdirSync(new URL('./cases/', import.meta.url)).filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual([...areas.map((a) => `${a}.ts`), 'index.ts', 'shared.ts'].sort());
  });

  it.each(areas)('cases/%s.ts exports the cases of its area, and only those', async (area) => {
    const file = (await import(`./cases/${area}.ts`)) as Record<string, unknown>;
    // Its one export is the entry of casesByArea under its name.
    expect(Object.keys(file)).toHaveLength(1);
    expect(Object.values(file)[0]).toBe(casesByArea[area]);
    const ops = Object.keys(casesByArea[area]) as OperationName[];
    expect(ops.length, 'an area file with no case').toBeGreaterThan(0);
    for (const op of ops) expect(`${op} is in ${area}.ts`).toBe(`${op} is in ${areaOf(op)}.ts`);
  });

  it('the table is the areas together, each operation in exactly one area', () => {
    const entries = areas.flatMap((a) => Object.entries(casesByArea[a]) as [OperationName, OpCase][]);
    expect(entries.map(([op]) => op).sort()).toEqual(Object.keys(cases).sort());
    for (const [op, c] of entries) expect(cases[op], op).toBe(c);
  });
});

describe('the generated transport tables agree with operationMeta', () => {
  it('REST: one route per operation, with its method and path', () => {
    expect(restRoutes.map((r) => r.operation).sort()).toEqual([...ops].sort());
    for (const r of restRoutes) {
      expect({ op: r.operation, method: r.method, path: r.path, status: r.status }).toEqual({
        op: r.operation,
        method: operationMeta[r.operation].method,
        path: operationMeta[r.operation].path,
        status: operationMeta[r.operation].status,
      });
      expect(r.pathParams).toEqual(pathParamsOf(r.operation));
    }
  });

  it('WS: the actions are the operations listing ws', () => {
    expect([...WS_ACTIONS].sort()).toEqual(listing('ws'));
  });

  it('MCP: the tools are the operations listing mcp, named with `_`, with the operation input schema', () => {
    expect(mcpTools.map((t) => t.operation).sort()).toEqual(listing('mcp'));
    for (const tool of mcpTools) {
      expect(tool.name).toBe(tool.operation.replace(/\./g, '_'));
      // The schema's required fields are the ones the operation's validator requires.
      expect([...((tool.inputSchema as { required?: readonly string[] }).required ?? [])].sort()).toEqual(requiredFields(tool.operation).sort());
    }
  });

  it('GraphQL: the bound root fields are the operations listing graphql, each bound once, each in the SDL', () => {
    const bound = [...Object.values(graphqlBindings.Query), ...Object.values(graphqlBindings.Mutation)] as string[];
    expect([...bound].sort()).toEqual(listing('graphql'));
    expect(new Set(bound).size).toBe(bound.length);
    for (const op of listing('graphql') as OperationName[]) {
      const { root, name } = graphqlFieldOf(op)!;
      // Reads are queries, writes are mutations.
      expect(`${op}: ${root}`).toBe(`${op}: ${operationMeta[op].method === 'GET' ? 'Query' : 'Mutation'}`);
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      expect(type.getFields()[name], `${root}.${name}`).toBeDefined();
    }
  });

  it.each(listing('graphql') as OperationName[])('GraphQL: %s takes exactly the operation input, non-null where required', (op) => {
    const { keys, required } = graphqlInputOf(op);
    const expected = inputKeysOf(op);
    if (expected) expect(keys).toEqual(expected);
    // A nullable GraphQL argument for a required field is fine (the domain names it); the reverse is not.
    for (const key of required) expect(requiredFields(op), `${key} is non-null in GraphQL`).toContain(key);
  });
});
