-- Opening hours are computed from the effective record whenever a search
-- document is built (common/opening-hours.ts: published, curated, or for
-- 어린이집 derived from the 보육사업안내 standard day and special-care flags).
-- Documents indexed before that carry no hours for 어린이집 and nothing
-- re-queues them until their record changes, so every facility is queued
-- for the indexer once. Nothing is stored in catalog.record: the hours stay
-- a function of flags and overrides, so a curated flag changes them at once.
insert into search.dirty (record_id) select id from catalog.record where kind = 'FACILITY' on conflict (record_id) do nothing;
