/**
 * search: full-text search across the organization's tasks, projects, clients, task comments, chat messages and
 * invoices, through the engine in use (engine.ts; PostgreSQL by default, postgres.ts). Any member may search;
 * what they may not see is never hit nor counted. Input checks the schema cannot express: a blank `q`
 * (VALIDATION_ERROR naming `q`); the engine refuses a query without a searchable word the same way.
 */
import type { AreaHandlers } from '../../../generated/operations.js';
import { validationError } from '../../platform/errors.js';
import type { Contexts } from '../context.js';
import { INVOICE_READERS } from '../invoices/readers.js';
import { readerOf } from '../projects/visibility.js';
import { SEARCH_TYPES, searchEngine, type SearchHitType } from './engine.js';

/** The default number of hits (the spec's `SearchLimit` default). */
export const DEFAULT_LIMIT = 20;

/** `type` as a list: the named kinds without duplicates, in the spec's order; all of them when absent. */
export function parseTypes(type: string | undefined): SearchHitType[] {
  if (type === undefined) return [...SEARCH_TYPES];
  const asked = new Set(type.split(','));
  return SEARCH_TYPES.filter((t) => asked.has(t));
}

export const searchOperations = {
  search: async ({ svc, access }, input) => {
    if (input.q.trim() === '') throw validationError('q must contain a word to search for', { field: 'q' });
    const data = await searchEngine().search(svc.db, {
      q: input.q,
      types: parseTypes(input.type),
      limit: input.limit ?? DEFAULT_LIMIT,
      reader: readerOf(access),
      readsInvoices: INVOICE_READERS.some((p) => access.can(p)),
    });
    return { data };
  },
} satisfies AreaHandlers<'search', Contexts>;
