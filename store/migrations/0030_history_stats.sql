-- History for statistics (issue 20). The catalog keeps only the present of a
-- record and the change feed only that something changed; these tables keep
-- the values, one row per facility (or policy) per KST day, upserted by the
-- crawl pipeline and by apply (subgraphs/stats/snapshot-writer.ts).
--
-- Compact on purpose (docs/statistics.md has the measured sizes): a facility
-- is a 4-byte key into stats.facility (its dimensions, kept once, not per
-- day), and its figures of the day are one smallint[] in a fixed layout:
--   v[1]      operating status (1 active, 0 withdrawn)
--   v[2..3]   capacity, enrolled (totals; -1 = unknown)
--   v[4..9]   capacity of age class 만0세 … 만5세 (-1 = unknown / no such class)
--   v[10..15] enrolled of age class 0 … 5 (-1 = unknown)
--   v[16..21] waiting-list length of age class 0 … 5 (apply: WAITING and OFFERED, as the public list ranks them)
create schema if not exists stats;

create table stats.facility (
  fkey          serial primary key,
  facility_id   text not null unique,
  sido          text,
  sigungu       text,
  kind          text not null,
  center_type   text,
  -- One bit per special-care flag, in the order of SPECIAL_CARE_BITS (subgraphs/stats/layout.ts).
  special_care  integer not null default 0,
  updated_at    timestamptz not null default now()
);
create index facility_region_idx on stats.facility (sido, sigungu);

create table stats.facility_day (
  fkey  integer not null references stats.facility (fkey),
  day   date not null,
  v     smallint[] not null check (cardinality(v) = 21),
  -- Day first: the writer rebuilds a day's cells from that day's rows alone, and rows land in day order.
  primary key (day, fkey)
);

-- The day's sums per cell (시도 × 시군구 × kind × centre type × special care),
-- recomputed from facility_day whenever the writer files a day: statistics
-- over a year of 50k facilities read a few thousand cells, not 18 million rows.
-- s: facilities, active, then the same layout as facility_day.v but summed
-- (unknown values count 0) plus free seats: [1] facilities [2] active
-- [3] capacity [4] enrolled [5] free [6..11] capacity/age [12..17]
-- enrolled/age [18..23] free/age [24..29] waiting/age.
create table stats.cell_day (
  day           date not null,
  sido          text not null,
  sigungu       text not null,
  kind          text not null,
  center_type   text not null,
  special_care  integer not null,
  s             integer[] not null check (cardinality(s) = 29)
);
create unique index cell_day_key on stats.cell_day (day, sido, sigungu, kind, center_type, special_care);
create index cell_day_region_idx on stats.cell_day (sido, sigungu, day);

-- Per policy per day: open for applications on that day (null: the source gives no period).
create table stats.policy_day (
  policy_id  text not null,
  day        date not null,
  active     boolean not null,
  open       boolean,
  primary key (day, policy_id)
);

-- Regions whose cells are stale for a day: apply files a facility's day in its
-- own transaction without rebuilding cells (no lock there, so waiting-list
-- changes never queue behind statistics); the next reader or crawl rebuilds
-- these regions' cells under the writers' lock (snapshot-writer.ts refreshCells).
create table stats.dirty_region (
  day      date not null,
  sido     text not null,
  sigungu  text not null,
  primary key (day, sido, sigungu)
);

-- Days filed in full (every facility): the period's last filed day comes from
-- here, not from scanning a year of cells.
create table stats.filed_day (
  day       date primary key,
  filed_at  timestamptz not null default now()
);

-- The same sums one level up (시도 × kind × centre type × special care), for
-- statistics not asked per 시군구: a nationwide year reads ~15× fewer rows.
create table stats.sido_day (
  day           date not null,
  sido          text not null,
  kind          text not null,
  center_type   text not null,
  special_care  integer not null,
  s             integer[] not null check (cardinality(s) = 29)
);
create unique index sido_day_key on stats.sido_day (day, sido, kind, center_type, special_care);

-- Per programme per day: its category as published and its registration
-- status (common/program-status.ts; null when the board's word is none of them).
create table stats.program_day (
  day         date not null,
  program_id  text not null,
  active      boolean not null,
  category    text,
  status      text,
  primary key (day, program_id)
);
