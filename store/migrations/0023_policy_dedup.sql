-- One record per real policy (issue 15): 복지로, 보조금24 and the city and
-- district boards publish the same policy under their own keys. Ingest now
-- groups policy sources into one record (store/catalog/policy-groups.ts);
-- the tables below keep what that needs across crawls.

-- The id each source would have on its own: recordId(kind, site_id,
-- source_key) of common/record-id.ts, stored so the id a policy had before
-- it joined another record (a partner's saved link, a judged search id)
-- still finds its record. Written by ingest; existing rows are filled here.
alter table catalog.source_record add column derived_id text;

update catalog.source_record set derived_id =
  (case content ->> 'kind' when 'FACILITY' then 'fac' when 'POLICY' then 'pol' else 'prg' end) || '_' ||
  left(encode(sha256(convert_to(site_id, 'UTF8') || '\x00'::bytea || convert_to(source_key, 'UTF8')), 'hex'), 16);

alter table catalog.source_record alter column derived_id set not null;

create index source_record_derived_idx on catalog.source_record (derived_id);

-- Policy sources get their match key (POLICY|<scope>) from ingest; the
-- hub's start-up pass (groupUngroupedPolicies) fills it for rows written
-- before this migration and merges the duplicates they hold.

-- Editors' decisions on pairs of policy sources, by (site, source key) so
-- they hold whatever ids the records carry later: SAME (merged by an
-- editor: grouped together whatever the scores say) or DIFFERENT (kept
-- apart: never grouped, never proposed again). A pair is stored once, its
-- smaller source first.
create table curation.match_decision (
  site_a     text not null,
  key_a      text not null,
  site_b     text not null,
  key_b      text not null,
  decision   text not null check (decision in ('SAME', 'DIFFERENT')),
  -- For SAME pairs written by mergePolicies: the record merged away, so unmerge takes back exactly these.
  merged_id  text,
  decided_by text not null,
  reason     text not null,
  decided_at timestamptz not null default now(),
  primary key (site_a, key_a, site_b, key_b),
  constraint match_decision_ordered check ((site_a, key_a) < (site_b, key_b))
);
create index match_decision_b_idx on curation.match_decision (site_b, key_b);
create index match_decision_merged_idx on curation.match_decision (merged_id) where merged_id is not null;

-- Pairs of policy records that may be one policy, for editors to confirm
-- (mergePolicies) or reject (a DIFFERENT decision): a close but not equal
-- name, shared evidence that conflicts (amount, legal basis, ministry), or
-- two curated records. Ingest rewrites the candidates of a scope
-- (match_key) each time it regroups it; `since` stays while the pair does.
create table curation.duplicate_candidate (
  id        bigint generated always as identity primary key,
  match_key text not null,
  -- The record with the more trusted source first.
  record_a  text not null references catalog.record (id),
  record_b  text not null references catalog.record (id),
  -- The pair of sources that brought the records up.
  site_a    text not null,
  key_a     text not null,
  site_b    text not null,
  key_b     text not null,
  score     real not null,
  reasons   text[] not null,
  since     timestamptz not null default now(),
  constraint duplicate_candidate_pair unique (record_a, record_b),
  constraint duplicate_candidate_two check (record_a <> record_b)
);
create index duplicate_candidate_scope_idx on curation.duplicate_candidate (match_key);
create index duplicate_candidate_since_idx on curation.duplicate_candidate (since, id);
