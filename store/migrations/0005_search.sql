-- The search index (DESIGN "Korean search in Postgres"), owned by the search
-- subgraph. One document per searchable effective record; withdrawn and
-- unpublished records have none.
create table search.document (
  record_id          text primary key,
  kind               text not null,
  subtype            text not null,
  primary_stage      text not null,
  stages             text[] not null,
  sido               text,
  sigungu            text,
  special_care       text[] not null default '{}',
  lat                double precision,
  lng                double precision,
  -- Age classes (만 나이) with at least one free seat; empty when unknown or full.
  free_seat_ages     integer[] not null default '{}',
  has_vacancy        boolean not null default false,
  application_start  date,
  application_end    date,
  application_always boolean not null default false,
  opens_at           text,                     -- 'HH:MM', when the source publishes hours
  closes_at          text,
  title              text not null,
  -- Title without spaces and punctuation, lower-cased: for trigram similarity (typos).
  title_norm         text not null,
  -- 초성 of the title (어린이집 → ㅇㄹㅇㅈ), for 초성 queries.
  chosung            text not null,
  -- Plain text shown in highlights (title, address, target, summary …), bounded.
  body               text not null,
  -- Application-side bigram tokens (title weight A, body weight B).
  tsv                tsvector not null,
  indexed_at         timestamptz not null default now()
);

create index document_tsv_idx on search.document using gin (tsv);
create index document_title_trgm_idx on search.document using gin (title_norm gin_trgm_ops);
create index document_chosung_trgm_idx on search.document using gin (chosung gin_trgm_ops);
create index document_stages_idx on search.document using gin (stages);

-- Records to (re)index. Any change to a catalog record queues it here, in
-- the same transaction, so nothing is missed; the indexer drains the queue.
create table search.dirty (
  record_id text primary key,
  queued_at timestamptz not null default clock_timestamp()
);

create function search.queue_record() returns trigger language plpgsql as $$
begin
  -- Re-queue even when already queued: the indexer deletes only entries it has indexed.
  insert into search.dirty (record_id) values (new.id) on conflict (record_id) do update set queued_at = clock_timestamp();
  return null;
end;
$$;

create trigger record_search_queue after insert or update on catalog.record
  for each row execute function search.queue_record();

insert into search.dirty (record_id) select id from catalog.record on conflict do nothing;

-- Synonyms and plain-language terms editors maintain (보육시설 ↔ 어린이집).
-- A query word equal to `term` also matches any of `synonyms`.
create table search.synonym (
  term       text primary key,
  synonyms   text[] not null,
  updated_by text not null default 'system',
  updated_at timestamptz not null default now()
);

insert into search.synonym (term, synonyms) values
  ('보육시설', '{어린이집}'),
  ('어린이집', '{보육시설}'),
  ('탁아소', '{어린이집}'),
  ('산후조리', '{출산 후 돌봄,산후조리원}'),
  ('출산 후 돌봄', '{산후조리}'),
  ('방과후', '{초등돌봄,지역아동센터,다함께돌봄}'),
  ('초등돌봄', '{방과후}'),
  ('육아휴직', '{육아휴직급여}'),
  ('난임', '{불임}'),
  ('불임', '{난임}'),
  ('양육수당', '{가정양육수당}'),
  ('출산장려금', '{출산지원금,첫만남이용권}'),
  ('출산지원금', '{출산장려금,첫만남이용권}'),
  ('청소년수련원', '{청소년수련관}'),
  ('밤', '{야간}'),
  ('주말', '{휴일}');
