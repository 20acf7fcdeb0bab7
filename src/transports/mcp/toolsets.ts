/**
 * Which tools one MCP connection is served, from the generated toolsets (`mcpToolsets`: one per area).
 *
 * - `X-MCP-Toolsets: tasks,time_entries` or `/mcp?toolsets=tasks,time_entries`: only those areas' tools (the header
 *   wins when both are given). `all` (the default) is every toolset.
 * - `X-MCP-Readonly: true` or `?readonly=1`: only the reading tools (REST GET, `readOnlyHint`); writes are refused.
 * - `dynamic` (alone or with toolsets to start with): discovery mode. The connection starts with `list_toolsets`,
 *   `describe_toolset` and `enable_toolset` (plus the named toolsets); `enable_toolset` adds an area's tools for the
 *   rest of the MCP session. The session is the `Mcp-Session-Id` the server issues at `initialize`; its enabled
 *   toolsets live in Redis when configured (every instance reads them), else in this process, for 24 hours.
 *
 * Unknown toolset names or a readonly value that is not a boolean are a VALIDATION_ERROR the client sees at
 * `initialize` (and on every later request).
 */
import { mcpTools, mcpToolsets, type McpToolDefinition } from '../../../generated/mcp-tools.js';
import { AppError } from '../../platform/errors.js';
import type { Redis } from '../../platform/redis.js';

export const TOOLSET_NAMES: readonly string[] = mcpToolsets.map((t) => t.name);
const ALL = 'all';
const DYNAMIC = 'dynamic';

/** What a connection asked for. */
export interface ToolSelection {
  /** The toolsets served from the start (every one for `all`). */
  toolsets: ReadonlySet<string>;
  readonly: boolean;
  dynamic: boolean;
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off', '']);

/** The selection from the `X-MCP-Toolsets` / `X-MCP-Readonly` headers and the `toolsets` / `readonly` query parameters. */
export function readSelection(
  headers: { toolsets?: string; readonly?: string },
  query: { toolsets?: string | string[]; readonly?: string | string[] },
): ToolSelection {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
  const rawToolsets = headers.toolsets ?? one(query.toolsets);
  const rawReadonly = (headers.readonly ?? one(query.readonly))?.trim().toLowerCase();

  let readonly = false;
  if (rawReadonly !== undefined) {
    if (TRUE.has(rawReadonly)) readonly = true;
    else if (!FALSE.has(rawReadonly)) {
      throw new AppError('VALIDATION_ERROR', `X-MCP-Readonly / readonly must be true or false (got "${rawReadonly}")`, { field: 'readonly' });
    }
  }

  const names = (rawToolsets ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => n !== ALL && n !== DYNAMIC && !TOOLSET_NAMES.includes(n));
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION_ERROR',
      `Unknown MCP toolset${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Valid toolsets: ${[ALL, DYNAMIC, ...TOOLSET_NAMES].join(', ')}`,
      { field: 'toolsets', unknown, valid: [ALL, DYNAMIC, ...TOOLSET_NAMES] },
    );
  }
  const dynamic = names.includes(DYNAMIC);
  const named = names.filter((n) => n !== DYNAMIC);
  const toolsets = named.includes(ALL) || (!dynamic && named.length === 0) ? new Set(TOOLSET_NAMES) : new Set(named);
  return { toolsets, readonly, dynamic };
}

/** The catalogue tools served for these toolsets, in catalogue order. */
export function toolsFor(toolsets: ReadonlySet<string>, readonly: boolean): McpToolDefinition[] {
  return mcpTools.filter((t) => toolsets.has(t.toolset) && (!readonly || t.annotations.readOnlyHint));
}

/** The toolset list as `list_toolsets` answers it. */
export function describeToolsets(enabled: ReadonlySet<string>, readonly: boolean) {
  return mcpToolsets.map((t) => ({
    name: t.name,
    description: t.description,
    tools: (readonly ? t.readOnlyTools : t.tools).length,
    enabled: enabled.has(t.name),
  }));
}

/** The enabled toolsets of dynamic MCP sessions, shared by every instance through Redis when configured. */
export interface SessionStore {
  /** Starts a session with its initial toolsets. */
  create(userId: string, sessionId: string, toolsets: Iterable<string>): Promise<void>;
  /** The session's enabled toolsets, or null when it does not exist (never created, expired, another user's). */
  get(userId: string, sessionId: string): Promise<Set<string> | null>;
  /** Adds a toolset to an existing session (and renews its lifetime). */
  enable(userId: string, sessionId: string, toolset: string): Promise<void>;
}

