-- The search index's generation (issue 9): the search subgraph caches results
-- and serves one only while the generation it was computed under is current.
-- Bumped in the same transaction as every change a search could see: the
-- indexer's writes (subgraphs/search/indexer.ts) and the editors' synonyms
-- (trigger below). A cached result is served only while the generation it
-- was computed under is still the current one, so nothing cached outlives a
-- change; every search process reads it from here, so replicas agree.
create table search.index_state (
  id         boolean primary key default true check (id),
  generation bigint not null default 0,
  changed_at timestamptz not null default now()
);

insert into search.index_state (id) values (true);

create function search.bump_generation() returns trigger language plpgsql as $$
begin
  update search.index_state set generation = generation + 1, changed_at = now();
  return null;
end;
$$;

create trigger synonym_generation after insert or update or delete or truncate on search.synonym
  for each statement execute function search.bump_generation();
