/**
 * MCP over Streamable HTTP at /mcp (POST; GET/DELETE answer as a stateless server does), with the
 * v2 SDK: `createMcpHandler` builds a fresh low-level `Server` per request from a factory, and
 * `toNodeHandler` adapts it to Node's req/res.
 *
 * One tool per entry of the generated `mcpTools` (name = operation with `_`, the operation's input
 * schema, annotations). A call runs `execute(tool.operation, ctx, args)`: the very call REST makes,
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
import { mcpTools, type McpToolDefinition } from '../../../generated/mcp-tools.js';
import type { OpContext } from '../../domain/context.js';
import { execute } from '../../domain/execute.js';
import { originAllowed } from '../../platform/config.js';
import { AppError, errorToAnswer, unauthorized } from '../../platform/errors.js';
import type { Services } from '../../platform/services.js';
import { MAX_BODY_BYTES, readBodyText } from '../http/body.js';
import { chargeCalls, type ApiMiddleware } from '../http/middleware.js';
import { opContextOf, type ApiContext } from '../http/state.js';

const SERVER_INFO = { name: 'trcr', version: '1.0.0' };

/** What `tools/list` answers: computed once. */
const TOOLS: Tool[] = mcpTools.map((t) => ({
  name: t.name,
  title: t.title,
  description: t.description,
  inputSchema: t.inputSchema as Tool['inputSchema'],
  annotations: t.annotations,
}));
const TOOLS_BY_NAME = new Map<string, McpToolDefinition>(mcpTools.map((t) => [t.name, t]));

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

async function callTool(op: OpContext, name: string, args: Record<string, unknown> | undefined): Promise<CallToolResult> {
  const tool = TOOLS_BY_NAME.get(name);
  if (!tool) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown tool: ${name}`);
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
  const server = new Server(SERVER_INFO, { capabilities: { tools: {} } });
  server.setRequestHandler('tools/list', (_request, ctx) => {
    admit(call, ctx.mcpReq.id);
    return { tools: TOOLS };
  });
  server.setRequestHandler('tools/call', (request, ctx) => {
    admit(call, ctx.mcpReq.id);
    return callTool(call.op, request.params.name, request.params.arguments);
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

export function createMcpMiddleware(svc: Services): ApiMiddleware {
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
    const call: McpCall = { op, refused: new Set() };
    let parsed: { value: unknown } | undefined;
    if (ctx.method === 'POST') {
      parsed = parseBody(await readBodyText(ctx.req));
      if (!parsed) {
        // What the SDK answers to a body that is not JSON (it cannot read the body again).
        ctx.status = 400;
        ctx.body = { jsonrpc: '2.0', id: null, error: { code: ProtocolErrorCode.ParseError, message: 'Parse error: Invalid JSON' } };
        return;
      }
      // Every message of a batch is a call: the request (already counted once) is charged for the rest.
      const messages = Array.isArray(parsed.value) ? (parsed.value as unknown[]) : [];
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
