-- Saved households and benefit alerts (issue 18). A household is personal
-- data: its contents (members, birth dates, income, region, where to notify)
-- are one AES-256-GCM sealed blob under this database's own key
-- (access.hub_secret 'benefits-household', generated like the webhook
-- secret); only the owner and the dates are clear. Deleting a household
-- deletes its deliveries (cascade); the outbox keeps what was already sent.
create schema if not exists benefits;

create table benefits.saved_household (
  id          text primary key,
  owner_sub   text not null,
  sealed      text not null,          -- v1.<iv>.<tag>.<ciphertext>, base64url
  created_at  timestamptz not null default now()
);
create index saved_household_owner_idx on benefits.saved_household (owner_sub);

-- One row per (household, policy version) judged ELIGIBLE or MAYBE: the
-- version is the record's content hash, so a policy change alerts once and a
-- re-crawl of the same text never again. Rows written when the household is
-- saved (notification_id null) are the baseline: only later changes alert.
create table benefits.alert_delivery (
  household_id     text not null references benefits.saved_household (id) on delete cascade,
  policy_id        text not null,
  content_hash     text not null,
  verdict          text not null check (verdict in ('ELIGIBLE', 'MAYBE')),
  notification_id  bigint,
  created_at       timestamptz not null default now(),
  primary key (household_id, policy_id, content_hash)
);
