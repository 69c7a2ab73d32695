-- The change feed (issue 7): every catalog record created, updated or
-- withdrawn, so partners sync without re-downloading everything.
--
-- The cursor is (tx, seq), not a plain sequence: sequence numbers are taken
-- in statement order but become visible in commit order, so a reader that
-- passed seq 11 could later miss seq 10 committed after it. Rows are served
-- only once their transaction id is below the oldest one still running
-- (pg_snapshot_xmin), and every transaction that commits later has a larger
-- id, so nothing ever appears behind a cursor a partner already holds.
create table catalog.change (
  tx         xid8 not null default pg_current_xact_id(),
  seq        bigserial not null,
  record_id  text not null,
  op         text not null check (op in ('CREATED', 'UPDATED', 'WITHDRAWN')),
  at         timestamptz not null default clock_timestamp(),
  primary key (tx, seq)
);
-- One row per record and transaction: the crawler inserts a record and fills it in one transaction.
create unique index change_tx_record_idx on catalog.change (tx, record_id);

-- The one way to append to the log, for every writer of effective records:
-- the trigger below for catalog.record, and curation (its overrides and
-- publish state change effective records through its own tables: call
-- `select catalog.log_change(record_id, 'UPDATED')`, or 'WITHDRAWN' when a
-- record is unpublished) in the same transaction as the change.
-- Several changes of one record in one transaction fold into one row: a
-- record created there stays CREATED unless it was also withdrawn.
create function catalog.log_change(p_record_id text, p_op text) returns void language sql as $$
  insert into catalog.change as c (record_id, op) values (p_record_id, p_op)
  on conflict (tx, record_id) do update set
    op = case when excluded.op = 'WITHDRAWN' then 'WITHDRAWN' when c.op = 'CREATED' then 'CREATED' else excluded.op end,
    at = excluded.at;
$$;

create function catalog.record_changed() returns trigger language plpgsql as $$
begin
  -- The crawler inserts a record as a placeholder (content_hash '') and fills it in right after:
  -- the record is created for partners when it gets its content.
  if tg_op = 'INSERT' or old.content_hash = '' then
    perform catalog.log_change(new.id, case when new.status = 'WITHDRAWN' then 'WITHDRAWN' else 'CREATED' end);
  elsif new.status = 'WITHDRAWN' and old.status <> 'WITHDRAWN' then
    perform catalog.log_change(new.id, 'WITHDRAWN');
  else
    perform catalog.log_change(new.id, 'UPDATED');
  end if;
  return null;
end;
$$;

-- Only writes that change what a partner sees: content (its hash) or status.
create trigger record_change_log_insert after insert on catalog.record
  for each row when (new.content_hash <> '') execute function catalog.record_changed();
create trigger record_change_log_update after update on catalog.record
  for each row when (old.content_hash is distinct from new.content_hash or old.status is distinct from new.status)
  execute function catalog.record_changed();

-- Records that exist already enter the log once, so `changes` from the start is a full download.
insert into catalog.change (record_id, op)
select id, case when status = 'WITHDRAWN' then 'WITHDRAWN' else 'CREATED' end from catalog.record where content_hash <> '' order by id;
