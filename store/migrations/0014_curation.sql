-- Curation (issue 8, DESIGN contract 8): editors' overrides live apart from
-- the crawled base (catalog.record), so a re-crawl rewrites the base and never
-- the override. catalog.effective_record (0015) lays them over the base.
--
-- Field names are the public GraphQL names (phone, region, location, summary,
-- plainSummary …). Fields stored in catalog.record columns are listed in
-- curation.column_fields(); every other field is a key of catalog.record.attrs.

-- One row per overridden field of a record: the source of truth.
create table curation.override (
  record_id  text not null references catalog.record (id),
  field      text not null,
  -- The editor's value as JSON; JSON null blanks the field.
  value      jsonb not null,
  -- The base value the editor overrode (or last kept): a crawl that brings
  -- another base value puts the field in the review queue.
  base_value jsonb not null,
  set_by     text not null,
  set_at     timestamptz not null default now(),
  reason     text not null,
  primary key (record_id, field)
);

-- Per record, what the effective view joins: publish state, merge, and the
-- overrides compiled into typed columns (so the hot read path never parses
-- jsonb). Maintained by curation.compile() from curation.override; a record
-- with nothing curated has no row.
create table curation.record_state (
  record_id     text primary key references catalog.record (id),
  published     boolean not null default true,
  -- Set when an editor merged this facility into another one (the kept record).
  merged_into   text references catalog.record (id),
  -- Overridden fields, by public name; a null typed column below means "blanked" when its field is listed.
  fields        text[] not null default '{}',
  subtype       text,
  name          text,
  stages        text[],
  primary_stage text,
  sido          text,
  sigungu       text,
  region_code   text,
  address       text,
  phone         text,
  lat           double precision,
  lng           double precision,
  special_care  text[],
  capacity      integer,
  enrolled      integer,
  -- Overridden attrs (incl. plainSummary), laid over the base attrs key by key.
  attrs         jsonb not null default '{}',
  updated_at    timestamptz not null default now(),
  constraint record_state_not_self_merged check (merged_into is distinct from record_id)
);
create index record_state_merged_into_idx on curation.record_state (merged_into) where merged_into is not null;

-- Overridden fields whose base changed under them since the editor looked.
-- An entry leaves when the editor keeps or reverts the override (or the base
-- comes back to what it was).
create table curation.review (
  record_id text not null,
  field     text not null,
  old_base  jsonb not null,
  new_base  jsonb not null,
  since     timestamptz not null default now(),
  primary key (record_id, field),
  foreign key (record_id, field) references curation.override (record_id, field) on delete cascade
);
create index review_since_idx on curation.review (since, record_id, field);

-- Sources an editor's merge moved to the kept record, by the record they came
-- from, so unmerge can give them back. The sources themselves point at the
-- kept record (catalog.source_record.record_id): ingest keeps attaching them
-- there, so no later crawl can undo a merge.
create table curation.merge_source (
  site_id    text not null,
  source_key text not null,
  merged_id  text not null references catalog.record (id),
  primary key (site_id, source_key)
);
create index merge_source_merged_idx on curation.merge_source (merged_id);

-- Who changed what, when and why. Append-only: the triggers below refuse
-- UPDATE, DELETE and TRUNCATE for every role, the application's included.
create table curation.audit_log (
  id         bigint generated always as identity primary key,
  at         timestamptz not null default now(),
  actor_sub  text not null,
  actor_role text not null,
  action     text not null,
  -- The record, or null for a synonym change (then `term` is set).
  record_id  text,
  term       text,
  field      text,
  before     jsonb,
  after      jsonb,
  reason     text not null
);
create index audit_log_record_idx on curation.audit_log (record_id, id);
create index audit_log_actor_idx on curation.audit_log (actor_sub, id);

create function curation.refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'curation.audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only before update or delete on curation.audit_log
  for each row execute function curation.refuse_audit_change();

create trigger audit_log_no_truncate before truncate on curation.audit_log
  for each statement execute function curation.refuse_audit_change();

-- Fields stored in catalog.record columns (the others are attrs keys).
create function curation.column_fields() returns text[] language sql immutable as $$
  select array['name', 'kind', 'stages', 'primaryStage', 'region', 'address', 'phone', 'location', 'specialCare', 'capacity', 'enrolled']
$$;

