/**
 * MCP over Streamable HTTP at /mcp (POST; GET/DELETE answer as a stateless server does), with the
 * v2 SDK: `createMcpHandler` builds a fresh low-level `Server` per request from a factory, and
 * `toNodeHandler` adapts it to Node's req/res.
 *
 * One tool per entry of the generated `mcpTools` (name = operation with `_`, the operation's input
 * schema, its output schema (the REST success body, or `{error}`), annotations). A connection is served the
 * toolsets it asks for (`X-MCP-Toolsets` / `?toolsets=`, read-only with `X-MCP-Readonly` / `?readonly=1`, or
 * discovery with `dynamic`: see toolsets.ts); a call to a tool outside them is refused (-32602, `data.code`
 * FORBIDDEN), and a bad selection is refused before the SDK sees the request, `initialize` included. A call runs `execute(tool.operation, ctx, args)`: the very call REST makes,
 * so validation, permissions and published events are identical. The tool list is built once at
 * import; the SDK does no schema check of its own here (the low-level server has none), so invalid
 * arguments come back as our VALIDATION_ERROR with its field details.
 *
 * In front of the SDK (which checks neither): a Bearer token is required (PAT or JWT; else 401 with
 * `WWW-Authenticate: Bearer`), and an `Origin` header, when present, must be in
 * `config.mcpAllowedOrigins` (else 403), as the MCP spec requires against DNS rebinding.
 *
 * The per-user API limit counts every JSON-RPC message: a batch of N messages costs N calls. The
 * body is read here (the SDK gets it parsed) so the batch is charged before anything runs; when the
 * window has room for only some of them, the first ones run and each `tools/call` or `tools/list`
 * beyond answers a JSON-RPC error (-32000, `data.code` RATE_LIMIT_EXCEEDED) without running (the
 * SDK's own `initialize`/`ping` are counted but answered: they change nothing); with no room at all
 * the whole request answers 429.
 */
import type { IncomingMessage } from 'node:http';
import { createMcpHandler, ProtocolError, ProtocolErrorCode, Server, type CallToolResult, type Tool } from '@modelcontextprotocol/server';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { randomUUID } from 'node:crypto';
import { mcpTools, mcpToolsets, type McpToolDefinition } from '../../../generated/mcp-tools.js';
import type { OpContext } from '../../domain/context.js';
import { execute } from '../../domain/execute.js';
import { originAllowed } from '../../platform/config.js';
import { AppError, errorToAnswer, unauthorized } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';
import { MAX_BODY_BYTES, readBodyText } from '../http/body.js';
import { chargeCalls, type ApiMiddleware } from '../http/middleware.js';
import { opContextOf, type ApiContext } from '../http/state.js';
import { createSessionStore, describeToolsets, readSelection, TOOLSET_NAMES, toolsFor, type SessionStore, type ToolSelection } from './toolsets.js';

const SERVER_INFO = { name: 'trcr', version: '1.0.0' };

/** A catalogue tool as `tools/list` lists it: computed once. */
const TOOL_ENTRIES = new Map<string, Tool>(
  mcpTools.map((t) => [
    t.name,
    {
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema as Tool['inputSchema'],
      outputSchema: t.outputSchema,
      annotations: t.annotations,
    },
  ]),
);
const TOOLS_BY_NAME = new Map<string, McpToolDefinition>(mcpTools.map((t) => [t.name, t]));

/** The error body's schema (a branch of every generated output schema), reused by the discovery tools. */
const ERROR_BODY = (mcpTools[0].outputSchema.anyOf as readonly unknown[])[1] as Record<string, unknown>;
const TOOLSET_ARG = {
  type: 'object',
  additionalProperties: false,
  properties: { toolset: { type: 'string', enum: [...TOOLSET_NAMES], description: 'The toolset (an area) by name, as list_toolsets answers it.' } },
  required: ['toolset'],
} as const;
const outputOf = (data: Record<string, unknown>): Tool['outputSchema'] => ({
  type: 'object',
  anyOf: [{ type: 'object', required: ['data'], properties: { data } }, ERROR_BODY],
});
const readHints = (title: string) => ({ title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });

