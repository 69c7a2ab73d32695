-- `sources` as issue 4 specifies it: each crawl run also reports its
-- not-modified count and, per error class, one sample (the first failed
-- request's URL and error), so an operator sees at a glance what broke.
drop view catalog.source_status;

create function catalog.crawl_error_samples(run bigint) returns jsonb language sql stable as $$
  select coalesce(jsonb_object_agg(x.error_class, jsonb_build_object('url', x.url, 'error', x.error)), '{}'::jsonb)
  from (
    select distinct on (error_class) error_class, left(url, 300) as url, left(error, 300) as error
    from ingest.request where run_id = run and error_class is not null
    order by error_class, seq
  ) x
$$;

create view catalog.source_status as
with last_run as (
  select distinct on (site_id) site_id, id, status, started_at, finished_at, pages, not_modified, records, records_written, withdrawn, errors, message
  from ingest.crawl_run order by site_id, id desc
), last_success as (
  select distinct on (site_id) site_id, id, status, started_at, finished_at, pages, not_modified, records, records_written, withdrawn, errors, message
  from ingest.crawl_run where status = 'succeeded' order by site_id, id desc
), active as (
  select site_id, count(*)::int as records from catalog.source_record where status = 'ACTIVE' group by site_id
)
select coalesce(l.site_id, a.site_id) as site_id,
       (to_jsonb(l) - 'site_id') || jsonb_build_object('samples', catalog.crawl_error_samples(l.id)) as last_run,
       (to_jsonb(s) - 'site_id') || jsonb_build_object('samples', catalog.crawl_error_samples(s.id)) as last_success,
       coalesce(a.records, 0) as records
from last_run l
full join active a on a.site_id = l.site_id
left join last_success s on s.site_id = coalesce(l.site_id, a.site_id);