export const SESSION_TTL_SECONDS = 24 * 3600;
/** A set member that marks the key as a live session even while no toolset is enabled. */
const MARKER = '*';

export function createSessionStore(redis: Redis | null): SessionStore {
  return redis ? redisStore(redis) : memoryStore();
}

function redisStore(redis: Redis): SessionStore {
  const key = (userId: string, sessionId: string) => `trcr:mcp:session:${userId}:${sessionId}`;
  return {
    async create(userId, sessionId, toolsets) {
      const k = key(userId, sessionId);
      await redis
        .multi()
        .sadd(k, MARKER, ...toolsets)
        .expire(k, SESSION_TTL_SECONDS)
        .exec();
    },
    async get(userId, sessionId) {
      const members = await redis.smembers(key(userId, sessionId));
      if (!members.includes(MARKER)) return null;
      return new Set(members.filter((m) => m !== MARKER));
    },
    async enable(userId, sessionId, toolset) {
      const k = key(userId, sessionId);
      await redis.multi().sadd(k, toolset).expire(k, SESSION_TTL_SECONDS).exec();
    },
  };
}

function memoryStore(): SessionStore {
  const sessions = new Map<string, { toolsets: Set<string>; expires: number }>();
  const key = (userId: string, sessionId: string) => `${userId}:${sessionId}`;
  const live = (k: string) => {
    const s = sessions.get(k);
    if (s && s.expires < Date.now()) sessions.delete(k);
    return sessions.get(k);
  };
  const sweep = () => {
    const now = Date.now();
    for (const [k, s] of sessions) if (s.expires < now) sessions.delete(k);
  };
  return {
    create(userId, sessionId, toolsets) {
      if (sessions.size > 10_000) sweep();
      sessions.set(key(userId, sessionId), { toolsets: new Set(toolsets), expires: Date.now() + SESSION_TTL_SECONDS * 1000 });
      return Promise.resolve();
    },
    get(userId, sessionId) {
      const s = live(key(userId, sessionId));
      return Promise.resolve(s ? new Set(s.toolsets) : null);
    },
    enable(userId, sessionId, toolset) {
      const s = live(key(userId, sessionId));
      if (s) {
        s.toolsets.add(toolset);
        s.expires = Date.now() + SESSION_TTL_SECONDS * 1000;
      }
      return Promise.resolve();
    },
  };
}

/** The toolsets as a Markdown table (README, between `<!-- mcp-toolsets -->` markers; test/mcp/readme.test.ts checks it). */
export function toolsetsMarkdown(): string {
  const rows = mcpToolsets.map((t) => `| \`${t.name}\` | ${t.tools.length} | ${t.readOnlyTools.length} | ${t.description.replace(/\|/g, '\\|')} |`);
  return [
    '| toolset | tools | read-only | what it covers |',
    '| --- | --- | --- | --- |',
    ...rows,
    `| \`all\` (default) | ${mcpTools.length} | ${mcpTools.filter((t) => t.annotations.readOnlyHint).length} | every toolset |`,
  ].join('\n');
}

/** The number of tools a connection with these headers starts with (the discovery tools included). */
export function toolCount(headers: { toolsets?: string; readonly?: string }): number {
  const selection = readSelection(headers, {});
  return (selection.dynamic ? DISCOVERY_TOOL_COUNT : 0) + toolsFor(selection.toolsets, selection.readonly).length;
}
/** list_toolsets, describe_toolset, enable_toolset. */
export const DISCOVERY_TOOL_COUNT = 3;

/** Client configurations under 40 tools, shown at /docs/mcp with the count each loads (the README shows the same). */
export const CLIENT_EXAMPLES = [
  { client: 'Claude Code', where: 'claude mcp add', headers: { toolsets: 'projects,tasks,task_comments,task_checklists,time_entries' } },
  { client: 'OpenAI Codex', where: '~/.codex/config.toml', headers: { toolsets: 'time_entries,reports,clients,invoices' } },
  { client: 'Cursor', where: '.cursor/mcp.json', headers: { toolsets: 'dynamic', readonly: 'true' } },
] as const;
