import type { Bilingual, ErrorCode } from '../errors';
import type { Queryable } from '../../store';
import { hashServiceKey } from './service-key';
import { admitRequest, type Scope } from './store';

/** A key that passed: who the partner is and what it may do. */
export interface AdmittedKey {
  keyId: string;
  name: string;
  scopes: Scope[];
  allowedOrigins: string[];
}

export type AdmissionResult =
  | { ok: true; key: AdmittedKey }
  | { ok: false; code: ErrorCode; message?: Bilingual; retryAfterSeconds?: number; key: AdmittedKey | null };

const KST_OFFSET_MS = 9 * 3600_000;

/** Seconds until the next midnight in Korea, when daily quotas start again. */
export function secondsToKstMidnight(now = Date.now()): number {
  const kst = now + KST_OFFSET_MS;
  const next = Math.floor(kst / 86_400_000 + 1) * 86_400_000;
  return Math.max(1, Math.ceil((next - kst) / 1000));
}

/**
 * Checks a presented key and counts the request against its quotas, in one
 * round trip and with no cache, so a revoked key fails on the very next
 * request (in every gateway process).
 */
export async function admitKey(db: Queryable, key: string): Promise<AdmissionResult> {
  const a = await admitRequest(db, hashServiceKey(key));
  const known: AdmittedKey | null = a.keyId ? { keyId: a.keyId, name: a.name!, scopes: a.scopes, allowedOrigins: a.allowedOrigins } : null;
  switch (a.outcome) {
    case 'OK':
      return { ok: true, key: known! };
    case 'UNKNOWN':
      return { ok: false, code: 'UNAUTHENTICATED', key: null, message: { ko: '등록되지 않은 서비스 키입니다.', en: 'The service key is not registered.' } };
    case 'REVOKED':
      return { ok: false, code: 'UNAUTHENTICATED', key: known, message: { ko: '폐기된 서비스 키입니다.', en: 'The service key has been revoked.' } };
    case 'EXPIRED':
      return { ok: false, code: 'KEY_EXPIRED', key: known };
    case 'PER_SECOND':
      return { ok: false, code: 'RATE_LIMITED', key: known, retryAfterSeconds: 1, message: { ko: '초당 요청 한도를 초과했습니다.', en: 'Too many requests per second for this key.' } };
    case 'PER_DAY':
      return {
        ok: false,
        code: 'QUOTA_EXCEEDED',
        key: known,
        retryAfterSeconds: secondsToKstMidnight(),
        message: { ko: `일일 요청 한도(${a.perDay}건)를 초과했습니다. 자정(KST)에 초기화됩니다.`, en: `The daily quota (${a.perDay} requests) is used up; it resets at midnight KST.` },
      };
  }
}
