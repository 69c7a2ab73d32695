-- A facility's own trend (issue 20: the record page shows its enrolment,
-- free seats and waiting list over time). stats.facility_day is keyed day
-- first (0030: the writer and the cell sums read one day's rows), so one
-- facility's year was a scan of every facility's rows. This index makes it
-- an index range scan: fkey = $1 and day between $2 and $3 (subgraphs/stats/
-- facility-trend.ts). It costs about 20 bytes per facility-day
-- (docs/statistics.md has the sizes).
create index if not exists facility_day_by_facility on stats.facility_day (fkey, day);
