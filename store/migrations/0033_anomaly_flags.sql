-- Anomaly flags for editors (issue 20, 점검관리: subsidy anomaly checks).
-- The checks (subgraphs/curation/anomaly-rules.ts) run after every crawl and
-- after an admission; each finding is one row per (rule, subject), so a
-- condition seen again by the next crawl refreshes its flag instead of
-- adding one. `subject` is what the finding is about, in the rule's terms:
-- the facility (over capacity, free seats with every class full), the
-- facility and the two days compared (a jump), the facility and age class
-- (seats without offers), the facility and inspection (보조금 환수), or the
-- child (admitted twice; an internal id, never a name).
--
-- Not public: only a flag an editor published is shown outside the console.
-- A dismissed flag stays dismissed for its subject (the next crawl refreshes
-- its evidence but does not reopen it). Every decision is audited in
-- curation.audit_log (ANOMALY_CONFIRM, ANOMALY_DISMISS, ANOMALY_PUBLISH).
create table curation.anomaly_flag (
  id            text primary key,
  rule          text not null check (rule in (
                  'ENROLMENT_OVER_CAPACITY', 'ENROLMENT_JUMP', 'ADMITTED_TWICE',
                  'FREE_SEATS_ALL_CLASSES_FULL', 'SEATS_WITHOUT_OFFERS', 'SUBSIDY_CLAWBACK')),
  subject       text not null,
  -- The facilities concerned (one, or two for ADMITTED_TWICE), for the queue's filter and the record page.
  facility_ids  text[] not null,
  -- The values the rule read, with the days they are from (rule-specific keys; see anomaly-rules.ts).
  evidence      jsonb not null,
  -- The day the evidence is from (KST), for ordering and display.
  observed_on   date not null,
  state         text not null default 'OPEN' check (state in ('OPEN', 'CONFIRMED', 'DISMISSED', 'PUBLISHED')),
  first_seen_at timestamptz not null default now(),
  last_seen_at  timestamptz not null default now(),
  -- The condition no longer holds at the last check (kept: an editor may still need it).
  resolved_at   timestamptz,
  decided_by    text,
  decided_at    timestamptz,
  reason        text,
  unique (rule, subject)
);
create index anomaly_flag_queue_idx on curation.anomaly_flag (state, observed_on desc, id);
create index anomaly_flag_facility_idx on curation.anomaly_flag using gin (facility_ids);
