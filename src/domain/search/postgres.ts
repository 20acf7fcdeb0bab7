/**
 * The PostgreSQL search engine: one statement per search (a `union all` of one branch per searched kind, each
 * matching its GIN-indexed `search_vector` (migrations/014_search.sql) under its visibility condition, then one
 * ORDER BY / LIMIT, the counts over the same visible matches, and `ts_headline` for the returned hits only).
 *
 * The query: `websearch_to_tsquery` with the `trcr_search` configuration (simple + unaccent), so it never fails
 * on syntax; the last word becomes a prefix (`desig` → `'desig':*`) when it is a plain word (not quoted, not
 * excluded, ending in a letter or digit, at least 3 letters or digits long). A query with no lexeme to look for (empty after parsing, or only
 * excluded words: `querytree` is `T`) matches nothing and is answered VALIDATION_ERROR "no searchable words";
 * the branches do not scan in that case (their tsquery is null).
 *
 * Ranking: `ts_rank_cd` with the default weights {D 0.1, C 0.2, B 0.4, A 1.0}: a word in a title or name (A)
 * counts 2.5 times one in a text (B); ties by `updated_at`, newest first, then by id.
 */
import type { SearchHit, SearchResult } from '../../../generated/models.js';
import type { AnySql, postgres } from '../../platform/db.js';
import { validationError } from '../../platform/errors.js';
import { channelVisible } from '../chat/visibility.js';
import { projectVisible, taskVisible } from '../projects/visibility.js';
import type { SearchEngine, SearchHitType, SearchRequest } from './engine.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** Private-use characters `ts_headline` marks matches with; escaped HTML gets `<mark>` in their place. */
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The last quoted lexeme of a tsquery's text form (`'it''s'`), to which `:*` is appended for a prefix match. */
const LAST_LEXEME = `'(?:[^']|'')*'$`;

/** The shortest last word that also matches as a prefix. */
export const MIN_PREFIX = 3;