/** The discovery tools of `dynamic` connections. */
const DISCOVERY_TOOLS: Tool[] = [
  {
    name: 'list_toolsets',
    title: 'List the toolsets',
    description:
      'List the toolsets (one per area of the API) with their tool counts and whether each is enabled on this session. Enable one with enable_toolset to get its tools.',
    inputSchema: { type: 'object', additionalProperties: false, properties: {} },
    outputSchema: outputOf({
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'description', 'tools', 'enabled'],
        properties: { name: { type: 'string' }, description: { type: 'string' }, tools: { type: 'integer' }, enabled: { type: 'boolean' } },
      },
    }),
    annotations: readHints('List the toolsets'),
  },
  {
    name: 'describe_toolset',
    title: 'Describe a toolset',
    description: "List a toolset's tools (name, title, whether it only reads) without enabling it.",
    inputSchema: TOOLSET_ARG as unknown as Tool['inputSchema'],
    outputSchema: outputOf({
      type: 'object',
      required: ['name', 'description', 'enabled', 'tools'],
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        enabled: { type: 'boolean' },
        tools: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'title', 'read_only'],
            properties: { name: { type: 'string' }, title: { type: 'string' }, read_only: { type: 'boolean' } },
          },
        },
      },
    }),
    annotations: readHints('Describe a toolset'),
  },
  {
    name: 'enable_toolset',
    title: 'Enable a toolset',
    description:
      "Add a toolset's tools to this MCP session (for the rest of the session). The server then announces notifications/tools/list_changed: list the tools again to see them.",
    inputSchema: TOOLSET_ARG as unknown as Tool['inputSchema'],
    outputSchema: outputOf({
      type: 'object',
      required: ['toolset', 'added_tools', 'enabled_toolsets'],
      properties: {
        toolset: { type: 'string' },
        added_tools: { type: 'array', items: { type: 'string' } },
        enabled_toolsets: { type: 'array', items: { type: 'string' } },
      },
    }),
    // It changes what this session lists, never any data.
    annotations: readHints('Enable a toolset'),
  },
];
const DISCOVERY_NAMES = new Set(DISCOVERY_TOOLS.map((t) => t.name));

/** JSON-RPC error code for transport-level failures (auth, origin, rate limit): implementation-defined range. */
const JSONRPC_SERVER_ERROR = -32000;

/** The MCP transport's error shape for failures outside a tool call: a JSON-RPC error body with our error as `data`. */
export function renderMcpError(ctx: ApiContext, err: AppError): void {
  ctx.status = err.status;
  ctx.body = {
    jsonrpc: '2.0',
    id: null,
    error: {
      code: err.code === 'INTERNAL_ERROR' ? ProtocolErrorCode.InternalError : JSONRPC_SERVER_ERROR,
      message: err.message,
      data: err.toJSON(),
    },
  };
}

/** A tool result carrying the REST body (or `{ error }`) both as JSON text and as structuredContent. */
function toolResult(body: Record<string, unknown>, isError: boolean): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(body) }],
    structuredContent: body,
    ...(isError ? { isError: true } : {}),
  };
}

/** What one connection is served: its selection, and for a dynamic session its id and enabled toolsets. */
interface Served {
  selection: ToolSelection;
  toolsets: Set<string>;
  sessionId?: string;
}

function servedTools(served: Served): Tool[] {
  const catalogue = toolsFor(served.toolsets, served.selection.readonly).map((t) => TOOL_ENTRIES.get(t.name)!);
  return served.selection.dynamic ? [...DISCOVERY_TOOLS, ...catalogue] : catalogue;
}