-- The base value of one public field of a crawled record, as JSON (JSON null when absent).
create function curation.base_value(r catalog.record, field text) returns jsonb language sql stable as $$
  select coalesce(case field
    when 'name' then to_jsonb(r.name)
    when 'kind' then to_jsonb(r.subtype)
    when 'stages' then to_jsonb(r.stages)
    when 'primaryStage' then to_jsonb(r.primary_stage)
    when 'region' then jsonb_build_object('sido', r.sido, 'sigungu', r.sigungu, 'code', r.region_code)
    when 'address' then to_jsonb(r.address)
    when 'phone' then to_jsonb(r.phone)
    when 'location' then case when r.lat is not null and r.lng is not null then jsonb_build_object('lat', r.lat, 'lng', r.lng) end
    when 'specialCare' then to_jsonb(r.special_care)
    when 'capacity' then to_jsonb(r.capacity)
    when 'enrolled' then to_jsonb(r.enrolled)
    else r.attrs -> field
  end, 'null'::jsonb)
$$;

-- Rebuilds a record's typed override columns from curation.override. Runs on
-- curation writes only (rare), never on reads.
create function curation.compile(rid text) returns void language plpgsql as $$
declare
  p jsonb;
begin
  select coalesce(jsonb_object_agg(field, value), '{}'::jsonb) into p from curation.override where record_id = rid;
  insert into curation.record_state (record_id) values (rid) on conflict (record_id) do nothing;
  update curation.record_state set
    fields = array(select jsonb_object_keys(p) order by 1),
    subtype = p ->> 'kind',
    name = p ->> 'name',
    stages = case when jsonb_typeof(p -> 'stages') = 'array' then array(select jsonb_array_elements_text(p -> 'stages')) end,
    primary_stage = p ->> 'primaryStage',
    sido = p -> 'region' ->> 'sido',
    sigungu = p -> 'region' ->> 'sigungu',
    region_code = p -> 'region' ->> 'code',
    address = p ->> 'address',
    phone = p ->> 'phone',
    lat = (p -> 'location' ->> 'lat')::double precision,
    lng = (p -> 'location' ->> 'lng')::double precision,
    special_care = case when jsonb_typeof(p -> 'specialCare') = 'array' then array(select jsonb_array_elements_text(p -> 'specialCare')) end,
    capacity = (p ->> 'capacity')::integer,
    enrolled = (p ->> 'enrolled')::integer,
    attrs = p - curation.column_fields(),
    updated_at = now()
  where record_id = rid;
  perform curation.tidy(rid);
end;
$$;

-- A state row with nothing curated left is removed, so the view's curated
-- branch stays as small as what editors actually touched.
create function curation.tidy(rid text) returns void language sql as $$
  delete from curation.record_state
  where record_id = rid and fields = '{}' and published and merged_into is null
$$;

create function curation.override_changed() returns trigger language plpgsql as $$
begin
  perform curation.compile(coalesce(new.record_id, old.record_id));
  return null;
end;
$$;

create trigger override_compile after insert or update or delete on curation.override
  for each row execute function curation.override_changed();

-- Any change of what the effective view shows for a record queues it for the
-- search indexer (it drains search.dirty every 250 ms), in the same transaction.
create function curation.queue_search() returns trigger language plpgsql as $$
begin
  insert into search.dirty (record_id) values (coalesce(new.record_id, old.record_id))
    on conflict (record_id) do update set queued_at = clock_timestamp();
  return null;
end;
$$;

create trigger record_state_search_queue after insert or update or delete on curation.record_state
  for each row execute function curation.queue_search();

-- A re-crawl changed a curated record's base: every overridden field whose
-- base value is no longer the one the editor overrode enters the review
-- queue (its `since` kept from the first change); one whose base came back
-- leaves it. The override itself is never touched. A trigger, so every writer
-- of catalog.record (crawls, seed loader, merges) is covered in one place.
create function curation.flag_base_changes() returns trigger language plpgsql as $$
begin
  -- Almost every crawled record has no override: one index probe and out.
  if not exists (select 1 from curation.override where record_id = new.id) then
    return null;
  end if;
  insert into curation.review (record_id, field, old_base, new_base)
    select o.record_id, o.field, o.base_value, b.value
    from curation.override o, lateral (select curation.base_value(new, o.field) as value) b
    where o.record_id = new.id and o.base_value is distinct from b.value
  on conflict (record_id, field) do update set new_base = excluded.new_base;
  delete from curation.review v
    using curation.override o
    where v.record_id = new.id and o.record_id = v.record_id and o.field = v.field
      and o.base_value = curation.base_value(new, o.field);
  return null;
end;
$$;

create trigger record_curation_review after update on catalog.record
  for each row execute function curation.flag_base_changes();
