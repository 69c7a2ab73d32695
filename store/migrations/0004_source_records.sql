-- What each source says, apart from the merged record (DESIGN data flow:
-- "dedupe across sources, upsert by (source, sourceKey), withdraw-after-N-misses").
-- The same facility published by several sites is one catalog.record with
-- several source_record rows; the record's fields come from its sources by
-- priority, and it is withdrawn only when every source has withdrawn it.
create table catalog.source_record (
  site_id       text not null,
  source_key    text not null,
  record_id     text not null references catalog.record (id),
  -- Lower is more trusted (from the site registry); ties broken by site_id.
  priority      integer not null default 100,
  -- Facilities with the same key are candidates for the same record (subtype|sigungu|name).
  match_key     text,
  content       jsonb not null,                -- the canonical record minus provenance
  content_hash  text not null,
  provenance    jsonb not null,
  status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'WITHDRAWN')),
  -- Consecutive successful crawls of the site that did not list this record.
  miss_count    integer not null default 0,
  first_seen_at timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  withdrawn_at  timestamptz,
  primary key (site_id, source_key)
);

create index source_record_record_idx on catalog.source_record (record_id);
create index source_record_match_idx on catalog.source_record (match_key) where match_key is not null;

-- A merged record's site_id/source_key now name its primary source, which may change.
alter table catalog.record drop constraint record_source_unique;
create index record_site_idx on catalog.record (site_id, source_key);

-- Records loaded before this migration become single-source records. Their
-- content_hash is blanked so the next load rewrites their source content.
insert into catalog.source_record (site_id, source_key, record_id, content, content_hash, provenance, status, miss_count)
select site_id, source_key, id,
  jsonb_build_object('kind', kind, 'sourceKey', source_key, 'subtype', subtype, 'name', name, 'stages', to_jsonb(stages),
    'primaryStage', primary_stage, 'sido', sido, 'sigungu', sigungu, 'regionCode', region_code, 'address', address,
    'phone', phone, 'lat', lat, 'lng', lng, 'geoApprox', geo_approx, 'specialCare', to_jsonb(special_care),
    'capacity', capacity, 'enrolled', enrolled, 'attrs', attrs),
  '', provenance, status, miss_count
from catalog.record;

update catalog.record set provenance = jsonb_build_array(provenance) where jsonb_typeof(provenance) = 'object';