/** Refuses a call to a catalogue tool this connection does not serve, saying why. */
function assertServed(served: Served, tool: McpToolDefinition): void {
  const { selection } = served;
  let why: string | undefined;
  if (!served.toolsets.has(tool.toolset)) {
    why = selection.dynamic
      ? `its toolset ${tool.toolset} is not enabled on this session (call enable_toolset first)`
      : `its toolset ${tool.toolset} is not among this connection's toolsets (${[...served.toolsets].join(', ')})`;
  } else if (selection.readonly && !tool.annotations.readOnlyHint) {
    why = 'this connection is read-only (X-MCP-Readonly) and the tool writes';
  }
  if (why) {
    throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Tool ${tool.name} is not available: ${why}`, {
      code: 'FORBIDDEN',
      message: `Tool ${tool.name} is not available: ${why}`,
      details: { tool: tool.name, toolset: tool.toolset, readonly: selection.readonly },
    });
  }
}

const errorResult = (err: AppError) => toolResult({ error: err.toJSON() }, true);

/** The discovery tools: list_toolsets, describe_toolset, enable_toolset. */
async function callDiscovery(
  call: McpCall,
  name: string,
  args: Record<string, unknown> | undefined,
  notify: () => Promise<void>,
): Promise<CallToolResult> {
  const served = call.served;
  const readonly = served.selection.readonly;
  if (name === 'list_toolsets') return toolResult({ data: describeToolsets(served.toolsets, readonly) }, false);
  const toolset = typeof args?.toolset === 'string' ? args.toolset : undefined;
  const def = mcpToolsets.find((t) => t.name === toolset);
  if (!def) {
    return errorResult(
      new AppError('VALIDATION_ERROR', `Unknown toolset ${JSON.stringify(toolset ?? null)}. Valid toolsets: ${TOOLSET_NAMES.join(', ')}`, {
        field: 'toolset',
        valid: TOOLSET_NAMES,
      }),
    );
  }
  const names: readonly string[] = readonly ? def.readOnlyTools : def.tools;
  if (name === 'describe_toolset') {
    const tools = names.map((n) => {
      const t = TOOLS_BY_NAME.get(n)!;
      return { name: t.name, title: t.title, read_only: t.annotations.readOnlyHint };
    });
    return toolResult({ data: { name: def.name, description: def.description, enabled: served.toolsets.has(def.name), tools } }, false);
  }
  // enable_toolset
  if (!served.sessionId) {
    return errorResult(new AppError('CONFLICT', 'enable_toolset needs an MCP session: send the Mcp-Session-Id that initialize answered'));
  }
  const added = served.toolsets.has(def.name) ? [] : [...names];
  if (added.length > 0) {
    await call.sessions.enable(call.op.actor!.userId, served.sessionId, def.name);
    served.toolsets.add(def.name);
    // On this call's own response stream (SSE), before the result: no standing connection needed.
    await notify();
  }
  return toolResult({ data: { toolset: def.name, added_tools: added, enabled_toolsets: [...served.toolsets].sort() } }, false);
}

async function callTool(
  call: McpCall,
  name: string,
  args: Record<string, unknown> | undefined,
  notify: () => Promise<void>,
): Promise<CallToolResult> {
  const op = call.op;
  if (call.served.selection.dynamic && DISCOVERY_NAMES.has(name)) return callDiscovery(call, name, args, notify);
  const tool = TOOLS_BY_NAME.get(name);
  if (!tool) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown tool: ${name}`);
  assertServed(call.served, tool);
  try {
    const body = await execute(tool.operation, op, args ?? {});
    return toolResult(body ?? {}, false);
  } catch (thrown) {
    const err = errorToAnswer(op.svc.log, thrown, { request_id: op.requestId, tool: name });
    return toolResult({ error: err.toJSON() }, true);
  }
}

type RequestId = string | number;

/** What a request may run: its operation context, and the ids of the batch's requests beyond the rate limit. */
interface McpCall {
  op: OpContext;
  served: Served;
  sessions: SessionStore;
  refused: ReadonlySet<RequestId>;
  /** The error those requests answer. */
  refusal?: AppError;
}

/** Throws the refusal for a request of the batch beyond the rate limit. */
function admit(call: McpCall, id: RequestId): void {
  if (!call.refused.has(id) || !call.refusal) return;
  throw new ProtocolError(JSONRPC_SERVER_ERROR, call.refusal.message, call.refusal.toJSON());
}

/** A fresh server for one request, bound to that request's caller. */
function buildServer(call: McpCall): Server {
  const dynamic = call.served.selection.dynamic;
  const server = new Server(SERVER_INFO, { capabilities: { tools: dynamic ? { listChanged: true } : {} } });
  server.setRequestHandler('tools/list', (_request, ctx) => {
    admit(call, ctx.mcpReq.id);
    return { tools: servedTools(call.served) };
  });
  server.setRequestHandler('tools/call', (request, ctx) => {
    admit(call, ctx.mcpReq.id);
    const notify = () => ctx.mcpReq.notify({ method: 'notifications/tools/list_changed' });
    return callTool(call, request.params.name, request.params.arguments, notify);
  });
  return server;
}

/** The request's operation context travels to the server factory through the SDK's pass-through `authInfo`. */
type McpRequest = IncomingMessage & { auth?: { token: string; clientId: string; scopes: string[]; extra: { call: McpCall } } };

