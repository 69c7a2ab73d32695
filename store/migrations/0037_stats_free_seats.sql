-- A facility's free seats in the statistics now follow the centre's
-- freeSeats field (issue 21; subgraphs/stats/free-seats.ts, the rule of
-- subgraphs/lifecycle/base-resolvers.ts centreFreeSeats): when every age
-- class it publishes has a capacity and an enrolment, the classes' free
-- seats summed, capped by 정원 − 현원 when that is known; otherwise
-- 정원 − 현원. Cells filed before counted 정원 − 현원 alone, so a year's
-- series would jump on the day of this change with no seat changing, and
-- facilityStats would disagree with facilityTrend (read from the raw rows)
-- on every past day. stats.facility_day keeps the figures the rule needs
-- (v[4..15]), so every filed day's cells and 시도 sums are rebuilt from it,
-- set-based, as snapshot-writer.ts rebuildCells does for one day (the same
-- sums, CELL_VALUE; free-seats.test.ts holds this file to it). Facilities
-- are grouped by their present region and type, as any rebuild groups them.
-- Under the writers' lock: no crawl or refresh writes cells meanwhile.
select pg_advisory_xact_lock(hashtext('stats.snapshot'));

-- Every region of a filed day is rebuilt below: its stale marks are covered.
delete from stats.dirty_region where day in (select day from stats.filed_day);

delete from stats.cell_day where day in (select day from stats.filed_day);

insert into stats.cell_day (day, sido, sigungu, kind, center_type, special_care, s)
select d.day, coalesce(f.sido, ''), coalesce(f.sigungu, ''), f.kind, coalesce(f.center_type, ''), f.special_care,
  array[
    count(*), sum(d.v[1]),
    sum(case when d.v[1] = 1 then greatest(d.v[2], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[3], 0) else 0 end),
    -- [5] free seats: the age classes' (all published ones complete), capped by 정원 − 현원; else 정원 − 현원
    sum(case when d.v[1] = 1 then coalesce(case when k.published and k.complete then least(k.in_classes, k.by_capacity) else k.by_capacity end, 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[4], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[5], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[6], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[7], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[8], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[9], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[10], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[11], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[12], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[13], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[14], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[15], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[4] >= 0 and d.v[10] >= 0 then greatest(d.v[4] - d.v[10], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[5] >= 0 and d.v[11] >= 0 then greatest(d.v[5] - d.v[11], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[6] >= 0 and d.v[12] >= 0 then greatest(d.v[6] - d.v[12], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[7] >= 0 and d.v[13] >= 0 then greatest(d.v[7] - d.v[13], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[8] >= 0 and d.v[14] >= 0 then greatest(d.v[8] - d.v[14], 0) else 0 end),
    sum(case when d.v[1] = 1 and d.v[9] >= 0 and d.v[15] >= 0 then greatest(d.v[9] - d.v[15], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[16], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[17], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[18], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[19], 0) else 0 end),
    sum(case when d.v[1] = 1 then greatest(d.v[20], 0) else 0 end), sum(case when d.v[1] = 1 then greatest(d.v[21], 0) else 0 end)
  ]::int[]
from stats.facility_day d
join stats.facility f on f.fkey = d.fkey
-- Per row, from the age positions (capacity v[4..9], enrolled v[10..15], -1 unknown): an age with either figure is a
-- published class, complete when it has both; in_classes sums the complete classes' free seats (int: no smallint overflow).
cross join lateral (
  select bool_or(a.c >= 0 or a.e >= 0) as published,
         bool_and((a.c >= 0) = (a.e >= 0)) as complete,
         sum(case when a.c >= 0 and a.e >= 0 then greatest(a.c - a.e, 0) else 0 end)::int as in_classes,
         case when d.v[2] >= 0 and d.v[3] >= 0 then greatest(d.v[2]::int - d.v[3]::int, 0) end as by_capacity
  from unnest(d.v[4:9]::int[], d.v[10:15]::int[]) as a(c, e)
) k
where d.day in (select day from stats.filed_day)
group by 1, 2, 3, 4, 5, 6;

delete from stats.sido_day where day in (select day from stats.filed_day);

insert into stats.sido_day (day, sido, kind, center_type, special_care, s)
select day, sido, kind, center_type, special_care,
  array[sum(s[1]), sum(s[2]), sum(s[3]), sum(s[4]), sum(s[5]), sum(s[6]), sum(s[7]), sum(s[8]), sum(s[9]), sum(s[10]),
        sum(s[11]), sum(s[12]), sum(s[13]), sum(s[14]), sum(s[15]), sum(s[16]), sum(s[17]), sum(s[18]), sum(s[19]), sum(s[20]),
        sum(s[21]), sum(s[22]), sum(s[23]), sum(s[24]), sum(s[25]), sum(s[26]), sum(s[27]), sum(s[28]), sum(s[29])]::int[]
from stats.cell_day
where day in (select day from stats.filed_day)
group by 1, 2, 3, 4, 5;
