import type { Queryable } from '../../store';

/** SQL of the `access` schema (CONVENTIONS 5): snake_case rows mapped to camelCase once, here. */

export type Scope = 'read' | 'apply';
export const SCOPES: readonly Scope[] = ['read', 'apply'];

export interface TrustedIssuer {
  issuer: string;
  jwksUrl: string;
  audience: string | null;
}

export interface ApiKeyRow {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: Scope[];
  perSecond: number;
  perDay: number;
  allowedOrigins: string[];
  trustedIssuers: TrustedIssuer[];
  expiresAt: string | null;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What admitting one request answered (access.admit_request). */
export interface Admission {
  keyId: string | null;
  name: string | null;
  scopes: Scope[];
  allowedOrigins: string[];
  outcome: 'OK' | 'UNKNOWN' | 'REVOKED' | 'EXPIRED' | 'PER_SECOND' | 'PER_DAY';
  requestsToday: number | null;
  perDay: number | null;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/** One round trip per keyed request: the key's state, both quotas and the day's count. */
export async function admitRequest(db: Queryable, keyHash: string): Promise<Admission> {
  const { rows } = await db.query<any>('select * from access.admit_request($1)', [keyHash]);
  const r = rows[0];
  return {
    keyId: r.key_id,
    name: r.name,
    scopes: r.scopes ?? [],
    allowedOrigins: r.allowed_origins ?? [],
    outcome: r.outcome,
    requestsToday: r.requests == null ? null : Number(r.requests),
    perDay: r.per_day,
  };
}

export interface NewKey {
  id: string;
  name: string;
  keyHash: string;
  keyPrefix: string;
  scopes: Scope[];
  perSecond: number;
  perDay: number;
  allowedOrigins: string[];
  trustedIssuers: TrustedIssuer[];
  expiresAt: string | null;
  createdBy: string;
}

export async function insertKey(db: Queryable, key: NewKey): Promise<void> {
  await db.query(
    `insert into access.api_key (id, name, key_hash, key_prefix, scopes, per_second, per_day, allowed_origins, expires_at, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [key.id, key.name, key.keyHash, key.keyPrefix, key.scopes, key.perSecond, key.perDay, key.allowedOrigins, key.expiresAt, key.createdBy],
  );
  if (key.trustedIssuers.length) {
    await db.query(
      `insert into access.trusted_issuer (key_id, issuer, jwks_url, audience)
       select $1, issuer, jwks_url, audience from jsonb_to_recordset($2::jsonb) as x(issuer text, jwks_url text, audience text)`,
      [key.id, JSON.stringify(key.trustedIssuers.map((t) => ({ issuer: t.issuer, jwks_url: t.jwksUrl, audience: t.audience })))],
    );
  }
}

const KEY_SELECT = `select k.id, k.name, k.key_prefix, k.scopes, k.per_second, k.per_day, k.allowed_origins, k.expires_at, k.created_by, k.created_at, k.revoked_at,
  coalesce((select jsonb_agg(jsonb_build_object('issuer', t.issuer, 'jwksUrl', t.jwks_url, 'audience', t.audience) order by t.issuer)
            from access.trusted_issuer t where t.key_id = k.id), '[]'::jsonb) as trusted_issuers
  from access.api_key k`;

function mapKey(r: any): ApiKeyRow {
  return {
    id: r.id,
    name: r.name,
    keyPrefix: r.key_prefix,
    scopes: r.scopes,
    perSecond: r.per_second,
    perDay: r.per_day,
    allowedOrigins: r.allowed_origins,
    trustedIssuers: r.trusted_issuers,
    expiresAt: iso(r.expires_at),
    createdBy: r.created_by,
    createdAt: iso(r.created_at)!,
    revokedAt: iso(r.revoked_at),
  };
}

export async function keyById(db: Queryable, id: string): Promise<ApiKeyRow | null> {
  const { rows } = await db.query(`${KEY_SELECT} where k.id = $1`, [id]);
  return rows[0] ? mapKey(rows[0]) : null;
}

/** A key by its hash, revoked or not (the caller decides what a revoked key may do: nothing). */
export async function keyByHash(db: Queryable, keyHash: string): Promise<ApiKeyRow | null> {
  const { rows } = await db.query(`${KEY_SELECT} where k.key_hash = $1`, [keyHash]);
  return rows[0] ? mapKey(rows[0]) : null;
}

export async function listKeys(db: Queryable): Promise<ApiKeyRow[]> {
  return (await db.query(`${KEY_SELECT} order by k.created_at, k.id`)).rows.map(mapKey);
}

/** Revokes a key; revoking twice keeps the first time. Null when there is no such key. */
export async function revokeKey(db: Queryable, id: string, by: string): Promise<ApiKeyRow | null> {
  await db.query('update access.api_key set revoked_at = now(), revoked_by = $2 where id = $1 and revoked_at is null', [id, by]);
  return keyById(db, id);
}

export interface UsageDay {
  keyId: string;
  name: string;
  day: string;
  requests: number;
  rejected: number;
}

/** Requests per key and day (KST), newest first; `keyId` null = every key. */
export async function usage(db: Queryable, keyId: string | null, from: string, to: string): Promise<UsageDay[]> {
  const { rows } = await db.query<any>(
    `select u.key_id, k.name, to_char(u.day, 'YYYY-MM-DD') as day, u.requests, u.rejected
     from access.usage u join access.api_key k on k.id = u.key_id
     where ($1::text is null or u.key_id = $1) and u.day between $2::date and $3::date
     order by u.day desc, k.name, u.key_id
     limit 5000`,
    [keyId, from, to],
  );
  return rows.map((r) => ({ keyId: r.key_id, name: r.name, day: r.day, requests: Number(r.requests), rejected: Number(r.rejected) }));
}
