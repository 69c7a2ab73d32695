-- The apply subgraph (issue 6): children, admission waiting lists (입소대기),
-- care reservations, notifications through an outbox, idempotency and audit.
-- Everything a parent relies on is written in one transaction with its outbox
-- rows, so a crash never loses a notification (DESIGN contract 9).

-- A parent's contact points. Phone numbers are personal data: never logged in clear.
create table apply.contact (
  parent_sub   text primary key,
  phone        text,
  webhook_url  text,
  updated_at   timestamptz not null default now()
);

-- No resident registration number (주민등록번호) is ever stored.
create table apply.child (
  id                    text primary key,
  parent_sub            text not null,
  name                  text not null,
  birth_date            date not null,
  -- The facility where the child is enrolled now, if any (limits 3 → 2 applications).
  enrolled_facility_id  text,
  created_at            timestamptz not null default now()
);
create index child_parent_idx on apply.child (parent_sub);

-- Priority rules are data, versioned by effective date, never code
-- (영유아보육법 제28조, 시행령 제21조의4, 시행규칙 제29조, 보육사업안내).
create table apply.priority_rule_set (
  id             text primary key,
  name           text not null,
  effective_from date not null,
  legal_source   text not null,
  created_at     timestamptz not null default now()
);

create table apply.priority_item (
  rule_set_id  text not null references apply.priority_rule_set (id),
  code         text not null,
  label        text not null,
  rank         integer not null check (rank between 1 and 3),
  points       integer not null check (points >= 0),
  legal_source text not null,
  -- A bonus item applies by itself when every listed code is claimed (맞벌이 + 다자녀 → +300).
  requires     text[] not null default '{}',
  primary key (rule_set_id, code)
);

create table apply.application (
  id               text primary key,
  child_id         text not null references apply.child (id),
  parent_sub       text not null,
  facility_id      text not null,
  admission_year   integer not null,
  age_class        integer not null check (age_class between 0 and 5),
  rule_set_id      text not null references apply.priority_rule_set (id),
  status           text not null check (status in ('WAITING', 'OFFERED', 'ADMITTED', 'WITHDRAWN', 'EXPIRED', 'LAPSED')),
  claims           text[] not null default '{}',
  verified_claims  text[] not null default '{}',
  failed_claims    text[] not null default '{}',
  rank             integer not null,
  points           integer not null,
  -- Taken under the list's lock, so application time order = commit order within a list.
  applied_at       timestamptz not null,
  seq              bigserial not null,
  position         integer,
  offer_expires_at timestamptz,
  lapse_at         timestamptz,
  extended         boolean not null default false,
  updated_at       timestamptz not null default now()
);
create index application_list_idx on apply.application (facility_id, age_class, status);
create index application_child_idx on apply.application (child_id);
create index application_parent_idx on apply.application (parent_sub);
create unique index application_active_unique on apply.application (child_id, facility_id) where status in ('WAITING', 'OFFERED');

-- Every change of a position, with its reason, for the parent to see.
create table apply.position_change (
  id               bigserial primary key,
  application_id   text not null references apply.application (id),
  old_position     integer,
  new_position     integer,
  reason           text not null,
  cause_id         text,
  at               timestamptz not null default now()
);
create index position_change_app_idx on apply.position_change (application_id, id);

create table apply.care_slot (
  id                 text primary key,
  facility_id        text not null,
  service            text not null check (service in ('HOURLY', 'NIGHT', 'HOLIDAY', 'TWENTY_FOUR_HOUR', 'EMERGENCY', 'HOSPITALISED_CHILD')),
  starts_at          timestamptz not null,
  ends_at            timestamptz not null,
  seats              integer not null check (seats > 0),
  booked             integer not null default 0,
  min_age_months     integer not null,
  max_age_months     integer not null,
  opens_at           timestamptz not null,
  closes_at          timestamptz not null,
  price_per_hour     integer not null,
  parent_share       integer not null,
  created_by         text not null,
  created_at         timestamptz not null default now(),
  -- The last guard: a slot never holds more bookings than seats.
  constraint care_slot_not_overbooked check (booked between 0 and seats),
  constraint care_slot_times check (ends_at > starts_at)
);
create index care_slot_facility_idx on apply.care_slot (facility_id, starts_at);

create table apply.reservation (
  id            text primary key,
  slot_id       text not null references apply.care_slot (id),
  child_id      text not null references apply.child (id),
  parent_sub    text not null,
  service       text not null,
  hours         numeric not null,
  month         text not null,  -- YYYY-MM (KST) of the slot, for the monthly cap
  status        text not null check (status in ('CONFIRMED', 'CANCELLED')),
  created_at    timestamptz not null default now(),
  cancelled_at  timestamptz
);
create unique index reservation_active_unique on apply.reservation (slot_id, child_id) where status = 'CONFIRMED';
create index reservation_child_month_idx on apply.reservation (child_id, month);
create index reservation_parent_idx on apply.reservation (parent_sub);