/** Whether the query's last word should match as a prefix: a plain word, outside quotes, not excluded. */
export function prefixesLastWord(q: string): boolean {
  const trimmed = q.trim();
  if (!/[\p{L}\p{N}]$/u.test(trimmed)) return false;
  if ((trimmed.match(/"/g)?.length ?? 0) % 2 === 1) return false;
  const last = trimmed.split(/\s+/).pop() ?? '';
  // At least 3 letters or digits: a one- or two-letter prefix would match a large share of every table.
  return !last.startsWith('-') && !last.includes('"') && last.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_PREFIX;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `ts_headline`'s output as HTML: the text escaped, the marked words in `<mark>…</mark>`. */
export function snippetHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}

interface HitRow {
  ok: boolean;
  counts: Record<string, number> | null;
  type: SearchHitType | null;
  id: string | null;
  title: string | null;
  snippet: string | null;
  rank: number | null;
  project_id: string | null;
  task_id: string | null;
  channel_id: string | null;
  client_id: string | null;
  updated_at: string | null;
}

/**
 * One branch per kind, all with the same columns: type, id, title, body (the text a snippet is cut from),
 * own_title (whether the title is the entity's own text, tried for the snippet when the body does not match),
 * the context ids, rank, updated_at. `tsq` is the query (null: nothing to search).
 */
function branch(sql: AnySql, type: SearchHitType, req: SearchRequest): Fragment {
  const { reader } = req;
  const tsq = sql`(select tsq from q where ok)`;
  const rank = (alias: string) => sql`ts_rank_cd(${sql(alias)}.search_vector, ${tsq})`;
  switch (type) {
    case 'task':
      return sql`
        select 'task'::text as type, t.id, t.title, t.description as body, true as own_title,
          t.project_id, t.id as task_id, null::text as channel_id, null::text as client_id,
          ${rank('t')} as rank, t.updated_at
        from tasks t
        where t.search_vector @@ ${tsq} and ${taskVisible(sql, 't', reader)}`;
    case 'project':
      return sql`
        select 'project'::text as type, p.id, p.name as title, p.description as body, true as own_title,
          p.id as project_id, null::text as task_id, null::text as channel_id, p.client_id,
          ${rank('p')} as rank, p.updated_at
        from projects p
        where p.search_vector @@ ${tsq} and ${projectVisible(sql, 'p', reader)}`;
    case 'client':
      // Any member reads the organization's clients (archived ones too).
      return sql`
        select 'client'::text as type, c.id, c.name as title, concat_ws(' · ', c.email, c.notes) as body, true as own_title,
          null::text as project_id, null::text as task_id, null::text as channel_id, c.id as client_id,
          ${rank('c')} as rank, c.updated_at
        from clients c
        where c.search_vector @@ ${tsq} and c.org_id = ${reader.orgId}`;
    case 'task_comment':
      return sql`
        select 'task_comment'::text as type, cm.id, t.title, cm.body, false as own_title,
          t.project_id, t.id as task_id, null::text as channel_id, null::text as client_id,
          ${rank('cm')} as rank, cm.updated_at
        from task_comments cm
        join tasks t on t.id = cm.task_id
        where cm.search_vector @@ ${tsq} and cm.org_id = ${reader.orgId} and ${taskVisible(sql, 't', reader)}`;
    case 'chat_message':
      return sql`
        select 'chat_message'::text as type, m.id, case when ch.kind = 'direct' then 'Direct message' else ch.name end as title,
          m.content as body, false as own_title, ch.project_id, null::text as task_id, ch.id as channel_id, null::text as client_id,
          ${rank('m')} as rank, m.updated_at
        from chat_messages m
        join chat_channels ch on ch.id = m.channel_id
        where m.search_vector @@ ${tsq} and m.org_id = ${reader.orgId} and ${channelVisible(sql, 'ch', reader)}`;
    case 'invoice':
      return sql`
        select 'invoice'::text as type, i.id, i.number as title, i.notes as body, true as own_title,
          null::text as project_id, null::text as task_id, null::text as channel_id, i.client_id,
          ${rank('i')} as rank, i.updated_at
        from invoices i
        where i.search_vector @@ ${tsq} and i.org_id = ${reader.orgId}`;
  }
}

/** The whole statement (exported for the benchmark, which runs the same SQL raw). */
export function searchStatement(sql: AnySql, req: SearchRequest): Fragment {
  const types = req.types.filter((t) => t !== 'invoice' || req.readsInvoices);
  const branches = types.map((t) => branch(sql, t, req));
  const union =
    branches.length === 0
      ? sql`select null::text as type, null::text as id, null::text as title, null::text as body, false as own_title,
          null::text as project_id, null::text as task_id, null::text as channel_id, null::text as client_id,
          0::real as rank, now() as updated_at where false`
      : branches.reduce((all, b) => sql`${all} union all ${b}`);
  const base = sql`websearch_to_tsquery('trcr_search', ${req.q})`;
  const query = prefixesLastWord(req.q) ? sql`nullif(regexp_replace(${base}::text, ${LAST_LEXEME}, '\\&:*'), '')::tsquery` : base;
  return sql`
    with q as materialized (
      select s.tsq, coalesce(numnode(s.tsq) > 0 and querytree(s.tsq) <> 'T', false) as ok
      from (select ${query} as tsq) s
    ),
    m as materialized (${union}),
    top as (select * from m order by rank desc, updated_at desc, id desc limit ${req.limit})
    select q.ok,
      (select json_object_agg(c.type, c.n) from (select m.type, count(*)::int as n from m group by m.type) c) as counts,
      top.type, top.id, top.title, top.project_id, top.task_id, top.channel_id, top.client_id, top.rank, top.updated_at,
      ts_headline('trcr_search',
        translate(case when top.own_title and (top.body is null or not to_tsvector('trcr_search', top.body) @@ q.tsq)
          then top.title else top.body end, ${MARK_START + MARK_END}, ''),
        q.tsq, ${HEADLINE_OPTIONS}) as snippet
    from q left join top on true
    order by top.rank desc, top.updated_at desc, top.id desc`;
}

export const postgresSearchEngine: SearchEngine = {
  async search(db: AnySql, req: SearchRequest): Promise<SearchResult> {
    const rows = (await searchStatement(db, req)) as unknown as HitRow[];
    const first = rows[0];
    if (!first?.ok) throw validationError('q has no searchable words', { field: 'q' });
    const found = first.counts ?? {};
    const counts: Record<string, number> = {};
    for (const t of req.types) counts[t] = found[t] ?? 0;
    const hits: SearchHit[] = rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        type: r.type!,
        id: r.id!,
        title: r.title ?? '',
        snippet: snippetHtml(r.snippet ?? ''),
        rank: Number(r.rank),
        project_id: r.project_id,
        task_id: r.task_id,
        channel_id: r.channel_id,
        client_id: r.client_id,
        updated_at: r.updated_at!,
      }));
    return { hits, total: Object.values(counts).reduce((a, b) => a + b, 0), counts };
  },
};
