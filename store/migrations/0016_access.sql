-- Partner API keys (issue 7), owned by the gateway (DESIGN contract 6: schema
-- `access`). A key is stored only as its SHA-256: keys are 256-bit random
-- secrets, so a fast hash is enough (no password stretching needed) and lets
-- every request look its key up by an index.
create table access.api_key (
  -- Public id of the key (key_…): what lists, usage and audit rows name.
  id               text primary key,
  -- The partner portal, e.g. 정부24.
  name             text not null,
  key_hash         text not null unique,
  -- The first characters of the key, so an operator can tell keys apart (not enough to use one).
  key_prefix       text not null,
  -- read: public data (GraphQL and /openapi/v1); apply: apply on behalf of a signed-in citizen.
  scopes           text[] not null check (scopes <@ array['read', 'apply']::text[] and cardinality(scopes) > 0),
  per_second       integer not null check (per_second > 0),
  per_day          integer not null check (per_day > 0),
  -- Browser origins allowed to use the key (CORS); empty = server-to-server only.
  allowed_origins  text[] not null default '{}',
  -- After this instant the key answers 31 (DEADLINE_HAS_EXPIRED_ERROR), like a 활용기간 that ended.
  expires_at       timestamptz,
  created_by       text not null,
  created_at       timestamptz not null default now(),
  revoked_at       timestamptz,
  revoked_by       text
);

-- Identity providers a partner signs its citizens' tokens with (apply on behalf).
create table access.trusted_issuer (
  key_id    text not null references access.api_key (id),
  issuer    text not null,
  jwks_url  text not null,
  -- Expected `aud`, when the partner's provider sets one.
  audience  text,
  primary key (key_id, issuer)
);

-- Requests per key and day (KST, as 공공데이터포털 counts them). The current
-- one-second window rides on the same row, so the per-second and daily
-- quotas are one row lock and one round trip, and hold across gateway processes.
create table access.usage (
  key_id        text not null references access.api_key (id),
  day           date not null,
  -- Requests admitted.
  requests      bigint not null default 0,
  -- Requests refused for a quota (23 or 22).
  rejected      bigint not null default 0,
  window_start  timestamptz not null default 'epoch',
  window_count  integer not null default 0,
  primary key (key_id, day)
);

-- Admits one request of the key with this hash: its state, and whether a
-- quota refuses it. One call per keyed request; a refused request is counted
-- as rejected and does not use the quota.
create function access.admit_request(p_key_hash text)
returns table (key_id text, name text, scopes text[], allowed_origins text[], outcome text, requests bigint, per_day integer)
language plpgsql as $$
#variable_conflict use_column
declare
  k access.api_key;
  u access.usage;
  now_at timestamptz := clock_timestamp();
  sec timestamptz := date_trunc('second', clock_timestamp());
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
  if u.window_start = sec and u.window_count >= k.per_second then
    update access.usage x set rejected = x.rejected + 1 where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'PER_SECOND'::text, u.requests, k.per_day;
  elsif u.requests >= k.per_day then
    update access.usage x set rejected = x.rejected + 1 where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'PER_DAY'::text, u.requests, k.per_day;
  else
    update access.usage x
      set requests = x.requests + 1,
          window_count = case when x.window_start = sec then x.window_count + 1 else 1 end,
          window_start = sec
      where x.key_id = k.id and x.day = today;
    return query select k.id, k.name, k.scopes, k.allowed_origins, 'OK'::text, u.requests + 1, k.per_day;
  end if;
end;
$$;

-- Apply on behalf (issue 7): the audit row names the partner key and the
-- citizen as the partner's identity provider knows them.
alter table apply.audit add column partner_key_id text;
alter table apply.audit add column citizen_issuer text;
alter table apply.audit add column citizen_sub text;
