-- Search's inspection filters (issue 20): `search(filter: { inspectedSince,
-- hasViolations })` mean what they mean on `facilities(filter:)`, read from
-- the facility's attrs.inspections (subgraphs/search/document.ts
-- inspectionFacts). The document keeps the facts they need: the latest dated
-- inspection, the latest dated inspection with a violation (null when none;
-- "an inspection on or after D" is "the latest one is on or after D"), and
-- whether any inspection, dated or not, found a violation. Policies and
-- programmes keep nulls and false, and the filters never select them.
alter table search.document
  add column last_inspected_on date,
  add column last_violation_on date,
  add column has_violation boolean not null default false;

-- Documents indexed before have no inspection facts: every facility is
-- queued for the indexer once, as 0034 did for free seats.
insert into search.dirty (record_id) select id from catalog.record where kind = 'FACILITY' on conflict (record_id) do nothing;
