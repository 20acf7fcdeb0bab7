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
import { MAX_BODY_BYTES } from '../http/body.js';
import type { ApiMiddleware } from '../http/middleware.js';
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

/** A fresh server for one request, bound to that request's caller. */
function buildServer(op: OpContext): Server {
  const server = new Server(SERVER_INFO, { capabilities: { tools: {} } });
  server.setRequestHandler('tools/list', () => ({ tools: TOOLS }));
  server.setRequestHandler('tools/call', (request) => callTool(op, request.params.name, request.params.arguments));
  return server;
}

/** The request's operation context travels to the server factory through the SDK's pass-through `authInfo`. */
type McpRequest = IncomingMessage & { auth?: { token: string; clientId: string; scopes: string[]; extra: { op: OpContext } } };

export function createMcpMiddleware(svc: Services): ApiMiddleware {
  const handler = createMcpHandler(
    (ctx) => {
      const op = ctx.authInfo?.extra?.op as OpContext | undefined;
      if (!op) throw new Error('MCP request without an operation context');
      return buildServer(op);
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
    const req = ctx.req as McpRequest;
    req.auth = { token: 'verified', clientId: op.actor!.userId, scopes: [], extra: { op } };
    // The SDK writes the raw response itself; Koa must not touch it.
    ctx.respond = false;
    await nodeHandler(req, ctx.res);
  };
}
