/**
 * The search engine behind the `search` operation, as a small interface so that a deployment can put another
 * engine behind the same operation without touching the transports, the specs or the answer.
 *
 * The default is PostgreSQL full-text search (`postgresSearchEngine`, ./postgres.ts): generated `tsvector`
 * columns with GIN indexes (migrations/014_search.sql), queried in one statement that applies the visibility
 * rules. Nothing has to be kept in sync: the vectors are columns of the rows themselves.
 *
 * An external engine (e.g. Meilisearch) would:
 * - index the six entity types from the `EntityChanged` events (entity_type `task`, `project`, `client`,
 *   `task_comment`, `chat_message`, `invoice`; action `created` / `updated` upserts `data.entity`, `deleted`
 *   removes it), read from the `events` outbox table in sequence order (`seq`), so that a restarted indexer
 *   resumes where it stopped, with an initial backfill from the tables;
 * - store with each document what the visibility rules need: `org_id`, the project id (tasks, comments:
 *   through their task), the channel id (chat messages), and filter at query time by the reader's
 *   organization, the members-only projects they are not in (`hiddenProjects`, projects/visibility.ts), the
 *   channels they are a member of (`chat_channel_members`) and the invoice permission (invoices/readers.ts);
 *   membership changes are events too (`project_member`, chat channel members), so the filter is computed per
 *   query from PostgreSQL, not stored in the engine's documents;
 * - answer the same `SearchResult` (hits ranked, HTML snippets with `<mark>`, counts over visible rows only).
 * Plug it in with `setSearchEngine()` at start-up.
 */
import type { SearchHit, SearchResult } from '../../../generated/models.js';
import type { AnySql } from '../../platform/db.js';
import type { Reader } from '../projects/visibility.js';
import { postgresSearchEngine } from './postgres.js';

export type SearchHitType = SearchHit['type'];

/** Every kind of entity the operation searches, in the order the spec lists them. */
export const SEARCH_TYPES = ['task', 'project', 'client', 'task_comment', 'chat_message', 'invoice'] as const satisfies readonly SearchHitType[];

/** One search, validated: what `SearchEngine.search` receives. */
export interface SearchRequest {
  /** The raw query (1..200 characters, not blank): web search syntax. */
  q: string;
  /** The kinds to search (non-empty, no duplicates). */
  types: readonly SearchHitType[];
  /** 1..50. */
  limit: number;
  /** Who searches: their organization, their id, whether they see every project. */
  reader: Reader;
  /** Whether they may read invoices (`manage_invoices` or `view_reports`); without it no invoice is searched. */
  readsInvoices: boolean;
}

export interface SearchEngine {
  /**
   * The best `limit` hits and the counts per searched kind, over what the reader may see only. Throws the
   * documented VALIDATION_ERROR (field `q`) for a query without a searchable word.
   */
  search(db: AnySql, request: SearchRequest): Promise<SearchResult>;
}

let engine: SearchEngine = postgresSearchEngine;

/** The engine in use. */
export const searchEngine = (): SearchEngine => engine;

/** Replaces the engine (a deployment's start-up, or a test); returns the previous one. */
export function setSearchEngine(next: SearchEngine): SearchEngine {
  const previous = engine;
  engine = next;
  return previous;
}
