-- Parent reviews and the Q&A board (issue 23, 아이친구 소통방), schema `community`.
-- Reviews come only from parents the hub knows used the facility (an
-- ADMITTED application, a completed reservation, a DONE hospitalised-care
-- request); one per parent and target, editable. Text is screened before it
-- is public (subgraphs/community/screen.ts): phone numbers, resident numbers
-- and e-mail are masked in place and the masked text is the only text kept;
-- names and addresses, abusive words and a new account's first posts are
-- held for an editor. Nothing here stores the child or the parent's name:
-- the reviewer is shown as "<facility's 시군구> 학부모".
create schema if not exists community;

-- The counsellor role (보육상담사) answers questions on the board.
alter table access.account drop constraint account_role_check;
alter table access.account add constraint account_role_check
  check (role in ('PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN', 'COMMUNITY_CENTER', 'WELFARE_AGENCY', 'DISTRICT_OFFICER', 'COUNSELLOR'));

create table community.review (
  id              text primary key,                 -- r_…
  author_sub      text not null,
  -- A facility or a programme record id (catalog.effective_record).
  target_id       text not null,
  target_kind     text not null check (target_kind in ('FACILITY', 'PROGRAM')),
  -- The masked reviewer label's district (시군구 of the target when it was written), e.g. 강서구.
  district        text,
  -- Stars per aspect, 1–5; null when the parent did not rate that aspect (at least one is set).
  teachers        smallint check (teachers between 1 and 5),
  safety          smallint check (safety between 1 and 5),
  meals           smallint check (meals between 1 and 5),
  communication   smallint check (communication between 1 and 5),
  -- The screened text (personal data already masked).
  body            text not null,
  state           text not null check (state in ('PUBLISHED', 'HELD', 'HIDDEN')),
  -- Why it is held: NAME, ADDRESS, ABUSIVE, NEW_ACCOUNT, RESUBMITTED (edited after it was hidden).
  hold_reasons    text[] not null default '{}',
  -- The editor's reason for hiding, shown to the author.
  hidden_reason   text,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  unique (author_sub, target_id),
  constraint review_rated check (coalesce(teachers, safety, meals, communication) is not null)
);
create index review_target_idx on community.review (target_id, state, created_at desc, id);
create index review_queue_idx on community.review (state, updated_at, id);

-- A parent's report of a review (신고); open until an editor decides on the review.
create table community.review_report (
  id           bigserial primary key,
  review_id    text not null references community.review (id),
  reporter_sub text not null,
  reason       text not null check (reason in ('PERSONAL_DATA', 'ABUSIVE', 'FALSE', 'ADVERTISING', 'OTHER')),
  note         text,
  created_at   timestamptz not null default now(),
  resolved_at  timestamptz,
  unique (review_id, reporter_sub)
);
create index review_report_open_idx on community.review_report (review_id) where resolved_at is null;

-- The centre's one reply per review (primary key on review_id: a second is refused).
create table community.review_reply (
  review_id   text primary key references community.review (id),
  author_sub  text not null,
  facility_id text not null,
  body        text not null,
  created_at  timestamptz not null default now()
);

create table community.question (
  id                 text primary key,              -- q_…
  author_sub         text not null,
  category           text not null check (category in ('ADMISSION', 'FEES_SUBSIDIES', 'FACILITY', 'CARE_SERVICES', 'OTHER')),
  title              text not null,
  body               text not null,
  facility_id        text,
  policy_id          text,
  state              text not null check (state in ('PUBLISHED', 'HELD', 'HIDDEN')),
  hold_reasons       text[] not null default '{}',
  hidden_reason      text,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  accepted_answer_id text,
  -- First answer's time: unanswered questions are those with none.
  answered_at        timestamptz
);
create index question_list_idx on community.question (state, created_at desc, id);
create index question_unanswered_idx on community.question (created_at, id) where answered_at is null;
create index question_facility_idx on community.question (facility_id) where facility_id is not null;
create index question_policy_idx on community.question (policy_id) where policy_id is not null;

create table community.answer (
  id           text primary key,                    -- a_…
  question_id  text not null references community.question (id),
  author_sub   text not null,
  author_role  text not null,
  body         text not null,
  -- Catalog records (policies, facilities, programmes) the answer points to, validated on write.
  link_ids     text[] not null default '{}',
  created_at   timestamptz not null default now()
);
create index answer_question_idx on community.answer (question_id, created_at, id);

-- One row per post (review written or edited, question asked): the rate limit and the new-account hold count these.
create table community.post_event (
  id         bigserial primary key,
  author_sub text not null,
  kind       text not null check (kind in ('REVIEW', 'QUESTION')),
  at         timestamptz not null default now()
);
create index post_event_author_idx on community.post_event (author_sub, at);

-- Every moderation action, report and reply; append-only (the triggers below refuse changes).
create table community.audit_log (
  id           bigserial primary key,
  at           timestamptz not null default now(),
  actor_sub    text not null,
  actor_role   text not null,
  action       text not null,
  subject_kind text not null check (subject_kind in ('REVIEW', 'QUESTION', 'ANSWER')),
  subject_id   text not null,
  reason       text,
  -- Ids and states only, never text of the post or a name.
  detail       jsonb not null default '{}'
);
create index community_audit_subject_idx on community.audit_log (subject_id, id);

create function community.refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'community.audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only before update or delete on community.audit_log
  for each row execute function community.refuse_audit_change();

create trigger audit_log_no_truncate before truncate on community.audit_log
  for each statement execute function community.refuse_audit_change();
