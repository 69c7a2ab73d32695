-- Curation changes effective records through its own tables; partners
-- following the change feed (issue 7) must see them as they see crawls:
-- an override or summary is UPDATED, an unpublished or merged-away record
-- is WITHDRAWN, a record published again is UPDATED (partners upsert it).
create function curation.log_effective_change() returns trigger language plpgsql as $$
declare
  rid text := coalesce(new.record_id, old.record_id);
  base_status text;
begin
  select status into base_status from catalog.record where id = rid;
  if base_status is null then
    return null;
  end if;
  if (tg_op <> 'DELETE' and (not new.published or new.merged_into is not null)) or base_status = 'WITHDRAWN' then
    perform catalog.log_change(rid, 'WITHDRAWN');
  else
    perform catalog.log_change(rid, 'UPDATED');
  end if;
  return null;
end;
$$;

create trigger record_state_change_log after insert or update or delete on curation.record_state
  for each row execute function curation.log_effective_change();