/** The body parsed, or undefined when it is not JSON (the SDK answers that: Parse error). */
function parseBody(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The ids of the requests (messages with a `method` and an `id`) among `messages`. */
function requestIds(messages: readonly unknown[]): RequestId[] {
  const ids: RequestId[] = [];
  for (const m of messages) {
    if (m === null || typeof m !== 'object') continue;
    const { id, method } = m as { id?: unknown; method?: unknown };
    if (typeof method === 'string' && (typeof id === 'string' || typeof id === 'number')) ids.push(id);
  }
  return ids;
}

/** A JSON-RPC error answer to every request of the body (or one with id null), written by Koa. */
function answerError(ctx: ApiContext, status: number, body: unknown, code: number, message: string, data?: unknown): void {
  const ids = requestIds(Array.isArray(body) ? body : [body]);
  const one = (id: RequestId | null) => ({ jsonrpc: '2.0', id, error: { code, message, ...(data !== undefined ? { data } : {}) } });
  ctx.status = status;
  ctx.body = ids.length === 0 ? one(null) : Array.isArray(body) ? ids.map(one) : one(ids[0]!);
}

function hasMethod(messages: readonly unknown[], method: string): boolean {
  return messages.some((m) => m !== null && typeof m === 'object' && (m as { method?: unknown }).method === method);
}

export function createMcpMiddleware(svc: Services): ApiMiddleware {
  const sessions = createSessionStore(svc.redis);
  const handler = createMcpHandler(
    (ctx) => {
      const call = ctx.authInfo?.extra?.call as McpCall | undefined;
      if (!call) throw new Error('MCP request without an operation context');
      return buildServer(call);
    },
    {
      maxRequestBodySize: MAX_BODY_BYTES,
      onerror: (err) => svc.log.debug({ err }, 'MCP request rejected'),
    },
  );
  const nodeHandler = toNodeHandler(handler, {
    maxRequestBodySize: MAX_BODY_BYTES,
    onerror: (err) => svc.log.error({ err }, 'MCP handler failed'),
  });

  return async (ctx) => {
    const origin = ctx.get('Origin');
    if (origin && !originAllowed(origin, svc.config.mcpAllowedOrigins)) {
      throw new AppError('FORBIDDEN', `Origin ${origin} is not allowed`);
    }
    if (ctx.state.authError) throw ctx.state.authError;
    if (!ctx.state.actor) throw unauthorized('MCP requires Authorization: Bearer <token> (a personal access token or an access token)');

    // Answer an announced oversize body with our error shape; a chunked one is cut by the SDK (413 too).
    if (Number(ctx.get('Content-Length')) > MAX_BODY_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', `The request body exceeds ${MAX_BODY_BYTES} bytes`, { limit_bytes: MAX_BODY_BYTES });
    }
    const op = opContextOf(ctx, svc, 'mcp');
    let parsed: { value: unknown } | undefined;
    if (ctx.method === 'POST') {
      parsed = parseBody(await readBodyText(ctx.req));
      if (!parsed) {
        // What the SDK answers to a body that is not JSON (it cannot read the body again).
        ctx.status = 400;
        ctx.body = { jsonrpc: '2.0', id: null, error: { code: ProtocolErrorCode.ParseError, message: 'Parse error: Invalid JSON' } };
        return;
      }
    }
    const messages = parsed ? (Array.isArray(parsed.value) ? (parsed.value as unknown[]) : [parsed.value]) : [];

    // Which tools this connection is served (a bad selection is refused here, `initialize` included).
    let selection: ToolSelection;
    try {
      selection = readSelection({ toolsets: ctx.get('X-MCP-Toolsets') || undefined, readonly: ctx.get('X-MCP-Readonly') || undefined }, ctx.query);
    } catch (thrown) {
      if (!(thrown instanceof AppError)) throw thrown;
      answerError(ctx, 400, parsed?.value, ProtocolErrorCode.InvalidParams, thrown.message, thrown.toJSON());
      return;
    }
    const served: Served = { selection, toolsets: new Set(selection.toolsets) };
    if (selection.dynamic && ctx.method === 'POST') {
      const userId = op.actor!.userId;
      if (hasMethod(messages, 'initialize')) {
        // A new discovery session: its id goes back in Mcp-Session-Id, its toolsets into the shared store.
        served.sessionId = randomUUID();
        await sessions.create(userId, served.sessionId, served.toolsets);
        ctx.res.setHeader('Mcp-Session-Id', served.sessionId);
      } else {
        const sessionId = ctx.get('Mcp-Session-Id');
        if (!sessionId) {
          answerError(
            ctx,
            400,
            parsed?.value,
            JSONRPC_SERVER_ERROR,
            'Bad Request: Mcp-Session-Id header is required (toolsets=dynamic keeps a session)',
          );
          return;
        }
        const enabled = await sessions.get(userId, sessionId);
        if (!enabled) {
          // As the Streamable HTTP transport says: 404 makes the client start a new session.
          answerError(ctx, 404, parsed?.value, -32001, 'Session not found');
          return;
        }
        served.sessionId = sessionId;
        served.toolsets = enabled;
      }
    }
    const call: McpCall = { op, served, sessions, refused: new Set() };
    if (parsed) {
      // Every message of a batch is a call: the request (already counted once) is charged for the rest.
      if (messages.length > 1) {
        const { allowed, refusal } = await chargeCalls(ctx, svc, messages.length);
        if (refusal) {
          const beyond = new Set(requestIds(messages.slice(allowed)));
          for (const id of requestIds(messages.slice(0, allowed))) beyond.delete(id);
          call.refused = beyond;
          call.refusal = refusal;
        }
      }
    }
    const req = ctx.req as McpRequest;
    req.auth = { token: 'verified', clientId: op.actor!.userId, scopes: [], extra: { call } };
    // The SDK writes the raw response itself; Koa must not touch it.
    ctx.respond = false;
    await nodeHandler(req, ctx.res, parsed?.value);
  };
}
