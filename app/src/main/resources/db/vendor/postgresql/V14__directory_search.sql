-- Full text search over organization profiles (PostgreSQL only): the words of name (when not anonymous),
-- descriptions, competences and offers/seeks, kept in a generated column with a GIN index.
alter table organization add column search tsvector generated always as (to_tsvector('simple', search_text)) stored;
create index ix_organization_search on organization using gin (search);
