-- What the gateway's response cache (gateway/plugins/use-response-cache.ts)
-- checks before serving a stored answer: the search index generation, bumped
-- in the transaction of every index write and synonym edit (0019), and
-- whether changes wait to be indexed. Every change a public read can see
-- (crawls, curation, publish state, merges) queues its record in
-- search.dirty in its own transaction, so "no pending change and the same
-- generation" means nothing public changed since an answer was stored.
create view catalog.public_data_version as
  select s.generation, exists (select 1 from search.dirty) as pending
  from search.index_state s;
