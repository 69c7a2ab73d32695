import { randomBytes } from 'node:crypto';
import { badInput, HubError } from '../errors';
import type { Store } from '../../store';
import { generateServiceKey, hashServiceKey, keyPrefix } from './service-key';
import { insertKey, keyById, SCOPES, type ApiKeyRow, type Scope, type TrustedIssuer } from './store';

export interface IssueKeyInput {
  /** The partner portal, e.g. 정부24. */
  name: string;
  scopes: readonly string[];
  perSecond?: number | null;
  perDay?: number | null;
  /** Browser origins (https://portal.example) allowed to call with this key; `*` for any. */
  allowedOrigins?: readonly string[] | null;
  /** The partner's identity providers, for apply on behalf of its citizens. */
  trustedIssuers?: readonly { issuer: string; jwksUrl: string; audience?: string | null }[] | null;
  /** ISO date or instant after which the key answers 31. */
  expiresAt?: string | null;
}

export interface QuotaDefaults {
  perSecond: number;
  perDay: number;
}

export interface IssuedKey {
  /** The secret: shown once, here; only its hash is stored. */
  key: string;
  apiKey: ApiKeyRow;
}

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Validates and stores a new key; the secret is returned once and never again. */
export async function issueKey(store: Store, input: IssueKeyInput, defaults: QuotaDefaults, createdBy: string, secret = generateServiceKey()): Promise<IssuedKey> {
  const name = input.name.trim();
  if (!name || name.length > 100) throw badInput('name', '이름은 1–100자입니다.', 'name must be 1–100 characters.');
  const scopes = [...new Set(input.scopes.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (!scopes.length || scopes.some((s) => !SCOPES.includes(s as Scope))) {
    throw badInput('scopes', `scopes는 ${SCOPES.join(', ')} 중에서 고릅니다.`, `scopes must be some of ${SCOPES.join(', ')}.`);
  }
  const perSecond = positive('perSecond', input.perSecond ?? defaults.perSecond);
  const perDay = positive('perDay', input.perDay ?? defaults.perDay);
  const allowedOrigins = origins(input.allowedOrigins ?? []);
  const trustedIssuers: TrustedIssuer[] = (input.trustedIssuers ?? []).map((t) => {
    if (!t.issuer.trim()) throw badInput('trustedIssuers.issuer', '발급자(issuer)가 비어 있습니다.', 'issuer is empty.');
    if (!/^https?:\/\//.test(t.jwksUrl)) throw badInput('trustedIssuers.jwksUrl', 'jwksUrl은 http(s) 주소입니다.', 'jwksUrl must be an http(s) URL.');
    return { issuer: t.issuer.trim(), jwksUrl: t.jwksUrl.trim(), audience: t.audience?.trim() || null };
  });
  if (scopes.includes('apply') && trustedIssuers.length === 0) {
    throw badInput('trustedIssuers', 'apply 범위에는 시민 토큰을 발급하는 신뢰 발급자가 필요합니다.', 'The apply scope needs a trusted issuer of citizen tokens.');
  }
  let expiresAt: string | null = null;
  if (input.expiresAt) {
    const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(input.expiresAt) ? `${input.expiresAt}T23:59:59.999+09:00` : input.expiresAt);
    if (Number.isNaN(at.getTime())) throw badInput('expiresAt', 'expiresAt은 YYYY-MM-DD 또는 ISO 시각입니다.', 'expiresAt must be YYYY-MM-DD or an ISO instant.');
    expiresAt = at.toISOString();
  }
  const id = `key_${randomBytes(8).toString('hex')}`;
  const apiKey = await store.transaction(async (tx) => {
    await insertKey(tx, { id, name, keyHash: hashServiceKey(secret), keyPrefix: keyPrefix(secret), scopes: scopes as Scope[], perSecond, perDay, allowedOrigins, trustedIssuers, expiresAt, createdBy });
    return (await keyById(tx, id))!;
  });
  return { key: secret, apiKey };
}

function origins(list: readonly string[]): string[] {
  const allowedOrigins = [...new Set(list.map((o) => o.trim().replace(/\/$/, '')).filter(Boolean))];
  for (const origin of allowedOrigins) {
    if (origin !== '*' && !ORIGIN.test(origin)) throw badInput('allowedOrigins', `출처 형식이 아닙니다: ${origin.slice(0, 80)}`, `Not an origin (scheme://host[:port]): ${origin.slice(0, 80)}`);
  }
  if (allowedOrigins.length > 50) throw badInput('allowedOrigins', '출처는 50개까지입니다.', 'At most 50 origins.');
  return allowedOrigins;
}

export interface UpdateKeyInput {
  name?: string | null;
  perSecond?: number | null;
  perDay?: number | null;
  allowedOrigins?: readonly string[] | null;
}

/**
 * Changes a key's name, quotas or browser origins (the console's partners
 * page). The gate reads keys per request, so the next request sees them.
 * Null when there is no such key; a revoked key cannot be changed.
 */
export async function updateKey(store: Store, id: string, input: UpdateKeyInput): Promise<ApiKeyRow | null> {
  const name = input.name == null ? null : input.name.trim();
  if (name !== null && (!name || name.length > 100)) throw badInput('name', '이름은 1–100자입니다.', 'name must be 1–100 characters.');
  const perSecond = input.perSecond == null ? null : positive('perSecond', input.perSecond);
  const perDay = input.perDay == null ? null : positive('perDay', input.perDay);
  const allowedOrigins = input.allowedOrigins == null ? null : origins(input.allowedOrigins);
  return store.transaction(async (tx) => {
    const current = await keyById(tx, id);
    if (!current) return null;
    if (current.revokedAt) throw new HubError('CONFLICT', { ko: '폐기된 서비스 키는 바꿀 수 없습니다.', en: 'A revoked key cannot be changed.' });
    await tx.query(
      `update access.api_key set name = coalesce($2, name), per_second = coalesce($3, per_second), per_day = coalesce($4, per_day),
         allowed_origins = coalesce($5::text[], allowed_origins) where id = $1`,
      [id, name, perSecond, perDay, allowedOrigins],
    );
    return keyById(tx, id);
  });
}

function positive(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000_000) throw badInput(field, `${field}는 1 이상의 정수입니다.`, `${field} must be a positive integer.`);
  return value;
}
