import { isDatabaseUnavailable } from '../../common/db-errors';
import { quotaRejections } from '../../common/metrics';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { admitKey, type AdmittedKey } from '../../common/access/admission';
import { allowOrigin, originAllowed, originOf } from '../../common/access/cors';
import { serviceKeyOf } from '../../common/access/service-key';
import type { Bilingual, ErrorCode } from '../../common/errors';
import type { Logger } from '../../common/logger';
import type { Queryable } from '../../store';

export type GateOutcome =
  | { kind: 'none' }
  | { kind: 'ok'; key: AdmittedKey }
  | { kind: 'refused'; code: ErrorCode; message?: Bilingual; retryAfterSeconds?: number };

/**
 * The key check of every partner request, GraphQL and REST alike. No key:
 * nothing to do and no database round trip (the hub's own frontends read
 * without one). A key: one round trip (access.admit_request) that checks it
 * and counts it; then its CORS origins. The key is normalised into the
 * `x-api-key` header, so subgraphs see it the same way however it came.
 */
export function createKeyGate(db: Queryable | null, logger: Logger) {
  return {
    async check(req: IncomingMessage, res: ServerResponse): Promise<GateOutcome> {
      const key = serviceKeyOf(req);
      if (!key) return { kind: 'none' };
      if (!db) {
        return { kind: 'refused', code: 'SERVICE_UNAVAILABLE', message: { ko: '서비스 키를 확인할 데이터베이스가 없습니다 (DATABASE_URL).', en: 'No database to check service keys (DATABASE_URL).' } };
      }
      req.headers['x-api-key'] = key;
      let admitted;
      try {
        admitted = await admitKey(db, key);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          logger.warn('service key check: database unavailable');
          return { kind: 'refused', code: 'SERVICE_UNAVAILABLE' };
        }
        logger.error({ err: error }, 'service key check failed');
        return { kind: 'refused', code: 'INTERNAL_SERVER_ERROR' };
      }
      const origin = originOf(req);
      const known: AdmittedKey | null = admitted.key;
      const originOk = !origin || (known !== null && originAllowed(origin, known.allowedOrigins));
      // A refused browser request still gets CORS headers when its origin is registered, so the page can read why.
      if (origin && originOk) allowOrigin(res, origin);
      if (!admitted.ok) {
        if (admitted.code === 'RATE_LIMITED' || admitted.code === 'QUOTA_EXCEEDED') quotaRejections.inc({ quota: admitted.code === 'RATE_LIMITED' ? 'per_second' : 'per_day' });
        return { kind: 'refused', code: admitted.code, message: admitted.message, retryAfterSeconds: admitted.retryAfterSeconds };
      }
      if (!originOk) {
        return {
          kind: 'refused',
          code: 'FORBIDDEN',
          message: { ko: `이 서비스 키는 ${origin!.slice(0, 100)}에서 쓸 수 없습니다 (허용 출처 미등록).`, en: `This service key may not be used from ${origin!.slice(0, 100)} (origin not registered).` },
        };
      }
      return { kind: 'ok', key: admitted.key };
    },
  };
}

export type KeyGate = ReturnType<typeof createKeyGate>;
