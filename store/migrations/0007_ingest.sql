-- Crawler state (schema `ingest`, owned by crawlers/core). 0003 was reserved
-- for this and never used; numbers only order files, gaps are harmless.
--
-- crawl_run: one row per run of one site, with its stats.
-- request:   the persisted request queue of a run, claimed with
--            `for update skip locked`; a run killed mid-way resumes from it.
-- document:  the last version of every page fetched, by (site, request key):
--            validators for conditional GET, content hash, the raw body, and
--            what parsing it yielded (follow-up requests, record keys), so an
--            unchanged page is neither parsed nor written again.

create table ingest.crawl_run (
  id              bigserial primary key,
  site_id         text not null,
  status          text not null default 'running'
                  check (status in ('running', 'succeeded', 'partial', 'failed', 'aborted')),
  adapter         text not null,
  -- host:pid of the process working the run; a run whose owner is gone is resumed at once.
  owner           text,
  started_at      timestamptz not null default now(),
  heartbeat_at    timestamptz not null default now(),
  finished_at     timestamptz,
  -- Every time a killed run was taken over and resumed.
  resumes         integer not null default 0,
  pages           integer not null default 0,
  bytes           bigint not null default 0,
  not_modified    integer not null default 0,
  unchanged       integer not null default 0,
  -- Detail pages trusted without a request (revisit policy).
  trusted         integer not null default 0,
  parsed          integer not null default 0,
  records         integer not null default 0,
  records_written integer not null default 0,
  gone            integer not null default 0,
  withdrawn       integer not null default 0,
  errors          jsonb not null default '{}'::jsonb,
  message         text
);
-- At most one live run per site.
create unique index crawl_run_one_running on ingest.crawl_run (site_id) where status = 'running';
create index crawl_run_site_idx on ingest.crawl_run (site_id, id desc);

create table ingest.request (
  run_id        bigint not null references ingest.crawl_run (id) on delete cascade,
  key           text not null,
  seq           bigserial,
  url           text not null,
  method        text not null default 'GET',
  form          jsonb,
  referer       text,
  xhr           boolean not null default false,
  expect        text,
  role          text not null default 'detail' check (role in ('list', 'detail')),
  -- A failure of an optional request does not make the run partial.
  optional      boolean not null default false,
  -- The page that linked here was unchanged: a recently fetched detail may be trusted (revisit policy).
  parent_unchanged boolean not null default false,
  label         text not null,
  meta          jsonb,
  depth         integer not null default 0,
  state         text not null default 'pending'
                check (state in ('pending', 'claimed', 'done', 'gone', 'skipped', 'failed')),
  attempts      integer not null default 0,
  claimed_until timestamptz,
  record_keys   text[],
  error_class   text,
  error         text,
  primary key (run_id, key)
);
create index request_claim_idx on ingest.request (run_id, state, depth, seq);

create table ingest.document (
  site_id       text not null,
  key           text not null,
  url           text not null,
  status        integer not null,
  etag          text,
  last_modified text,
  content_hash  text not null,
  content_type  text,
  encoding      text,
  bytes         integer not null,
  -- The raw response body, gzip-compressed (null when over the kept size).
  body_gzip     bytea,
  adapter       text not null,
  follow        jsonb not null default '[]'::jsonb,
  record_keys   text[] not null default '{}',
  fetched_at    timestamptz not null,
  changed_at    timestamptz not null,
  primary key (site_id, key)
);
