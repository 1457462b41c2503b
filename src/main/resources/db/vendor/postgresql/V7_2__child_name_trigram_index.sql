-- Name search is a substring match (LIKE '%王小明%'); a trigram index answers it for three or more characters
-- without reading a whole county (shorter searches are written so that they use the region index instead).
-- pg_trgm ships with PostgreSQL and is a trusted extension: a database owner may create it.
create extension if not exists pg_trgm;
create index if not exists child_name_trgm_idx on child using gin (name gin_trgm_ops);
