import { GraphQLError } from 'graphql';

/**
 * The one registry of error codes (CONVENTIONS 3, DESIGN contract 10): each
 * code has its HTTP status, the public-data result code the REST facade
 * answers with, and a default message in Korean and English. Code throws
 * `HubError`s built from here; anything else is masked at the gateway.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { http: 400, resultCode: '10', ko: '요청 값이 올바르지 않습니다.', en: 'The request has an invalid value.' },
  MISSING_PARAMETER: { http: 400, resultCode: '11', ko: '필수 요청 값이 없습니다.', en: 'A mandatory parameter is missing.' },
  UNAUTHENTICATED: { http: 401, resultCode: '30', ko: '인증이 필요합니다.', en: 'Authentication is required.' },
  KEY_EXPIRED: { http: 401, resultCode: '31', ko: '서비스 키의 활용기간이 만료되었습니다.', en: 'The service key has expired.' },
  FORBIDDEN: { http: 403, resultCode: '20', ko: '권한이 없습니다.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { http: 404, resultCode: '03', ko: '데이터가 없습니다.', en: 'No data found.' },
  CONFLICT: { http: 409, resultCode: '10', ko: '현재 상태와 충돌합니다.', en: 'The request conflicts with the current state.' },
  QUERY_TOO_COMPLEX: { http: 400, resultCode: '10', ko: '쿼리가 허용된 깊이·별칭·비용 한도를 넘습니다.', en: 'The query exceeds the allowed depth, aliases or cost.' },
  ACCOUNT_LOCKED: { http: 429, resultCode: '20', ko: '로그인 실패가 반복되어 계정이 잠겼습니다.', en: 'The account is locked after repeated failed sign-ins.' },
  RATE_LIMITED: { http: 429, resultCode: '23', ko: '요청 한도를 초과했습니다.', en: 'Too many requests.' },
  QUOTA_EXCEEDED: { http: 429, resultCode: '22', ko: '일일 요청 한도를 초과했습니다.', en: 'The daily request quota is exceeded.' },
  SERVICE_UNAVAILABLE: { http: 503, resultCode: '99', ko: '일시적으로 서비스를 이용할 수 없습니다.', en: 'The service is temporarily unavailable.' },
  INTERNAL_SERVER_ERROR: { http: 500, resultCode: '99', ko: '예기치 않은 오류입니다.', en: 'Unexpected error.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The result messages of 공공데이터포털 APIs (DOMAIN "Open API conventions"),
 * by result code: what the REST facade puts in `header.resultMsg`.
 */
export const RESULT_MESSAGES = {
  '00': 'NORMAL SERVICE.',
  '03': 'NODATA_ERROR',
  '10': 'INVALID_REQUEST_PARAMETER_ERROR',
  '11': 'NO_MANDATORY_REQUEST_PARAMETERS_ERROR',
  '20': 'SERVICE_ACCESS_DENIED_ERROR',
  '22': 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR',
  '23': 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_PER_SECOND_EXCEEDS_ERROR',
  '30': 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR',
  '31': 'DEADLINE_HAS_EXPIRED_ERROR',
  '99': 'UNKNOWN_ERROR',
} as const;

export type ResultCode = keyof typeof RESULT_MESSAGES;

export interface Bilingual {
  ko: string;
  en: string;
}

/**
 * A typed, intended error: safe to show to the caller. Its message carries
 * Korean first and English after a " / ", and `extensions` carries both apart.
 */
export class HubError extends GraphQLError {
  readonly hubCode: ErrorCode;

  constructor(code: ErrorCode, message?: Bilingual, details?: Record<string, unknown>) {
    const entry = ERROR_CODES[code];
    const ko = message?.ko ?? entry.ko;
    const en = message?.en ?? entry.en;
    super(`${ko} / ${en}`, {
      extensions: {
        code,
        messageKo: ko,
        messageEn: en,
        resultCode: entry.resultCode,
        ...details,
      },
    });
    this.hubCode = code;
  }
}

/**
 * A registry error as it travels serialised (a subgraph's answer, a masked error): message "한국어 / English" and
 * the extensions every typed error carries. One shape for the masker and both kinds of subgraph data source.
 */
export function formattedError(code: ErrorCode, path?: readonly (string | number)[]): { message: string; path?: (string | number)[]; extensions: Record<string, string> } {
  const entry = ERROR_CODES[code];
  return { message: `${entry.ko} / ${entry.en}`, ...(path ? { path: [...path] } : {}), extensions: { code, messageKo: entry.ko, messageEn: entry.en, resultCode: entry.resultCode } };
}

/** Shorthand for the most common error: one bad argument, named. */
export function badInput(field: string, ko: string, en: string): HubError {
  return new HubError('BAD_USER_INPUT', { ko, en }, { field });
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}
