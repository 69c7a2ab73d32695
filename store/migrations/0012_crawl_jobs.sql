-- Crawl jobs (DESIGN "Scheduling"): node-cron only enqueues; any number of
-- workers claim jobs with `for update skip locked`. At most one pending job
-- per site; a job whose worker died is reclaimed after its lease.
create table ingest.crawl_job (
  id            bigserial primary key,
  site_id       text not null,
  state         text not null default 'pending' check (state in ('pending', 'running', 'done', 'failed')),
  reason        text not null,
  enqueued_at   timestamptz not null default now(),
  started_at    timestamptz,
  finished_at   timestamptz,
  lease_until   timestamptz,
  run_id        bigint references ingest.crawl_run (id),
  run_status    text,
  message       text
);
create unique index crawl_job_one_pending on ingest.crawl_job (site_id) where state = 'pending';
create index crawl_job_claim_idx on ingest.crawl_job (state, enqueued_at);
