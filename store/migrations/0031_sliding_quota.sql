-- Issue 21: the per-second quota as a sliding window. The fixed window
-- (date_trunc('second')) let a burst straddling a second boundary through at
-- twice the limit; now each key's row keeps the times of its admissions of
-- the last second (at most per_second of them) and a request is admitted only
-- when fewer than per_second were admitted in the second before it. The row
-- lock of admit_request keeps this exact across gateway processes.

alter table access.usage add column recent timestamptz[] not null default '{}';

create or replace function access.admit_request(p_key_hash text)
returns table (key_id text, name text, scopes text[], allowed_origins text[], outcome text, requests bigint, per_day integer)
language plpgsql as $$
#variable_conflict use_column
declare
  k access.api_key;
  u access.usage;
  now_at timestamptz := clock_timestamp();
  last_second timestamptz[];
  today date := (clock_timestamp() at time zone 'Asia/Seoul')::date;
begin
  select * into k from access.api_key a where a.key_hash = p_key_hash;
  if not found then
    return query select null::text, null::text, null::text[], null::text[], 'UNKNOWN'::text, null::bigint, null::integer;
    return;
  end if;
  if k.revoked_at is not null then
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'REVOKED'::text, null::bigint, k.per_day;
    return;
  end if;
  if k.expires_at is not null and k.expires_at <= now_at then
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'EXPIRED'::text, null::bigint, k.per_day;
    return;
  end if;
  insert into access.usage as x (key_id, day) values (k.id, today) on conflict on constraint usage_pkey do nothing;
  select * into u from access.usage x where x.key_id = k.id and x.day = today for update;
  -- The admissions of the last second (a sliding window: never more than per_second in any one-second interval).
  last_second := array(select t from unnest(u.recent) t where t > now_at - interval '1 second');
  if cardinality(last_second) >= k.per_second then
    update access.usage x set rejected = x.rejected + 1 where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'PER_SECOND'::text, u.requests, k.per_day;
  elsif u.requests >= k.per_day then
    update access.usage x set rejected = x.rejected + 1 where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'PER_DAY'::text, u.requests, k.per_day;
  else
    update access.usage x
      set requests = x.requests + 1,
          recent = last_second || now_at
      where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'OK'::text, u.requests + 1, k.per_day;
  end if;
end;
$$;
