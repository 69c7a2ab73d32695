-- Welfare pre-screening (issue 19, 성동구 사전관리시스템), schema `welfare`.
-- The district creates programmes; 동주민센터, 복지관 and private agencies
-- recommend people; duplicates, deceased / moved-out people and households
-- that keep receiving the same resource are caught at registration; the
-- district re-screens and confirms the final list.
--
-- Personal data kept to the minimum 사회보장급여법 allows: the identity key
-- (주민등록번호 or another key) is never stored, only its HMAC-SHA256 under a
-- per-installation key that is not in the database; the same for the
-- household key. The name and birth date are kept for the officer's single
-- record view only, and removed with the recommendation after the retention
-- period (docs/welfare.md). Audit rows carry ids, hashes' absence and masked
-- names, never a name or a key.

-- The welfare roles and the organisation an account works for.
alter table access.account drop constraint account_role_check;
alter table access.account add constraint account_role_check
  check (role in ('PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN', 'COMMUNITY_CENTER', 'WELFARE_AGENCY', 'DISTRICT_OFFICER'));
-- {"id": "...", "kind": "COMMUNITY_CENTER|WELFARE_AGENCY|DISTRICT", "dong": "..."}; null for other roles.
alter table access.account add column organisation jsonb;

create table welfare.programme (
  id                    text primary key,
  name                  text not null,
  -- 김치, 쌀, 현금성 상품권, 난방유 …: concentration is counted per resource type.
  resource_type         text not null,
  sponsor               text not null,
  quantity              integer not null check (quantity > 0),
  unit                  text not null,
  recommend_from        date not null,
  recommend_until       date not null check (recommend_until >= recommend_from),
  -- Same resource type received within this many months → a concentration warning.
  concentration_months  integer not null check (concentration_months between 0 and 120),
  -- Most recommendations of one household in this programme.
  household_limit       integer not null check (household_limit > 0),
  status                text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED', 'CONFIRMED')),
  owner_sub             text not null,
  owner_org             text not null,
  created_at            timestamptz not null default now(),
  confirmed_at          timestamptz
);

create table welfare.recommendation (
  id                  text primary key,
  programme_id        text not null references welfare.programme (id),
  -- HMAC-SHA256 (hex) of the normalised identity key and of the household key.
  identity_hash       text not null,
  household_hash      text not null,
  -- The registry's own opaque reference of the person (no number of ours), for the bulk re-check.
  registry_ref        text not null,
  person_name         text not null,
  birth_date          date not null,
  dong                text not null,
  reason              text not null,
  org_id              text not null,
  org_kind            text not null,
  recommended_by      text not null,
  created_at          timestamptz not null default now(),
  -- The first recommendation of the same person in the same programme, when this one is a duplicate (FLAGGED).
  duplicate_of        text references welfare.recommendation (id),
  registry_status     text not null check (registry_status in ('RESIDENT', 'DECEASED', 'MOVED_OUT', 'NOT_FOUND')),
  registry_checked_at timestamptz not null default now(),
  -- {"count": n, "dates": ["2026-01-05", …]} of earlier confirmed receipts of the same resource type.
  concentration       jsonb not null default '{"count": 0, "dates": []}',
  household_count     integer not null default 0,
  -- The district's decision before confirmation; after it, corrections go to welfare.list_entry.
  decision            text check (decision in ('INCLUDE', 'EXCLUDE')),
  decision_reason     text,
  decided_by          text,
  decided_at          timestamptz,
  -- Set when the retention period ended: name, birth date, reason and hashes were replaced (subgraphs/welfare/retention.ts).
  purged_at           timestamptz
);

-- Exactly one clean recommendation per person and programme: two agencies
-- registering the same person at the same instant race on this index, and
-- the loser is saved as FLAGGED pointing at the winner (store.ts).
create unique index recommendation_one_clean on welfare.recommendation (programme_id, identity_hash) where duplicate_of is null;
create index recommendation_programme on welfare.recommendation (programme_id, created_at, id);
create index recommendation_household on welfare.recommendation (household_hash);
create index recommendation_org on welfare.recommendation (org_id, programme_id);

-- Registrations refused because the registry says the person is deceased,
-- moved out or not a resident: counted for the statistics, nothing personal kept.
create table welfare.blocked_registration (
  id            bigint generated always as identity primary key,
  programme_id  text not null references welfare.programme (id),
  org_id        text not null,
  org_kind      text not null,
  dong          text not null,
  registry_status text not null,
  at            timestamptz not null default now()
);
create index blocked_registration_programme on welfare.blocked_registration (programme_id);

-- The confirmed final list and every later correction: append-only. The
-- entry in force for a recommendation is its latest one.
create table welfare.list_entry (
  id                 bigint generated always as identity primary key,
  programme_id       text not null references welfare.programme (id),
  recommendation_id  text not null references welfare.recommendation (id),
  included           boolean not null,
  kind               text not null check (kind in ('CONFIRMATION', 'CORRECTION')),
  reason             text not null,
  decided_by         text not null,
  at                 timestamptz not null default now()
);
create index list_entry_recommendation on welfare.list_entry (recommendation_id, id);
create index list_entry_programme on welfare.list_entry (programme_id, id);

create table welfare.audit_log (
  id                 bigint generated always as identity primary key,
  at                 timestamptz not null default now(),
  actor_sub          text not null,
  actor_role         text not null,
  actor_org          text,
  action             text not null,
  programme_id       text,
  recommendation_id  text,
  before             jsonb,
  after              jsonb,
  reason             text
);
create index audit_log_programme on welfare.audit_log (programme_id, id);

create function welfare.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only before update or delete on welfare.audit_log
  for each row execute function welfare.refuse_change();
create trigger audit_log_no_truncate before truncate on welfare.audit_log
  for each statement execute function welfare.refuse_change();
create trigger list_entry_append_only before update or delete on welfare.list_entry
  for each row execute function welfare.refuse_change();
create trigger list_entry_no_truncate before truncate on welfare.list_entry
  for each statement execute function welfare.refuse_change();
