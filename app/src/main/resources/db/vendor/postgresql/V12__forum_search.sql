-- Full text search over forum posts (PostgreSQL only). The words of each post are kept in a generated column,
-- so neither matching nor ranking re-parses the text; the 'simple' configuration treats every course language
-- alike (no stemming, no stop words).
alter table forum_post add column search tsvector generated always as (to_tsvector('simple', plain_text)) stored;
create index ix_forum_post_search on forum_post using gin (search);
