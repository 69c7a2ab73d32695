-- What the catalog subgraph may read about its sources (DESIGN contract 6:
-- a subgraph reads its own schema plus the catalog views): the last run and
-- the last successful run of each crawled site, and its active record count.
create view catalog.source_status as
with last_run as (
  select distinct on (site_id) site_id, id, status, started_at, finished_at, pages, records, records_written, withdrawn, errors, message
  from ingest.crawl_run order by site_id, id desc
), last_success as (
  select distinct on (site_id) site_id, id, status, started_at, finished_at, pages, records, records_written, withdrawn, errors, message
  from ingest.crawl_run where status = 'succeeded' order by site_id, id desc
), active as (
  select site_id, count(*)::int as records from catalog.source_record where status = 'ACTIVE' group by site_id
)
select coalesce(l.site_id, a.site_id) as site_id,
       to_jsonb(l) - 'site_id' as last_run,
       to_jsonb(s) - 'site_id' as last_success,
       coalesce(a.records, 0) as records
from last_run l
full join active a on a.site_id = l.site_id
left join last_success s on s.site_id = coalesce(l.site_id, a.site_id);
