-- The effective record = crawled base ⊕ curation (DESIGN contract 8), in this
-- one place: catalog, lifecycle, search and apply read this view and need no
-- code of their own for overrides, publish state or merges.
--
-- Columns: every column of catalog.record (same order), then `published`
-- (false when unpublished or merged away), `merged_into` (the kept record of
-- a merged facility) and `curated_fields` (overridden public field names).
-- A migration that adds a column to catalog.record must add it to both
-- branches below.
--
-- Why two branches and not one left join: list filters (sido, sigungu,
-- subtype, stages, special_care) must match overridden values, and on a left
-- join they become expressions over both tables, which no index of
-- catalog.record can serve. Split, the uncurated branch (nearly every row)
-- keeps plain columns, so the planner pushes each filter down to its index
-- and checks the small curated set with one primary-key probe per row; the
-- curated branch starts from curation.record_state (what editors touched)
-- and joins catalog.record by primary key. See the README section Curation
-- for the measured plans.
drop view catalog.effective_record;

create view catalog.effective_record as
  select r.id, r.kind, r.subtype, r.name, r.stages, r.primary_stage, r.sido, r.sigungu, r.region_code,
    r.address, r.phone, r.lat, r.lng, r.geo_approx, r.special_care, r.capacity, r.enrolled, r.attrs,
    r.site_id, r.source_key, r.provenance, r.content_hash, r.status, r.miss_count, r.created_at,
    r.updated_at, r.withdrawn_at,
    true as published,
    null::text as merged_into,
    '{}'::text[] as curated_fields
  from catalog.record r
  where not exists (select 1 from curation.record_state s where s.record_id = r.id)
  union all
  select r.id, r.kind,
    case when 'kind' = any (s.fields) then s.subtype else r.subtype end,
    case when 'name' = any (s.fields) then s.name else r.name end,
    case when 'stages' = any (s.fields) then s.stages else r.stages end,
    case when 'primaryStage' = any (s.fields) then s.primary_stage else r.primary_stage end,
    case when 'region' = any (s.fields) then s.sido else r.sido end,
    case when 'region' = any (s.fields) then s.sigungu else r.sigungu end,
    case when 'region' = any (s.fields) then s.region_code else r.region_code end,
    case when 'address' = any (s.fields) then s.address else r.address end,
    case when 'phone' = any (s.fields) then s.phone else r.phone end,
    case when 'location' = any (s.fields) then s.lat else r.lat end,
    case when 'location' = any (s.fields) then s.lng else r.lng end,
    case when 'location' = any (s.fields) then false else r.geo_approx end,
    case when 'specialCare' = any (s.fields) then s.special_care else r.special_care end,
    case when 'capacity' = any (s.fields) then s.capacity else r.capacity end,
    case when 'enrolled' = any (s.fields) then s.enrolled else r.enrolled end,
    r.attrs || s.attrs,
    r.site_id, r.source_key, r.provenance, r.content_hash, r.status, r.miss_count, r.created_at,
    greatest(r.updated_at, s.updated_at), r.withdrawn_at,
    s.published and s.merged_into is null,
    s.merged_into,
    s.fields
  from curation.record_state s
  join catalog.record r on r.id = s.record_id;
