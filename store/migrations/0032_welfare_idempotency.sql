-- Idempotent registration (issue 19): a recommending organisation's client
-- sends one key per submit; a retry with the same key (a lost answer, a
-- double click) gets the first answer back instead of becoming a FLAGGED
-- duplicate of itself. Scoped per organisation: two organisations never
-- share or see each other's keys. Holds no personal data: the identity hash
-- only to refuse a key reused for another person.
create table welfare.idempotent_registration (
  org_id             text not null,
  idempotency_key    text not null check (char_length(idempotency_key) between 8 and 100),
  programme_id       text not null references welfare.programme (id),
  identity_hash      text not null,
  outcome            text check (outcome in ('SAVED', 'FLAGGED', 'BLOCKED')),
  recommendation_id  text references welfare.recommendation (id),
  -- The checks as first answered (no registry reference, no name, no key).
  checks             jsonb,
  created_at         timestamptz not null default now(),
  primary key (org_id, idempotency_key)
);
