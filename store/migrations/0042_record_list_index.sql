-- List pages (catalog `facilities`, `policies`, `programs`) are read in
-- (name, id) order among the active records of one kind. With this index the
-- records no editor touched come out of it in that order, so a page reads
-- its 21 rows and stops, and a count reads the index alone; before, every
-- active record of the kind was read from the table and sorted
-- (subgraphs/catalog/store.ts listRecordRefs).
create index record_list_idx on catalog.record (kind, name, id) where status = 'ACTIVE';
