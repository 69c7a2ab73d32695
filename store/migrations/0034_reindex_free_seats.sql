-- Search's vacancy (the hasVacancy filter and facet, and the ages of
-- free_seat_ages) now follows the centre's freeSeats field
-- (subgraphs/lifecycle/base-resolvers.ts centreFreeSeats): the sum of the
-- age classes' free seats, capped by capacity − enrolled, and capacity −
-- enrolled only when the classes are not published. Documents indexed
-- before counted capacity − enrolled alone, so a centre reporting 69 free
-- seats with every class full was found by "빈자리 있음". Every facility is
-- queued for the indexer once, as 0025 did for opening hours.
insert into search.dirty (record_id) select id from catalog.record where kind = 'FACILITY' on conflict (record_id) do nothing;