create table apply.hospital_care_request (
  id           text primary key,
  child_id     text not null references apply.child (id),
  parent_sub   text not null,
  facility_id  text,
  hospital     text not null,
  starts_on    date not null,
  ends_on      date not null,
  note         text,
  status       text not null check (status in ('REQUESTED', 'MATCHED', 'CONFIRMED', 'DONE', 'CANCELLED')),
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index hospital_care_parent_idx on apply.hospital_care_request (parent_sub);

-- What a parent was told; `id` is the cursor of applicationEvents.
create table apply.notification (
  id              bigserial primary key,
  recipient_sub   text not null,
  kind            text not null,
  application_id  text,
  reservation_id  text,
  message_ko      text not null,
  message_en      text not null,
  payload         jsonb not null default '{}',
  created_at      timestamptz not null default now()
);
create index notification_recipient_idx on apply.notification (recipient_sub, id);

-- The outbox: one row per channel, written in the same transaction as the
-- change. `delivery_key` goes to the provider / webhook receiver, which drop
-- repeats, so a crash between send and mark never delivers twice.
create table apply.outbox (
  id               bigserial primary key,
  notification_id  bigint not null references apply.notification (id),
  channel          text not null check (channel in ('SMS', 'WEBHOOK')),
  destination      text not null,
  delivery_key     text not null unique,
  status           text not null default 'PENDING' check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts         integer not null default 0,
  next_attempt_at  timestamptz not null default now(),
  locked_until     timestamptz,
  sent_at          timestamptz,
  last_error       text
);
create index outbox_due_idx on apply.outbox (next_attempt_at) where status in ('PENDING', 'SENDING');

-- A repeated mutation with the same key returns the first answer.
create table apply.idempotency (
  actor_sub   text not null,
  key         text not null,
  operation   text not null,
  result      jsonb,
  created_at  timestamptz not null default now(),
  primary key (actor_sub, key)
);

create table apply.audit (
  id          bigserial primary key,
  actor_sub   text not null,
  actor_role  text not null,
  operation   text not null,
  target_id   text,
  detail      jsonb not null default '{}',
  at          timestamptz not null default now()
);

-- The 2024 rule set (보육사업안내 2024; points as the guide weighs them since 2016).
insert into apply.priority_rule_set (id, name, effective_from, legal_source) values
  ('KR-2024', '2024 보육사업안내 입소 우선순위', '2024-01-01', '영유아보육법 제28조, 시행령 제21조의4, 시행규칙 제29조, 2024 보육사업안내');

insert into apply.priority_item (rule_set_id, code, label, rank, points, legal_source, requires) values
  ('KR-2024', 'BASIC_LIVELIHOOD', '국민기초생활보장 수급자', 1, 100, '영유아보육법 제28조제1항제1호', '{}'),
  ('KR-2024', 'SINGLE_PARENT_SUPPORTED', '한부모가족 지원대상자의 자녀·손자녀', 1, 100, '영유아보육법 제28조제1항제2호 (손자녀: 2024-02-09)', '{}'),
  ('KR-2024', 'NEAR_POVERTY', '차상위계층 (중위소득 50% 이하)', 1, 100, '영유아보육법 제28조제1항제3호', '{}'),
  ('KR-2024', 'WELFARE_INSTITUTION', '아동복지시설 생활 아동', 1, 100, '영유아보육법 제28조제1항제7호', '{}'),
  ('KR-2024', 'DISABLED_FAMILY', '중증 장애 부모 또는 형제자매', 1, 100, '영유아보육법 제28조제1항제4호', '{}'),
  ('KR-2024', 'NATIONAL_MERIT', '국가유공자(전몰·순직·상이) 자녀', 1, 100, '영유아보육법 시행령 제21조의4', '{}'),
  ('KR-2024', 'DUAL_INCOME', '맞벌이·구직 가구', 1, 200, '영유아보육법 제28조제1항제6호, 2024 보육사업안내', '{}'),
  ('KR-2024', 'MULTICULTURAL', '다문화가족', 1, 100, '영유아보육법 제28조제1항제8호', '{}'),
  ('KR-2024', 'NK_DEFECTOR', '북한이탈주민', 1, 100, '영유아보육법 시행규칙 제29조', '{}'),
  ('KR-2024', 'TYPE1_DIABETES', '제1형 당뇨', 1, 100, '영유아보육법 시행규칙 제29조', '{}'),
  ('KR-2024', 'RARE_DISEASE_PARENT', '희귀질환자 자녀', 1, 100, '2024 보육사업안내', '{}'),
  ('KR-2024', 'MULTI_CHILD_3', '다자녀 (3자녀 이상)', 1, 200, '영유아보육법 제28조제1항제5호, 2024 보육사업안내', '{}'),
  ('KR-2024', 'MULTI_CHILD_2', '다자녀 (2자녀)', 1, 100, '2024 보육사업안내', '{}'),
  ('KR-2024', 'PREGNANT_MOTHER', '임신 중인 어머니의 자녀', 1, 100, '영유아보육법 시행규칙 제29조', '{}'),
  ('KR-2024', 'INDUSTRIAL_COMPLEX', '산업단지 근로자 자녀 (해당 어린이집)', 1, 100, '영유아보육법 제28조제1항제9호', '{}'),
  ('KR-2024', 'DUAL_INCOME_AND_MULTI_CHILD_3', '맞벌이 + 3자녀 이상 가산', 1, 300, '2024 보육사업안내', '{DUAL_INCOME,MULTI_CHILD_3}'),
  ('KR-2024', 'OTHER_SINGLE_PARENT', '그 밖의 한부모가족', 2, 50, '영유아보육법 시행규칙 제29조', '{}'),
  ('KR-2024', 'FOSTER_ADOPTED', '가정위탁·입양 아동', 2, 50, '영유아보육법 시행규칙 제29조', '{}'),
  ('KR-2024', 'SIBLING_ENROLLED', '형제자매가 같은 어린이집에 재원', 2, 50, '영유아보육법 시행규칙 제29조', '{}');
