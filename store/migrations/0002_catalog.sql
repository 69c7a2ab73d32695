-- The canonical record (DESIGN contract 1), one row per record.
-- Frequently filtered fields are columns; kind-specific typed fields live in
-- `attrs` (jsonb) so a new facility kind needs no migration.
create table catalog.record (
  id            text primary key,              -- stable: derived from (site_id, source_key), see common/record-id.ts
  kind          text not null check (kind in ('POLICY', 'FACILITY', 'PROGRAM')),
  subtype       text not null,                 -- FacilityKind for facilities (CHILDCARE_CENTER …), 'POLICY' / 'PROGRAM' otherwise
  name          text not null,
  stages        text[] not null check (cardinality(stages) > 0),
  primary_stage text not null,
  sido          text,
  sigungu       text,
  region_code   text,                          -- 5-digit 시군구 code (법정동 코드 앞 5자리)
  address       text,
  phone         text,
  lat           double precision,
  lng           double precision,
  geo_approx    boolean not null default false, -- true when lat/lng is a 시군구 centroid, not the source's
  special_care  text[] not null default '{}',
  capacity      integer,
  enrolled      integer,
  attrs         jsonb not null default '{}',
  site_id       text not null,
  source_key    text not null,
  provenance    jsonb not null,                -- {siteId, url, fetchedAt, contentHash, adapter}
  content_hash  text not null,                 -- hash of the canonical content: unchanged => no write
  status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
  miss_count    integer not null default 0,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  withdrawn_at  timestamptz,
  constraint record_primary_stage_in_stages check (primary_stage = any (stages)),
  constraint record_source_unique unique (site_id, source_key)
);

create index record_primary_stage_idx on catalog.record (primary_stage, kind);
create index record_region_idx on catalog.record (sido, sigungu);
create index record_stages_idx on catalog.record using gin (stages);
create index record_special_care_idx on catalog.record using gin (special_care);
create index record_subtype_idx on catalog.record (subtype);

-- What every subgraph reads: the effective record. Today it is the crawled
-- base; curation (overrides, publish state) joins in here, in one place, so
-- no subgraph ever computes "base ⊕ override" itself (DESIGN contract 8).
create view catalog.effective_record as
  select r.*, true as published
  from catalog.record r;
