-- Sign-in (issue 17), schema `access`: the hub's own accounts, the refresh
-- tokens of their browser sessions, the keys the hub signs access tokens
-- with, and secrets the hub generated for itself. Nothing here is a shared
-- default: keys and secrets are made on first start, per database.

create table access.account (
  -- acc_… : the `sub` of the account's tokens.
  id               text primary key,
  -- Kept as typed; unique without regard to case (the index below).
  email            text not null,
  role             text not null check (role in ('PARENT', 'CENTER_STAFF', 'EDITOR', 'ADMIN')),
  -- Facility ids a CENTER_STAFF account works for.
  facilities       text[] not null default '{}',
  -- `scrypt$N$r$p$salt$hash` (common/auth/password.ts); null = no local password (OIDC only).
  password_hash    text,
  -- `issuer#sub` of the identity provider account it was provisioned from, if any.
  oidc_subject     text unique,
  failed_attempts  integer not null default 0,
  locked_until     timestamptz,
  disabled         boolean not null default false,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now()
);

create unique index account_email_ci on access.account (lower(email));

-- A refresh token is a 256-bit random secret held in an httpOnly cookie;
-- only its SHA-256 is kept. Each refresh replaces it (rotation); a token
-- presented again after it was rotated means it was copied, and revokes its
-- whole family (every token descended from the same sign-in).
create table access.refresh_token (
  id           bigserial primary key,
  account_id   text not null references access.account (id),
  token_hash   text not null unique,
  family_id    text not null,
  expires_at   timestamptz not null,
  created_at   timestamptz not null default now(),
  rotated_at   timestamptz,
  revoked_at   timestamptz
);

create index refresh_token_family on access.refresh_token (family_id);
create index refresh_token_account on access.refresh_token (account_id);

-- ES256 key pairs of the hub's access tokens. One is active (signs); retired
-- ones stay published until the tokens they signed have expired.
create table access.signing_key (
  kid          text primary key,
  alg          text not null,
  public_jwk   jsonb not null,
  private_jwk  jsonb not null,
  created_at   timestamptz not null default now(),
  retired_at   timestamptz
);

-- At most one active key, so two processes starting at once agree on it.
create unique index signing_key_one_active on access.signing_key ((true)) where retired_at is null;

-- Secrets the hub generates for itself when the operator sets none (the webhook HMAC secret).
create table access.hub_secret (
  name        text primary key,
  value       text not null,
  created_at  timestamptz not null default now()
);
